"""The bulk refresh of many clients (the caseload sync, DESIGN §6, §12): few requests across clients.

A refresh per client (`Refresher.refresh_client`) asks every API separately for each client, ~20 requests
per client. This refresh asks across clients where the APIs allow it, and writes what a refresh per client
writes (projection rows, raw documents, `sync_state` per section with its source and time):

* BRP: persons and their relatives in queries of 20 (the `RaadpleegMetBurgerservicenummer` maximum),
  co-residents once per address;
* Zaken: each client's zaken with their rollen in one list (`expand=rollen`); statussen, besluiten and
  zaakinformatieobjecten once per zaak, not per client (the APIs filter them by one zaak only), and
  zaakinformatieobjecten only for zaken that list any; each document once (conditionally, with a cached ETag);
* Klantinteracties: the partij, then its klantcontacten with their interne taken
  (`expand=leiddeTotInterneTaken`);
* Objects: the voorzieningen of up to 50 clients at once (`data_attr=bsn__in__…`).

Each section is written for many clients in one transaction; a section that fails for a client (its
request failed) gets its error in that client's `sync_state` and keeps what was cached, as in a refresh per
client. Zaken come from lists, which carry no ETag: the next refresh of such a zaak is a full GET once.
"""

from __future__ import annotations

import asyncio
import logging
from collections import defaultdict
from collections.abc import Awaitable, Callable, Coroutine, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from typing import Any, Generic, TypeVar

from pydantic import BaseModel

from caseworker.api.besluiten import Besluit
from caseworker.api.brp import RAADPLEEG_MAX
from caseworker.api.klantinteracties import InterneTaak, Klantcontact, Partij
from caseworker.api.models import Conditional
from caseworker.api.objects import ApiObject
from caseworker.api.zaken import Rol, Status, Zaak, ZaakInformatieObject
from caseworker.domain.bsn import mask_bsn
from caseworker.domain.client import SECTION_SOURCES, SectionName
from caseworker.domain.household import assemble_household
from caseworker.domain.person import Person
from caseworker.errors import KnownError
from caseworker.store import Fetched, ScopeKind, Writer
from caseworker.store.models import (
    BesluitRow,
    DocumentRow,
    InterneTaakRow,
    KlantcontactRow,
    StatusRow,
    VoorzieningRow,
    ZaakRow,
)
from caseworker.store.reads import cached_document_etags
from caseworker.sync.connectivity import describe
from caseworker.sync.refresh import (
    VOORZIENING_OBJECTTYPE,
    Batch,
    OnSection,
    Refresher,
    RefreshResult,
    SectionRefreshed,
    _best_effort,
    _document,
    _save_household,
    failure_of,
    person_document,
    person_url,
    task_due,
)

log = logging.getLogger(__name__)

T = TypeVar("T")

OBJECTS_BATCH = 50  # BSNs per Objects query (the URL stays well under 1 kB of filter)
WRITE_CLIENTS = 50  # clients per write transaction of one section

Zaken = list[tuple[Zaak, list[Rol]]]
Contacts = tuple[Partij | None, list[tuple[Klantcontact, list[InterneTaak]]]]


@dataclass(frozen=True)
class Failed:
    """A request (or a client's section) that failed: the source failure, as `failure_of` finds it."""

    error: BaseException


async def attempt(work: Awaitable[T]) -> T | Failed:
    """`work`'s result, or its source failure; a bug (no source failure) is raised."""
    try:
        return await work
    except Exception as exc:
        failure = failure_of(exc)
        if failure is None:
            raise
        return Failed(failure)


def ok(outcome: T | Failed) -> T:
    """The value of an outcome that must have succeeded for the caller to go on; raises its failure."""
    if isinstance(outcome, Failed):
        raise outcome.error
    return outcome


class Shared(Generic[T]):
    """Requests keyed by what they ask for, each started once however many clients need it."""

    def __init__(self, fetch: Callable[[str], Coroutine[Any, Any, T]]) -> None:
        self._fetch = fetch
        self._tasks: dict[str, asyncio.Task[T | Failed]] = {}

    def start(self, key: str) -> asyncio.Task[T | Failed]:
        if key not in self._tasks:
            self._tasks[key] = asyncio.ensure_future(attempt(self._fetch(key)))
        return self._tasks[key]

    async def get(self, key: str) -> T:
        return ok(await self.start(key))

    async def close(self) -> None:
        for task in self._tasks.values():
            task.cancel()
        await asyncio.gather(*self._tasks.values(), return_exceptions=True)


