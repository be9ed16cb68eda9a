"""Core events into the GUI thread: the core's EventBus calls back in whatever thread emits; Qt widgets
may only be touched in the GUI thread, so every event is re-emitted as a queued Qt signal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal

from caseworker.events import EventBus

E = TypeVar("E")


class EventBridge(QObject):
    delivered = Signal(object, object)  # (callback, event), always handled in the GUI thread

    def __init__(self, bus: EventBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus
        self._unsubscribers: list[Callable[[], None]] = []
        self.delivered.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def subscribe(self, kind: type[E], callback: Callable[[E], None]) -> None:
        """`callback(event)` runs in the GUI thread for every `kind` event, until `close()`."""
        unsubscribe = self._bus.subscribe(kind, lambda event: self.delivered.emit(callback, event))
        self._unsubscribers.append(unsubscribe)

    def close(self) -> None:
        for unsubscribe in self._unsubscribers:
            unsubscribe()
        self._unsubscribers.clear()

    @staticmethod
    def _deliver(callback: Callable[[Any], None], event: object) -> None:
        callback(event)
