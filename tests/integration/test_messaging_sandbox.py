"""Messaging against the sandbox over real HTTP: offline and back, klantcontacten and hand-offs, replies
from the responder by polling with unread counts, attachments both ways, and refused attachments."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Awaitable, Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import pytest

from caseworker.api.apis import MunicipalApis, demo_settings
from caseworker.api.http import RetryPolicy, Timeouts
from caseworker.domain.bsn import is_valid_bsn
from caseworker.events import EventBus
from caseworker.messaging.attachments import MAX_BYTES, AttachmentRefused
from caseworker.messaging.compose import NewAttachment, Outgoing, Sent
from caseworker.messaging.model import Conversation, Delivery, NewMessages, Participant, Soort
from caseworker.messaging.service import Messaging, MessagingSettings, draft_key
from caseworker.sandbox.responder import Responder
from caseworker.sandbox.server import RunningSandbox, start_in_thread
from caseworker.sandbox.store import BASE
from caseworker.store import Store, open_store
from caseworker.store import outbox_queries as q
from caseworker.sync.outbox import Kind, Outbox, PushReport, State, reference

KEY = bytes(range(32))
TIMEOUTS = Timeouts(connect=1.0, read=1.0, write=1.0, pool=1.0, total=3.0)
DEADLINE = 20.0
T = TypeVar("T")


@pytest.fixture(scope="module")
def sandbox() -> Iterator[RunningSandbox]:
    with start_in_thread(persons=40, seed=3, faults="none") as running:
        yield running


@pytest.fixture(autouse=True)
def no_faults_after(sandbox: RunningSandbox) -> Iterator[None]:
    yield
    sandbox.set_faults({})


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "cache.db", KEY) as opened:
        yield opened


class World:
    """One test's client side: API clients, the messaging service, the outbox and the events seen."""

    def __init__(self, sandbox: RunningSandbox, store: Store) -> None:
        self.sandbox = sandbox
        self.store = store
        self.bus = EventBus()
        self.events: list[NewMessages] = []
        self.bus.subscribe(NewMessages, self.events.append)
        settings = demo_settings(sandbox.base_url, user_id="wt-demo", user_representation="Sanne Demo")
        self.apis = MunicipalApis.connect(settings, timeouts=TIMEOUTS, retry=RetryPolicy(attempts=1))
        self.messaging = Messaging(
            self.apis, store, user_id="wt-demo", user_name="Sanne Demo", bus=self.bus,
            settings=MessagingSettings.demo(),
        )  # fmt: skip
        self.outbox = Outbox(store, self.bus, settle=timedelta(0))

    async def push(self, now: datetime | None = None) -> PushReport:
        report = await self.outbox.push_pending(self.apis, now=now)
        await self.messaging.absorb_sent()
        return report

    def objects(self, name_part: str) -> list[dict[str, Any]]:
        return [
            o["record"]["data"]
            for o in self.sandbox.store.iter_collection("objects/objects")
            if name_part in o["record"]["data"]
        ]

    def served(self, text: str) -> str:
        """Stored text with URLs as the server serves them (it stores them under its own BASE)."""
        return text.replace(BASE, self.sandbox.base_url)

    def server(self, collection: str, **fields: Any) -> list[dict[str, Any]]:
        return [
            d
            for d in self.sandbox.store.iter_collection(collection)
            if all(d.get(k) == v for k, v in fields.items())
        ]


def run(work: Callable[[World], Awaitable[T]], sandbox: RunningSandbox, store: Store) -> T:
    async def main() -> T:
        world = World(sandbox, store)
        try:
            return await work(world)
        finally:
            world.messaging.close()
            await world.apis.aclose()

    return asyncio.run(main())


async def until(check: Callable[[], Awaitable[bool]], what: str, deadline: float = DEADLINE) -> None:
    """Wait on a condition with a deadline (each check is a real request or query)."""
    end = time.monotonic() + deadline
    while not await check():
        assert time.monotonic() < end, f"timed out waiting for {what}"
        await asyncio.sleep(0.05)


def seeded(sandbox: RunningSandbox) -> tuple[str, str]:
    """A seeded conversation: (client BSN, gesprek URL as served)."""
    for obj in sandbox.store.iter_collection("objects/objects"):
        data = obj["record"]["data"]
        if "deelnemers" in data:
            return data["bsn"], obj["url"].replace(BASE, sandbox.base_url)
    raise AssertionError("the sandbox seeds conversations")


async def opened(world: World, bsn: str, url: str) -> Conversation:
    await world.messaging.refresh_client(bsn)
    found = await world.messaging.conversation(url, bsn)
    assert found is not None
    return found


def participant(conversation: Conversation, soort: Soort) -> Participant:
    found = conversation.participant(soort)
    assert found is not None
    return found


