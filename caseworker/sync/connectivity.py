"""Connectivity per API (DESIGN §6): online, degraded (slow, or some errors) or offline (no answer).

The sync reports every call's outcome here; a change of state is emitted as `ConnectivityChanged`, which the
status bar shows with the last successful sync. Offline is a normal state, not an error.
"""

from __future__ import annotations

import logging
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime

from caseworker.api.errors import HttpProblem, ServiceUnavailable
from caseworker.errors import KnownError
from caseworker.events import Connectivity, ConnectivityChanged, EventBus

log = logging.getLogger(__name__)

SLOW_AFTER_SECONDS = 3.0  # an answer slower than this makes the service "degraded"
WINDOW = 10  # the recent outcomes a state is judged on


@dataclass
class ServiceHealth:
    state: Connectivity = Connectivity.ONLINE
    since: datetime | None = None
    last_success: datetime | None = None
    last_error: str = ""
    recent: deque[bool] = field(default_factory=lambda: deque(maxlen=WINDOW))  # True: a good answer


def is_connection_failure(error: BaseException) -> bool:
    """No answer at all (refused, dropped, timed out): the service counts as offline."""
    return isinstance(error, ServiceUnavailable | TimeoutError | OSError)


def is_answer(error: BaseException) -> bool:
    """A 4xx (other than 429) is the server answering about the request, not a sign of trouble."""
    return isinstance(error, HttpProblem) and error.status < 500 and error.status != 429


class ConnectivityMonitor:
    def __init__(self, bus: EventBus | None = None, *, slow_after: float = SLOW_AFTER_SECONDS) -> None:
        self._bus = bus
        self._slow_after = slow_after
        self._services: dict[str, ServiceHealth] = {}

    def succeeded(self, service: str, elapsed: float, now: datetime) -> None:
        health = self._health(service)
        health.last_success = now
        health.recent.append(elapsed <= self._slow_after)
        state = Connectivity.ONLINE if all(health.recent) else Connectivity.DEGRADED
        self._set(service, state, now)

    def failed(self, service: str, error: BaseException, now: datetime) -> None:
        if is_answer(error):
            self.succeeded(service, 0.0, now)
            return
        health = self._health(service)
        health.recent.append(False)
        health.last_error = describe(error)
        state = Connectivity.OFFLINE if is_connection_failure(error) else Connectivity.DEGRADED
        self._set(service, state, now)

    def state(self, service: str) -> Connectivity:
        return self._health(service).state

    @property
    def overall(self) -> Connectivity:
        """Offline when every API that was tried is offline; online when all are; degraded otherwise."""
        states = {h.state for h in self._services.values()}
        if not states or states == {Connectivity.ONLINE}:
            return Connectivity.ONLINE
        if states == {Connectivity.OFFLINE}:
            return Connectivity.OFFLINE
        return Connectivity.DEGRADED

    def last_success(self, service: str | None = None) -> datetime | None:
        """When `service` (or, without one, any API) last answered."""
        if service is not None:
            return self._health(service).last_success
        times = [h.last_success for h in self._services.values() if h.last_success]
        return max(times, default=None)

    def snapshot(self) -> dict[str, ServiceHealth]:
        return dict(self._services)

    def _health(self, service: str) -> ServiceHealth:
        return self._services.setdefault(service, ServiceHealth())

    def _set(self, service: str, state: Connectivity, now: datetime) -> None:
        health = self._health(service)
        if health.state is state and health.since is not None:
            return
        changed = health.state is not state
        health.state, health.since = state, now
        if changed or state is not Connectivity.ONLINE:
            log.info("connectivity of %s: %s", service, state.value)
            if self._bus is not None:
                error = "" if state is Connectivity.ONLINE else health.last_error
                self._bus.emit(ConnectivityChanged(service, state, error, now))


def describe(error: BaseException) -> str:
    """The error as the status bar's tooltip and a section's header show it. API errors name the API and
    the status, never personal data; a known error carries its own Dutch message."""
    if isinstance(error, TimeoutError):
        return "geen antwoord binnen de tijd"
    if isinstance(error, KnownError):
        return error.user_message
    return str(error) or type(error).__name__
