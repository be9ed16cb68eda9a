"""Pull (DESIGN §3, §6): refresh every section of a client's view concurrently, each on its own.

Every section (person, household, zaken, besluiten, documenten, klantcontacten, internetaken, voorzieningen)
has its own timeout; a section that answers is written at once (one transaction, on the store's writer
thread) and reported as `SectionRefreshed`; a section that fails keeps its cached data and gets its error in
`sync_state`. Resources already in the cache are revalidated at once — conditionally where the API gives
ETags — instead of after the list that names them, so a warm refresh costs about one round trip per source.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Awaitable, Callable, Coroutine, Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import partial
from typing import Any, Generic, TypeVar

from pydantic import BaseModel

from caseworker.api.apis import MunicipalApis
from caseworker.api.catalogi import StatusType, ZaakType
from caseworker.api.errors import ApiError
from caseworker.api.klantinteracties import InterneTaak, Klantcontact, Partij
from caseworker.api.models import Conditional
from caseworker.api.zaken import Rol, Status, Zaak, ZaakInformatieObject
from caseworker.domain.bsn import mask_bsn
from caseworker.domain.client import SECTION_SOURCES, SectionName
from caseworker.domain.client import task_due as due_in
from caseworker.domain.household import Household, assemble_household
from caseworker.domain.person import Person
from caseworker.errors import KnownError
from caseworker.events import EventBus
from caseworker.store import Fetched, Store, Writer
from caseworker.store.models import (
    Base,
    BesluitRow,
    DocumentRow,
    InterneTaakRow,
    KlantcontactRow,
    StatusRow,
    VoorzieningRow,
    ZaakRow,
)
from caseworker.store.reads import CachedResources, cached_resources
from caseworker.sync.connectivity import ConnectivityMonitor, describe

log = logging.getLogger(__name__)

T = TypeVar("T")
K = TypeVar("K")

SECTION_TIMEOUT = 20.0  # seconds for one section, all of its requests included
PER_SERVICE = 10  # requests in flight per API: the HTTP pool's size, so none waits for a connection
REFERENCE_MAX_AGE = timedelta(days=1)  # catalogus and actoren change rarely (DESIGN §6)
VOORZIENING_OBJECTTYPE = "voorziening"

Save = Callable[[Writer], None]


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class SectionRefreshed:
    """One section of a client's view was refreshed (`ok`) or could not be (`error`, cache kept)."""

    bsn: str
    section: SectionName
    ok: bool
    error: str
    fetched_at: datetime
    resources: int = 0  # resources written into the store


@dataclass(frozen=True)
class RefreshResult:
    bsn: str
    sections: Mapping[SectionName, SectionRefreshed]

    @property
    def ok(self) -> bool:
        return all(s.ok for s in self.sections.values())

    @property
    def resources(self) -> int:
        return sum(s.resources for s in self.sections.values())


OnSection = Callable[[SectionRefreshed], None]


class StoreRunner:
    """Blocking store calls off the event loop. Writes run on one thread (the store has one writer
    connection, so more threads would only queue for it) with group commit: the writes that arrive while a
    transaction commits go together into the next one, so a sync pays one fsync per batch instead of one
    per section. Reads run on the default executor.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self._writes = ThreadPoolExecutor(max_workers=1, thread_name_prefix="store-writer")
        self._lock = threading.Lock()
        self._queue: list[_Write[Any]] = []

    async def write(self, work: Callable[[Writer], T]) -> T:
        """Run `work` in a write transaction; it may share the transaction with other writes."""
        result: T = await self.queue(work)
        return result

    def queue(self, work: Callable[[Writer], T]) -> asyncio.Future[T]:
        """`write`, queued before this returns: the caller may go on (paint) and await the outcome later."""
        loop = asyncio.get_running_loop()
        write = _Write(work, loop, loop.create_future())
        with self._lock:
            self._queue.append(write)
            first = len(self._queue) == 1
        if first:
            self._writes.submit(self._drain)
        return write.future

    async def read(self, work: Callable[[Store], T]) -> T:
        return await asyncio.to_thread(work, self.store)

    def close(self) -> None:
        self._writes.shutdown(wait=True)

    def _drain(self) -> None:
        with self._lock:
            batch, self._queue = self._queue, []
        try:
            with self.store.write() as writer:
                results = [write.work(writer) for write in batch]
        except Exception as exc:
            if len(batch) == 1:
                batch[0].settle(None, exc)
                return
            # One write failed and took the batch with it: run each alone, so only that one fails.
            for write in batch:
                self._run_alone(write)
            return
        for write, result in zip(batch, results, strict=True):
            write.settle(result, None)

    def _run_alone(self, write: _Write[Any]) -> None:
        try:
            with self.store.write() as writer:
                result = write.work(writer)
        except Exception as exc:
            write.settle(None, exc)
        else:
            write.settle(result, None)


@dataclass(frozen=True)
class _Write(Generic[T]):
    work: Callable[[Writer], T]
    loop: asyncio.AbstractEventLoop
    future: asyncio.Future[T]

    def settle(self, result: T | None, error: BaseException | None) -> None:
        """Hand the outcome to the waiting coroutine, in its own loop's thread."""
        if not self.loop.is_closed():  # nobody is left to tell when the loop has ended
            self.loop.call_soon_threadsafe(_settle, self.future, result, error)


