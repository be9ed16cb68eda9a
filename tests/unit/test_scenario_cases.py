"""The shared reference cases (households.yaml, zorgtoeslag-2025.yaml) run through the planner.

An expectation is a correctness test when its provenance is S, L or A and none of its inputs is R; an
expectation that rests on a model_only figure (R) is a model test, run in its own test function with
"model" in its id. Expectations left TODO (value null) must come out unknown and be named as missing.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

from caseworker.scenario.engine import calculate
from caseworker.scenario.model import Scenario
from caseworker.scenario.report import result_json

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "rules-reference"
CASE_FILES = ("households.yaml", "zorgtoeslag-2025.yaml")

# H7b needs the 2025 maximum of the alleenstaande-oudervrijlating, which is missing; its expectations hold
# for any maximum of at least € 100. The 2023 figure is entered, as a caseworker would, to run the case.
ENTERED = {"H07b-alo-deeltijd-800-maand7-36": {"bijstand.vrijlating.alleenstaande_ouder.maximum": "153.38"}}


def _cases() -> list[dict[str, Any]]:
    if not SHARED.is_dir():
        return []
    return [
        case for name in CASE_FILES for case in yaml.safe_load((SHARED / name).read_text(encoding="utf-8"))
    ]


def _kind(expectation: dict[str, Any]) -> str:
    if expectation["provenance"] == "TODO":
        return "todo"
    inputs = str(expectation.get("inputs_provenance", ""))
    return (
        "model"
        if expectation["provenance"] == "R" or "R" in inputs.replace(" ", "").split(",")
        else "correct"
    )


def _months(case: dict[str, Any]) -> list[int | None]:
    """Both ends of the months_working range the expectations hold for (an open end: two years on)."""
    window = case["household"].get("valid_for_months_working")
    if not window:
        return [case["household"].get("months_working")]
    first, last = window
    return [first, last if last is not None else first + 24]


def _params(kind: str) -> list[Any]:
    params = []
    for case in _cases():
        for key, expectation in case["expected"].items():
            if _kind(expectation) != kind:
                continue
            for months in _months(case):
                label = f"{kind}:{case['id']}:{key}" + (f":maand{months}" if len(_months(case)) > 1 else "")
                params.append(pytest.param(case, key, months, id=label))
    return params or [pytest.param(None, None, None, marks=pytest.mark.skip(reason=f"{SHARED} is absent"))]


def _run(case: dict[str, Any], months: int | None) -> dict[str, Any]:
    household = {**case["household"], "months_working": months}
    scenario = Scenario.model_validate(
        {
            "reference_date": case["reference_date"],
            "household": household,
            "provisions": case.get("provisions") or [],
            "entered": ENTERED.get(case["id"], {}),
        }
    )
    return result_json(calculate(scenario))


def _value(monthly: dict[str, str | None], key: str) -> str | None:
    """The planner's value for an expected outcome; `gemeente_kosten_<word>` names a provision by a word."""
    if key in monthly:
        return monthly[key]
    word = key.removeprefix("gemeente_kosten_")
    matches = [name for name in monthly if name.startswith("gemeente_kosten_") and word in name.split("_")]
    assert len(matches) == 1, f"no single provision cost for {key}: {matches}"
    return monthly[matches[0]]


def _check(case: dict[str, Any], key: str, months: int | None) -> None:
    expected = case["expected"][key]["value"]
    got = _value(_run(case, months)["monthly"], key)
    assert got is not None, f"{key} is unknown, expected {expected}"
    assert abs(Decimal(got) - Decimal(expected)) <= Decimal(case["tolerance"]), f"{key}: {got} ≠ {expected}"


@pytest.mark.parametrize(("case", "key", "months"), _params("correct"))
def test_reference_case(case: dict[str, Any], key: str, months: int | None) -> None:
    _check(case, key, months)


@pytest.mark.parametrize(("case", "key", "months"), _params("model"))
def test_reference_case_model_value(case: dict[str, Any], key: str, months: int | None) -> None:
    """Outcomes that rest on model_only figures: they must match, and must be labelled as model values."""
    _check(case, key, months)
    assert _run(case, months)["status"][key] == "model"


@pytest.mark.parametrize(("case", "key", "months"), _params("todo"))
def test_reference_case_left_open_is_reported_missing(
    case: dict[str, Any], key: str, months: int | None
) -> None:
    result = _run(case, months)
    assert result["monthly"][key] is None
    assert any(key in item["outcomes"] for item in result["missing"])


def test_h7b_without_the_missing_maximum_asks_for_it() -> None:
    case = next((c for c in _cases() if c["id"] in ENTERED), None)
    if case is None:
        pytest.skip(f"{SHARED} is absent")
    result = _run({**case, "id": "not-entered"}, 7)
    assert result["monthly"]["vrijlating"] is None
    missing = {item["input"]: item for item in result["missing"]}
    item = missing["bijstand.vrijlating.alleenstaande_ouder.maximum"]
    assert item["enter_as"] == "entered.bijstand.vrijlating.alleenstaande_ouder.maximum"
    assert "bijstand" in item["outcomes"]
