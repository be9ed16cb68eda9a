"""The session lock (DESIGN §7): after a quiet spell, or on Ctrl+L, every piece of personal data leaves the
screen until the user unlocks. Drafts are kept by the client view's autosave.

Unlocking: the demo profile and a profile whose cache key lives in the OS keyring trust the OS account (the
user is signed in to it; the OS screen lock guards it) and unlock with a button. A profile on the passphrase
route asks for that passphrase again, because then it is the only secret between a finder and the data.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

# Events that mean someone is using the app; anything else (paint, timers) is not activity.
_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleWatcher(QObject):
    """Application-wide event filter: `idle` fires after `minutes` without input."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(minutes * 60_000)
        self._timer.timeout.connect(self.idle)
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self._timer.start()
        return False


class LockScreen(QWidget):
    """Shown instead of the workplace while locked; it names nobody."""

    unlock_requested = Signal(str)  # the passphrase typed, or "" when none is asked

    def __init__(self, ask_passphrase: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.title = QLabel(self.tr("Keukentafel is vergrendeld"), self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.title.setFont(font)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Wachtwoord van de lokale gegevens"))
        self.passphrase.setVisible(ask_passphrase)
        self.unlock_button = QPushButton(self.tr("Ontgrendel"), self)
        self.unlock_button.setAccessibleName(self.tr("Ontgrendel Keukentafel"))
        self.unlock_button.setDefault(True)
        self._ask = ask_passphrase
        self.reset()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (self.title, self.hint, self.passphrase, self.unlock_button):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.unlock_button.clicked.connect(self._unlock)
        self.passphrase.returnPressed.connect(self._unlock)

    def reset(self) -> None:
        self.passphrase.clear()
        if self._ask:
            self.hint.setText(self.tr("Voer het wachtwoord van de lokale gegevens in om verder te werken."))
        else:
            self.hint.setText(self.tr("Uw concepten zijn bewaard. Ontgrendel om verder te werken."))

    def refused(self) -> None:
        self.passphrase.clear()
        self.hint.setText(self.tr("Dat wachtwoord klopt niet. Probeer het opnieuw."))

    def focus(self) -> None:
        (self.passphrase if self._ask else self.unlock_button).setFocus(Qt.FocusReason.OtherFocusReason)

    def _unlock(self) -> None:
        self.unlock_requested.emit(self.passphrase.text() if self._ask else "")