def _settle(future: asyncio.Future[Any], result: object, error: BaseException | None) -> None:
    if future.cancelled():  # the waiter gave up; the write itself was done (or failed) all the same
        return
    if error is not None:
        future.set_exception(error)
    else:
        future.set_result(result)


@dataclass
class Batch:
    """What one section writes, applied in one transaction: the resources (`saves`), then the removal of
    what the server no longer lists (`removals`)."""

    saves: list[Save] = field(default_factory=list)
    removals: list[Callable[[Writer], object]] = field(default_factory=list)
    note: str = ""  # refreshed, but something is missing (e.g. names from reference data): for the user

    def add(self, save: Save) -> None:
        self.saves.append(save)

    def retain(self, model: type[Base], bsn: str, keep: Iterable[str], *, listed_at: datetime) -> None:
        """Only once the section's list succeeded: the client's `model` rows not in `keep` go."""
        self.removals.append(
            partial(Writer.retain, model=model, bsn=bsn, keep=frozenset(keep), fetched_before=listed_at)
        )

    def apply(self, writer: Writer) -> None:
        for save in self.saves:
            save(writer)
        for removal in self.removals:
            removal(writer)


@dataclass
class ReferenceData:
    """Slow-changing lookups shared by all refreshes, fetched at most once a day."""

    zaaktypen: dict[str, ZaakType] = field(default_factory=dict)
    statustypen: dict[str, StatusType] = field(default_factory=dict)
    actoren: dict[str, str] = field(default_factory=dict)  # actor URL → name
    loaded_at: dict[str, datetime] = field(default_factory=dict)
    locks: dict[str, asyncio.Lock] = field(default_factory=dict)

    def fresh(self, kind: str, now: datetime) -> bool:
        loaded = self.loaded_at.get(kind)
        return loaded is not None and now - loaded < REFERENCE_MAX_AGE

    def statustekst(self, statussen: list[Status], status_url: str | None) -> str:
        current = next((s for s in statussen if s.url == status_url), None)
        kind = self.statustypen.get(current.statustype) if current else None
        return kind.omschrijving if kind else ""


def _document(model: BaseModel) -> Any:
    """The document as stored in raw_document. The API clients return typed models only, so this is the
    model written back in its wire shape (fields the models do not declare are not kept)."""
    return model.model_dump(mode="json", by_alias=True, exclude_none=True)


def person_document(person: Person) -> dict[str, Any]:
    return _jsonable(asdict(person))


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def person_url(bsn: str) -> str:
    """BRP persons have no resource URL (they are found by POST queries); the cache keys them by BSN."""
    return f"brp:personen/{bsn}"


def task_due(taak: InterneTaak) -> date | None:
    return due_in(taak.toelichting)


