"""The client view read back from the cache: assembled from projections, raw documents and sync state."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import event
from test_store_helpers import KEY, NOW, brp_fetched, fetched, person, synthetic_bsns

from caseworker.api.besluiten import Besluit
from caseworker.api.documenten import Document
from caseworker.api.klantinteracties import InterneTaak, Klantcontact
from caseworker.api.objects import ApiObject
from caseworker.api.zaken import Status, Zaak
from caseworker.domain.client import SectionName
from caseworker.domain.household import Relation, assemble_household
from caseworker.store import ScopeKind, Store, Writer, open_store
from caseworker.store.reads import cached_resources, client_view, watched_bsns

CLIENT, PARTNER, OTHER = synthetic_bsns(3, seed=5)
ZT = "https://cat/zaaktypen/1"
ST_START, ST_BUSY = "https://cat/statustypen/1", "https://cat/statustypen/2"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "cache.db", KEY) as opened:
        yield opened


def zaak_url(n: int) -> str:
    return f"https://zaken/zaken/{n}"


def save_client(writer: Writer, zaken: int = 1) -> None:
    client = person(CLIENT, "Jansen", partner_bsns=(PARTNER,))
    partner = person(PARTNER, "Jansen", voornamen="Els")
    writer.save_person(client, brp_fetched(client))
    writer.save_person(partner, brp_fetched(partner))
    writer.save_household(assemble_household(client, {PARTNER: partner}, [partner]))
    writer.save_raw(
        fetched("catalogi", ZT, {"url": ZT, "omschrijving": "Wmo begeleiding", "trefwoorden": ["wmo"]}),
        bsn=None,
    )
    for url, name in ((ST_START, "Ontvangen"), (ST_BUSY, "In behandeling")):
        writer.save_raw(fetched("catalogi", url, {"url": url, "omschrijving": name}), bsn=None)
    for n in range(zaken):
        save_zaak(writer, n)


def save_zaak(writer: Writer, n: int) -> None:
    url = zaak_url(n)
    zaak = Zaak(
        url=url, zaaktype=ZT, identificatie=f"ZAAK-{n}", startdatum=date(2026, 1, 1 + n), status=f"{url}/s2"
    )
    writer.save_zaak(zaak, fetched("zaken", url, {"url": url}), bsn=CLIENT, status_text="In behandeling")
    for suffix, kind, day in (("s1", ST_START, 1), ("s2", ST_BUSY, 2)):
        status = Status(
            url=f"{url}/{suffix}", zaak=url, statustype=kind, datum_status_gezet=NOW + timedelta(days=day)
        )
        writer.save_status(status, fetched("zaken", status.url, {}), bsn=CLIENT)
    rol = {
        "url": f"{url}/rol",
        "zaak": url,
        "betrokkeneType": "medewerker",
        "omschrijvingGeneriek": "behandelaar",
        "betrokkeneIdentificatie": {"voorletters": "S", "achternaam": "Demo"},
    }
    writer.save_raw(fetched("zaken", rol["url"], rol), bsn=CLIENT)
    doc_url = f"https://drc/documenten/{n}"
    document = Document(url=doc_url, titel=f"Brief {n}", creatiedatum=date(2026, 2, 1 + n))
    writer.save_document(document, fetched("documenten", doc_url, {}), bsn=CLIENT)
    link = {"url": f"{url}/zio", "zaak": url, "informatieobject": doc_url}
    writer.save_raw(fetched("zaken", link["url"], link), bsn=CLIENT)
    besluit = Besluit(
        url=f"https://brc/besluiten/{n}", zaak=url, identificatie=f"B-{n}", datum=date(2026, 3, 1)
    )
    writer.save_besluit(besluit, fetched("besluiten", besluit.url, {}), bsn=CLIENT)


def save_contacts_tasks_provisions(writer: Writer) -> None:
    contact = Klantcontact(
        uuid="kc-1", url="https://ki/klantcontacten/kc-1", kanaal="telefoon", plaatsgevonden_op=NOW
    )
    writer.save_klantcontact(contact, fetched("klantinteracties", contact.url, {}), bsn=CLIENT)
    for n, (status, due) in enumerate((("verwerkt", None), ("te_verwerken", date(2026, 5, 1)))):
        taak = InterneTaak(
            uuid=f"t-{n}", url=f"https://ki/internetaken/t-{n}", status=status, gevraagde_handeling="Bellen"
        )
        writer.save_internetaak(
            taak, fetched("klantinteracties", taak.url, {}), bsn=CLIENT, actor="S. Demo", due=due
        )
    data = {
        "bsn": CLIENT,
        "zaak": zaak_url(0),
        "product": "begeleiding",
        "domein": "wmo",
        "vorm": "ZIN",
        "omvang": {"eenheden_per_week": 4, "eenheid": "uur"},
        "status": "actief",
    }
    record = {"typeVersion": 1, "data": data, "startAt": "2026-01-01"}
    obj = ApiObject.model_validate(
        {"url": "https://obj/objects/1", "type": "https://obj/objecttypes/v", "record": record}
    )
    writer.save_voorziening(obj, fetched("objects", obj.url, {"url": obj.url, "record": record}), bsn=CLIENT)


def test_an_uncached_client_has_no_view(store: Store) -> None:
    assert client_view(store, CLIENT, NOW) is None


def test_the_view_joins_every_section(store: Store) -> None:
    with store.write() as writer:
        save_client(writer, zaken=2)
        save_contacts_tasks_provisions(writer)

    view = client_view(store, CLIENT, NOW)

    assert view is not None
    assert view.person.geslachtsnaam == "Jansen"
    assert view.masked_bsn.endswith(CLIENT[-3:]) and CLIENT not in view.masked_bsn
    assert [(m.relation, m.person.bsn) for m in view.household] == [(Relation.PARTNER, PARTNER)]
    assert [c.identificatie for c in view.cases] == ["ZAAK-1", "ZAAK-0"]  # newest first
    case = view.cases[1]
    assert (case.zaaktype, case.domain, case.status) == ("Wmo begeleiding", "wmo", "In behandeling")
    assert [s.omschrijving for s in case.statuses] == ["Ontvangen", "In behandeling"]
    assert [(r.rol, r.naam) for r in case.roles] == [("behandelaar", "S Demo")]
    assert [d.identificatie for d in case.decisions] == ["B-0"]
    assert [d.titel for d in case.documents] == ["Brief 0"]
    assert [d.titel for d in view.documents] == ["Brief 1", "Brief 0"]
    assert [(p.product, p.omvang, p.zaak_url) for p in view.provisions] == [
        ("begeleiding", "4 uur per week", zaak_url(0))
    ]
    assert [c.kanaal for c in view.contacts] == ["telefoon"]
    assert [t.uuid for t in view.tasks] == ["t-1", "t-0"]  # open tasks first
    assert view.tasks[0].overdue(NOW.date()) and not view.tasks[1].overdue(NOW.date())


def test_sections_say_where_they_come_from_and_whether_they_are_stale(store: Store) -> None:
    with store.write() as writer:
        save_client(writer)
        writer.save_sync_state(CLIENT, "person", "brp", at=NOW - timedelta(minutes=5))
        writer.save_sync_state(CLIENT, "zaken", "zaken", at=NOW - timedelta(hours=3))
        writer.save_sync_state(CLIENT, "documenten", "documenten", at=NOW - timedelta(minutes=5))
        writer.save_sync_state(CLIENT, "documenten", "documenten", at=NOW, error="documenten: 503 weg")

    view = client_view(store, CLIENT, NOW)

    assert view is not None
    person_section = view.section(SectionName.PERSON)
    assert not person_section.stale and person_section.label(NOW).startswith("BRP, ")
    assert view.section(SectionName.ZAKEN).stale and view.section(SectionName.ZAKEN).label(NOW).startswith(
        "cache, "
    )
    failed = view.section(SectionName.DOCUMENTEN)
    assert failed.stale and failed.error == "documenten: 503 weg"
    assert failed.fetched_at == NOW - timedelta(minutes=5)  # the cached data's age stays visible
    assert failed.label(NOW).endswith("niet bijgewerkt")
    never = view.section(SectionName.VOORZIENINGEN)
    assert never.stale and never.fetched_at is None and never.label(NOW) == "nog niet opgehaald"


def test_reading_a_view_takes_the_same_queries_however_many_zaken(store: Store) -> None:
    def queries() -> int:
        seen: list[str] = []
        engine = store._reader  # the read pool: the view's queries, counted
        listener = lambda *args: seen.append(args[2])  # noqa: E731
        event.listen(engine, "before_cursor_execute", listener)
        try:
            client_view(store, CLIENT, NOW)
        finally:
            event.remove(engine, "before_cursor_execute", listener)
        return len(seen)

    with store.write() as writer:
        save_client(writer, zaken=1)
    one = queries()
    with store.write() as writer:
        for n in range(1, 20):
            save_zaak(writer, n)
    assert queries() == one <= 15


def test_cached_resources_and_watched_clients(store: Store) -> None:
    with store.write() as writer:
        save_client(writer)
        save_contacts_tasks_provisions(writer)
        writer.set_scope(CLIENT, ScopeKind.CASELOAD, now=NOW)
        writer.set_scope(PARTNER, ScopeKind.TAKEN_ALONG, now=NOW, until=NOW - timedelta(hours=1))
        writer.set_scope(OTHER, ScopeKind.RECENT, now=NOW)

    cached = cached_resources(store, CLIENT)

    assert list(cached.zaak_etags) == [zaak_url(0)]
    assert list(cached.document_etags) == ["https://drc/documenten/0"]
    assert cached.klantcontact_uuids == ("kc-1",)
    assert watched_bsns(store, NOW) == [CLIENT]  # the expired take-along and a recent opening are not watched


def test_contacts_not_yet_sent_are_shown_first_as_pending(store: Store) -> None:
    outbox = pytest.importorskip("caseworker.sync.outbox")
    payload = {
        "kanaal": "huisbezoek",
        "onderwerp": "Keukentafelgesprek",
        "inhoud": "Besproken: hulp bij het huishouden.",
        "gelukt": True,
        "vertrouwelijk": False,
        "plaatsgevonden_op": (NOW - timedelta(hours=1)).isoformat(),
    }
    with store.write() as writer:
        save_client(writer)
        save_contacts_tasks_provisions(writer)
        op_id = outbox.enqueue(
            writer, kind="klantcontact", record_key="kc:new", bsn=CLIENT, payload=payload, now=NOW
        )

    view = client_view(store, CLIENT, NOW)

    assert view is not None
    assert [(c.key, c.pending) for c in view.contacts] == [(op_id, True), ("kc-1", False)]
    assert view.contacts[0].inhoud == payload["inhoud"]
