"""The Objects API `data_attr` filter as Objects 2.7 wants it: one repeated parameter per criterion."""

from __future__ import annotations

import pytest

from caseworker.api.objects import data_attr


def test_each_criterion_is_its_own_value_and_commas_are_allowed() -> None:
    assert data_attr(bsn="999993653", status="actief, verlengd") == [
        "bsn__exact__999993653",
        "status__exact__actief, verlengd",
    ]


def test_a_value_with_the_separator_is_refused() -> None:
    with pytest.raises(ValueError, match="__"):
        data_attr(bsn="999993653__exact__x")
