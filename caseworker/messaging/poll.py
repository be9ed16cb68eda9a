"""Receiving messages while online: a poll round over the watched clients (caseload, taken along, open).

Bounded work per round: at most `max_clients` clients, continuing round-robin where the last round
stopped, asked for in batches of `batch_size` BSNs per request (`bsn__in__`). Each client has a cursor: the
`verzonden_op` up to which its messages are known, set to the round's start minus `lookback` — a message
may reach the server some time after the moment it carries (a sender who was offline), and the overlap
catches those that arrive within `lookback`; the full reload when a client is opened catches the rest.
A client without a cursor gets its whole history once, without announcements.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import Counter
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from caseworker.api.errors import ApiError
from caseworker.events import EventBus
from caseworker.messaging import local
from caseworker.messaging.compose import Me
from caseworker.messaging.model import NewMessages, is_from_me, stamp
from caseworker.messaging.remote import Found, ObjectQueries
from caseworker.store import Store
from caseworker.store import outbox_queries as q

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PollSettings:
    interval: float = 60.0  # seconds between rounds (config `poll.messages_seconds`)
    batch_size: int = 50  # BSNs per request: ~600 characters of query, far below URL limits
    max_clients: int = 200
    lookback: timedelta = timedelta(minutes=10)


@dataclass
class PollReport:
    clients: int = 0
    requests: int = 0
    new: int = 0  # messages not known before (history of a first poll included)
    announced: list[NewMessages] = field(default_factory=list)


class MessagePoller:
    def __init__(
        self,
        queries: ObjectQueries,
        store: Store,
        *,
        me: Callable[[], Me],
        bus: EventBus | None,
        settings: PollSettings,
        clock: Callable[[], datetime],
    ) -> None:
        self.queries = queries
        self.store = store
        self.me = me
        self.bus = bus
        self.settings = settings
        self.clock = clock
        self._next = 0  # where the next round starts in the (sorted) watch list

    def _rotate(self, bsns: Sequence[str]) -> list[str]:
        ordered = sorted(set(bsns))
        if len(ordered) <= self.settings.max_clients:
            return ordered
        start = self._next % len(ordered)
        chosen = (ordered[start:] + ordered[:start])[: self.settings.max_clients]
        self._next = start + len(chosen)
        return chosen

    async def poll(self, bsns: Sequence[str]) -> PollReport:
        """One round; ApiError (offline, server trouble) ends it early and is raised to the caller."""
        report = PollReport()
        chosen = self._rotate(bsns)
        report.clients = len(chosen)
        size = self.settings.batch_size
        # The batches go out together: a round costs about one request's latency, not one per batch.
        batches = [chosen[start : start + size] for start in range(0, len(chosen), size)]
        await asyncio.gather(*(self._batch(batch, report) for batch in batches))
        for event in report.announced:
            if self.bus is not None:
                self.bus.emit(event)
        return report

    async def history(self, bsns: Sequence[str]) -> tuple[int, int]:
        """Every conversation of these clients with all its messages (both objecttype versions), and their
        cursors set: for a client seen for the first time, or opened on screen. Nothing is announced.
        Returns (requests, new messages)."""
        started = self.clock()
        conversations = await self.queries.conversations(bsns)
        threads = await asyncio.gather(*(self.queries.thread(c.url) for c in conversations))
        # Version 1 messages carry no BSN: they belong to their conversation's client.
        found = [
            Found(m.url, {"bsn": c.data["bsn"], **m.data})
            for c, messages in zip(conversations, threads, strict=True)
            for m in messages
        ]
        cursor = stamp(started - self.settings.lookback)
        new = await asyncio.to_thread(self._save, conversations, found, list(bsns), cursor, started)
        return 1 + len(conversations), sum(new.values())

    async def _batch(self, bsns: list[str], report: PollReport) -> None:
        known = await asyncio.to_thread(self._cursors, bsns)
        first = [b for b in bsns if b not in known]
        if first:
            requests, new = await self.history(first)
            report.requests += requests
            report.new += new
        if known:
            await self._since(sorted(known), min(known.values()), report)

    async def _since(self, bsns: list[str], since: str, report: PollReport) -> None:
        """New messages of clients polled before: one request, plus one per conversation not known yet."""
        started = self.clock()
        found = await self.queries.messages_since(bsns, since)
        missing = await asyncio.to_thread(self._unknown_conversations, found)
        extra = [await self.queries.conversation(url) for url in missing]
        report.requests += 1 + len(extra)
        cursor = stamp(started - self.settings.lookback)
        new = await asyncio.to_thread(self._save, extra, found, bsns, cursor, started)
        report.new += sum(new.values())
        report.announced += [NewMessages(bsn, gesprek, count) for (bsn, gesprek), count in new.items()]

    def _cursors(self, bsns: list[str]) -> dict[str, str]:
        with q.reading(self.store) as conn:
            return local.cursors(conn, bsns)

    def _unknown_conversations(self, found: list[Found]) -> set[str]:
        wanted = {str(item.data["gesprek"]) for item in found}
        with q.reading(self.store) as conn:
            return wanted - local.known_conversations(conn, wanted)

    def _save(
        self, conversations: list[Found], found: list[Found], bsns: list[str], cursor: str, now: datetime
    ) -> Counter[tuple[str, str]]:
        """Store what came and move the cursors, in one transaction; counts the new messages from others
        per (client, conversation)."""
        me = self.me()
        new: Counter[tuple[str, str]] = Counter()
        with self.store.write() as writer:
            conn = q.connection(writer)
            for item in conversations:
                local.save_conversation(conn, item.url, item.data)
            for item in found:
                bsn, gesprek = str(item.data["bsn"]), str(item.data["gesprek"])
                if local.save_message(conn, item.url, item.data, bsn, me=me.keys):
                    new[(bsn, gesprek)] += not is_from_me(item.data, me.keys)
            local.set_cursors(conn, bsns, cursor, now)
            local.absorb_sent(conn, me=me.keys)
        return +new

    async def run(self, bsns: Callable[[], Awaitable[Sequence[str]]], stop: asyncio.Event) -> None:
        """A round every `interval` seconds until `stop` is set; offline rounds are skipped quietly."""
        while not stop.is_set():
            try:
                await self.poll(await bsns())
            except ApiError as exc:
                # Not the message: a server's error text may quote the filter, and with it BSNs.
                log.info("message poll skipped: %s from %s", type(exc).__name__, exc.service)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), self.settings.interval)
