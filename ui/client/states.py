"""How the sync state and the "new since last time" mark of an item read: in words, with a tone."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from caseworker.domain.client import TASK_OPEN, ContactMoment, Task, TimelineEntry, is_new
from ui.client.models import Tone

CONFLICT = "conflict"
FAILED = "failed"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ClientStates", text)


def pending_text(pending: bool, error: str) -> str:
    if error:
        return _tr("mislukt: {error}").format(error=error)
    return _tr("wacht op verzending") if pending else ""


def pending_tone(pending: bool, error: str) -> Tone | None:
    if error:
        return Tone.FAILED
    return Tone.WAITING if pending else None


def contact_state(contact: ContactMoment) -> str:
    return pending_text(contact.pending, contact.error)


def contact_tone(contact: ContactMoment) -> Tone | None:
    return pending_tone(contact.pending, contact.error)


def entry_state(entry: TimelineEntry) -> str:
    return pending_text(entry.pending, entry.error)


def entry_tone(entry: TimelineEntry) -> Tone | None:
    return pending_tone(entry.pending, entry.error)


def task_state(task: Task, today: date) -> str:
    if task.sync_state == CONFLICT:
        return _tr("conflict: kies Oplossen")
    if task.sync_state:
        return pending_text(True, task.error if task.sync_state == FAILED else "")
    if task.overdue(today):
        return _tr("te laat")
    return _tr("open") if task.status == TASK_OPEN else _tr("afgerond")


def task_tone(task: Task, today: date) -> Tone | None:
    if task.sync_state in (CONFLICT, FAILED):
        return Tone.FAILED
    if task.sync_state:
        return Tone.WAITING
    return Tone.FAILED if task.overdue(today) else None


def new_text(moment: datetime | None, since: datetime | None) -> str:
    return _tr("nieuw") if is_new(moment, since) else ""
