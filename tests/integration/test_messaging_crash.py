"""Crash test for messages (DESIGN §13, §14): messages written while offline — new conversations with an
attachment, and replies in them — are pushed by a worker that is killed with SIGKILL at random moments and
restarted. On the server every conversation, bericht, document and klantcontact must exist exactly once."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from test_crash_push import ENV, citizens, read_line, run_worker

from caseworker.api.apis import DEMO_API_TOKEN
from caseworker.messaging import local
from caseworker.messaging.compose import Documents, Me, NewAttachment, Outgoing, send_message
from caseworker.messaging.model import Participant, Soort
from caseworker.sandbox.auth import make_zgw_token
from caseworker.store import open_store
from caseworker.store import outbox_queries as q
from caseworker.sync.outbox import Kind, State, reference

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)"),
]

KEY = bytes(range(32))
CLIENTS = 4
MAX_KILLS = 25
KILL_WINDOW = 1.0
SEED = 20261130
ME = Me("wt-demo", "Sanne Demo")
DOCS = Documents("009999991", "Aanvraagformulier")


@pytest.fixture
def sandbox_url(tmp_path: Path) -> Iterator[str]:
    command = [
        sys.executable, "-m", "caseworker", "sandbox", "--port", "0", "--persons", "50",
        "--data-dir", str(tmp_path / "sandbox"), "--latency-ms", "80", "--no-responder",
    ]  # fmt: skip
    log = (tmp_path / "sandbox.log").open("w")  # cut requests make it log tracebacks: expected here
    with log, subprocess.Popen(command, stdout=subprocess.PIPE, stderr=log, text=True, env=ENV) as proc:
        assert proc.stdout is not None
        try:
            line = read_line(proc.stdout, 60)
            assert line.startswith("sandbox listening on "), line
            yield line.removeprefix("sandbox listening on ").strip()
        finally:
            proc.terminate()
            proc.wait(10)


def write_messages(cache: Path, bsns: list[str]) -> list[str]:
    """Per citizen a new conversation with an attachment and a second message in it; returns op_ids."""
    with open_store(cache, KEY) as store:
        for number, bsn in enumerate(bsns):
            citizen = Participant(Soort.BURGER, f"Inwoner {number}")
            first = Outgoing(
                bsn,
                citizen,
                f"Eerste bericht {number}",
                onderwerp=f"Gesprek {number}",
                attachments=(NewAttachment(f"bijlage-{number}.pdf", b"%PDF-1.4\n%%EOF\n"),),
            )
            sent = send_message(store, first, me=ME, documents=DOCS, now=datetime.now(UTC))
            with q.reading(store) as conn:
                [pending] = local.conversations(conn, ME.user_id, [bsn])
            second = Outgoing(bsn, citizen, f"Tweede bericht {number}", conversation=pending)
            send_message(store, second, me=ME, documents=DOCS, now=datetime.now(UTC))
            assert pending.key == sent.conversation
        with q.reading(store) as conn:
            found = q.entries(conn, states=(State.PENDING,))
    return [e.op_id for e in found if e.kind != Kind.VERWERKINGSLOG]


def listing(url: str, path: str, auth: str = f"Token {DEMO_API_TOKEN}") -> list[dict[str, Any]]:
    with httpx.Client(headers={"Authorization": auth}, timeout=30) as client:
        response = client.get(f"{url}{path}", params={"pageSize": 5000})
        response.raise_for_status()
        page = response.json()
    assert page["next"] is None
    results: list[dict[str, Any]] = page["results"]
    return results


def waiting(cache: Path) -> tuple[int, int]:
    """Entries not yet sent, and how many a killed worker left in flight."""
    with open_store(cache, KEY) as store, q.reading(store) as conn:
        found = q.entries(conn, states=("pending", "in_flight", "failed", "conflict"))
    mine = [e for e in found if e.kind != Kind.VERWERKINGSLOG]
    return len(mine), sum(e.state == State.IN_FLIGHT for e in mine)


def test_killed_pushes_deliver_every_message_exactly_once(tmp_path: Path, sandbox_url: str) -> None:
    rng = random.Random(SEED)
    cache = tmp_path / "cache.db"
    op_ids = write_messages(cache, citizens(CLIENTS, rng))
    assert len(op_ids) == CLIENTS * 6  # gesprek, document, bericht, contact; bericht, contact

    kills = mid_delivery = 0
    for _ in range(MAX_KILLS):
        killed = run_worker(cache, sandbox_url, rng.uniform(0, KILL_WINDOW))
        left, in_flight = waiting(cache)
        kills += killed
        mid_delivery += killed and in_flight > 0
        if not left:
            break
    while waiting(cache)[0]:  # then let it finish: whatever is left must still go through, once
        run_worker(cache, sandbox_url, None)

    objects = Counter(
        o["record"]["data"].get("client_op_id") for o in listing(sandbox_url, "/api/v2/objects")
    )
    eio = listing(
        sandbox_url, "/documenten/api/v1/enkelvoudiginformatieobjecten", f"Bearer {make_zgw_token()}"
    )
    documents = Counter(d["identificatie"] for d in eio)
    contacts = Counter(
        c["referentienummer"] for c in listing(sandbox_url, "/klantinteracties/api/v1/klantcontacten")
    )
    with open_store(cache, KEY) as store, q.reading(store) as conn:
        entries = [q.entry(conn, op) for op in op_ids]
    counts = []
    for item in entries:
        assert item is not None and item.state == State.SENT
        if item.kind == Kind.OBJECT:
            counts.append(objects[item.op_id])
        elif item.kind == Kind.DOCUMENT:
            counts.append(documents[f"KT-{reference(item.op_id)}"])
        else:
            counts.append(contacts[reference(item.op_id)])
    print(f"\nmessaging crash: {kills} kills ({mid_delivery} with entries in flight), {len(op_ids)} entries")
    assert mid_delivery >= 3, "too few kills landed while entries were in flight to test anything"
    assert counts == [1] * len(op_ids)
