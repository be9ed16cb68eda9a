"""The outbox: every local write waits here until a server has it (DESIGN §3 "Write", §6 "Push").

A write is one local transaction: the use case saves its record as an outbox entry (`enqueue`) beside
anything else it changes, and the views show the entry at once as pending (`pending_for`). The push loop
(`Outbox`) then delivers the entries:

* FIFO per `record_key`, one entry in flight per record; entries of different records go concurrently
  (at most `concurrency` at a time). A task created for a contact still in the outbox shares the contact's
  record key, so it waits for it and then reads the contact's uuid from the sent entry (`depends_on`).
* The entry is marked `in_flight` and committed *before* its request is sent, and `attempts` is counted
  then, so a crash at any point leaves a trace. None of the APIs offers `Idempotency-Key`, and a killed
  process may not know whether its last commit happened (DESIGN §14), so delivery is at-least-once with
  idempotent replays: a create whose earlier attempt may have reached the server (`attempts > 0`) is
  first looked up by the reference it was sent with; a PATCH is replayed, compared with the server's
  current version first (`caseworker.sync.conflicts`), which also makes the replay a no-op.
* Entries found `in_flight` when a push starts were left by a crash (or a cancelled push). They are
  ambiguous: they go back to pending, to be looked up no earlier than `settle` after they were sent, so
  that a request still being processed by the server has landed before the lookup.
* Failures: a 4xx other than 408/429 is permanent: state `failed` with the server's reason, kept until the
  user retries or edits. Anything else (offline, timeouts, 5xx, 429, broken answers) stays pending with
  exponential backoff; `attempts` and `next_attempt_at` are in the store, so the schedule survives restarts.
* Success writes the server's resource into the projections and marks the entry `sent` in one transaction,
  so the pending item disappears from the views exactly when the real one appears. Sent entries are kept
  for `SENT_KEEP_DAYS` (diagnostics, and later entries of the same record read their result) and then
  deleted; nothing a user typed is ever deleted before the server has it.

Reference numbers: the Klantinteracties `referentienummer` is at most 10 characters, too short for the
op_id, so creates carry `reference(op_id)`: 48 bits of the op_id in Crockford base-32. A lookup also checks
the rest of the record, so a chance collision with another client's reference cannot mark ours delivered.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import logging
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any, Protocol

from sqlalchemy import Connection

from caseworker.api.apis import MunicipalApis
from caseworker.api.documenten import Document
from caseworker.api.errors import ApiError, HttpProblem, InvalidRequest
from caseworker.api.http import parse_model
from caseworker.api.klantinteracties import InterneTaak, Klantcontact, MaakKlantcontactResult
from caseworker.domain.bsn import mask_bsn
from caseworker.errors import KnownError
from caseworker.events import EventBus
from caseworker.store import Fetched, Store, Writer
from caseworker.store import outbox_queries as q
from caseworker.sync import conflicts
from caseworker.sync.refresh import task_due

log = logging.getLogger(__name__)

SENT_KEEP_DAYS = 7
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


class State(StrEnum):
    PENDING = "pending"
    IN_FLIGHT = "in_flight"
    FAILED = "failed"
    CONFLICT = "conflict"
    SENT = "sent"


class Kind(StrEnum):
    KLANTCONTACT = "klantcontact"
    INTERNETAAK = "internetaak"
    INTERNETAAK_STATUS = "internetaak_status"
    INTERNETAAK_OVERDRACHT = "internetaak_overdracht"
    VERWERKINGSLOG = "verwerkingslog"
    OBJECT = "object"  # an Objects API object of a project objecttype (plan, gesprek, bericht, …)
    DOCUMENT = "document"  # a Documenten API document with its content (a signed plan, an attachment)


# What the user sees as "waiting to be sent": the processing log's uploads are bookkeeping, not the user's
# writes, so they stay out of the counts and pending lists (see `caseworker.security.audit`).
_INTERNAL_KIND = Kind.VERWERKINGSLOG.value
_OPEN_STATES = (State.PENDING, State.IN_FLIGHT, State.FAILED, State.CONFLICT)
# Internal entries have nobody to retry or edit them, so a refusal is retried like an outage (with the
# capped backoff); after this many attempts they count as stuck (`OutboxSummary.internal_stuck`).
STUCK_ATTEMPTS = 5


@dataclass(frozen=True)
class OutboxChanged:
    """Emitted after every change of the outbox: the counts for the status bar."""

    pending: int
    failed: int
    conflicts: int


@dataclass(frozen=True)
class OutboxSummary:
    pending: int  # waiting or being sent
    failed: int  # refused by the server: the user must retry or edit
    conflicts: int  # changed on the server too: the user must decide
    # Bookkeeping (processing-log uploads) not delivered after STUCK_ATTEMPTS tries: for the status bar
    # and `caseworker doctor`, which tell the user to call the servicedesk; never counted above.
    internal_stuck: int = 0


@dataclass(frozen=True)
class PendingItem:
    op_id: str
    kind: str
    payload: dict[str, Any]  # what the user wrote (the fields of the record as entered)
    state: str
    last_error: str  # Dutch, for the user; empty when nothing went wrong yet
    created_at: datetime


@dataclass
class PushReport:
    sent: list[str] = field(default_factory=list)  # op_ids delivered (including those found by lookup)
    found: list[str] = field(default_factory=list)  # of those: already on the server (a lookup found them)
    failed: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    retrying: list[str] = field(default_factory=list)  # kept pending with backoff
    recovered: list[str] = field(default_factory=list)  # left in flight by a crash, now to be looked up


def new_op_id() -> str:
    return str(uuid.uuid4())


def reference(op_id: str) -> str:
    """The 10-character reference (`referentienummer`) a create is sent with: stable per op_id."""
    number = uuid.UUID(op_id).int >> 80  # the first 48 bits: random in a uuid4 (the version comes later)
    return "".join(_CROCKFORD[(number >> shift) & 31] for shift in range(45, -1, -5))


def enqueue(
    writer: Writer,
    *,
    kind: Kind | str,
    record_key: str,
    bsn: str | None,
    payload: Mapping[str, Any],
    base: Mapping[str, Any] | None = None,
    now: datetime,
    op_id: str | None = None,
) -> str:
    """Add an entry inside the caller's transaction (so the write and its entry commit together);
    returns its op_id. `base` is the server version an edit of an existing record is based on."""
    op_id = op_id or new_op_id()
    q.insert_entry(
        writer,
        op_id=op_id,
        kind=str(kind),
        record_key=record_key,
        bsn=bsn,
        payload=dict(payload),
        base=dict(base) if base is not None else None,
        state=State.PENDING.value,
        attempts=0,
        next_attempt_at=None,
        last_error="",
        result_url=None,
        created_at=now,
        updated_at=now,
    )
    return op_id


def _item(entry: q.Entry) -> PendingItem:
    return PendingItem(
        op_id=entry.op_id,
        kind=entry.kind,
        payload=entry.payload,
        state=entry.state,
        last_error=entry.last_error,
        created_at=entry.created_at,
    )


def pending_for(store: Store, bsn: str) -> list[PendingItem]:
    """The client's writes that no server has yet (pending, being sent, failed or in conflict), oldest
    first: the client view shows them beside the server's records, marked by state."""
    with q.reading(store) as conn:
        found = q.entries(conn, states=_OPEN_STATES, bsn=bsn, exclude_kind=_INTERNAL_KIND)
    return [_item(e) for e in found]


