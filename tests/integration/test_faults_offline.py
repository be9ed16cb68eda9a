"""Fault tests (DESIGN §13): with latency, errors, hanging requests and broken bodies, searching and the
cached views keep working, nothing cached is lost, and sync_state and connectivity say what is wrong."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from test_refresh_helpers import SHORT, cache, connect, count, rich_client

from caseworker.domain.client import SectionName
from caseworker.events import Connectivity
from caseworker.sandbox.server import RunningSandbox, start_in_thread
from caseworker.services.search import search_cached
from caseworker.store import Store
from caseworker.store.models import CLIENT_TABLES, PersonRow, SyncStateRow
from caseworker.store.reads import client_view
from caseworker.sync.connectivity import ConnectivityMonitor
from caseworker.sync.refresh import Refresher, RefreshResult, StoreRunner

SECTION_TIMEOUT = 3.0
NO_FAULTS: dict[str, Any] = {}


@pytest.fixture(scope="module")
def faulty() -> Iterator[RunningSandbox]:
    with start_in_thread(persons=40, seed=1, faults="none") as running:
        yield running


@pytest.fixture
def warm(faulty: RunningSandbox, tmp_path: Path) -> Iterator[tuple[Store, str]]:
    """A cache holding the richest client, refreshed while nothing was wrong."""
    faulty.set_faults(NO_FAULTS)
    bsn = rich_client(faulty)
    with cache(tmp_path) as store:
        result, _ = refresh_times(faulty, store, bsn, 1)
        assert result[0].ok
        yield store, bsn
    faulty.set_faults(NO_FAULTS)


def refresh_times(
    sandbox: RunningSandbox, store: Store, bsn: str, times: int
) -> tuple[list[RefreshResult], ConnectivityMonitor]:
    async def main() -> tuple[list[RefreshResult], ConnectivityMonitor]:
        apis = connect(sandbox.base_url, timeouts=SHORT)
        runner = StoreRunner(store)
        refresher = Refresher(apis, runner, section_timeout=SECTION_TIMEOUT)
        try:
            return [await refresher.refresh_client(bsn) for _ in range(times)], refresher.connectivity
        finally:
            await apis.aclose()
            await asyncio.to_thread(runner.close)

    return asyncio.run(main())


def rows(store: Store) -> dict[str, int]:
    return {model.__tablename__: count(store, model) for model in CLIENT_TABLES if model is not SyncStateRow}


def test_a_failing_api_degrades_its_section_only(faulty: RunningSandbox, warm: tuple[Store, str]) -> None:
    store, bsn = warm
    before = rows(store)
    faulty.set_faults({"error_rate": 1.0, "error_status": 500, "paths": "/api/v2"})  # the Objects API

    [result], connectivity = refresh_times(faulty, store, bsn, 1)

    failed = {s.section for s in result.sections.values() if not s.ok}
    assert failed == {SectionName.VOORZIENINGEN}
    assert rows(store) == before
    view = client_view(store, bsn, datetime.now(UTC))
    assert view is not None and view.provisions  # the cached provisions stay visible
    section = view.section(SectionName.VOORZIENINGEN)
    assert section.stale and "500" in section.error and section.fetched_at is not None
    assert connectivity.state("objects") is Connectivity.DEGRADED
    assert connectivity.state("zaken") is Connectivity.ONLINE
    assert connectivity.overall is Connectivity.DEGRADED


def test_a_hanging_api_times_out_and_counts_as_offline(
    faulty: RunningSandbox, warm: tuple[Store, str]
) -> None:
    store, bsn = warm
    faulty.set_faults({"hang_rate": 1.0, "paths": "/haalcentraal"})  # the BRP

    started = time.monotonic()
    [result], connectivity = refresh_times(faulty, store, bsn, 1)

    assert time.monotonic() - started < SECTION_TIMEOUT + 2
    failed = {s.section for s in result.sections.values() if not s.ok}
    assert failed == {SectionName.PERSON, SectionName.HOUSEHOLD}
    assert connectivity.state("brp") is Connectivity.OFFLINE
    view = client_view(store, bsn, datetime.now(UTC))
    assert view is not None and view.person.bsn == bsn
    assert view.section(SectionName.PERSON).error
    assert [hit.bsn for hit in search_cached(store, bsn)] == [bsn]


def test_under_mixed_faults_nothing_is_lost_and_every_failure_is_recorded(
    faulty: RunningSandbox, warm: tuple[Store, str]
) -> None:
    store, bsn = warm
    before = rows(store)
    name = client_view(store, bsn, datetime.now(UTC)).person.geslachtsnaam  # type: ignore[union-attr]
    faulty.set_faults(
        {
            "latency_ms": 20,
            "latency_jitter_ms": 30,
            "error_rate": 0.15,
            "error_status": 503,
            "retry_after": 0,
            "hang_rate": 0.03,
            "truncate_rate": 0.05,
            "html_rate": 0.05,
            "drop_rate": 0.03,
            "seed": 11,
        }
    )

    results, connectivity = refresh_times(faulty, store, bsn, 4)

    outcomes = [s for r in results for s in r.sections.values()]
    assert any(not s.ok for s in outcomes), "the faults should have broken something"
    assert all(s.error for s in outcomes if not s.ok)
    after = rows(store)
    assert all(after[table] >= before[table] for table in before), (before, after)
    assert count(store, PersonRow, bsn=bsn) == 1
    assert bsn in {hit.bsn for hit in search_cached(store, name)}
    view = client_view(store, bsn, datetime.now(UTC))
    assert view is not None and view.cases and view.documents
    last = results[-1]
    for section in view.sections.values():
        assert bool(section.error) == (not last.sections[section.name].ok)
    assert connectivity.overall is not Connectivity.ONLINE or all(s.ok for s in last.sections.values())

    faulty.set_faults(NO_FAULTS)
    [healed], connectivity = refresh_times(faulty, store, bsn, 1)
    assert healed.ok
    assert count(store, SyncStateRow, bsn=bsn, error="") == len(SectionName)
    assert connectivity.overall is Connectivity.ONLINE
