"""Crash test (DESIGN §13, §14): a worker pushing the outbox is killed with SIGKILL at random moments and
restarted until the outbox is empty. Every contact must reach the sandbox exactly once, and the cache must
agree with the server."""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

import httpx
import pytest
from sqlalchemy import select as sql_select

from caseworker.api.apis import DEMO_API_TOKEN
from caseworker.domain.bsn import is_valid_bsn
from caseworker.security.audit import verify
from caseworker.services import writes
from caseworker.store import open_store
from caseworker.store import outbox_queries as q
from caseworker.store.models import KlantcontactRow
from caseworker.sync.outbox import Kind, State, reference

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)"),
]

KEY = bytes(range(32))
WORKER = Path(__file__).with_name("sync_worker.py")
REPO = Path(__file__).resolve().parents[2]
# The subprocesses import `caseworker` from this checkout, installed or not.
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
CONTACTS = 30
CLIENTS = 10  # three contacts per citizen: concurrent deliveries race to create the same partij
MAX_KILLS = 25
KILL_WINDOW = 0.8  # seconds after "ready": about one full push of the remaining entries
SEED = 20261129


def read_line(stream: IO[str], seconds: float) -> str:
    ready, _, _ = select.select([stream], [], [], seconds)
    assert ready, f"no output within {seconds} s"
    return stream.readline()


@pytest.fixture
def sandbox_url(tmp_path: Path) -> Iterator[str]:
    command = [
        sys.executable, "-m", "caseworker", "sandbox", "--port", "0", "--persons", "50",
        "--data-dir", str(tmp_path / "sandbox"), "--latency-ms", "80",
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


def citizens(count: int, rng: random.Random) -> list[str]:
    """Valid BSNs outside the sandbox's population (so their partij is created by the outbox)."""
    found: list[str] = []
    while len(found) < count:
        candidate = f"{rng.randrange(100_000_000, 900_000_000):09d}"
        if is_valid_bsn(candidate) and candidate not in found:
            found.append(candidate)
    return found


def run_worker(cache: Path, url: str, kill_after: float | None) -> bool:
    """One worker; killed `kill_after` seconds after it is ready (unless it finished first).
    Returns whether it was killed."""
    command = [sys.executable, str(WORKER), str(cache), url]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=ENV) as proc:
        assert proc.stdout is not None
        assert read_line(proc.stdout, 30).strip() == "ready"
        try:
            proc.wait(kill_after)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            proc.wait(10)
            return True
        assert proc.returncode == 0
        return False


def references_on_server(url: str) -> Counter[str]:
    with httpx.Client(headers={"Authorization": f"Token {DEMO_API_TOKEN}"}, timeout=30) as client:
        response = client.get(f"{url}/klantinteracties/api/v1/klantcontacten", params={"pageSize": 5000})
        response.raise_for_status()
        page = response.json()
    assert page["next"] is None
    return Counter(item["referentienummer"] for item in page["results"] if item["referentienummer"])


def partijen_for(url: str, bsn: str) -> int:
    with httpx.Client(headers={"Authorization": f"Token {DEMO_API_TOKEN}"}, timeout=30) as client:
        response = client.get(
            f"{url}/klantinteracties/api/v1/partijen",
            params={"partijIdentificator__objectId": bsn, "partijIdentificator__codeSoortObjectId": "bsn"},
        )
        response.raise_for_status()
    count: int = response.json()["count"]
    return count


def test_killed_pushes_deliver_every_contact_exactly_once(tmp_path: Path, sandbox_url: str) -> None:
    rng = random.Random(SEED)
    cache = tmp_path / "cache.db"
    clients = citizens(CLIENTS, rng)
    with open_store(cache, KEY) as store:
        for i in range(CONTACTS):
            writes.register_contact(
                store,
                user="wt-demo",
                bsn=clients[i % CLIENTS],
                kanaal="huisbezoek",
                onderwerp=f"Bezoek {i}",
                inhoud=f"Verslag van bezoek {i}.",
                now=datetime.now(UTC),
            )
        with q.reading(store) as conn:
            op_ids = [e.op_id for e in q.entries(conn, states=(State.PENDING,), kind=Kind.KLANTCONTACT)]
    assert len(op_ids) == CONTACTS

    started = time.monotonic()
    kills = mid_delivery = 0
    for _ in range(MAX_KILLS):
        killed = run_worker(cache, sandbox_url, rng.uniform(0, KILL_WINDOW))
        waiting, in_flight = outbox_state(cache)
        kills += killed
        mid_delivery += killed and in_flight > 0
        if not waiting:
            break
    while outbox_state(cache)[0]:  # then let it finish: whatever is left must still go through, once
        run_worker(cache, sandbox_url, None)
    elapsed = time.monotonic() - started

    on_server = references_on_server(sandbox_url)
    duplicates = {op: on_server[reference(op)] for op in op_ids if on_server[reference(op)] != 1}
    print(
        f"\ncrash test: {kills} kills ({mid_delivery} with entries in flight), {CONTACTS} contacts, "
        f"{len(duplicates)} duplicates, {elapsed:.1f} s"
    )
    assert mid_delivery >= 5, "too few kills landed while entries were in flight to test anything"
    assert duplicates == {}
    assert all(partijen_for(sandbox_url, bsn) == 1 for bsn in clients)

    with open_store(cache, KEY) as store, q.reading(store) as conn:
        contacts = [q.entry(conn, op) for op in op_ids]
        projected = set(conn.scalars(sql_select(KlantcontactRow.uuid)))
        uploads = q.entries(conn, states=("pending", "in_flight", "failed"), kind=Kind.VERWERKINGSLOG)
        assert verify(store) == CONTACTS  # the processing log survived every kill intact
    assert all(e is not None and e.state == State.SENT for e in contacts)
    assert {e.result_url.rsplit("/", 1)[-1] for e in contacts if e and e.result_url} <= projected
    assert len(projected) == CONTACTS
    # The project objecttype `verwerking` is not in the sandbox: the log's uploads wait, with the reason.
    assert all("verwerking" in u.last_error for u in uploads if u.attempts)


def outbox_state(cache: Path) -> tuple[list[str], int]:
    """The contacts not yet sent, and how many of them a killed worker left in flight."""
    with open_store(cache, KEY) as store, q.reading(store) as conn:
        waiting = q.entries(
            conn, states=("pending", "in_flight", "failed", "conflict"), kind=Kind.KLANTCONTACT
        )
    return [e.op_id for e in waiting], sum(e.state == State.IN_FLIGHT for e in waiting)