def failed_items(store: Store) -> list[PendingItem]:
    """Every write the server refused or that conflicts: what the user must look at."""
    with q.reading(store) as conn:
        found = q.entries(conn, states=(State.FAILED, State.CONFLICT), exclude_kind=_INTERNAL_KIND)
    return [_item(e) for e in found]


def outbox_summary(store: Store) -> OutboxSummary:
    with q.reading(store) as conn:
        counts = q.count_by_state(conn, exclude_kind=_INTERNAL_KIND)
        stuck = q.count_stuck(conn, kind=_INTERNAL_KIND, min_attempts=STUCK_ATTEMPTS)
    return OutboxSummary(
        pending=counts.get(State.PENDING, 0) + counts.get(State.IN_FLIGHT, 0),
        failed=counts.get(State.FAILED, 0),
        conflicts=counts.get(State.CONFLICT, 0),
        internal_stuck=stuck,
    )


def changed_event(store: Store) -> OutboxChanged:
    summary = outbox_summary(store)
    return OutboxChanged(summary.pending, summary.failed, summary.conflicts)


# -- outcomes of one delivery -------------------------------------------------------------------------


class Refused(Exception):
    """The entry cannot be delivered as it is (e.g. an unknown colleague): permanent, like a 400."""


class NotYet(Exception):
    """The entry cannot be delivered now but may later (e.g. a missing objecttype): retried with backoff."""


@dataclass(frozen=True)
class Delivered:
    """The server has the write: `save` writes its resource into the projections (in the transaction that
    marks the entry sent)."""

    result_url: str | None
    save: Callable[[Writer], None]


@dataclass(frozen=True)
class Clashed:
    record_url: str
    conflicts: tuple[conflicts.FieldConflict, ...]


@dataclass(frozen=True)
class Job:
    """One delivery attempt: the entry and what a handler may use."""

    entry: q.Entry
    apis: MunicipalApis
    store: Store
    now: datetime

    @property
    def reference(self) -> str:
        return reference(self.entry.op_id)

    def fetched(self, source: str, url: str, document: Any) -> Fetched:
        return Fetched(source=source, url=url, etag=None, fetched_at=self.now, document=document)

    async def read(self, call: Callable[[Connection], Any]) -> Any:
        """Run a read of the store in a worker thread (SQLite blocks)."""

        def run() -> Any:
            with q.reading(self.store) as conn:
                return call(conn)

        return await asyncio.to_thread(run)

    async def created(self, url: str) -> None:
        """Record at once that the primary resource exists on the server (before any follow-up request,
        such as the link to its zaak, can fail): every later attempt looks it up instead of creating it
        again."""

        def run() -> None:
            with self.store.write() as writer:
                q.update_entry(q.connection(writer), self.entry.op_id, result_url=url)

        await asyncio.to_thread(run)

    async def dependency_result(self) -> str | None:
        """The result URL of the entry this one waits for (`depends_on`), or None without one.

        FIFO per record makes sure it was delivered first; NotYet covers a dependency that is not sent.
        """
        depends_on = self.entry.payload.get("depends_on")
        if not depends_on:
            return None
        earlier: q.Entry | None = await self.read(lambda conn: q.entry(conn, depends_on))
        if earlier is None or earlier.state != State.SENT or earlier.result_url is None:
            raise NotYet("Wacht op het verzenden van het klantcontact waar dit bij hoort.")
        return earlier.result_url