def failure_of(error: BaseException) -> BaseException | None:
    """The source failure inside `error` (API errors, timeouts, refused connections, known errors), or
    None when it is a bug. Task groups wrap what their tasks raised in exception groups."""
    if isinstance(error, BaseExceptionGroup):
        found = [failure_of(e) for e in error.exceptions]
        return next((f for f in found if f is not None), None)
    if isinstance(error, ApiError | TimeoutError | OSError | KnownError):
        return error
    return None


async def known_then_listed(
    known: Iterable[K],
    listed: Callable[[], Awaitable[Iterable[K]]],
    fetch: Callable[[K], Coroutine[Any, Any, T]],
) -> dict[K, T]:
    """`fetch` for every key the list names, starting with the keys already known before the list has
    arrived; keys the list no longer names are dropped."""
    async with asyncio.TaskGroup() as group:
        early: dict[K, asyncio.Task[T]] = {key: group.create_task(fetch(key)) for key in dict.fromkeys(known)}
        keys = list(dict.fromkeys(await listed()))
        tasks = {key: early.pop(key) if key in early else group.create_task(fetch(key)) for key in keys}
        for task in early.values():
            task.cancel()
    return {key: task.result() for key, task in tasks.items()}


class Refresher:
    """Refreshes clients for one profile: owns the request limits, the reference data and the reporting."""

    def __init__(
        self,
        apis: MunicipalApis,
        runner: StoreRunner,
        *,
        bus: EventBus | None = None,
        connectivity: ConnectivityMonitor | None = None,
        section_timeout: float = SECTION_TIMEOUT,
        per_service: int = PER_SERVICE,
        max_in_flight: int | None = None,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self.apis = apis
        self.runner = runner
        self.bus = bus
        self.connectivity = connectivity or ConnectivityMonitor(bus)
        self.section_timeout = section_timeout
        self.reference = ReferenceData()
        self.clock = clock
        self._per_service = {name: asyncio.Semaphore(per_service) for name in apis.services}
        # One limit over all APIs; 1 makes every request wait for the one before (the sequential benchmark).
        self._in_flight = asyncio.Semaphore(max_in_flight) if max_in_flight else None

    async def refresh_client(self, bsn: str, *, on_section: OnSection | None = None) -> RefreshResult:
        cached = await self.runner.read(partial(cached_resources, bsn=bsn))
        return await _ClientRefresh(self, bsn, cached, on_section).run()

    async def refresh_many(
        self, bsns: Iterable[str], *, concurrency: int = 4, on_section: OnSection | None = None
    ) -> list[RefreshResult]:
        """Refresh several clients, at most `concurrency` at a time."""
        limit = asyncio.Semaphore(concurrency)

        async def one(bsn: str) -> RefreshResult:
            async with limit:
                return await self.refresh_client(bsn, on_section=on_section)

        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(one(bsn)) for bsn in bsns]
        return [task.result() for task in tasks]

    async def call(self, service: str, request: Callable[[], Awaitable[T]]) -> T:
        """One API request, within the limits, its outcome reported to the connectivity monitor."""
        async with self._per_service[service]:
            if self._in_flight is None:
                return await self._timed(service, request)
            async with self._in_flight:
                return await self._timed(service, request)

    async def _timed(self, service: str, request: Callable[[], Awaitable[T]]) -> T:
        started = time.perf_counter()
        try:
            result = await request()
        except (ApiError, OSError) as exc:
            self.connectivity.failed(service, exc, self.clock())
            raise
        self.connectivity.succeeded(service, time.perf_counter() - started, self.clock())
        return result

    async def load_catalog(self) -> None:
        async def load() -> None:
            zaaktypen, statustypen = await asyncio.gather(
                self.call("catalogi", self.apis.catalogi.zaaktypen),
                self.call("catalogi", self.apis.catalogi.statustypen),
            )
            self.reference.zaaktypen = {z.url: z for z in zaaktypen}
            self.reference.statustypen = {s.url: s for s in statustypen}
            now = self.clock()
            # Kept in the store too: the client view names zaaktypen and statussen offline.
            await self.runner.write(partial(_save_catalog, [*zaaktypen, *statustypen], now))

        await self._reference("catalogus", load)

    async def actoren(self) -> dict[str, str]:
        async def load() -> None:
            actoren = await self.call("klantinteracties", self.apis.klantinteracties.actoren)
            self.reference.actoren = {a.url: a.naam for a in actoren}

        await self._reference("actoren", load)
        return self.reference.actoren

    async def objecttype(self, name: str) -> str:
        url = await self.call("objects", partial(self.apis.objects.objecttype_url, name))
        if url is None:
            raise KnownError(f"Het objecttype '{name}' bestaat niet in de Objecten-registratie.")
        return url

    async def _reference(self, kind: str, load: Callable[[], Awaitable[None]]) -> None:
        lock = self.reference.locks.setdefault(kind, asyncio.Lock())
        async with lock:
            if not self.reference.fresh(kind, self.clock()):
                await load()
                self.reference.loaded_at[kind] = self.clock()

    def report(self, event: SectionRefreshed, on_section: OnSection | None) -> None:
        if self.bus is not None:
            self.bus.emit(event)
        if on_section is not None:
            on_section(event)


