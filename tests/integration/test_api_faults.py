"""The API layer under every fault the sandbox injects: retry what may be retried, give up with a clear
error otherwise, and never wait longer than the configured total timeout."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from caseworker.api.apis import DEMO_API_TOKEN
from caseworker.api.auth import TokenAuth
from caseworker.api.errors import HttpProblem, ProtocolError, RequestTimeout, ServiceUnavailable
from caseworker.api.http import ApiResponse, RetryPolicy, ServiceClient, Timeouts
from caseworker.sandbox.server import RunningSandbox, start_in_thread

TIMEOUTS = Timeouts(connect=1.0, read=0.5, write=0.5, pool=1.0, total=1.5)
RETRY = RetryPolicy(attempts=3, backoff_base=0.01, backoff_cap=0.02)


@pytest.fixture(scope="module")
def faulty() -> Iterator[RunningSandbox]:
    with start_in_thread(persons=30, seed=3, faults="none") as running:
        yield running


@pytest.fixture(autouse=True)
def no_faults_after(faulty: RunningSandbox) -> Iterator[None]:
    yield
    faulty.set_faults({})


class Recorder:
    """Counts the requests the client really sent (each retry is one more)."""

    def __init__(self) -> None:
        self.sent: list[str] = []

    async def __call__(self, request: httpx.Request) -> None:
        self.sent.append(request.method)


def call(sandbox: RunningSandbox, method: str, path: str, body: Any = None) -> tuple[ApiResponse, Recorder]:
    recorder = Recorder()

    async def main() -> ApiResponse:
        async with ServiceClient(
            "klantinteracties",
            f"{sandbox.base_url}/klantinteracties/api/v1",
            auth=TokenAuth(DEMO_API_TOKEN),
            timeouts=TIMEOUTS,
            retry=RETRY,
            on_request=recorder,
        ) as client:
            return await client.request(method, path, json_body=body)

    try:
        return asyncio.run(main()), recorder
    except Exception as exc:
        exc.add_note(f"requests sent: {recorder.sent}")
        exc.recorder = recorder  # type: ignore[attr-defined]
        raise


def sent(exc_info: pytest.ExceptionInfo[BaseException]) -> list[str]:
    recorder: Recorder = exc_info.value.recorder  # type: ignore[attr-defined]
    return recorder.sent


NEW_ACTOR = {"naam": "Fouttest", "soortActor": "medewerker", "indicatieActief": True}


def test_latency_is_waited_for(faulty: RunningSandbox) -> None:
    faulty.set_faults({"latency_ms": 200})
    started = time.monotonic()
    response, recorder = call(faulty, "GET", "actoren")
    assert response.status == 200 and recorder.sent == ["GET"]
    assert time.monotonic() - started >= 0.2


def test_server_errors_on_reads_are_retried_then_reported(faulty: RunningSandbox) -> None:
    faulty.set_faults({"error_rate": 1.0, "error_status": 503, "retry_after": 0})
    with pytest.raises(HttpProblem) as caught:
        call(faulty, "GET", "actoren")
    assert caught.value.status == 503 and caught.value.retryable
    assert sent(caught) == ["GET"] * RETRY.attempts


def test_intermittent_errors_on_reads_are_survived(faulty: RunningSandbox) -> None:
    # With this seed the first answer is an error and a later one is not.
    faulty.set_faults({"error_rate": 0.5, "error_status": 503, "retry_after": 0, "seed": 2})
    response, recorder = call(faulty, "GET", "actoren")
    assert response.status == 200
    assert len(recorder.sent) >= 2


def test_a_post_is_never_retried_blindly(faulty: RunningSandbox) -> None:
    faulty.set_faults({"error_rate": 1.0, "error_status": 503, "retry_after": 0})
    with pytest.raises(HttpProblem) as caught:
        call(faulty, "POST", "actoren", NEW_ACTOR)
    assert sent(caught) == ["POST"]


def test_a_put_marked_not_idempotent_is_never_retried(faulty: RunningSandbox) -> None:
    """An Objects API PUT adds a record version each time it arrives: `ObjectsClient.update` sends it
    with `idempotent=False`, and the HTTP layer then treats it like a POST."""
    faulty.set_faults({"error_rate": 1.0, "error_status": 503, "retry_after": 0})
    recorder = Recorder()

    async def main() -> None:
        async with ServiceClient(
            "klantinteracties",
            f"{faulty.base_url}/klantinteracties/api/v1",
            auth=TokenAuth(DEMO_API_TOKEN),
            timeouts=TIMEOUTS,
            retry=RETRY,
            on_request=recorder,
        ) as client:
            await client.request("PUT", "actoren/x", json_body=NEW_ACTOR, idempotent=False)

    with pytest.raises(HttpProblem):
        asyncio.run(main())
    assert recorder.sent == ["PUT"]


def test_a_post_refused_with_429_is_retried_after_the_wait(faulty: RunningSandbox) -> None:
    faulty.set_faults({"error_rate": 1.0, "error_status": 429, "retry_after": 0})
    with pytest.raises(HttpProblem) as caught:
        call(faulty, "POST", "actoren", NEW_ACTOR)
    assert caught.value.status == 429
    assert sent(caught) == ["POST"] * RETRY.attempts


def test_a_hanging_server_gives_a_timeout_within_the_total(faulty: RunningSandbox) -> None:
    faulty.set_faults({"hang_rate": 1.0})
    started = time.monotonic()
    with pytest.raises(RequestTimeout) as caught:
        call(faulty, "GET", "actoren")
    assert time.monotonic() - started < TIMEOUTS.total + 0.5
    assert caught.value.maybe_sent


def test_a_hanging_post_is_not_repeated_and_may_have_arrived(faulty: RunningSandbox) -> None:
    faulty.set_faults({"hang_rate": 1.0})
    with pytest.raises(RequestTimeout) as caught:
        call(faulty, "POST", "actoren", NEW_ACTOR)
    assert caught.value.maybe_sent
    assert sent(caught) == ["POST"]


def test_truncated_bodies_are_protocol_errors(faulty: RunningSandbox) -> None:
    faulty.set_faults({"truncate_rate": 1.0})
    with pytest.raises((ProtocolError, ServiceUnavailable)) as caught:
        call(faulty, "GET", "actoren")
    if isinstance(caught.value, ProtocolError):
        assert "JSON" in caught.value.message
    assert sent(caught) == ["GET"] * RETRY.attempts


def test_an_html_error_page_is_reported_without_its_markup(faulty: RunningSandbox) -> None:
    faulty.set_faults({"html_rate": 1.0})
    with pytest.raises(HttpProblem) as caught:
        call(faulty, "GET", "actoren")
    assert caught.value.status == 502
    assert "<" not in str(caught.value)
    assert sent(caught) == ["GET"] * RETRY.attempts


def test_dropped_connections_are_unavailable_and_retried_for_reads(faulty: RunningSandbox) -> None:
    faulty.set_faults({"drop_rate": 1.0})
    with pytest.raises(ServiceUnavailable) as caught:
        call(faulty, "GET", "actoren")
    assert caught.value.retryable
    assert sent(caught) == ["GET"] * RETRY.attempts


def test_a_stopped_server_is_unavailable_and_nothing_was_sent() -> None:
    with start_in_thread(persons=0, seed=1) as running:
        stopped_url = running.base_url
    client_sandbox = type("Stopped", (), {"base_url": stopped_url})()
    with pytest.raises(ServiceUnavailable) as caught:
        call(client_sandbox, "POST", "actoren", NEW_ACTOR)  # type: ignore[arg-type]
    assert caught.value.maybe_sent is False