class Handler(Protocol):
    async def lookup(self, job: Job) -> Delivered | None:
        """An earlier attempt's result on the server, or None when there is none (or nothing to look up)."""

    async def send(self, job: Job) -> Delivered | Clashed: ...


def _uuid_of(url: str) -> str:
    return url.rstrip("/").rsplit("/", 1)[-1]


# -- klantcontact ---------------------------------------------------------------------------------------


class KlantcontactHandler:
    """`POST /maak-klantcontact`: the contact, the citizen as betrokkene (their partij is created when
    they have none yet) and, for a linked zaak, an onderwerpobject."""

    async def lookup(self, job: Job) -> Delivered | None:
        ki = job.apis.klantinteracties
        bsn = _bsn(job)
        partij = await ki.partij_for_bsn(bsn)
        if partij is None:
            return None  # no partij: the contact cannot have been created with it
        # Listed per partij rather than with the `referentienummer` filter: every server (and the
        # sandbox) supports this one, and the match is checked here in full anyway.
        items = await ki.http.list_all("klantcontacten", {"hadBetrokkene__wasPartij__uuid": partij.uuid})
        payload = job.entry.payload
        for item in items:
            if (
                item.get("referentienummer") == job.reference
                and item.get("kanaal") == payload["kanaal"]
                and item.get("onderwerp") == payload["onderwerp"]
            ):
                return self._delivered(job, item, parse_model("klantinteracties", Klantcontact, item))
        return None

    async def send(self, job: Job) -> Delivered:
        ki = job.apis.klantinteracties
        partij = await self._partij(job)
        response = await ki.http.post("maak-klantcontact", _maak_klantcontact_body(job, partij))
        result = parse_model("klantinteracties", MaakKlantcontactResult, response.data)
        return self._delivered(job, response.data["klantcontact"], result.klantcontact)

    async def _partij(self, job: Job) -> str:
        """The uuid of the citizen's partij, created when they have none yet."""
        ki = job.apis.klantinteracties
        bsn = _bsn(job)
        found = await ki.partij_for_bsn(bsn)
        if found is not None:
            return found.uuid
        names = job.entry.payload.get("partij") or {}
        try:
            created = await ki.create_partij_for_bsn(
                bsn,
                voornaam=names.get("voornaam", ""),
                voorvoegsel=names.get("voorvoegsel", ""),
                achternaam=names.get("achternaam", ""),
            )
        except InvalidRequest:
            # Another delivery for the same citizen (another record, sent concurrently) created it
            # first; the server refuses a second partij with the same BSN.
            found = await ki.partij_for_bsn(bsn)
            if found is None:
                raise
            return found.uuid
        return created.uuid

    def _delivered(self, job: Job, document: dict[str, Any], contact: Klantcontact) -> Delivered:
        fetched = job.fetched("klantinteracties", contact.url, document)
        bsn = _bsn(job)

        def save(writer: Writer) -> None:
            writer.save_klantcontact(contact, fetched, bsn=bsn)

        return Delivered(contact.url, save)


def _bsn(job: Job) -> str:
    bsn = job.entry.bsn
    if bsn is None:
        raise Refused("Bij dit klantcontact ontbreekt het BSN.")
    return bsn


def _maak_klantcontact_body(job: Job, partij_uuid: str) -> dict[str, Any]:
    payload = job.entry.payload
    body: dict[str, Any] = {
        "klantcontact": {
            "kanaal": payload["kanaal"],
            "onderwerp": payload["onderwerp"],
            "inhoud": payload["inhoud"],
            "indicatieContactGelukt": payload["gelukt"],
            "taal": "nld",
            "vertrouwelijk": payload["vertrouwelijk"],
            "plaatsgevondenOp": payload["plaatsgevonden_op"],
            "referentienummer": job.reference,
        },
        "betrokkene": {"wasPartij": {"uuid": partij_uuid}, "rol": "klant", "initiator": True},
    }
    if payload.get("zaak_identificatie"):
        body["onderwerpobject"] = {
            "onderwerpobjectidentificator": {
                "objectId": payload["zaak_identificatie"],
                "codeObjecttype": "zaak",
                "codeRegister": "openzaak",
                "codeSoortObjectId": "identificatie",
            }
        }
    return body


# -- internetaken ---------------------------------------------------------------------------------------


async def _actor_uuid(job: Job, identificatie: str) -> str:
    actor = await job.apis.klantinteracties.actor_for_identificator(identificatie)
    if actor is None:
        raise Refused(f"Collega of team '{identificatie}' is onbekend bij Klantinteracties. Kies een ander.")
    return actor.uuid


