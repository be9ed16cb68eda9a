"""The outbox against the sandbox over real HTTP: offline and back, an answer lost after the server stored
the write, a refusal, a conflict, a task waiting for its contact, and the processing-log upload."""

from __future__ import annotations

import asyncio
import base64
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from caseworker.api.apis import MunicipalApis, demo_settings
from caseworker.api.http import RetryPolicy, Timeouts
from caseworker.api.klantinteracties import InterneTaak
from caseworker.domain.bsn import is_valid_bsn
from caseworker.sandbox.server import RunningSandbox, start_in_thread
from caseworker.security.audit import Action, ProcessingLog
from caseworker.services import writes
from caseworker.services.writes import FollowUp
from caseworker.store import Fetched, Store, open_store
from caseworker.store import outbox_queries as q
from caseworker.store.models import InterneTaakRow, KlantcontactRow, OutboxEntry
from caseworker.sync.conflicts import conflicts_for
from caseworker.sync.outbox import (
    Job,
    Kind,
    KlantcontactHandler,
    Outbox,
    PushReport,
    State,
    enqueue,
    pending_for,
    reference,
)

KEY = bytes(range(32))
TIMEOUTS = Timeouts(connect=1.0, read=0.5, write=0.5, pool=1.0, total=2.0)
KLANTCONTACTEN = "klantinteracties/klantcontacten"
INTERNETAKEN = "klantinteracties/internetaken"


@pytest.fixture(scope="module")
def sandbox() -> Iterator[RunningSandbox]:
    with start_in_thread(persons=30, seed=5, faults="none") as running:
        yield running


@pytest.fixture(autouse=True)
def no_faults_after(sandbox: RunningSandbox) -> Iterator[None]:
    yield
    sandbox.set_faults({})


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "cache.db", KEY) as opened:
        yield opened


def fresh_bsn() -> str:
    """A valid BSN the sandbox has never seen (no partij yet)."""
    while True:
        candidate = f"{uuid.uuid4().int % 10**9:09d}"
        if is_valid_bsn(candidate):
            return candidate


def connect(sandbox: RunningSandbox) -> MunicipalApis:
    settings = demo_settings(sandbox.base_url, user_id="wt-demo", user_representation="Sanne Demo")
    return MunicipalApis.connect(settings, timeouts=TIMEOUTS, retry=RetryPolicy(attempts=1))


def push(box: Outbox, sandbox: RunningSandbox, now: datetime | None = None) -> PushReport:
    async def main() -> PushReport:
        apis = connect(sandbox)
        try:
            return await box.push_pending(apis, now=now)
        finally:
            await apis.aclose()

    return asyncio.run(main())


def later(hours: float = 1) -> datetime:
    return datetime.now(UTC) + timedelta(hours=hours)


def on_server(sandbox: RunningSandbox, collection: str, referentienummer: str) -> list[dict[str, Any]]:
    return [
        d for d in sandbox.store.iter_collection(collection) if d.get("referentienummer") == referentienummer
    ]


def entry(store: Store, op_id: str) -> q.Entry:
    with q.reading(store) as conn:
        found = q.entry(conn, op_id)
    assert found is not None
    return found


def users(store: Store, op_ids: list[str]) -> list[str]:
    """The user's writes among `op_ids` (without the processing log's uploads, which each write adds)."""
    return [op for op in op_ids if entry(store, op).kind != Kind.VERWERKINGSLOG]


def register(store: Store, bsn: str, **extra: Any) -> list[str]:
    changes = writes.register_contact(
        store,
        user="wt-demo",
        bsn=bsn,
        kanaal="telefoon",
        onderwerp="Vraag over de aanvraag",
        inhoud="Mevrouw belde over de stand van zaken.",
        now=datetime.now(UTC),
        **extra,
    )
    return sorted(changes.op_ids, key=lambda op: entry(store, op).seq)


