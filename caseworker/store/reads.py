"""Reading the cache back as the integral client view (DESIGN §3) and the lists the sync watches.

A view is a dozen indexed queries on one read connection (no query per zaak): the projections, the raw
documents that have no projection of their own (rollen, zaakinformatieobjecten, voorziening records) and
the catalogus documents that name zaaktypen and statustypen. Every function blocks: call it in an executor.
"""

from __future__ import annotations

import importlib
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any

from sqlalchemy import Connection, RowMapping, Table, or_, select

from caseworker.domain.client import (
    STALE_AFTER,
    TASK_OPEN,
    Case,
    ClientView,
    ContactMoment,
    Decision,
    DocumentInfo,
    Provision,
    Role,
    SectionName,
    StatusEntry,
    Task,
    domain_of,
    section_state,
    task_due,
)
from caseworker.domain.household import Member, Relation
from caseworker.domain.person import Address, Person
from caseworker.store.models import (
    Base,
    BesluitRow,
    DocumentRow,
    HouseholdLink,
    InterneTaakRow,
    KlantcontactRow,
    PersonRow,
    ProcessingLogEntry,
    RawDocument,
    ScopeRow,
    StatusRow,
    SyncStateRow,
    VoorzieningRow,
    ZaakRow,
)
from caseworker.store.retention import ScopeKind
from caseworker.store.store import Store
from caseworker.store.store import _person as person_from_row

# Contact moments registered here and not yet sent live in the outbox (`caseworker.sync.outbox.pending_for`,
# items with `op_id`, `kind`, `payload`, `last_error`, `created_at`). The outbox is a layer above the store,
# so it is looked up when first needed instead of imported here.
PENDING_MODULE = "caseworker.sync.outbox"
PENDING_FUNCTION = "pending_for"
PENDING_CONTACT_KIND = "klantcontact"
PENDING_TASK_KIND = "internetaak"
PENDING_TASK_CHANGE_KINDS = ("internetaak_status", "internetaak_overdracht")
PendingFor = Callable[[Store, str], Iterable[Any]]

_RELATION_ORDER = {r: i for i, r in enumerate(Relation)}


@dataclass(frozen=True)
class CachedResources:
    """What a refresh needs to know before it asks the servers: the client's cached resources and their
    ETags, so that known zaken and documents are revalidated at once, without waiting for the lists."""

    zaak_etags: dict[str, str | None]
    document_etags: dict[str, str | None]
    partij_uuid: str | None
    klantcontact_uuids: tuple[str, ...]
    person: Person | None = None  # the cached client with the relations the BRP gave (for the household)


def client_view(
    store: Store, bsn: str, now: datetime, *, stale_after: timedelta = STALE_AFTER
) -> ClientView | None:
    """The cached view of the client with this BSN, or None when the person is not cached."""
    with store.read() as conn:
        person = _one(conn, PersonRow, bsn)
        if person is None:
            return None
        members = _household(conn, bsn)
        rows = {model: _rows(conn, model, bsn) for model in _CLIENT_MODELS}
        raw = _raw_documents(conn, bsn)
        catalog = _catalog(conn, rows[ZaakRow], rows[StatusRow])
        states = _rows(conn, SyncStateRow, bsn)
    documents = [_document(row) for row in rows[DocumentRow]]
    zio_zaak = {doc["informatieobject"]: doc["zaak"] for doc in raw.values() if "informatieobject" in doc}
    documents = [_with_zaak(d, zio_zaak.get(d.url)) for d in documents]
    documents.sort(key=lambda d: (d.creatiedatum is not None, d.creatiedatum), reverse=True)
    by_state = {row["section"]: row for row in states}
    pending = _pending_items(store, bsn)
    tasks = _with_pending_tasks([_task(r) for r in rows[InterneTaakRow]], pending)
    return ClientView(
        person=person_from_row(person),
        household=tuple(members),
        cases=_cases(rows, raw, catalog, documents),
        provisions=tuple(_provision(row, raw.get(row["url"], {})) for row in rows[VoorzieningRow]),
        contacts=tuple(_pending_contacts(pending)) + tuple(_contact(r) for r in rows[KlantcontactRow]),
        tasks=tuple(sorted(tasks, key=_task_order)),
        documents=tuple(documents),
        sections={
            name: section_state(
                name,
                by_state[name]["fetched_at"] if name in by_state else None,
                by_state[name]["error"] if name in by_state else "",
                by_state[name]["error_at"] if name in by_state else None,
                now=now,
                stale_after=stale_after,
            )
            for name in SectionName
        },
    )


