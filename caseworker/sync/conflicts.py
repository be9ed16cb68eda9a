"""Conflict records: the user's edit merged three-way with what the server holds now (DESIGN §6).

Before an outbox entry changes a server record it fetches the current version ("theirs") and compares it,
field by field, with the version the edit was based on ("base") and the user's edit ("mine"). A field
changed on one side only takes that side's value; a field both sides changed to different values is a
conflict: nothing is sent, and the user decides in the conflict view (`resolve`). Case data is never
overwritten silently.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import Connection

from caseworker.errors import KnownError
from caseworker.store import Store
from caseworker.store import outbox_queries as q

Choice = Literal["mine", "theirs"]
_ABSENT = object()  # a field missing on one side, distinct from a field that is null


@dataclass(frozen=True)
class FieldConflict:
    field: str
    base: Any
    mine: Any
    theirs: Any


@dataclass(frozen=True)
class Merge:
    merged: dict[str, Any]  # conflicting fields keep the server's value until the user decides
    conflicts: tuple[FieldConflict, ...]


def merge(base: Mapping[str, Any], mine: Mapping[str, Any], theirs: Mapping[str, Any]) -> Merge:
    """Three-way merge of flat documents (values compare as whole values). Pure."""
    merged: dict[str, Any] = {}
    conflicts: list[FieldConflict] = []
    for field in sorted({*base, *mine, *theirs}):
        b, m, t = (side.get(field, _ABSENT) for side in (base, mine, theirs))
        if m == t or t == b:
            value = m
        elif m == b:
            value = t
        else:
            conflicts.append(FieldConflict(field, _none(b), _none(m), _none(t)))
            value = t
        if value is not _ABSENT:
            merged[field] = value
    return Merge(merged, tuple(conflicts))


def _none(value: Any) -> Any:
    return None if value is _ABSENT else value


@dataclass(frozen=True)
class ConflictItem:
    """One open conflict, for the conflict view: the values as JSON-decoded Python values."""

    id: int
    op_id: str
    record_url: str
    field: str
    base: Any
    mine: Any
    theirs: Any


class UnknownConflict(KnownError):
    pass


def record(
    conn: Connection, op_id: str, record_url: str, conflicts: tuple[FieldConflict, ...], now: datetime
) -> None:
    """Store the clashes of one entry (inside the transaction that marks the entry `conflict`)."""
    rows = [
        {
            "op_id": op_id,
            "record_url": record_url,
            "field": c.field,
            "base": q.dumps(c.base),
            "mine": q.dumps(c.mine),
            "theirs": q.dumps(c.theirs),
            "resolution": None,
            "created_at": now,
        }
        for c in conflicts
    ]
    q.insert_conflicts(conn, rows)


def conflicts_for(store: Store, op_id: str) -> list[ConflictItem]:
    with q.reading(store) as conn:
        rows = q.open_conflicts(conn, op_id)
    return [
        ConflictItem(
            id=row["id"],
            op_id=row["op_id"],
            record_url=row["record_url"],
            field=row["field"],
            base=json.loads(row["base"]),
            mine=json.loads(row["mine"]),
            theirs=json.loads(row["theirs"]),
        )
        for row in rows
    ]


def resolve(store: Store, op_id: str, choices: Mapping[str, Choice], *, now: datetime) -> None:
    """Write the user's decision per conflicting field and requeue the entry.

    "mine" keeps the user's value, "theirs" drops the user's change of that field. Either way the server's
    value becomes the new base, so the next push compares against the version the decision was made on
    (and a field the server changed yet again conflicts again instead of being overwritten).
    """
    with store.write() as writer:
        conn = q.connection(writer)
        entry = q.entry(conn, op_id)
        rows = q.open_conflicts(conn, op_id)
        if entry is None or entry.state != "conflict" or not rows:
            raise UnknownConflict("Deze wijziging heeft geen open conflict (meer). Er is niets veranderd.")
        missing = sorted({row["field"] for row in rows} - set(choices))
        if missing:
            raise UnknownConflict(f"Kies eerst een waarde voor: {', '.join(missing)}.")
        changes = dict(entry.payload.get("changes", {}))
        base = dict(entry.base or {})
        for row in rows:
            field, choice = row["field"], choices[row["field"]]
            base[field] = json.loads(row["theirs"])
            if choice == "theirs":
                changes.pop(field, None)
            q.resolve_conflict(conn, row["id"], q.dumps(choice))
        q.update_entry(
            conn,
            op_id,
            payload={**entry.payload, "changes": changes},
            base=base,
            state="pending",
            attempts=0,
            next_attempt_at=None,
            last_error="",
            updated_at=now,
        )
