"""The bulk caseload sync writes the cache a refresh per client writes, in far fewer requests."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select
from test_refresh_helpers import cache, connect

from caseworker.domain.client import SectionName
from caseworker.sandbox.server import RunningSandbox, start_in_thread
from caseworker.store import ScopeKind, Store
from caseworker.store.models import SyncStateRow
from caseworker.store.reads import client_view, scoped_bsns
from caseworker.sync.caseload import CaseloadResult, sync_caseload_with, sync_clients
from caseworker.sync.refresh import Refresher, RefreshResult, SectionRefreshed, StoreRunner

DEMO_USER = "wt-demo"
NO_FAULTS = {"error_rate": 0.0, "paths": ""}
TIMESTAMPS = frozenset({"fetched_at", "error_at"})


@pytest.fixture(scope="module")
def municipality() -> Iterator[RunningSandbox]:
    with start_in_thread(persons=300, seed=5, faults="none") as running:
        yield running


def _without_timestamps(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_timestamps(v) for k, v in value.items() if k not in TIMESTAMPS}
    if isinstance(value, list | tuple):
        return [_without_timestamps(v) for v in value]
    return value


def view_of(store: Store, bsn: str) -> Any:
    view = client_view(store, bsn, datetime.now(UTC))
    assert view is not None, bsn
    return _without_timestamps(asdict(view))


async def _bulk(
    root: str, store: Store, counts: Counter[str], events: list[SectionRefreshed]
) -> CaseloadResult:
    async def count(request: httpx.Request) -> None:
        counts[request.url.path.split("/")[-1] or request.url.path] += 1

    apis = connect(root, on_request=count)
    runner = StoreRunner(store)
    try:
        return await sync_caseload_with(Refresher(apis, runner), DEMO_USER, on_section=events.append)
    finally:
        await apis.aclose()
        await asyncio.to_thread(runner.close)


async def _per_client(root: str, store: Store, bsns: list[str], counts: Counter[str]) -> list[RefreshResult]:
    async def count(request: httpx.Request) -> None:
        counts[request.url.path] += 1

    apis = connect(root, on_request=count)
    runner = StoreRunner(store)
    try:
        # One client after the other: a resource two clients share (a zaak of a household) is cached
        # under one of them, the later one; the bulk sync writes in the clients' order to match.
        return await sync_clients(Refresher(apis, runner), bsns, kind=ScopeKind.CASELOAD, concurrency=1)
    finally:
        await apis.aclose()
        await asyncio.to_thread(runner.close)


def test_bulk_sync_writes_what_a_refresh_per_client_writes(
    municipality: RunningSandbox, tmp_path: Path
) -> None:
    root = municipality.base_url
    bulk_counts: Counter[str] = Counter()
    each_counts: Counter[str] = Counter()
    events: list[SectionRefreshed] = []
    with cache(tmp_path / "bulk") as bulk_store, cache(tmp_path / "each") as each_store:
        result = asyncio.run(_bulk(root, bulk_store, bulk_counts, events))
        clients = result.clients
        assert len(clients) >= 5
        assert all(r.ok for r in result.results), [
            (r.bsn, s.section, s.error) for r in result.results for s in r.sections.values() if not s.ok
        ]
        each = asyncio.run(_per_client(root, each_store, clients, each_counts))
        assert all(r.ok for r in each)

        assert sorted(scoped_bsns(bulk_store, ScopeKind.CASELOAD)) == sorted(clients)
        assert sorted(scoped_bsns(each_store, ScopeKind.CASELOAD)) == sorted(clients)
        assert Counter((e.bsn, e.section) for e in events) == Counter(
            (bsn, name) for bsn in clients for name in SectionName
        )
        assert result.resources == sum(r.resources for r in each)
        for bsn in clients:
            assert view_of(bulk_store, bsn) == view_of(each_store, bsn), bsn
        for bsn in clients:
            with bulk_store.read() as conn:
                states = conn.execute(
                    select(SyncStateRow.section, SyncStateRow.source, SyncStateRow.fetched_at).where(
                        SyncStateRow.bsn == bsn
                    )
                ).all()
            assert {(s, src) for s, src, _ in states} == {(n.value, _source(n)) for n in SectionName}
            assert all(at is not None for _, _, at in states)
        queries = {view_of(each_store, bsn)["person"]["geslachtsnaam"] for bsn in clients[:10]}
        for query in queries:
            assert _found(bulk_store, query) == _found(each_store, query), query
    # Across clients: fewer requests (the gap grows with the caseload; ~1/3 at the demo's 164 clients).
    assert sum(bulk_counts.values()) < 0.7 * sum(each_counts.values()), (bulk_counts, each_counts)
    assert bulk_counts["internetaken"] == 0  # they come expanded with the klantcontacten


def test_a_failing_api_marks_its_sections_and_the_rest_is_written(
    municipality: RunningSandbox, tmp_path: Path
) -> None:
    municipality.set_faults({"error_rate": 1.0, "error_status": 500, "paths": "/besluiten"})
    try:
        with cache(tmp_path) as store:
            result = asyncio.run(_bulk(municipality.base_url, store, Counter(), []))
            with store.read() as conn:
                states = conn.execute(select(SyncStateRow.section, SyncStateRow.error)).all()
    finally:
        municipality.set_faults(NO_FAULTS)
    assert result.clients
    failed = {section for section, error in states if error}
    assert failed == {SectionName.BESLUITEN.value}
    besluiten = [s for s, _ in states if s == SectionName.BESLUITEN.value]
    assert len(besluiten) == len(result.clients)
    assert len(states) == len(result.clients) * len(SectionName)
    for outcome in result.results:
        assert not outcome.sections[SectionName.BESLUITEN].ok
        assert outcome.sections[SectionName.BESLUITEN].error
        assert all(s.ok for name, s in outcome.sections.items() if name is not SectionName.BESLUITEN)


def _source(name: SectionName) -> str:
    from caseworker.domain.client import SECTION_SOURCES

    return SECTION_SOURCES[name]


def _found(store: Store, query: str) -> list[str]:
    return sorted(hit.bsn for hit in store.search_persons(query))
