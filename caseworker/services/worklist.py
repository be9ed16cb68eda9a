"""The worklist (DESIGN §10): the clients a caseworker works on today, and what the outbox still holds.

`worklist` reads the caseload, the clients taken along (with their expiry) and the user's open tasks from
the cache in one pass and decides what is overdue, so the window only shows it. `outbox_items` lists every
write that no server has yet, for the outbox dialog. Both block (SQLite): call them in an executor.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Connection, or_, select

from caseworker.domain.client import TASK_OPEN
from caseworker.domain.person import Person
from caseworker.store import ScopeKind, Store
from caseworker.store import outbox_queries as q
from caseworker.store.models import InterneTaakRow, PersonRow, ScopeRow
from caseworker.sync.outbox import Kind, PendingItem, State

HOME_VISIT = "huisbezoek"  # an open task whose requested action names a home visit plans one


@dataclass(frozen=True)
class WorklistEntry:
    bsn: str
    naam: str
    caseload: bool
    taken_along_until: datetime | None
    task: str  # the user's first open task for this client, "" when none
    due: date | None
    overdue: bool
    visit_today: bool  # a home visit is due today: a candidate for "take along"


def worklist(store: Store, user_name: str, now: datetime) -> list[WorklistEntry]:
    """Caseload, clients taken along and clients with the user's open tasks: overdue first, then by due
    date, then by name. Without a user name every open task of these clients counts as the user's."""
    today = now.astimezone().date()
    with store.read() as conn:
        scopes = conn.execute(
            select(ScopeRow.bsn, ScopeRow.kind, ScopeRow.until).where(
                or_(
                    ScopeRow.kind == ScopeKind.CASELOAD.value,
                    (ScopeRow.kind == ScopeKind.TAKEN_ALONG.value) & (ScopeRow.until > now),
                )
            )
        ).all()
        mine = InterneTaakRow.status == TASK_OPEN
        if user_name:
            mine = mine & InterneTaakRow.actor.contains(user_name, autoescape=True)
        tasks = conn.execute(
            select(InterneTaakRow.bsn, InterneTaakRow.gevraagde_handeling, InterneTaakRow.due)
            .where(mine, InterneTaakRow.bsn.is_not(None))
            .order_by(InterneTaakRow.due.is_(None), InterneTaakRow.due)
        ).all()
        names = _names(conn, {row.bsn for row in scopes} | {row.bsn for row in tasks})
    first_task: dict[str, tuple[str, date | None]] = {}
    for bsn, handeling, due in tasks:
        if bsn is not None:
            first_task.setdefault(bsn, (handeling, due))
    caseload = {row.bsn for row in scopes if row.kind == ScopeKind.CASELOAD.value}
    along = {row.bsn: row.until for row in scopes if row.kind == ScopeKind.TAKEN_ALONG.value}
    entries = [
        _entry(bsn, naam, bsn in caseload, along.get(bsn), first_task.get(bsn, ("", None)), today)
        for bsn, naam in names.items()
    ]
    return sorted(entries, key=lambda e: (not e.overdue, e.due is None, e.due or today, e.naam))


def _names(conn: Connection, bsns: Iterable[str]) -> dict[str, str]:
    """Only clients whose person is cached: a scope without a person is a refresh still under way."""
    rows = conn.execute(
        select(PersonRow.bsn, PersonRow.voornamen, PersonRow.voorvoegsel, PersonRow.geslachtsnaam).where(
            PersonRow.bsn.in_(list(bsns))
        )
    )
    return {row.bsn: Person(row.bsn, row.voornamen, row.voorvoegsel, row.geslachtsnaam).naam for row in rows}


def _entry(
    bsn: str,
    naam: str,
    caseload: bool,
    until: datetime | None,
    task: tuple[str, date | None],
    today: date,
) -> WorklistEntry:
    handeling, due = task
    overdue = due is not None and due < today
    visit_today = due == today and HOME_VISIT in handeling.lower()
    return WorklistEntry(bsn, naam, caseload, until, handeling, due, overdue, visit_today)


def outbox_items(store: Store) -> list[PendingItem]:
    """Every write of the user that no server has yet, oldest first: waiting, being sent, refused or in
    conflict (the processing log's own uploads are bookkeeping and stay out, as in the counts)."""
    open_states = (State.PENDING, State.IN_FLIGHT, State.FAILED, State.CONFLICT)
    with q.reading(store) as conn:
        found = q.entries(conn, states=open_states, exclude_kind=Kind.VERWERKINGSLOG.value)
    return [PendingItem(e.op_id, e.kind, e.payload, e.state, e.last_error, e.created_at) for e in found]
