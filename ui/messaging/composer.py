"""Writing a message: recipient (a participant, or a colleague or team for a hand-off), optional subject for
a new conversation, plain text, attachments, and send (Ctrl+Enter). The pane does the work; this widget
only collects the input and shows what went wrong."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseworker.messaging.compose import NewAttachment
from caseworker.messaging.model import Participant, Soort
from ui.messaging.models import soort_text
from ui.theme import warning_colour

HAND_OFF = "hand-off"  # the recipient entry that asks for a colleague or team


class Composer(QWidget):
    send_requested = Signal()
    attach_requested = Signal()
    text_edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attachments: list[NewAttachment] = []
        self.recipient = QComboBox(self)
        self.recipient.setAccessibleName(self.tr("Ontvanger"))
        self.recipient.currentIndexChanged.connect(self._recipient_changed)
        self.colleague = QComboBox(self)
        self.colleague.setEditable(True)  # an identificatie may be typed when the list is not loaded
        self.colleague.setAccessibleName(self.tr("Collega of team"))
        self.colleague.setPlaceholderText(self.tr("identificatie, bijv. wt-noord"))
        self.colleague.hide()
        self.subject = QLineEdit(self)
        self.subject.setAccessibleName(self.tr("Onderwerp"))
        self.subject.setPlaceholderText(self.tr("Onderwerp van het nieuwe gesprek"))
        self.subject.setMaxLength(200)
        self.subject.hide()
        self.text = QPlainTextEdit(self)
        self.text.setAccessibleName(self.tr("Bericht"))
        self.text.setPlaceholderText(self.tr("Typ uw bericht. Ctrl+Enter verstuurt."))
        self.text.setTabChangesFocus(True)  # Tab moves on to the buttons: the composer is keyboard-reachable
        self.text.textChanged.connect(self.text_edited)
        self.files = QLabel(self)
        self.files.setTextFormat(Qt.TextFormat.PlainText)
        self.files.setWordWrap(True)
        self.files.setAccessibleName(self.tr("Gekozen bijlagen"))
        self.files.hide()
        self.attach = QPushButton(self.tr("&Bijlage…"), self)
        self.attach.setAccessibleName(self.tr("Bijlage toevoegen"))
        self.attach.clicked.connect(self.attach_requested)
        self.drop_files = QPushButton(self.tr("Bijlagen weghalen"), self)
        self.drop_files.clicked.connect(self.clear_attachments)
        self.drop_files.hide()
        self.send = QPushButton(self.tr("&Versturen"), self)
        self.send.setAccessibleName(self.tr("Bericht versturen"))
        self.send.setToolTip(self.tr("Versturen (Ctrl+Enter)"))
        self.send.clicked.connect(self.send_requested)
        self.error = QLabel(self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Melding bij het bericht"))
        palette = self.error.palette()
        palette.setColor(QPalette.ColorRole.WindowText, warning_colour())
        self.error.setPalette(palette)
        self.error.hide()
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(
                QKeySequence(keys), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
            )
            shortcut.activated.connect(self.send_requested)
        self._layout()

    def _layout(self) -> None:
        to = QHBoxLayout()
        label = QLabel(self.tr("&Aan:"), self)
        label.setBuddy(self.recipient)
        to.addWidget(label)
        to.addWidget(self.recipient, 1)
        to.addWidget(self.colleague, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.attach)
        buttons.addWidget(self.drop_files)
        buttons.addStretch(1)
        buttons.addWidget(self.send)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(to)
        column.addWidget(self.subject)
        column.addWidget(self.text, 1)
        column.addWidget(self.files)
        column.addWidget(self.error)
        column.addLayout(buttons)

    # -- recipients --

    def set_recipients(self, participants: list[Participant], *, hand_off: bool) -> None:
        """The outside participants to write to, and (unless presenting) a hand-off to a colleague. The
        current choice stays when it is still offered (a reload must not change whom the user writes to)."""
        chosen = self.recipient.currentData()
        self.recipient.blockSignals(True)
        self.recipient.clear()
        for participant in participants:
            self.recipient.addItem(f"{participant.naam} ({soort_text(participant.soort)})", participant)
        if hand_off:
            self.recipient.addItem(self.tr("Collega of team (overdragen)…"), HAND_OFF)
        kept = next((i for i in range(self.recipient.count()) if self.recipient.itemData(i) == chosen), 0)
        self.recipient.setCurrentIndex(kept)
        self.recipient.blockSignals(False)
        self._recipient_changed()

    def set_colleagues(self, colleagues: list[Participant]) -> None:
        typed = self.colleague.currentText()
        self.colleague.clear()
        for colleague in colleagues:
            label = f"{colleague.naam} ({soort_text(colleague.soort)}, {colleague.identificatie})"
            self.colleague.addItem(label, colleague)
        self.colleague.setEditText(typed)

    def _recipient_changed(self) -> None:
        self.colleague.setVisible(self.recipient.currentData() == HAND_OFF)

    def chosen_recipient(self) -> Participant | None:
        data = self.recipient.currentData()
        if isinstance(data, Participant):
            return data
        if data != HAND_OFF:
            return None
        picked = self.colleague.currentData()
        text = self.colleague.currentText().strip()
        if isinstance(picked, Participant) and self.colleague.itemText(self.colleague.currentIndex()) == text:
            return picked
        return Participant(Soort.TEAM, text, identificatie=text) if text else Participant(Soort.TEAM, "")

    def set_new_conversation(self, on: bool) -> None:
        self.subject.setVisible(on)
        if on:
            self.subject.setFocus()

    @property
    def new_conversation(self) -> bool:
        return self.subject.isVisibleTo(self)

    # -- text, attachments and messages --

    def add_attachment(self, item: NewAttachment) -> None:
        self.attachments.append(item)
        self._show_files()

    def clear_attachments(self) -> None:
        self.attachments.clear()
        self._show_files()

    def _show_files(self) -> None:
        names = ", ".join(a.bestandsnaam for a in self.attachments)
        self.files.setText(self.tr("Bijlagen: {}").format(names) if names else "")
        self.files.setVisible(bool(names))
        self.drop_files.setVisible(bool(names))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def reset(self, text: str = "") -> None:
        """After sending, or for another conversation: the draft text (if any) and nothing else."""
        self.text.blockSignals(True)
        self.text.setPlainText(text)
        self.text.blockSignals(False)
        self.subject.clear()
        self.clear_attachments()
        self.show_error("")