def bericht_on_server(world: World, sent: Sent) -> list[dict[str, Any]]:
    op = sent.message.removeprefix("op:")
    return [d for d in world.objects("afzender") if d.get("client_op_id") == op]


def entry(store: Store, op_id: str) -> q.Entry:
    with q.reading(store) as conn:
        found = q.entry(conn, op_id)
    assert found is not None
    return found


def fresh_bsn() -> str:
    while True:
        candidate = f"{uuid.uuid4().int % 10**9:09d}"
        if is_valid_bsn(candidate):
            return candidate


# -- tests ----------------------------------------------------------------------------------------------


def test_a_message_sent_offline_is_delivered_exactly_once_when_the_connection_returns(
    sandbox: RunningSandbox, store: Store
) -> None:
    bsn, url = seeded(sandbox)

    async def work(world: World) -> None:
        conversation = await opened(world, bsn, url)
        sandbox.set_faults({"drop_rate": 1.0})
        sent = await world.messaging.send(
            Outgoing(bsn, participant(conversation, Soort.BURGER), "Ik bel u morgen.", conversation)
        )
        report = await world.push()
        assert report.sent == [] and report.retrying
        [shown] = [m for m in await world.messaging.thread(conversation) if m.key == sent.message]
        assert shown.delivery is Delivery.QUEUED
        sandbox.set_faults({})
        later = datetime.now(UTC) + timedelta(hours=1)  # past the backoff
        await world.push(now=later)
        assert all(entry(store, op).state == State.SENT for op in sent.op_ids)
        assert len(bericht_on_server(world, sent)) == 1
        contact = next(op for op in sent.op_ids if entry(store, op).kind == Kind.KLANTCONTACT)
        assert len(world.server("klantinteracties/klantcontacten", referentienummer=reference(contact))) == 1
        [delivered] = [m for m in await world.messaging.thread(conversation) if m.tekst == "Ik bel u morgen."]
        assert delivered.delivery is Delivery.SENT and not delivered.key.startswith("op:")

    run(work, sandbox, store)


def test_a_message_to_the_citizen_is_a_klantcontact_of_their_partij(
    sandbox: RunningSandbox, store: Store
) -> None:
    bsn, url = seeded(sandbox)

    async def work(world: World) -> None:
        conversation = await opened(world, bsn, url)
        sent = await world.messaging.send(
            Outgoing(bsn, participant(conversation, Soort.BURGER), "Uw aanvraag is binnen.", conversation)
        )
        await world.push()
        partij = await world.apis.klantinteracties.partij_for_bsn(bsn)
        assert partij is not None
        contacts = await world.apis.klantinteracties.klantcontacten_for_partij(partij.uuid)
        ours = [c for c in contacts if c.referentienummer in {reference(op) for op in sent.op_ids}]
        assert [(c.kanaal, c.inhoud) for c in ours] == [("berichtenbox", "Uw aanvraag is binnen.")]
        assert ours[0].onderwerp == f"Bericht: {conversation.onderwerp}"

    run(work, sandbox, store)


def test_a_hand_off_creates_an_interne_taak_naming_the_conversation(
    sandbox: RunningSandbox, store: Store
) -> None:
    bsn, url = seeded(sandbox)
    team = Participant(Soort.TEAM, "Wijkteam Noord", identificatie="wt-noord")

    async def work(world: World) -> None:
        conversation = await opened(world, bsn, url)
        sent = await world.messaging.send(Outgoing(bsn, team, "Neem jij dit gesprek over?", conversation))
        await world.push()
        task = next(entry(store, op) for op in sent.op_ids if entry(store, op).kind == Kind.INTERNETAAK)
        assert task.state == State.SENT and task.result_url
        [taak] = world.server("klantinteracties/internetaken", referentienummer=reference(task.op_id))
        assert taak["gevraagdeHandeling"] == f"Gesprek overnemen: {conversation.onderwerp}"
        assert world.served(taak["toelichting"]).startswith(f"Gesprek: {url}\n")
        actor = await world.apis.klantinteracties.actor_for_identificator("wt-noord")
        assert actor is not None and taak["toegewezenAanActoren"][0]["uuid"] == actor.uuid
        contact_uuid = taak["aanleidinggevendKlantcontact"]["uuid"]
        [contact] = world.server("klantinteracties/klantcontacten", uuid=contact_uuid)
        assert contact["vertrouwelijk"] is True

    run(work, sandbox, store)


