"""Knowing when something reached the screen: for the screenshot command, the benchmarks and tests."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal, SignalInstance
from PySide6.QtWidgets import QWidget


class PaintProbe(QObject):
    """`painted` after each paint event of `widget` (e.g. a view's viewport); `last` is its time
    (`time.perf_counter`), so a waiter can tell whether a paint came after a given moment."""

    painted = Signal()

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.last = 0.0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.last = time.perf_counter()
            self.painted.emit()
        return False

    async def painted_after(self, moment: float, within: float) -> float:
        """The time of the first paint after `moment` (which may have happened already)."""
        while self.last <= moment:
            await next_signal(self.painted, within)
        return self.last


async def next_signal(signal: SignalInstance, within: float | None = None) -> Sequence[Any]:
    """Wait (without blocking the loop) for `signal`; its arguments."""
    future: asyncio.Future[Sequence[Any]] = asyncio.get_running_loop().create_future()

    def fire(*values: Any) -> None:
        if not future.done():
            future.set_result(values)

    signal.connect(fire)
    try:
        return await asyncio.wait_for(future, within)
    finally:
        signal.disconnect(fire)
