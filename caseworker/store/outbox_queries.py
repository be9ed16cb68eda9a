"""SQL of the write side: outbox entries, conflict records, the processing log and drafts.

The sync and security modules build on these instead of writing SQL themselves. Every function blocks;
functions taking a `Writer` run inside the caller's `Store.write()` transaction, the others open a read
connection of their own (WAL: reads never wait for the writer).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, RowMapping, Table, delete, func, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from caseworker.store.models import (
    Base,
    ConflictRow,
    DraftRow,
    InterneTaakRow,
    OutboxEntry,
    ProcessingLogEntry,
    RawDocument,
)
from caseworker.store.store import Store
from caseworker.store.writes import Writer

SENT = "sent"


def dumps(value: Any) -> str:
    """Canonical JSON (sorted keys, no spaces): equal values give equal text, which hashes depend on."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


@contextmanager
def reading(store: Store) -> Iterator[Connection]:
    """A connection from the store's read pool."""
    with store.read() as conn:
        yield conn


def connection(writer: Writer) -> Connection:
    """The connection of the caller's write transaction (package-internal, like `reading`)."""
    return writer._conn


# -- the outbox ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    seq: int
    op_id: str
    kind: str
    record_key: str
    bsn: str | None
    payload: dict[str, Any]
    base: dict[str, Any] | None
    state: str
    attempts: int
    next_attempt_at: datetime | None
    last_error: str
    result_url: str | None
    created_at: datetime
    updated_at: datetime


