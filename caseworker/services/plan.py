"""The scenario planner for one client, and the plan that comes out of it (DESIGN §8).

* `prefill` turns a client view into the current situation: the household from the BRP (aanvrager,
  partner, children, kostendelers) and the voorzieningen the client has now, priced by the municipality's
  tariff table. What the BRP cannot tell (an unknown birth date, an omvang that is not "N unit per week")
  is left out and named in `Prefill.notes`, never guessed.
* `ScenarioDraft` is what a front-end edits; `draft.scenario()` makes the engine's input of it.
* `income_chart` gives the lines of net income against hours worked, the "u bent hier" hours and the
  ranges where more work does not raise net income (armoedeval), all computed here.
* `build_plan` checks what the client and caseworker agreed; `write_plan` queues the rendered PDF and the
  plan object in one transaction and logs the export.
"""

from __future__ import annotations

import base64
import datetime as dt
import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import StrEnum
from typing import Any

from pydantic import ValidationError

from caseworker.domain.client import Case, ClientView
from caseworker.domain.household import Member, Relation
from caseworker.domain.plan import AgreedProvision, Agreement, Goal, Plan, PlanAmount
from caseworker.errors import KnownError
from caseworker.scenario import ENTERABLE_OUTCOMES, InputError, Scenario, ScenarioResult, sweep
from caseworker.scenario.engine import prepare
from caseworker.scenario.model import Role
from caseworker.scenario.money import format_euros, parse_euros, round_half_up
from caseworker.scenario.parameters import default_parameters
from caseworker.scenario.tariffs import Tariff, TariffTable, default_tariffs
from caseworker.security.audit import Action, ProcessingLog
from caseworker.store import Store, Writer
from caseworker.store import outbox_queries as q
from caseworker.sync.outbox import Kind, enqueue

# The rows of the comparison, in the order the client reads them: income first, then what is paid,
# then the total, then what the municipality pays.
PLAN_OUTCOMES = (
    "bijstand_norm",
    "bijstand",
    "bijstand_betaling_excl_vt",
    "vrijlating",
    "zorgtoeslag",
    "kindgebonden_budget",
    "kinderbijslag",
    "huurtoeslag",
    "wmo_eigen_bijdrage",
    "jeugd_ouderbijdrage",
    "netto_besteedbaar",
    "gemeente_kosten",
)
# What the municipality pays for care is for the organisation, not for the screen turned to the client.
INTERNAL_OUTCOMES = frozenset({"gemeente_kosten"})
PLAN_DOMAINS = ("wmo", "jeugd")
CHART_HOURS = tuple(range(0, 41))
# The sandbox catalogus (caseworker/sandbox/generate/catalogi.py) names the plan's document type so.
PLAN_DOCUMENT_TYPE = "Ondersteuningsplan"
PLAN_OBJECTTYPE, PLAN_OBJECTTYPE_VERSION = "plan", 1
PLAN_PURPOSE = "ondersteuningsplan opstellen (Wmo/Jeugdwet)"
_OMVANG = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s+(\w+)\s+per week\s*$")
_WEEKS_PER_MONTH = Decimal(52) / Decimal(12)


# -- the draft a front-end edits ----------------------------------------------------------------------


@dataclass(frozen=True)
class DraftMember:
    role: Role
    age: int
    name: str
    counts: bool = True  # a household tweak: leave someone out ("what if the son moves out?")


@dataclass(frozen=True)
class Work:
    """The applicant's work: hours at a net hourly wage, or net earnings per month; cents."""

    hours_per_week: Decimal | None = None
    net_hourly_wage: int | None = None
    net_earnings_month: int | None = None
    months_working: int | None = None

    @property
    def monthly(self) -> int:
        if self.hours_per_week is not None and self.net_hourly_wage is not None:
            return round_half_up(self.hours_per_week * _WEEKS_PER_MONTH * self.net_hourly_wage)
        return self.net_earnings_month or 0


@dataclass(frozen=True)
class ProvisionDraft:
    product: str
    domain: str
    form: str
    unit: str | None
    units_per_week: Decimal
    tariff: int | None = None  # cents per unit, entered when the tariff table has none

    def agreed(self) -> AgreedProvision:
        return AgreedProvision(self.product, self.form, f"{self.units_per_week:g}", self.unit or "")