def test_a_new_conversation_with_an_attachment_arrives_whole_and_the_attachment_opens(
    sandbox: RunningSandbox, store: Store
) -> None:
    bsn = fresh_bsn()  # nobody the sandbox knows: the outbox creates the citizen's partij
    citizen = Participant(Soort.BURGER, "Mevrouw Proef")
    pdf = b"%PDF-1.4\n% bijlage\n%%EOF\n"

    async def work(world: World) -> None:
        sent = await world.messaging.send(
            Outgoing(bsn, citizen, "Zie de bijlage.", onderwerp="Uw aanvraag",
                     attachments=(NewAttachment("aanvraag.pdf", pdf),))
        )  # fmt: skip
        report = await world.push()
        delivered = [op for op in report.sent if op in sent.op_ids]
        assert len(delivered) == 4  # the gesprek, the document, the bericht and its klantcontact
        [bericht] = bericht_on_server(world, sent)
        [gesprek] = [d for d in world.objects("deelnemers") if d.get("bsn") == bsn]
        gesprek_op = sent.conversation.removeprefix("op:")
        assert gesprek["client_op_id"] == gesprek_op
        assert world.served(bericht["gesprek"]) == entry(store, gesprek_op).result_url
        [bijlage] = bericht["bijlagen"]
        assert (
            len(
                world.server(
                    "documenten/enkelvoudiginformatieobjecten", identificatie=bijlage["identificatie"]
                )
            )
            == 1
        )
        [conversation] = await world.messaging.conversations(bsn)
        assert conversation.client_op_id == gesprek_op and conversation.key.startswith("http")
        [message] = await world.messaging.thread(conversation)
        assert message.delivery is Delivery.SENT
        path = await world.messaging.open_attachment(message.bijlagen[0])
        assert path.read_bytes() == pdf and path.name == "aanvraag.pdf"
        assert path.stat().st_mode & 0o077 == 0  # private to the user

    run(work, sandbox, store)


def test_an_oversized_attachment_is_refused_and_nothing_typed_is_lost(
    sandbox: RunningSandbox, store: Store, tmp_path: Path
) -> None:
    bsn, url = seeded(sandbox)
    big = tmp_path / "scan.pdf"
    with big.open("wb") as sink:
        sink.truncate(MAX_BYTES + 1)

    async def work(world: World) -> None:
        conversation = await opened(world, bsn, url)
        key = draft_key(conversation, bsn)
        await world.messaging.save_draft(key, bsn, "Hierbij de scan.")
        with pytest.raises(AttachmentRefused) as refused:
            await world.messaging.read_file(big)
        assert "te groot" in refused.value.user_message and "10 MB" in refused.value.user_message
        assert await world.messaging.load_draft(key) == "Hierbij de scan."
        with q.reading(store) as conn:
            assert q.entries(conn, states=(State.PENDING,), kind=Kind.DOCUMENT) == []

    run(work, sandbox, store)


def test_a_reply_from_the_responder_is_polled_counted_unread_and_cleared_when_read(store: Store) -> None:
    responder = Responder(delay=(0.1, 0.3), seed=4, attachment_rate=1.0)
    with start_in_thread(persons=40, seed=3, responder=responder) as sandbox:
        bsn, url = seeded(sandbox)

        async def work(world: World) -> None:
            conversation = await opened(world, bsn, url)
            await world.messaging.mark_read(conversation)
            assert (await world.messaging.unread()).total == 0
            await world.messaging.send(
                Outgoing(bsn, participant(conversation, Soort.BURGER), "Past dinsdag?", conversation)
            )
            await world.push()

            async def replied() -> bool:
                await world.messaging.poll([bsn])
                return bool(world.events)

            await until(replied, "the citizen's reply")
            assert [(e.bsn, e.gesprek, e.count) for e in world.events] == [(bsn, url, 1)]
            counts = await world.messaging.unread()
            assert counts.total == 1 and counts.per_client == {bsn: 1}
            [item] = [c for c in await world.messaging.conversations(bsn) if c.key == url]
            assert item.unread == 1
            reply = (await world.messaging.thread(conversation))[-1]
            assert reply.unread and reply.afzender.soort is Soort.BURGER and reply.tekst
            # The portal registered the citizen's message as a contact with their partij.
            partij = await world.apis.klantinteracties.partij_for_bsn(bsn)
            assert partij is not None
            contacts = await world.apis.klantinteracties.klantcontacten_for_partij(partij.uuid)
            assert any(c.kanaal == "berichtenbox" and c.inhoud == reply.tekst for c in contacts)
            path = await world.messaging.open_attachment(reply.bijlagen[0])
            assert path.read_bytes().startswith(b"%PDF")
            await world.messaging.mark_read(conversation)
            assert (await world.messaging.unread()).total == 0
            await world.messaging.poll([bsn])  # polled again: nothing new, nothing announced twice
            assert len(world.events) == 1

        run(work, sandbox, store)
    assert responder.replies == 1
