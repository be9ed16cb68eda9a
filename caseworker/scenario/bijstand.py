"""Participatiewet: the bijstandsnorm (with the kostendelersnorm), the vrijlating and the bijstand itself."""

from __future__ import annotations

from typing import NamedTuple

from caseworker.scenario.model import Household, Member
from caseworker.scenario.money import euro_text, format_percentage, round_half_up
from caseworker.scenario.outcome import MissingInput
from caseworker.scenario.rules import (
    Case,
    Finding,
    Rules,
    Unknown,
    above_capital_limit,
    children,
    net_earnings,
    not_applicable,
)

ASSUMED_FIRST_MONTH = 1


def bijstand_norm(case: Case, rules: Rules) -> Finding:
    household = case.household
    adults = household.adults
    if household.applicant.age < 18:
        return not_applicable("Onder de 18 jaar is er geen bijstand.")
    if any(adult.age < 21 for adult in adults):
        return _youth_norm(household, rules)
    at_aow = all(adult.has_reached_aow for adult in adults)
    sharing = _kostendelers(household, rules)
    if sharing.counting:
        return _kostendelersnorm(len(adults), sharing, at_aow, rules)
    key = _norm_key(household, at_aow)
    norm = rules.cents(key)
    return Finding(
        norm,
        (
            f"De bijstandsnorm voor {_NORM_NAMES[key]} is {euro_text(norm)} per maand, "
            "inclusief vakantiegeld.",
            *sharing.notes,
        ),
    )


_NORM_NAMES = {
    "bijstand.norm.alleenstaande": "een alleenstaande",
    "bijstand.norm.alleenstaande_ouder": "een alleenstaande ouder",
    "bijstand.norm.gehuwden": "gehuwden of samenwoners",
    "bijstand.norm.alleenstaande_aow": "een alleenstaande met AOW-leeftijd",
    "bijstand.norm.gehuwden_aow": "gehuwden of samenwoners met AOW-leeftijd",
}


def _norm_key(household: Household, at_aow: bool) -> str:
    if household.partner is not None:
        return "bijstand.norm.gehuwden_aow" if at_aow else "bijstand.norm.gehuwden"
    if at_aow:
        return "bijstand.norm.alleenstaande_aow"
    return "bijstand.norm.alleenstaande_ouder" if children(household) else "bijstand.norm.alleenstaande"


def _youth_norm(household: Household, rules: Rules) -> Finding:
    if household.partner is None and not children(household):
        norm = rules.cents("bijstand.norm.alleenstaande_18_20")
        return Finding(norm, (f"De jongerennorm (18 tot 21 jaar) is {euro_text(norm)} per maand.",))
    # The jongerennormen for couples and parents under 21 are not in the rule parameters.
    raise Unknown(
        MissingInput(
            "bijstand.norm (jongeren onder 21 met partner of kind)",
            "Deze norm staat niet in de regels. Onbekend / handmatig invoeren.",
            "Participatiewet art. 20",
        )
    )


class _Sharing(NamedTuple):
    counting: int  # co-residents who count, besides applicant and partner
    notes: tuple[str, ...]


def _kostendelers(household: Household, rules: Rules) -> _Sharing:
    """Co-residents who count for the kostendelersnorm (art. 22a): 27 or older and not exempted."""
    others = [m for m in household.members if m.role in ("kind", "kostendeler")]
    listed = any(m.role == "kostendeler" for m in others)
    if not listed and household.kostendelers is not None:
        return _Sharing(
            household.kostendelers, (f"Opgegeven aantal kostendelers: {household.kostendelers}.",)
        )
    if not any(m.age >= 18 for m in others) and not household.kostendelers:
        return _Sharing(0, ())
    min_age = rules.whole("bijstand.kostendelersnorm.min_leeftijd")
    exempt = rules.codes("bijstand.kostendelersnorm.uitgezonderd")
    notes = []
    counting = 0
    for member in (m for m in others if m.age >= 18):
        if member.age < min_age:
            notes.append(f"Een medebewoner van {member.age} jaar telt niet mee: jonger dan {min_age} jaar.")
        elif member.kostendeler_uitzondering in exempt:
            notes.append(f"Een medebewoner telt niet mee ({member.kostendeler_uitzondering}).")
        else:
            counting += 1
    if household.kostendelers not in (None, counting):
        notes.append(
            f"Opgegeven waren {household.kostendelers} kostendelers; geteld uit de medebewoners: {counting}."
        )
    return _Sharing(counting, tuple(notes))


def _kostendelersnorm(adults: int, sharing: _Sharing, at_aow: bool, rules: Rules) -> Finding:
    total = adults + sharing.counting
    base = rules.cents("bijstand.norm.gehuwden_aow" if at_aow else "bijstand.norm.gehuwden")
    basis = rules.ratio("bijstand.kostendelersnorm.basis")
    per = rules.ratio("bijstand.kostendelersnorm.per_kostendeler")
    share = (basis + total * per) / total
    per_person = round_half_up(share * base)
    norm = per_person * adults
    return Finding(
        norm,
        (
            f"Er wonen {total} kostendelers in huis. Iedereen deelt de kosten, daarom is de norm lager: "
            f"({basis} + {total} × {per}) / {total} van de gehuwdennorm {euro_text(base)} = "
            f"{euro_text(per_person)} "
            "per persoon per maand, inclusief vakantiegeld.",
            *sharing.notes,
        ),
    )


def vrijlating(case: Case, rules: Rules) -> Finding:
    household = case.household
    earners = [adult for adult in household.adults if net_earnings(adult) > 0 and not adult.has_reached_aow]
    if not earners:
        return Finding(0, ("Er is geen inkomen uit werk, dus ook geen vrijlating.",))
    lines: list[str] = []
    total = 0
    for member in earners:
        amount, text = _member_vrijlating(member, household, rules)
        total += amount
        lines.append(text)
    return Finding(total, tuple(lines))


