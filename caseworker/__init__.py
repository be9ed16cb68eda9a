"""Keukentafel: the headless core of the caseworker workplace (never imports Qt)."""

__version__ = "0.1.0"
