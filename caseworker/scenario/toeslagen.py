"""Toeslagen and child benefits: zorgtoeslag, kindgebonden budget, kinderbijslag, huurtoeslag."""

from __future__ import annotations

from decimal import Decimal

from caseworker.scenario.model import Household
from caseworker.scenario.money import euro_text, floor_to_euro, round_half_up
from caseworker.scenario.outcome import MissingInput
from caseworker.scenario.rules import (
    Case,
    Finding,
    Rules,
    Unknown,
    above_capital_limit,
    children,
    not_applicable,
)

_TOETSINGSINKOMEN = MissingInput(
    "household.toetsingsinkomen_year",
    "Het toetsingsinkomen (jaarinkomen voor de toeslagen) is nodig. Onbekend / handmatig invoeren.",
    "Belastingdienst: het verzamelinkomen van het jaar, samen met de toeslagpartner",
)


def _who(household: Household) -> str:
    return "partners" if household.partner is not None else "alleenstaande"


def _income(case: Case) -> int | None:
    """The toetsingsinkomen; None when it may be taken to be below the drempelinkomen.

    A household on bijstand has an income far below the drempelinkomen, so it gets the maximum toeslag
    (a reasoning the shared test cases make too; no gross-up from net to taxable income is computed).
    Without bijstand the income has to be given.
    """
    if case.household.toetsingsinkomen_year is not None:
        return case.household.toetsingsinkomen_year
    if case.need("bijstand").amount:
        return None
    raise Unknown(_TOETSINGSINKOMEN)


_BELOW_DREMPEL = "Het huishouden heeft bijstand; het inkomen ligt dan onder het drempelinkomen (aangenomen)."


def zorgtoeslag(case: Case, rules: Rules) -> Finding:
    household = case.household
    who = _who(household)
    if above_capital_limit(household, f"zorgtoeslag.vermogensgrens.{who}", rules):
        return Finding(0, ("Het vermogen is hoger dan de vermogensgrens: geen zorgtoeslag.",))
    income = _income(case)
    if income is None:
        maximum = rules.cents(f"zorgtoeslag.maximum.{who}")
        return Finding(
            maximum, (_BELOW_DREMPEL, f"De zorgtoeslag is het maximum: {euro_text(maximum)} per maand.")
        )
    if income >= rules.cents(f"zorgtoeslag.maximaal_inkomen.{who}"):
        return Finding(0, ("Het inkomen is hoger dan het maximale inkomen voor zorgtoeslag.",))
    yearly = _zorgtoeslag_year(income, household.partner is not None, rules)
    monthly = floor_to_euro(yearly / 12)
    return Finding(
        monthly,
        (
            f"Zorgtoeslag per jaar {euro_text(round_half_up(yearly))} "
            f"bij een toetsingsinkomen van {euro_text(income)}; "
            f"per maand afgerond naar beneden op hele euro's: {euro_text(monthly)}.",
        ),
    )


def _zorgtoeslag_year(income: int, partners: bool, rules: Rules) -> Decimal:
    premie = rules.cents("zorgtoeslag.standaardpremie") * (2 if partners else 1)
    normpremie = rules.ratio("zorgtoeslag.normpremie." + ("partners" if partners else "alleenstaande"))
    drempel = rules.cents("zorgtoeslag.drempelinkomen")
    afbouw = rules.ratio("zorgtoeslag.afbouw")
    own_share = normpremie * drempel + afbouw * max(0, income - drempel)
    return max(Decimal(0), premie - own_share)


def kindgebonden_budget(case: Case, rules: Rules) -> Finding:
    household = case.household
    kids = children(household)
    if not kids:
        return not_applicable("Geen kinderen onder de 18 jaar.")
    who = _who(household)
    if above_capital_limit(household, f"kindgebonden_budget.vermogensgrens.{who}", rules):
        return Finding(0, ("Het vermogen is hoger dan de vermogensgrens: geen kindgebonden budget.",))
    income = _income(case)
    yearly = _kgb_amounts(household, rules)
    lines = [f"Kindgebonden budget voor {len(kids)} kind(eren): {euro_text(yearly)} per jaar."]
    if income is None:
        lines.append(_BELOW_DREMPEL)
    else:
        drempel = rules.cents(f"kindgebonden_budget.drempelinkomen.{who}")
        reduction = round_half_up(rules.ratio("kindgebonden_budget.afbouw") * max(0, income - drempel))
        yearly = max(0, yearly - reduction)
        lines.append(f"Door het inkomen boven het drempelinkomen gaat er {euro_text(reduction)} per jaar af.")
    monthly = round_half_up(Decimal(yearly) / 12)
    lines.append(f"Per maand: {euro_text(monthly)}.")
    return Finding(monthly, tuple(lines))


def _kgb_amounts(household: Household, rules: Rules) -> int:
    kids = children(household)
    # Figures are only looked up when they apply, so a household with one young child uses official
    # figures only; the second-child amount and the age supplements are model_only.
    yearly = rules.cents("kindgebonden_budget.bedrag_per_kind")
    if len(kids) > 1:
        yearly += (len(kids) - 1) * rules.cents("kindgebonden_budget.bedrag_per_kind_vanaf_tweede")
    for low, high, key in ((12, 15, "toeslag_12_15"), (16, 17, "toeslag_16_17")):
        count = sum(low <= kid.age <= high for kid in kids)
        if count:
            yearly += count * rules.cents(f"kindgebonden_budget.{key}")
    if household.partner is None:
        yearly += rules.cents("kindgebonden_budget.alleenstaande_ouderkop")
    return yearly


_KINDERBIJSLAG_BANDS = ((0, 5, "leeftijd_0_5"), (6, 11, "leeftijd_6_11"), (12, 17, "leeftijd_12_17"))


def kinderbijslag(case: Case, rules: Rules) -> Finding:
    kids = children(case.household)
    if not kids:
        return not_applicable("Geen kinderen onder de 18 jaar.")
    quarterly = 0
    for kid in kids:
        band = next(key for low, high, key in _KINDERBIJSLAG_BANDS if low <= kid.age <= high)
        quarterly += rules.cents(f"kinderbijslag.per_kwartaal.{band}")
    monthly = round_half_up(Decimal(quarterly) / 3)
    return Finding(
        monthly,
        (
            f"Kinderbijslag {euro_text(quarterly)} per kwartaal voor {len(kids)} kind(eren), "
            f"per maand {euro_text(monthly)}.",
        ),
    )


_HUURTOESLAG = MissingInput(
    "huurtoeslag",
    "De huurtoeslag hangt af van de basishuur bij dit inkomen; die staat niet in de officiële regels. "
    "Onbekend / handmatig invoeren.",
    "toeslagen.nl: proefberekening huurtoeslag",
)


def huurtoeslag(case: Case, rules: Rules) -> Finding:
    household = case.household
    if household.rent is None:
        return not_applicable("Geen huur opgegeven.")
    # Only the official eligibility limit can be applied: above the maximale huur there is no huurtoeslag
    # (until 2025). Everything else needs the income-dependent basishuur, which is not known.
    if rules.flag("huurtoeslag.maximale_huur.is_eligibility_limit"):
        young = household.applicant.age < rules.whole("huurtoeslag.jongere_leeftijdsgrens")
        limit = rules.cents("huurtoeslag.maximale_huur." + ("jongere" if young else "volwassene"))
        if household.rent.kale_huur > limit:
            return Finding(
                0, (f"De kale huur is hoger dan de maximale huur {euro_text(limit)}: geen huurtoeslag.",)
            )
    raise Unknown(_HUURTOESLAG)
