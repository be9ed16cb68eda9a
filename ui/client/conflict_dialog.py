"""The conflict view: a change of ours met a change on the server. Per field the version it was based on,
ours and theirs; the user picks ours or theirs, and `Outbox.resolve` requeues the change."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from caseworker.errors import KnownError
from caseworker.services.session import Session
from caseworker.sync.conflicts import Choice, ConflictItem, conflicts_for
from caseworker.sync.outbox import Outbox
from caseworker.tasks import TaskOwner
from ui.client.models import Tone
from ui.client.section import heading


def shown(value: Any) -> str:
    if value is None:
        return "—"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


class ConflictDialog(QDialog):
    resolved = Signal(str)  # op_id

    def __init__(self, session: Session, tasks: TaskOwner, op_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session, self._tasks, self.op_id = session, tasks, op_id
        self._choices: dict[str, QButtonGroup] = {}
        self.setWindowTitle(self.tr("Conflict oplossen"))
        self.grid = QGridLayout()
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {Tone.FAILED.color(self.palette()).name()};")
        self.error.setAccessibleName(self.tr("Foutmelding"))
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("&Opslaan"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("&Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.setAccessibleName(self.tr("Keuze opslaan of annuleren"))
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        intro = QLabel(
            self.tr(
                "Deze taak is op de server gewijzigd terwijl u hem ook wijzigde. Kies per veld welke waarde "
                "blijft. Er wordt niets verstuurd tot u kiest."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.grid)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    async def load(self) -> None:
        items = await asyncio.to_thread(conflicts_for, self._session.store, self.op_id)
        self.show_conflicts(items)

    def show_conflicts(self, items: Sequence[ConflictItem]) -> None:
        for column, title in enumerate(
            (self.tr("Veld"), self.tr("Was"), self.tr("Mijn wijziging"), self.tr("Op de server"))
        ):
            self.grid.addWidget(heading(title, self), 0, column)
        for row, item in enumerate(items, start=1):
            self.grid.addWidget(QLabel(item.field, self), row, 0)
            self.grid.addWidget(QLabel(shown(item.base), self), row, 1)
            group = QButtonGroup(self)
            for column, (choice, value) in enumerate((("mine", item.mine), ("theirs", item.theirs)), start=2):
                button = QRadioButton(shown(value), self)
                button.setObjectName(choice)
                label = self.tr("mijn waarde") if choice == "mine" else self.tr("waarde op de server")
                button.setAccessibleName(f"{item.field}: {label}")
                group.addButton(button)
                self.grid.addWidget(button, row, column)
            self._choices[item.field] = group
        if not items:
            self.error.setText(self.tr("Er is geen open conflict (meer)."))

    def choose(self, field: str, choice: Choice) -> None:
        for button in self._choices[field].buttons():
            button.setChecked(button.objectName() == choice)

    def choices(self) -> dict[str, Choice]:
        chosen: dict[str, Choice] = {}
        for field, group in self._choices.items():
            button = group.checkedButton()
            if button is not None:
                chosen[field] = "mine" if button.objectName() == "mine" else "theirs"
        return chosen

    def _save(self) -> None:
        self.buttons.setEnabled(False)
        outbox = Outbox(self._session.store, self._session.bus, clock=self._session.clock)
        self._tasks.spawn(self._resolve(outbox), name="resolve conflict", key=f"conflict:{self.op_id}")

    async def _resolve(self, outbox: Outbox) -> None:
        try:
            await asyncio.to_thread(outbox.resolve, self.op_id, self.choices())
        except KnownError as exc:
            self.error.setText(exc.user_message)
            self.buttons.setEnabled(True)
            return
        self.resolved.emit(self.op_id)
        self.accept()