def test_a_contact_registered_offline_is_delivered_once_when_the_connection_returns(
    sandbox: RunningSandbox, store: Store
) -> None:
    bsn = fresh_bsn()
    [op_id] = register(store, bsn)
    box = Outbox(store)
    sandbox.set_faults({"drop_rate": 1})
    offline = push(box, sandbox)
    assert users(store, offline.retrying) == [op_id]
    waiting = entry(store, op_id)
    assert waiting.state == State.PENDING and waiting.attempts == 1
    assert waiting.last_error.startswith("Nog niet verzonden (verbinding verbroken")
    assert [i.state for i in pending_for(store, bsn)] == ["pending"]
    assert on_server(sandbox, KLANTCONTACTEN, reference(op_id)) == []

    sandbox.set_faults({})
    assert users(store, push(box, sandbox).sent) == []  # backoff: not yet due
    online = push(box, sandbox, later())
    assert users(store, online.sent) == [op_id] and online.found == []
    [stored] = on_server(sandbox, KLANTCONTACTEN, reference(op_id))
    assert entry(store, op_id).result_url.endswith(stored["uuid"])  # type: ignore[union-attr]
    assert pending_for(store, bsn) == []
    with q.reading(store) as conn:
        row = conn.execute(select(KlantcontactRow).where(KlantcontactRow.uuid == stored["uuid"])).one()
    assert (row.bsn, row.kanaal, row.onderwerp) == (bsn, "telefoon", "Vraag over de aanvraag")
    assert users(store, push(box, sandbox, later(2)).sent) == []
    assert len(on_server(sandbox, KLANTCONTACTEN, reference(op_id))) == 1


def test_an_answer_lost_after_the_server_stored_the_contact_is_looked_up_not_repeated(
    sandbox: RunningSandbox, store: Store
) -> None:
    bsn = fresh_bsn()
    [op_id] = register(store, bsn)
    # An earlier process marked the entry in flight, sent it, and died before it could record the answer.
    # (The sandbox's latency fault delays *before* processing, and a client that gave up is then not
    # processed at all, so the lost answer is made here; the crash test makes it with SIGKILL.)
    [claimed] = [e for e in Outbox(store)._claim(datetime.now(UTC), set()) if e.op_id == op_id]

    async def lost_attempt() -> None:
        apis = connect(sandbox)
        try:
            await KlantcontactHandler().send(Job(claimed, apis, store, datetime.now(UTC)))
        finally:
            await apis.aclose()

    asyncio.run(lost_attempt())
    assert len(on_server(sandbox, KLANTCONTACTEN, reference(op_id))) == 1
    assert entry(store, op_id).state == State.IN_FLIGHT
    report = push(Outbox(store, settle=timedelta(0)), sandbox)
    assert op_id in report.recovered
    assert users(store, report.sent) == report.found == [op_id]
    assert len(on_server(sandbox, KLANTCONTACTEN, reference(op_id))) == 1
    assert entry(store, op_id).state == State.SENT


def test_a_refused_write_fails_with_the_servers_reason_until_the_user_edits_it(
    sandbox: RunningSandbox, store: Store
) -> None:
    bsn = fresh_bsn()
    [op_id] = register(store, bsn)
    with store.write() as writer:  # a server rule this client does not check itself
        q.update_entry(
            q.connection(writer), op_id, payload={**entry(store, op_id).payload, "vertrouwelijk": "ja"}
        )
    box = Outbox(store)
    assert users(store, push(box, sandbox).failed) == [op_id]
    failed = entry(store, op_id)
    assert failed.state == State.FAILED
    assert failed.last_error == (
        "De server weigerde dit: Ongeldige invoerwaarde "
        "(vertrouwelijk: Must be a valid boolean). Pas het aan en probeer opnieuw."
    )
    assert [i.state for i in pending_for(store, bsn)] == ["failed"]
    assert users(store, push(box, sandbox, later(24)).sent) == []  # not retried on its own
    box.edit(op_id, {"vertrouwelijk": False})
    assert users(store, push(box, sandbox).sent) == [op_id]
    assert len(on_server(sandbox, KLANTCONTACTEN, reference(op_id))) == 1


