"""The shared HTTP layer under every API client.

One `ServiceClient` per service wraps one `httpx.AsyncClient` for the app's lifetime (HTTP/1.1, small pool:
DESIGN.md §14). It adds what every Common Ground API needs: auth, connect/read/total timeouts, retries with
backoff and jitter for requests that may safely be repeated, problem bodies mapped to typed errors, a size
limit on JSON bodies, streaming downloads, `next`-link pagination and conditional GETs.
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import logging
import random
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import IO, Any, TypeVar
from urllib.parse import urlsplit, urlunsplit

import httpx
from pydantic import BaseModel, ValidationError

from caseworker.api.errors import (
    ApiError,
    HttpProblem,
    InvalidParam,
    Problem,
    ProtocolError,
    RequestTimeout,
    ServiceUnavailable,
    error_for_status,
)

log = logging.getLogger(__name__)

M = TypeVar("M", bound=BaseModel)
# Query parameters; a sequence repeats the parameter (`data_attr=a&data_attr=b`), as httpx sends it.
Params = Mapping[str, str | int | Sequence[str]]

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
RETRY_STATUSES = frozenset({429, 502, 503, 504})
JSON_TYPES = ("application/json", "application/problem+json")
MAX_PAGES = 10_000  # a guard against a server whose `next` links loop


@dataclass(frozen=True)
class Timeouts:
    """Seconds. `total` bounds one call including every retry, so no caller waits longer than that."""

    connect: float = 5.0
    read: float = 15.0
    write: float = 15.0
    pool: float = 5.0
    total: float = 30.0


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 4  # first try included
    backoff_base: float = 0.2
    backoff_cap: float = 5.0
    max_retry_after: float = 30.0

    def delay(self, attempt: int, rng: random.Random) -> float:
        """Exponential backoff with full jitter (attempt 1 is the first retry)."""
        return rng.uniform(0, min(self.backoff_cap, self.backoff_base * 2 ** (attempt - 1)))


@dataclass
class ApiResponse:
    status: int
    data: Any = None
    etag: str | None = None
    headers: Mapping[str, str] = field(default_factory=dict)

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class ServiceClient:
    """An HTTP client for one service (one base URL), shared by everything that talks to it."""

    def __init__(
        self,
        service: str,
        base_url: str,
        *,
        auth: httpx.Auth | None = None,
        timeouts: Timeouts | None = None,
        retry: RetryPolicy | None = None,
        headers: Mapping[str, str] | None = None,
        max_json_bytes: int = 20 * 1024 * 1024,
        max_connections: int = 10,
        verify: bool | str = True,
        rng: random.Random | None = None,
        on_request: Callable[[httpx.Request], Awaitable[None]] | None = None,
    ) -> None:
        self.service = service
        self.base_url = base_url.rstrip("/")
        self.timeouts = timeouts or Timeouts()
        self.retry = retry or RetryPolicy()
        self.max_json_bytes = max_json_bytes
        self._rng = rng or random.Random()  # noqa: S311 - jitter, not security
        self._http = httpx.AsyncClient(
            auth=auth,
            headers={"Accept": "application/json", **(headers or {})},
            timeout=httpx.Timeout(
                connect=self.timeouts.connect,
                read=self.timeouts.read,
                write=self.timeouts.write,
                pool=self.timeouts.pool,
            ),
            limits=httpx.Limits(max_connections=max_connections, max_keepalive_connections=max_connections),
            http2=False,
            verify=verify,
            follow_redirects=False,
            # A hook sees each outgoing request as sent (tracing; the contract tests validate them).
            event_hooks={"request": [on_request]} if on_request else None,
        )

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> ServiceClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    # -- requests ---------------------------------------------------------------------------------

    def url(self, path_or_url: str) -> str:
        """An absolute URL on this service; absolute URLs from the server are kept on our origin."""
        if path_or_url.startswith(("http://", "https://")):
            return self._on_own_origin(path_or_url)
        return f"{self.base_url}/{path_or_url.lstrip('/')}"

    async def request(
        self,
        method: str,
        path_or_url: str,
        *,
        params: Params | None = None,
        json_body: Any = None,
        headers: Mapping[str, str] | None = None,
        etag: str | None = None,
        idempotent: bool | None = None,
    ) -> ApiResponse:
        """Send one request (with retries where safe) and return the parsed JSON answer.

        `idempotent=False` marks a request of an idempotent method that is not, so it is never repeated
        after it may have been sent (an Objects API PUT adds a record version each time).

        Raises `HttpProblem` subclasses for 4xx/5xx, `ProtocolError` for bodies that are not the JSON the
        standard promises, `RequestTimeout`/`ServiceUnavailable` when no answer came in time.
        """
        send_headers = dict(headers or {})
        if etag:
            send_headers["If-None-Match"] = etag
        url = self.url(path_or_url)
        try:
            async with asyncio.timeout(self.timeouts.total):
                return await self._with_retries(
                    method, url, params, json_body, send_headers, idempotent=idempotent
                )
        except TimeoutError:
            raise RequestTimeout(
                self.service,
                f"geen antwoord binnen {self.timeouts.total:g} seconden",
                maybe_sent=True,
            ) from None

    async def get(
        self,
        path_or_url: str,
        params: Params | None = None,
        *,
        etag: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> ApiResponse:
        return await self.request("GET", path_or_url, params=params, etag=etag, headers=headers)

    async def post(
        self,
        path_or_url: str,
        body: Any,
        *,
        headers: Mapping[str, str] | None = None,
    ) -> ApiResponse:
        return await self.request("POST", path_or_url, json_body=body, headers=headers)

    async def patch(
        self,
        path_or_url: str,
        body: Any,
        *,
        headers: Mapping[str, str] | None = None,
    ) -> ApiResponse:
        return await self.request("PATCH", path_or_url, json_body=body, headers=headers)

    async def iter_items(
        self,
        path_or_url: str,
        params: Params | None = None,
        *,
        headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[Any]:
        """Every item of a list endpoint: follows `next` links, and accepts the plain arrays that some
        ZGW sub-lists return instead of a page."""
        url: str | None = path_or_url
        page_params = params
        for _ in range(MAX_PAGES):
            if url is None:
                return
            response = await self.get(url, page_params, headers=headers)
            data = response.data
            if isinstance(data, list):
                for item in data:
                    yield item
                return
            if not isinstance(data, dict) or not isinstance(data.get("results"), list):
                raise ProtocolError(self.service, "lijst zonder 'results' ontvangen")
            for item in data["results"]:
                yield item
            url = data.get("next")
            page_params = None  # the next link carries the query
        raise ProtocolError(self.service, "te veel pagina's; de server lijkt in een lus te verwijzen")

    async def list_all(
        self,
        path_or_url: str,
        params: Params | None = None,
        *,
        headers: Mapping[str, str] | None = None,
    ) -> list[Any]:
        return [item async for item in self.iter_items(path_or_url, params, headers=headers)]

    async def download(self, path_or_url: str, sink: IO[bytes], *, max_bytes: int) -> int:
        """Stream a binary resource (a document's content) into `sink`; returns the byte count."""
        url = self.url(path_or_url)
        written = 0
        try:
            async with (
                asyncio.timeout(self.timeouts.total),
                self._http.stream("GET", url, headers={"Accept": "*/*"}) as response,
            ):
                if response.status_code >= 400:
                    await response.aread()
                    raise self._error(response, response.content)
                async for chunk in response.aiter_bytes():
                    written += len(chunk)
                    if written > max_bytes:
                        raise ProtocolError(self.service, f"document groter dan {max_bytes} bytes")
                    sink.write(chunk)
        except TimeoutError:
            raise RequestTimeout(self.service, "download duurde te lang", maybe_sent=True) from None
        except httpx.HTTPError as exc:
            raise _transport_error(self.service, exc) from exc
        return written

    # -- internals --------------------------------------------------------------------------------

    async def _with_retries(
        self,
        method: str,
        url: str,
        params: Params | None,
        json_body: Any,
        headers: dict[str, str],
        *,
        idempotent: bool | None = None,
    ) -> ApiResponse:
        idempotent = method in IDEMPOTENT_METHODS if idempotent is None else idempotent
        attempt = 0
        while True:
            attempt += 1
            try:
                return await self._send_once(method, url, params, json_body, headers)
            except ApiError as exc:
                wait = self._retry_wait(exc, idempotent, attempt)
                if wait is None:
                    raise
                log.info(
                    "%s %s %s: %s; retry %d in %.2fs",
                    self.service,
                    method,
                    _path(url),
                    exc.message,
                    attempt,
                    wait,
                )
                await asyncio.sleep(wait)

    def _retry_wait(self, exc: ApiError, idempotent: bool, attempt: int) -> float | None:
        """Seconds to wait before the next attempt, or None when this error must not be retried."""
        if attempt >= self.retry.attempts:
            return None
        if isinstance(exc, HttpProblem):
            # A 429 says the request was refused unprocessed, so even a POST may be repeated.
            if exc.status not in RETRY_STATUSES or (not idempotent and exc.status != 429):
                return None
            if exc.retry_after is not None:
                return min(exc.retry_after, self.retry.max_retry_after)
        elif isinstance(exc, ServiceUnavailable):
            if not idempotent and exc.maybe_sent:
                return None
        elif not (isinstance(exc, ProtocolError) and idempotent):
            return None
        return self.retry.delay(attempt, self._rng)

    async def _send_once(
        self,
        method: str,
        url: str,
        params: Params | None,
        json_body: Any,
        headers: dict[str, str],
    ) -> ApiResponse:
        started = time.monotonic()
        try:
            async with self._http.stream(
                method, url, params=params, json=json_body, headers=headers
            ) as response:
                body = await self._read_limited(response)
        except httpx.HTTPError as exc:
            raise _transport_error(self.service, exc) from exc
        log.debug(
            "%s %s %s -> %d in %.0f ms",
            self.service,
            method,
            _path(url),
            response.status_code,
            (time.monotonic() - started) * 1000,
        )
        if response.status_code >= 400:
            raise self._error(response, body)
        etag = response.headers.get("ETag")
        if response.status_code == 304 or not body:
            return ApiResponse(response.status_code, None, etag, response.headers)
        return ApiResponse(response.status_code, self._parse_json(response, body), etag, response.headers)

    async def _read_limited(self, response: httpx.Response) -> bytes:
        declared = response.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > self.max_json_bytes:
            raise ProtocolError(self.service, f"antwoord van {declared} bytes is groter dan toegestaan")
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > self.max_json_bytes:
                raise ProtocolError(self.service, f"antwoord groter dan {self.max_json_bytes} bytes")
            chunks.append(chunk)
        return b"".join(chunks)

    def _parse_json(self, response: httpx.Response, body: bytes) -> Any:
        content_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if not (content_type in JSON_TYPES or content_type.endswith("+json")):
            raise ProtocolError(
                self.service, f"server stuurde '{content_type or 'onbekend'}' in plaats van JSON"
            )
        try:
            return json.loads(body)
        except (ValueError, UnicodeDecodeError) as exc:
            raise ProtocolError(self.service, f"onvolledig of ongeldig JSON-antwoord ({exc})") from None

    def _error(self, response: httpx.Response, body: bytes) -> HttpProblem:
        problem = Problem(status=response.status_code, title=response.reason_phrase)
        try:
            data = json.loads(body) if body else None
        except (ValueError, UnicodeDecodeError):
            data = None
        if isinstance(data, dict):
            problem = _problem_from(response.status_code, data)
        return error_for_status(self.service, problem, _retry_after(response.headers.get("Retry-After")))

    def _on_own_origin(self, url: str) -> str:
        """Keep credentials on our own service: a link to another origin is rebased onto ours
        (servers behind a proxy build links from the host they see)."""
        own = urlsplit(self.base_url)
        parts = urlsplit(url)
        if (parts.scheme, parts.netloc) == (own.scheme, own.netloc):
            return url
        return urlunsplit((own.scheme, own.netloc, parts.path, parts.query, ""))


def parse_model(service: str, model: type[M], data: Any) -> M:
    """Validate a JSON document into a typed model; a violation is a protocol error, never a crash."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "(root)"
        raise ProtocolError(
            service, f"antwoord past niet bij de standaard: {model.__name__}.{where}: {first['msg']}"
        ) from None


def _problem_from(status: int, data: dict[str, Any]) -> Problem:
    params = data.get("invalidParams") or []
    return Problem(
        status=status,
        code=str(data.get("code") or ""),
        title=str(data.get("title") or ""),
        detail=str(data.get("detail") or ""),
        type=str(data.get("type") or ""),
        instance=str(data.get("instance") or ""),
        invalid_params=[
            InvalidParam(str(p.get("name", "")), str(p.get("code", "")), str(p.get("reason", "")))
            for p in params
            if isinstance(p, dict)
        ],
    )


def _transport_error(service: str, exc: httpx.HTTPError) -> ApiError:
    """Classify a transport failure by whether the request may have reached the server."""
    if isinstance(exc, httpx.ConnectTimeout | httpx.PoolTimeout):
        return RequestTimeout(service, "geen verbinding binnen de tijd", maybe_sent=False)
    if isinstance(exc, httpx.TimeoutException):
        return RequestTimeout(service, "de server antwoordde niet op tijd", maybe_sent=True)
    if isinstance(exc, httpx.ConnectError):
        return ServiceUnavailable(service, "geen verbinding met de server", maybe_sent=False)
    if isinstance(exc, httpx.RemoteProtocolError | httpx.ReadError | httpx.WriteError):
        return ServiceUnavailable(service, "verbinding verbroken tijdens het verzoek")
    return ServiceUnavailable(service, f"netwerkfout: {type(exc).__name__}")


def _retry_after(value: str | None) -> float | None:
    """`Retry-After` as seconds or an HTTP date."""
    if not value:
        return None
    if value.strip().isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _path(url: str) -> str:
    """The path only: query strings can carry a BSN, which never goes into a log."""
    return urlsplit(url).path
