"""Benchmark of the local cache at 50 000 synthetic persons (DESIGN §12); prints JSON.

    PYTHONPATH=. .venv/bin/python tests/bench/store_bench.py [--persons 50000]

Figures: bulk insert time (raw document + projection + FTS, one transaction), p50/p95 of
`search_persons` over 200 typical queries (surname prefixes of 2–5 letters, BSNs, postcodes),
the same queries raw on FTS5 as the reference, file size, and the same insert without a key.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from faker import Faker

from caseworker.domain.bsn import is_valid_bsn
from caseworker.domain.person import Address, Person
from caseworker.store import Fetched, Store, open_store
from caseworker.store import engine as engine_module
from caseworker.store.search import match_expression, parse

KEY = bytes(range(32))
QUERIES = 200


def synthetic_persons(count: int, seed: int = 42) -> list[Person]:
    fake = Faker("nl_NL")
    fake.seed_instance(seed)
    rng = random.Random(seed)
    persons: dict[str, Person] = {}
    while len(persons) < count:
        bsn = f"{rng.randrange(10**8, 10**9):09d}"
        if not is_valid_bsn(bsn) or bsn in persons:
            continue
        postcode = (
            f"{rng.randrange(1000, 10000)}{rng.choice('ABCDEFGHJKLMNPRSTVWXZ')}{rng.choice('ABEHKLPRST')}"
        )
        persons[bsn] = Person(
            bsn=bsn,
            voornamen=fake.first_name(),
            voorvoegsel=rng.choice(["", "", "", "de", "van", "van der"]),
            geslachtsnaam=fake.last_name().split()[-1],
            geboortedatum=fake.date_of_birth(minimum_age=0, maximum_age=100),
            address=Address(
                fake.street_name(), rng.randrange(1, 300), postcode=postcode, woonplaats=fake.city()
            ),
        )
    return list(persons.values())


def insert(store: Store, persons: list[Person]) -> float:
    now = datetime.now(UTC)
    start = time.perf_counter()
    with store.write() as writer:
        for p in persons:
            document = {"burgerservicenummer": p.bsn, "naam": {"geslachtsnaam": p.geslachtsnaam}}
            writer.save_person(p, Fetched("brp", f"brp:personen/{p.bsn}", None, now, document))
    return time.perf_counter() - start


def typical_queries(persons: list[Person], rng: random.Random) -> list[str]:
    queries: list[str] = []
    for i in range(QUERIES):
        p = rng.choice(persons)
        kind = i % 4
        if kind in (0, 1):
            queries.append(p.geslachtsnaam[: rng.randint(2, 5)])
        elif kind == 2:
            queries.append(p.bsn)
        else:
            assert p.address is not None
            queries.append(
                f"{p.address.postcode[:4]} {p.address.postcode[4:].lower()} {p.address.huisnummer}"
            )
    return queries


def timed(run: Callable[[str], object], queries: list[str]) -> dict[str, float]:
    times = []
    for q in queries:
        start = time.perf_counter()
        run(q)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return {
        "p50_ms": round(statistics.median(times), 3),
        "p95_ms": round(times[int(len(times) * 0.95) - 1], 3),
    }


def raw_fts(path: Path) -> Callable[[str], object]:
    """The reference: one unranked FTS5 query on a plain keyed connection, no ranking, no mapping."""
    conn = engine_module.connect(path, KEY)
    sql = "SELECT rowid FROM person_fts WHERE person_fts MATCH ? LIMIT 50"

    def run(q: str) -> object:
        return conn.execute(sql, (match_expression(parse(q)),)).fetchall()

    run.close = conn.close  # type: ignore[attr-defined]
    return run


def unencrypted_insert(persons: list[Person], folder: Path) -> float:
    """The same store code on a plain SQLite file (the key pragmas skipped), for the SQLCipher overhead."""
    original = engine_module.connect

    def plain(path: Path, key: bytes) -> sqlite3.Connection:
        conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        for pragma in ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON"):
            conn.execute(f"PRAGMA {pragma}")
        return conn

    engine_module.connect = plain
    try:
        with open_store(folder / "plain.db", KEY) as store:
            return insert(store, persons)
    finally:
        engine_module.connect = original


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--persons", type=int, default=50_000)
    count = parser.parse_args().persons
    persons = synthetic_persons(count)
    rng = random.Random(7)
    queries = typical_queries(persons, rng)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "cache.db"
        with open_store(path, KEY) as store:
            insert_s = insert(store, persons)
            for q in queries[:20]:  # warm the page cache as a running app would have it
                store.search_persons(q)
            search = timed(store.search_persons, queries)
            hits = sum(1 for q in queries if store.search_persons(q))
        reference = raw_fts(path)
        raw = timed(reference, queries)
        reference.close()  # type: ignore[attr-defined]
        size = sum(f.stat().st_size for f in folder.iterdir())
        plain_s = unencrypted_insert(persons, folder)
    print(
        json.dumps(
            {
                "persons": count,
                "insert_s": round(insert_s, 2),
                "insert_per_s": round(count / insert_s),
                "insert_unencrypted_s": round(plain_s, 2),
                "sqlcipher_overhead_insert": round(insert_s / plain_s, 2),
                "search_persons": search,
                "raw_fts5": raw,
                "queries": len(queries),
                "queries_with_hits": hits,
                "file_mb": round(size / 1e6, 1),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
