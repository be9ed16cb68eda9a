"""The caseload sync and the watch list (DESIGN §6): which clients the pull keeps fresh, and when.

`sync_caseload` takes the user's caseload along: the zaken in which the user is behandelaar (with their
rollen, in one list), their clients marked as caseload in the cache, then all of them refreshed in bulk —
across clients, in few requests (`caseworker.sync.bulk`); a single client is refreshed by `Refresher`.
`keep_fresh` refreshes the watch list (caseload, taken along, open on screen) on a
timer; while every API is offline it only tries one client, so a laptop without network is left alone.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial

from caseworker.api.apis import MunicipalApis
from caseworker.api.zaken import Rol
from caseworker.domain.bsn import mask_bsn
from caseworker.events import Connectivity
from caseworker.store import ScopeKind, Store, Writer
from caseworker.store.reads import scoped_bsns, watched_bsns
from caseworker.sync.bulk import refresh_bulk, set_scopes
from caseworker.sync.refresh import OnSection, Refresher, RefreshResult, StoreRunner

log = logging.getLogger(__name__)

CONCURRENCY = 8  # clients refreshed at the same time during a caseload sync
WATCH_CONCURRENCY = 4  # … and by the timer, which shares the network with what the user is doing
WATCH_INTERVAL = 15 * 60.0  # seconds between refreshes of the watch list
# The client of a zaak is its belanghebbende; a zaak without one (a request) has its initiator as client.
CLIENT_ROLES = ("belanghebbende", "initiator")


@dataclass
class CaseloadResult:
    clients: list[str] = field(default_factory=list)
    results: list[RefreshResult] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # kept for callers: the bulk sync reports per section

    @property
    def resources(self) -> int:
        return sum(r.resources for r in self.results)


def clients_of(rollen: Iterable[Rol]) -> list[str]:
    """The BSNs of a zaak's client(s): the persons in the first of CLIENT_ROLES the zaak has."""
    persons = [
        (r.omschrijving_generiek, r.betrokkene_identificatie.inp_bsn)
        for r in rollen
        if r.betrokkene_type == "natuurlijk_persoon" and r.betrokkene_identificatie
    ]
    for role in CLIENT_ROLES:
        found = [bsn for kind, bsn in persons if kind == role and bsn]
        if found:
            return found
    return []


async def sync_caseload(
    apis: MunicipalApis,
    store: Store,
    user_id: str,
    *,
    concurrency: int = CONCURRENCY,
    on_section: OnSection | None = None,
) -> CaseloadResult:
    """The caseload sync without a session (scripts, tests); the app calls `sync_caseload_with`."""
    runner = StoreRunner(store)
    try:
        refresher = Refresher(apis, runner)
        return await sync_caseload_with(refresher, user_id, concurrency=concurrency, on_section=on_section)
    finally:
        runner.close()


async def sync_caseload_with(
    refresher: Refresher, user_id: str, *, concurrency: int = CONCURRENCY, on_section: OnSection | None = None
) -> CaseloadResult:
    """The caseload in bulk (`caseworker.sync.bulk`): the user's zaken with their rollen in one list, then
    every section of every client across clients, in a few hundred requests rather than ~20 per client.
    `concurrency` is kept for callers; the bulk refresh is limited by the per-API request limits instead."""
    del concurrency
    listed = await refresher.call(
        "zaken", partial(refresher.apis.zaken.zaken_with_rollen, medewerker=user_id)
    )
    result = CaseloadResult()
    for _, rollen in listed:
        for bsn in clients_of(rollen):
            if bsn not in result.clients:
                result.clients.append(bsn)
    await set_scopes(refresher, result.clients, ScopeKind.CASELOAD, refresher.clock())
    result.results = await refresh_bulk(refresher, result.clients, on_section=on_section)
    await _drop_former_clients(refresher, set(result.clients))
    log.info("caseload sync: %d clients, %d resources", len(result.clients), result.resources)
    return result


