from __future__ import annotations

from dataclasses import dataclass

import pytest

from caseworker.events import EventBus


@dataclass
class Base:
    n: int


@dataclass
class Derived(Base):
    pass


def test_subscribers_get_their_kind_and_subclasses_until_they_unsubscribe() -> None:
    bus = EventBus()
    seen: list[object] = []
    unsubscribe = bus.subscribe(Base, seen.append)
    bus.emit(Base(1))
    bus.emit(Derived(2))
    bus.emit("unrelated")
    unsubscribe()
    bus.emit(Base(3))
    assert seen == [Base(1), Derived(2)]


def test_a_failing_subscriber_does_not_stop_the_others(caplog: pytest.LogCaptureFixture) -> None:
    bus = EventBus()
    seen: list[Base] = []

    def broken(event: Base) -> None:
        raise RuntimeError("boom")

    bus.subscribe(Base, broken)
    bus.subscribe(Base, seen.append)
    bus.emit(Base(1))
    assert seen == [Base(1)]
    assert "subscriber failed" in caplog.text
