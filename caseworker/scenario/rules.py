"""What a calculator gets and gives: parameter access that records what was used, and its finding."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from caseworker.scenario.model import Household, Member, Provision
from caseworker.scenario.money import round_half_up
from caseworker.scenario.outcome import (
    MissingInput,
    Outcome,
    OutcomeStatus,
    ParameterUse,
    combined_status,
)
from caseworker.scenario.parameters import Missing, ParameterSet, ParameterValue
from caseworker.scenario.tariffs import TariffTable

# Per-unit money figures turned into an amount per month.
_PER_MONTH = {
    "eurocent_per_month": Decimal(1),
    "eurocent_per_year": Decimal(1) / 12,
    "eurocent_per_quarter": Decimal(1) / 3,
    "eurocent_per_4_weeks": Decimal(13) / 12,
}


class Unknown(Exception):
    """A figure the rule needs is missing: the outcome is "onbekend" until someone enters it."""

    def __init__(self, *missing: MissingInput) -> None:
        super().__init__(", ".join(item.key for item in missing))
        self.missing = missing


@dataclass(frozen=True)
class Case:
    """One scenario as the calculators see it; `done` holds the outcomes computed so far."""

    on: dt.date
    household: Household
    provisions: tuple[Provision, ...]
    tariffs: TariffTable
    entered_outcomes: Mapping[str, int]
    done: dict[str, Outcome] = field(default_factory=dict)

    def with_household(self, household: Household) -> Case:
        """The same case for another household situation, with nothing computed yet."""
        return Case(self.on, household, self.provisions, self.tariffs, self.entered_outcomes)

    def need(self, key: str) -> Outcome:
        """An earlier outcome this rule builds on; unknown makes this rule unknown too."""
        outcome = self.done[key]
        if outcome.status == "onbekend":
            raise Unknown(*outcome.missing)
        return outcome


class Rules:
    """The parameters valid on the case's date, for one rule; remembers each figure it hands out."""

    def __init__(self, parameters: ParameterSet, on: dt.date) -> None:
        self._parameters = parameters
        self._on = on
        self.used: dict[str, ParameterValue] = {}

    def value(self, key: str) -> ParameterValue:
        found = self._parameters.lookup(key, self._on)
        if isinstance(found, Missing):
            raise Unknown(MissingInput.of(found))
        self.used[key] = found
        return found

    def cents(self, key: str) -> int:
        value = self.value(key).value
        assert isinstance(value, int) and not isinstance(value, bool), key
        return value

    def monthly(self, key: str) -> Decimal:
        """A money figure converted to cents per month, not yet rounded."""
        found = self.value(key)
        assert isinstance(found.value, int), key
        return found.value * _PER_MONTH[found.unit]

    def ratio(self, key: str) -> Decimal:
        value = self.value(key).value
        assert isinstance(value, Decimal), key
        return value

    def whole(self, key: str) -> int:
        return self.cents(key)

    def flag(self, key: str) -> bool:
        value = self.value(key).value
        assert isinstance(value, bool), key
        return value

    def codes(self, key: str) -> tuple[str, ...]:
        value = self.value(key).value
        assert isinstance(value, tuple), key
        return value


@dataclass(frozen=True)
class Finding:
    """What a rule found: the amount (None when the rule does not apply) and the reasons in plain Dutch."""

    amount: int | None
    explanation: tuple[str, ...]
    uses: tuple[Outcome, ...] = ()
    status: OutcomeStatus = "ok"
    extra_parameters: tuple[ParameterUse, ...] = ()
    ratio: Decimal | None = None


def not_applicable(reason: str) -> Finding:
    return Finding(None, (reason,), status="niet_van_toepassing")


Rule = Callable[[Case, Rules], Finding]

# An outcome is as reliable as its least reliable input.
_STATUS_OF_INPUT: dict[str, OutcomeStatus] = {"model_only": "model", "entered": "ingevoerd"}


def evaluate(key: str, title: str, rule: Rule, case: Case, parameters: ParameterSet) -> Outcome:
    rules = Rules(parameters, case.on)
    try:
        finding = rule(case, rules)
    except Unknown as unknown:
        return Outcome(
            key,
            None,
            "onbekend",
            title,
            tuple(f"Onbekend: {item.key} ontbreekt. {item.explanation}" for item in unknown.missing),
            tuple(rules.used.values()),
            unknown.missing,
        )
    status = finding.status
    if status != "niet_van_toepassing":
        statuses = {status, *(outcome.status for outcome in finding.uses)}
        statuses.update(_STATUS_OF_INPUT.get(used.status, "ok") for used in rules.used.values())
        status = combined_status(statuses)
    return Outcome(
        key,
        finding.amount,
        status,
        title,
        finding.explanation,
        (*rules.used.values(), *finding.extra_parameters),
        ratio=finding.ratio,
        uses=tuple(outcome.key for outcome in finding.uses),
    )


def net_earnings(member: Member) -> int:
    """Net earnings per month; hours × 52 / 12 × net hourly wage when given that way."""
    if member.hours_per_week is not None and member.net_hourly_wage is not None:
        return round_half_up(member.hours_per_week * 52 / 12 * member.net_hourly_wage)
    return member.net_earnings_month or 0


def children(household: Household) -> list[Member]:
    """Children under 18: the ones kinderbijslag and kindgebonden budget are for."""
    return [member for member in household.members if member.role == "kind" and member.age < 18]


def above_capital_limit(household: Household, limit_key: str, rules: Rules) -> bool:
    """Whether the household's capital is above a vermogensgrens.

    Capital of 0 (or not given) is below any limit, so the limit, missing for some years, is only looked
    up for capital above 0.
    """
    capital = household.vermogen or 0
    return capital > 0 and capital > rules.cents(limit_key)
