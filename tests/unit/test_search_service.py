"""The search service: cached search results for lists, and the BRP query parser (Dutch combinations)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_store_helpers import KEY, brp_fetched, person, synthetic_bsns

from caseworker.errors import KnownError
from caseworker.security.audit import verify
from caseworker.services.search import (
    HOW_TO_SEARCH_BRP,
    AddressQuery,
    BsnQuery,
    NameQuery,
    parse_brp_query,
    search,
    search_cached,
)
from caseworker.store import Store, open_store
from caseworker.store import outbox_queries as q

VALID_BSN = synthetic_bsns(1, seed=9)[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (VALID_BSN, BsnQuery(VALID_BSN)),
        (f" {VALID_BSN[:4]} {VALID_BSN[4:6]}.{VALID_BSN[6:]} ", BsnQuery(VALID_BSN)),
        ("Jansen 12-03-1985", NameQuery("Jansen", date(1985, 3, 12))),
        ("de Vries 1985-03-12", NameQuery("Vries", date(1985, 3, 12), "de")),
        ("12/3/1985 van der Berg", NameQuery("Berg", date(1985, 3, 12), "van der")),
        ("Van Dijk-el Idrissi 1.2.2001", NameQuery("Dijk-el Idrissi", date(2001, 2, 1), "van")),
        ("1234 AB 12", AddressQuery("1234AB", 12)),
        ("1234ab 12a", AddressQuery("1234AB", 12, "A")),
        ("1234AB 12-2", AddressQuery("1234AB", 12, "", "2")),
        ("9999 zz, 7 b", AddressQuery("9999ZZ", 7, "B")),
    ],
)
def test_the_dutch_combinations_are_understood(text: str, expected: object) -> None:
    assert parse_brp_query(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("123456789", "elfproef"),
        ("12345", "9 cijfers"),
        ("Jansen", HOW_TO_SEARCH_BRP),
        ("1234 AB", HOW_TO_SEARCH_BRP),
        ("Jansen 31-02-1985", "bestaat niet"),
        ("12-03-1985", HOW_TO_SEARCH_BRP),
        ("Jan5en 12-03-1985", HOW_TO_SEARCH_BRP),
        ("", HOW_TO_SEARCH_BRP),
    ],
)
def test_anything_else_says_in_dutch_what_works(text: str, message: str) -> None:
    with pytest.raises(KnownError) as raised:
        parse_brp_query(text)
    assert message in raised.value.user_message


@given(st.text(max_size=60))
def test_the_parser_only_ever_raises_known_errors(text: str) -> None:
    try:
        query = parse_brp_query(text)
    except KnownError as exc:
        assert exc.user_message
    else:
        assert isinstance(query, BsnQuery | NameQuery | AddressQuery)


@given(st.from_regex(r"[1-9][0-9]{3} ?[A-Za-z]{2} [0-9]{1,5}[a-z]?", fullmatch=True))
def test_every_postcode_with_a_number_is_an_address(text: str) -> None:
    query = parse_brp_query(text)
    assert isinstance(query, AddressQuery) and len(query.postcode) == 6 and query.huisnummer >= 0


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "cache.db", KEY) as opened:
        yield opened


def test_cached_search_masks_the_bsn_and_puts_an_exact_bsn_first(store: Store) -> None:
    bsns = synthetic_bsns(3, seed=4)
    people = [person(bsns[0], "Bakker"), person(bsns[1], "Bakkum"), person(bsns[2], "Jansen")]
    with store.write() as writer:
        for p in people:
            writer.save_person(p, brp_fetched(p))

    by_name = search_cached(store, "bakk")
    by_bsn = search_cached(store, bsns[2])

    assert [hit.naam for hit in by_name] == ["Jan de Bakker", "Jan de Bakkum"]
    assert by_name[0].masked_bsn == "******" + bsns[0][-3:]
    assert by_name[0].bsn == bsns[0]  # kept for opening, never shown in the list
    assert by_name[0].adres == "1234 AB 12, Voorbeeldstad"
    assert [hit.bsn for hit in by_bsn] == [bsns[2]]
    assert search_cached(store, 'NEAR("x" *) OR bsn:') == []


def test_a_cache_search_is_one_processing_log_entry_without_the_terms(store: Store) -> None:
    [bsn] = synthetic_bsns(1, seed=3)
    with store.write() as writer:
        bakker = person(bsn, "Bakker")
        writer.save_person(bakker, brp_fetched(bakker))
    for text in ("bakk", "zzzonbekend", "   "):
        asyncio.run(search(store, text, user="wt-demo"))
    with q.reading(store) as conn:
        entries = q.log_entries(conn)
    assert [(e["action"], e["user"], e["subject_bsn"], e["result"]) for e in entries] == [
        ("zoeken", "wt-demo", None, "cache: 1 resultaten"),
        ("zoeken", "wt-demo", None, "cache: 0 resultaten"),
    ]
    assert not any("bakk" in str(dict(e)).lower() or "zzz" in str(dict(e)) for e in entries)
    assert verify(store) == 2
