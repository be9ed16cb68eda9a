"""Search over cached persons: by name prefix, BSN, postcode + huisnummer and birth date; any text is safe."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_store_helpers import KEY, brp_fetched, person, synthetic_bsns

from caseworker.domain.person import Address
from caseworker.store import PersonHit, Store, open_store
from caseworker.store.search import match_expression, parse, rank

BSNS = synthetic_bsns(6)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    people = [
        person(BSNS[0], "Jansen", voornamen="Piet"),
        person(BSNS[1], "Janssens", voornamen="Karin", geboortedatum=date(1990, 1, 2)),
        person(BSNS[2], "Bakker", voornamen="Jan", voorvoegsel=""),
        person(
            BSNS[3],
            "Özdemir",
            voornamen="Ayşe",
            voorvoegsel="",
            address=Address(straat="Kade", huisnummer=7, postcode="4321 xy"),
        ),
        person(BSNS[4], "Vries", voornamen="Anna", address=None, geboortedatum=None),
        # Someone whose surname is another person's BSN-like digits never outranks the exact BSN.
        person(BSNS[5], "Jantjes", voornamen=BSNS[0][:4]),
    ]
    with open_store(tmp_path_factory.mktemp("search") / "cache.db", KEY) as opened:
        with opened.write() as writer:
            for p in people:
                writer.save_person(p, brp_fetched(p))
        yield opened


def _bsns(store: Store, text: str) -> list[str]:
    return [hit.bsn for hit in store.search_persons(text)]


def test_surname_prefix(store: Store) -> None:
    assert _bsns(store, "jans") == [BSNS[0], BSNS[1]]
    assert _bsns(store, "JANSS") == [BSNS[1]]


def test_surname_matches_rank_before_first_name_matches(store: Store) -> None:
    # "Jan" is Bakker's first name and a prefix of three surnames: the surnames come first, by name.
    assert _bsns(store, "jan") == [BSNS[0], BSNS[1], BSNS[5], BSNS[2]]


def test_name_parts_together_and_diacritics(store: Store) -> None:
    assert _bsns(store, "karin jans") == [BSNS[1]]
    assert _bsns(store, "ozdem") == [BSNS[3]]
    assert _bsns(store, "Ayse Özdemir") == [BSNS[3]]


def test_bsn_exact_first(store: Store) -> None:
    assert _bsns(store, BSNS[0]) == [BSNS[0]]
    assert _bsns(store, f"  {BSNS[2]} ") == [BSNS[2]]
    assert BSNS[0] in _bsns(store, BSNS[0][:5])  # a partial BSN is a prefix like any other


def test_rank_puts_the_exact_bsn_before_surname_matches() -> None:
    def hit(bsn: str, surname: str) -> PersonHit:
        return PersonHit(bsn, "", "", surname, None, "", None, "")

    query = parse(f"{BSNS[2]} ba")
    hits = [hit(BSNS[0], "Aalders"), hit(BSNS[1], "Bakker"), hit(BSNS[2], "Zwart"), hit(BSNS[3], "Baas")]
    assert [h.bsn for h in rank(hits, query)] == [BSNS[2], BSNS[3], BSNS[1], BSNS[0]]


def test_postcode_and_huisnummer(store: Store) -> None:
    assert _bsns(store, "4321XY") == [BSNS[3]]
    assert _bsns(store, "4321 xy 7") == [BSNS[3]]
    assert _bsns(store, "4321xy 8") == []
    assert len(_bsns(store, "1234 AB 12")) == 4


def test_birth_date(store: Store) -> None:
    assert _bsns(store, "02-01-1990") == [BSNS[1]]
    assert _bsns(store, "2/1/1990") == [BSNS[1]]
    assert _bsns(store, "31-02-1990") == []  # not a date: searched as the words 31, 02, 1990


def test_parse_recognises_the_shapes() -> None:
    query = parse('de Vries 1234ab 12 17-05-1980 "x')
    assert (query.postcode, query.huisnummer, query.geboortedatum) == ("1234AB", "12", date(1980, 5, 17))
    assert query.words == ("de", "Vries", "x")
    assert match_expression(parse("NEAR( AND")) == '"NEAR"* "AND"*'


@pytest.mark.parametrize(
    "text",
    [
        '"',
        '""',
        "*",
        "AND",
        "OR NOT",
        "NEAR(a b",
        "((",
        ")",
        "bsn:1",
        "geslachtsnaam:jan",
        "^jan",
        "-",
        "a'b",
        "\x00",
        "'; DROP TABLE person; --",
        "{bsn}: x",
        "",
        "   ",
        "😀",
        "jan*",
        'j"an',
    ],
)
def test_hostile_input_is_just_text(store: Store, text: str) -> None:
    hits = store.search_persons(text)
    assert len(hits) <= 50
    assert all(hit.bsn in BSNS and hit.geslachtsnaam for hit in hits)  # well-formed rows of known persons
    assert len({hit.bsn for hit in hits}) == len(hits)
    # Nothing was executed: the table and its index are intact, a known person is still found.
    assert _bsns(store, "bakker") == [BSNS[2]]
    assert _bsns(store, BSNS[0])[:1] == [BSNS[0]]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text())
def test_any_text_never_raises(store: Store, text: str) -> None:
    hits = store.search_persons(text)
    assert len(hits) <= 50
