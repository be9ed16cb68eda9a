"""The messaging use cases the UI calls (DESIGN §9): one inbox per client and across the caseload, unread
counts per user, sending through the outbox, receiving by polling, drafts and attachments.

Every method is a coroutine; store work runs in worker threads, so the event loop never waits on SQLite.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Connection

from caseworker.api.apis import MunicipalApis
from caseworker.api.documenten import Document
from caseworker.api.errors import ApiError
from caseworker.config import Config
from caseworker.errors import KnownError
from caseworker.events import EventBus
from caseworker.messaging import local
from caseworker.messaging.attachments import DownloadFolder, read_attachment
from caseworker.messaging.compose import Documents, Me, NewAttachment, Outgoing, Sent, send_message
from caseworker.messaging.model import (
    Attachment,
    Conversation,
    Message,
    Participant,
    Soort,
    UnreadCounts,
)
from caseworker.messaging.poll import MessagePoller, PollReport, PollSettings
from caseworker.messaging.remote import ObjectQueries
from caseworker.services import writes
from caseworker.store import Store
from caseworker.store import outbox_queries as q
from caseworker.sync.outbox import Outbox

log = logging.getLogger(__name__)
T = TypeVar("T")

# The catalogus of the demo municipality has no document type for message attachments yet; the nearest one
# is used until the municipality configures its own (see MessagingSettings).
DEFAULT_ATTACHMENT_TYPE = "Aanvraagformulier"
_TEAM_ACTORS = ("organisatorische_eenheid",)


@dataclass(frozen=True)
class MessagingSettings:
    documents: Documents
    poll: PollSettings = field(default_factory=PollSettings)

    @classmethod
    def from_config(cls, config: Config) -> MessagingSettings:
        poll = PollSettings(interval=float(config.number("poll.messages_seconds")))
        rsin = config.text("organisation.rsin")
        return replace(cls.demo(), poll=poll) if not rsin and config.is_demo else cls(_documents(rsin), poll)

    @classmethod
    def demo(cls) -> MessagingSettings:
        """The demo municipality: its own fictional RSIN."""
        from caseworker.sandbox.demo import RSIN

        return cls(_documents(RSIN))


def _documents(rsin: str) -> Documents:
    return Documents(rsin, DEFAULT_ATTACHMENT_TYPE)


def draft_key(conversation: Conversation | None, bsn: str) -> str:
    """Where the text typed for a conversation (or a new one for `bsn`) is autosaved; a conversation
    created here keeps its first key, so the draft survives its delivery."""
    if conversation is None:
        return f"message:new:{bsn}"
    origin = local.pending_key(conversation.client_op_id) if conversation.client_op_id else conversation.key
    return f"message:{origin}"


def _utc_now() -> datetime:
    return datetime.now(UTC)


class Messaging:
    def __init__(
        self,
        apis: MunicipalApis,
        store: Store,
        *,
        user_id: str,
        user_name: str = "",
        bus: EventBus | None = None,
        settings: MessagingSettings,
        clock: Callable[[], datetime] = _utc_now,
    ) -> None:
        self.apis = apis
        self.store = store
        self.bus = bus
        self.settings = settings
        self.clock = clock
        self.queries = ObjectQueries(apis)
        self._me = Me(user_id, user_name)
        self.poller = MessagePoller(
            self.queries, store, me=lambda: self._me, bus=bus, settings=settings.poll, clock=clock
        )
        self.downloads = DownloadFolder()

    @property
    def me(self) -> Me:
        return self._me

    @property
    def user(self) -> str:
        return self._me.user_id

    async def _read(self, work: Callable[[Connection], T]) -> T:
        def run() -> T:
            with q.reading(self.store) as conn:
                return work(conn)

        return await asyncio.to_thread(run)

    async def _write(self, work: Callable[[Connection], T]) -> T:
        """In one write transaction, in a worker thread."""

        def run() -> T:
            with self.store.write() as writer:
                return work(q.connection(writer))

        return await asyncio.to_thread(run)

    # -- what is cached --------------------------------------------------------------------------------

    async def absorb_sent(self) -> set[str]:
        """Take the user's delivered messages into the projections (after every outbox push)."""
        keys = self._me.keys
        return await self._write(lambda conn: local.absorb_sent(conn, me=keys))

    async def conversations(self, bsn: str) -> list[Conversation]:
        """The client's conversations, newest activity first (pending new ones included)."""
        return await self._read(lambda conn: local.conversations(conn, self.user, [bsn]))

    async def inbox(self, bsns: Sequence[str] | None = None) -> list[Conversation]:
        """Conversations across clients (all cached ones, or these), newest activity first."""
        return await self._read(lambda conn: local.conversations(conn, self.user, bsns))

    async def conversation(self, key: str, bsn: str) -> Conversation | None:
        """The conversation under `key`, also after it was sent (a new one is then known by its URL)."""
        for item in await self.conversations(bsn):
            if key in local.conversation_keys(item):
                return item
        return None

    async def thread(self, conversation: Conversation) -> list[Message]:
        return await self._read(lambda conn: local.thread(conn, conversation, self.user))

    async def unread(self, bsns: Sequence[str] | None = None) -> UnreadCounts:
        return await self._read(lambda conn: local.unread_counts(conn, self.user, bsns))

    async def mark_read(self, conversation: Conversation) -> int:
        now = self.clock()
        return await self._write(lambda conn: local.mark_read(conn, self.user, conversation.key, now))

    # -- from the server -------------------------------------------------------------------------------

    async def _resolve_me(self) -> None:
        """The user's actor URL (seeded and other clients' messages may name the user by it)."""
        if self._me.actor_url:
            return
        actor = await self.apis.klantinteracties.actor_for_identificator(self._me.user_id)
        if actor is not None:
            self._me = replace(self._me, actor_url=actor.url)

    async def refresh_client(self, bsn: str) -> int:
        """Reload every conversation and message of the client (opened on screen); returns how many
        messages were new. ApiError when the server cannot be reached: the cached ones stay."""
        await self._resolve_me()
        _, new = await self.poller.history([bsn])
        return new

    async def poll(self, bsns: Sequence[str]) -> PollReport:
        await self._resolve_me()
        await self.absorb_sent()
        return await self.poller.poll(bsns)

    async def run_polling(self, bsns: Callable[[], Awaitable[Sequence[str]]], stop: asyncio.Event) -> None:
        """Poll every `poll.interval` seconds until `stop` is set (owned by the session's task owner)."""

        async def round_bsns() -> Sequence[str]:
            try:
                await self._resolve_me()
                await self.absorb_sent()
            except ApiError:
                pass  # offline: the poll round reports it
            return await bsns()

        await self.poller.run(round_bsns, stop)

    async def colleagues(self) -> list[Participant]:
        """Colleagues and teams a conversation can be handed to (Klantinteracties actoren)."""
        items = await self.apis.klantinteracties.http.list_all("actoren")
        found = [_colleague(item) for item in items if item.get("indicatieActief", True)]
        return sorted((p for p in found if p.identificatie), key=lambda p: (p.soort, p.naam))

    # -- writing ---------------------------------------------------------------------------------------

    async def send(self, outgoing: Outgoing) -> Sent:
        """Queue a message; visible at once as waiting. KnownError (Dutch) when it cannot go."""
        now = self.clock()
        sent: Sent = await asyncio.to_thread(
            send_message,
            self.store,
            outgoing,
            me=self._me,
            documents=self.settings.documents,
            now=now,
            events=self.bus,
        )
        return sent

    async def retry(self, op_id: str) -> None:
        """Send a failed part of a message again at the next push."""
        # Outbox.retry only reopens the entry in the store; it does not push, so any instance will do.
        await asyncio.to_thread(Outbox(self.store, self.bus).retry, op_id)

    async def save_draft(self, key: str, bsn: str, text: str) -> None:
        now = self.clock()
        if text.strip():
            await asyncio.to_thread(writes.save_draft, self.store, key, bsn, {"tekst": text}, now)
        else:
            await asyncio.to_thread(writes.discard_draft, self.store, key)

    async def load_draft(self, key: str) -> str:
        draft = await asyncio.to_thread(writes.load_draft, self.store, key)
        return str(draft.content.get("tekst", "")) if draft else ""

    # -- attachments -----------------------------------------------------------------------------------

    @staticmethod
    async def read_file(path: Path) -> NewAttachment:
        """A file the user chose, checked against the limits (AttachmentRefused, in Dutch)."""
        _, content = await asyncio.to_thread(read_attachment, path)
        return NewAttachment(path.name, content)

    async def open_attachment(self, attachment: Attachment) -> Path:
        """Download an attachment into the private temporary folder; returns the file."""
        document = await self._document(attachment)
        name = attachment.bestandsnaam or document.bestandsnaam
        path, sink = await asyncio.to_thread(self.downloads.create, name)
        try:
            await self.apis.documenten.download(document, sink)
        finally:
            await asyncio.to_thread(sink.close)
        return path

    async def _document(self, attachment: Attachment) -> Document:
        if attachment.url:
            found = (await self.apis.documenten.document(attachment.url)).value
        else:
            bron = attachment.bronorganisatie or self.settings.documents.bronorganisatie
            found = await self.apis.documenten.find(attachment.identificatie, bron)
        if found is None:
            raise KnownError("Deze bijlage staat (nog) niet bij de gemeente. Probeer het later opnieuw.")
        return found

    def close(self) -> None:
        """Remove the opened attachments (call when the session ends or locks)."""
        self.downloads.clear()


def _colleague(item: dict[str, Any]) -> Participant:
    ident = item.get("actoridentificator") or {}
    soort = Soort.TEAM if item.get("soortActor") in _TEAM_ACTORS else Soort.MEDEWERKER
    return Participant(
        soort, str(item.get("naam", "")), str(item.get("url", "")), str(ident.get("objectId", ""))
    )
