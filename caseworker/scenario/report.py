"""Results as JSON-ready data: amounts as euro strings, the "waarom" breakdown and what is missing."""

from __future__ import annotations

from typing import Any

from caseworker.scenario.compare import Comparison, SweepPoint
from caseworker.scenario.engine import ENTERABLE_OUTCOMES, ScenarioResult
from caseworker.scenario.money import format_euros, format_ratio
from caseworker.scenario.outcome import MissingInput, Outcome, ParameterUse
from caseworker.scenario.parameters import default_parameters

_MARKERS = {
    "model_only": "modelwaarde uit een rules-as-code-model, niet officieel",
    "entered": "ingevoerd",
    "fictional": "fictief tarief van de demogemeente",
    "derived": "berekend uit officiële bedragen",
}


def result_json(result: ScenarioResult) -> dict[str, Any]:
    return {
        "name": result.name,
        "reference_date": result.reference_date.isoformat(),
        "monthly": {key: outcome_value(outcome) for key, outcome in result.outcomes.items()},
        "status": {key: outcome.status for key, outcome in result.outcomes.items()},
        "breakdown": [_breakdown(outcome) for outcome in result.outcomes.values()],
        "missing": _missing(result),
    }


def comparison_json(comparison: Comparison) -> dict[str, Any]:
    """The current situation, each scenario with its difference per outcome, and a table per outcome."""
    current = comparison.current
    scenarios = [
        {
            **result_json(alternative),
            "difference": {
                key: format_euros(comparison.difference(alternative, key)) for key in alternative.outcomes
            },
        }
        for alternative in comparison.alternatives
    ]
    keys = list(
        dict.fromkeys(key for result in (current, *comparison.alternatives) for key in result.outcomes)
    )
    table = [
        {
            "outcome": key,
            "current": _value(current, key),
            "scenarios": [
                {
                    "value": _value(alternative, key),
                    "difference": format_euros(comparison.difference(alternative, key)),
                }
                for alternative in comparison.alternatives
            ],
        }
        for key in keys
    ]
    return {"current": result_json(current), "scenarios": scenarios, "comparison": table}


def _value(result: ScenarioResult, key: str) -> str | None:
    outcome = result.outcomes.get(key)
    return None if outcome is None else outcome_value(outcome)


def sweep_json(points: list[SweepPoint]) -> list[dict[str, Any]]:
    return [
        {
            "hours_per_week": None if point.hours_per_week is None else str(point.hours_per_week),
            "net_earnings": format_euros(point.net_earnings),
            "net_income": format_euros(point.net_income),
            "bijstand_plus_netto_loon": format_euros(point.bijstand_plus_netto_loon),
            "marginal_rate": format_ratio(point.marginal_rate),
        }
        for point in points
    ]


def outcome_value(outcome: Outcome) -> str | None:
    if outcome.key == "effectieve_marginale_druk":
        return format_ratio(outcome.ratio)
    return format_euros(outcome.amount)


def _breakdown(outcome: Outcome) -> dict[str, Any]:
    return {
        "outcome": outcome.key,
        "rule": outcome.rule,
        "value": outcome_value(outcome),
        "status": outcome.status,
        "explanation": list(outcome.explanation),
        "parameters": [_parameter(use) for use in outcome.parameters],
        "uses": list(outcome.uses),
    }


def _parameter(use: ParameterUse) -> dict[str, Any]:
    markers = [_MARKERS[use.status]] if use.status in _MARKERS else []
    if not use.confirmed:
        markers.append("bedrag officieel, datum of bron niet bevestigd")
    if not use.valid_from_is_start:
        markers.append("gold al vóór deze datum; de bron noemt geen begindatum")
    return {
        "key": use.key,
        "value": use.value,
        "status": use.status,
        "source": use.source,
        "legal_basis": use.legal_basis,
        "valid_from": use.valid_from.isoformat() if use.valid_from else None,
        "markers": markers,
    }


def _missing(result: ScenarioResult) -> list[dict[str, Any]]:
    """Each missing input once, with the outcomes it leaves unknown and how to enter it."""
    found: dict[str, tuple[MissingInput, list[str]]] = {}
    for outcome_key, item in result.missing():
        found.setdefault(item.key, (item, []))[1].append(outcome_key)
    return [
        {
            "input": key,
            "outcomes": outcomes,
            "explanation": item.explanation,
            "where_to_find": item.where_to_find,
            "enter_as": enter_as(key),
        }
        for key, (item, outcomes) in found.items()
    ]


def enter_as(key: str) -> str | None:
    """Where a caller supplies a missing input: `entered.<key>` or a field of the input."""
    if key in ENTERABLE_OUTCOMES or key in default_parameters().parameters:
        return f"entered.{key}"
    if key.startswith("household."):
        return key
    if key.startswith("tarief."):
        return "provisions[].tariff_eur"
    return None
