"""How the sync state and the "new since last time" mark of an item read: in words, with a tone."""

from __future__ import annotations

from datetime import date, datetime

from caseworker.domain.client import TASK_OPEN, ContactMoment, Task, TimelineEntry, is_new
from ui.client.models import Tone
from ui.i18n import translate

CONFLICT = "conflict"
FAILED = "failed"


def pending_text(pending: bool, error: str) -> str:
    if error:
        return translate("ClientStates", "mislukt: {error}").format(error=error)
    return translate("ClientStates", "wacht op verzending") if pending else ""


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
        return translate("ClientStates", "conflict: kies Oplossen")
    if task.sync_state:
        return pending_text(True, task.error if task.sync_state == FAILED else "")
    if task.overdue(today):
        return translate("ClientStates", "te laat")
    return (
        translate("ClientStates", "open")
        if task.status == TASK_OPEN
        else translate("ClientStates", "afgerond")
    )


def task_tone(task: Task, today: date) -> Tone | None:
    if task.sync_state in (CONFLICT, FAILED):
        return Tone.FAILED
    if task.sync_state:
        return Tone.WAITING
    return Tone.FAILED if task.overdue(today) else None


def new_text(moment: datetime | None, since: datetime | None) -> str:
    return translate("ClientStates", "nieuw") if is_new(moment, since) else ""
