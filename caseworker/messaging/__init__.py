"""Messaging (DESIGN §9): conversations with the citizen, care providers and colleagues per client, sent
through the outbox and received by polling. Qt-free, like the rest of the core."""
