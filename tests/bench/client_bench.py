"""Benchmarks of the client's read side (DESIGN §12): search, the cached view, refresh, caseload sync, memory.

Used by run.py. The sandbox runs in its own process so that the client does not share
its interpreter; the cache holds 50 000 synthetic persons before the caseload is synced into it.
"""

from __future__ import annotations

import asyncio
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(REPO), str(BENCH)]

import store_bench  # noqa: E402

from caseworker.api.apis import MunicipalApis, demo_settings  # noqa: E402
from caseworker.domain.client import SectionName  # noqa: E402
from caseworker.services.search import search_cached  # noqa: E402
from caseworker.services.session import freeze_startup_objects  # noqa: E402
from caseworker.store import ScopeKind, Store, open_store  # noqa: E402
from caseworker.store.reads import client_view, scoped_bsns  # noqa: E402
from caseworker.sync.caseload import sync_caseload_with, sync_clients  # noqa: E402
from caseworker.sync.refresh import Refresher, StoreRunner  # noqa: E402

Figures = dict[str, Any]
KEY = store_bench.KEY
CACHED_PERSONS = 50_000
DEMO_USER = "wt-demo"


@contextmanager
def sandbox(persons: int, data_dir: Path, latency_ms: int = 0) -> Iterator[str]:
    command = [sys.executable, "-m", "caseworker", "sandbox", "--port", "0"]
    command += ["--persons", str(persons), "--data-dir", str(data_dir), "--latency-ms", str(latency_ms)]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=REPO, env=env) as proc:
        try:
            assert proc.stdout is not None
            line = proc.stdout.readline()
            match = re.search(r"sandbox listening on (http://\S+)", line)
            if not match:
                raise RuntimeError(f"sandbox did not start: {line!r}")
            yield match.group(1)
        finally:
            proc.terminate()
            proc.wait(timeout=30)


def connect(root: str) -> MunicipalApis:
    return MunicipalApis.connect(demo_settings(root, user_id=DEMO_USER, user_representation="Sanne Demo"))


def p95(times: list[float]) -> float:
    ordered = sorted(times)
    return round(ordered[max(0, int(len(ordered) * 0.95) - 1)], 3)


def fill_cache(store: Store) -> list[str]:
    """50 000 cached persons; returns typical search-as-you-type queries over them."""
    persons = store_bench.synthetic_persons(CACHED_PERSONS)
    store_bench.insert(store, persons)
    return store_bench.typical_queries(persons, random.Random(7))


def bench_search(store: Store, queries: list[str]) -> Figures:
    for query in queries[:20]:  # a running app has the pages it searches in its cache
        search_cached(store, query)
    service = store_bench.timed(lambda q: search_cached(store, q), queries)
    raw = store_bench.raw_fts(store.path)
    reference = store_bench.timed(raw, queries)
    raw.close()  # type: ignore[attr-defined]
    return {"search_p95_ms": service["p95_ms"], "search_fts_raw_p95_ms": reference["p95_ms"]}


async def _with_refresher(
    root: str, store: Store, work: Callable[[Refresher], Awaitable[Any]], **kw: Any
) -> Any:
    apis = connect(root)
    runner = StoreRunner(store)
    try:
        return await work(Refresher(apis, runner, **kw))
    finally:
        await apis.aclose()
        await asyncio.to_thread(runner.close)


async def _watched(work: Awaitable[Any]) -> tuple[Any, float, float]:
    """`work` with a watchdog measuring how late the loop wakes it every 5 ms; (result, seconds, max lag)."""
    lag = 0.0
    done = asyncio.Event()

    async def watchdog() -> None:
        nonlocal lag
        while not done.is_set():
            started = time.perf_counter()
            await asyncio.sleep(0.005)
            lag = max(lag, time.perf_counter() - started - 0.005)

    dog = asyncio.ensure_future(watchdog())
    started = time.perf_counter()
    try:
        result = await work
    finally:
        elapsed = time.perf_counter() - started
        done.set()
        await dog
    return result, elapsed, lag


def bench_sync(root: str, store: Store, clients: int | None) -> Figures:
    """The caseload sync (`clients` None: the demo user's caseload; else that many zaak clients)."""

    async def work(refresher: Refresher) -> tuple[int, int, bool]:
        if clients is None:
            caseload = await sync_caseload_with(refresher, DEMO_USER)
            return len(caseload.clients), caseload.resources, all(r.ok for r in caseload.results)
        bsns = await zaak_clients(refresher.apis, clients)
        results = await sync_clients(refresher, bsns, kind=ScopeKind.CASELOAD)
        return len(bsns), sum(r.resources for r in results), all(r.ok for r in results)

    freeze_startup_objects()  # as the app does once it has started
    (count, resources, ok), elapsed, lag = asyncio.run(
        _with_refresher(root, store, lambda refresher: _watched(work(refresher)))
    )
    return {
        "sync_caseload_clients": count,
        "sync_resources": resources,
        "sync_all_sections_ok": ok,
        "sync_s": round(elapsed, 2),
        "sync_resources_per_s": round(resources / elapsed),
        "max_loop_stall_ms": round(lag * 1000, 1),
    }


