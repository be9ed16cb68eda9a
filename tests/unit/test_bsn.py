from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caseworker.domain.bsn import InvalidBsn, is_valid_bsn, mask_bsn, normalize_bsn


def _check_digit_sum(digits: str) -> int:
    return sum(w * int(d) for w, d in zip((9, 8, 7, 6, 5, 4, 3, 2, -1), digits, strict=True))


@pytest.mark.parametrize("bsn", ["999993653", "111222333", "123456782"])
def test_known_valid_numbers_pass(bsn: str) -> None:
    assert is_valid_bsn(bsn)


@pytest.mark.parametrize(
    "bsn", ["123456789", "999993654", "000000000", "12345678", "abcdefghi", "9999936530"]
)
def test_invalid_numbers_fail(bsn: str) -> None:
    assert not is_valid_bsn(bsn)


@given(st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_elfproef_matches_definition(digits: str) -> None:
    total = _check_digit_sum(digits)
    assert is_valid_bsn(digits) == (total % 11 == 0 and total != 0)


@given(st.text())
def test_normalize_accepts_only_valid_numbers_and_never_crashes(text: str) -> None:
    try:
        bsn = normalize_bsn(text)
    except InvalidBsn as exc:
        assert str(exc)  # a message for the user
    else:
        assert is_valid_bsn(bsn)


def test_normalize_tolerates_typing_habits() -> None:
    assert normalize_bsn(" 9999.93.653 ") == "999993653"
    assert normalize_bsn("11222335") == "011222335"  # the dropped leading zero comes back


def test_normalize_explains_what_is_wrong() -> None:
    with pytest.raises(InvalidBsn, match="9 cijfers"):
        normalize_bsn("1234")
    with pytest.raises(InvalidBsn, match="elfproef"):
        normalize_bsn("123456789")
    with pytest.raises(InvalidBsn, match="cijfers"):
        normalize_bsn("12345678a")


def test_mask_shows_only_last_three() -> None:
    assert mask_bsn("999993653") == "******653"


_NON_ASCII_DIGITS = st.characters(categories=["Nd"]).filter(lambda c: c not in "0123456789")


@given(st.lists(st.sampled_from("0123456789") | _NON_ASCII_DIGITS, min_size=9, max_size=9))
def test_only_ascii_digits_make_a_bsn(chars: list[str]) -> None:
    """Arabic-Indic, Devanagari, fullwidth … digits pass `\\d` and `isdigit()`, but are no BSN: only
    0-9 reach the APIs and the cache."""
    text = "".join(chars)
    ascii_only = text.isascii()
    assert is_valid_bsn(text) <= ascii_only
    try:
        bsn = normalize_bsn(text)
    except InvalidBsn:
        return
    assert ascii_only and bsn == text


def test_a_valid_bsn_in_arabic_indic_digits_is_refused() -> None:
    arabic = "".join(chr(0x0660 + int(d)) for d in "999993653")
    assert not is_valid_bsn(arabic)
    with pytest.raises(InvalidBsn, match="cijfers"):
        normalize_bsn(arabic)
