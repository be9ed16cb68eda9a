"""Data minimisation (DESIGN §5): which clients may stay in the cache, and purging the rest.

A client stays while it has a live scope: on the user's caseload, taken along for a visit (until the
set expires), or opened recently (within the retention period). Household members of a client who
stays, stay too (the client view needs them). Everything else goes once its newest data is older than
the retention period: every row of every table that belongs to the BSN, including the search index.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import Connection, delete, func, or_, select

from caseworker.store.models import CLIENT_TABLES, HouseholdLink, RawDocument, ScopeRow

log = logging.getLogger(__name__)

RETENTION_DAYS = 30
_DELETE_CHUNK = 500  # stays below SQLite's limit on bound parameters per statement


class ScopeKind(StrEnum):
    CASELOAD = "caseload"
    TAKEN_ALONG = "taken_along"  # "meenemen": always with an expiry
    RECENT = "recent"


def set_scope(conn: Connection, bsn: str, kind: ScopeKind, *, now: datetime, until: datetime | None) -> None:
    if kind is ScopeKind.TAKEN_ALONG and until is None:
        raise ValueError("a client taken along needs an expiry")
    values = {"bsn": bsn, "kind": kind.value, "until": until, "added_at": now}
    conn.execute(delete(ScopeRow).where(ScopeRow.bsn == bsn, ScopeRow.kind == kind.value))
    conn.execute(ScopeRow.__table__.insert(), values)  # type: ignore[attr-defined]


def clear_scope(conn: Connection, bsn: str, kind: ScopeKind) -> None:
    conn.execute(delete(ScopeRow).where(ScopeRow.bsn == bsn, ScopeRow.kind == kind.value))


def purge_expired(conn: Connection, now: datetime, retention_days: int = RETENTION_DAYS) -> int:
    """Remove every client without a live scope whose newest data is older than `retention_days`;
    returns how many clients were removed."""
    cutoff = now - timedelta(days=retention_days)
    kept = _kept(conn, now, cutoff)
    expired = [bsn for bsn, newest in _newest_per_bsn(conn) if bsn not in kept and newest < cutoff]
    for start in range(0, len(expired), _DELETE_CHUNK):
        _delete_clients(conn, expired[start : start + _DELETE_CHUNK])
    # Scopes that ran out are dropped even when the client stays for another reason.
    conn.execute(delete(ScopeRow).where(ScopeRow.until.is_not(None), ScopeRow.until <= now))
    log.info("purged %d expired clients from the cache", len(expired))
    return len(expired)


def _kept(conn: Connection, now: datetime, cutoff: datetime) -> set[str]:
    live = select(ScopeRow.bsn).where(
        or_(
            (ScopeRow.kind == ScopeKind.CASELOAD.value) & (ScopeRow.until.is_(None) | (ScopeRow.until > now)),
            (ScopeRow.kind == ScopeKind.TAKEN_ALONG.value) & (ScopeRow.until > now),
            (ScopeRow.kind == ScopeKind.RECENT.value) & (ScopeRow.added_at > cutoff),
        )
    )
    clients = set(conn.scalars(live))
    members = conn.scalars(select(HouseholdLink.member_bsn).where(HouseholdLink.bsn.in_(live)))
    return clients | set(members)


def _newest_per_bsn(conn: Connection) -> Iterable[tuple[str, datetime]]:
    """Per BSN the newest fetch or scope change (every fetched row has a raw document with its BSN)."""
    newest: dict[str, datetime] = {}
    sources = (
        select(RawDocument.bsn, func.max(RawDocument.fetched_at)).group_by(RawDocument.bsn),
        select(ScopeRow.bsn, func.max(ScopeRow.added_at)).group_by(ScopeRow.bsn),
    )
    for query in sources:
        for bsn, at in conn.execute(query):
            if bsn is not None and (bsn not in newest or at > newest[bsn]):
                newest[bsn] = at
    return newest.items()


def _delete_clients(conn: Connection, bsns: list[str]) -> None:
    """Every row of these clients; the person table's trigger removes their search index rows."""
    for model in CLIENT_TABLES:
        conn.execute(delete(model).where(model.bsn.in_(bsns)))
    conn.execute(delete(HouseholdLink).where(HouseholdLink.member_bsn.in_(bsns)))
