"""The demo municipality keeps its loopback port across starts: the cache keys resources by URL."""

from __future__ import annotations

from pathlib import Path

from caseworker.services.startup import Locations, start_demo_municipality


def test_the_demo_keeps_its_port_across_starts(tmp_path: Path) -> None:
    locations = Locations(tmp_path)
    first = start_demo_municipality(locations, persons=30)
    first_url = first.base_url
    first.stop()
    second = start_demo_municipality(locations, persons=30)
    try:
        assert second.base_url == first_url
    finally:
        second.stop()