@dataclass
class BulkResult:
    results: dict[str, dict[SectionName, SectionRefreshed]] = field(default_factory=dict)

    def of(self, bsns: Iterable[str]) -> list[RefreshResult]:
        return [RefreshResult(bsn, self.results.get(bsn, {})) for bsn in bsns]


async def set_scopes(
    refresher: Refresher, bsns: Sequence[str], kind: ScopeKind, now: datetime, until: datetime | None = None
) -> None:
    """The scopes first, in one transaction: clients whose refresh is interrupted are still wanted."""

    def save(writer: Writer) -> None:
        for bsn in bsns:
            writer.set_scope(bsn, kind, now=now, until=until)

    await refresher.runner.write(save)


async def refresh_bulk(
    refresher: Refresher,
    bsns: Sequence[str],
    *,
    on_section: OnSection | None = None,
) -> list[RefreshResult]:
    """Refresh every section of these clients, across clients (their scopes are the caller's)."""
    bulk = _BulkRefresh(refresher, list(dict.fromkeys(bsns)), on_section)
    return await bulk.run()


class _BulkRefresh:
    def __init__(
        self,
        refresher: Refresher,
        bsns: list[str],
        on_section: OnSection | None,
    ) -> None:
        self.r = refresher
        self.apis = refresher.apis
        self.bsns = bsns
        self.on_section = on_section
        self.result = BulkResult()
        apis = self.apis
        call = self.r.call
        self.zaken = Shared(self._zaken_of)
        self.statussen = Shared(lambda url: call("zaken", partial(apis.zaken.statussen, url)))
        self.besluiten = Shared(lambda url: call("besluiten", partial(apis.besluiten.besluiten, url)))
        self.links = Shared(lambda url: call("zaken", partial(apis.zaken.zaakinformatieobjecten, url)))
        self.documents = Shared(self._document)
        self.contacts = Shared(self._contacts_of)
        self.residents = Shared(self._residents_at)
        self._persons: asyncio.Task[dict[str, Person | Failed]] | None = None
        self._relatives: asyncio.Task[dict[str, Person | Failed]] | None = None
        self._etags: dict[str, str | None] = {}

    async def run(self) -> list[RefreshResult]:
        if not self.bsns:
            return []
        self._etags = await self.r.runner.read(partial(cached_document_etags, bsns=self.bsns))
        sections: dict[SectionName, Callable[[str], Awaitable[Batch]]] = {
            SectionName.PERSON: self._person,
            SectionName.HOUSEHOLD: self._household,
            SectionName.ZAKEN: self._zaken,
            SectionName.BESLUITEN: self._besluiten,
            SectionName.DOCUMENTEN: self._documenten,
            SectionName.KLANTCONTACTEN: self._klantcontacten,
            SectionName.INTERNETAKEN: self._internetaken,
        }
        try:
            async with asyncio.TaskGroup() as group:
                group.create_task(self._voorzieningen_all())  # by groups of clients, not per client
                for name, build in sections.items():
                    group.create_task(self._section(name, build))
        finally:
            for shared in (
                self.zaken,
                self.statussen,
                self.besluiten,
                self.links,
                self.documents,
                self.contacts,
                self.residents,
            ):
                await shared.close()
            for task in (self._persons, self._relatives):
                if task is not None:
                    task.cancel()
        return self.result.of(self.bsns)

    # --- building and writing a section for every client ---------------------------------------------

    async def _section(self, name: SectionName, build: Callable[[str], Awaitable[Batch]]) -> None:
        """Build the section's batch for every client, then write them in groups, in the clients' order:
        a resource two clients share (a zaak of a household) is kept under the later client, as when
        the clients are refreshed one after the other."""
        outcomes: dict[str, tuple[datetime, Batch | Failed]] = {}

        async def one(bsn: str) -> None:
            outcome = await attempt(build(bsn))
            outcomes[bsn] = (self.r.clock(), outcome)

        async with asyncio.TaskGroup() as group:
            for bsn in self.bsns:
                group.create_task(one(bsn))
        ordered = [(bsn, *outcomes[bsn]) for bsn in self.bsns]
        writes = [
            self._write(name, ordered[i : i + WRITE_CLIENTS]) for i in range(0, len(ordered), WRITE_CLIENTS)
        ]
        await asyncio.gather(*writes)

    def _write(
        self, name: SectionName, outcomes: list[tuple[str, datetime, Batch | Failed]]
    ) -> asyncio.Future[None]:
        source = SECTION_SOURCES[name]
        for _, at, outcome in outcomes:
            if isinstance(outcome, Failed) and isinstance(outcome.error, TimeoutError):
                self.r.connectivity.failed(source, outcome.error, at)

        def save(writer: Writer) -> None:
            for bsn, at, outcome in outcomes:
                if isinstance(outcome, Failed):
                    error = describe(outcome.error)
                    writer.save_sync_state(bsn, name.value, source, at=at, error=error)
                else:
                    outcome.apply(writer)
                    writer.save_sync_state(bsn, name.value, source, at=at, note=outcome.note)

        async def write() -> None:
            await self.r.runner.write(save)
            for bsn, at, outcome in outcomes:
                if isinstance(outcome, Failed):
                    error = describe(outcome.error)
                    log.info("refresh of %s for %s failed: %s", name.value, mask_bsn(bsn), error)
                    event = SectionRefreshed(bsn, name, False, error, at)
                else:
                    event = SectionRefreshed(bsn, name, True, outcome.note, at, len(outcome.saves))
                self.result.results.setdefault(bsn, {})[name] = event
                self.r.report(event, self.on_section)

        return asyncio.ensure_future(write())

    def _fetched(self, source: str, url: str, document: Any, etag: str | None = None) -> Fetched:
        return Fetched(source, url, etag, self.r.clock(), document)

    def _save_raw(self, source: str, url: str, model: BaseModel, bsn: str) -> Callable[[Writer], None]:
        return partial(Writer.save_raw, fetched=self._fetched(source, url, _document(model)), bsn=bsn)

    def _save_person(self, person: Person) -> Callable[[Writer], None]:
        fetched = self._fetched("brp", person_url(person.bsn), person_document(person))
        return partial(Writer.save_person, person=person, fetched=fetched)

    # --- BRP -----------------------------------------------------------------------------------------

    async def _brp_persons(self, bsns: Sequence[str]) -> dict[str, Person | Failed]:
        """The persons with these BSNs, asked for 20 at a time, concurrently; an unknown BSN is absent."""

        async def chunk(part: Sequence[str]) -> tuple[Sequence[str], list[Person] | Failed]:
            return part, await attempt(self.r.call("brp", partial(self.apis.brp.persons, part)))

        parts = [bsns[i : i + RAADPLEEG_MAX] for i in range(0, len(bsns), RAADPLEEG_MAX)]
        found: dict[str, Person | Failed] = {}
        for part, outcome in await asyncio.gather(*(chunk(p) for p in parts)):
            if isinstance(outcome, Failed):
                found.update(dict.fromkeys(part, outcome))
            else:
                found.update((p.bsn, p) for p in outcome if p.bsn in part)
        return found

    async def _client(self, bsn: str) -> Person:
        if self._persons is None:
            self._persons = asyncio.ensure_future(self._brp_persons(self.bsns))
        person = ok((await asyncio.shield(self._persons)).get(bsn) or Failed(_not_in_brp()))
        return person

    async def _person(self, bsn: str) -> Batch:
        batch = Batch()
        batch.add(self._save_person(await self._client(bsn)))
        return batch

    async def _all_relatives(self) -> dict[str, Person | Failed]:
        clients = []
        for bsn in self.bsns:
            try:
                clients.append(await self._client(bsn))
            except Exception as exc:
                if failure_of(exc) is None:
                    raise
        related = dict.fromkeys(b for c in clients for b in (*c.partner_bsns, *c.kind_bsns, *c.ouder_bsns))
        return await self._brp_persons(list(related))

    async def _household(self, bsn: str) -> Batch:
        client = await self._client(bsn)
        if self._relatives is None:
            self._relatives = asyncio.ensure_future(self._all_relatives())
        relatives = await asyncio.shield(self._relatives)
        known: dict[str, Person] = {}
        for related in (*client.partner_bsns, *client.kind_bsns, *client.ouder_bsns):
            found = relatives.get(related)
            if isinstance(found, Failed):
                raise found.error
            if found is not None:
                known[related] = found
        address = client.address
        residents: list[Person] = []
        if address and address.adresseerbaar_object_id:
            residents = await self.residents.get(f"aoid:{address.adresseerbaar_object_id}")
        elif address and address.postcode and address.huisnummer:
            residents = await self.residents.get(f"adres:{address.postcode}:{address.huisnummer}")
        household = assemble_household(client, known, residents)
        batch = Batch()
        for member in household.members[1:]:
            batch.add(self._save_person(member.person))
        batch.add(partial(_save_household, household))
        return batch

    async def _residents_at(self, key: str) -> list[Person]:
        kind, _, where = key.partition(":")
        brp = self.apis.brp
        if kind == "aoid":
            return await self.r.call("brp", partial(brp.residents, where))
        postcode, _, huisnummer = where.rpartition(":")
        return await self.r.call("brp", partial(brp.search_address, postcode, int(huisnummer)))

    # --- Zaken, Besluiten, Documenten ------------------------------------------------------------------

    async def _zaken_of(self, bsn: str) -> Zaken:
        return await self.r.call("zaken", partial(self.apis.zaken.zaken_with_rollen, bsn=bsn))

    async def _zaken(self, bsn: str) -> Batch:
        listed_at = self.r.clock()
        catalog = asyncio.ensure_future(_best_effort("zaaktypen en statussen", self.r.load_catalog()))
        try:
            zaken = await self.zaken.get(bsn)
            history = await asyncio.gather(
                *(self.statussen.get(z.url) for z, _ in zaken if z.status), return_exceptions=True
            )
        finally:
            note = await catalog
        for outcome in history:
            if isinstance(outcome, BaseException):
                raise outcome
        statussen: dict[str, list[Status]] = {}
        for (zaak, _), found in zip([z for z in zaken if z[0].status], history, strict=True):
            assert not isinstance(found, BaseException)
            statussen[zaak.url] = found
        batch = Batch(note=note)
        batch.retain(ZaakRow, bsn, (z.url for z, _ in zaken), listed_at=listed_at)
        batch.retain(
            StatusRow, bsn, (s.url for found in statussen.values() for s in found), listed_at=listed_at
        )
        for zaak, rollen in zaken:
            history_of = statussen.get(zaak.url, [])
            text = self.r.reference.statustekst(history_of, zaak.status)
            fetched = self._fetched("zaken", zaak.url, _document(zaak))
            batch.add(partial(Writer.save_zaak, zaak=zaak, fetched=fetched, bsn=bsn, status_text=text))
            for status in history_of:
                status_fetched = self._fetched("zaken", status.url, _document(status))
                batch.add(partial(Writer.save_status, status=status, fetched=status_fetched, bsn=bsn))
            # Newest first, as the rollen list gives them (the expansion follows `zaak.rollen`, oldest
            # first): the view lists a zaak's roles in the order they were written.
            for rol in reversed(rollen):
                batch.add(self._save_raw("zaken", rol.url, rol, bsn))
        return batch

    async def _per_zaak(self, shared: Shared[list[T]], zaken: Iterable[Zaak]) -> list[T]:
        found = await asyncio.gather(*(shared.get(z.url) for z in zaken))
        return [item for items in found for item in items]

    async def _besluiten(self, bsn: str) -> Batch:
        listed_at = self.r.clock()
        zaken = [z for z, _ in await self.zaken.get(bsn)]
        besluiten: list[Besluit] = await self._per_zaak(self.besluiten, zaken)
        batch = Batch()
        batch.retain(BesluitRow, bsn, (b.url for b in besluiten), listed_at=listed_at)
        for besluit in besluiten:
            fetched = self._fetched("besluiten", besluit.url, _document(besluit))
            batch.add(partial(Writer.save_besluit, besluit=besluit, fetched=fetched, bsn=bsn))
        return batch

    async def _documenten(self, bsn: str) -> Batch:
        listed_at = self.r.clock()
        # A zaak lists its zaakinformatieobjecten: one without any needs no request for them.
        zaken = [z for z, _ in await self.zaken.get(bsn) if z.zaakinformatieobjecten]
        links: list[ZaakInformatieObject] = await self._per_zaak(self.links, zaken)
        urls = list(dict.fromkeys(link.informatieobject for link in links))
        found = await asyncio.gather(*(self.documents.get(url) for url in urls))
        batch = Batch()
        batch.retain(DocumentRow, bsn, urls, listed_at=listed_at)
        for link in links:
            batch.add(self._save_raw("zaken", link.url, link, bsn))
        for url, conditional in zip(urls, found, strict=True):
            if conditional.value is not None:
                fetched = self._fetched("documenten", url, _document(conditional.value), conditional.etag)
                batch.add(partial(Writer.save_document, document=conditional.value, fetched=fetched, bsn=bsn))
        return batch

    async def _document(self, url: str) -> Conditional[Any]:
        etag = self._etags.get(url)
        return await self.r.call("documenten", partial(self.apis.documenten.document, url, etag=etag))

    # --- Klantinteracties, Objects ---------------------------------------------------------------------

    async def _contacts_of(self, bsn: str) -> Contacts:
        ki = self.apis.klantinteracties
        partij = await self.r.call("klantinteracties", partial(ki.partij_for_bsn, bsn))
        if partij is None:
            return None, []
        return partij, await self.r.call(
            "klantinteracties", partial(ki.klantcontacten_with_taken, partij.uuid)
        )

    async def _klantcontacten(self, bsn: str) -> Batch:
        listed_at = self.r.clock()
        partij, contacts = await self.contacts.get(bsn)
        batch = Batch()
        batch.retain(KlantcontactRow, bsn, (c.uuid for c, _ in contacts), listed_at=listed_at)
        if partij is not None:
            batch.add(self._save_raw("klantinteracties", partij.url, partij, bsn))
        for contact, _ in contacts:
            fetched = self._fetched("klantinteracties", contact.url, _document(contact))
            batch.add(partial(Writer.save_klantcontact, contact=contact, fetched=fetched, bsn=bsn))
        return batch

    async def _internetaken(self, bsn: str) -> Batch:
        listed_at = self.r.clock()
        names: dict[str, str] = {}

        async def actoren() -> None:
            names.update(await self.r.actoren())

        missing = asyncio.ensure_future(_best_effort("namen van de behandelaars", actoren()))
        try:
            _, contacts = await self.contacts.get(bsn)
        finally:
            note = await missing
        taken = [t for _, per_contact in contacts for t in per_contact]
        batch = Batch(note=note)
        batch.retain(InterneTaakRow, bsn, (t.uuid for t in taken), listed_at=listed_at)
        for taak in taken:
            actor = ", ".join(names.get(a.url, "") for a in taak.toegewezen_aan_actoren if a.url)
            fetched = self._fetched("klantinteracties", taak.url, _document(taak))
            batch.add(
                partial(
                    Writer.save_internetaak,
                    taak=taak,
                    fetched=fetched,
                    bsn=bsn,
                    actor=actor,
                    due=task_due(taak),
                )
            )
        return batch

    async def _voorzieningen_all(self) -> None:
        """One Objects query per 50 clients; each query's clients are written together."""
        listed_at = self.r.clock()
        type_url = await attempt(self.r.objecttype(VOORZIENING_OBJECTTYPE))
        parts = [self.bsns[i : i + OBJECTS_BATCH] for i in range(0, len(self.bsns), OBJECTS_BATCH)]

        async def part(bsns: list[str]) -> None:
            objects: list[ApiObject] | Failed
            if isinstance(type_url, Failed):
                objects = type_url
            else:
                query = partial(self.apis.objects.objects_in, type_url, "bsn", bsns)
                objects = await attempt(self.r.call("objects", query))
            per_client: dict[str, list[ApiObject]] = defaultdict(list)
            if not isinstance(objects, Failed):
                for obj in objects:
                    per_client[str(obj.record.data.get("bsn", ""))].append(obj)
            outcomes: list[tuple[str, datetime, Batch | Failed]] = []
            for bsn in bsns:
                if isinstance(objects, Failed):
                    outcomes.append((bsn, self.r.clock(), objects))
                    continue
                batch = Batch()
                batch.retain(VoorzieningRow, bsn, (o.url for o in per_client[bsn]), listed_at=listed_at)
                for obj in per_client[bsn]:
                    fetched = self._fetched("objects", obj.url, _document(obj))
                    batch.add(partial(Writer.save_voorziening, obj=obj, fetched=fetched, bsn=bsn))
                outcomes.append((bsn, self.r.clock(), batch))
            await self._write(SectionName.VOORZIENINGEN, outcomes)

        await asyncio.gather(*(part(p) for p in parts))


def _not_in_brp() -> KnownError:
    return KnownError("Deze persoon staat niet (meer) in de BRP.")