def _table(model: type[Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _entry(row: Any) -> Entry:
    values = dict(row._mapping)
    values["payload"] = json.loads(values["payload"])
    values["base"] = json.loads(values["base"]) if values["base"] is not None else None
    return Entry(**values)


def insert_entry(writer: Writer, **values: Any) -> None:
    values["payload"] = dumps(values["payload"])
    values["base"] = dumps(values["base"]) if values.get("base") is not None else None
    connection(writer).execute(insert(OutboxEntry), values)


def update_entry(conn: Connection, op_id: str, **values: Any) -> None:
    if "payload" in values:
        values["payload"] = dumps(values["payload"])
    if values.get("base") is not None:
        values["base"] = dumps(values["base"])
    conn.execute(update(OutboxEntry).where(OutboxEntry.op_id == op_id).values(**values))


def entry(conn: Connection, op_id: str) -> Entry | None:
    row = conn.execute(select(_table(OutboxEntry)).where(OutboxEntry.op_id == op_id)).first()
    return _entry(row) if row else None


def heads(conn: Connection) -> list[Entry]:
    """Per record the oldest entry not yet sent: the only one that may be sent (FIFO per record)."""
    older = (
        select(func.min(OutboxEntry.seq))
        .where(OutboxEntry.state != SENT)
        .group_by(OutboxEntry.record_key)
        .scalar_subquery()
    )
    rows = conn.execute(
        select(_table(OutboxEntry)).where(OutboxEntry.seq.in_(older)).order_by(OutboxEntry.seq)
    )
    return [_entry(row) for row in rows]


def entries(
    conn: Connection,
    *,
    states: Sequence[str],
    bsn: str | None = None,
    kind: str | None = None,
    exclude_kind: str | None = None,
) -> list[Entry]:
    query = select(_table(OutboxEntry)).where(OutboxEntry.state.in_(states)).order_by(OutboxEntry.seq)
    if bsn is not None:
        query = query.where(OutboxEntry.bsn == bsn)
    if kind is not None:
        query = query.where(OutboxEntry.kind == kind)
    if exclude_kind is not None:
        query = query.where(OutboxEntry.kind != exclude_kind)
    return [_entry(row) for row in conn.execute(query)]


def count_by_state(conn: Connection, *, exclude_kind: str) -> dict[str, int]:
    query = (
        select(OutboxEntry.state, func.count())
        .where(OutboxEntry.kind != exclude_kind)
        .group_by(OutboxEntry.state)
    )
    return {state: count for state, count in conn.execute(query)}


def count_stuck(conn: Connection, *, kind: str, min_attempts: int) -> int:
    """Entries of `kind` not delivered after at least `min_attempts` tries."""
    query = select(func.count()).where(
        OutboxEntry.kind == kind, OutboxEntry.state != SENT, OutboxEntry.attempts >= min_attempts
    )
    return int(conn.scalar(query) or 0)


def last_entry(conn: Connection, *, kind: str, state: str) -> Entry | None:
    """The newest entry of `kind` in `state` (one row, however many there are)."""
    query = (
        select(_table(OutboxEntry))
        .where(OutboxEntry.kind == kind, OutboxEntry.state == state)
        .order_by(OutboxEntry.seq.desc())
        .limit(1)
    )
    row = conn.execute(query).first()
    return _entry(row) if row else None


def delete_sent_before(conn: Connection, cutoff: datetime) -> int:
    """Sent entries older than `cutoff`, except where a later entry of the same record still waits
    (it may need the sent entry's result, e.g. a task waiting for its contact's uuid)."""
    waiting = select(OutboxEntry.record_key).where(OutboxEntry.state != SENT)
    result = conn.execute(
        delete(OutboxEntry).where(
            OutboxEntry.state == SENT,
            OutboxEntry.updated_at < cutoff,
            OutboxEntry.record_key.not_in(waiting),
        )
    )
    return result.rowcount


def raw_document(conn: Connection, url: str) -> Any:
    """The stored JSON of a fetched resource, or None."""
    text = conn.execute(select(RawDocument.document).where(RawDocument.url == url)).scalar()
    return json.loads(text) if text is not None else None


def task_actor(conn: Connection, uuid: str) -> str | None:
    """The assignee's name as the cache shows it for a task, or None for a task not cached."""
    return conn.scalar(select(InterneTaakRow.actor).where(InterneTaakRow.uuid == uuid))


# -- conflicts ----------------------------------------------------------------------------------------


def insert_conflicts(conn: Connection, rows: Sequence[dict[str, Any]]) -> None:
    if rows:
        conn.execute(insert(ConflictRow), list(rows))


def open_conflicts(conn: Connection, op_id: str) -> list[RowMapping]:
    query = select(_table(ConflictRow)).where(ConflictRow.op_id == op_id, ConflictRow.resolution.is_(None))
    return list(conn.execute(query.order_by(ConflictRow.id)).mappings())


def resolve_conflict(conn: Connection, conflict_id: int, resolution: str) -> None:
    conn.execute(update(ConflictRow).where(ConflictRow.id == conflict_id).values(resolution=resolution))


# -- the processing log -------------------------------------------------------------------------------


def last_log_hash(conn: Connection) -> str | None:
    query = select(ProcessingLogEntry.hash).order_by(ProcessingLogEntry.seq.desc()).limit(1)
    return conn.execute(query).scalar()


def insert_log_entry(conn: Connection, values: dict[str, Any]) -> int:
    result = conn.execute(insert(ProcessingLogEntry).returning(ProcessingLogEntry.seq), values)
    seq: int = result.scalar_one()
    return seq


def log_entries(conn: Connection, seqs: Sequence[int] | None = None) -> list[RowMapping]:
    query = select(_table(ProcessingLogEntry)).order_by(ProcessingLogEntry.seq)
    if seqs is not None:
        query = query.where(ProcessingLogEntry.seq.in_(seqs))
    return list(conn.execute(query).mappings())


def mark_log_uploaded(conn: Connection, seqs: Sequence[int]) -> None:
    # `uploaded` is the one column the append-only trigger lets change.
    conn.execute(update(ProcessingLogEntry).where(ProcessingLogEntry.seq.in_(seqs)).values(uploaded=True))


# -- drafts -------------------------------------------------------------------------------------------


def save_draft(writer: Writer, key: str, bsn: str | None, content: dict[str, Any], now: datetime) -> None:
    statement = sqlite_insert(DraftRow).values(key=key, bsn=bsn, content=dumps(content), updated_at=now)
    statement = statement.on_conflict_do_update(
        index_elements=[DraftRow.key],
        set_={"bsn": statement.excluded.bsn, "content": statement.excluded.content, "updated_at": now},
    )
    connection(writer).execute(statement)


def draft(conn: Connection, key: str) -> RowMapping | None:
    return conn.execute(select(_table(DraftRow)).where(DraftRow.key == key)).mappings().first()


def delete_draft(writer: Writer, key: str) -> None:
    connection(writer).execute(delete(DraftRow).where(DraftRow.key == key))