@dataclass(frozen=True)
class ScenarioDraft:
    name: str
    reference_date: dt.date
    members: tuple[DraftMember, ...]
    work: Work = Work()
    provisions: tuple[ProvisionDraft, ...] = ()
    entered: Mapping[str, str] = field(default_factory=dict)
    rent: int | None = None  # kale huur per month, cents; None when not known

    def scenario(self) -> Scenario:
        """The engine's input. Raises KnownError when the draft cannot be calculated."""
        members = [self._member(m) for m in self.members if m.counts]
        household: dict[str, Any] = {"members": members}
        if self.rent is not None:
            household["rent"] = {"kale_huur": format_euros(self.rent)}
        data = {
            "reference_date": self.reference_date,
            "name": self.name,
            "household": household,
            "provisions": [_provision_input(p) for p in self.provisions],
            "entered": dict(self.entered),
        }
        try:
            return Scenario.model_validate(data)
        except ValidationError as error:
            raise KnownError(f"Deze situatie kan niet worden berekend: {error.errors()[0]['msg']}.") from None

    def _member(self, member: DraftMember) -> dict[str, Any]:
        data: dict[str, Any] = {"role": member.role, "age": member.age, "relation": member.name or None}
        if member.role == "aanvrager":
            work = self.work
            if work.hours_per_week is not None and work.net_hourly_wage is not None:
                data |= {
                    "hours_per_week": str(work.hours_per_week),
                    "net_hourly_wage": format_euros(work.net_hourly_wage),
                }
            elif work.net_earnings_month is not None:
                data["net_earnings_month"] = format_euros(work.net_earnings_month)
            if work.months_working is not None:
                data["months_working"] = work.months_working
        return data

    def with_entered(self, key: str, text: str) -> ScenarioDraft:
        """The draft with a missing figure entered ("153,38" or "0,125"); raises KnownError when the text is
        not a figure of the right kind. A missing tariff goes into the provisions (`tarief.<product>`)."""
        value = text.strip().replace(",", ".")
        if key.startswith("tarief."):
            return self._with_tariff(key.removeprefix("tarief."), value)
        if key not in ENTERABLE_OUTCOMES and key not in default_parameters().parameters:
            raise KnownError("Dit gegeven kan niet hier worden ingevoerd.")
        candidate = replace(self, entered={**self.entered, key: value})
        try:
            prepare(candidate.scenario())
        except InputError:
            raise KnownError(_ENTER_HINT) from None
        return candidate

    def _with_tariff(self, product: str, value: str) -> ScenarioDraft:
        try:
            tariff = parse_euros(value)
        except ValueError:
            raise KnownError(_ENTER_HINT) from None
        provisions = tuple(replace(p, tariff=tariff) if p.product == product else p for p in self.provisions)
        return replace(self, provisions=provisions)


_ENTER_HINT = "Schrijf een bedrag als 153,38 of een deel als 0,125."


def _provision_input(provision: ProvisionDraft) -> dict[str, Any]:
    data: dict[str, Any] = {
        "product": provision.product,
        "domain": provision.domain,
        "form": provision.form,
        "unit": provision.unit,
        "units_per_week": str(provision.units_per_week),
    }
    if provision.tariff is not None:
        data["tariff_eur"] = format_euros(provision.tariff)
    return data


def can_enter(key: str) -> bool:
    """Whether a missing input can be entered by the caseworker (not, e.g., an AOW benefit)."""
    return key in ENTERABLE_OUTCOMES or key in default_parameters().parameters or key.startswith("tarief.")


def entered_everywhere(key: str) -> bool:
    """Whether a figure entered in one column holds for every column: a rule parameter or a tariff is the
    same whatever the scenario; an amount from a decision letter (huurtoeslag) belongs to one situation."""
    return key not in ENTERABLE_OUTCOMES


# -- prefill from the client view -----------------------------------------------------------------------


class NoteKind(StrEnum):
    """What could not be taken over from the client view into the current situation."""

    AGE_UNKNOWN = "age_unknown"  # a household member without a date of birth: left out
    EXTENT_UNKNOWN = "extent_unknown"  # a provision whose omvang was not recognised: left out


@dataclass(frozen=True)
class PrefillNote:
    """One thing the caseworker has to fill in by hand; the UI words it (`str` is the Dutch wording)."""

    kind: NoteKind
    subject: str  # the member's name or the provision's product
    value: str = ""  # the omvang that was not recognised

    def __str__(self) -> str:
        if self.kind is NoteKind.AGE_UNKNOWN:
            return f"{self.subject}: geboortedatum onbekend, niet meegenomen. Vul de leeftijd in."
        return f"{self.subject}: omvang '{self.value}' niet herkend, niet meegenomen."


@dataclass(frozen=True)
class Prefill:
    current: ScenarioDraft
    notes: tuple[PrefillNote, ...]  # what could not be taken over, for the caseworker


