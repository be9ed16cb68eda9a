"""Compute every outcome of one scenario, in dependency order, from the rules and the tariff table."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import TypeVar

from caseworker.scenario import bijstand, toeslagen, voorzieningen
from caseworker.scenario.model import Household, Scenario
from caseworker.scenario.money import euro_text, parse_euros
from caseworker.scenario.outcome import MissingInput, Outcome
from caseworker.scenario.parameters import Data, ParameterSet, default_parameters
from caseworker.scenario.rules import Case, Finding, Rule, Rules, Unknown, evaluate, net_earnings
from caseworker.scenario.tariffs import TariffTable, default_tariffs

# Outcomes set by another body (Belastingdienst, SVB) that a caseworker may copy from the client's
# decision letter; an entered amount replaces the computed one and is marked "ingevoerd".
ENTERABLE_OUTCOMES = ("huurtoeslag", "zorgtoeslag", "kindgebonden_budget", "kinderbijslag")

_RULES: tuple[tuple[str, str, Rule], ...] = (
    ("bijstand_norm", "Bijstandsnorm (Participatiewet art. 21, 22, 22a)", bijstand.bijstand_norm),
    ("vrijlating", "Vrijlating van inkomsten uit werk (Participatiewet art. 31 lid 2)", bijstand.vrijlating),
    ("bijstand", "Bijstand inclusief vakantiegeld", bijstand.bijstand),
    (
        "bijstand_betaling_excl_vt",
        "Bijstand per maand betaald (zonder vakantiegeld)",
        bijstand.betaling_excl_vt,
    ),
    ("vakantietoeslag_reservering", "Vakantiegeld dat wordt opgebouwd", bijstand.vakantietoeslag_reservering),
    ("bijstand_plus_netto_loon", "Bijstand plus netto loon", bijstand.bijstand_plus_netto_loon),
    ("zorgtoeslag", "Zorgtoeslag (Wet op de zorgtoeslag)", toeslagen.zorgtoeslag),
    ("kindgebonden_budget", "Kindgebonden budget", toeslagen.kindgebonden_budget),
    ("kinderbijslag", "Kinderbijslag (SVB)", toeslagen.kinderbijslag),
    ("huurtoeslag", "Huurtoeslag", toeslagen.huurtoeslag),
    ("wmo_eigen_bijdrage", "Eigen bijdrage Wmo", voorzieningen.wmo_eigen_bijdrage),
    (
        "wmo_eigen_bijdrage_bij_voorziening",
        "Eigen bijdrage Wmo als er een voorziening komt",
        voorzieningen.wmo_eigen_bijdrage_bij_voorziening,
    ),
    ("jeugd_ouderbijdrage", "Ouderbijdrage jeugdhulp (Jeugdwet)", voorzieningen.jeugd_ouderbijdrage),
)

# What netto_besteedbaar adds up (+) and takes off (−).
_INCOME_PARTS = ("bijstand", "zorgtoeslag", "kindgebonden_budget", "kinderbijslag", "huurtoeslag")
_COST_PARTS = ("wmo_eigen_bijdrage", "jeugd_ouderbijdrage")


_T = TypeVar("_T")


class InputError(ValueError):
    """Invalid input that pydantic cannot see alone (entered keys need the parameter set)."""

    def __init__(self, location: str, message: str) -> None:
        super().__init__(f"{location}: {message}")
        self.location = location


@dataclass(frozen=True)
class ScenarioResult:
    reference_date: dt.date
    name: str | None
    outcomes: Mapping[str, Outcome]

    def amount(self, key: str) -> int | None:
        return self.outcomes[key].amount

    def missing(self) -> Iterator[tuple[str, MissingInput]]:
        """(outcome, missing input) for every unknown outcome, each missing input once per outcome."""
        for key, outcome in self.outcomes.items():
            for item in dict.fromkeys(outcome.missing):
                yield key, item


def calculate(
    scenario: Scenario, parameters: ParameterSet | None = None, tariffs: TariffTable | None = None
) -> ScenarioResult:
    """All outcomes of a scenario per month, with the breakdown and the effective marginal rate."""
    parameters, case = prepare(scenario, parameters, tariffs)
    outcomes = compute(case, parameters)
    outcomes["effectieve_marginale_druk"] = _marginal_rate(case, parameters, outcomes)
    return ScenarioResult(scenario.reference_date, scenario.name, outcomes)


def prepare(
    scenario: Scenario, parameters: ParameterSet | None = None, tariffs: TariffTable | None = None
) -> tuple[ParameterSet, Case]:
    """The parameters with the caseworker's entries applied, and the case the rules work on."""
    parameters, entered = _with_entered(scenario.entered, parameters or default_parameters())
    tariffs = tariffs or default_tariffs()
    return parameters, Case(
        scenario.reference_date, scenario.household, tuple(scenario.provisions), tariffs, entered
    )


def compute(case: Case, parameters: ParameterSet) -> dict[str, Outcome]:
    """Every outcome except the marginal rate, which needs a second run (see `_marginal_rate`)."""
    case = case.with_household(case.household)
    for key, title, rule in _RULES:
        case.done[key] = _entered_outcome(case, key, title) or evaluate(key, title, rule, case, parameters)
    cost_keys = []
    for provision in case.provisions:
        key = _unique(voorzieningen.provision_key(provision.product), case.done)
        title = f"Kosten voor de gemeente: {provision.product}"
        case.done[key] = evaluate(key, title, voorzieningen.provision_cost(provision), case, parameters)
        cost_keys.append(key)
    case.done["gemeente_kosten"] = evaluate(
        "gemeente_kosten",
        "Kosten voor de gemeente, alle voorzieningen",
        _total_cost(cost_keys),
        case,
        parameters,
    )
    case.done["netto_besteedbaar"] = evaluate(
        "netto_besteedbaar", "Netto besteedbaar inkomen van het huishouden", _netto, case, parameters
    )
    return dict(case.done)


