"""Comparing scenarios with the current situation, and the earnings sweep."""

from __future__ import annotations

import itertools
from decimal import Decimal
from typing import Any

import pytest

from caseworker.scenario.compare import MAX_ALTERNATIVES, compare, sweep
from caseworker.scenario.model import Scenario
from caseworker.scenario.report import comparison_json, sweep_json


def single(earnings: str | None = None, months: int = 1, **extra: Any) -> Scenario:
    member = {"role": "aanvrager", "age": 40, "net_earnings_month": earnings}
    household = {"members": [member], "months_working": months}
    return Scenario.model_validate({"reference_date": "2025-07-01", "household": household, **extra})


def test_differences_against_the_current_situation() -> None:
    provision = {"product": "hulp bij het huishouden", "domain": "wmo", "units_per_week": 3, "unit": "uur"}
    comparison = compare(
        single(), [single("600.00", name="werk"), single(provisions=[provision], name="hulp")]
    )
    work, care = comparison.alternatives
    # 600 net in month 1: bijstand 1369.06 − 450 = 919.06, i.e. 450.00 less; netto 150.00 more.
    assert comparison.difference(work, "bijstand") == -45000
    assert comparison.difference(work, "netto_besteedbaar") == 15000
    # The abonnementstarief (21.00) comes off the netto; the municipality pays 3 × 52 / 12 × 33.50 = 435.50.
    assert comparison.difference(care, "netto_besteedbaar") == -2100
    assert comparison.difference(care, "gemeente_kosten") == 43550
    table = {row["outcome"]: row for row in comparison_json(comparison)["comparison"]}
    assert table["bijstand"]["scenarios"][0] == {"value": "919.06", "difference": "-450.00"}
    assert table["gemeente_kosten_hulp_bij_het_huishouden"]["current"] is None


def test_at_most_three_scenarios() -> None:
    with pytest.raises(ValueError, match="at most 3"):
        compare(single(), [single()] * (MAX_ALTERNATIVES + 1))


def test_sweep_over_hours_shows_where_work_stops_paying() -> None:
    points = sweep(single(), hours=range(0, 41), net_hourly_wage=1200)
    assert len(points) == 41
    # 10 hours: 10 × 52 / 12 × 12 = 520.00 net; vrijlating 130.00 of it, so a marginal rate of 0.75.
    ten = points[10]
    assert (ten.net_earnings, ten.marginal_rate) == (52000, Decimal("0.7500"))
    # From 22 hours (1144.00) the vrijlating is at its cap (285 = 25 % of 1140): every extra euro after
    # that comes off the bijstand.
    capped = [p for p in points[23:] if p.marginal_rate is not None]
    assert capped and all(p.marginal_rate == 1 for p in capped)
    incomes = [p.bijstand_plus_netto_loon for p in points]
    assert all(b is not None and a is not None and b >= a for a, b in itertools.pairwise(incomes))
    assert sweep_json(points)[10]["marginal_rate"] == "0.7500"


def test_sweep_over_net_earnings_and_its_arguments() -> None:
    points = sweep(single(), earnings=[0, 10000, 20000])
    assert [p.net_income for p in points] == [150006, 152506, 155006]  # 1369.06 + 131 + 25 % of earnings
    with pytest.raises(ValueError):
        sweep(single(), hours=[1, 2])
