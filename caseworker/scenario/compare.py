"""Scenarios side by side, and an earnings sweep for the "does more work pay?" chart."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from caseworker.scenario.engine import (
    ScenarioResult,
    calculate,
    compute,
    marginal_rate,
    prepare,
)
from caseworker.scenario.model import Household, Scenario
from caseworker.scenario.money import round_half_up
from caseworker.scenario.parameters import ParameterSet
from caseworker.scenario.tariffs import TariffTable

MAX_ALTERNATIVES = 3


@dataclass(frozen=True)
class Comparison:
    current: ScenarioResult
    alternatives: tuple[ScenarioResult, ...]

    def difference(self, alternative: ScenarioResult, key: str) -> int | None:
        """Alternative minus current, per month; None when either is unknown or does not apply."""
        now, then = self.current.outcomes.get(key), alternative.outcomes.get(key)
        if now is None or then is None or now.amount is None or then.amount is None:
            return None
        return then.amount - now.amount


def compare(
    current: Scenario,
    alternatives: Sequence[Scenario],
    parameters: ParameterSet | None = None,
    tariffs: TariffTable | None = None,
) -> Comparison:
    if len(alternatives) > MAX_ALTERNATIVES:
        raise ValueError(f"at most {MAX_ALTERNATIVES} scenarios can be compared with the current situation")
    return Comparison(
        calculate(current, parameters, tariffs),
        tuple(calculate(alternative, parameters, tariffs) for alternative in alternatives),
    )


@dataclass(frozen=True, slots=True)
class SweepPoint:
    net_earnings: int  # cents per month
    hours_per_week: Decimal | None
    net_income: int | None  # netto_besteedbaar; None when unknown
    bijstand_plus_netto_loon: int | None
    marginal_rate: Decimal | None  # against the previous point


def sweep(
    scenario: Scenario,
    *,
    earnings: Sequence[int] | None = None,
    hours: Sequence[Decimal | int] | None = None,
    net_hourly_wage: int | None = None,
    role: str = "aanvrager",
    parameters: ParameterSet | None = None,
    tariffs: TariffTable | None = None,
) -> list[SweepPoint]:
    """Net household income for a range of net earnings (cents) or hours per week at a net hourly wage.

    Only the member with `role` (aanvrager or partner) changes; everything else stays as in the scenario.
    """
    steps = _steps(earnings, hours, net_hourly_wage)
    parameters_used, case = prepare(scenario, parameters, tariffs)
    points: list[SweepPoint] = []
    for hours_per_week, amount in steps:
        outcomes = compute(case.with_household(_earning(scenario.household, role, amount)), parameters_used)
        income = outcomes["netto_besteedbaar"].amount
        points.append(
            SweepPoint(
                amount,
                hours_per_week,
                income,
                outcomes["bijstand_plus_netto_loon"].amount,
                _rate(points[-1] if points else None, amount, income),
            )
        )
    return points


def _steps(
    earnings: Sequence[int] | None, hours: Sequence[Decimal | int] | None, wage: int | None
) -> list[tuple[Decimal | None, int]]:
    if (earnings is None) == (hours is None):
        raise ValueError("give either earnings or hours (with net_hourly_wage)")
    if earnings is not None:
        return [(None, amount) for amount in earnings]
    if wage is None or hours is None:
        raise ValueError("hours need a net_hourly_wage")
    return [(Decimal(h), round_half_up(Decimal(h) * 52 / 12 * wage)) for h in hours]


def _earning(household: Household, role: str, amount: int) -> Household:
    update = {"net_earnings_month": amount, "hours_per_week": None, "net_hourly_wage": None}
    members = [m.model_copy(update=update) if m.role == role else m for m in household.members]
    return household.model_copy(update={"members": members})


def _rate(previous: SweepPoint | None, earnings: int, income: int | None) -> Decimal | None:
    if previous is None or previous.net_income is None or income is None or earnings == previous.net_earnings:
        return None
    return marginal_rate(income - previous.net_income, earnings - previous.net_earnings)