def test_a_follow_up_task_waits_for_its_contact_and_links_to_it(
    sandbox: RunningSandbox, store: Store
) -> None:
    bsn = fresh_bsn()
    contact_op, task_op = register(store, bsn, follow_up=FollowUp("wt-noord", "Terugbellen", "Over de Wmo"))
    box = Outbox(store)
    sandbox.set_faults({"drop_rate": 1})
    push(box, sandbox)
    assert [i.state for i in pending_for(store, bsn)] == ["pending", "pending"]
    sandbox.set_faults({})
    report = push(box, sandbox, later())
    assert users(store, report.sent) == [contact_op, task_op]
    [contact] = on_server(sandbox, KLANTCONTACTEN, reference(contact_op))
    [task] = on_server(sandbox, INTERNETAKEN, reference(task_op))
    assert task["aanleidinggevendKlantcontact"]["uuid"] == contact["uuid"]
    assert task["toelichting"] == "Over de Wmo" and task["status"] == "te_verwerken"
    with q.reading(store) as conn:
        row = conn.execute(select(InterneTaakRow).where(InterneTaakRow.uuid == task["uuid"])).one()
    assert (row.bsn, row.gevraagde_handeling) == (bsn, "Terugbellen")


def _cached_task(sandbox: RunningSandbox, store: Store, bsn: str) -> dict[str, Any]:
    """A task of the sandbox as the cache holds it after a refresh (the base of a later edit)."""
    document = next(d for d in sandbox.store.iter_collection(INTERNETAKEN) if d["status"] == "te_verwerken")
    served = sandbox.base_url + "/klantinteracties/api/v1/internetaken/" + document["uuid"]
    document = {**document, "url": served}
    fetched = Fetched("klantinteracties", served, None, datetime.now(UTC), document)
    with store.write() as writer:
        writer.save_internetaak(InterneTaak.model_validate(document), fetched, bsn=bsn)
    return document


def test_a_task_changed_on_both_sides_becomes_a_conflict_and_nothing_is_sent(
    sandbox: RunningSandbox, store: Store
) -> None:
    bsn = fresh_bsn()
    task = _cached_task(sandbox, store, bsn)
    [op_id] = writes.hand_over_task(
        store, user="wt-demo", bsn=bsn, taak_url=task["url"], actor="mw-001", now=datetime.now(UTC)
    ).op_ids
    # Meanwhile a colleague hands it to someone else on the server.
    actors = {
        a["actoridentificator"]["objectId"]: a
        for a in sandbox.store.iter_collection("klantinteracties/actoren")
    }
    theirs = {"uuid": actors["mw-002"]["uuid"], "url": actors["mw-002"]["url"]}
    stored, _ = sandbox.store.get(INTERNETAKEN, task["uuid"])  # type: ignore[misc]
    sandbox.store.put(INTERNETAKEN, task["uuid"], {**stored, "toegewezenAanActoren": [theirs]})

    report = push(Outbox(store), sandbox)
    assert users(store, report.conflicts) == [op_id] and users(store, report.sent) == []
    assert entry(store, op_id).state == State.CONFLICT
    [clash] = conflicts_for(store, op_id)
    assert clash.field == "toegewezenAanActoren"
    assert clash.base == sorted(a["uuid"] for a in task["toegewezenAanActoren"])
    assert (clash.mine, clash.theirs) == ([actors["mw-001"]["uuid"]], [actors["mw-002"]["uuid"]])
    after, _ = sandbox.store.get(INTERNETAKEN, task["uuid"])  # type: ignore[misc]
    assert after["toegewezenAanActoren"] == [theirs]  # the colleague's choice stands until the user decides
    assert [i.state for i in pending_for(store, bsn)] == ["conflict"]

    Outbox(store).resolve(op_id, {"toegewezenAanActoren": "theirs"})
    resolved = push(Outbox(store), sandbox)
    assert users(store, resolved.sent) == [
        op_id
    ]  # nothing left to change: the server's version is taken over
    assert sandbox.store.get(INTERNETAKEN, task["uuid"])[0]["toegewezenAanActoren"] == [theirs]  # type: ignore[index]


