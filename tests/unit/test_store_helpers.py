"""Shared helpers of the test_store* modules (no tests here): synthetic persons, never real people."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime

from caseworker.domain.bsn import is_valid_bsn
from caseworker.domain.person import Address, Person
from caseworker.store import Fetched

KEY = bytes(range(32))
NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


def synthetic_bsns(count: int, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    found: set[str] = set()
    while len(found) < count:
        candidate = f"{rng.randrange(10**8, 10**9):09d}"
        if is_valid_bsn(candidate):
            found.add(candidate)
    return sorted(found)


def person(bsn: str, geslachtsnaam: str = "Vries", **overrides: object) -> Person:
    values: dict[str, object] = {
        "bsn": bsn,
        "voornamen": "Jan",
        "voorvoegsel": "de",
        "geslachtsnaam": geslachtsnaam,
        "geboortedatum": date(1980, 5, 17),
        "address": Address(
            straat="Dorpsstraat", huisnummer=12, postcode="1234 AB", woonplaats="Voorbeeldstad"
        ),
    }
    values.update(overrides)
    return Person(**values)  # type: ignore[arg-type]


def fetched(source: str, url: str, document: object, at: datetime = NOW) -> Fetched:
    return Fetched(source=source, url=url, etag='W/"1"', fetched_at=at, document=document)


def brp_fetched(p: Person, at: datetime = NOW) -> Fetched:
    return fetched("brp", f"brp:personen/{p.bsn}", {"burgerservicenummer": p.bsn, "naam": p.naam}, at)
