"""The Qt check of `caseworker doctor`, run as `caseworker doctor --qt-probe` in a process of its own: a Qt
that cannot start may abort the process, and the core itself never imports Qt."""

from __future__ import annotations

import sys

from PySide6.QtGui import QGuiApplication


def probe() -> int:
    """Start Qt's GUI platform, print the platform plug-in's name, exit 0 (or fail loudly)."""
    app = QGuiApplication(sys.argv[:1])
    print(app.platformName())
    return 0