def prefill(view: ClientView, *, on: dt.date, tariffs: TariffTable | None = None) -> Prefill:
    """The client's current situation on `on`. Raises KnownError when the client's own age is unknown."""
    tariffs = tariffs or default_tariffs()
    applicant_age = view.person.age(on)
    if applicant_age is None:
        raise KnownError(
            "De geboortedatum van de inwoner is onbekend; de berekening kan niet zonder leeftijd."
        )
    members, notes = household_members(view.household, on)
    provisions, more = current_provisions(view, on, tariffs)
    applicant = DraftMember("aanvrager", applicant_age, view.person.naam)
    draft = ScenarioDraft(
        name="Huidige situatie",
        reference_date=on,
        members=(applicant, *members),
        provisions=provisions,
    )
    return Prefill(draft, (*notes, *more))


def household_members(
    household: Sequence[Member], on: dt.date
) -> tuple[list[DraftMember], list[PrefillNote]]:
    """The BRP household at the client's address as scenario roles: the partner, children under 18, and
    every other adult as a kostendeler (the engine decides who counts: age, exemptions). Family living
    elsewhere is not part of the household for the bijstand and the toeslagen."""
    members: list[DraftMember] = []
    notes: list[PrefillNote] = []
    for member in household:
        if not member.same_address or member.person.indications.overleden:
            continue
        age = member.person.age(on)
        if age is None:
            notes.append(PrefillNote(NoteKind.AGE_UNKNOWN, member.person.naam))
            continue
        members.append(DraftMember(_role(member.relation, age), age, member.person.naam))
    return members, notes


def _role(relation: Relation, age: int) -> Role:
    if relation is Relation.PARTNER:
        return "partner"
    if relation is Relation.KIND and age < 18:
        return "kind"
    return "kostendeler"


def current_provisions(
    view: ClientView, on: dt.date, tariffs: TariffTable
) -> tuple[tuple[ProvisionDraft, ...], list[PrefillNote]]:
    """Active Wmo/Jeugd voorzieningen with a weekly omvang; one-off provisions (a wheelchair) have no
    monthly cost to compare. A product missing from the tariff table stays in, its cost "onbekend"."""
    drafts: list[ProvisionDraft] = []
    notes: list[PrefillNote] = []
    for provision in view.provisions:
        if not provision.active(on) or provision.domein not in PLAN_DOMAINS:
            continue
        match = _OMVANG.match(provision.omvang)
        if match is None:
            if provision.omvang:
                notes.append(PrefillNote(NoteKind.EXTENT_UNKNOWN, provision.product, provision.omvang))
            continue
        units = Decimal(match.group(1).replace(",", "."))
        form = provision.vorm.upper() or "ZIN"
        drafts.append(ProvisionDraft(provision.product, provision.domein, form, match.group(2), units))
    return tuple(drafts), notes


def tariff_choices(tariffs: TariffTable, on: dt.date) -> list[Tariff]:
    """The products a scenario can choose: each product/domain/form/unit once, at its tariff on the date."""
    chosen: dict[tuple[str, str, str, str], Tariff] = {}
    for tariff in tariffs.tariffs:
        key = (tariff.product, tariff.domain, tariff.form, tariff.unit)
        if tariff.valid_from <= on and (key not in chosen or chosen[key].valid_from < tariff.valid_from):
            chosen[key] = tariff
    return sorted(chosen.values(), key=lambda t: (t.domain, t.product, t.form))


def provision_of(tariff: Tariff, units_per_week: Decimal) -> ProvisionDraft:
    return ProvisionDraft(tariff.product, tariff.domain, tariff.form, tariff.unit, units_per_week)


def plan_cases(view: ClientView) -> list[Case]:
    """The open Wmo and Jeugd zaken a plan can belong to (newest first, as the view lists them)."""
    return [case for case in view.cases if case.is_open and case.domain in PLAN_DOMAINS]


# -- the chart ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChartPoint:
    hours: Decimal
    net_income: int | None  # cents per month; None where a figure is unknown (drawn as a gap)


@dataclass(frozen=True)
class ChartLine:
    name: str
    points: tuple[ChartPoint, ...]
    marker: ChartPoint  # where this situation's own hours put it on the line


@dataclass(frozen=True)
class IncomeChart:
    wage: int | None  # the net hourly wage the lines assume; None: no scenario names one
    lines: tuple[ChartLine, ...]  # the current situation first
    here: Decimal | None  # the client's hours now ("u bent hier")
    traps: tuple[tuple[Decimal, Decimal], ...]  # hour ranges of the current situation's armoedeval

    @property
    def has_gaps(self) -> bool:
        return any(point.net_income is None for line in self.lines for point in line.points)


