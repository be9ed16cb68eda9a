"""Results of the calculators: an amount per outcome with the rule, the parameters used and their source."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from caseworker.scenario.money import Cents, euro_text, format_percentage
from caseworker.scenario.parameters import Missing, ParameterValue

# ok: official (and derived) figures only; model: uses a model_only figure, never shown as official;
# ingevoerd: uses an amount the caseworker entered; onbekend: a figure is missing ("handmatig invoeren").
OutcomeStatus = Literal["ok", "model", "ingevoerd", "onbekend", "niet_van_toepassing"]
_SEVERITY: tuple[OutcomeStatus, ...] = ("onbekend", "model", "ingevoerd", "ok")


@dataclass(frozen=True, slots=True)
class ParameterUse:
    """One figure a rule used, as the "waarom" breakdown shows it."""

    key: str
    value: str
    status: str  # official | derived | model_only | entered | fictional (demo tariff)
    source: str
    legal_basis: str
    valid_from: dt.date | None = None
    confirmed: bool = True
    valid_from_is_start: bool = True

    @classmethod
    def of(cls, used: ParameterValue) -> ParameterUse:
        return cls(
            key=used.key,
            value=_display(used),
            status=used.status,
            source=used.source,
            legal_basis=used.legal_basis,
            valid_from=used.valid_from,
            confirmed=used.confirmed,
            valid_from_is_start=used.valid_from_is_start,
        )


_PER = {
    "eurocent": "",
    "eurocent_per_month": " per maand",
    "eurocent_per_year": " per jaar",
    "eurocent_per_quarter": " per kwartaal",
    "eurocent_per_4_weeks": " per 4 weken",
    "eurocent_per_hour": " per uur",
}


def _display(used: ParameterValue) -> str:
    value = used.value
    if used.unit in _PER and isinstance(value, int):
        return euro_text(value) + _PER[used.unit]
    if isinstance(value, Decimal):
        return format_percentage(value)
    if isinstance(value, tuple):
        return ", ".join(value)
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, Mapping):
        return "; ".join(f"{count}: {format_percentage(share)}" for count, share in value.items())
    return f"{value} {_UNITS.get(used.unit, used.unit)}"


_UNITS = {"years": "jaar", "months": "maanden"}


@dataclass(frozen=True, slots=True)
class MissingInput:
    """A figure that is needed but unknown: the parameter key, or the household field, to enter."""

    key: str
    explanation: str
    where_to_find: str | None = None

    @classmethod
    def of(cls, missing: Missing) -> MissingInput:
        since = f" vanaf {missing.valid_from.isoformat()}" if missing.valid_from else " op deze datum"
        return cls(
            missing.key, f"Geen bekend bedrag{since}. Onbekend / handmatig invoeren.", missing.where_to_find
        )


@dataclass(frozen=True, slots=True)
class Outcome:
    key: str
    amount: Cents | None
    status: OutcomeStatus
    rule: str
    explanation: tuple[str, ...] = ()
    used: tuple[ParameterValue | ParameterUse, ...] = ()  # shown through `parameters`
    missing: tuple[MissingInput, ...] = ()
    ratio: Decimal | None = None  # for outcomes that are a ratio, not an amount
    uses: tuple[str, ...] = field(default=())  # outcomes this one is computed from

    @property
    def parameters(self) -> tuple[ParameterUse, ...]:
        return tuple(use if isinstance(use, ParameterUse) else ParameterUse.of(use) for use in self.used)

    @property
    def amount_or_zero(self) -> Cents:
        """For totals: an outcome that does not apply adds nothing."""
        return self.amount or 0


def combined_status(statuses: Iterable[OutcomeStatus]) -> OutcomeStatus:
    """The status that matters most: unknown before model before entered before ok."""
    present = set(statuses)
    return next(status for status in _SEVERITY if status in present)
