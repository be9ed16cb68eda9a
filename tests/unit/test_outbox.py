"""The outbox machinery with a scripted handler: atomic enqueue, FIFO per record, concurrency across records,
state transitions, backoff that survives a restart, and lookup-before-retry after a crash."""

from __future__ import annotations

import asyncio
import string
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any, cast

import pytest
from test_store_helpers import KEY, NOW

from caseworker.api.apis import MunicipalApis
from caseworker.api.errors import InvalidParam, InvalidRequest, Problem, ServiceUnavailable
from caseworker.events import EventBus
from caseworker.security.audit import ProcessingLog
from caseworker.store import Store, Writer, open_store
from caseworker.store import outbox_queries as q
from caseworker.sync import outbox
from caseworker.sync.outbox import (
    Backoff,
    Delivered,
    Job,
    Kind,
    NotEditable,
    Outbox,
    OutboxChanged,
    State,
    enqueue,
    failed_items,
    outbox_summary,
    pending_for,
    reference,
)

KIND = "test"
BSN = "999993653"
NO_APIS = cast(MunicipalApis, None)  # the scripted handler never talks to a server


def _noop(writer: Writer) -> None:
    return None


class Scripted:
    """A handler whose server is a set of op_ids; `fail` maps op_ids to the errors of their next sends."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.server: list[str] = []
        self.lookups: list[str] = []
        self.fail: dict[str, list[Exception]] = {}
        self.in_flight: set[str] = set()
        self.max_in_flight = 0
        self.overlaps: list[tuple[str, str]] = []  # two entries of one record in flight together
        self.together = 1  # how many deliveries a send waits for, to show they run concurrently

    async def _others_join(self, deadline: float = 0.5) -> None:
        """Stay in flight until `together` deliveries are (or the deadline passes: a smaller round)."""
        loop = asyncio.get_running_loop()
        end = loop.time() + deadline
        # A poll with a deadline: a smaller last round never reaches `together`.
        while len(self.in_flight) < self.together and loop.time() < end:  # noqa: ASYNC110
            await asyncio.sleep(0.001)

    async def lookup(self, job: Job) -> Delivered | None:
        self.lookups.append(job.entry.op_id)
        return Delivered(f"srv/{job.entry.op_id}", _noop) if job.entry.op_id in self.server else None

    async def send(self, job: Job) -> Delivered:
        op_id, record = job.entry.op_id, job.entry.record_key
        state = await job.read(lambda conn: q.entry(conn, op_id))
        assert state is not None and state.state == State.IN_FLIGHT  # committed before sending
        self.overlaps += [(op_id, other) for other in self.in_flight if other.startswith(record)]
        self.in_flight.add(f"{record}/{op_id}")
        self.max_in_flight = max(self.max_in_flight, len(self.in_flight))
        await self._others_join()
        self.in_flight.discard(f"{record}/{op_id}")
        errors = self.fail.get(op_id)
        if errors:
            raise errors.pop(0)
        self.server.append(op_id)
        return Delivered(f"srv/{op_id}", _noop)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "cache.db", KEY) as opened:
        yield opened


@pytest.fixture
def handler(store: Store, monkeypatch: pytest.MonkeyPatch) -> Scripted:
    scripted = Scripted(store)
    monkeypatch.setitem(outbox.HANDLERS, KIND, scripted)
    return scripted


def add(store: Store, record: str, text: str = "x", bsn: str | None = BSN) -> str:
    with store.write() as writer:
        return enqueue(writer, kind=KIND, record_key=record, bsn=bsn, payload={"text": text}, now=NOW)


def entry(store: Store, op_id: str) -> q.Entry:
    with q.reading(store) as conn:
        found = q.entry(conn, op_id)
    assert found is not None
    return found


def push(box: Outbox, at: Any = NOW) -> outbox.PushReport:
    return asyncio.run(box.push_pending(NO_APIS, now=at))


def bad_request() -> InvalidRequest:
    problem = Problem(
        status=400,
        title="Ongeldige invoerwaarde.",
        detail="Ongeldige invoerwaarde.",
        invalid_params=[
            InvalidParam("onderwerp", "max_length", "Zorg dat dit veld niet meer dan 200 tekens bevat.")
        ],
    )
    return InvalidRequest("klantinteracties", problem)


def test_enqueue_commits_with_the_callers_transaction_or_not_at_all(store: Store) -> None:
    with pytest.raises(RuntimeError), store.write() as writer:
        enqueue(writer, kind=KIND, record_key="r", bsn=BSN, payload={"text": "weg"}, now=NOW)
        raise RuntimeError("the use case failed after enqueueing")
    assert pending_for(store, BSN) == []
    op_id = add(store, "r", "blijft")
    [item] = pending_for(store, BSN)
    assert (item.op_id, item.kind, item.payload, item.state, item.last_error) == (
        op_id,
        KIND,
        {"text": "blijft"},
        "pending",
        "",
    )
    assert item.created_at == NOW


def test_fifo_per_record_and_concurrency_across_records(store: Store, handler: Scripted) -> None:
    a = [add(store, "A", f"a{i}") for i in range(3)]
    b = [add(store, "B", f"b{i}") for i in range(2)]
    others = [add(store, f"C{i}") for i in range(4)]
    handler.together = 4
    report = push(Outbox(store, concurrency=4))
    assert sorted(report.sent) == sorted(a + b + others)
    assert [op for op in handler.server if op in a] == a
    assert [op for op in handler.server if op in b] == b
    assert handler.overlaps == []
    assert handler.max_in_flight == 4  # bounded, and really concurrent
    assert outbox_summary(store) == outbox.OutboxSummary(0, 0, 0)


def test_a_failed_head_holds_back_its_record_only(store: Store, handler: Scripted) -> None:
    a1, a2 = add(store, "A", "a1"), add(store, "A", "a2")
    b1 = add(store, "B", "b1")
    handler.fail[a1] = [bad_request()]
    report = push(Outbox(store))
    assert report.failed == [a1] and report.sent == [b1]
    failed = entry(store, a1)
    assert failed.state == State.FAILED and failed.attempts == 0
    assert failed.last_error == (
        "De server weigerde dit: Ongeldige invoerwaarde (onderwerp: Zorg dat dit veld niet meer dan 200 "
        "tekens bevat). Pas het aan en probeer opnieuw."
    )
    assert entry(store, a2).state == State.PENDING  # waits behind the failed one
    assert [i.op_id for i in failed_items(store)] == [a1]
    assert push(Outbox(store), NOW + timedelta(hours=1)).sent == []  # not retried on its own
    Outbox(store).retry(a1)
    assert push(Outbox(store)).sent == [a1, a2]
    assert handler.lookups == []  # a refused attempt created nothing: no lookup needed


def test_retryable_failures_back_off_and_the_schedule_survives_a_restart(
    store: Store, handler: Scripted, tmp_path: Path
) -> None:
    op_id = add(store, "A")
    handler.fail[op_id] = [ServiceUnavailable("klantinteracties", "geen verbinding", maybe_sent=False)] * 2
    report = push(Outbox(store))
    assert report.retrying == [op_id]
    first = entry(store, op_id)
    assert (first.state, first.attempts, first.next_attempt_at) == ("pending", 1, NOW + timedelta(seconds=5))
    assert first.last_error.startswith("Nog niet verzonden (geen verbinding)")
    store.close()
    with open_store(tmp_path / "cache.db", KEY) as reopened:
        assert push(Outbox(reopened), NOW + timedelta(seconds=4)).retrying == []  # not due yet
        push(Outbox(reopened), NOW + timedelta(seconds=5))
        assert entry(reopened, op_id).next_attempt_at == NOW + timedelta(seconds=15)
        assert push(Outbox(reopened), NOW + timedelta(seconds=15)).sent == [op_id]
        assert handler.lookups == [op_id, op_id]  # each retry first asked whether it had landed


def test_backoff_doubles_up_to_the_cap_and_respects_retry_after() -> None:
    backoff = Backoff(base=timedelta(seconds=5), cap=timedelta(minutes=1))
    assert [backoff.delay(n).total_seconds() for n in range(1, 7)] == [5, 10, 20, 40, 60, 60]
    assert backoff.delay(1, retry_after=30).total_seconds() == 30
    assert backoff.delay(1, retry_after=3600).total_seconds() == 60


def test_an_entry_left_in_flight_by_a_crash_is_looked_up_and_not_sent_again(
    store: Store, handler: Scripted
) -> None:
    op_id = add(store, "A")
    crashed = Outbox(store)
    [claimed] = crashed._claim(NOW, set())  # the crash: marked in flight, request sent, then killed
    handler.server.append(op_id)  # ... and the server did store it
    box = Outbox(store, settle=timedelta(seconds=10))
    early = push(box, NOW + timedelta(seconds=1))
    assert early.recovered == [op_id] and early.sent == []  # the server may still be processing it
    assert entry(store, op_id).state == State.PENDING
    report = push(box, NOW + timedelta(seconds=10))
    assert report.sent == report.found == [op_id]
    assert handler.server == [claimed.op_id]  # stored once
    assert entry(store, op_id).result_url == f"srv/{op_id}"


def test_user_edits_only_what_cannot_have_reached_the_server(store: Store, handler: Scripted) -> None:
    op_id = add(store, "A", "eerst")
    box = Outbox(store)
    box.edit(op_id, {"text": "verbeterd"})
    assert entry(store, op_id).payload == {"text": "verbeterd"}
    handler.fail[op_id] = [ServiceUnavailable("klantinteracties", "verbinding verbroken")]
    push(box)
    with pytest.raises(NotEditable):
        box.edit(op_id, {"text": "nog eens"})  # the dropped attempt may have landed
    assert entry(store, op_id).payload == {"text": "verbeterd"}
    handler.fail[op_id] = [bad_request()]
    push(box, NOW + timedelta(minutes=1))
    box.edit(op_id, {"text": "korter"})  # refused by the server: safe to edit
    changed = entry(store, op_id)
    assert (changed.state, changed.payload, changed.last_error) == ("pending", {"text": "korter"}, "")
    assert push(box).sent == [op_id]
    with pytest.raises(NotEditable):
        box.retry(op_id)


def test_every_change_emits_the_counts(store: Store, handler: Scripted) -> None:
    events = EventBus()
    seen: list[OutboxChanged] = []
    events.subscribe(OutboxChanged, seen.append)
    ok, bad = add(store, "A"), add(store, "B")
    handler.fail[bad] = [bad_request()]
    push(Outbox(store, events))
    assert seen[-1] == OutboxChanged(pending=0, failed=1, conflicts=0)
    assert len(seen) == 2
    Outbox(store, events).retry(bad)
    assert seen[-1] == OutboxChanged(pending=1, failed=0, conflicts=0)
    assert entry(store, ok).state == State.SENT


def test_sent_entries_are_forgotten_after_a_week_unless_their_record_still_waits(
    store: Store, handler: Scripted
) -> None:
    done, head, waiting = add(store, "A"), add(store, "B"), add(store, "B")
    handler.fail[waiting] = [bad_request()]
    push(Outbox(store))
    push(Outbox(store), NOW + timedelta(days=8))
    with q.reading(store) as conn:
        assert q.entry(conn, done) is None
        assert q.entry(conn, head) is not None  # `waiting` may still need its result
    assert entry(store, waiting).state == State.FAILED


def test_reference_is_ten_stable_characters() -> None:
    ids = [outbox.new_op_id() for _ in range(1000)]
    refs = {reference(i) for i in ids}
    assert len(refs) == 1000
    assert all(len(r) == 10 and set(r) <= set(string.digits + string.ascii_uppercase) for r in refs)
    assert reference("00000000-0000-4000-8000-000000000000") == "0000000000"
    assert reference(ids[0]) == reference(ids[0])


def test_run_pushes_until_stopped(store: Store, handler: Scripted) -> None:
    op_id = add(store, "A")
    events = EventBus()
    box = Outbox(store, events)

    async def main() -> None:
        stop = asyncio.Event()
        events.subscribe(OutboxChanged, lambda event: stop.set())
        await asyncio.wait_for(box.run(NO_APIS, stop, interval=60), 10)

    asyncio.run(main())
    assert entry(store, op_id).state == State.SENT


def test_a_refused_processing_log_upload_is_retried_and_counted_as_stuck_not_failed(
    store: Store, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """An upload is bookkeeping nobody sees: a refusal must not park it (and every later upload behind
    it) in `failed` for good; it is retried with capped backoff and shows up as `internal_stuck`."""
    scripted = Scripted(store)
    monkeypatch.setitem(outbox.HANDLERS, Kind.VERWERKINGSLOG, scripted)
    log = ProcessingLog(batch_size=1)
    for _ in range(2):
        log.append(store, user="u", action="inzien", subject_bsn=BSN, purpose="Wmo", result="r", now=NOW)
    with q.reading(store) as conn:
        first, second = (e.op_id for e in q.entries(conn, states=("pending",), kind=Kind.VERWERKINGSLOG))
    scripted.fail[first] = [bad_request() for _ in range(outbox.STUCK_ATTEMPTS)]
    box = Outbox(store, backoff=Backoff(base=timedelta(seconds=5), cap=timedelta(minutes=1)))
    at = NOW
    for attempt in range(1, outbox.STUCK_ATTEMPTS + 1):
        report = push(box, at)
        assert report.retrying == [first] and report.failed == []
        refused = entry(store, first)
        assert (refused.state, refused.attempts) == (State.PENDING, attempt)
        assert refused.next_attempt_at is not None and refused.next_attempt_at - at <= timedelta(minutes=1)
        assert outbox_summary(store).internal_stuck == (1 if attempt >= outbox.STUCK_ATTEMPTS else 0)
        at = refused.next_attempt_at
    assert outbox_summary(store).failed == 0
    assert any(r.levelname == "WARNING" and first in r.getMessage() for r in caplog.records)
    assert not any(BSN in r.getMessage() for r in caplog.records)
    assert push(box, at).sent == [first, second]  # the later upload was only waiting behind it
    assert outbox_summary(store).internal_stuck == 0
