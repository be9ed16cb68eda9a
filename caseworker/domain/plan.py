"""A support plan (ondersteuningsplan) made with the client at the kitchen table: goals in the client's own
words, the provisions agreed, who does what by when, and the monthly amounts of the chosen scenario."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from caseworker.scenario.outcome import OutcomeStatus


@dataclass(frozen=True)
class Goal:
    text: str  # as the client said it; never rephrased by the app


@dataclass(frozen=True)
class Agreement:
    wie: str
    wat: str
    wanneer: date


@dataclass(frozen=True)
class AgreedProvision:
    product: str
    form: str  # ZIN or PGB
    units_per_week: str  # "3" or "1.5", as entered
    unit: str  # uur, dagdeel, …


@dataclass(frozen=True)
class PlanAmount:
    """One monthly outcome of the chosen scenario; `amount` is None when it is unknown."""

    key: str
    amount: int | None
    status: OutcomeStatus


@dataclass(frozen=True)
class Plan:
    municipality: str
    made_on: date
    client_name: str
    bsn: str
    zaak_url: str
    zaak_identificatie: str
    caseworker: str
    scenario_name: str
    reference_date: date
    goals: tuple[Goal, ...]
    provisions: tuple[AgreedProvision, ...]
    agreements: tuple[Agreement, ...]
    amounts: tuple[PlanAmount, ...]
    fixed_costs: int | None = None  # kale huur per month, cents (the plan object's vaste_lasten)
    signed: bool = False

    def amount(self, key: str) -> int | None:
        return next((a.amount for a in self.amounts if a.key == key), None)