async def _save_task(job: Job, document: dict[str, Any]) -> Delivered:
    """The task as the server has it, written over the cached one as a refresh would write it: with its
    deadline and its assignees' names."""
    taak = parse_model("klantinteracties", InterneTaak, document)
    fetched = job.fetched("klantinteracties", taak.url, document)
    bsn, actor, due = job.entry.bsn, await _actor_names(job, taak), task_due(taak)

    def save(writer: Writer) -> None:
        writer.save_internetaak(taak, fetched, bsn=bsn, actor=actor, due=due)

    return Delivered(taak.url, save)


async def _actor_names(job: Job, taak: InterneTaak) -> str:
    """The assignees' names, as the refresh joins them; the cached name where they cannot be read (the
    task itself is delivered: a failing name lookup must not make it look undelivered)."""
    ki = job.apis.klantinteracties
    try:
        actors = [await ki.actor(ref.url) for ref in taak.toegewezen_aan_actoren if ref.url]
    except ApiError as exc:
        log.info("outbox %s: assignee not resolved (%s)", job.entry.op_id, exc.message)
        stored: str | None = await job.read(lambda conn: q.task_actor(conn, taak.uuid))
        return stored or ""
    return ", ".join(actor.naam for actor in actors)


class InternetaakHandler:
    """`POST /internetaken`: a follow-up task for a colleague or team, about a klantcontact."""

    async def _klantcontact_uuid(self, job: Job) -> str:
        given = job.entry.payload.get("klantcontact_uuid")
        if given:
            return str(given)
        url = await job.dependency_result()
        if url is None:
            raise Refused("Deze taak hoort bij geen klantcontact.")
        return _uuid_of(url)

    async def lookup(self, job: Job) -> Delivered | None:
        klantcontact = await self._klantcontact_uuid(job)
        items = await job.apis.klantinteracties.http.list_all(
            "internetaken", {"aanleidinggevendKlantcontact__uuid": klantcontact}
        )
        for item in items:
            if item.get("referentienummer") == job.reference:
                return await _save_task(job, item)
        return None

    async def send(self, job: Job) -> Delivered:
        payload = job.entry.payload
        body = {
            "aanleidinggevendKlantcontact": {"uuid": await self._klantcontact_uuid(job)},
            "toegewezenAanActoren": [{"uuid": await _actor_uuid(job, payload["actor"])}],
            "gevraagdeHandeling": payload["gevraagde_handeling"],
            "toelichting": payload.get("toelichting", ""),
            "status": "te_verwerken",
            "referentienummer": job.reference,
        }
        response = await job.apis.klantinteracties.http.post("internetaken", body)
        return await _save_task(job, response.data)


def task_fields(document: Mapping[str, Any]) -> dict[str, Any]:
    """The fields of an internetaak a user can change, comparable across versions: actors as a sorted
    list of uuids (a stored reference is `{uuid, url}`, a resolved choice a bare uuid)."""
    actors = document.get("toegewezenAanActoren") or []
    return {
        "status": document.get("status"),
        "toegewezenAanActoren": sorted(a["uuid"] if isinstance(a, dict) else str(a) for a in actors),
        "gevraagdeHandeling": document.get("gevraagdeHandeling"),
        "toelichting": document.get("toelichting"),
    }


class TaskChangeHandler:
    """`PATCH /internetaken/{uuid}` after a conflict check against the current version. Replaying it is
    harmless: a change the server already has is not sent again."""

    async def lookup(self, job: Job) -> None:
        return None  # the check in `send` covers a replay

    async def _url(self, job: Job) -> str:
        url = job.entry.payload.get("url") or await job.dependency_result()
        if not url:
            raise Refused("Deze wijziging hoort bij geen taak.")
        return str(url)

    async def _mine(self, job: Job) -> dict[str, Any]:
        """The user's changes in `task_fields` form (colleagues resolved to actor uuids)."""
        changes = dict(job.entry.payload.get("changes", {}))
        if "toegewezenAanActoren" in changes:
            identificaties = changes["toegewezenAanActoren"]
            changes["toegewezenAanActoren"] = sorted([await _actor_uuid(job, i) for i in identificaties])
        return changes

    async def send(self, job: Job) -> Delivered | Clashed:
        url = await self._url(job)
        http = job.apis.klantinteracties.http
        current = (await http.get(url)).data
        parse_model("klantinteracties", InterneTaak, current)  # a broken answer is retried, not compared
        stored = job.entry.base or await job.read(lambda conn: q.raw_document(conn, url)) or current
        base, theirs = task_fields(stored), task_fields(current)
        mine = {**base, **await self._mine(job)}
        result = conflicts.merge(base, mine, theirs)
        if result.conflicts:
            return Clashed(url, result.conflicts)
        body = {f: v for f, v in mine.items() if v != base.get(f) and v != theirs.get(f)}
        if not body:
            return await _save_task(job, current)
        response = await http.patch(url, _patch_body(body))
        if any(task_fields(response.data)[f] != v for f, v in body.items()):
            # Never report a change as delivered that the server did not take over.
            raise Refused("De server heeft de wijziging niet overgenomen. Neem contact op met de beheerder.")
        return await _save_task(job, response.data)


