"""Helpers for the client-view GUI tests: a qasync loop inside pytest-qt, and a Session against the sandbox.

pytest-qt spins the Qt event loop while a test waits (`waitUntil`, `waitSignal`); a qasync loop created
`already_running` lets the widgets' coroutines run during those waits, exactly as they run under the app's
`asyncio.Runner(loop_factory=qasync.QEventLoop)`.
"""

from __future__ import annotations

import asyncio
import atexit
import gc
from collections import Counter
from collections.abc import Coroutine, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from pytestqt.qtbot import QtBot

import qasync
from PySide6.QtWidgets import QApplication

from caseworker.api.apis import MunicipalApis, demo_settings
from caseworker.api.http import RetryPolicy, Timeouts
from caseworker.sandbox.server import RunningSandbox
from caseworker.services.session import Session
from caseworker.store import Store, open_store
from caseworker.tasks import TaskOwner

T = TypeVar("T")

KEY = bytes(range(32))
FAST_RETRY = RetryPolicy(attempts=2, backoff_base=0.01, backoff_cap=0.05)
SHORT = Timeouts(connect=1.0, read=1.0, write=1.0, pool=1.0, total=2.0)
WAIT_MS = 15_000


class Harness:
    """One test's loop, store and session."""

    def __init__(self, qtbot: QtBot, session: Session) -> None:
        self.qtbot = qtbot
        self.session = session
        self.tasks = TaskOwner()  # the window's task owner, as the shell passes it to the client view

    @property
    def store(self) -> Store:
        return self.session.store

    def run(self, work: Coroutine[Any, Any, T]) -> T:
        """Run a coroutine on the loop while Qt keeps processing events; returns its result."""
        future = asyncio.ensure_future(work)
        self.qtbot.waitUntil(future.done, timeout=WAIT_MS)
        return future.result()


def connect(root_url: str) -> MunicipalApis:
    return MunicipalApis.connect(
        demo_settings(root_url, user_id="wt-demo", user_representation="Sanne Demo"),
        retry=FAST_RETRY,
        timeouts=SHORT,
    )


_LOOP: list[qasync.QEventLoop] = []


@contextmanager
def qasync_loop() -> Iterator[asyncio.AbstractEventLoop]:
    """The tests' one qasync loop, running for the duration of the block.

    One loop for all tests, as the app has one for its life: closing a qasync loop per test left Qt objects
    of the closed loops behind, and later tests crashed in the Qt event loop. Not `loop.stop()` either:
    it calls QApplication.exit(), after which every nested event loop of pytest-qt returns at once.
    """
    if not _LOOP:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        _LOOP.append(qasync.QEventLoop(app, already_running=True))
        atexit.register(_close_loop, _LOOP[0])
    loop = _LOOP[0]
    asyncio.events._set_running_loop(loop)
    try:
        yield loop
    finally:
        asyncio.events._set_running_loop(None)
        # Collect this test's garbage (closed store connections, deleted widgets' wrappers) now, while no
        # other thread works: a collection that ran during the next test's refresh, with its store writer
        # busy in a worker thread, crashed the interpreter (1 run in 8, PySide6 6.11 + sqlcipher3).
        gc.collect()


def _close_loop(loop: qasync.QEventLoop) -> None:
    """At exit: end the loop's worker threads (a QThread destroyed while running aborts the process)."""
    loop._QEventLoop__is_running = False  # type: ignore[attr-defined]  # see qasync_loop: not stop()
    loop.close()


@contextmanager
def client_session(qtbot: QtBot, root_url: str, folder: Path) -> Iterator[Harness]:
    """A Session on an encrypted cache in `folder` against the sandbox at `root_url`, closed afterwards."""
    with qasync_loop():
        store = open_store(folder / "cache.db", KEY)
        session = Session(connect(root_url), store, user_id="wt-demo", user_name="Sanne Demo")
        harness = Harness(qtbot, session)
        try:
            yield harness
        finally:
            harness.run(harness.tasks.cancel_all())
            harness.run(session.aclose())


def family_client(sandbox: RunningSandbox) -> str:
    """A client with family in the BRP and the most open zaken among such clients."""
    st = sandbox.store
    family = {
        p["burgerservicenummer"]
        for p in st.iter_collection("brp/personen")
        if p.get("partners") or p.get("kinderen")
    }
    open_zaken = {uuid_of(z["url"]) for z in st.iter_collection("zaken/zaken") if not z.get("einddatum")}
    score: Counter[str] = Counter()
    for rol in st.iter_collection("zaken/rollen"):
        bsn = (rol.get("betrokkeneIdentificatie") or {}).get("inpBsn")
        if bsn in family and uuid_of(rol["zaak"]) in open_zaken:
            score[bsn] += 1
    return score.most_common(1)[0][0]


def family_of(sandbox: RunningSandbox, bsn: str) -> set[str]:
    """The BSNs of the client's partners, children and parents that the BRP holds."""
    persons = {p["burgerservicenummer"]: p for p in sandbox.store.iter_collection("brp/personen")}
    client = persons[bsn]
    related = [r for key in ("partners", "kinderen", "ouders") for r in client.get(key, [])]
    return {r["burgerservicenummer"] for r in related if r.get("burgerservicenummer") in persons}


def zaak_statuses(sandbox: RunningSandbox, bsn: str) -> dict[str, str]:
    """identificatie → current status (the statustype's omschrijving) of the client's zaken."""
    st = sandbox.store
    mine = {
        uuid_of(r["zaak"])
        for r in st.iter_collection("zaken/rollen")
        if (r.get("betrokkeneIdentificatie") or {}).get("inpBsn") == bsn
    }
    statussen = {uuid_of(s["url"]): s for s in st.iter_collection("zaken/statussen")}
    types = {uuid_of(t["url"]): t for t in st.iter_collection("catalogi/statustypen")}
    found = {}
    for zaak in st.iter_collection("zaken/zaken"):
        if uuid_of(zaak["url"]) in mine and zaak.get("status"):
            status = statussen[uuid_of(zaak["status"])]
            found[zaak["identificatie"]] = types[uuid_of(status["statustype"])]["omschrijving"]
    return found


def uuid_of(url: str) -> str:
    return url.rstrip("/").rsplit("/", 1)[-1]