def test_completing_a_task_patches_its_status_once(sandbox: RunningSandbox, store: Store) -> None:
    bsn = fresh_bsn()
    task = _cached_task(sandbox, store, bsn)
    [op_id] = writes.complete_task(
        store, user="wt-demo", bsn=bsn, taak_url=task["url"], now=datetime.now(UTC)
    ).op_ids
    box = Outbox(store)
    sandbox.set_faults({"drop_rate": 1, "paths": "/klantinteracties/api/v1/internetaken/"})
    assert users(store, push(box, sandbox).retrying) == [op_id]
    sandbox.set_faults({})
    assert users(store, push(box, sandbox, later()).sent) == [op_id]
    done, _ = sandbox.store.get(INTERNETAKEN, task["uuid"])  # type: ignore[misc]
    assert done["status"] == "verwerkt" and done["afgehandeldOp"]
    with q.reading(store) as conn:
        row = conn.execute(select(InterneTaakRow).where(InterneTaakRow.uuid == task["uuid"])).one()
    assert row.status == "verwerkt"


def test_processing_log_entries_wait_for_the_objecttype_then_upload_once(
    sandbox: RunningSandbox, store: Store
) -> None:
    log = ProcessingLog()
    for action in (Action.ZOEKEN, Action.INZIEN):
        log.append(
            store,
            user="wt-demo",
            action=action,
            subject_bsn=None,
            purpose="Wmo",
            result="1",
            now=datetime.now(UTC),
        )
    with q.reading(store) as conn:
        [upload] = q.entries(conn, states=("pending",), kind=Kind.VERWERKINGSLOG)
    box = Outbox(store)
    objecttypes = "objects/objecttypes"
    verwerking = next(t for t in sandbox.store.iter_collection(objecttypes) if t["name"] == "verwerking")
    sandbox.store.delete(objecttypes, verwerking["uuid"])  # a municipality that has not registered it yet
    try:
        assert push(box, sandbox).retrying == [upload.op_id]
        assert "objecttype 'verwerking' ontbreekt" in entry(store, upload.op_id).last_error
    finally:
        sandbox.store.put(objecttypes, verwerking["uuid"], verwerking)
    assert push(box, sandbox, later()).sent == [upload.op_id]
    objects = [o for o in sandbox.store.iter_collection("objects/objects") if _op_of(o) == upload.op_id]
    assert len(objects) == 1
    with q.reading(store) as conn:
        assert [row["uploaded"] for row in q.log_entries(conn)] == [True, True]


def _op_of(obj: dict[str, Any]) -> str | None:
    record = obj.get("record") or {}
    return (record.get("data") or {}).get("client_op_id")


def test_enqueue_outside_the_services_uses_the_same_delivery(sandbox: RunningSandbox, store: Store) -> None:
    """A sanity check of the payload contract the services write: built by hand, delivered as well."""
    bsn = fresh_bsn()
    now = datetime.now(UTC)
    payload = {
        "kanaal": "balie",
        "onderwerp": "Paspoort",
        "inhoud": "Afspraak gemaakt.",
        "zaak_identificatie": "ZAAK-2026-0000000001",
        "gelukt": True,
        "vertrouwelijk": False,
        "plaatsgevonden_op": now.isoformat(),
        "partij": {"voornaam": "Jan", "voorvoegsel": "", "achternaam": "Jansen"},
    }
    with store.write() as writer:
        op_id = enqueue(writer, kind=Kind.KLANTCONTACT, record_key="k:1", bsn=bsn, payload=payload, now=now)
    assert push(Outbox(store), sandbox).sent == [op_id]
    [contact] = on_server(sandbox, KLANTCONTACTEN, reference(op_id))
    onderwerpen = [
        d
        for d in sandbox.store.iter_collection("klantinteracties/onderwerpobjecten")
        if (d.get("klantcontact") or {}).get("uuid") == contact["uuid"]
    ]
    assert onderwerpen[0]["onderwerpobjectidentificator"]["objectId"] == "ZAAK-2026-0000000001"


