"""Poll cost of messaging (DESIGN §9, §12): requests and seconds per poll round for a caseload of 200 clients.

Used by run.py, or alone: `python tests/bench/messaging_bench.py [--quick]`. The sandbox runs in its own
process; 200 of its residents get a conversation with three version-2 messages each (written through the
Objects API, as a portal would). Measured: the first round (each client's history once), a quiet round
(nothing new: the steady state), and a round after 20 new messages; each also with 50 ms injected latency
per request. Requests are counted at the HTTP client (every page and every conversation fetched).
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

REPO = Path(__file__).resolve().parents[2]
BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(REPO), str(BENCH)]

from client_bench import sandbox  # noqa: E402

from caseworker.api.apis import DEMO_API_TOKEN, MunicipalApis, demo_settings  # noqa: E402
from caseworker.domain.bsn import is_valid_bsn  # noqa: E402
from caseworker.messaging.model import stamp  # noqa: E402
from caseworker.messaging.service import Messaging, MessagingSettings  # noqa: E402
from caseworker.store import open_store  # noqa: E402

Figures = dict[str, Any]
KEY = bytes(range(32))
CLIENTS = 200
QUIET_ROUNDS = 5


def _bsns(count: int) -> list[str]:
    """Valid, distinct BSNs in the demo range: a poll needs nothing else of a client."""
    found: list[str] = []
    number = 999_000_000
    while len(found) < count:
        number += 1
        if is_valid_bsn(f"{number:09d}"):
            found.append(f"{number:09d}")
    return found


def _seed(url: str, bsns: list[str], start: datetime) -> None:
    """One conversation with three messages from the citizen per client, as a portal writes them."""
    headers = {"Authorization": f"Token {DEMO_API_TOKEN}", "Content-Crs": "EPSG:4326"}
    with httpx.Client(base_url=url, headers=headers, timeout=30) as client:
        types = {t["name"]: t["url"] for t in client.get("/api/v2/objecttypes").json()["results"]}
        for number, bsn in enumerate(bsns):
            citizen = {"soort": "burger", "naam": f"Inwoner {number}"}
            me = {"soort": "medewerker", "naam": "Sanne Demo", "identificatie": "wt-demo"}
            data = {
                "bsn": bsn,
                "onderwerp": "Aanvraag",
                "aangemaakt_op": stamp(start),
                "deelnemers": [citizen, me],
            }
            gesprek = _create(client, types["gesprek"], 2, data)
            for minute in range(3):
                _message(client, types["bericht"], gesprek, bsn, start + timedelta(minutes=minute))


def _create(client: httpx.Client, type_url: str, version: int, data: dict[str, Any]) -> str:
    body = {"type": type_url, "record": {"typeVersion": version, "data": data, "startAt": "2026-01-01"}}
    response = client.post("/api/v2/objects", json=body)
    response.raise_for_status()
    return str(response.json()["url"])


def _message(client: httpx.Client, type_url: str, gesprek: str, bsn: str, at: datetime) -> None:
    data = {
        "gesprek": gesprek,
        "bsn": bsn,
        "afzender": {"soort": "burger", "naam": "Inwoner"},
        "tekst": "Hebt u mijn formulier ontvangen?",
        "verzonden_op": stamp(at),
        "bijlagen": [],
    }
    _create(client, type_url, 2, data)


def _new_messages(url: str, bsns: list[str], count: int) -> None:
    headers = {"Authorization": f"Token {DEMO_API_TOKEN}", "Content-Crs": "EPSG:4326"}
    with httpx.Client(base_url=url, headers=headers, timeout=30) as client:
        types = {t["name"]: t["url"] for t in client.get("/api/v2/objecttypes").json()["results"]}
        params = {
            "type": types["gesprek"],
            "data_attrs": f"bsn__in__{'|'.join(bsns[:count])}",
            "pageSize": 500,
        }
        for gesprek in client.get("/api/v2/objects", params=params).json()["results"]:
            bsn = gesprek["record"]["data"]["bsn"]
            _message(client, types["bericht"], gesprek["url"], bsn, datetime.now(UTC))


async def _rounds(url: str, bsns: list[str], folder: Path, label: str) -> Figures:
    apis = MunicipalApis.connect(demo_settings(url, user_id="wt-demo", user_representation="Sanne Demo"))
    requests = 0
    original = apis.objects.http.get

    async def counted(*args: Any, **kwargs: Any) -> Any:
        nonlocal requests
        requests += 1
        return await original(*args, **kwargs)

    apis.objects.http.get = counted  # type: ignore[method-assign]
    store = open_store(folder / f"cache-{label}.db", KEY)
    messaging = Messaging(apis, store, user_id="wt-demo", settings=MessagingSettings.demo())
    figures: Figures = {}
    try:
        await messaging.queries.type_url("bericht")  # looked up once per session, not per round

        async def measure(name: str) -> None:
            nonlocal requests
            requests = 0
            started = time.perf_counter()
            report = await messaging.poller.poll(bsns)
            figures[f"messaging_poll_{name}_{label}_s"] = round(time.perf_counter() - started, 3)
            figures[f"messaging_poll_{name}_{label}_requests"] = requests
            figures[f"messaging_poll_{name}_{label}_new"] = report.new

        await measure("first")
        quiet = []
        for _ in range(QUIET_ROUNDS):
            started = time.perf_counter()
            requests = 0
            await messaging.poller.poll(bsns)
            quiet.append(time.perf_counter() - started)
        figures[f"messaging_poll_quiet_{label}_s"] = round(statistics.median(quiet), 3)
        figures[f"messaging_poll_quiet_{label}_requests"] = requests
        await asyncio.to_thread(_new_messages, url, bsns, 20)
        await measure("20new")
    finally:
        store.close()
        await apis.aclose()
    return figures


def _latency(url: str, milliseconds: int) -> None:
    response = httpx.put(f"{url}/_sandbox/faults", json={"latency_ms": milliseconds}, timeout=10)
    response.raise_for_status()


def bench_messaging(quick: bool) -> Figures:
    """Poll cost for a caseload of 200 clients, without and with 50 ms latency per request."""
    figures: Figures = {"messaging_poll_clients": CLIENTS}
    bsns = _bsns(CLIENTS)
    # Started with latency so that the fault control endpoint exists; seeded without it.
    with (
        tempfile.TemporaryDirectory() as folder,
        sandbox(200 if quick else 400, Path(folder) / "sb", 1) as url,
    ):
        _latency(url, 0)
        _seed(url, bsns, datetime.now(UTC) - timedelta(days=2))
        for latency in (0, 50):
            _latency(url, latency)
            figures.update(asyncio.run(_rounds(url, bsns, Path(folder), f"{latency}ms")))
    return figures


if __name__ == "__main__":
    import json

    print(json.dumps(bench_messaging("--quick" in sys.argv), indent=2))
