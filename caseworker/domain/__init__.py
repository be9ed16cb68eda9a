"""Typed domain objects the services return and the UI shows: plain dataclasses, no I/O."""
