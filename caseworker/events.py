"""Core events: how the core tells its front-ends what changed, without knowing them (STYLE.md practice 1).

The core emits plain dataclass events; a front-end subscribes per event type. Callbacks run in the thread
that emits (usually the event loop's); the Qt adapter in `ui/` forwards them into the GUI thread.
Events are defined beside the code that emits them; the ones shared by several modules live here.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any, TypeVar

log = logging.getLogger(__name__)

E = TypeVar("E")


class EventBus:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._subscribers: dict[type, list[Callable[[Any], None]]] = {}

    def subscribe(self, kind: type[E], callback: Callable[[E], None]) -> Callable[[], None]:
        """Call `callback` for every event of `kind` (or a subclass); returns the unsubscribe function."""
        with self._lock:
            self._subscribers.setdefault(kind, []).append(callback)

        def unsubscribe() -> None:
            with self._lock:
                callbacks = self._subscribers.get(kind, [])
                if callback in callbacks:
                    callbacks.remove(callback)

        return unsubscribe

    def emit(self, event: object) -> None:
        """Deliver `event`; a failing subscriber is logged and does not stop the others or the emitter."""
        with self._lock:
            callbacks = [cb for kind in type(event).__mro__ for cb in self._subscribers.get(kind, [])]
        for callback in callbacks:
            try:
                callback(event)
            except Exception:
                log.exception("event subscriber failed for %s", type(event).__name__)


class Connectivity(StrEnum):
    ONLINE = "online"
    DEGRADED = "degraded"  # answers, but slowly or with errors
    OFFLINE = "offline"


@dataclass(frozen=True)
class ConnectivityChanged:
    service: str  # "brp", "zaken", … (the keys of caseworker.api.apis.STANDARD_PATHS)
    state: Connectivity
    error: str = ""  # the last error, for the status bar's tooltip
    since: datetime | None = None
