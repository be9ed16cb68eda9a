"""Fixtures for the workplace window's tests: a small demo municipality, synced once per test session and
copied per test, and the window on a qasync loop that pytest-qt's waits drive (`already_running=True`:
every `qtbot.waitUntil`/`waitSignal` lets the loop's callbacks run)."""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

import pytest
from keyring.backends.fail import Keyring as NoKeyring
from pytestqt.qtbot import QtBot

import qasync
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QLineEdit, QWidget

from caseworker.config import Config, defaults
from caseworker.services.startup import Locations, Workplace, start_workplace
from caseworker.tasks import TaskOwner
from ui.main_window import MainWindow

# The fixtures, for `import *` in the test modules.
__all__ = ["data_dir", "qloop", "session_loop", "synced_demo", "window", "workplace"]

T = TypeVar("T")

# The offscreen platform cannot pass a main window's size hints on to a window system it does not have.
OFFSCREEN_NOISE = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

PERSONS = 120  # a caseload of at least ten clients, generated in about a second
WAIT_MS = 20_000


def demo_config() -> Config:
    return defaults()  # nothing configured: the demo profile


async def _never_asked(reason: object) -> str | None:
    raise AssertionError("the demo profile never asks for a passphrase")


async def start(base: Path) -> Workplace:
    # No secure keyring (as on CI): the demo derives its key from the documented demo passphrase.
    return await start_workplace(
        demo_config(),
        ask_passphrase=_never_asked,
        locations=Locations(base),
        persons=PERSONS,
        keyring_backend=NoKeyring(),
    )


async def _synced(base: Path) -> None:
    workplace = await start(base)
    try:
        await workplace.start_background()
    finally:
        await workplace.aclose()


@pytest.fixture(scope="session")
def synced_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with the demo municipality generated and the demo user's caseload in the cache."""
    base = tmp_path_factory.mktemp("demo")
    # A thread of its own: the session's qasync loop may already be the running loop of this one.
    with ThreadPoolExecutor(1) as worker:
        worker.submit(asyncio.run, _synced(base)).result()
    return base


@pytest.fixture
def data_dir(synced_demo: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "data"
    shutil.copytree(synced_demo, copy)
    return copy


@pytest.fixture(scope="session")
def session_loop(qapp: QApplication) -> Iterator[qasync.QEventLoop]:
    """One loop for the session, as the app has one for its life."""
    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.events._set_running_loop(None)  # running only while a test uses it (see `qloop`)
    yield loop
    loop.stop()  # marks it stopped (no Qt event loop of its own is running to end)
    loop.close()  # also ends the worker threads of `asyncio.to_thread`


@pytest.fixture
def qloop(session_loop: qasync.QEventLoop) -> Iterator[qasync.QEventLoop]:
    """The session's loop as this thread's running loop, for one test; other tests may run their own."""
    asyncio.events._set_running_loop(session_loop)
    yield session_loop
    asyncio.events._set_running_loop(None)


def run(qtbot: QtBot, loop: qasync.QEventLoop, work: Coroutine[Any, Any, T]) -> T:
    """Run `work` on the qasync loop while pytest-qt waits for it."""
    task = loop.create_task(work)
    qtbot.waitUntil(task.done, timeout=WAIT_MS)
    return task.result()


@pytest.fixture
def workplace(qtbot: QtBot, qloop: qasync.QEventLoop, data_dir: Path) -> Iterator[Workplace]:
    started = run(qtbot, qloop, start(data_dir))
    yield started
    run(qtbot, qloop, started.aclose())


@pytest.fixture
def window(qtbot: QtBot, qloop: qasync.QEventLoop, workplace: Workplace) -> Iterator[MainWindow]:
    tasks = TaskOwner()
    shown = MainWindow(workplace, tasks)
    qtbot.addWidget(shown)
    shown.resize(1440, 900)
    with qtbot.waitSignal(shown.worklist.loaded, timeout=WAIT_MS):
        shown.show()
    yield shown
    shown.close()
    run(qtbot, qloop, tasks.cancel_all())


def visible_texts(root: QWidget) -> str:
    """Every text a user can see in `root`: labels, line edits and the cells of item views."""
    texts: list[str] = []
    for label in root.findChildren(QLabel):
        if label.isVisible():
            texts.append(label.text())
    for edit in root.findChildren(QLineEdit):
        if edit.isVisible():
            texts.append(edit.text())
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if view.isVisible() and model is not None:
            for row in range(model.rowCount()):
                for column in range(model.columnCount()):
                    texts.append(str(model.data(model.index(row, column)) or ""))
    texts.append(root.windowTitle())
    return "\n".join(texts)