async def zaak_clients(apis: MunicipalApis, wanted: int) -> list[str]:
    """`wanted` persons who have a zaak (a caseload bigger than the demo user's own, which is ≤ 150)."""
    rollen = await apis.zaken.http.list_all("rollen", {"betrokkeneType": "natuurlijk_persoon"})
    bsns = [r["betrokkeneIdentificatie"]["inpBsn"] for r in rollen if r.get("betrokkeneIdentificatie")]
    return list(dict.fromkeys(bsns))[:wanted]


def bench_open_view(store: Store, bsns: list[str]) -> Figures:
    now = datetime.now(UTC)
    for bsn in bsns[:10]:
        client_view(store, bsn, now)
    times = []
    for bsn in bsns * 3:
        started = time.perf_counter()
        client_view(store, bsn, now)
        times.append((time.perf_counter() - started) * 1000)
    return {"open_view_p95_ms": p95(times), "open_view_median_ms": round(statistics.median(times), 3)}


_RSS_CHILD = """
import sys
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from caseworker.store import open_store
from caseworker.store.reads import client_view
from caseworker.services.search import search_cached
store = open_store(Path(sys.argv[1]), bytes(range(32)))
search_cached(store, "jan")
client_view(store, sys.argv[2], datetime.now(UTC))
rss = next(line for line in open("/proc/self/status") if line.startswith("VmRSS:"))
print(int(rss.split()[1]) / 1024)
"""


def bench_rss(path: Path, bsn: str) -> Figures:
    """Resident memory of a fresh process with the 50 000-person cache open, after a search and a view."""
    out = subprocess.run(
        [sys.executable, "-c", _RSS_CHILD, str(path), bsn],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=True,
    )
    return {"rss_mb_50k": round(float(out.stdout.strip()), 1)}


async def _refresh_timings(refresher: Refresher) -> tuple[str, float, float]:
    """A warm refresh (median of 3) and the slowest of single requests of three APIs."""
    apis = refresher.apis
    bsn = (await zaak_clients(apis, 1))[0]
    await refresher.refresh_client(bsn)  # cold: fills the cache and the reference data
    concurrent = statistics.median([await _timed(refresher.refresh_client(bsn)) for _ in range(3)])
    singles: list[Callable[[], Awaitable[Any]]] = [
        partial(apis.brp.person, bsn),
        partial(apis.zaken.zaken_for_bsn, bsn),
        partial(apis.klantinteracties.partij_for_bsn, bsn),
    ]
    slowest = max([await _timed(request()) for request in singles])
    return bsn, concurrent, slowest


def bench_refresh(persons: int, latency_ms: int = 50) -> Figures:
    """One client's refresh, all sources concurrently vs one request at a time, with injected latency."""
    with (
        tempfile.TemporaryDirectory() as tmp,
        sandbox(persons, Path(tmp), latency_ms) as root,
        open_store(Path(tmp) / "cache.db", KEY) as store,
    ):
        bsn, concurrent, slowest = asyncio.run(_with_refresher(root, store, _refresh_timings))
        one_by_one = partial(
            _with_refresher, root, store, lambda r: _timed(r.refresh_client(bsn)), max_in_flight=1
        )
        sequential = asyncio.run(one_by_one())
    return {
        "refresh_sources": len(SectionName),
        "refresh_8_sources_s": round(concurrent, 3),
        "refresh_sequential_s": round(sequential, 3),
        "refresh_slowest_single_request_s": round(slowest, 3),
        "refresh_vs_slowest_request": round(concurrent / slowest, 2),
        "refresh_latency_ms": latency_ms,
    }


async def _timed(work: Awaitable[Any]) -> float:
    started = time.perf_counter()
    await work
    return time.perf_counter() - started


def bench_client(quick: bool) -> Figures:
    figures: Figures = {}
    figures.update(bench_refresh(2000))
    caseload = None if quick else 2000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with open_store(folder / "cache.db", KEY) as store:
            queries = fill_cache(store)
            figures.update(bench_search(store, queries))
            with sandbox(2000 if quick else 4000, folder / "sandbox") as root:
                figures.update(bench_sync(root, store, caseload))
            clients = scoped_bsns(store, ScopeKind.CASELOAD)
            figures.update(bench_open_view(store, clients))
        figures.update(bench_rss(folder / "cache.db", clients[0]))
    if quick:
        figures["sync_note"] = "quick: the demo user's caseload, not 2000 clients"
    return figures