def income_chart(drafts: Sequence[ScenarioDraft], hours: Sequence[int] = CHART_HOURS) -> IncomeChart:
    """Net income against the applicant's hours per week for the current situation (`drafts[0]`) and each
    scenario, all at one net hourly wage: the current one's, else the first scenario's that has one."""
    wage = next((d.work.net_hourly_wage for d in drafts if d.work.net_hourly_wage), None)
    if wage is None or not drafts:
        return IncomeChart(None, (), None, ())
    lines = tuple(_line(draft, hours, wage) for draft in drafts)
    return IncomeChart(wage, lines, lines[0].marker.hours, poverty_trap_ranges(lines[0].points))


def _line(draft: ScenarioDraft, hours: Sequence[int], wage: int) -> ChartLine:
    """The sweep over `hours`, plus one more point at the draft's own hours for its marker."""
    own = _hours_now(draft.work, wage)
    swept = sweep(draft.scenario(), hours=[*hours, own], net_hourly_wage=wage)
    *points, marker = (ChartPoint(p.hours_per_week or Decimal(0), p.net_income) for p in swept)
    return ChartLine(draft.name, tuple(points), marker)


def _hours_now(work: Work, wage: int) -> Decimal:
    if work.hours_per_week is not None:
        return work.hours_per_week
    return (Decimal(work.monthly) / (_WEEKS_PER_MONTH * wage)).quantize(Decimal("0.1"))


def poverty_trap_ranges(points: Sequence[ChartPoint]) -> tuple[tuple[Decimal, Decimal], ...]:
    """Hour ranges where working more does not raise net income: between two neighbouring known points
    the income stays the same or drops (an effective marginal rate of 100 % or more). Touching ranges are
    merged; a step with an unknown income is no evidence either way and is left out."""
    ranges: list[tuple[Decimal, Decimal]] = []
    for before, after in itertools.pairwise(points):
        if before.net_income is None or after.net_income is None or after.net_income > before.net_income:
            continue
        if ranges and ranges[-1][1] == before.hours:
            ranges[-1] = (ranges[-1][0], after.hours)
        else:
            ranges.append((before.hours, after.hours))
    return tuple(ranges)


# -- the plan -------------------------------------------------------------------------------------------


def municipality_name(tariffs: TariffTable | None = None) -> str:
    return f"Gemeente {(tariffs or default_tariffs()).municipality}"


def build_plan(
    *,
    view: ClientView,
    draft: ScenarioDraft,
    result: ScenarioResult,
    case: Case,
    goals: Sequence[str],
    agreements: Sequence[tuple[str, str, str]],
    caseworker: str,
    made_on: dt.date,
    signed: bool = False,
    tariffs: TariffTable | None = None,
) -> Plan:
    """The plan as agreed; raises KnownError naming what is still missing or wrong."""
    kept = tuple(Goal(text.strip()) for text in goals if text.strip())
    if not kept:
        raise KnownError("Schrijf minstens één doel op, in de woorden van de inwoner.")
    if any(len(goal.text) > 500 for goal in kept):
        raise KnownError("Een doel is langer dan 500 tekens. Maak het korter of splits het.")
    return Plan(
        municipality=municipality_name(tariffs),
        made_on=made_on,
        client_name=view.person.naam,
        bsn=view.bsn,
        zaak_url=case.url,
        zaak_identificatie=case.identificatie,
        caseworker=caseworker,
        scenario_name=draft.name,
        reference_date=draft.reference_date,
        goals=kept,
        provisions=tuple(p.agreed() for p in draft.provisions),
        agreements=tuple(_agreement(*row) for row in agreements if any(part.strip() for part in row)),
        amounts=tuple(
            PlanAmount(key, result.outcomes[key].amount, result.outcomes[key].status)
            for key in PLAN_OUTCOMES
            if key in result.outcomes
        ),
        fixed_costs=draft.rent,
        signed=signed,
    )


def _agreement(wie: str, wat: str, wanneer: str) -> Agreement:
    if not wie.strip() or not wat.strip():
        raise KnownError("Elke afspraak heeft een 'wie' en een 'wat'.")
    if len(wie.strip()) > 200 or len(wat.strip()) > 500:
        raise KnownError("Een afspraak is te lang: 'wie' hoogstens 200 tekens, 'wat' hoogstens 500.")
    return Agreement(wie.strip(), wat.strip(), parse_day(wanneer))