def last_opened(store: Store, user: str, bsn: str) -> datetime | None:
    """When this user last opened this client (the newest `inzien` entry of the processing log)."""
    query = select(ProcessingLogEntry.at).where(
        ProcessingLogEntry.user == user,
        ProcessingLogEntry.subject_bsn == bsn,
        ProcessingLogEntry.action == "inzien",
    )
    with store.read() as conn:
        found = conn.scalar(query.order_by(ProcessingLogEntry.seq.desc()).limit(1))
    return found if found is None or found.tzinfo else found.replace(tzinfo=UTC)


def cached_resources(store: Store, bsn: str) -> CachedResources:
    with store.read() as conn:
        zaken = conn.execute(select(ZaakRow.url, ZaakRow.etag).where(ZaakRow.bsn == bsn)).all()
        documents = conn.execute(
            select(DocumentRow.url, RawDocument.etag)
            .join(RawDocument, RawDocument.url == DocumentRow.url)
            .where(DocumentRow.bsn == bsn)
        ).all()
        partij = conn.scalar(
            select(RawDocument.document).where(RawDocument.bsn == bsn, RawDocument.url.contains("/partijen/"))
        )
        contacts = conn.scalars(select(KlantcontactRow.uuid).where(KlantcontactRow.bsn == bsn)).all()
        person = conn.scalar(
            select(RawDocument.document)
            .join(PersonRow, PersonRow.url == RawDocument.url)
            .where(PersonRow.bsn == bsn)
        )
    return CachedResources(
        zaak_etags={url: etag for url, etag in zaken},
        document_etags={url: etag for url, etag in documents},
        partij_uuid=json.loads(partij).get("uuid") if partij else None,
        klantcontact_uuids=tuple(contacts),
        person=_related(bsn, json.loads(person)) if person else None,
    )


def cached_document_etags(store: Store, bsns: Iterable[str]) -> dict[str, str | None]:
    """The cached documents of these clients with their ETags (for conditional GETs in a bulk refresh)."""
    found: dict[str, str | None] = {}
    wanted = list(bsns)
    with store.read() as conn:
        for start in range(0, len(wanted), 500):
            query = (
                select(DocumentRow.url, RawDocument.etag)
                .join(RawDocument, RawDocument.url == DocumentRow.url)
                .where(DocumentRow.bsn.in_(wanted[start : start + 500]))
            )
            found.update({url: etag for url, etag in conn.execute(query)})
    return found


def _related(bsn: str, document: dict[str, Any]) -> Person | None:
    """The client's relations and address from the cached document the sync wrote (`dataclasses.asdict` of
    a Person); None when the document has another shape."""
    try:
        address = document.get("address")
        return Person(
            bsn=bsn,
            address=Address(**address) if address else None,
            partner_bsns=tuple(document["partner_bsns"]),
            kind_bsns=tuple(document["kind_bsns"]),
            ouder_bsns=tuple(document["ouder_bsns"]),
        )
    except (KeyError, TypeError):
        return None


def watched_bsns(store: Store, now: datetime) -> list[str]:
    """The clients the sync keeps fresh: the caseload and the clients taken along (until they expire)."""
    live = or_(
        (ScopeRow.kind == ScopeKind.CASELOAD.value) & (ScopeRow.until.is_(None) | (ScopeRow.until > now)),
        (ScopeRow.kind == ScopeKind.TAKEN_ALONG.value) & (ScopeRow.until > now),
    )
    with store.read() as conn:
        return list(conn.scalars(select(ScopeRow.bsn).where(live).distinct().order_by(ScopeRow.bsn)))


def scoped_bsns(store: Store, kind: ScopeKind) -> list[str]:
    with store.read() as conn:
        return list(conn.scalars(select(ScopeRow.bsn).where(ScopeRow.kind == kind.value)))


_CLIENT_MODELS: Sequence[type[Base]] = (
    ZaakRow,
    StatusRow,
    BesluitRow,
    DocumentRow,
    KlantcontactRow,
    InterneTaakRow,
    VoorzieningRow,
)
_ORDER = {
    StatusRow: StatusRow.datum,
    KlantcontactRow: KlantcontactRow.plaatsgevonden_op.desc(),
    BesluitRow: BesluitRow.datum,
}


