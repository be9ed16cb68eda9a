"""Refreshing a client against the sandbox: every section is written, and known zaken are revalidated."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path

import httpx
from sqlalchemy import select
from test_refresh_helpers import cache, connect, count, rich_client, uuid_of

from caseworker.domain.client import SectionName
from caseworker.events import EventBus
from caseworker.sandbox.server import RunningSandbox
from caseworker.store import Store
from caseworker.store.models import RawDocument, SyncStateRow, ZaakRow
from caseworker.store.reads import client_view
from caseworker.sync.refresh import RefreshResult, SectionRefreshed, refresh_client


def refresh(sandbox: RunningSandbox, store: Store, bsn: str, **kwargs: object) -> RefreshResult:
    async def main() -> RefreshResult:
        apis = connect(sandbox.base_url, **kwargs)  # type: ignore[arg-type]
        try:
            return await refresh_client(apis, store, bsn, bus=bus)
        finally:
            await apis.aclose()

    bus = EventBus()
    return asyncio.run(main())


def sandbox_zaken(sandbox: RunningSandbox, bsn: str) -> set[str]:
    """The uuids of the client's zaken (the sandbox keeps URLs on its own host name)."""
    return {
        uuid_of(rol["zaak"])
        for rol in sandbox.store.iter_collection("zaken/rollen")
        if rol["betrokkeneType"] == "natuurlijk_persoon" and rol["betrokkeneIdentificatie"]["inpBsn"] == bsn
    }


def test_refresh_writes_every_section(sandbox: RunningSandbox, tmp_path: Path) -> None:
    bsn = rich_client(sandbox)
    events: list[SectionRefreshed] = []
    bus = EventBus()
    bus.subscribe(SectionRefreshed, events.append)

    async def main(store: Store) -> RefreshResult:
        apis = connect(sandbox.base_url)
        try:
            return await refresh_client(apis, store, bsn, bus=bus)
        finally:
            await apis.aclose()

    with cache(tmp_path) as store:
        result = asyncio.run(main(store))
        view = client_view(store, bsn, datetime.now(UTC))
        states = count(store, SyncStateRow, bsn=bsn, error="")

    assert result.ok, {s.section: s.error for s in result.sections.values() if not s.ok}
    assert sorted(e.section for e in events) == sorted(SectionName)
    assert states == len(SectionName)
    assert view is not None
    assert view.person.bsn == bsn
    assert not view.stale_sections
    zaken = sandbox_zaken(sandbox, bsn)
    assert {uuid_of(c.url) for c in view.cases} == zaken
    assert all(c.zaaktype and c.domain and c.status and c.statuses and c.roles for c in view.cases)
    zio = [
        d
        for d in sandbox.store.iter_collection("zaken/zaakinformatieobjecten")
        if uuid_of(d["zaak"]) in zaken
    ]
    assert {uuid_of(d.url) for d in view.documents} == {uuid_of(d["informatieobject"]) for d in zio}
    assert all(d.zaak_url and uuid_of(d.zaak_url) in zaken for d in view.documents)
    besluiten = [
        b for b in sandbox.store.iter_collection("besluiten/besluiten") if uuid_of(b["zaak"]) in zaken
    ]
    assert sum(len(c.decisions) for c in view.cases) == len(besluiten) > 0
    voorzieningen = [
        o for o in sandbox.store.iter_collection("objects/objects") if o["record"]["data"].get("bsn") == bsn
    ]
    assert view.provisions
    assert {uuid_of(p.url) for p in view.provisions} <= {uuid_of(o["url"]) for o in voorzieningen}


def test_second_refresh_revalidates_known_zaken(sandbox: RunningSandbox, tmp_path: Path) -> None:
    bsn = rich_client(sandbox)
    conditional: list[str] = []

    async def seen(request: httpx.Request) -> None:
        if "if-none-match" in request.headers:
            conditional.append(str(request.url))

    with cache(tmp_path) as store:
        refresh(sandbox, store, bsn)
        before = stored_zaken(store, bsn)
        second = refresh(sandbox, store, bsn, on_request=seen)
        after = stored_zaken(store, bsn)
        with store.read() as conn:
            zaken_synced = conn.scalar(
                select(SyncStateRow.fetched_at).where(
                    SyncStateRow.bsn == bsn, SyncStateRow.section == "zaken"
                )
            )

    assert second.ok
    assert before and after == before  # 304: same ETag, same fetch time: the cached zaak was kept as it was
    assert set(before) <= set(conditional)
    assert zaken_synced == second.sections[SectionName.ZAKEN].fetched_at


def stored_zaken(store: Store, bsn: str) -> dict[str, tuple[str | None, datetime]]:
    query = (
        select(ZaakRow.url, ZaakRow.etag, RawDocument.fetched_at)
        .join(RawDocument, RawDocument.url == ZaakRow.url)
        .where(ZaakRow.bsn == bsn)
    )
    with store.read() as conn:
        return {url: (etag, at) for url, etag, at in conn.execute(query)}
