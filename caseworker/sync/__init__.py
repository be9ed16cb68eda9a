"""Offline sync: pushing local writes (outbox, conflicts) and pulling fresh data."""
