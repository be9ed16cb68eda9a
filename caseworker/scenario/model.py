"""Input of the scenario planner: the household, chosen provisions and entered amounts (pydantic 2).

Field names follow `../shared/rules-reference/households.yaml`; camelCase spellings are accepted too.
Unknown fields are refused, so that a typo never silently drops part of the situation. Amounts arrive as
euro strings ("650.00") and are held as integer eurocent.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, model_validator
from pydantic.alias_generators import to_camel
from pydantic_core import ErrorDetails

from caseworker.scenario.money import parse_euros

Role = Literal["aanvrager", "partner", "kind", "kostendeler"]
Domain = Literal["wmo", "jeugd"]
Form = Literal["ZIN", "PGB"]
Unit = Literal["uur", "dagdeel", "dag", "etmaal", "maand"]
KostendelerUitzondering = Literal[
    "student_met_studiefinanciering", "bbl_leerling", "commerciele_kamerhuurder"
]

_UNIT_SPELLINGS = {
    "uren": "uur",
    "dagdelen": "dagdeel",
    "dagen": "dag",
    "etmalen": "etmaal",
    "maanden": "maand",
}


def _euros(value: object) -> int:
    try:
        if isinstance(value, bool) or not isinstance(value, str | int | float | Decimal):
            raise ValueError(value)
        return parse_euros(value)
    except ValueError:
        raise ValueError('must be an amount in euros with at most two decimals, e.g. "650.00"') from None


def _whole_number(low: int, high: int) -> BeforeValidator:
    def check(value: object) -> int:
        text = str(value).strip() if isinstance(value, str | int) and not isinstance(value, bool) else ""
        if not text.isdigit() or not low <= int(text) <= high:
            raise ValueError(f"must be a whole number between {low} and {high}")
        return int(text)

    return BeforeValidator(check)


def _hours(value: object) -> Decimal:
    try:
        hours = (
            Decimal(str(value))
            if isinstance(value, str | int | float) and not isinstance(value, bool)
            else None
        )
    except InvalidOperation:
        hours = None
    if hours is None or not hours.is_finite() or not 0 <= hours <= 168:
        raise ValueError("must be a number of units per week between 0 and 168, e.g. 1.5")
    return hours


def _lower(value: object) -> object:
    return value.strip().lower() if isinstance(value, str) else value


def _form(value: object) -> object:
    return value.strip().upper() if isinstance(value, str) else value


def _unit(value: object) -> object:
    lowered = _lower(value)
    return _UNIT_SPELLINGS.get(lowered, lowered) if isinstance(lowered, str) else lowered


Euros = Annotated[int, BeforeValidator(_euros)]
Age = Annotated[int, _whole_number(0, 120)]
Months = Annotated[int, _whole_number(0, 600)]
UnitsPerWeek = Annotated[Decimal, BeforeValidator(_hours)]


class _Input(BaseModel):
    model_config = ConfigDict(
        extra="forbid", alias_generator=to_camel, validate_by_name=True, validate_by_alias=True, frozen=True
    )


class Member(_Input):
    role: Annotated[Role, BeforeValidator(_lower)]
    age: Age
    aow_reached: bool | None = None
    net_earnings_month: Euros | None = None
    # Instead of net earnings: hours of work per week at a net hourly wage.
    hours_per_week: UnitsPerWeek | None = None
    net_hourly_wage: Euros | None = None
    # Overrides the household's months_working for this person.
    months_working: Months | None = None
    medische_urenbeperking: bool = False
    kostendeler_uitzondering: Annotated[KostendelerUitzondering, BeforeValidator(_lower)] | None = None
    relation: str | None = None  # informative only ("zoon"), as in households.yaml

    @model_validator(mode="after")
    def _one_way_to_give_earnings(self) -> Member:
        if (self.hours_per_week is None) != (self.net_hourly_wage is None):
            raise ValueError("give hours_per_week together with net_hourly_wage")
        if self.hours_per_week is not None and self.net_earnings_month is not None:
            raise ValueError(
                "give either net_earnings_month or hours_per_week with net_hourly_wage, not both"
            )
        return self

    @property
    def has_reached_aow(self) -> bool:
        return bool(self.aow_reached)


class Rent(_Input):
    kale_huur: Euros
    servicekosten: Euros = 0


class Household(_Input):
    members: list[Member] = Field(min_length=1)
    municipality: str | None = None
    # Co-residents (besides applicant and partner) who count as kostendeler; used when they are not listed.
    kostendelers: Annotated[int, _whole_number(0, 20)] | None = None
    rent: Rent | None = None
    toetsingsinkomen_year: Euros | None = None
    vermogen: Euros | None = None
    months_working: Months | None = None
    # Informative in the shared test cases: the months for which the expectations hold.
    valid_for_months_working: list[int | None] | None = None

    @model_validator(mode="after")
    def _one_applicant(self) -> Household:
        roles = [member.role for member in self.members]
        if roles.count("aanvrager") != 1:
            raise ValueError("members must contain exactly one member with role aanvrager")
        if roles.count("partner") > 1:
            raise ValueError("members can contain at most one partner")
        return self

    @property
    def applicant(self) -> Member:
        return next(member for member in self.members if member.role == "aanvrager")

    @property
    def partner(self) -> Member | None:
        return next((member for member in self.members if member.role == "partner"), None)

    @property
    def adults(self) -> list[Member]:
        """The applicant and the partner: the people the bijstand and the toeslagen are for."""
        return [member for member in self.members if member.role in ("aanvrager", "partner")]


class Provision(_Input):
    product: str = Field(min_length=1)
    domain: Annotated[Domain, BeforeValidator(_lower)]
    form: Annotated[Form, BeforeValidator(_form)] | None = None
    units_per_week: UnitsPerWeek
    unit: Annotated[Unit, BeforeValidator(_unit)] | None = None
    # A tariff given with the provision wins over the municipal tariff table.
    tariff_eur: Euros | None = None
    tariff_ref: str | None = None  # informative: where the given tariff comes from


class Scenario(_Input):
    reference_date: dt.date
    household: Household
    provisions: list[Provision] = Field(default_factory=list)
    # "<parameter.key>" or "<outcome>" → amount as the caseworker enters it (euros, or a ratio "0.125").
    entered: dict[str, str | int | float] = Field(default_factory=dict)
    name: str | None = None


def error_messages(error: ValidationError) -> list[str]:
    """Plain messages naming the field, e.g. `household.members[0].age: must be a whole number ...`."""
    return [f"{_location(item['loc'])}: {_message(item)}" for item in error.errors()]


def _location(loc: tuple[int | str, ...]) -> str:
    """("household", "members", 0, "age") → "household.members[0].age"."""
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else f".{part}" if text else str(part)
    return text or "input"


def _message(item: ErrorDetails) -> str:
    kind, message = item["type"], item["msg"]
    if kind == "missing":
        return "is required"
    if kind == "extra_forbidden":
        return "unknown field"
    if kind in ("date_from_datetime_parsing", "date_parsing", "date_type"):
        return "must be a date written as YYYY-MM-DD"
    return message.removeprefix("Value error, ").replace("Input should be", "must be")
