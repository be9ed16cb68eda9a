"""Registering a contact moment: non-modal, autosaved while typing, never losing a word.

Every change restarts a short timer; when it fires the whole form is saved as a draft (in the encrypted
store, off the loop). Reopening the dialog for the same client restores it, after a crash, a lock or a
simple close. Saving goes through `register_contact` (the outbox), which removes the draft in the same
transaction; a refusal (`InvalidInput`) is shown inline and changes nothing.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Awaitable, Sequence
from datetime import date
from functools import partial
from typing import Any

import shiboken6

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from caseworker.domain.client import Case
from caseworker.errors import KnownError
from caseworker.services.session import Session
from caseworker.services.writes import (
    INHOUD_MAX,
    KANALEN,
    Changes,
    FollowUp,
    discard_draft,
    load_draft,
    register_contact,
    save_draft,
)
from caseworker.tasks import TaskOwner
from ui.client.models import Tone

AUTOSAVE_MS = 800


def draft_key(bsn: str) -> str:
    return f"klantcontact:{bsn}"


class ContactDialog(QDialog):
    saved = Signal(object)  # Changes

    def __init__(
        self,
        session: Session,
        tasks: TaskOwner,
        bsn: str,
        cases: Sequence[Case],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session, self._tasks, self.bsn = session, tasks, bsn
        self._key = draft_key(bsn)
        # Draft writes (autosave, discard) replace each other; the registration is a task of its own.
        self._draft_task, self._register_task = f"draft:{bsn}", f"register:{bsn}"
        self._restoring = False
        self.draft_write: asyncio.Task[None] | None = None  # the latest autosave, awaited before a reopen
        self.setWindowTitle(self.tr("Contactmoment vastleggen"))
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_draft_now)
        self._build(cases)
        self._connect_changes()

    # -- form --

    def _build(self, cases: Sequence[Case]) -> None:
        self.kanaal = QComboBox(self)
        self.kanaal.addItems(KANALEN)
        self.onderwerp = QLineEdit(self)
        self.inhoud = QPlainTextEdit(self)
        self.inhoud.setTabChangesFocus(True)
        self.counter = QLabel(self)
        self.zaak = QComboBox(self)
        self.zaak.addItem(self.tr("Geen zaak"), "")
        for case in cases:
            self.zaak.addItem(
                f"{case.identificatie} — {case.zaaktype or case.omschrijving}", case.identificatie
            )
        self.gelukt = QCheckBox(self.tr("Contact is gelukt"), self)
        self.gelukt.setChecked(True)
        self.vertrouwelijk = QCheckBox(self.tr("Vertrouwelijk (interne notitie)"), self)
        self.follow_up = QGroupBox(self.tr("Vervolgtaak voor een collega of team"), self)
        self.follow_up.setCheckable(True)
        self.follow_up.setChecked(False)
        self.actor = QLineEdit(self.follow_up)
        self.actor.setPlaceholderText(self.tr("code, bijvoorbeeld wt-noord"))
        self.handeling = QLineEdit(self.follow_up)
        self.due = QDateEdit(QDate.currentDate().addDays(7), self.follow_up)
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("dd-MM-yyyy")
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {Tone.FAILED.color(self.palette()).name()};")
        self.error.hide()
        self.draft_state = QLabel(self)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("&Opslaan"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(
            self.tr("&Sluiten"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.discard_button = self.buttons.addButton(
            self.tr("Concept &weggooien"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self._layout()
        self._name_controls()
        self.save_button.clicked.connect(self._save)
        self.close_button.clicked.connect(self.close)
        self.discard_button.clicked.connect(self._discard)
        self._count()

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Kanaal"), self.kanaal)
        form.addRow(self.tr("O&nderwerp"), self.onderwerp)
        form.addRow(self.tr("&Inhoud"), self.inhoud)
        form.addRow("", self.counter)
        form.addRow(self.tr("&Zaak"), self.zaak)
        form.addRow("", self.gelukt)
        form.addRow("", self.vertrouwelijk)
        task_form = QFormLayout(self.follow_up)
        task_form.addRow(self.tr("&Voor"), self.actor)
        task_form.addRow(self.tr("&Gevraagd"), self.handeling)
        task_form.addRow(self.tr("&Deadline"), self.due)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.follow_up)
        layout.addWidget(self.error)
        layout.addWidget(self.draft_state)
        layout.addWidget(self.buttons)
        order = (
            self.kanaal,
            self.onderwerp,
            self.inhoud,
            self.zaak,
            self.gelukt,
            self.vertrouwelijk,
            self.follow_up,
            self.actor,
            self.handeling,
            self.due,
            self.save_button,
            self.close_button,
            self.discard_button,
        )
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.resize(560, 620)

    def _name_controls(self) -> None:
        for control, name in (
            (self.kanaal, self.tr("Kanaal")),
            (self.onderwerp, self.tr("Onderwerp")),
            (self.inhoud, self.tr("Inhoud van het contact")),
            (self.counter, self.tr("Aantal tekens")),
            (self.zaak, self.tr("Gekoppelde zaak")),
            (self.gelukt, self.tr("Contact is gelukt")),
            (self.vertrouwelijk, self.tr("Vertrouwelijk")),
            (self.follow_up, self.tr("Vervolgtaak")),
            (self.actor, self.tr("Collega of team voor de vervolgtaak")),
            (self.handeling, self.tr("Gevraagde handeling")),
            (self.due, self.tr("Deadline van de vervolgtaak")),
            (self.error, self.tr("Foutmelding")),
            (self.draft_state, self.tr("Stand van het concept")),
            (self.save_button, self.tr("Opslaan")),
            (self.close_button, self.tr("Sluiten, concept blijft bewaard")),
            (self.discard_button, self.tr("Concept weggooien")),
        ):
            control.setAccessibleName(name)

    def _connect_changes(self) -> None:
        for signal in (
            self.kanaal.currentIndexChanged,
            self.onderwerp.textChanged,
            self.inhoud.textChanged,
            self.zaak.currentIndexChanged,
            self.gelukt.toggled,
            self.vertrouwelijk.toggled,
            self.follow_up.toggled,
            self.actor.textChanged,
            self.handeling.textChanged,
            self.due.dateChanged,
        ):
            signal.connect(self._changed)

    def _changed(self, *_: object) -> None:
        self._count()
        if not self._restoring:
            self._autosave.start()

    def _count(self) -> None:
        used = len(self.inhoud.toPlainText())
        self.counter.setText(self.tr("{used} van {limit} tekens").format(used=used, limit=INHOUD_MAX))

    # -- draft --

    def content(self) -> dict[str, Any]:
        return {
            "kanaal": self.kanaal.currentText(),
            "onderwerp": self.onderwerp.text(),
            "inhoud": self.inhoud.toPlainText(),
            "zaak": self.zaak.currentData(),
            "gelukt": self.gelukt.isChecked(),
            "vertrouwelijk": self.vertrouwelijk.isChecked(),
            "vervolg": self.follow_up.isChecked(),
            "actor": self.actor.text(),
            "handeling": self.handeling.text(),
            "deadline": self.due.date().toString("yyyy-MM-dd"),
        }

    def restore(self, content: dict[str, Any]) -> None:
        self._restoring = True
        try:
            self.kanaal.setCurrentText(str(content.get("kanaal", KANALEN[0])))
            self.onderwerp.setText(str(content.get("onderwerp", "")))
            self.inhoud.setPlainText(str(content.get("inhoud", "")))
            self.zaak.setCurrentIndex(max(0, self.zaak.findData(content.get("zaak", ""))))
            self.gelukt.setChecked(bool(content.get("gelukt", True)))
            self.vertrouwelijk.setChecked(bool(content.get("vertrouwelijk", False)))
            self.follow_up.setChecked(bool(content.get("vervolg", False)))
            self.actor.setText(str(content.get("actor", "")))
            self.handeling.setText(str(content.get("handeling", "")))
            due = QDate.fromString(str(content.get("deadline", "")), "yyyy-MM-dd")
            if due.isValid():
                self.due.setDate(due)
        finally:
            self._restoring = False
        self.draft_state.setText(self.tr("Concept hersteld."))

    async def load(self) -> None:
        """Fill the form from the client's draft, if there is one."""
        draft = await asyncio.to_thread(load_draft, self._session.store, self._key)
        if draft is not None:
            self.restore(draft.content)

    def save_draft_now(self) -> None:
        """Autosave (also called on lock and on close): the latest content wins."""
        self._autosave.stop()
        content, now = self.content(), self._session.clock()
        work = asyncio.to_thread(save_draft, self._session.store, self._key, self.bsn, content, now)
        done = self.tr("Concept bewaard.")
        self.draft_write = self._tasks.spawn(self._run(work, done), name="save draft", key=self._draft_task)

    async def _run(self, work: Awaitable[Changes], done: str) -> None:
        try:
            await work
        except KnownError as exc:
            done = exc.user_message
        # The dialog may have been closed and deleted while the draft was written (lock, other client).
        if shiboken6.isValid(self.draft_state):
            self.draft_state.setText(done)

    def _discard(self) -> None:
        self._autosave.stop()
        self._tasks.spawn(
            asyncio.to_thread(discard_draft, self._session.store, self._key),
            name="discard draft",
            key=self._draft_task,
        )
        self.accept()

    def closeEvent(self, event: Any) -> None:
        if self._autosave.isActive():
            self.save_draft_now()
        super().closeEvent(event)

    def reject(self) -> None:
        """Escape closes like Sluiten: the draft stays."""
        if self._autosave.isActive():
            self.save_draft_now()
        super().reject()

    # -- save --

    def _follow_up(self) -> FollowUp | None:
        if not self.follow_up.isChecked():
            return None
        due: date = self.due.date().toPython()  # type: ignore[assignment]
        return FollowUp(actor=self.actor.text().strip(), gevraagde_handeling=self.handeling.text(), due=due)

    def _save(self) -> None:
        self._autosave.stop()
        self.save_button.setEnabled(False)
        self.error.hide()
        write = partial(
            register_contact,
            self._session.store,
            user=self._session.user_id,
            bsn=self.bsn,
            kanaal=self.kanaal.currentText(),
            onderwerp=self.onderwerp.text(),
            inhoud=self.inhoud.toPlainText(),
            zaak_identificatie=self.zaak.currentData() or None,
            gelukt=self.gelukt.isChecked(),
            vertrouwelijk=self.vertrouwelijk.isChecked(),
            now=self._session.clock(),
            draft_key=self._key,
            events=self._session.bus,
        )
        try:
            follow_up = self._follow_up()
        except KnownError as exc:
            self._refused(exc)
            return
        self._tasks.spawn(
            self._register(partial(write, follow_up=follow_up)),
            name="register contact",
            key=self._register_task,
        )

    async def _register(self, write: partial[Changes]) -> None:
        try:
            changes = await asyncio.to_thread(write)
        except KnownError as exc:
            self._refused(exc)
            return
        self.saved.emit(changes)
        self.accept()

    def _refused(self, exc: KnownError) -> None:
        self.error.setText(exc.user_message)
        self.error.show()
        self.save_button.setEnabled(True)
        self.save_draft_now()
