"""The planner's words: outcome names in plain Dutch (B1), amounts, statuses and the "waarom" text.

Everything here only words what the core computed; no amount is changed or derived.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from caseworker.scenario import Outcome
from caseworker.scenario.money import euro_text
from caseworker.scenario.outcome import OutcomeStatus, ParameterUse


def tr(text: str) -> str:
    return QCoreApplication.translate("plan", text)


def outcome_label(key: str) -> str:
    labels = {
        "bijstand_norm": tr("Bijstandsnorm"),
        "bijstand": tr("Bijstand (met vakantiegeld)"),
        "bijstand_betaling_excl_vt": tr("Bijstand die u elke maand krijgt"),
        "vrijlating": tr("Loon dat u mag houden (vrijlating)"),
        "zorgtoeslag": tr("Zorgtoeslag"),
        "kindgebonden_budget": tr("Kindgebonden budget"),
        "kinderbijslag": tr("Kinderbijslag"),
        "huurtoeslag": tr("Huurtoeslag"),
        "wmo_eigen_bijdrage": tr("Eigen bijdrage Wmo"),
        "jeugd_ouderbijdrage": tr("Ouderbijdrage jeugdhulp"),
        "netto_besteedbaar": tr("Wat u per maand overhoudt"),
        "gemeente_kosten": tr("Kosten voor de gemeente"),
    }
    return labels.get(key, key)


def amount_text(amount: int | None, status: OutcomeStatus | None) -> str:
    """The amount as a cell or the PDF shows it, with its status in words (never by colour alone)."""
    if status is None or status == "niet_van_toepassing":
        return tr("niet van toepassing")
    if amount is None:
        return tr("onbekend — handmatig invoeren")
    text = euro_text(amount)
    if status == "ingevoerd":
        return tr("{amount} (ingevoerd)").format(amount=text)
    if status == "model":
        return tr("{amount} (modelwaarde, niet officieel)").format(amount=text)
    return text


def difference_text(difference: int | None) -> str:
    if difference is None:
        return ""
    if difference == 0:
        return tr("gelijk")
    if difference > 0:
        return tr("+ {amount} meer").format(amount=euro_text(difference))
    return tr("− {amount} minder").format(amount=euro_text(-difference))


_PARAMETER_STATUS = {
    "official": "officieel",
    "derived": "berekend uit officiële bedragen",
    "model_only": "modelwaarde uit een rekenmodel, niet officieel",
    "entered": "ingevoerd",
    "fictional": "fictief tarief van de demogemeente",
}


def why_html(outcome: Outcome, *, presentation: bool) -> str:
    """The rule in plain words, then each figure used with its source and date. In presentation mode the
    internal parameter keys are left out."""
    parts = [f"<p><b>{html.escape(outcome.rule)}</b></p>"]
    parts += [f"<p>{html.escape(line)}</p>" for line in outcome.explanation]
    if outcome.missing:
        parts.append(f"<p><b>{html.escape(tr('Wat ontbreekt'))}</b></p><ul>")
        for item in dict.fromkeys(outcome.missing):
            where = f" {tr('Te vinden bij:')} {item.where_to_find}." if item.where_to_find else ""
            name = "" if presentation else f"<code>{html.escape(item.key)}</code>: "
            parts.append(f"<li>{name}{html.escape(item.explanation + where)}</li>")
        parts.append("</ul>")
    if outcome.parameters:
        parts.append(f"<p><b>{html.escape(tr('Gebruikte bedragen en bronnen'))}</b></p><ul>")
        parts += [f"<li>{_parameter_html(use, presentation)}</li>" for use in outcome.parameters]
        parts.append("</ul>")
    return "".join(parts)


def _parameter_html(use: ParameterUse, presentation: bool) -> str:
    status = tr(_PARAMETER_STATUS.get(use.status, use.status))
    since = (
        tr(", geldt vanaf {day}").format(day=use.valid_from.strftime("%d-%m-%Y")) if use.valid_from else ""
    )
    unconfirmed = "" if use.confirmed else tr("; datum of bron niet bevestigd")
    name = "" if presentation else f"<code>{html.escape(use.key)}</code> "
    source = html.escape(use.source)
    return (
        f"{name}{html.escape(use.value)} ({html.escape(status)}{since}{unconfirmed}). {tr('Bron:')} {source}"
    )


def why_tooltip(outcome: Outcome) -> str:
    """The short "waarom" for a tooltip: the rule and its first line of explanation."""
    first = outcome.explanation[0] if outcome.explanation else ""
    return f"{outcome.rule}\n{first}".strip()
