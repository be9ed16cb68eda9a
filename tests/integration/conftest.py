"""Fixtures for tests that talk to the sandbox over real HTTP."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from caseworker.sandbox.server import RunningSandbox, start_in_thread

SANDBOX_PERSONS = 40


@pytest.fixture(scope="session")
def sandbox() -> Iterator[RunningSandbox]:
    with start_in_thread(persons=SANDBOX_PERSONS, seed=1) as running:
        yield running


@pytest.fixture
def http(sandbox: RunningSandbox) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.base_url, timeout=10) as client:
        yield client
