"""A municipality's tariff table: what a provision costs the municipality per unit, by date.

The demo municipality ships a fictional table; a real municipality points `load_tariffs` at its own file
in the same layout (the path comes from configuration).
"""

from __future__ import annotations

import datetime as dt
import functools
import tomllib
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from caseworker.resources import resource_path

DEFAULT_TARIFF_FILE = ("rules", "tarieven-voorbeeldstad.toml")


@dataclass(frozen=True)
class Tariff:
    product: str
    domain: str
    unit: str
    form: str
    level: str
    amount: int  # eurocent per unit
    valid_from: dt.date
    source: str


@dataclass(frozen=True)
class Exemptions:
    """Municipal exemptions from the Wmo eigen bijdrage."""

    products: frozenset[str] = frozenset()
    income_share_of_bijstandsnorm: Decimal | None = None


@dataclass(frozen=True)
class TariffTable:
    municipality: str
    fictional: bool
    tariffs: tuple[Tariff, ...]
    exemptions: Exemptions

    def find(
        self, product: str, domain: str, form: str | None, unit: str | None, on: dt.date
    ) -> Tariff | None:
        """The tariff valid on the date; a provision without a stated form is priced in natura (ZIN)."""
        wanted_form = form or "ZIN"
        candidates = [
            tariff
            for tariff in self.tariffs
            if tariff.product.casefold() == product.strip().casefold()
            and tariff.domain == domain
            and tariff.form == wanted_form
            and (unit is None or tariff.unit == unit)
            and tariff.valid_from <= on
        ]
        return max(candidates, key=lambda tariff: tariff.valid_from, default=None)


def load_tariffs(path: Path) -> TariffTable:
    with path.open("rb") as handle:
        document = tomllib.load(handle)
    meta = document.get("meta", {})
    if meta.get("kind") != "tariffs":
        raise ValueError(f'{path}: not a tariff table ([meta] kind = "tariffs" is missing)')
    tariffs = tuple(_tariff(raw) for raw in document.get("tariff", []))
    return TariffTable(
        municipality=meta.get("municipality", path.stem),
        fictional=bool(meta.get("fictional", False)),
        tariffs=tariffs,
        exemptions=_exemptions(document.get("eigen_bijdrage_vrijstelling", [])),
    )


def _tariff(raw: dict[str, Any]) -> Tariff:
    return Tariff(
        product=raw["product"],
        domain=raw["domain"],
        unit=raw["unit"],
        form=raw["form"],
        level=raw.get("level", ""),
        amount=int(raw["amount"]),
        valid_from=raw["valid_from"],
        source=raw["source"],
    )


def _exemptions(rows: list[dict[str, Any]]) -> Exemptions:
    products = frozenset(p.casefold() for row in rows if row["kind"] == "product" for p in row["products"])
    shares = [Decimal(row["share_of_bijstandsnorm"]) for row in rows if row["kind"] == "inkomen"]
    return Exemptions(products, max(shares, default=None))


@functools.cache
def default_tariffs() -> TariffTable:
    """The demo municipality's fictional table (loaded once)."""
    return load_tariffs(resource_path(*DEFAULT_TARIFF_FILE))
