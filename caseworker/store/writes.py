"""Writing API resources into the cache: the raw document and its typed projection in one step.

All methods run inside the one transaction of `Store.write()` and block; the caller runs a batch in an
executor, never on the event loop.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Table, or_, select
from sqlalchemy.dialects.sqlite import Insert, insert

from caseworker.api.besluiten import Besluit
from caseworker.api.documenten import Document
from caseworker.api.klantinteracties import InterneTaak, Klantcontact
from caseworker.api.objects import ApiObject
from caseworker.api.zaken import Status, Zaak
from caseworker.domain.household import Household, Relation
from caseworker.domain.person import Address, Person
from caseworker.store import retention
from caseworker.store.models import (
    Base,
    BesluitRow,
    DocumentRow,
    HouseholdLink,
    InterneTaakRow,
    KlantcontactRow,
    PersonRow,
    RawDocument,
    StatusRow,
    SyncStateRow,
    VoorzieningRow,
    ZaakRow,
)
from caseworker.store.retention import ScopeKind


@dataclass(frozen=True)
class Fetched:
    """Where a resource came from: its API (`source`), URL, ETag, fetch time (aware) and the document."""

    source: str
    url: str
    etag: str | None
    fetched_at: datetime
    document: Any  # the JSON as received (dict or list)


class Writer:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def save_person(self, person: Person, fetched: Fetched) -> None:
        address = person.address or Address()
        flags = person.indications
        self._save(
            PersonRow,
            fetched,
            person.bsn,
            voornamen=person.voornamen,
            voorvoegsel=person.voorvoegsel,
            geslachtsnaam=person.geslachtsnaam,
            geboortedatum=person.geboortedatum,
            geslacht=person.geslacht,
            straat=address.straat,
            huisnummer=address.huisnummer,
            huisletter=address.huisletter,
            toevoeging=address.toevoeging,
            postcode=address.postcode.replace(" ", "").upper(),
            woonplaats=address.woonplaats,
            adresseerbaar_object_id=address.adresseerbaar_object_id,
            geheimhouding=flags.geheimhouding,
            in_onderzoek=flags.in_onderzoek,
            overleden=flags.overleden,
            overlijdensdatum=flags.overlijdensdatum,
            curatele=flags.curatele,
            fetched_at=fetched.fetched_at,
        )

    def save_household(self, household: Household) -> None:
        """The links from the client to every member (the members' persons are saved on their own)."""
        table = _table(HouseholdLink)
        client = household.client.bsn
        self._conn.execute(table.delete().where(table.c.bsn == client))
        links = [
            {
                "bsn": client,
                "member_bsn": m.person.bsn,
                "relation": m.relation.value,
                "same_address": m.same_address,
            }
            for m in household.members
            if m.relation is not Relation.CLIENT
        ]
        if links:
            self._conn.execute(table.insert(), links)

    def save_zaak(self, zaak: Zaak, fetched: Fetched, *, bsn: str, status_text: str = "") -> None:
        self._save(
            ZaakRow,
            fetched,
            bsn,
            identificatie=zaak.identificatie,
            zaaktype=zaak.zaaktype,
            omschrijving=zaak.omschrijving,
            startdatum=zaak.startdatum,
            einddatum=zaak.einddatum,
            uiterlijke_einddatum=zaak.uiterlijke_einddatum_afdoening,
            status_url=zaak.status,
            status_text=status_text,
            etag=fetched.etag,
        )

    def save_status(self, status: Status, fetched: Fetched, *, bsn: str) -> None:
        self._save(
            StatusRow,
            fetched,
            bsn,
            zaak_url=status.zaak,
            statustype=status.statustype,
            datum=status.datum_status_gezet,
            toelichting=status.statustoelichting,
        )

    def save_besluit(self, besluit: Besluit, fetched: Fetched, *, bsn: str) -> None:
        self._save(
            BesluitRow,
            fetched,
            bsn,
            zaak_url=besluit.zaak,
            identificatie=besluit.identificatie,
            besluittype=besluit.besluittype,
            datum=besluit.datum,
            ingangsdatum=besluit.ingangsdatum,
            vervaldatum=besluit.vervaldatum,
            toelichting=besluit.toelichting,
        )

    def save_document(self, document: Document, fetched: Fetched, *, bsn: str) -> None:
        self._save(
            DocumentRow,
            fetched,
            bsn,
            identificatie=document.identificatie,
            titel=document.titel,
            creatiedatum=document.creatiedatum,
            vertrouwelijkheidaanduiding=document.vertrouwelijkheidaanduiding,
            formaat=document.formaat,
            bestandsnaam=document.bestandsnaam,
            bestandsomvang=document.bestandsomvang,
            informatieobjecttype=document.informatieobjecttype,
            versie=document.versie,
        )

    def save_klantcontact(self, contact: Klantcontact, fetched: Fetched, *, bsn: str) -> None:
        self._save(
            KlantcontactRow,
            fetched,
            bsn,
            uuid=contact.uuid,
            kanaal=contact.kanaal,
            onderwerp=contact.onderwerp,
            inhoud=contact.inhoud,
            plaatsgevonden_op=contact.plaatsgevonden_op,
            vertrouwelijk=contact.vertrouwelijk,
        )

    def save_internetaak(
        self,
        taak: InterneTaak,
        fetched: Fetched,
        *,
        bsn: str | None,
        actor: str = "",
        due: date | None = None,
    ) -> None:
        """`actor` is the display name of the assignee (resolved by the caller); `due` where known."""
        self._save(
            InterneTaakRow,
            fetched,
            bsn,
            uuid=taak.uuid,
            actor=actor,
            status=taak.status,
            gevraagde_handeling=taak.gevraagde_handeling,
            toegewezen_op=taak.toegewezen_op,
            due=due,
        )

    def save_voorziening(self, obj: ApiObject, fetched: Fetched, *, bsn: str) -> None:
        """A voorziening record; fields the objecttype lacks are stored empty."""
        data = obj.record.data
        self._save(
            VoorzieningRow,
            fetched,
            bsn,
            objecttype=obj.type,
            product=_text(data, "product"),
            domein=_text(data, "domein"),
            vorm=_text(data, "vorm"),
            omvang=_text(data, "omvang"),
            status=_text(data, "status"),
            startdatum=obj.record.start_at,
            einddatum=obj.record.end_at,
        )

    def save_raw(self, fetched: Fetched, *, bsn: str | None) -> None:
        """A document kept without a projection (rollen, zaakinformatieobjecten, partijen, catalogi)."""
        raw = {
            "url": fetched.url,
            "source": fetched.source,
            "bsn": bsn,
            "etag": fetched.etag,
            "fetched_at": fetched.fetched_at,
            "document": json.dumps(fetched.document, ensure_ascii=False, separators=(",", ":")),
        }
        self._conn.execute(_upsert(_table(RawDocument)), raw)

    def save_sync_state(
        self, bsn: str, section: str, source: str, *, at: datetime, error: str = "", note: str = ""
    ) -> None:
        """One refresh of a section of a client's view: a success stamps `fetched_at` and clears the error
        (or puts its `note` there: refreshed, but e.g. names are missing); a failure keeps the earlier
        `fetched_at` (the cached data stays) and stamps the error."""
        text = error or note
        changes: dict[str, object] = {"source": source, "error": text, "error_at": at if text else None}
        if not error:
            changes["fetched_at"] = at
        statement = insert(_table(SyncStateRow)).values(
            {"bsn": bsn, "section": section, "fetched_at": None, **changes}
        )
        self._conn.execute(statement.on_conflict_do_update(index_elements=["bsn", "section"], set_=changes))

    def retain(
        self,
        model: type[Base],
        bsn: str,
        keep: Iterable[str],
        *,
        fetched_before: datetime | None = None,
    ) -> int:
        """Delete the client's rows of a projection whose key (the table's primary key: a URL, or a
        uuid) is not in `keep`, with their raw documents; returns how many went.

        For a refresh whose list succeeded: what the server no longer lists (deleted, or no longer about
        this client) must not stay in the cache looking fresh. `fetched_before` (the time the list was
        asked for) spares rows written meanwhile, e.g. by the outbox delivering a new record.
        """
        table, raw = _table(model), _table(RawDocument)
        [key] = table.primary_key.columns
        query = (
            select(key, table.c.url)
            .select_from(table.outerjoin(raw, raw.c.url == table.c.url))
            .where(table.c.bsn == bsn)
        )
        if fetched_before is not None:
            query = query.where(or_(raw.c.fetched_at.is_(None), raw.c.fetched_at < fetched_before))
        kept = set(keep)
        gone = [(k, url) for k, url in self._conn.execute(query) if k not in kept]
        for start in range(0, len(gone), _CHUNK):
            chunk = gone[start : start + _CHUNK]
            self._conn.execute(table.delete().where(key.in_([k for k, _ in chunk])))
            self._conn.execute(raw.delete().where(raw.c.url.in_([url for _, url in chunk])))
        return len(gone)

    def set_scope(self, bsn: str, kind: ScopeKind, *, now: datetime, until: datetime | None = None) -> None:
        """As `Store.set_scope`, inside this transaction (a caseload sync sets many scopes in batches)."""
        retention.set_scope(self._conn, bsn, kind, now=now, until=until)

    def _save(self, model: type[Base], fetched: Fetched, bsn: str | None, **row: object) -> None:
        """Upsert the raw document and its projection row (keyed by the fetched URL unless `row` has
        its own key, such as a klantcontact's uuid)."""
        self.save_raw(fetched, bsn=bsn)
        self._conn.execute(_upsert(_table(model)), {"url": fetched.url, "bsn": bsn, **row})


def _table(model: type[Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


_CHUNK = 500  # keys per DELETE … IN (…), well below SQLite's limit of bound parameters
_UPSERTS: dict[str, Insert] = {}


def _upsert(table: Table) -> Insert:
    """INSERT … ON CONFLICT DO UPDATE of every column but the key; built once per table.

    The conflict target is the natural key: a unique column where the table has a surrogate key
    (person: bsn), else the primary key.
    """
    if table.name not in _UPSERTS:
        unique = [c for c in table.columns if c.unique]
        key = unique or list(table.primary_key.columns)
        statement = insert(table)
        keep = {*key, *table.primary_key.columns}
        statement = statement.on_conflict_do_update(
            index_elements=key,
            set_={c.name: statement.excluded[c.name] for c in table.columns if c not in keep},
        )
        _UPSERTS[table.name] = statement
    return _UPSERTS[table.name]


def _text(data: Mapping[str, Any], key: str) -> str:
    value = data.get(key)
    return "" if value is None else str(value)
