"""The processing log (verwerkingenlogging), after the Logboek Dataverwerkingen standard and NEN 7513.

Every search, view, change and export of personal data is one entry: {time, user, action, data subject,
purpose (the processing activity), result, trace id}. Entries are

* written locally and at once, whether online or not (an offline view is logged like any other);
* append-only: the database refuses UPDATE and DELETE of their content (triggers of schema 0002);
* hash-chained: `hash = sha256(prev_hash + canonical JSON of the entry's fields)`, the first `prev_hash`
  is 64 zeros, so changing, removing or reordering any entry breaks the chain (`verify`). Removing the
  newest entries leaves a valid but shorter chain; the uploaded copies are the anchor against that;
* uploaded through the outbox (kind `verwerkingslog`), several entries per upload: an entry joins the
  newest upload that has not been tried yet, up to `batch_size` entries.

Search terms are never logged: what someone typed into a search box may itself be personal data (a name,
a BSN, an address). A search is logged by its kind and its number of results (`search_result`).
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, replace
from dataclasses import fields as dataclass_fields
from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import Connection

from caseworker.errors import KnownError
from caseworker.store import Store, Writer
from caseworker.store import outbox_queries as q
from caseworker.sync.outbox import Kind, State, enqueue

GENESIS = "0" * 64
BATCH_SIZE = 100
_UPLOAD_RECORD = "verwerkingslog"  # one record key: uploads go in order


class Action(StrEnum):
    ZOEKEN = "zoeken"
    INZIEN = "inzien"
    WIJZIGEN = "wijzigen"
    EXPORTEREN = "exporteren"


@dataclass(frozen=True)
class LogEntry:
    seq: int
    at: datetime
    user: str
    action: str
    subject_bsn: str | None
    purpose: str
    result: str
    trace_id: str
    prev_hash: str
    hash: str


class TamperedLog(KnownError):
    """The chain does not hold: an entry was changed, removed or inserted outside this module."""

    def __init__(self, seq: int) -> None:
        super().__init__(
            f"Het verwerkingenlogboek is beschadigd of gewijzigd (vanaf regel {seq}). "
            "Neem contact op met de functionaris gegevensbescherming; verander zelf niets."
        )
        self.seq = seq


def search_result(kind: str, hits: int) -> str:
    """The `result` of a search entry: the kind of search and the number of hits, never the terms."""
    return f"{kind}: {hits} resultaten"


def entry_hash(prev_hash: str, fields: dict[str, object]) -> str:
    return hashlib.sha256((prev_hash + q.dumps(fields)).encode()).hexdigest()


def _fields(entry: LogEntry) -> dict[str, object]:
    """The hashed fields. The time in UTC with microseconds: it comes back from the store exactly like
    this, so the hash of a stored entry can be recomputed."""
    return {
        "at": entry.at.astimezone(UTC).isoformat(timespec="microseconds"),
        "user": entry.user,
        "action": entry.action,
        "subject_bsn": entry.subject_bsn,
        "purpose": entry.purpose,
        "result": entry.result,
        "trace_id": entry.trace_id,
    }


class ProcessingLog:
    def __init__(self, batch_size: int = BATCH_SIZE) -> None:
        self.batch_size = batch_size

    def append(
        self,
        target: Writer | Store,
        *,
        user: str,
        action: Action | str,
        subject_bsn: str | None,
        purpose: str,
        result: str,
        trace_id: str | None = None,
        now: datetime,
    ) -> LogEntry:
        """Add an entry, in the caller's write transaction (a Writer) or in one of its own (a Store).

        Blocks (SQLite); needs no network.
        """
        if isinstance(target, Store):
            with target.write() as writer:
                return self.append(
                    writer,
                    user=user,
                    action=action,
                    subject_bsn=subject_bsn,
                    purpose=purpose,
                    result=result,
                    trace_id=trace_id,
                    now=now,
                )
        entry = LogEntry(
            seq=0,
            at=now.astimezone(UTC),
            user=user,
            action=Action(action).value,
            subject_bsn=subject_bsn,
            purpose=purpose,
            result=result,
            trace_id=trace_id or uuid.uuid4().hex,
            prev_hash="",
            hash="",
        )
        conn = q.connection(target)
        prev = q.last_log_hash(conn) or GENESIS
        fields = _fields(entry)
        entry = replace(entry, prev_hash=prev, hash=entry_hash(prev, fields))
        values = {
            **fields,
            "at": entry.at,
            "prev_hash": entry.prev_hash,
            "hash": entry.hash,
            "uploaded": False,
        }
        entry = replace(entry, seq=q.insert_log_entry(conn, values))
        self._queue_upload(target, conn, entry.seq, now)
        return entry

    def _queue_upload(self, writer: Writer, conn: Connection, seq: int, now: datetime) -> None:
        """Join the newest upload if it was never tried (its content is not on any server yet) and has
        room, or start a new one. Reads that one entry only, however many uploads wait (offline for
        weeks): uploads go in order, so an untried upload is always the newest."""
        last = q.last_entry(conn, kind=Kind.VERWERKINGSLOG, state=State.PENDING)
        if last is not None and last.attempts == 0 and len(last.payload["seqs"]) < self.batch_size:
            q.update_entry(conn, last.op_id, payload={"seqs": [*last.payload["seqs"], seq]}, updated_at=now)
            return
        enqueue(
            writer,
            kind=Kind.VERWERKINGSLOG,
            record_key=_UPLOAD_RECORD,
            bsn=None,
            payload={"seqs": [seq]},
            now=now,
        )


def verify(store: Store) -> int:
    """Check the whole chain; returns the number of entries, or raises TamperedLog at the first break."""
    with q.reading(store) as conn:
        rows = q.log_entries(conn)
    prev = GENESIS
    for row in rows:
        entry = LogEntry(**{f: row[f] for f in (f.name for f in dataclass_fields(LogEntry))})
        if entry.prev_hash != prev or entry.hash != entry_hash(prev, _fields(entry)):
            raise TamperedLog(entry.seq)
        prev = entry.hash
    return len(rows)