def _patch_body(changes: Mapping[str, Any]) -> dict[str, Any]:
    body = dict(changes)
    if "toegewezenAanActoren" in body:
        body["toegewezenAanActoren"] = [{"uuid": u} for u in body["toegewezenAanActoren"]]
    return body


# -- the processing log ---------------------------------------------------------------------------------

VERWERKING_OBJECTTYPE = "verwerking"
VERWERKING_VERSION = 1


class VerwerkingslogHandler:
    """Processing-log entries as one Objects API object of the project objecttype `verwerking`
    (resources/objecttypes/verwerking-v1.json): there is no standard API for them here."""

    async def _type_url(self, job: Job) -> str:
        url = await job.apis.objects.objecttype_url(VERWERKING_OBJECTTYPE)
        if url is None:
            raise NotYet(
                "Het objecttype 'verwerking' ontbreekt in de Objecten-API; de verwerkingen blijven lokaal "
                "bewaard tot de beheerder het registreert."
            )
        return url

    def _delivered(self, job: Job, url: str) -> Delivered:
        seqs = list(job.entry.payload["seqs"])

        def save(writer: Writer) -> None:
            q.mark_log_uploaded(q.connection(writer), seqs)

        return Delivered(url, save)

    async def lookup(self, job: Job) -> Delivered | None:
        found = await job.apis.objects.objects(await self._type_url(job), client_op_id=job.entry.op_id)
        return self._delivered(job, found[0].url) if found else None

    async def send(self, job: Job) -> Delivered:
        type_url = await self._type_url(job)
        seqs = list(job.entry.payload["seqs"])
        rows = await job.read(lambda conn: q.log_entries(conn, seqs))
        data = {"client_op_id": job.entry.op_id, "verwerkingen": [_log_record(row) for row in rows]}
        obj = await job.apis.objects.create(type_url, VERWERKING_VERSION, data, start_at=job.now.date())
        return self._delivered(job, obj.url)


def _log_record(row: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "tijdstip": row["at"].astimezone(UTC).isoformat(),
        "gebruiker": row["user"],
        "handeling": row["action"],
        "betrokkene_bsn": row["subject_bsn"],
        "doel": row["purpose"],
        "resultaat": row["result"],
        "trace_id": row["trace_id"],
        "vorige_hash": row["prev_hash"],
        "hash": row["hash"],
    }


# -- generic objects and documents, optionally linked to a zaak -----------------------------------------


async def _objecttype_url(job: Job, name: str) -> str:
    url = await job.apis.objects.objecttype_url(name)
    if url is None:
        raise NotYet(
            f"Het objecttype '{name}' ontbreekt in de Objecten-API; het blijft lokaal tot het bestaat."
        )
    return url


async def _fill_dependency(job: Job, data: dict[str, Any]) -> dict[str, Any]:
    """Put the URL of the entry this one waits for into `data[payload.dependency_field]` (e.g. a plan
    object that points at its PDF document, sent first)."""
    field = job.entry.payload.get("dependency_field")
    if not field:
        return data
    return {**data, field: await job.dependency_result()}


class ObjectHandler:
    """`POST /objects` with the op_id in the record data (`client_op_id`), so an earlier attempt is found
    by a `data_attr` filter; linked to its zaak with a zaakobject when the payload names one."""

    async def lookup(self, job: Job) -> Delivered | None:
        payload = job.entry.payload
        type_url = await _objecttype_url(job, payload["objecttype"])
        found = await job.apis.objects.objects(type_url, client_op_id=job.entry.op_id)
        if not found:
            return None
        await self._link(job, found[0].url)  # the crash may have come between the object and its link
        return self._delivered(job, found[0].url, found[0].model_dump(by_alias=True, mode="json"))

    async def send(self, job: Job) -> Delivered:
        payload = job.entry.payload
        type_url = await _objecttype_url(job, payload["objecttype"])
        data = await _fill_dependency(job, {**payload["data"], "client_op_id": job.entry.op_id})
        created = await job.apis.objects.create(
            type_url, int(payload["version"]), data, start_at=job.now.date()
        )
        await job.created(created.url)
        await self._link(job, created.url)
        return self._delivered(job, created.url, created.model_dump(by_alias=True, mode="json"))

    async def _link(self, job: Job, object_url: str) -> None:
        zaak_url = job.entry.payload.get("zaak_url")
        if not zaak_url:
            return
        zaken = job.apis.zaken
        if not await zaken.zaakobjecten(zaak_url, object_url=object_url):
            await zaken.create_zaakobject(
                {
                    "zaak": zaak_url,
                    "object": object_url,
                    "objectType": "overige",
                    "objectTypeOverige": job.entry.payload["objecttype"],
                    "relatieomschrijving": job.entry.payload.get("relatie", ""),
                }
            )

    def _delivered(self, job: Job, url: str, document: dict[str, Any]) -> Delivered:
        fetched, bsn = job.fetched("objects", url, document), job.entry.bsn

        def save(writer: Writer) -> None:
            writer.save_raw(fetched, bsn=bsn)

        return Delivered(url, save)


