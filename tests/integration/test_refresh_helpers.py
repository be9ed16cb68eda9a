"""Helpers for the sync and client-view tests against the sandbox (no tests here)."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import func, select

from caseworker.api.apis import MunicipalApis, demo_settings
from caseworker.api.http import RetryPolicy, Timeouts
from caseworker.sandbox.server import RunningSandbox
from caseworker.store import Store, open_store
from caseworker.store.models import Base

KEY = bytes(range(32))
FAST_RETRY = RetryPolicy(attempts=2, backoff_base=0.01, backoff_cap=0.05)
SHORT = Timeouts(connect=1.0, read=1.0, write=1.0, pool=1.0, total=2.0)


def connect(
    root_url: str,
    *,
    timeouts: Timeouts | None = None,
    on_request: Callable[[httpx.Request], Awaitable[None]] | None = None,
) -> MunicipalApis:
    return MunicipalApis.connect(
        demo_settings(root_url, user_id="wt-demo", user_representation="Sanne Demo"),
        retry=FAST_RETRY,
        timeouts=timeouts,
        on_request=on_request,
    )


@contextmanager
def cache(folder: Path) -> Iterator[Store]:
    store = open_store(folder / "cache.db", KEY)
    try:
        yield store
    finally:
        store.close()


def rich_client(sandbox: RunningSandbox) -> str:
    """The sandbox client with the most besluiten, documents and voorzieningen together."""
    st = sandbox.store
    clients: dict[str, set[str]] = {}
    for rol in st.iter_collection("zaken/rollen"):
        if rol["betrokkeneType"] == "natuurlijk_persoon":
            clients.setdefault(uuid_of(rol["zaak"]), set()).add(rol["betrokkeneIdentificatie"]["inpBsn"])
    score: Counter[str] = Counter()
    for collection in ("besluiten/besluiten", "zaken/zaakinformatieobjecten"):
        for doc in st.iter_collection(collection):
            score.update(clients.get(uuid_of(doc["zaak"]), ()))
    for obj in st.iter_collection("objects/objects"):
        if obj["record"]["data"].get("bsn") in score:
            score[obj["record"]["data"]["bsn"]] += 3
    return score.most_common(1)[0][0]


def count(store: Store, model: type[Base], **where: Any) -> int:
    table = model.__table__
    query = select(func.count()).select_from(table)
    for name, value in where.items():
        query = query.where(table.c[name] == value)  # type: ignore[attr-defined]
    with store.read() as conn:
        return int(conn.scalar(query) or 0)


def wait_until(condition: Callable[[], bool], *, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.02)


def uuid_of(url: str) -> str:
    return url.rstrip("/").rsplit("/", 1)[-1]