def _save_catalog(types: list[ZaakType | StatusType], now: datetime, writer: Writer) -> None:
    for kind in types:
        writer.save_raw(Fetched("catalogi", kind.url, None, now, _document(kind)), bsn=None)


class _ClientRefresh:
    """One refresh of one client. Requests that several sections need (the client's person, zaken list,
    partij and klantcontacten) are started once and shared."""

    def __init__(
        self, refresher: Refresher, bsn: str, cached: CachedResources, on_section: OnSection | None
    ) -> None:
        self.r = refresher
        self.apis = refresher.apis
        self.bsn = bsn
        self.cached = cached
        self.on_section = on_section
        self._shared: dict[str, asyncio.Task[Any]] = {}

    async def run(self) -> RefreshResult:
        sections: dict[SectionName, Callable[[], Awaitable[Batch]]] = {
            SectionName.PERSON: self._person,
            SectionName.HOUSEHOLD: self._household,
            SectionName.ZAKEN: self._zaken,
            SectionName.BESLUITEN: self._besluiten,
            SectionName.DOCUMENTEN: self._documenten,
            SectionName.KLANTCONTACTEN: self._klantcontacten,
            SectionName.INTERNETAKEN: self._internetaken,
            SectionName.VOORZIENINGEN: self._voorzieningen,
        }
        try:
            async with asyncio.TaskGroup() as group:
                tasks = {
                    name: group.create_task(self._section(name, fetch)) for name, fetch in sections.items()
                }
        finally:
            await self._settle_shared()
        return RefreshResult(self.bsn, {name: task.result() for name, task in tasks.items()})

    async def _section(self, name: SectionName, fetch: Callable[[], Awaitable[Batch]]) -> SectionRefreshed:
        source = SECTION_SOURCES[name]
        try:
            async with asyncio.timeout(self.r.section_timeout):
                batch = await fetch()
        except Exception as exc:
            failure = failure_of(exc)
            if failure is None:
                raise
            return await self._failed(name, source, failure)
        now = self.r.clock()

        def save(writer: Writer) -> None:
            batch.apply(writer)
            writer.save_sync_state(self.bsn, name.value, source, at=now, note=batch.note)

        await self.r.runner.write(save)
        event = SectionRefreshed(self.bsn, name, True, batch.note, now, len(batch.saves))
        self.r.report(event, self.on_section)
        return event

    async def _failed(self, name: SectionName, source: str, failure: BaseException) -> SectionRefreshed:
        now = self.r.clock()
        if isinstance(failure, TimeoutError):
            self.r.connectivity.failed(source, failure, now)
        error = describe(failure)
        log.info("refresh of %s for %s failed: %s", name.value, mask_bsn(self.bsn), error)
        await self.r.runner.write(
            partial(
                Writer.save_sync_state, bsn=self.bsn, section=name.value, source=source, at=now, error=error
            )
        )
        event = SectionRefreshed(self.bsn, name, False, error, now)
        self.r.report(event, self.on_section)
        return event

    async def _share(self, key: str, make: Callable[[], Awaitable[T]]) -> T:
        """A request several sections await: started once; shielded, so one section's timeout does not
        cancel it for the others."""
        if key not in self._shared:
            self._shared[key] = asyncio.ensure_future(make())
        task: asyncio.Task[T] = self._shared[key]
        return await asyncio.shield(task)

    async def _settle_shared(self) -> None:
        for task in self._shared.values():
            task.cancel()
        await asyncio.gather(*self._shared.values(), return_exceptions=True)

    def _fetched(self, source: str, url: str, document: Any, etag: str | None = None) -> Fetched:
        return Fetched(source, url, etag, self.r.clock(), document)

    # --- BRP -----------------------------------------------------------------------------------------

    async def _client(self) -> Person:
        async def fetch() -> Person:
            person = await self.r.call("brp", partial(self.apis.brp.person, self.bsn))
            if person is None:
                raise KnownError("Deze persoon staat niet (meer) in de BRP.")
            return person

        return await self._share("person", fetch)

    async def _person(self) -> Batch:
        person = await self._client()
        batch = Batch()
        batch.add(self._save_person(person))
        return batch

    def _save_person(self, person: Person) -> Save:
        fetched = self._fetched("brp", person_url(person.bsn), person_document(person))
        return partial(Writer.save_person, person=person, fetched=fetched)

    async def _household(self) -> Batch:
        """The related persons and the co-residents. With the client cached they are asked for at once,
        beside the client, and used if the client's relations and address turn out unchanged."""
        cached = self.cached.person
        async with asyncio.TaskGroup() as group:
            early = group.create_task(self._relatives(cached)) if cached else None
            client = await self._client()
            if early is not None and cached is not None and _links(cached) == _links(client):
                known, residents = await early
            else:
                if early is not None:
                    early.cancel()
                known, residents = await self._relatives(client)
        household = assemble_household(client, {p.bsn: p for p in known}, residents)
        batch = Batch()
        for member in household.members[1:]:
            batch.add(self._save_person(member.person))
        batch.add(partial(_save_household, household))
        return batch

    async def _relatives(self, client: Person) -> tuple[list[Person], list[Person]]:
        related = [*client.partner_bsns, *client.kind_bsns, *client.ouder_bsns]
        async with asyncio.TaskGroup() as group:
            known = group.create_task(self.r.call("brp", partial(self.apis.brp.persons, related)))
            residents = group.create_task(self._residents(client))
        return known.result(), residents.result()

    async def _residents(self, client: Person) -> list[Person]:
        address = client.address
        if address and address.adresseerbaar_object_id:
            return await self.r.call("brp", partial(self.apis.brp.residents, address.adresseerbaar_object_id))
        if address and address.postcode and address.huisnummer:
            search = partial(self.apis.brp.search_address, address.postcode, address.huisnummer)
            return await self.r.call("brp", search)
        return []

    # --- Zaken, Besluiten, Documenten ------------------------------------------------------------------

    async def _zaken_list(self) -> list[str]:
        async def fetch() -> list[str]:
            zaken = await self.r.call("zaken", partial(self.apis.zaken.zaken_for_bsn, self.bsn))
            return [z.url for z in zaken]

        return await self._share("zaken", fetch)

    async def _per_zaak(self, fetch: Callable[[str], Coroutine[Any, Any, T]]) -> dict[str, T]:
        return await known_then_listed(self.cached.zaak_etags, self._zaken_list, fetch)

    async def _zaken(self) -> Batch:
        listed_at = self.r.clock()
        async with asyncio.TaskGroup() as group:
            catalog = group.create_task(_best_effort("zaaktypen en statussen", self.r.load_catalog()))
            details = group.create_task(self._per_zaak(self._zaak_detail))
        batch = Batch(note=catalog.result())
        batch.retain(ZaakRow, self.bsn, details.result(), listed_at=listed_at)
        batch.retain(
            StatusRow,
            self.bsn,
            (s.url for _, statussen, _ in details.result().values() for s in statussen),
            listed_at=listed_at,
        )
        for url, (conditional, statussen, rollen) in details.result().items():
            if not conditional.not_modified and conditional.value is not None:
                zaak = conditional.value
                text = self.r.reference.statustekst(statussen, zaak.status)
                fetched = self._fetched("zaken", url, _document(zaak), conditional.etag)
                batch.add(
                    partial(Writer.save_zaak, zaak=zaak, fetched=fetched, bsn=self.bsn, status_text=text)
                )
            for status in statussen:
                fetched = self._fetched("zaken", status.url, _document(status))
                batch.add(partial(Writer.save_status, status=status, fetched=fetched, bsn=self.bsn))
            for rol in rollen:
                batch.add(self._save_raw("zaken", rol.url, rol))
        return batch

    async def _zaak_detail(self, url: str) -> tuple[Conditional[Zaak], list[Status], list[Rol]]:
        etag = self.cached.zaak_etags.get(url)
        zaken = self.apis.zaken
        async with asyncio.TaskGroup() as group:
            zaak = group.create_task(self.r.call("zaken", partial(zaken.zaak, url, etag=etag)))
            statussen = group.create_task(self.r.call("zaken", partial(zaken.statussen, url)))
            rollen = group.create_task(self.r.call("zaken", partial(zaken.rollen, url)))
        return zaak.result(), statussen.result(), rollen.result()

    def _save_raw(self, source: str, url: str, model: BaseModel) -> Save:
        return partial(Writer.save_raw, fetched=self._fetched(source, url, _document(model)), bsn=self.bsn)

    async def _besluiten(self) -> Batch:
        listed_at = self.r.clock()
        found = await self._per_zaak(
            lambda url: self.r.call("besluiten", partial(self.apis.besluiten.besluiten, url))
        )
        batch = Batch()
        keep = (b.url for besluiten in found.values() for b in besluiten)
        batch.retain(BesluitRow, self.bsn, keep, listed_at=listed_at)
        for besluiten in found.values():
            for besluit in besluiten:
                fetched = self._fetched("besluiten", besluit.url, _document(besluit))
                batch.add(partial(Writer.save_besluit, besluit=besluit, fetched=fetched, bsn=self.bsn))
        return batch

    async def _documenten(self) -> Batch:
        async def listed() -> list[str]:
            return [link.informatieobject for link in await self._links()]

        listed_at = self.r.clock()
        found = await known_then_listed(self.cached.document_etags, listed, self._document)
        links = await self._links()
        batch = Batch()
        batch.retain(DocumentRow, self.bsn, found, listed_at=listed_at)
        for link in links:
            batch.add(self._save_raw("zaken", link.url, link))
        for url, conditional in found.items():
            if conditional.value is not None:
                fetched = self._fetched("documenten", url, _document(conditional.value), conditional.etag)
                batch.add(
                    partial(Writer.save_document, document=conditional.value, fetched=fetched, bsn=self.bsn)
                )
        return batch

    async def _links(self) -> list[ZaakInformatieObject]:
        return await self._share("zio", self._zaakinformatieobjecten)

    async def _zaakinformatieobjecten(self) -> list[ZaakInformatieObject]:
        per_zaak = await self._per_zaak(
            lambda url: self.r.call("zaken", partial(self.apis.zaken.zaakinformatieobjecten, url))
        )
        return [link for links in per_zaak.values() for link in links]

    async def _document(self, url: str) -> Conditional[Any]:
        etag = self.cached.document_etags.get(url)
        return await self.r.call("documenten", partial(self.apis.documenten.document, url, etag=etag))

    # --- Klantinteracties, Objects ---------------------------------------------------------------------

    async def _contacts(self) -> tuple[Partij | None, list[Klantcontact]]:
        return await self._share("contacts", self._partij_and_contacts)

    async def _partij_and_contacts(self) -> tuple[Partij | None, list[Klantcontact]]:
        """With a cached partij its klantcontacten are asked at once, beside the partij itself."""
        ki = self.apis.klantinteracties
        known = [self.cached.partij_uuid] if self.cached.partij_uuid else []
        async with asyncio.TaskGroup() as group:
            partij = group.create_task(self.r.call("klantinteracties", partial(ki.partij_for_bsn, self.bsn)))

            async def listed() -> list[str]:
                found = await partij
                return [found.uuid] if found else []

            async def contacts(uuid: str) -> list[Klantcontact]:
                return await self.r.call("klantinteracties", partial(ki.klantcontacten_for_partij, uuid))

            per_partij = group.create_task(known_then_listed(known, listed, contacts))
        return partij.result(), [c for found in per_partij.result().values() for c in found]

    async def _klantcontacten(self) -> Batch:
        listed_at = self.r.clock()
        partij, contacts = await self._contacts()
        batch = Batch()
        batch.retain(KlantcontactRow, self.bsn, (c.uuid for c in contacts), listed_at=listed_at)
        if partij is not None:
            batch.add(self._save_raw("klantinteracties", partij.url, partij))
        for contact in contacts:
            fetched = self._fetched("klantinteracties", contact.url, _document(contact))
            batch.add(partial(Writer.save_klantcontact, contact=contact, fetched=fetched, bsn=self.bsn))
        return batch

    async def _internetaken(self) -> Batch:
        ki = self.apis.klantinteracties

        async def listed() -> list[str]:
            return [c.uuid for c in (await self._contacts())[1]]

        async def taken(uuid: str) -> list[InterneTaak]:
            return await self.r.call("klantinteracties", partial(ki.internetaken_for_klantcontact, uuid))

        listed_at = self.r.clock()
        names: dict[str, str] = {}

        async def actoren() -> None:
            names.update(await self.r.actoren())

        async with asyncio.TaskGroup() as group:
            missing = group.create_task(_best_effort("namen van de behandelaars", actoren()))
            found = group.create_task(known_then_listed(self.cached.klantcontact_uuids, listed, taken))
        batch = Batch(note=missing.result())
        keep = (t.uuid for per_contact in found.result().values() for t in per_contact)
        batch.retain(InterneTaakRow, self.bsn, keep, listed_at=listed_at)
        for taak in (t for per_contact in found.result().values() for t in per_contact):
            actor = ", ".join(names.get(a.url, "") for a in taak.toegewezen_aan_actoren if a.url)
            fetched = self._fetched("klantinteracties", taak.url, _document(taak))
            batch.add(
                partial(
                    Writer.save_internetaak,
                    taak=taak,
                    fetched=fetched,
                    bsn=self.bsn,
                    actor=actor,
                    due=task_due(taak),
                )
            )
        return batch

    async def _voorzieningen(self) -> Batch:
        listed_at = self.r.clock()
        type_url = await self.r.objecttype(VOORZIENING_OBJECTTYPE)
        objects = await self.r.call("objects", partial(self.apis.objects.objects, type_url, bsn=self.bsn))
        batch = Batch()
        batch.retain(VoorzieningRow, self.bsn, (o.url for o in objects), listed_at=listed_at)
        for obj in objects:
            fetched = self._fetched("objects", obj.url, _document(obj))
            batch.add(partial(Writer.save_voorziening, obj=obj, fetched=fetched, bsn=self.bsn))
        return batch


