"""Rule parameters as data: dated values from `resources/rules/*.toml`, looked up by reference date.

The lookup takes the entry with the latest `valid_from` on or before the date. When that entry is
`missing`, or no entry applies, the result is `Missing`: an older value is never used instead, because
the amounts change every half year and a stale norm looks plausible while being wrong.
"""

from __future__ import annotations

import datetime as dt
import functools
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Literal

from caseworker.resources import resource_path
from caseworker.scenario.money import parse_euros

Status = Literal["official", "derived", "model_only", "missing", "entered"]
Data = int | Decimal | bool | tuple[str, ...] | Mapping[str, Decimal]

ENTERED_SOURCE = "ingevoerd door de medewerker"


@dataclass(frozen=True)
class ParameterValue:
    key: str
    value: Data
    unit: str
    status: Status
    source: str
    legal_basis: str
    valid_from: dt.date | None
    confirmed: bool = True
    valid_from_is_start: bool = True
    note: str | None = None


@dataclass(frozen=True)
class Missing:
    """No value for this date: the caller shows "onbekend / handmatig invoeren"."""

    key: str
    legal_basis: str
    valid_from: dt.date | None
    where_to_find: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class _Entry:
    valid_from: dt.date
    raw: Mapping[str, Any]


@dataclass(frozen=True)
class Parameter:
    key: str
    description: str
    unit: str
    legal_basis: str
    entries: tuple[_Entry, ...]  # sorted by valid_from

    def at(self, on: dt.date) -> ParameterValue | Missing:
        applicable = [entry for entry in self.entries if entry.valid_from <= on]
        if not applicable:
            return Missing(self.key, self.legal_basis, None, note="geen waarde voor deze datum")
        entry = applicable[-1]
        raw = entry.raw
        if raw["status"] == "missing":
            return Missing(
                self.key, self.legal_basis, entry.valid_from, raw.get("where_to_find"), raw.get("note")
            )
        unit = raw.get("unit", self.unit)
        return ParameterValue(
            key=self.key,
            value=_convert(raw["value"], unit),
            unit=unit,
            status=raw["status"],
            source=raw["source"],
            legal_basis=self.legal_basis,
            valid_from=entry.valid_from,
            confirmed=raw.get("confirmed", True),
            valid_from_is_start=raw.get("valid_from_is_start", True),
            note=raw.get("note"),
        )


def _convert(raw: Any, unit: str) -> Data:
    if unit == "ratio":
        return Decimal(raw)
    if unit == "ratio_by_number_of_kostendelers":
        return {count: Decimal(share) for count, share in raw.items()}
    if unit == "list":
        return tuple(raw)
    if isinstance(raw, bool | int):
        return raw
    raise ValueError(f"unexpected value {raw!r} for unit {unit}")


@dataclass(frozen=True)
class ParameterSet:
    parameters: Mapping[str, Parameter]
    entered: Mapping[str, Data] = field(default_factory=dict)
    # A sweep asks the same figures many times; the set never changes, so answers are kept.
    _answers: dict[tuple[str, dt.date], ParameterValue | Missing] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def lookup(self, key: str, on: dt.date) -> ParameterValue | Missing:
        answer = self._answers.get((key, on))
        if answer is None:
            answer = self._answers[key, on] = self._lookup(key, on)
        return answer

    def _lookup(self, key: str, on: dt.date) -> ParameterValue | Missing:
        parameter = self.parameters[key]
        if key in self.entered:
            return ParameterValue(
                key, self.entered[key], parameter.unit, "entered", ENTERED_SOURCE, parameter.legal_basis, None
            )
        return parameter.at(on)

    def with_entered(self, entered: Mapping[str, Data]) -> ParameterSet:
        unknown = set(entered) - set(self.parameters)
        if unknown:
            raise KeyError(", ".join(sorted(unknown)))
        return ParameterSet(self.parameters, {**self.entered, **entered})

    def parse_entered(self, key: str, text: str | int | float) -> Data:
        """Turn a caseworker's entry ("153.38" euros, "0.125", "6") into the parameter's own unit."""
        unit = self.parameters[key].unit
        if unit.startswith("eurocent"):
            return parse_euros(text)
        if unit == "ratio":
            try:
                ratio = Decimal(str(text))
            except InvalidOperation:
                raise ValueError(text) from None
            if not ratio.is_finite() or not 0 <= ratio <= 1:
                raise ValueError(text)
            return ratio
        if unit in ("years", "months") and str(text).isdigit():
            return int(str(text))
        raise ValueError(text)


def load_parameters(files: Iterable[Path]) -> ParameterSet:
    parameters: dict[str, Parameter] = {}
    for path in files:
        with path.open("rb") as handle:
            document = tomllib.load(handle)
        if document.get("meta", {}).get("kind") != "parameters":
            continue
        for table in document["parameter"]:
            if table["key"] in parameters:
                raise ValueError(f"{path.name}: parameter {table['key']} is defined twice")
            parameters[table["key"]] = _parameter(table)
    return ParameterSet(parameters)


def _parameter(table: Mapping[str, Any]) -> Parameter:
    entries = sorted((_Entry(raw["valid_from"], raw) for raw in table["values"]), key=lambda e: e.valid_from)
    return Parameter(table["key"], table["description"], table["unit"], table["legal_basis"], tuple(entries))


@functools.cache
def default_parameters() -> ParameterSet:
    """The parameters shipped with the application (loaded once)."""
    return load_parameters(sorted(resource_path("rules").glob("*.toml")))
