"""New-message notifications in the system tray (where the desktop has one).

What a notification says is decided by the caller; while the session is locked or the screen is shown to
a client, the pane passes only "Nieuw bericht" — the desktop shows notifications over the lock screen.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon


class Notifier(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.shown: list[tuple[str, str]] = []  # every notification given (what tests look at)
        self._tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            app = QApplication.instance()
            icon = app.windowIcon() if isinstance(app, QApplication) else None
            if icon is None or icon.isNull():
                icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self._tray = QSystemTrayIcon(icon, self)
            self._tray.setToolTip(self.tr("Keukentafel"))

    def notify(self, title: str, text: str) -> None:
        self.shown.append((title, text))
        if self._tray is not None:
            self._tray.show()
            self._tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 8000)

    def hide(self) -> None:
        if self._tray is not None:
            self._tray.hide()
