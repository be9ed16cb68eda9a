"""Running the sandbox: from the CLI (`run`) or in a background thread for tests and the demo profile.

The database lives in `<data dir>/sandbox.db`; it is reused when it was generated with the same persons and
seed, and (re)generated otherwise.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import signal
import socket
import sys
import threading
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any

import platformdirs
import uvicorn

from caseworker.sandbox.app import SandboxConfig, create_app
from caseworker.sandbox.faults import FaultConfig, FaultController
from caseworker.sandbox.responder import Responder
from caseworker.sandbox.store import SandboxStore

DB_NAME = "sandbox.db"
STALE_ETAG = "stale-etag"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("keukentafel")) / "sandbox"


def open_store(data_dir: Path | None, persons: int, seed: int) -> SandboxStore:
    """The sandbox database, generated now unless it already holds this persons/seed combination.

    Without `data_dir` the database is in memory (tests). The generator is imported on use, so a missing or
    broken generator only matters when data has to be generated.
    """
    if data_dir is None:
        store = SandboxStore(":memory:")
    else:
        data_dir.mkdir(parents=True, exist_ok=True)
        store = SandboxStore(data_dir / DB_NAME)
    wanted = f"{persons}/{seed}"
    if store.get_meta("generated") == wanted:
        return store
    if store.get_meta("generated") is not None:
        store.close()
        assert data_dir is not None
        (data_dir / DB_NAME).unlink()
        for suffix in ("-wal", "-shm"):
            (data_dir / f"{DB_NAME}{suffix}").unlink(missing_ok=True)
        store = SandboxStore(data_dir / DB_NAME)
    if persons > 0:
        generator = importlib.import_module("caseworker.sandbox.generate")
        generator.generate(store, persons=persons, seed=seed, today=date.today())
    store.set_meta("generated", wanted)
    return store


def make_config(
    faults: str | None, quirks: tuple[str, ...] = (), responder: Responder | None = None
) -> SandboxConfig:
    unknown = set(quirks) - {STALE_ETAG}
    if unknown:
        raise ValueError(f"unknown quirk(s): {', '.join(sorted(unknown))}")
    return SandboxConfig(
        stale_etag_after_own_create=STALE_ETAG in quirks,
        faults=None if faults is None else FaultConfig.parse(faults),
        responder=responder,
    )


class _Server(uvicorn.Server):
    """uvicorn re-raises SIGINT/SIGTERM after shutting down, which ends the process with the signal's status;
    the sandbox handles them itself (in `run`) to stop cleanly with exit status 0."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


def _server(store: SandboxStore, config: SandboxConfig, sock: socket.socket) -> uvicorn.Server:
    app = create_app(store, config)
    uvicorn_config = uvicorn.Config(
        app,
        log_level="warning",
        access_log=False,
        lifespan="off",
        timeout_graceful_shutdown=1,  # hanging fault requests must not keep the server alive
    )
    server = _Server(uvicorn_config)
    server.app_state = app.state  # type: ignore[attr-defined]
    return server


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Accepted connections inherit this (Linux): without it, Nagle's algorithm meets the client's delayed
    # ACK and every answer on a kept-alive connection waits ~40 ms.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind((host, port))
    sock.listen(128)
    return sock


def _url(host: str, sock: socket.socket) -> str:
    port = sock.getsockname()[1]
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def run(
    host: str = "127.0.0.1",
    port: int = 0,
    data_dir: Path | None = None,
    persons: int = 2000,
    seed: int = 1,
    latency_ms: int = 0,
    faults: str | None = None,
    quirks: tuple[str, ...] = (),
    announce: Callable[[str], None] = print,
    responder: bool = False,
) -> int:
    """Serve until SIGINT/SIGTERM; announces `sandbox listening on http://HOST:PORT` once ready.
    `responder`: answer caseworkers' messages as the citizen or care provider (the demo)."""
    if latency_ms:
        faults = f"{faults},latency={latency_ms}" if faults else f"latency={latency_ms}"
    replies = Responder(seed=seed) if responder else None
    config = make_config(faults, quirks, replies)
    store = open_store(data_dir or default_data_dir(), persons, seed)
    sock = _bind(host, port)
    server = _server(store, config, sock)
    if replies is not None:
        replies.bind(_url(host, sock))

    def stop(signum: int, frame: object) -> None:
        server.should_exit = True

    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, stop)
    try:
        asyncio.run(_serve(server, sock, lambda: announce(f"sandbox listening on {_url(host, sock)}")))
    finally:
        if replies is not None:
            replies.stop()
        sock.close()
        store.close()
    return 0


async def _serve(server: uvicorn.Server, sock: socket.socket, ready: Callable[[], None]) -> None:
    task = asyncio.create_task(server.serve(sockets=[sock]))
    while not server.started and not task.done():  # noqa: ASYNC110 - uvicorn offers only this flag
        await asyncio.sleep(0.01)
    if server.started:
        ready()
        sys.stdout.flush()
    await task


class RunningSandbox:
    """A sandbox serving from a background thread; `stop()` (or leaving the `with`) shuts it down."""

    def __init__(
        self,
        server: uvicorn.Server,
        sock: socket.socket,
        store: SandboxStore,
        base_url: str,
        responder: Responder | None = None,
    ) -> None:
        self.base_url = base_url
        self.store = store
        self.responder = responder
        self._server = server
        self._sock = sock
        self._thread = threading.Thread(target=self._serve, name="sandbox", daemon=True)
        self._ready = threading.Event()
        self._error: BaseException | None = None

    @property
    def faults(self) -> FaultController:
        controller: FaultController = self._server.app_state.faults  # type: ignore[attr-defined]
        return controller

    def set_faults(self, values: dict[str, Any]) -> None:
        """Replace the fault settings (the sandbox must have been started with `faults=`)."""
        if not self.faults.enabled:
            raise RuntimeError("the sandbox was started without faults")
        self.faults.set(values)

    def _serve(self) -> None:
        try:
            asyncio.run(_serve(self._server, self._sock, self._ready.set))
        except BaseException as exc:  # reported by start()
            self._error = exc
        finally:
            self._ready.set()

    def start(self) -> RunningSandbox:
        self._thread.start()
        self._ready.wait(30)
        if not self._server.started:
            self.stop()
            raise RuntimeError("the sandbox did not start") from self._error
        return self

    def stop(self) -> None:
        if self.responder is not None:
            self.responder.stop()
        self._server.should_exit = True
        if self._thread.is_alive():
            self._thread.join(10)
        self._sock.close()
        self.store.close()

    def __enter__(self) -> RunningSandbox:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


def start_in_thread(
    *,
    data_dir: Path | None = None,
    persons: int = 200,
    seed: int = 1,
    faults: str | None = None,
    quirks: tuple[str, ...] = (),
    host: str = "127.0.0.1",
    port: int = 0,
    store: SandboxStore | None = None,
    responder: Responder | None = None,
) -> RunningSandbox:
    """Start a sandbox in this process. Without `data_dir` the data is in memory; pass `store` (and
    `persons=0`) to serve documents a test wrote itself; pass a `responder` to have messages answered
    (off by default: tests decide when they want replies)."""
    store = store or open_store(data_dir, persons, seed)
    sock = _bind(host, port)
    server = _server(store, make_config(faults, quirks, responder), sock)
    url = _url(host, sock)
    if responder is not None:
        responder.bind(url)
    return RunningSandbox(server, sock, store, url, responder).start()
