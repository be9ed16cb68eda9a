"""Shared plumbing for the generator: seeded randomness, URLs, timestamps and the write counter."""

from __future__ import annotations

import random
import uuid
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import TypeVar

from caseworker.sandbox.store import BASE, Doc, SandboxStore

T = TypeVar("T")

# Base paths as the sandbox serves them: Open Object at /api/v2 (as the real product), the rest /<api>/api/v1.
_API_BASE = {"objects": "/api/v2"}

EMPTY_ADDRESS: Doc = {
    "nummeraanduidingId": "",
    "straatnaam": "",
    "huisnummer": None,
    "huisnummertoevoeging": "",
    "postcode": "",
    "stad": "",
    "adresregel1": "",
    "adresregel2": "",
    "adresregel3": "",
    "land": "",
}


def url_of(collection: str, key: str) -> str:
    """Absolute URL of a document, e.g. 'zaken/zaken' -> BASE/zaken/api/v1/zaken/<key>."""
    api, resource = collection.split("/")
    return f"{BASE}{_API_BASE.get(api, f'/{api}/api/v1')}/{resource}/{key}"


def ref(collection: str, key: str) -> Doc:
    """The `{uuid, url}` foreign key Klantinteracties uses."""
    return {"uuid": key, "url": url_of(collection, key)}


def partij_doc(
    key: str,
    soort: str,
    identificatie: Doc,
    *,
    identificatoren: list[Doc] | None = None,
    betrokkenen: list[Doc] | None = None,
    digitale_adressen: list[Doc] | None = None,
    geheim: bool = False,
    actief: bool = True,
) -> Doc:
    """A Klantinteracties partij as Open Klant returns it (without `_expand`), addresses left empty."""
    adressen = digitale_adressen or []
    return {
        **ref("klantinteracties/partijen", key),
        "nummer": None,
        "interneNotitie": "",
        "betrokkenen": betrokkenen or [],
        "categorieRelaties": [],
        "digitaleAdressen": adressen,
        "voorkeursDigitaalAdres": adressen[0] if adressen else None,
        "vertegenwoordigden": [],
        "rekeningnummers": [],
        "voorkeursRekeningnummer": None,
        "partijIdentificatoren": identificatoren or [],
        "soortPartij": soort,
        "indicatieGeheimhouding": geheim,
        "voorkeurstaal": "nld",
        "indicatieActief": actief,
        "bezoekadres": EMPTY_ADDRESS,
        "correspondentieadres": EMPTY_ADDRESS,
        "partijIdentificatie": identificatie,
    }


def elfproef(number: str) -> bool:
    """The 11-proof shared by BSN and RSIN: weights 9..2 and -1 for the last digit."""
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    return len(number) == 9 and sum(int(d) * w for d, w in zip(number, weights, strict=True)) % 11 == 0


def stamp(moment: datetime) -> str:
    """Server-set timestamp: UTC, microseconds, `Z`."""
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def stamp_seconds(moment: datetime) -> str:
    """Client-supplied timestamp as the servers echo it: UTC, whole seconds, `Z`."""
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


class Context:
    """Randomness and output for one generator run; all of it derives from `seed` and `today`."""

    def __init__(self, store: SandboxStore, seed: int, today: date) -> None:
        self.store = store
        self.rng = random.Random(seed)  # noqa: S311 - reproducible synthetic data, not secrets
        self.today = today
        self.counts: Counter[str] = Counter()

    def put(self, collection: str, key: str, doc: Doc) -> None:
        self.store.put(collection, key, doc)
        self.counts[collection] += 1

    def new_uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def chance(self, probability: float) -> bool:
        return self.rng.random() < probability

    def pick(self, items: Sequence[T]) -> T:
        return items[self.rng.randrange(len(items))]

    def weighted(self, options: Sequence[tuple[T, float]]) -> T:
        values = [value for value, _ in options]
        return self.rng.choices(values, weights=[weight for _, weight in options])[0]

    def days_ago(self, low: int, high: int) -> date:
        return self.today - timedelta(days=self.rng.randint(low, high))

    def moment(self, day: date) -> datetime:
        """A time during office hours (UTC) on `day`, never later than yesterday.

        Capping at yesterday keeps every generated timestamp in the past whatever the wall clock says, so a
        caseworker's own writes (which the server dates 'now') always sort after the generated history.
        """
        day = min(day, self.today - timedelta(days=1))
        seconds = self.rng.randint(7 * 3600, 16 * 3600)
        base = datetime.combine(day, time(), tzinfo=UTC)
        return base + timedelta(seconds=seconds, microseconds=self.rng.randrange(1_000_000))

    def counter(self, prefix: str, day: date) -> str:
        """Open Zaak style identification, `<PREFIX>-<year>-<10 digits>`, from the store's counters.

        The counter names (`zaak-2026`) are the ones the sandbox's HTTP layer uses, so identifications of
        zaken created later through the API continue the generated sequence.
        """
        return f"{prefix}-{day.year}-{self.store.next_counter(f'{prefix.lower()}-{day.year}'):010d}"


def jsonb_order(doc: Doc) -> Doc:
    """Keys in PostgreSQL jsonb order (shorter first, then bytewise), as Open Zaak's audit snapshots have."""
    return {key: doc[key] for key in sorted(doc, key=lambda k: (len(k), k))}


def initials(voornamen: str, *, dotted: bool) -> str:
    letters = [name[0] for name in voornamen.split()]
    return "".join(f"{letter}." for letter in letters) if dotted else "".join(letters)


def full_name(voornamen: str, voorvoegsel: str, geslachtsnaam: str) -> str:
    return " ".join(part for part in (voornamen, voorvoegsel, geslachtsnaam) if part)
