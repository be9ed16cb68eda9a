"""Fault injection: the network and server trouble a robust client must survive, on demand and reproducibly.

Off unless the sandbox is started with `--faults SPEC` (even `none`); only then does the control endpoint
`/_sandbox/faults` exist (GET shows, PUT/POST replaces the settings with a JSON object). Every request draws
the same sequence of random numbers from one seeded generator, so a given seed and request sequence always
produce the same faults.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import uuid
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

CONTROL_PATH = "/_sandbox/faults"
HANG_LIMIT_SECONDS = 600.0  # a hanging request gives up by itself after this, so the server can always stop


@dataclass(frozen=True)
class FaultConfig:
    latency_ms: int = 0
    latency_jitter_ms: int = 0
    error_rate: float = 0.0
    error_status: int = 500  # 500, 503 or 429; 503 and 429 carry Retry-After
    retry_after: int = 1
    hang_rate: float = 0.0
    truncate_rate: float = 0.0
    html_rate: float = 0.0
    drop_rate: float = 0.0
    seed: int | None = None
    paths: str = ""  # only requests whose path starts with this prefix are affected

    @classmethod
    def parse(cls, spec: str) -> FaultConfig:
        """`latency=50,error_rate=0.2,error_status=503,…,seed=1,paths=/zaken`; `none` or `` for no faults."""
        values: dict[str, Any] = {}
        for item in filter(None, (part.strip() for part in spec.split(","))):
            if item == "none":
                continue
            name, sep, value = item.partition("=")
            values[name.strip()] = value.strip() if sep else ""
        return cls.from_dict(values)

    @classmethod
    def from_dict(cls, values: dict[str, Any], base: FaultConfig | None = None) -> FaultConfig:
        types = {f.name: f.type for f in fields(cls)}
        aliases = {
            "latency": "latency_ms",
            "jitter": "latency_jitter_ms",
            "latency_jitter": "latency_jitter_ms",
        }
        changes: dict[str, Any] = {}
        for raw_name, value in values.items():
            name = aliases.get(raw_name, raw_name)
            if name not in types:
                raise ValueError(f"unknown fault setting: {raw_name}")
            kind = types[name]
            if value is None or value == "":
                changes[name] = None if name == "seed" else ""
            elif "float" in str(kind):
                changes[name] = float(value)
            elif "int" in str(kind):
                changes[name] = int(value)
            else:
                changes[name] = str(value)
        config = replace(base or cls(), **changes)
        if config.error_status not in (500, 503, 429):
            raise ValueError("error_status must be 500, 503 or 429")
        return config


class _Dropped(Exception):
    """Raised after the response has started, so the server closes the connection mid-answer."""


class _QuietDrops(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], _Dropped))


class FaultController:
    """The current settings and the random generator, shared by the middleware and the control endpoint."""

    def __init__(self, config: FaultConfig | None) -> None:
        self.enabled = config is not None
        self.config = config or FaultConfig()
        self._random = random.Random(self.config.seed)  # noqa: S311 - reproducible faults, not security

    def set(self, values: dict[str, Any]) -> FaultConfig:
        self.config = FaultConfig.from_dict(values, FaultConfig())
        self._random = random.Random(self.config.seed)  # noqa: S311
        return self.config

    def draw(self) -> dict[str, float]:
        # Always the same number of draws per request, so the sequence depends on the seed alone.
        names = ("latency", "drop", "hang", "error", "html", "truncate")
        return {name: self._random.random() for name in names}


class FaultInjector:
    """ASGI middleware applying the controller's faults to API requests."""

    def __init__(self, app: ASGIApp, controller: FaultController) -> None:
        self.app = app
        self.controller = controller
        logging.getLogger("uvicorn.error").addFilter(_QuietDrops())

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self.controller.enabled:
            await self.app(scope, receive, send)
            return
        if scope["path"] == CONTROL_PATH:
            await self._control(scope, receive, send)
            return
        config = self.controller.config
        if not scope["path"].startswith(config.paths):
            await self.app(scope, receive, send)
            return
        await self._inject(config, self.controller.draw(), scope, receive, send)

    async def _inject(
        self, config: FaultConfig, dice: dict[str, float], scope: Scope, receive: Receive, send: Send
    ) -> None:
        delay = config.latency_ms + dice["latency"] * config.latency_jitter_ms
        if delay:
            await asyncio.sleep(delay / 1000)
        if dice["drop"] < config.drop_rate:
            await send(
                {
                    "type": "http.response.start",
                    "status": 200,
                    "headers": [(b"content-type", b"application/json")],
                }
            )
            raise _Dropped
        if dice["hang"] < config.hang_rate:
            await _hang(receive)
            return
        if dice["error"] < config.error_rate:
            await _error(config, scope, send)
            return
        if dice["html"] < config.html_rate:
            await _html(send)
            return
        if dice["truncate"] < config.truncate_rate:
            await self.app(scope, receive, _Truncating(send))
            return
        await self.app(scope, receive, send)

    async def _control(self, scope: Scope, receive: Receive, send: Send) -> None:
        status = 200
        if scope["method"] in ("PUT", "POST"):
            body = b""
            while True:
                message = await receive()
                body += message.get("body", b"")
                if not message.get("more_body"):
                    break
            try:
                self.controller.set(json.loads(body or b"{}"))
            except (ValueError, TypeError) as exc:
                await _respond(send, 400, {"detail": str(exc)})
                return
        elif scope["method"] != "GET":
            status = 405
        await _respond(send, status, asdict(self.controller.config))


