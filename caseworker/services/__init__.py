"""Use cases the UI calls; each returns what changed and blocks (the UI runs it in an executor)."""
