"""Scopes and purging: kept clients stay whole, expired clients disappear from every table."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from test_store_helpers import KEY, NOW, brp_fetched, fetched, person, synthetic_bsns

from caseworker.api.besluiten import Besluit
from caseworker.api.documenten import Document
from caseworker.api.klantinteracties import InterneTaak, Klantcontact
from caseworker.api.objects import ApiObject
from caseworker.api.zaken import Status, Zaak
from caseworker.domain.household import Household, Member, Relation
from caseworker.store import ScopeKind, Store, open_store
from caseworker.store.engine import make_engine
from caseworker.store.models import CLIENT_TABLES

CLIENT, MEMBER, STRANGER = synthetic_bsns(3, seed=7)
OLD = NOW - timedelta(days=40)


def save_client_everything(store: Store, bsn: str, at: datetime) -> None:
    """One of every kind of resource for `bsn`, fetched at `at`."""
    z = f"https://zaken.test/zaken/{bsn}"
    with store.write() as w:
        p = person(bsn, "Purgeman")
        w.save_person(p, brp_fetched(p, at))
        zaak = Zaak(url=z, zaaktype="https://catalogi.test/zt/1", identificatie=f"Z-{bsn}", status=f"{z}/s1")
        w.save_zaak(zaak, fetched("zaken", z, {"url": z}, at), bsn=bsn, status_text="Melding ontvangen")
        status = Status(url=f"{z}/s1", zaak=z, statustype="https://catalogi.test/st/1", datum_status_gezet=at)
        w.save_status(status, fetched("zaken", status.url, {}, at), bsn=bsn)
        besluit = Besluit(url=f"{z}/b1", zaak=z, datum=date(2026, 5, 1))
        w.save_besluit(besluit, fetched("besluiten", besluit.url, {}, at), bsn=bsn)
        doc = Document(url=f"{z}/d1", titel="Verslag", bestandsomvang=10)
        w.save_document(doc, fetched("documenten", doc.url, {}, at), bsn=bsn)
        contact = Klantcontact(uuid=f"kc-{bsn}", url=f"{z}/kc", kanaal="telefoon", plaatsgevonden_op=at)
        w.save_klantcontact(contact, fetched("klantinteracties", contact.url, {}, at), bsn=bsn)
        taak = InterneTaak(
            uuid=f"t-{bsn}", url=f"{z}/t", gevraagde_handeling="Bel terug", status="te_verwerken"
        )
        w.save_internetaak(taak, fetched("klantinteracties", taak.url, {}, at), bsn=bsn, actor="A. Collega")
        obj = ApiObject.model_validate(
            {
                "url": f"{z}/o",
                "type": "https://objecttypen.test/voorziening",
                "record": {
                    "typeVersion": 1,
                    "startAt": "2026-01-01",
                    "data": {"product": "rolstoel", "omvang": 1},
                },
            }
        )
        w.save_voorziening(obj, fetched("objects", obj.url, {}, at), bsn=bsn)


def rows_of(store: Store, bsn: str) -> dict[str, int]:
    engine = make_engine(store.path, KEY, writer=False)
    try:
        with engine.connect() as conn:
            counts = {
                model.__tablename__: conn.execute(
                    text(f"SELECT count(*) FROM {model.__tablename__} WHERE bsn = :b"), {"b": bsn}
                ).scalar_one()
                for model in CLIENT_TABLES
            }
            counts["household_link.member_bsn"] = conn.execute(
                text("SELECT count(*) FROM household_link WHERE member_bsn = :b"), {"b": bsn}
            ).scalar_one()
            counts["person_fts"] = conn.execute(
                text("SELECT count(*) FROM person_fts WHERE person_fts MATCH :q"), {"q": f'bsn:"{bsn}"'}
            ).scalar_one()
            counts["person_fts all rows"] = conn.execute(
                text("SELECT count(*) FROM person_fts WHERE bsn = :b"), {"b": bsn}
            ).scalar_one()
    finally:
        engine.dispose()
    return counts


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "cache.db", KEY) as opened:
        yield opened


def test_every_kind_is_saved_and_an_expired_client_leaves_nothing(store: Store) -> None:
    save_client_everything(store, STRANGER, OLD)
    counts = rows_of(store, STRANGER)
    assert all(
        counts[name] >= 1
        for name in (
            "raw_document",
            "person",
            "zaak",
            "status",
            "besluit",
            "document",
            "klantcontact",
            "internetaak",
            "voorziening",
            "person_fts",
        )
    )
    assert store.purge_expired(NOW, retention_days=30) == 1
    assert set(rows_of(store, STRANGER).values()) == {0}
    assert store.search_persons("purgeman") == []


def test_recent_data_and_live_scopes_stay(store: Store) -> None:
    fresh, caseload, along, recent, along_expired = synthetic_bsns(5, seed=11)
    save_client_everything(store, fresh, NOW - timedelta(days=29))
    for bsn in (caseload, along, recent, along_expired):
        save_client_everything(store, bsn, OLD)
    store.set_scope(caseload, ScopeKind.CASELOAD, now=OLD)
    store.set_scope(along, ScopeKind.TAKEN_ALONG, now=OLD, until=NOW + timedelta(hours=1))
    store.set_scope(recent, ScopeKind.RECENT, now=NOW - timedelta(days=2))
    store.set_scope(along_expired, ScopeKind.TAKEN_ALONG, now=OLD, until=NOW - timedelta(hours=1))
    assert store.purge_expired(NOW) == 1
    assert rows_of(store, along_expired)["person"] == 0
    for bsn in (fresh, caseload, along, recent):
        assert rows_of(store, bsn)["person"] == 1
    # The retention period is a parameter: with 1 day the fresh and the recent client go too.
    assert store.purge_expired(NOW, retention_days=1) == 2
    assert [rows_of(store, bsn)["person"] for bsn in (fresh, recent, caseload, along)] == [0, 0, 1, 1]


def test_household_members_of_a_kept_client_stay(store: Store) -> None:
    client, member = person(CLIENT, "Kern"), person(MEMBER, "Kern", voornamen="Lid")
    with store.write() as w:
        w.save_person(client, brp_fetched(client, OLD))
        w.save_person(member, brp_fetched(member, OLD))
        w.save_household(
            Household(client, (Member(client, Relation.CLIENT, True), Member(member, Relation.PARTNER, True)))
        )
    store.set_scope(CLIENT, ScopeKind.CASELOAD, now=OLD)
    assert store.purge_expired(NOW) == 0
    store.clear_scope(CLIENT, ScopeKind.CASELOAD)
    assert store.purge_expired(NOW) == 2
    assert set(rows_of(store, MEMBER).values()) == {0}


def test_a_client_taken_along_needs_an_expiry(store: Store) -> None:
    with pytest.raises(ValueError, match="expiry"):
        store.set_scope(CLIENT, ScopeKind.TAKEN_ALONG, now=NOW)


def test_saving_again_updates_in_place(store: Store) -> None:
    p = person(CLIENT, "Eerst")
    with store.write() as w:
        w.save_person(p, brp_fetched(p))
    renamed = person(CLIENT, "Daarna")
    with store.write() as w:
        w.save_person(renamed, brp_fetched(renamed, NOW + timedelta(days=1)))
    assert store.search_persons("eerst") == []
    assert [h.geslachtsnaam for h in store.search_persons("daarna")] == ["Daarna"]
    assert rows_of(store, CLIENT)["person_fts all rows"] == 1


def test_times_must_be_aware(store: Store) -> None:
    p = person(CLIENT)
    with pytest.raises(Exception, match="timezone-aware"), store.write() as w:
        w.save_person(p, brp_fetched(p, datetime(2026, 1, 1)))
    assert store.person(CLIENT) is None  # the failed batch left nothing behind
