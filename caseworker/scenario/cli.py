"""`caseworker scenario --input FILE.json`: compute a scenario and print the result as JSON.

The input is one scenario (see `model.Scenario`). With a list `scenarios` beside it (at most three), the
input is the current situation and the output compares each scenario with it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from pydantic import Field, ValidationError

from caseworker.scenario.compare import MAX_ALTERNATIVES, compare
from caseworker.scenario.engine import InputError, calculate
from caseworker.scenario.model import Scenario, error_messages
from caseworker.scenario.report import comparison_json, result_json
from caseworker.scenario.tariffs import load_tariffs

EXIT_INVALID = 2


class _Comparison(Scenario):
    scenarios: list[Scenario] = Field(default_factory=list, max_length=MAX_ALTERNATIVES)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--input", required=True, type=Path, help="scenario as JSON (use - for stdin)")
    parser.add_argument("--tariffs", type=Path, help="municipal tariff table (TOML); default: the demo table")


def run(args: argparse.Namespace) -> int:
    try:
        output = _compute(_read(args.input), args.tariffs)
    except (OSError, ValueError) as error:
        print(f"caseworker scenario: {error}", file=sys.stderr)
        return EXIT_INVALID
    json.dump(output, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


def _read(path: Path) -> Any:
    text = sys.stdin.read() if str(path) == "-" else path.read_text(encoding="utf-8")
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise ValueError(f"input is not valid JSON: {error}") from None


def _compute(data: Any, tariff_path: Path | None) -> dict[str, Any]:
    tariffs = load_tariffs(tariff_path) if tariff_path else None
    try:
        request = _Comparison.model_validate(_inherit(data))
    except ValidationError as error:
        raise ValueError("invalid input\n" + "\n".join(error_messages(error))) from None
    try:
        if not request.scenarios:
            return result_json(calculate(request, tariffs=tariffs))
        return comparison_json(compare(request, request.scenarios, tariffs=tariffs))
    except InputError as error:
        raise ValueError(f"invalid input\n{error}") from None


def _inherit(data: Any) -> Any:
    """Alternatives without their own reference_date or entered amounts take those of the current one."""
    if not isinstance(data, dict) or not isinstance(data.get("scenarios"), list):
        return data
    shared = {key: data[key] for key in ("reference_date", "entered") if key in data}
    scenarios = [{**shared, **item} if isinstance(item, dict) else item for item in data["scenarios"]]
    return {**data, "scenarios": scenarios}