async def _best_effort(what: str, load: Awaitable[None]) -> str:
    """Reference data (names of types and colleagues) is optional for a section: when it cannot be
    loaded (e.g. 403 on Catalogi for a limited application, OBSERVED §3.3) the section is refreshed all
    the same, and this returns the note that says what is missing; "" when it loaded."""
    try:
        await load
    except (ApiError, OSError) as exc:
        log.info("reference data missing (%s): %s", what, describe(exc))
        return f"De {what} ontbreken ({describe(exc)}); de rest is bijgewerkt."
    return ""


def _links(person: Person) -> tuple[object, ...]:
    """What the household is looked up by: the relations and the address."""
    address = person.address
    where = (address.adresseerbaar_object_id, address.key) if address else None
    return (person.partner_bsns, person.kind_bsns, person.ouder_bsns, where)


def _save_household(household: Household, writer: Writer) -> None:
    writer.save_household(household)


async def refresh_client(
    apis: MunicipalApis,
    store: Store,
    bsn: str,
    *,
    on_section: OnSection | None = None,
    bus: EventBus | None = None,
) -> RefreshResult:
    """Refresh one client without a session (scripts, tests); the app keeps one `Refresher` instead."""
    runner = StoreRunner(store)
    try:
        return await Refresher(apis, runner, bus=bus).refresh_client(bsn, on_section=on_section)
    finally:
        runner.close()
