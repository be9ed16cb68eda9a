"""One owner of every asyncio task a session or the UI starts (STYLE.md practice 3).

Tasks are created only through `TaskOwner.spawn`: it keeps a reference (so a task is never garbage
collected mid-flight), names the task, logs a failure instead of losing it, and — for search-as-you-type
and other "latest request wins" work — cancels the previous task with the same key.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")


class TaskOwner:
    def __init__(self, on_error: Callable[[BaseException], None] | None = None) -> None:
        self._tasks: set[asyncio.Task[Any]] = set()
        self._latest: dict[str, asyncio.Task[Any]] = {}
        self._on_error = on_error

    def spawn(self, coro: Coroutine[Any, Any, T], *, name: str, key: str | None = None) -> asyncio.Task[T]:
        """Run `coro` as a task; with `key`, a still-running task of the same key is cancelled first."""
        if key is not None and (previous := self._latest.get(key)) is not None and not previous.done():
            previous.cancel()
        task = asyncio.get_running_loop().create_task(coro, name=name)
        self._tasks.add(task)
        if key is not None:
            self._latest[key] = task
        task.add_done_callback(self._finished)
        return task

    def _finished(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        error = task.exception()
        if error is not None:
            log.error("task %s failed", task.get_name(), exc_info=error)
            if self._on_error is not None:
                self._on_error(error)

    async def cancel_all(self) -> None:
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    @property
    def running(self) -> int:
        return len(self._tasks)
