"""The planner's words: outcome names in plain Dutch (B1), amounts, statuses and the "waarom" text.

Everything here only words what the core computed; no amount is changed or derived.
"""

from __future__ import annotations

import html

from caseworker.scenario import Outcome
from caseworker.scenario.money import euro_text
from caseworker.scenario.outcome import OutcomeStatus, ParameterUse
from caseworker.services.plan import NoteKind, PrefillNote
from ui.i18n import translate


def outcome_label(key: str) -> str:
    labels = {
        "bijstand_norm": translate("plan", "Bijstandsnorm"),
        "bijstand": translate("plan", "Bijstand (met vakantiegeld)"),
        "bijstand_betaling_excl_vt": translate("plan", "Bijstand die u elke maand krijgt"),
        "vrijlating": translate("plan", "Loon dat u mag houden (vrijlating)"),
        "zorgtoeslag": translate("plan", "Zorgtoeslag"),
        "kindgebonden_budget": translate("plan", "Kindgebonden budget"),
        "kinderbijslag": translate("plan", "Kinderbijslag"),
        "huurtoeslag": translate("plan", "Huurtoeslag"),
        "wmo_eigen_bijdrage": translate("plan", "Eigen bijdrage Wmo"),
        "jeugd_ouderbijdrage": translate("plan", "Ouderbijdrage jeugdhulp"),
        "netto_besteedbaar": translate("plan", "Wat u per maand overhoudt"),
        "gemeente_kosten": translate("plan", "Kosten voor de gemeente"),
    }
    return labels.get(key, key)


def note_text(note: PrefillNote) -> str:
    """What could not be taken over from the client view, and what to do about it."""
    if note.kind is NoteKind.AGE_UNKNOWN:
        text = translate("plan", "{name}: geboortedatum onbekend, niet meegenomen. Vul de leeftijd in.")
        return text.format(name=note.subject)
    text = translate("plan", "{product}: omvang '{extent}' niet herkend, niet meegenomen.")
    return text.format(product=note.subject, extent=note.value)


def amount_text(amount: int | None, status: OutcomeStatus | None) -> str:
    """The amount as a cell or the PDF shows it, with its status in words (never by colour alone)."""
    if status is None or status == "niet_van_toepassing":
        return translate("plan", "niet van toepassing")
    if amount is None:
        return translate("plan", "onbekend — handmatig invoeren")
    text = euro_text(amount)
    if status == "ingevoerd":
        return translate("plan", "{amount} (ingevoerd)").format(amount=text)
    if status == "model":
        return translate("plan", "{amount} (modelwaarde, niet officieel)").format(amount=text)
    return text


def difference_text(difference: int | None) -> str:
    if difference is None:
        return ""
    if difference == 0:
        return translate("plan", "gelijk")
    if difference > 0:
        return translate("plan", "+ {amount} meer").format(amount=euro_text(difference))
    return translate("plan", "− {amount} minder").format(amount=euro_text(-difference))


def parameter_status(status: str) -> str:
    statuses = {
        "official": translate("plan", "officieel"),
        "derived": translate("plan", "berekend uit officiële bedragen"),
        "model_only": translate("plan", "modelwaarde uit een rekenmodel, niet officieel"),
        "entered": translate("plan", "ingevoerd"),
        "fictional": translate("plan", "fictief tarief van de demogemeente"),
    }
    return statuses.get(status, status)


def why_html(outcome: Outcome, *, presentation: bool) -> str:
    """The rule in plain words, then each figure used with its source and date. In presentation mode the
    internal parameter keys are left out."""
    parts = [f"<p><b>{html.escape(outcome.rule)}</b></p>"]
    parts += [f"<p>{html.escape(line)}</p>" for line in outcome.explanation]
    if outcome.missing:
        missing, find_at = translate("plan", "Wat ontbreekt"), translate("plan", "Te vinden bij:")
        parts.append(f"<p><b>{html.escape(missing)}</b></p><ul>")
        for item in dict.fromkeys(outcome.missing):
            where = f" {find_at} {item.where_to_find}." if item.where_to_find else ""
            name = "" if presentation else f"<code>{html.escape(item.key)}</code>: "
            parts.append(f"<li>{name}{html.escape(item.explanation + where)}</li>")
        parts.append("</ul>")
    if outcome.parameters:
        used = translate("plan", "Gebruikte bedragen en bronnen")
        parts.append(f"<p><b>{html.escape(used)}</b></p><ul>")
        parts += [f"<li>{_parameter_html(use, presentation)}</li>" for use in outcome.parameters]
        parts.append("</ul>")
    return "".join(parts)


def _parameter_html(use: ParameterUse, presentation: bool) -> str:
    status = parameter_status(use.status)
    since = (
        translate("plan", ", geldt vanaf {day}").format(day=use.valid_from.strftime("%d-%m-%Y"))
        if use.valid_from
        else ""
    )
    unconfirmed = "" if use.confirmed else translate("plan", "; datum of bron niet bevestigd")
    name = "" if presentation else f"<code>{html.escape(use.key)}</code> "
    source = html.escape(use.source)
    label = html.escape(translate("plan", "Bron:"))
    return f"{name}{html.escape(use.value)} ({html.escape(status)}{since}{unconfirmed}). {label} {source}"


def why_tooltip(outcome: Outcome) -> str:
    """The short "waarom" for a tooltip: the rule and its first line of explanation."""
    first = outcome.explanation[0] if outcome.explanation else ""
    return f"{outcome.rule}\n{first}".strip()