async def _respond(
    send: Send,
    status: int,
    body: Any,
    headers: list[tuple[bytes, bytes]] | None = None,
    media: bytes = b"application/json",
) -> None:
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    start_headers = [(b"content-type", media), (b"content-length", str(len(data)).encode()), *(headers or [])]
    await send({"type": "http.response.start", "status": status, "headers": start_headers})
    await send({"type": "http.response.body", "body": data})


async def _hang(receive: Receive) -> None:
    """Answer nothing until the client gives up (or the limit passes); other requests go on meanwhile."""

    async def until_disconnect() -> None:
        while (await receive())["type"] != "http.disconnect":
            pass

    try:
        await asyncio.wait_for(until_disconnect(), HANG_LIMIT_SECONDS)
    except TimeoutError:
        raise _Dropped from None


async def _error(config: FaultConfig, scope: Scope, send: Send) -> None:
    status = config.error_status
    titles = {
        500: "Er is een serverfout opgetreden.",
        503: "Service tijdelijk niet beschikbaar.",
        429: "Verzoek werd afgeknepen.",
    }
    host = dict(scope["headers"]).get(b"host", b"localhost").decode()
    body = {
        "type": f"{scope.get('scheme', 'http')}://{host}/ref/fouten/APIException/",
        "code": "error" if status == 500 else "throttled" if status == 429 else "service_unavailable",
        "title": titles[status],
        "status": status,
        "detail": titles[status],
        "instance": f"urn:uuid:{uuid.uuid4()}",
    }
    headers = [(b"retry-after", str(config.retry_after).encode())] if status in (429, 503) else []
    await _respond(send, status, body, headers)


async def _html(send: Send) -> None:
    # What a misconfigured gateway in front of the API answers: an HTML error page.
    page = b"<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>"
    await _respond(send, 502, page, media=b"text/html; charset=utf-8")


class _Truncating:
    """Wraps `send`: the body is cut in half with a matching Content-Length: valid HTTP, broken JSON."""

    def __init__(self, send: Send) -> None:
        self._send = send
        self._start: Message | None = None
        self._body = b""

    async def __call__(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            self._start = message
            return
        self._body += message.get("body", b"")
        if message.get("more_body"):
            return
        assert self._start is not None
        cut = self._body[: len(self._body) // 2]
        headers = [(k, v) for k, v in self._start["headers"] if k.lower() != b"content-length"]
        headers.append((b"content-length", str(len(cut)).encode()))
        await self._send({**self._start, "headers": headers})
        await self._send({"type": "http.response.body", "body": cut})
