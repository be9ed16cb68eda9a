"""Opening a client: the cached view at once, the refresh after it; offline the cache still shows."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from test_refresh_helpers import SHORT, cache, connect, count, rich_client

from caseworker.domain.client import ClientView, SectionName
from caseworker.errors import KnownError
from caseworker.events import Connectivity, ConnectivityChanged
from caseworker.sandbox.server import RunningSandbox, start_in_thread
from caseworker.services.client import OpenedClient, close_client, open_client
from caseworker.services.search import SearchHit, search, search_brp
from caseworker.services.session import Session
from caseworker.store import Store
from caseworker.store.models import ProcessingLogEntry, ScopeRow
from caseworker.sync.refresh import SectionRefreshed

Updates = list[tuple[SectionRefreshed, ClientView | None]]


async def open_and_follow(session: Session, bsn: str) -> tuple[OpenedClient, Updates]:
    opened = await open_client(session, bsn)
    updates = [update async for update in opened.updates()]
    close_client(session, bsn)
    return opened, updates


def run_session(root_url: str, store: Store, bsn: str) -> tuple[OpenedClient, Updates, Session]:
    async def main() -> tuple[OpenedClient, Updates, Session]:
        session = Session(connect(root_url, timeouts=SHORT), store, user_id="wt-demo")
        try:
            opened, updates = await open_and_follow(session, bsn)
        finally:
            await session.apis.aclose()
            await asyncio.to_thread(session.runner.close)
        return opened, updates, session

    return asyncio.run(main())


def test_first_opening_fills_the_view_section_by_section(sandbox: RunningSandbox, tmp_path: Path) -> None:
    bsn = rich_client(sandbox)
    with cache(tmp_path) as store:
        opened, updates, _ = run_session(sandbox.base_url, store, bsn)
        logged = count(store, ProcessingLogEntry, subject_bsn=bsn, action="inzien")
        recent = count(store, ScopeRow, bsn=bsn, kind="recent")

    assert opened.view is not None  # the last update's view
    assert sorted(event.section for event, _ in updates) == sorted(SectionName)
    assert all(event.ok for event, _ in updates)
    last = updates[-1][1]
    assert last is not None and last.cases and not last.stale_sections
    assert logged == 1
    assert recent == 1


def test_offline_opening_shows_the_cache_and_says_what_is_stale(tmp_path: Path) -> None:
    with start_in_thread(persons=40, seed=1) as own:
        bsn = rich_client(own)
        with cache(tmp_path) as store:
            run_session(own.base_url, store, bsn)
            root = own.base_url
    changes: list[ConnectivityChanged] = []
    with cache(tmp_path) as store:

        async def main() -> tuple[OpenedClient, Updates, Connectivity]:
            session = Session(connect(root, timeouts=SHORT), store, user_id="wt-demo")
            session.bus.subscribe(ConnectivityChanged, changes.append)
            try:
                initial = await open_client(session, bsn)
                view = initial.view
                updates = [u async for u in initial.updates()]
                initial.view = view
                return initial, updates, session.connectivity.overall
            finally:
                await session.apis.aclose()
                await asyncio.to_thread(session.runner.close)

        opened, updates, overall = asyncio.run(main())
        logged = count(store, ProcessingLogEntry, subject_bsn=bsn, action="inzien")

    cached = opened.view
    assert cached is not None and cached.cases and cached.documents and cached.provisions
    assert not cached.stale_sections  # just refreshed, before the failed attempt
    assert updates and not any(event.ok for event, _ in updates)
    after = updates[-1][1]
    assert after is not None
    assert after.cases == cached.cases  # nothing lost
    assert {s.name for s in after.stale_sections} == set(SectionName)
    assert all(s.error and s.fetched_at for s in after.sections.values())
    assert all("niet bijgewerkt" in s.label(datetime.now(UTC)) for s in after.sections.values())
    assert overall is Connectivity.OFFLINE
    assert {c.service for c in changes if c.state is Connectivity.OFFLINE} >= {"brp", "zaken", "objects"}
    assert logged == 2  # the offline opening is logged like any other


def test_a_client_found_in_the_brp_is_cached_and_can_be_opened(
    sandbox: RunningSandbox, tmp_path: Path
) -> None:
    raw = next(p for p in sandbox.store.iter_collection("brp/personen") if "verblijfplaats" in p)
    born = date.fromisoformat(raw["geboorte"]["datum"]["datum"])
    naam = raw["naam"]
    typed = f"{naam.get('voorvoegsel', '')} {naam['geslachtsnaam']} {born:%d-%m-%Y}".strip()
    adres = raw["verblijfplaats"]["verblijfadres"]
    postcode = f"{adres['postcode'][:4]} {adres['postcode'][4:]} {adres['huisnummer']}"

    async def main(store: Store) -> tuple[list[SearchHit], list[SearchHit], list[SearchHit]]:
        session = Session(connect(sandbox.base_url, timeouts=SHORT), store, user_id="wt-demo")
        try:
            by_name = await search_brp(session, typed)
            by_address = await search_brp(session, postcode)
            cached = await search(store, raw["burgerservicenummer"], user="wt-demo")
            return by_name, by_address, cached
        finally:
            await session.apis.aclose()
            await asyncio.to_thread(session.runner.close)

    with cache(tmp_path) as store:
        by_name, by_address, cached = asyncio.run(main(store))
        searches = count(store, ProcessingLogEntry, action="zoeken")
        recent = count(store, ScopeRow, bsn=raw["burgerservicenummer"], kind="recent")

    bsn = raw["burgerservicenummer"]
    assert bsn in {hit.bsn for hit in by_name}
    assert bsn in {hit.bsn for hit in by_address} and len(by_address) <= 30
    assert [hit.bsn for hit in cached] == [bsn]
    assert cached[0].masked_bsn.endswith(bsn[-3:]) and bsn not in cached[0].masked_bsn
    assert searches == 3 and recent == 1  # two BRP searches and one of the cache


def test_an_invalid_bsn_is_refused_in_dutch_before_any_request(
    sandbox: RunningSandbox, tmp_path: Path
) -> None:
    async def main(store: Store) -> None:
        session = Session(connect(sandbox.base_url, timeouts=SHORT), store, user_id="wt-demo")
        try:
            await search_brp(session, "123456789")
        finally:
            await session.apis.aclose()
            await asyncio.to_thread(session.runner.close)

    with cache(tmp_path) as store, pytest.raises(KnownError, match="elfproef"):
        asyncio.run(main(store))
