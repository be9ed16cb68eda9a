from __future__ import annotations

import asyncio
import threading
from dataclasses import dataclass

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QThread

from caseworker.events import EventBus
from caseworker.tasks import TaskOwner
from ui.bridge import EventBridge


@dataclass(frozen=True)
class Ping:
    n: int


def test_events_from_another_thread_arrive_in_the_gui_thread(qtbot: QtBot) -> None:
    bus = EventBus()
    bridge = EventBridge(bus)
    received: list[tuple[int, bool]] = []
    gui_thread = QThread.currentThread()
    bridge.subscribe(Ping, lambda e: received.append((e.n, QThread.currentThread() is gui_thread)))

    worker = threading.Thread(target=lambda: bus.emit(Ping(7)))
    worker.start()
    worker.join()

    qtbot.waitUntil(lambda: received == [(7, True)], timeout=2000)
    bridge.close()
    bus.emit(Ping(8))
    qtbot.wait(50)
    assert received == [(7, True)]


def test_latest_request_wins_and_failures_are_reported() -> None:
    errors: list[BaseException] = []

    async def main() -> tuple[bool, str]:
        owner = TaskOwner(on_error=errors.append)
        first = owner.spawn(asyncio.sleep(10, result="old"), name="search", key="search")
        second = owner.spawn(asyncio.sleep(0, result="new"), name="search", key="search")
        result = await second
        await asyncio.sleep(0)

        async def broken() -> None:
            raise ValueError("boom")

        failing = owner.spawn(broken(), name="broken")
        await asyncio.gather(failing, return_exceptions=True)
        await asyncio.sleep(0)
        await owner.cancel_all()
        return first.cancelled(), result

    cancelled, result = asyncio.run(main())
    assert cancelled and result == "new"
    assert [str(e) for e in errors] == ["boom"]