async def sync_clients(
    refresher: Refresher,
    bsns: Iterable[str],
    *,
    kind: ScopeKind,
    until: datetime | None = None,
    concurrency: int = CONCURRENCY,
    on_section: OnSection | None = None,
) -> list[RefreshResult]:
    """Keep these clients in the cache under `kind` (e.g. taken along for visits, until `until`) and
    refresh them, at most `concurrency` at a time."""
    limit = asyncio.Semaphore(concurrency)
    scoped = _ScopedRefresh(refresher, kind, refresher.clock(), until, on_section)

    async def one(bsn: str) -> RefreshResult:
        async with limit:
            return await scoped.run(bsn)

    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(one(bsn)) for bsn in dict.fromkeys(bsns)]
    return [task.result() for task in tasks]


@dataclass(frozen=True)
class _ScopedRefresh:
    refresher: Refresher
    kind: ScopeKind
    now: datetime
    until: datetime | None
    on_section: OnSection | None

    async def run(self, bsn: str) -> RefreshResult:
        """The scope first: a client whose refresh is interrupted is still known to be wanted."""
        scope = partial(Writer.set_scope, bsn=bsn, kind=self.kind, now=self.now, until=self.until)
        await self.refresher.runner.write(scope)
        return await self.refresher.refresh_client(bsn, on_section=self.on_section)


async def _drop_former_clients(refresher: Refresher, current: set[str]) -> None:
    """Clients no longer on the caseload lose that scope (they may stay for another reason, or expire)."""
    former = set(await refresher.runner.read(partial(scoped_bsns, kind=ScopeKind.CASELOAD))) - current
    for bsn in former:
        await asyncio.to_thread(refresher.runner.store.clear_scope, bsn, ScopeKind.CASELOAD)
        log.info("%s left the caseload", mask_bsn(bsn))


class WatchList:
    """The clients open on screen (counted: a client may be open in two windows); with the caseload and the
    clients taken along (from the cache's scopes) they make the watch list."""

    def __init__(self) -> None:
        self._open: Counter[str] = Counter()

    def opened(self, bsn: str) -> None:
        self._open[bsn] += 1

    def closed(self, bsn: str) -> None:
        self._open[bsn] -= 1
        if self._open[bsn] <= 0:
            del self._open[bsn]

    @property
    def open_bsns(self) -> list[str]:
        return list(self._open)

    def bsns(self, store: Store, now: datetime) -> list[str]:
        """Open clients first (the user is looking at them), then the rest. Blocks: call in an executor."""
        return list(dict.fromkeys([*self._open, *watched_bsns(store, now)]))


async def refresh_watched(
    refresher: Refresher, bsns: list[str], *, concurrency: int = WATCH_CONCURRENCY
) -> list[RefreshResult]:
    """Refresh these clients; while every API is offline, only the first, as a probe."""
    if not bsns:
        return []
    if refresher.connectivity.overall is Connectivity.OFFLINE:
        probe = await refresher.refresh_client(bsns[0])
        if not any(s.ok for s in probe.sections.values()):
            return [probe]
        return [probe, *await refresher.refresh_many(bsns[1:], concurrency=concurrency)]
    return await refresher.refresh_many(bsns, concurrency=concurrency)


async def keep_fresh(
    refresher: Refresher,
    watch: WatchList,
    *,
    interval: float = WATCH_INTERVAL,
    concurrency: int = WATCH_CONCURRENCY,
) -> None:
    """Run until cancelled: refresh the watch list, wait `interval` seconds, again.

    A round that fails with a bug is logged and the next round runs all the same: one bad response or
    record must not end background sync for the rest of the session. Cancellation ends the loop.
    """
    while True:
        try:
            bsns = await refresher.runner.read(partial(watch.bsns, now=refresher.clock()))
            await refresh_watched(refresher, bsns, concurrency=concurrency)
        except Exception:
            log.exception("background refresh round failed; next round in %.0f s", interval)
        await asyncio.sleep(interval)