def test_a_plan_document_and_its_object_reach_the_zaak_once_even_after_a_lost_answer(
    sandbox: RunningSandbox, store: Store
) -> None:
    zaak = next(iter(sandbox.store.iter_collection("zaken/zaken")))
    zaak_url = zaak["url"].replace("http://sandbox.invalid", sandbox.base_url)
    now = datetime.now(UTC)
    pdf = b"%PDF-1.4\n% synthetic plan\n%%EOF\n"
    with store.write() as writer:
        doc_op = enqueue(
            writer,
            kind=Kind.DOCUMENT,
            record_key=f"plan:{zaak['uuid']}",
            bsn=None,
            now=now,
            payload={
                "titel": "Ondersteuningsplan",
                "bestandsnaam": "plan.pdf",
                "formaat": "application/pdf",
                "content_b64": base64.b64encode(pdf).decode(),
                "informatieobjecttype": _an_informatieobjecttype(sandbox),
                "bronorganisatie": zaak["bronorganisatie"],
                "auteur": "Sanne Demo",
                "zaak_url": zaak_url,
            },
        )
        plan_op = enqueue(
            writer,
            kind=Kind.OBJECT,
            record_key=f"plan:{zaak['uuid']}",
            bsn=None,
            now=now,
            payload={
                "objecttype": "plan",
                "version": 1,
                "data": {"bsn": "999993653", "zaak": zaak_url, "status": "ondertekend", "doelen": []},
                "zaak_url": zaak_url,
                "depends_on": doc_op,
                "dependency_field": "document",
            },
        )
    box = Outbox(store, settle=timedelta(0))
    assert push(box, sandbox).sent[:2] == [doc_op, plan_op]

    [document] = [
        d
        for d in sandbox.store.iter_collection("documenten/enkelvoudiginformatieobjecten")
        if d["identificatie"] == f"KT-{reference(doc_op)}"
    ]
    [plan] = [o for o in sandbox.store.iter_collection("objects/objects") if _op_of(o) == plan_op]
    assert sandbox.store.get_blob(document["url"].rsplit("/", 1)[1]) == pdf
    assert plan["record"]["data"]["document"] == document["url"]
    linked_documents = {
        z["informatieobject"] for z in sandbox.store.iter_collection("zaken/zaakinformatieobjecten")
    }
    linked_objects = {z["object"] for z in sandbox.store.iter_collection("zaken/zaakobjecten")}
    assert document["url"] in linked_documents and plan["url"] in linked_objects

    # A process that sent both and died before recording it: the replay finds them, creates nothing new.
    with store.write() as writer:
        conn = q.connection(writer)
        for op in (doc_op, plan_op):
            conn.execute(
                update(OutboxEntry)
                .where(OutboxEntry.op_id == op)
                .values(state=State.IN_FLIGHT, result_url=None)
            )
    report = push(box, sandbox)
    assert sorted(report.found) == sorted([doc_op, plan_op])
    documents = list(sandbox.store.iter_collection("documenten/enkelvoudiginformatieobjecten"))
    assert sum(d["identificatie"] == f"KT-{reference(doc_op)}" for d in documents) == 1
    assert sum(_op_of(o) == plan_op for o in sandbox.store.iter_collection("objects/objects")) == 1


def _an_informatieobjecttype(sandbox: RunningSandbox) -> str:
    return str(next(iter(sandbox.store.iter_collection("catalogi/informatieobjecttypen")))["omschrijving"])