class DocumentHandler:
    """`POST /enkelvoudiginformatieobjecten` with inline content and an identificatie derived from the
    op_id (found again with the `identificatie` filter), linked to its zaak by a zaakinformatieobject."""

    def _identificatie(self, job: Job) -> str:
        return f"KT-{job.reference}"

    async def lookup(self, job: Job) -> Delivered | None:
        payload = job.entry.payload
        document = await job.apis.documenten.find(self._identificatie(job), payload["bronorganisatie"])
        if document is None:
            return None
        await self._link(job, document)
        return self._delivered(job, document)

    async def send(self, job: Job) -> Delivered:
        payload = job.entry.payload
        document = await job.apis.documenten.create(
            bronorganisatie=payload["bronorganisatie"],
            informatieobjecttype=await self._informatieobjecttype(job, payload["informatieobjecttype"]),
            titel=payload["titel"],
            auteur=payload["auteur"],
            bestandsnaam=payload["bestandsnaam"],
            formaat=payload["formaat"],
            content=base64.b64decode(payload["content_b64"]),
            creatiedatum=job.now.date(),
            vertrouwelijkheidaanduiding=payload.get("vertrouwelijkheidaanduiding", "vertrouwelijk"),
            identificatie=self._identificatie(job),
        )
        await job.created(document.url)
        await self._link(job, document)
        return self._delivered(job, document)

    async def _informatieobjecttype(self, job: Job, omschrijving: str) -> str:
        for kind in await job.apis.catalogi.informatieobjecttypen():
            if kind.omschrijving == omschrijving:
                return kind.url
        raise Refused(f"Documenttype '{omschrijving}' bestaat niet in de catalogus van de gemeente.")

    async def _link(self, job: Job, document: Document) -> None:
        zaak_url = job.entry.payload.get("zaak_url")
        zaken = job.apis.zaken
        if zaak_url and not await zaken.zaakinformatieobjecten(zaak_url, informatieobject=document.url):
            await zaken.create_zaakinformatieobject(zaak_url, document.url, document.titel)

    def _delivered(self, job: Job, document: Document) -> Delivered:
        raw = document.model_dump(by_alias=True, mode="json")
        fetched, bsn = job.fetched("documenten", document.url, raw), job.entry.bsn

        def save(writer: Writer) -> None:
            if bsn is not None:
                writer.save_document(document, fetched, bsn=bsn)
            else:
                writer.save_raw(fetched, bsn=None)

        return Delivered(document.url, save)


HANDLERS: dict[str, Handler] = {
    Kind.KLANTCONTACT: KlantcontactHandler(),
    Kind.INTERNETAAK: InternetaakHandler(),
    Kind.INTERNETAAK_STATUS: TaskChangeHandler(),
    Kind.INTERNETAAK_OVERDRACHT: TaskChangeHandler(),
    Kind.VERWERKINGSLOG: VerwerkingslogHandler(),
    Kind.OBJECT: ObjectHandler(),
    Kind.DOCUMENT: DocumentHandler(),
}


# -- failures -------------------------------------------------------------------------------------------


def is_permanent(exc: BaseException) -> bool:
    """Whether sending the same request again cannot help: the server refused its content."""
    if isinstance(exc, Refused):
        return True
    return isinstance(exc, HttpProblem) and 400 <= exc.status < 500 and exc.status not in (408, 429)


def describe(exc: BaseException) -> str:
    """A short Dutch sentence for the user: the server's reason where it gave one."""
    if isinstance(exc, Refused | NotYet):
        return str(exc)
    if isinstance(exc, HttpProblem) and is_permanent(exc):
        problem = exc.problem
        reasons = "; ".join(f"{p.name}: {p.reason.rstrip('.')}" for p in problem.invalid_params if p.reason)
        detail = (problem.detail or problem.title or f"fout {problem.status}").rstrip(".")
        text = f"{detail} ({reasons})" if reasons else detail
        return f"De server weigerde dit: {text}. Pas het aan en probeer opnieuw."
    if isinstance(exc, ApiError):
        return f"Nog niet verzonden ({exc.message}). Keukentafel probeert het later opnieuw."
    return "Nog niet verzonden door een interne fout. Keukentafel probeert het later opnieuw."


@dataclass(frozen=True)
class Backoff:
    """Exponential: `base`, 2×, 4×, … up to `cap`. No jitter: one client's retries never come in a burst,
    and clients coming back online do so at their own times."""

    base: timedelta = timedelta(seconds=5)
    cap: timedelta = timedelta(minutes=15)

    def delay(self, attempts: int, retry_after: float | None = None) -> timedelta:
        delay = min(self.cap, self.base * 2 ** max(0, attempts - 1))
        if retry_after is not None:
            delay = max(delay, timedelta(seconds=min(retry_after, self.cap.total_seconds())))
        return delay


class NotEditable(KnownError):
    pass


def _utcnow() -> datetime:
    return datetime.now(UTC)


