"""Refreshing a client after the server changed under the cache: what it no longer lists leaves the cache,
and reference data or a relative the server gets wrong degrades one section at most."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from test_refresh_helpers import cache, connect, rich_client, uuid_of

from caseworker.domain.client import SectionName
from caseworker.sandbox.server import RunningSandbox, start_in_thread
from caseworker.store import Store
from caseworker.store.models import (
    BesluitRow,
    DocumentRow,
    KlantcontactRow,
    RawDocument,
    StatusRow,
    VoorzieningRow,
    ZaakRow,
)
from caseworker.store.reads import client_view
from caseworker.sync.refresh import RefreshResult, refresh_client


@pytest.fixture(scope="module")
def sandbox() -> Iterator[RunningSandbox]:
    with start_in_thread(persons=30, seed=11, faults="none") as running:
        yield running


@pytest.fixture(autouse=True)
def no_faults_after(sandbox: RunningSandbox) -> Iterator[None]:
    yield
    sandbox.set_faults({})


def refresh(sandbox: RunningSandbox, store: Store, bsn: str) -> RefreshResult:
    async def main() -> RefreshResult:
        apis = connect(sandbox.base_url)
        try:
            return await refresh_client(apis, store, bsn)
        finally:
            await apis.aclose()

    return asyncio.run(main())


def keys(store: Store, column: Any, bsn_column: Any, bsn: str) -> set[str]:
    with store.read() as conn:
        return set(conn.scalars(select(column).where(bsn_column == bsn)))


def raw_urls(store: Store) -> set[str]:
    with store.read() as conn:
        return set(conn.scalars(select(RawDocument.url)))


def test_what_the_server_no_longer_lists_leaves_the_cache(sandbox: RunningSandbox, tmp_path: Path) -> None:
    st = sandbox.store
    bsn = rich_client(sandbox)
    with cache(tmp_path) as store:
        assert refresh(sandbox, store, bsn).ok
        zaken = keys(store, ZaakRow.url, ZaakRow.bsn, bsn)
        statussen = keys(store, StatusRow.url, StatusRow.bsn, bsn)
        besluiten = keys(store, BesluitRow.url, BesluitRow.bsn, bsn)
        documents = keys(store, DocumentRow.url, DocumentRow.bsn, bsn)
        contacts = keys(store, KlantcontactRow.uuid, KlantcontactRow.bsn, bsn)
        voorzieningen = keys(store, VoorzieningRow.url, VoorzieningRow.bsn, bsn)
        assert len(zaken) >= 2 and besluiten and documents and contacts and voorzieningen

        # On the server: the client is no longer a party to one zaak (its rollen are gone), one
        # klantcontact and one voorziening are deleted.
        with store.read() as conn:
            zaak_of = {url: zaak for url, zaak in conn.execute(select(BesluitRow.url, BesluitRow.zaak_url))}
        gone = sorted(zaak_of[b] for b in besluiten)[0]  # a zaak with a besluit
        for rol in list(st.iter_collection("zaken/rollen")):
            if uuid_of(rol["zaak"]) == uuid_of(gone):
                st.delete("zaken/rollen", rol["uuid"])
        contact = sorted(contacts)[0]
        st.delete("klantinteracties/klantcontacten", contact)
        voorziening = sorted(voorzieningen)[0]
        st.delete("objects/objects", uuid_of(voorziening))

        assert refresh(sandbox, store, bsn).ok
        view = client_view(store, bsn, datetime.now(UTC))
        assert view is not None
        assert gone not in {c.url for c in view.cases}
        assert keys(store, ZaakRow.url, ZaakRow.bsn, bsn) == zaken - {gone}
        gone_statussen = {s for s in statussen if s not in keys(store, StatusRow.url, StatusRow.bsn, bsn)}
        assert gone_statussen  # the zaak's statussen went with it
        assert contact not in keys(store, KlantcontactRow.uuid, KlantcontactRow.bsn, bsn)
        assert voorziening not in keys(store, VoorzieningRow.url, VoorzieningRow.bsn, bsn)
        raw = raw_urls(store)
        assert gone not in raw and voorziening not in raw and not gone_statussen & raw
        remaining_besluiten = keys(store, BesluitRow.url, BesluitRow.bsn, bsn)
        assert remaining_besluiten == {b for b in besluiten if zaak_of[b] != gone} < besluiten
        assert not view.stale_sections


def test_a_relative_with_an_invalid_bsn_from_the_server_degrades_the_household_only(
    sandbox: RunningSandbox, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    st = sandbox.store
    person = next(p for p in st.iter_collection("brp/personen") if p.get("partners") and p.get("kinderen"))
    bad = "123456789"  # fails the elfproef
    changed = {**person, "partners": [{**person["partners"][0], "burgerservicenummer": bad}]}
    st.put("brp/personen", person["burgerservicenummer"], changed)
    try:
        with cache(tmp_path) as store:
            result = refresh(sandbox, store, person["burgerservicenummer"])
            view = client_view(store, person["burgerservicenummer"], datetime.now(UTC))
    finally:
        st.put("brp/personen", person["burgerservicenummer"], person)
    assert result.ok, {s.section: s.error for s in result.sections.values() if not s.ok}
    assert view is not None
    members = {m.person.bsn for m in view.household}
    assert bad not in members and {k["burgerservicenummer"] for k in person["kinderen"]} <= members
    assert not any(bad in r.getMessage() for r in caplog.records)


def test_reference_data_refused_leaves_the_names_out_but_the_sections_fresh(
    sandbox: RunningSandbox, tmp_path: Path
) -> None:
    """A limited application may get 403 on Catalogi (OBSERVED §3.3), or actoren/objecttypes may fail:
    the zaken, tasks and voorzieningen are still refreshed, and the section says what is missing."""
    bsn = rich_client(sandbox)
    sandbox.set_faults({"error_rate": 1, "paths": "/catalogi"})
    with cache(tmp_path) as store:
        result = refresh(sandbox, store, bsn)
        zaken = keys(store, ZaakRow.url, ZaakRow.bsn, bsn)
    zaken_section = result.sections[SectionName.ZAKEN]
    assert zaken_section.ok and zaken
    assert "zaaktypen en statussen ontbreken" in zaken_section.error

    sandbox.set_faults({"error_rate": 1, "paths": "/klantinteracties/api/v1/actoren"})
    with cache(tmp_path / "2") as store:
        tasks = refresh(sandbox, store, bsn).sections[SectionName.INTERNETAKEN]
    assert tasks.ok and "behandelaars ontbreken" in tasks.error
