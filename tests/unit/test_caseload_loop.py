"""The background refresh loop survives a bug in one round (and still stops when cancelled)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any, cast

import pytest

from caseworker.sync import caseload
from caseworker.sync.caseload import WatchList, keep_fresh
from caseworker.sync.refresh import Refresher


class _Runner:
    async def read(self, work: Any) -> list[str]:
        return ["999993653"]


class _Refresher:
    runner = _Runner()

    def clock(self) -> datetime:
        return datetime(2026, 6, 1, tzinfo=UTC)


def test_a_failing_round_is_logged_and_the_next_round_runs(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    rounds: list[int] = []
    done = asyncio.Event()

    async def refresh_watched(refresher: Any, bsns: list[str], **kwargs: Any) -> list[Any]:
        rounds.append(len(rounds))
        if len(rounds) == 1:
            raise RuntimeError("a bug in one round")
        done.set()
        return []

    monkeypatch.setattr(caseload, "refresh_watched", refresh_watched)

    async def main() -> None:
        task = asyncio.create_task(keep_fresh(cast(Refresher, _Refresher()), WatchList(), interval=0))
        await asyncio.wait_for(done.wait(), 5)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(main())
    assert len(rounds) >= 2
    assert any(r.levelname == "ERROR" and r.exc_info for r in caplog.records)
