"""The processing log: append-only in the database, hash-chained, queued for upload in batches."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from test_store_helpers import KEY, NOW

from caseworker.security.audit import GENESIS, Action, ProcessingLog, TamperedLog, search_result, verify
from caseworker.store import Store, open_store
from caseworker.store import outbox_queries as q
from caseworker.store.engine import connect
from caseworker.sync.outbox import Kind, outbox_summary

BSN = "999993653"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "cache.db", KEY) as opened:
        yield opened


def fill(store: Store, count: int, log: ProcessingLog | None = None) -> None:
    log = log or ProcessingLog()
    for i in range(count):
        log.append(
            store,
            user="wt-demo",
            action=Action.INZIEN if i % 2 else Action.ZOEKEN,
            subject_bsn=BSN if i % 2 else None,
            purpose="Wmo-ondersteuning",
            result=search_result("naam", 3) if i % 2 == 0 else "getoond (offline)",
            trace_id=f"trace-{i}",
            now=NOW + timedelta(microseconds=i * 1001),
        )


def test_entries_form_a_sha256_chain_from_64_zeros(store: Store) -> None:
    fill(store, 3)
    with q.reading(store) as conn:
        rows = q.log_entries(conn)
    assert rows[0]["prev_hash"] == GENESIS
    assert [r["prev_hash"] for r in rows[1:]] == [r["hash"] for r in rows[:-1]]
    first = rows[0]
    fields = {
        "action": "zoeken",
        "at": NOW.isoformat(timespec="microseconds"),
        "purpose": "Wmo-ondersteuning",
        "result": "naam: 3 resultaten",
        "subject_bsn": None,
        "trace_id": "trace-0",
        "user": "wt-demo",
    }
    canonical = json.dumps(fields, sort_keys=True, separators=(",", ":"))
    assert first["hash"] == hashlib.sha256((GENESIS + canonical).encode()).hexdigest()
    assert verify(store) == 3


def test_the_database_refuses_to_change_or_delete_an_entry(store: Store) -> None:
    fill(store, 2)
    raw = connect(store.path, KEY)
    try:
        for statement in (
            "UPDATE processing_log SET result = 'niets' WHERE seq = 1",
            "DELETE FROM processing_log",
        ):
            with pytest.raises(Exception, match="append-only"):
                raw.execute(statement)
        raw.execute("UPDATE processing_log SET uploaded = 1 WHERE seq = 1")  # the one column that may change
    finally:
        raw.close()
    assert verify(store) == 2


@pytest.mark.parametrize(
    "tamper",
    [
        "UPDATE processing_log SET subject_bsn = '111222333' WHERE seq = 2",
        "UPDATE processing_log SET at = '2026-06-01 11:00:00.000000' WHERE seq = 2",
        "DELETE FROM processing_log WHERE seq = 2",
    ],
)
def test_verify_finds_tampering_with_the_triggers_dropped(store: Store, tamper: str) -> None:
    fill(store, 4)
    raw = connect(store.path, KEY)
    try:
        raw.execute("DROP TRIGGER processing_log_no_update")
        raw.execute("DROP TRIGGER processing_log_no_delete")
        raw.execute(tamper)
    finally:
        raw.close()
    with pytest.raises(TamperedLog) as caught:
        verify(store)
    assert caught.value.seq in (2, 3)
    assert "verwerkingenlogboek" in caught.value.user_message


def test_entries_are_queued_for_upload_in_batches_outside_the_users_counts(store: Store) -> None:
    fill(store, 5, ProcessingLog(batch_size=2))
    with q.reading(store) as conn:
        uploads = q.entries(conn, states=("pending",), kind=Kind.VERWERKINGSLOG)
    assert [u.payload["seqs"] for u in uploads] == [[1, 2], [3, 4], [5]]
    assert {u.record_key for u in uploads} == {"verwerkingslog"}
    assert outbox_summary(store).pending == 0  # bookkeeping, not the user's writes


def test_a_log_entry_written_inside_a_failed_transaction_is_gone_with_it(store: Store) -> None:
    with pytest.raises(RuntimeError), store.write() as writer:
        ProcessingLog().append(
            writer, user="u", action="wijzigen", subject_bsn=BSN, purpose="p", result="r", now=NOW
        )
        raise RuntimeError
    assert verify(store) == 0
    with pytest.raises(ValueError):
        ProcessingLog().append(
            store, user="u", action="bekijken", subject_bsn=None, purpose="p", result="r", now=NOW
        )
