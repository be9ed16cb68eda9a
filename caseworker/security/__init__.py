"""Secrets, session lock, processing log and access policy (DESIGN §7)."""