@pytest.mark.parametrize("kind", [Kind.OBJECT, Kind.DOCUMENT])
def test_a_refused_zaak_link_after_the_create_is_retried_without_a_second_create(
    sandbox: RunningSandbox, store: Store, kind: Kind
) -> None:
    """The object or document is created, its link to the zaak refused (4xx): the user's retry must find
    what was created instead of creating it again (a document's identificatie would be refused)."""
    zaak = list(sandbox.store.iter_collection("zaken/zaken"))[3]
    zaak_url = zaak["url"].replace("http://sandbox.invalid", sandbox.base_url)
    now = datetime.now(UTC)
    if kind is Kind.OBJECT:
        payload: dict[str, Any] = {
            "objecttype": "plan",
            "version": 1,
            "data": {"bsn": "999993653", "zaak": zaak_url, "status": "concept", "doelen": []},
            "zaak_url": zaak_url,
        }
    else:
        payload = {
            "titel": "Verslag",
            "bestandsnaam": "verslag.pdf",
            "formaat": "application/pdf",
            "content_b64": base64.b64encode(b"%PDF-1.4\n%%EOF\n").decode(),
            "informatieobjecttype": _an_informatieobjecttype(sandbox),
            "bronorganisatie": zaak["bronorganisatie"],
            "auteur": "Sanne Demo",
            "zaak_url": zaak_url,
        }
    with store.write() as writer:
        op_id = enqueue(
            writer, kind=kind, record_key=f"link:{uuid.uuid4()}", bsn=None, payload=payload, now=now
        )
    box = Outbox(store, settle=timedelta(0))

    def created() -> list[dict[str, Any]]:
        if kind is Kind.OBJECT:
            return [o for o in sandbox.store.iter_collection("objects/objects") if _op_of(o) == op_id]
        return [
            d
            for d in sandbox.store.iter_collection("documenten/enkelvoudiginformatieobjecten")
            if d["identificatie"] == f"KT-{reference(op_id)}"
        ]

    def links(url: str) -> int:
        if kind is Kind.OBJECT:
            return sum(z["object"] == url for z in sandbox.store.iter_collection("zaken/zaakobjecten"))
        return sum(
            z["informatieobject"] == url
            for z in sandbox.store.iter_collection("zaken/zaakinformatieobjecten")
        )

    stored, _ = sandbox.store.get("zaken/zaken", zaak["uuid"])  # type: ignore[misc]
    sandbox.store.delete("zaken/zaken", zaak["uuid"])  # the link is refused: the zaak is unknown
    try:
        assert push(box, sandbox).failed == [op_id]
    finally:
        sandbox.store.put("zaken/zaken", zaak["uuid"], stored)
    [first] = created()
    assert entry(store, op_id).result_url is not None  # the create is not forgotten

    box.retry(op_id)
    report = push(box, sandbox)
    assert report.sent[:1] == [op_id] and report.found[:1] == [op_id]
    [again] = created()
    assert again["url"] == first["url"]
    assert links(first["url"]) == 1


def test_a_delivered_task_keeps_its_deadline_and_names_its_assignee(
    sandbox: RunningSandbox, store: Store
) -> None:
    """The cached task after a delivery shows what a refresh would: the deadline and the actor's name."""
    bsn = fresh_bsn()
    due = date(2031, 3, 14)
    _, task_op = register(store, bsn, follow_up=FollowUp("wt-noord", "Terugbellen", "Over de Wmo", due=due))
    box = Outbox(store)
    push(box, sandbox)
    [task] = on_server(sandbox, INTERNETAKEN, reference(task_op))
    actors = {
        a["actoridentificator"]["objectId"]: a["naam"]
        for a in sandbox.store.iter_collection("klantinteracties/actoren")
    }

    def cached() -> Any:
        with q.reading(store) as conn:
            return conn.execute(select(InterneTaakRow).where(InterneTaakRow.uuid == task["uuid"])).one()

    assert (cached().due, cached().actor) == (due, actors["wt-noord"])
    writes.hand_over_task(
        store, user="wt-demo", bsn=bsn, task_op_id=task_op, actor="mw-001", now=datetime.now(UTC)
    )
    push(box, sandbox)
    assert (cached().due, cached().actor) == (due, actors["mw-001"])
