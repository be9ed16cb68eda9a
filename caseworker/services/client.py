"""Opening a client (DESIGN §3): the cached integral view at once, then every section refreshed.

`open_client` returns the view as the cache has it (None for a client never fetched), queues the opening
for the processing log (and marks the client as recently opened), and starts the refresh.
`OpenedClient.updates` yields each section's outcome together with the view read again, so a window only
has to repaint.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial

from caseworker.domain.bsn import mask_bsn
from caseworker.domain.client import ClientView
from caseworker.security.audit import Action, ProcessingLog
from caseworker.services.session import Session
from caseworker.store import ScopeKind, Store, Writer
from caseworker.store.reads import client_view, last_opened
from caseworker.sync.refresh import RefreshResult, SectionRefreshed

VIEW_PURPOSE = "dienstverlening sociaal domein"  # the processing activity (doelbinding) of an opening


@dataclass
class OpenedClient:
    bsn: str
    view: ClientView | None  # from the cache, at once; None when the client was never fetched
    last_opened: datetime | None  # this user's previous opening of this client (what is new since)
    refresh: asyncio.Task[RefreshResult]
    _session: Session = field(repr=False)
    _arrived: asyncio.Queue[SectionRefreshed | None] = field(repr=False)

    async def updates(self) -> AsyncIterator[tuple[SectionRefreshed, ClientView | None]]:
        """Each section as its refresh ends (ok or not), with the client's view read again; ends when
        every section has reported."""
        while (event := await self._arrived.get()) is not None:
            read = partial(client_view, bsn=self.bsn, now=self._session.clock())
            self.view = await self._session.runner.read(read)
            yield event, self.view


async def open_client(session: Session, bsn: str, *, purpose: str = VIEW_PURPOSE) -> OpenedClient:
    """The cached view at once; the refresh runs in the background (see `OpenedClient.updates`)."""
    now = session.clock()
    since, view = await session.runner.read(partial(_cached, bsn=bsn, user=session.user_id, now=now))
    result = "getoond uit de cache" if view is not None else "nog niet in de cache"
    # Queued, not awaited: the writer may be busy with a sync batch for a while, and the user waits for the
    # view, not for the log. The entry is in the writer's queue before the view is returned (a crash before
    # it commits loses it, as a crash during the commit would); a failed write is reported by the task.
    logged = session.runner.queue(partial(_opened, bsn, session.user_id, purpose, result, now))
    session.spawn(_settled(logged), name=f"log opening {mask_bsn(bsn)}")
    session.watch.opened(bsn)
    arrived: asyncio.Queue[SectionRefreshed | None] = asyncio.Queue()
    refresh = session.spawn(
        session.refresher.refresh_client(bsn, on_section=arrived.put_nowait), name=f"refresh {mask_bsn(bsn)}"
    )
    refresh.add_done_callback(lambda _: arrived.put_nowait(None))
    return OpenedClient(bsn, view, since, refresh, session, arrived)


def close_client(session: Session, bsn: str) -> None:
    """The client's window closed: it leaves the watch list (unless open elsewhere)."""
    session.watch.closed(bsn)


def _cached(store: Store, bsn: str, user: str, now: datetime) -> tuple[datetime | None, ClientView | None]:
    """One trip to a reader thread for both: each trip waits for the GIL while a sync runs."""
    return last_opened(store, user, bsn), client_view(store, bsn, now)


async def _settled(write: asyncio.Future[None]) -> None:
    await write


def _opened(bsn: str, user: str, purpose: str, result: str, now: datetime, writer: Writer) -> None:
    """The scope and the processing log entry in one transaction: an opening is never unlogged."""
    writer.set_scope(bsn, ScopeKind.RECENT, now=now)
    ProcessingLog().append(
        writer, user=user, action=Action.INZIEN, subject_bsn=bsn, purpose=purpose, result=result, now=now
    )