# -- the push loop --------------------------------------------------------------------------------------


class Outbox:
    """Delivers the entries of one store. `push_pending` and `run` are coroutines on the event loop; the
    store work inside them runs in worker threads. `retry`, `edit` and `resolve` block (UI: executor)."""

    def __init__(
        self,
        store: Store,
        events: EventBus | None = None,
        *,
        concurrency: int = 4,
        backoff: Backoff | None = None,
        settle: timedelta = timedelta(seconds=10),
        clock: Callable[[], datetime] = _utcnow,
    ) -> None:
        self.store = store
        self.events = events
        self.concurrency = concurrency
        self.backoff = backoff or Backoff()
        self.settle = settle
        self.clock = clock
        self._pushing = asyncio.Lock()

    # -- user actions (blocking) --

    def retry(self, op_id: str) -> None:
        """Send a failed entry again at the next push (the user asked for it)."""
        self._reopen(op_id, changes=None)

    def edit(self, op_id: str, changes: Mapping[str, Any]) -> None:
        """Change the fields of a write that no server has yet, and send it at the next push.

        `changes` are merged as given: the UI edits through `caseworker.services.writes` (`edit_contact`,
        `edit_task`), which validate them as the original write was validated.

        Refused (NotEditable) once an attempt may have reached the server: the lookup before the next
        attempt might find the earlier version, and the edit would be lost silently.
        """
        self._reopen(op_id, changes=changes)

    def resolve(self, op_id: str, choices: Mapping[str, conflicts.Choice]) -> None:
        conflicts.resolve(self.store, op_id, choices, now=self.clock())
        self._emit()

    def _reopen(self, op_id: str, *, changes: Mapping[str, Any] | None) -> None:
        """Back to pending and due now; only entries that are not being sent and not sent."""
        now = self.clock()
        with self.store.write() as writer:
            conn = q.connection(writer)
            entry = q.entry(conn, op_id)
            if entry is None or entry.state not in (State.FAILED, State.PENDING):
                raise NotEditable(
                    "Deze wijziging wordt nu verzonden of is al verzonden; er is niets veranderd."
                )
            values: dict[str, Any] = {"state": State.PENDING, "next_attempt_at": None, "updated_at": now}
            if changes is not None:
                if entry.attempts > 0 or entry.result_url is not None:
                    raise NotEditable(
                        "Deze wijziging is misschien al bij de server aangekomen. Wacht tot het verzenden "
                        "klaar is en pas het daarna aan."
                    )
                values["payload"] = {**entry.payload, **changes}
                values["last_error"] = ""
            q.update_entry(conn, op_id, **values)
        self._emit()

    def _emit(self) -> None:
        """Emit the counts from the calling thread (the user actions run in an executor: the Qt adapter
        forwards events to the GUI thread)."""
        if self.events is not None:
            self.events.emit(changed_event(self.store))

    # -- pushing --

    async def run(self, apis: MunicipalApis, stop_event: asyncio.Event, interval: float = 30.0) -> None:
        """Push every `interval` seconds until `stop_event` is set (which also ends the wait at once)."""
        while not stop_event.is_set():
            try:
                await self.push_pending(apis)
            except Exception:
                log.exception("outbox push failed")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop_event.wait(), interval)

    async def push_pending(self, apis: MunicipalApis, now: datetime | None = None) -> PushReport:
        """Deliver every due entry, round by round, until none is due; returns what happened.

        `now` fixes the clock for this push (tests of the backoff schedule); otherwise `clock()`.
        Each entry is tried at most once per push, whatever its backoff.
        """
        report = PushReport()
        tried: set[str] = set()
        async with self._pushing:
            report.recovered = await asyncio.to_thread(self._recover)
            while batch := await asyncio.to_thread(self._claim, now or self.clock(), tried):
                tried.update(e.op_id for e in batch)
                await asyncio.gather(*(self._deliver(apis, entry, now, report) for entry in batch))
            await asyncio.to_thread(self._forget_sent, now or self.clock())
        return report

    def _recover(self) -> list[str]:
        """Entries in flight when no push runs were left by a crash: ambiguous, so they are looked up
        (they have attempts > 0) once `settle` has passed since they were sent. Internal entries parked
        in `failed` by an earlier version go back to pending (see `_failed`)."""
        with self.store.write() as writer:
            conn = q.connection(writer)
            for parked in q.entries(conn, states=(State.FAILED,), kind=_INTERNAL_KIND):
                q.update_entry(conn, parked.op_id, state=State.PENDING, attempts=max(parked.attempts, 1))
            stuck = q.entries(conn, states=(State.IN_FLIGHT,))
            for entry in stuck:
                q.update_entry(
                    conn, entry.op_id, state=State.PENDING, next_attempt_at=entry.updated_at + self.settle
                )
        for entry in stuck:
            log.info("outbox entry %s was in flight at a crash; it will be looked up", entry.op_id)
        return [e.op_id for e in stuck]

    def _claim(self, now: datetime, tried: set[str]) -> list[q.Entry]:
        """Mark up to `concurrency` due heads in flight (committed before anything is sent)."""
        with self.store.write() as writer:
            conn = q.connection(writer)
            due = [
                e
                for e in q.heads(conn)
                if e.state == State.PENDING
                and e.op_id not in tried
                and (e.next_attempt_at is None or e.next_attempt_at <= now)
            ][: self.concurrency]
            for entry in due:
                q.update_entry(
                    conn, entry.op_id, state=State.IN_FLIGHT, attempts=entry.attempts + 1, updated_at=now
                )
        return due

    async def _deliver(
        self, apis: MunicipalApis, entry: q.Entry, now: datetime | None, report: PushReport
    ) -> None:
        """One attempt; `entry` is as claimed, so `attempts` counts the attempts before this one."""
        job = Job(entry, apis, self.store, now or self.clock())
        try:
            handler = HANDLERS[entry.kind]
            # Looked up first when an earlier attempt may have reached the server, or did create the
            # resource before a later request of the same delivery failed (`Job.created`).
            maybe_there = entry.attempts > 0 or entry.result_url is not None
            found = await _lookup(handler, job) if maybe_there else None
            outcome = found or await handler.send(job)
        except Exception as exc:
            await asyncio.to_thread(self._failed, entry, exc, now or self.clock(), report)
        else:
            if found is not None:
                report.found.append(entry.op_id)
            if isinstance(outcome, Clashed):
                await asyncio.to_thread(self._clashed, entry, outcome, now or self.clock(), report)
            else:
                await asyncio.to_thread(self._sent, entry, outcome, now or self.clock(), report)
        if self.events is not None:
            self.events.emit(await asyncio.to_thread(changed_event, self.store))

    def _sent(self, entry: q.Entry, outcome: Delivered, now: datetime, report: PushReport) -> None:
        with self.store.write() as writer:
            outcome.save(writer)
            q.update_entry(
                q.connection(writer),
                entry.op_id,
                state=State.SENT,
                result_url=outcome.result_url,
                last_error="",
                next_attempt_at=None,
                updated_at=now,
            )
        report.sent.append(entry.op_id)
        log.info("outbox %s %s delivered (%s)", entry.kind, entry.op_id, _who(entry))

    def _clashed(self, entry: q.Entry, outcome: Clashed, now: datetime, report: PushReport) -> None:
        fields = ", ".join(c.field for c in outcome.conflicts)
        with self.store.write() as writer:
            conn = q.connection(writer)
            conflicts.record(conn, entry.op_id, outcome.record_url, outcome.conflicts, now)
            q.update_entry(
                conn,
                entry.op_id,
                state=State.CONFLICT,
                last_error=f"Ook op de server gewijzigd ({fields}). Kies welke waarde blijft.",
                updated_at=now,
            )
        report.conflicts.append(entry.op_id)

    def _failed(self, entry: q.Entry, exc: Exception, now: datetime, report: PushReport) -> None:
        message = describe(exc)
        values: dict[str, Any] = {"last_error": message, "updated_at": now}
        internal = entry.kind == _INTERNAL_KIND
        if internal and is_permanent(exc):
            # Nobody sees, retries or edits an internal entry, and it heads its record: parked in
            # `failed` it would hold back every later upload for good. Only the kind and status are
            # logged: the server's reason may quote the content.
            status = exc.status if isinstance(exc, HttpProblem) else type(exc).__name__
            log.warning("outbox %s %s refused (%s); retried later", entry.kind, entry.op_id, status)
        if is_permanent(exc) and not internal:
            # The server refused the content: this attempt created nothing (or recorded what it did
            # create in `result_url`, which makes the next attempt look it up), and the earlier ones
            # were looked up before it, so otherwise the next (user-requested) attempt needs no lookup.
            values.update(state=State.FAILED, attempts=0, next_attempt_at=None)
            report.failed.append(entry.op_id)
        else:
            retry_after = exc.retry_after if isinstance(exc, HttpProblem) else None
            delay = self.backoff.delay(entry.attempts + 1, retry_after)
            values.update(state=State.PENDING, next_attempt_at=now + delay)
            report.retrying.append(entry.op_id)
        if not isinstance(exc, ApiError | Refused | NotYet):
            log.error("outbox %s %s failed", entry.kind, entry.op_id, exc_info=exc)
        else:
            log.info("outbox %s %s not delivered (%s): %s", entry.kind, entry.op_id, _who(entry), exc)
        with self.store.write() as writer:
            q.update_entry(q.connection(writer), entry.op_id, **values)

    def _forget_sent(self, now: datetime) -> None:
        with self.store.write() as writer:
            q.delete_sent_before(q.connection(writer), now - timedelta(days=SENT_KEEP_DAYS))


async def _lookup(handler: Handler, job: Job) -> Delivered | None:
    """The handler's lookup; a refused lookup request is not a refused write, so it is retried."""
    try:
        return await handler.lookup(job)
    except HttpProblem as exc:
        if not is_permanent(exc):
            raise
        raise NotYet(f"Kon niet nagaan of dit al verzonden is ({exc.message}).") from exc


def _who(entry: q.Entry) -> str:
    return mask_bsn(entry.bsn) if entry.bsn else "-"