def _unique(key: str, taken: Mapping[str, Outcome]) -> str:
    candidate, number = key, 2
    while candidate in taken:
        candidate, number = f"{key}_{number}", number + 1
    return candidate


def _entered_outcome(case: Case, key: str, title: str) -> Outcome | None:
    if key not in case.entered_outcomes:
        return None
    amount = case.entered_outcomes[key]
    text = f"Bedrag ingevoerd door de medewerker: {euro_text(amount)} per maand."
    return Outcome(key, amount, "ingevoerd", title, (text,))


def _total_cost(keys: list[str]) -> Rule:
    def rule(case: Case, rules: Rules) -> Finding:
        parts = [case.need(key) for key in keys]
        total = sum(part.amount_or_zero for part in parts)
        text = "Som van de kosten per voorziening." if parts else "Geen voorzieningen gekozen."
        return Finding(total, (text,), tuple(parts))

    return rule


def _netto(case: Case, rules: Rules) -> Finding:
    if all(adult.has_reached_aow for adult in case.household.adults):
        raise Unknown(_AOW_INCOME)
    income = [case.need(key) for key in _INCOME_PARTS]
    costs = [case.need(key) for key in _COST_PARTS]
    earnings = sum(net_earnings(adult) for adult in case.household.adults)
    total = earnings + sum(p.amount_or_zero for p in income) - sum(c.amount_or_zero for c in costs)
    return Finding(
        total,
        (
            "Netto besteedbaar = bijstand inclusief vakantiegeld (per maand) + netto loon + zorgtoeslag + "
            "kindgebonden budget + kinderbijslag + huurtoeslag − eigen bijdrage Wmo − "
            "ouderbijdrage jeugdhulp.",
            "Het vakantiegeld van de bijstand telt mee als maandbedrag, ook al wordt het één keer per jaar "
            "betaald. Inkomen van kostendelers telt niet mee.",
        ),
        (*income, *costs),
    )


_AOW_INCOME = MissingInput(
    "AOW-uitkering",
    "Vanaf de AOW-leeftijd is het inkomen de AOW van de SVB; die zit niet in deze berekening. Onbekend.",
    "SVB: bedragen AOW",
)


def _marginal_rate(case: Case, parameters: ParameterSet, outcomes: Mapping[str, Outcome]) -> Outcome:
    """1 − (extra net income / extra earnings), compared with the same household without earnings."""
    key, title = "effectieve_marginale_druk", "Effectieve marginale druk"
    earnings = sum(net_earnings(adult) for adult in case.household.adults)
    if earnings == 0:
        return Outcome(key, None, "niet_van_toepassing", title, ("Er is geen inkomen uit werk.",))
    without = compute(case.with_household(without_earnings(case.household)), parameters)
    now, before = outcomes["netto_besteedbaar"], without["netto_besteedbaar"]
    if now.amount is None or before.amount is None:
        missing = now.missing + before.missing
        return Outcome(
            key, None, "onbekend", title, ("Het netto besteedbaar inkomen is onbekend.",), (), missing
        )
    rate = marginal_rate(now.amount - before.amount, earnings)
    text = (
        f"Van {euro_text(earnings)} netto loon houdt het huishouden {euro_text(now.amount - before.amount)} "
        f"over. De rest ({rate * 100:.0f} %) gaat verloren aan minder bijstand en toeslagen."
    )
    return Outcome(key, None, now.status, title, (text,), ratio=rate, uses=("netto_besteedbaar",))


def marginal_rate(extra_income: int, extra_earnings: int) -> Decimal:
    rate = 1 - Decimal(extra_income) / Decimal(extra_earnings)
    return rate.quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)


def without_earnings(household: Household) -> Household:
    """The same household with no earnings for applicant and partner (copied without re-validation)."""
    members = [
        m.model_copy(update={"net_earnings_month": 0, "hours_per_week": None, "net_hourly_wage": None})
        if m.role in ("aanvrager", "partner")
        else m
        for m in household.members
    ]
    return household.model_copy(update={"members": members})


def _with_entered(
    entered: Mapping[str, str | int | float], parameters: ParameterSet
) -> tuple[ParameterSet, dict[str, int]]:
    """Split the caseworker's entries into parameter values and outcome amounts, in their own units."""
    values: dict[str, Data] = {}
    outcomes: dict[str, int] = {}
    for key, text in entered.items():
        location = f"entered.{key}"
        if key in ENTERABLE_OUTCOMES:
            outcomes[key] = _parse(location, parse_euros, text, 'must be an amount in euros, e.g. "312.00"')
        elif key in parameters.parameters:
            parse = functools.partial(parameters.parse_entered, key)
            values[key] = _parse(location, parse, text, _expected(parameters, key))
        else:
            raise InputError(
                location, "unknown parameter or outcome; see resources/rules/*.toml for the keys"
            )
    return parameters.with_entered(values), outcomes


def _parse(
    location: str, parse: Callable[[str | int | float], _T], text: str | int | float, message: str
) -> _T:
    try:
        return parse(text)
    except ValueError:
        raise InputError(location, message) from None


def _expected(parameters: ParameterSet, key: str) -> str:
    unit = parameters.parameters[key].unit
    if unit.startswith("eurocent"):
        return 'must be an amount in euros, e.g. "153.38"'
    if unit == "ratio":
        return 'must be a ratio between 0 and 1, e.g. "0.125"'
    return f"must be a whole number ({unit})"