def parse_day(text: str) -> dt.date:
    """`31-12-2026` (as Dutch users write it) or `2026-12-31`."""
    cleaned = text.strip()
    for pattern in ("%d-%m-%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(cleaned, pattern).date()
        except ValueError:
            continue
    raise KnownError(f"'{cleaned}' is geen datum. Schrijf de datum als 31-12-2026.")


def plan_object_data(plan: Plan) -> dict[str, Any]:
    """The `plan` object (resources/objecttypes/plan-v1.json) without its document, which the outbox fills
    in once the PDF is stored. Amounts must be known: a plan never carries a guessed figure."""
    income = plan.amount("netto_besteedbaar")
    contributions = [plan.amount("wmo_eigen_bijdrage"), plan.amount("jeugd_ouderbijdrage")]
    if income is None or any(part is None for part in contributions):
        raise KnownError(
            "Het netto inkomen of de eigen bijdrage is nog onbekend. Vul eerst de ontbrekende bedragen in."
        )
    if plan.fixed_costs is None:
        raise KnownError("Vul de huur in bij het huishouden (0 als er geen huur is).")
    return {
        "bsn": plan.bsn,
        "zaak": plan.zaak_url,
        "doelen": [goal.text for goal in plan.goals],
        "afspraken": [
            {"wie": a.wie, "wat": a.wat, "wanneer": a.wanneer.isoformat()} for a in plan.agreements
        ],
        "scenario": {
            "omschrijving": plan.scenario_name[:200],
            "netto_inkomen_cent": max(income, 0),
            "eigen_bijdrage_cent": sum(part or 0 for part in contributions),
            "vaste_lasten_cent": plan.fixed_costs,
        },
        "document": None,
        "status": "ondertekend" if plan.signed else "concept",
    }


@dataclass(frozen=True)
class SavedPlan:
    """What changed: the two outbox entries (document first; the object waits for it)."""

    document_op: str
    object_op: str
    bsn: str


def plan_file_name(plan: Plan) -> str:
    return f"ondersteuningsplan-{plan.zaak_identificatie or 'zaak'}-{plan.made_on.isoformat()}.pdf"


def write_plan(
    writer: Writer, *, plan: Plan, pdf: bytes, user: str, author: str, now: dt.datetime
) -> SavedPlan:
    """Queue the PDF as a Documenten document and the plan object pointing at it, both linked to the zaak,
    and log the export, in the caller's transaction: all of it or nothing. Needs no network."""
    if not pdf.startswith(b"%PDF"):
        raise ValueError("write_plan needs the rendered PDF")
    data = plan_object_data(plan)
    zaak = q.raw_document(q.connection(writer), plan.zaak_url) or {}
    if not zaak.get("bronorganisatie"):
        raise KnownError(
            "De zaak is nog niet opgehaald. Open de zaak eerst met verbinding en probeer opnieuw."
        )
    record_key = f"plan:{plan.zaak_url}"
    document_op = enqueue(
        writer,
        kind=Kind.DOCUMENT,
        record_key=record_key,
        bsn=plan.bsn,
        now=now,
        payload={
            "titel": f"Ondersteuningsplan {plan.made_on:%d-%m-%Y}",
            "bestandsnaam": plan_file_name(plan),
            "formaat": "application/pdf",
            "content_b64": base64.b64encode(pdf).decode(),
            "informatieobjecttype": PLAN_DOCUMENT_TYPE,
            "bronorganisatie": zaak["bronorganisatie"],
            "auteur": author or user,
            "zaak_url": plan.zaak_url,
            "vertrouwelijkheidaanduiding": "vertrouwelijk",
        },
    )
    object_op = enqueue(
        writer,
        kind=Kind.OBJECT,
        record_key=record_key,
        bsn=plan.bsn,
        now=now,
        payload={
            "objecttype": PLAN_OBJECTTYPE,
            "version": PLAN_OBJECTTYPE_VERSION,
            "data": data,
            "zaak_url": plan.zaak_url,
            "relatie": "ondersteuningsplan",
            "depends_on": document_op,
            "dependency_field": "document",
        },
    )
    ProcessingLog().append(
        writer,
        user=user,
        action=Action.EXPORTEREN,
        subject_bsn=plan.bsn,
        purpose=PLAN_PURPOSE,
        result=f"ondersteuningsplan als PDF bij zaak {plan.zaak_identificatie}",
        now=now,
    )
    return SavedPlan(document_op, object_op, plan.bsn)


def save_plan(store: Store, *, plan: Plan, pdf: bytes, user: str, author: str, now: dt.datetime) -> SavedPlan:
    """`write_plan` in a transaction of its own. Blocks (SQLite): call it off the event loop."""
    with store.write() as writer:
        return write_plan(writer, plan=plan, pdf=pdf, user=user, author=author, now=now)
