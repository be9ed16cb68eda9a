"""Provisions: Wmo eigen bijdrage, Jeugdwet ouderbijdrage, and what provisions cost the municipality."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from caseworker.scenario.model import Household, Provision
from caseworker.scenario.money import euro_text, format_percentage, round_half_up
from caseworker.scenario.outcome import MissingInput, ParameterUse
from caseworker.scenario.parameters import ENTERED_SOURCE
from caseworker.scenario.rules import Case, Finding, Rule, Rules, Unknown, net_earnings

_WEEKS_PER_MONTH = Decimal(52) / 12


def wmo_eigen_bijdrage(case: Case, rules: Rules) -> Finding:
    products = [p.product for p in case.provisions if p.domain == "wmo"]
    if not products:
        return Finding(0, ("Geen Wmo-voorziening, dus geen eigen bijdrage.",))
    return _abonnementstarief(case, rules, products)


def wmo_eigen_bijdrage_bij_voorziening(case: Case, rules: Rules) -> Finding:
    """What the household would pay once a Wmo provision is granted (whichever one)."""
    return _abonnementstarief(case, rules, ["(een Wmo-voorziening)"])


def _abonnementstarief(case: Case, rules: Rules, products: Sequence[str]) -> Finding:
    household = case.household
    exempt = case.tariffs.exemptions
    if all(product.strip().casefold() in exempt.products for product in products):
        return Finding(0, (f"{case.tariffs.municipality} vraagt geen eigen bijdrage voor deze voorziening.",))
    if _partner_below_aow(household) and rules.flag("wmo.abonnementstarief.nihil_bij_partner_onder_aow"):
        return Finding(0, (_PARTNER_BELOW_AOW,))
    share = exempt.income_share_of_bijstandsnorm
    if share is not None and _below_income_limit(case, share):
        return Finding(
            0,
            (
                f"{case.tariffs.municipality} vraagt geen eigen bijdrage bij een inkomen onder "
                f"{format_percentage(share)} van de bijstandsnorm.",
            ),
        )
    # One amount per household however many provisions (wmo.abonnementstarief.per_huishouden).
    amount = round_half_up(rules.monthly("wmo.abonnementstarief.bedrag"))
    return Finding(
        amount,
        (
            f"Eigen bijdrage Wmo (abonnementstarief): {euro_text(amount)} per maand. "
            "Eén bedrag per huishouden, "
            f"hoeveel voorzieningen er ook zijn ({len(products)}).",
        ),
    )


_PARTNER_BELOW_AOW = (
    "Partners van wie er minstens één jonger is dan de AOW-leeftijd betalen geen eigen bijdrage."
)


def _partner_below_aow(household: Household) -> bool:
    return household.partner is not None and not all(adult.has_reached_aow for adult in household.adults)


def _below_income_limit(case: Case, share: Decimal) -> bool:
    norm = case.need("bijstand_norm")
    if norm.amount is None:
        raise Unknown(
            MissingInput("bijstand_norm", "De bijstandsnorm is nodig voor de vrijstelling op inkomen.")
        )
    received = case.done["bijstand"].amount or 0
    income = received + sum(net_earnings(adult) for adult in case.household.adults)
    return income < norm.amount * share


def jeugd_ouderbijdrage(case: Case, rules: Rules) -> Finding:
    amount = rules.cents("jeugd.ouderbijdrage")
    return Finding(amount, ("Voor jeugdhulp betalen ouders geen eigen bijdrage (sinds 2016).",))


def provision_key(product: str) -> str:
    """`gemeente_kosten_<product>` with the product name as a plain identifier."""
    return "gemeente_kosten_" + re.sub(r"[^a-z0-9]+", "_", product.casefold()).strip("_")


@dataclass(frozen=True)
class _Price:
    amount: int  # eurocent per unit
    unit: str
    use: ParameterUse
    entered: bool


def provision_cost(provision: Provision) -> Rule:
    """The rule for one provision's cost to the municipality per month."""

    def rule(case: Case, rules: Rules) -> Finding:
        price = _price(case, provision)
        # units_per_week × 52 / 12 per month; a monthly product (unit "maand") is counted per month.
        monthly = price.unit == "maand"
        factor = Decimal(1) if monthly else _WEEKS_PER_MONTH
        cost = round_half_up(provision.units_per_week * factor * price.amount)
        count = f"{provision.units_per_week:g} {price.unit}" + (
            " per maand" if monthly else " per week × 52 / 12"
        )
        return Finding(
            cost,
            (
                f"{provision.product}: {count} × tarief {euro_text(price.amount)} = "
                f"{euro_text(cost)} per maand.",
            ),
            status="ingevoerd" if price.entered else "ok",
            extra_parameters=(price.use,),
        )

    return rule


def _price(case: Case, provision: Provision) -> _Price:
    key = f"tarief.{provision.product}"
    if provision.tariff_eur is not None:
        unit = provision.unit or "eenheid"
        source = provision.tariff_ref or ENTERED_SOURCE
        use = ParameterUse(key, f"{euro_text(provision.tariff_eur)} per {unit}", "entered", source, "")
        return _Price(provision.tariff_eur, unit, use, entered=True)
    table = case.tariffs
    found = table.find(provision.product, provision.domain, provision.form, provision.unit, case.on)
    if found is None:
        raise Unknown(
            MissingInput(
                key,
                f"Geen tarief in de tarieflijst van {table.municipality}. Onbekend / handmatig invoeren "
                "(tariff_eur).",
            )
        )
    use = ParameterUse(
        key,
        f"{euro_text(found.amount)} per {found.unit} ({found.form}, {found.level})",
        "fictional" if table.fictional else "official",
        found.source,
        f"tarieflijst {table.municipality}",
        found.valid_from,
    )
    return _Price(found.amount, found.unit, use, entered=False)
