"""Typed errors of the API layer: what went wrong, in terms the services and the UI can act on."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class InvalidParam:
    name: str
    code: str
    reason: str


class ApiError(Exception):
    """Base of every error the API clients raise; `service` names the API (e.g. "zaken")."""

    def __init__(self, service: str, message: str) -> None:
        super().__init__(f"{service}: {message}")
        self.service = service
        self.message = message

    @property
    def retryable(self) -> bool:
        """Whether trying the same request later may succeed (used by sync to keep an outbox entry)."""
        return False


class ServiceUnavailable(ApiError):
    """No usable answer: connection refused or dropped, DNS failure, or the total timeout passed.

    `maybe_sent` is true when the request may have reached the server (dropped after sending, or a read
    timeout): a write must then be looked up before it is retried, so that nothing is created twice.
    """

    def __init__(self, service: str, message: str, *, maybe_sent: bool = True) -> None:
        super().__init__(service, message)
        self.maybe_sent = maybe_sent

    @property
    def retryable(self) -> bool:
        return True


class RequestTimeout(ServiceUnavailable):
    """The server did not answer within the configured time."""


class ProtocolError(ApiError):
    """The server answered something that is not what the standard promises: HTML instead of JSON,
    a truncated or oversized body, or JSON that does not match the expected shape."""

    @property
    def retryable(self) -> bool:
        return True


@dataclass
class Problem:
    """The problem+json body of the ZGW / Klantinteracties / BRP errors (all fields optional)."""

    status: int
    code: str = ""
    title: str = ""
    detail: str = ""
    type: str = ""
    instance: str = ""
    invalid_params: list[InvalidParam] = field(default_factory=list)


class HttpProblem(ApiError):
    """The server answered with an HTTP error status (4xx/5xx) and, usually, a problem body."""

    def __init__(self, service: str, problem: Problem, retry_after: float | None = None) -> None:
        text = problem.detail or problem.title or f"HTTP {problem.status}"
        super().__init__(service, f"{problem.status} {text}")
        self.problem = problem
        self.retry_after = retry_after

    @property
    def status(self) -> int:
        return self.problem.status

    @property
    def retryable(self) -> bool:
        return self.status in RETRYABLE_STATUSES


class NotAuthorized(HttpProblem):
    """401/403: the credentials are missing, wrong, expired, or lack the right scope."""


class NotFound(HttpProblem):
    """404: the resource (or the page) does not exist."""


class InvalidRequest(HttpProblem):
    """400: the server rejected the input; `problem.invalid_params` names the fields."""


RETRYABLE_STATUSES = frozenset({429, 502, 503, 504})


def error_for_status(service: str, problem: Problem, retry_after: float | None) -> HttpProblem:
    kind: type[HttpProblem] = {
        400: InvalidRequest,
        401: NotAuthorized,
        403: NotAuthorized,
        404: NotFound,
    }.get(problem.status, HttpProblem)
    return kind(service, problem, retry_after)
