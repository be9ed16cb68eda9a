"""A new task for a colleague or team, or an existing task handed over: one small non-modal form.

A new task belongs to a contact (Klantinteracties: `aanleidinggevendKlantcontact`), so the form asks which
one; a contact still waiting in the outbox can be chosen too. The write goes through the outbox
(`create_task` / `hand_over_task`), so the task is shown as pending at once.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from datetime import date
from functools import partial

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from caseworker.domain.client import ContactMoment, Task
from caseworker.errors import KnownError
from caseworker.services.session import Session
from caseworker.services.writes import Changes, FollowUp, create_task, hand_over_task
from caseworker.tasks import TaskOwner
from ui.client import fmt
from ui.client.models import Tone

DEFAULT_DUE_DAYS = 7


class TaskDialog(QDialog):
    saved = Signal(object)  # Changes

    def __init__(
        self,
        session: Session,
        tasks: TaskOwner,
        bsn: str,
        *,
        contacts: Sequence[ContactMoment] = (),
        task: Task | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """With `task`: hand that task over; otherwise a new task about one of `contacts`."""
        super().__init__(parent)
        self._session, self._tasks, self._bsn, self._task = session, tasks, bsn, task
        self.setWindowTitle(self.tr("Taak overdragen") if task else self.tr("Nieuwe taak"))
        self.contact = QComboBox(self)
        for contact in contacts:
            label = f"{fmt.moment(contact.plaatsgevonden_op)} — {contact.kanaal}: {contact.onderwerp}"
            self.contact.addItem(label, contact)
        self.actor = QLineEdit(self)
        self.actor.setPlaceholderText(self.tr("code, bijvoorbeeld wt-noord"))
        self.handeling = QLineEdit(self)
        self.toelichting = QLineEdit(self)
        self.due = QDateEdit(QDate.currentDate().addDays(DEFAULT_DUE_DAYS), self)
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("dd-MM-yyyy")
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {Tone.FAILED.color(self.palette()).name()};")
        self.error.hide()
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("&Opslaan"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("&Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self._layout(new=task is None)

    def _layout(self, *, new: bool) -> None:
        form = QFormLayout()
        if new:
            form.addRow(self.tr("&Over contact"), self.contact)
        form.addRow(self.tr("&Voor"), self.actor)
        if new:
            form.addRow(self.tr("&Gevraagd"), self.handeling)
            form.addRow(self.tr("&Toelichting"), self.toelichting)
            form.addRow(self.tr("&Deadline"), self.due)
        for control, name in (
            (self.contact, self.tr("Contact waar de taak over gaat")),
            (self.actor, self.tr("Collega of team")),
            (self.handeling, self.tr("Gevraagde handeling")),
            (self.toelichting, self.tr("Toelichting")),
            (self.due, self.tr("Deadline")),
            (self.error, self.tr("Foutmelding")),
            (self.buttons, self.tr("Opslaan of annuleren")),
        ):
            control.setAccessibleName(name)
        for control in (self.contact, self.handeling, self.toelichting, self.due):
            control.setVisible(new)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(480, 0)

    def _write(self) -> Callable[[], Changes]:
        session = self._session
        store, user, now, bus = session.store, session.user_id, session.clock(), session.bus
        actor = self.actor.text().strip()
        if self._task is not None:
            url = self._task.url
            return partial(
                hand_over_task,
                store,
                user=user,
                bsn=self._bsn,
                actor=actor,
                taak_url=url,
                now=now,
                events=bus,
            )
        contact: ContactMoment | None = self.contact.currentData()
        if contact is None:
            raise KnownError(self.tr("Registreer eerst een contactmoment; een taak hoort bij een contact."))
        due: date = self.due.date().toPython()  # type: ignore[assignment]
        follow_up = FollowUp(actor, self.handeling.text(), self.toelichting.text(), due)
        # A contact still in the outbox is named by its op_id, one on the server by its uuid.
        pending, key = contact.pending, contact.key
        return partial(
            create_task,
            store,
            user=user,
            bsn=self._bsn,
            follow_up=follow_up,
            klantcontact_uuid=None if pending else key,
            contact_op_id=key if pending else None,
            now=now,
            events=bus,
        )

    def _save(self) -> None:
        self.error.hide()
        try:
            write = self._write()
        except KnownError as exc:
            self._refused(exc)
            return
        self.buttons.setEnabled(False)
        self._tasks.spawn(self._run(write), name="task write", key=f"task-dialog:{self._bsn}")

    async def _run(self, write: Callable[[], Changes]) -> None:
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
        self.buttons.setEnabled(True)