def _table(model: type[Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _one(conn: Connection, model: type[Base], bsn: str) -> RowMapping | None:
    table = _table(model)
    return conn.execute(select(table).where(table.c.bsn == bsn)).mappings().first()


def _rows(conn: Connection, model: type[Base], bsn: str) -> Sequence[RowMapping]:
    table = _table(model)
    query = select(table).where(table.c.bsn == bsn)
    if model in _ORDER:
        query = query.order_by(_ORDER[model])
    return conn.execute(query).mappings().all()


def _household(conn: Connection, bsn: str) -> list[Member]:
    """The cached members; a member whose person is not cached (yet) is left out, not guessed."""
    person = _table(PersonRow)
    query = (
        select(person, HouseholdLink.relation, HouseholdLink.same_address)
        .join(HouseholdLink, HouseholdLink.member_bsn == person.c.bsn)
        .where(HouseholdLink.bsn == bsn)
    )
    members = [
        Member(person_from_row(row), Relation(row["relation"]), row["same_address"])
        for row in conn.execute(query).mappings()
    ]
    return sorted(members, key=lambda m: (_RELATION_ORDER[m.relation], m.person.geboortedatum is None))


def _raw_documents(conn: Connection, bsn: str) -> dict[str, dict[str, Any]]:
    """The client's raw documents without projection of their own (and the voorziening records)."""
    query = select(RawDocument.url, RawDocument.document).where(
        RawDocument.bsn == bsn, RawDocument.source.in_(("zaken", "objects"))
    )
    return {url: json.loads(text) for url, text in conn.execute(query)}


def _catalog(
    conn: Connection, zaken: Sequence[RowMapping], statussen: Sequence[RowMapping]
) -> dict[str, dict[str, Any]]:
    urls = {row["zaaktype"] for row in zaken} | {row["statustype"] for row in statussen}
    if not urls:
        return {}
    query = select(RawDocument.url, RawDocument.document).where(RawDocument.url.in_(urls))
    return {url: json.loads(text) for url, text in conn.execute(query)}


def _cases(
    rows: dict[type[Base], Sequence[RowMapping]],
    raw: dict[str, dict[str, Any]],
    catalog: dict[str, dict[str, Any]],
    documents: list[DocumentInfo],
) -> tuple[Case, ...]:
    statuses: dict[str, list[StatusEntry]] = defaultdict(list)
    for row in rows[StatusRow]:
        name = catalog.get(row["statustype"], {}).get("omschrijving", "")
        statuses[row["zaak_url"]].append(StatusEntry(name, row["datum"], row["toelichting"]))
    decisions: dict[str, list[Decision]] = defaultdict(list)
    for row in rows[BesluitRow]:
        decisions[row["zaak_url"]].append(_decision(row))
    roles: dict[str, list[Role]] = defaultdict(list)
    for doc in raw.values():
        if "betrokkeneType" in doc:
            roles[doc.get("zaak", "")].append(_role(doc))
    docs: dict[str, list[DocumentInfo]] = defaultdict(list)
    for document in documents:
        docs[document.zaak_url or ""].append(document)
    cases = []
    for row in rows[ZaakRow]:
        zaaktype = catalog.get(row["zaaktype"], {})
        url = row["url"]
        cases.append(
            Case(
                url=url,
                identificatie=row["identificatie"],
                omschrijving=row["omschrijving"],
                zaaktype=zaaktype.get("omschrijving", ""),
                domain=domain_of(zaaktype.get("trefwoorden", [])),
                startdatum=row["startdatum"],
                einddatum=row["einddatum"],
                uiterlijke_einddatum=row["uiterlijke_einddatum"],
                status=row["status_text"],
                statuses=tuple(statuses[url]),
                roles=tuple(roles[url]),
                decisions=tuple(decisions[url]),
                documents=tuple(docs[url]),
            )
        )
    cases.sort(key=lambda c: (c.startdatum is not None, c.startdatum), reverse=True)
    cases.sort(key=lambda c: not c.is_open)
    return tuple(cases)


def _role(doc: dict[str, Any]) -> Role:
    who = doc.get("betrokkeneIdentificatie") or {}
    surname = who.get("geslachtsnaam") or who.get("achternaam") or who.get("naam") or ""
    prefix = who.get("voorvoegselGeslachtsnaam", "")
    naam = " ".join(part for part in (who.get("voorletters", ""), prefix, surname) if part)
    rol = doc.get("omschrijvingGeneriek") or doc.get("omschrijving") or ""
    return Role(rol=rol, naam=naam, betrokkene_type=doc.get("betrokkeneType", ""))


def _decision(row: RowMapping) -> Decision:
    return Decision(
        url=row["url"],
        zaak_url=row["zaak_url"],
        identificatie=row["identificatie"],
        datum=row["datum"],
        ingangsdatum=row["ingangsdatum"],
        vervaldatum=row["vervaldatum"],
        toelichting=row["toelichting"],
    )


def _document(row: RowMapping) -> DocumentInfo:
    return DocumentInfo(
        url=row["url"],
        identificatie=row["identificatie"],
        titel=row["titel"],
        creatiedatum=row["creatiedatum"],
        formaat=row["formaat"],
        bestandsnaam=row["bestandsnaam"],
        bestandsomvang=row["bestandsomvang"],
        vertrouwelijkheid=row["vertrouwelijkheidaanduiding"],
    )


def _with_zaak(document: DocumentInfo, zaak_url: str | None) -> DocumentInfo:
    if zaak_url is None:
        return document
    return DocumentInfo(**{**document.__dict__, "zaak_url": zaak_url})


def _provision(row: RowMapping, raw: dict[str, Any]) -> Provision:
    data = (raw.get("record") or {}).get("data") or {}
    return Provision(
        url=row["url"],
        product=row["product"],
        domein=row["domein"],
        vorm=row["vorm"],
        omvang=_omvang(data.get("omvang")),
        status=row["status"],
        startdatum=row["startdatum"],
        einddatum=row["einddatum"],
        zaak_url=data.get("zaak"),
    )


def _omvang(value: Any) -> str:
    """`{"eenheden_per_week": 4, "eenheid": "uur"}` → `4 uur per week` (the voorziening objecttype)."""
    if not isinstance(value, dict) or "eenheden_per_week" not in value:
        return ""
    amount = value["eenheden_per_week"]
    shown = f"{amount:g}" if isinstance(amount, int | float) else str(amount)
    return f"{shown} {value.get('eenheid', '')} per week".replace("  ", " ")


def _contact(row: RowMapping) -> ContactMoment:
    return ContactMoment(
        key=row["uuid"],
        kanaal=row["kanaal"],
        onderwerp=row["onderwerp"],
        inhoud=row["inhoud"],
        plaatsgevonden_op=row["plaatsgevonden_op"],
        vertrouwelijk=row["vertrouwelijk"],
    )


def _task(row: RowMapping) -> Task:
    return Task(
        uuid=row["uuid"],
        url=row["url"],
        gevraagde_handeling=row["gevraagde_handeling"],
        status=row["status"],
        actor=row["actor"],
        toegewezen_op=row["toegewezen_op"],
        due=row["due"],
    )


def _task_order(task: Task) -> tuple[bool, bool, str]:
    return (task.status != TASK_OPEN, task.due is None, task.due.isoformat() if task.due else "")


@cache
def _pending_for() -> PendingFor | None:
    try:
        module = importlib.import_module(PENDING_MODULE)
    except ImportError:
        return None
    found: PendingFor | None = getattr(module, PENDING_FUNCTION, None)
    return found


def _pending_items(store: Store, bsn: str) -> list[Any]:
    """The client's writes still in the outbox (none while the outbox is not installed)."""
    pending_for = _pending_for()
    return [] if pending_for is None else list(pending_for(store, bsn))


def _pending_contacts(items: list[Any]) -> list[ContactMoment]:
    """Contacts registered here and not yet sent, newest first."""
    contacts = [_pending_contact(item) for item in items if item.kind == PENDING_CONTACT_KIND]
    return sorted(contacts, key=lambda c: c.plaatsgevonden_op, reverse=True)


def _with_pending_tasks(tasks: list[Task], items: list[Any]) -> list[Task]:
    """The cached tasks with the outbox's tasks added and its changes marked on the task they change
    (found by URL, or by the op_id of a task that is itself still waiting)."""
    created = [_pending_task(item) for item in items if item.kind == PENDING_TASK_KIND]
    changes = {
        item.payload.get("url") or item.payload.get("depends_on"): item
        for item in items
        if item.kind in PENDING_TASK_CHANGE_KINDS
    }
    marked = []
    for task in [*tasks, *created]:
        change = changes.get(task.url or task.op_id)
        if change is not None:
            task = replace(task, op_id=change.op_id, sync_state=change.state, error=change.last_error)
        marked.append(task)
    return marked


def _pending_task(item: Any) -> Task:
    payload = item.payload
    return Task(
        uuid=item.op_id,
        url="",
        gevraagde_handeling=str(payload.get("gevraagde_handeling", "")),
        status=TASK_OPEN,
        actor=str(payload.get("actor_naam") or payload.get("actor", "")),
        toegewezen_op=item.created_at,
        due=task_due(str(payload.get("toelichting", ""))),
        op_id=item.op_id,
        sync_state=item.state,
        error=item.last_error,
    )


def _pending_contact(item: Any) -> ContactMoment:
    payload = item.payload
    return ContactMoment(
        key=item.op_id,
        kanaal=str(payload.get("kanaal", "")),
        onderwerp=str(payload.get("onderwerp", "")),
        inhoud=str(payload.get("inhoud", "")),
        plaatsgevonden_op=_moment(payload.get("plaatsgevonden_op"), item.created_at),
        vertrouwelijk=bool(payload.get("vertrouwelijk", False)),
        pending=True,
        error=item.last_error,
    )


def _moment(value: Any, default: datetime) -> datetime:
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return default
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