def _member_vrijlating(member: Member, household: Household, rules: Rules) -> tuple[int, str]:
    earnings = net_earnings(member)
    month = member.months_working or household.months_working
    assumed = "" if month else f" (aangenomen: maand {ASSUMED_FIRST_MONTH} van het werk)"
    month = month or ASSUMED_FIRST_MONTH
    candidates = [
        option
        for option in (
            _general(member, month, rules),
            _single_parent(household, month, rules),
            _medical(member),
        )
        if option is not None
    ]
    if not candidates:
        return 0, f"Van {euro_text(earnings)} loon in maand {month}{assumed} blijft niets vrij."
    best_amount, best_name = max(
        (_capped(earnings, share, cap, rules), name) for share, cap, name in candidates
    )
    return best_amount, (
        f"Van {euro_text(earnings)} netto loon in maand {month}{assumed} blijft {euro_text(best_amount)} "
        "vrij "
        f"({best_name}). Dat deel wordt niet gekort op de bijstand."
    )


_Option = tuple[str, str, str]  # share key, maximum key, name


def _capped(earnings: int, share_key: str, cap_key: str, rules: Rules) -> int:
    return min(round_half_up(earnings * rules.ratio(share_key)), rules.cents(cap_key))


def _general(member: Member, month: int, rules: Rules) -> _Option | None:
    if member.age < rules.whole("bijstand.vrijlating.algemeen.min_leeftijd"):
        return None
    if month > rules.whole("bijstand.vrijlating.algemeen.duur_maanden"):
        return None
    return "bijstand.vrijlating.algemeen.share", "bijstand.vrijlating.algemeen.maximum", "algemene vrijlating"


def _single_parent(household: Household, month: int, rules: Rules) -> _Option | None:
    if household.partner is not None or not children(household):
        return None
    under = rules.whole("bijstand.vrijlating.alleenstaande_ouder.kind_jonger_dan")
    if min(child.age for child in children(household)) >= under:
        return None
    first = rules.whole("bijstand.vrijlating.algemeen.duur_maanden") + 1
    if not first <= month < first + rules.whole("bijstand.vrijlating.alleenstaande_ouder.duur_maanden"):
        return None
    return (
        "bijstand.vrijlating.alleenstaande_ouder.share",
        "bijstand.vrijlating.alleenstaande_ouder.maximum",
        "vrijlating alleenstaande ouder",
    )


def _medical(member: Member) -> _Option | None:
    if not member.medische_urenbeperking:
        return None
    return (
        "bijstand.vrijlating.medische_urenbeperking.share",
        "bijstand.vrijlating.medische_urenbeperking.maximum",
        "vrijlating medische urenbeperking",
    )


def bijstand(case: Case, rules: Rules) -> Finding:
    household = case.household
    if all(adult.has_reached_aow for adult in household.adults):
        return not_applicable("Vanaf de AOW-leeftijd regelt de SVB de aanvulling (AIO), niet de gemeente.")
    norm = case.need("bijstand_norm")
    if norm.amount is None:
        return not_applicable("Er is geen bijstandsnorm voor dit huishouden.")
    single = household.partner is None and not children(household)
    limit = "bijstand.vermogensgrens." + ("alleenstaande" if single else "alleenstaande_ouder_of_gezin")
    if above_capital_limit(household, limit, rules):
        return Finding(0, ("Het vermogen is hoger dan de vermogensgrens. Dan is er geen bijstand.",), (norm,))
    free = case.need("vrijlating")
    earnings = sum(net_earnings(adult) for adult in household.adults)
    counted = max(0, earnings - (free.amount or 0))
    amount = max(0, norm.amount - counted)
    return Finding(
        amount,
        (
            f"Bijstand = norm {euro_text(norm.amount)} − meetellend loon {euro_text(counted)} "
            f"(netto loon {euro_text(earnings)} − vrijlating {euro_text(free.amount or 0)}) = "
            f"{euro_text(amount)} per maand, "
            "inclusief vakantiegeld.",
        ),
        (norm, free),
    )


def betaling_excl_vt(case: Case, rules: Rules) -> Finding:
    total = case.need("bijstand")
    if total.amount is None:
        return not_applicable("Geen bijstand.")
    share = rules.ratio("bijstand.vakantietoeslag.share")
    paid = round_half_up(total.amount * (1 - share))
    return Finding(
        paid,
        (
            f"Elke maand wordt {format_percentage(1 - share)} betaald: {euro_text(paid)}. "
            f"Het vakantiegeld ({euro_text(total.amount - paid)} per maand) wordt één keer per jaar betaald.",
        ),
        (total,),
    )


def vakantietoeslag_reservering(case: Case, rules: Rules) -> Finding:
    total, paid = case.need("bijstand"), case.need("bijstand_betaling_excl_vt")
    if total.amount is None or paid.amount is None:
        return not_applicable("Geen bijstand.")
    saved = total.amount - paid.amount
    return Finding(
        saved,
        (
            f"Per maand wordt {euro_text(saved)} vakantiegeld opgebouwd; "
            f"dat is {euro_text(saved * 12)} per jaar.",
        ),
        (total, paid),
    )


def bijstand_plus_netto_loon(case: Case, rules: Rules) -> Finding:
    total = case.need("bijstand")
    if total.amount is None:
        return not_applicable("Geen bijstand.")
    earnings = sum(net_earnings(adult) for adult in case.household.adults)
    return Finding(
        total.amount + earnings,
        (f"Bijstand {euro_text(total.amount)} + netto loon {euro_text(earnings)}, zonder toeslagen.",),
        (total,),
    )
