"""The planner's core: the prefill from the client view, the armoedeval ranges, and the plan object."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal

import jsonschema
import pytest

from caseworker.domain.client import Case, ClientView, Provision, SectionName, section_state
from caseworker.domain.household import Member, Relation
from caseworker.domain.person import Address, Person
from caseworker.errors import KnownError
from caseworker.resources import resource_path
from caseworker.scenario import calculate
from caseworker.services.plan import (
    ChartPoint,
    NoteKind,
    ScenarioDraft,
    Work,
    build_plan,
    income_chart,
    plan_cases,
    plan_object_data,
    poverty_trap_ranges,
    prefill,
)

ON = date(2025, 11, 1)
HOME = Address(straat="Dorpsstraat", huisnummer=12, postcode="1234AB", woonplaats="Voorbeeldstad")
ELSEWHERE = Address(straat="Kerkweg", huisnummer=3, postcode="9999ZZ", woonplaats="Elders")
ZAAK = "http://sandbox.invalid/zaken/api/v1/zaken/1"


def person(bsn: str, naam: str, born: date | None, address: Address = HOME) -> Person:
    return Person(bsn=bsn, voornamen=naam, geslachtsnaam="Jansen", geboortedatum=born, address=address)


def demo_client_view() -> ClientView:
    """A single mother (40) with a son of 8, a daughter of 19 and her own mother (70) at home, an ex-partner
    elsewhere, household help and a one-off wheelchair; an open Wmo zaak and a closed Jeugd zaak."""
    client = person("999993653", "Anna", date(1985, 3, 4))
    household = (
        Member(person("111222333", "Bram", date(1984, 1, 1), ELSEWHERE), Relation.PARTNER, False),
        Member(person("111222334", "Sem", date(2017, 6, 1)), Relation.KIND, True),
        Member(person("111222335", "Lotte", date(2006, 2, 1)), Relation.KIND, True),
        Member(person("111222336", "Els", date(1955, 5, 5)), Relation.OUDER, True),
    )
    provisions = (
        Provision(
            "o/1", "hulp bij het huishouden", "wmo", "ZIN", "3 uur per week", "actief", date(2025, 1, 1), None
        ),
        Provision("o/2", "rolstoel", "wmo", "ZIN", "", "actief", date(2025, 1, 1), None),
        Provision(
            "o/3",
            "ambulante jeugdhulp",
            "jeugd",
            "ZIN",
            "2 uur per week",
            "beeindigd",
            None,
            date(2024, 1, 1),
        ),
    )
    cases = (
        _case(ZAAK, "ZAAK-1", "wmo", None),
        _case("http://sandbox.invalid/zaken/api/v1/zaken/2", "ZAAK-2", "jeugd", date(2025, 5, 1)),
    )
    now = datetime(2025, 11, 1, 9, tzinfo=UTC)
    sections = {name: section_state(name, now, "", None, now=now) for name in SectionName}
    return ClientView(client, household, cases, provisions, (), (), (), sections)


def _case(url: str, ident: str, domain: str, ended: date | None) -> Case:
    return Case(
        url, ident, "Ondersteuning", "Wmo-melding", domain, date(2025, 1, 1), ended, None, "In behandeling"
    )


def test_the_household_gets_roles_and_ages_from_the_brp() -> None:
    draft = prefill(demo_client_view(), on=ON).current
    roles = [(m.role, m.age, m.name) for m in draft.members]
    assert roles == [
        ("aanvrager", 40, "Anna Jansen"),
        ("kind", 8, "Sem Jansen"),
        ("kostendeler", 19, "Lotte Jansen"),  # an adult child counts as a co-resident, not as a child
        ("kostendeler", 70, "Els Jansen"),
    ]  # the ex-partner lives elsewhere and is not part of the household


def test_a_partner_at_home_is_the_partner_and_not_a_kostendeler() -> None:
    view = demo_client_view()
    partner = Member(person("111222333", "Bram", date(1984, 1, 1)), Relation.PARTNER, True)
    draft = prefill(ClientView(view.person, (partner,), (), (), (), (), (), view.sections), on=ON).current
    assert [m.role for m in draft.members] == ["aanvrager", "partner"]


def test_an_unknown_birth_date_is_named_not_guessed() -> None:
    view = demo_client_view()
    unknown = Member(person("111222337", "Kees", None), Relation.MEDEBEWONER, True)
    filled = prefill(ClientView(view.person, (unknown,), (), (), (), (), (), view.sections), on=ON)
    assert [m.role for m in filled.current.members] == ["aanvrager"]
    assert [(n.kind, n.subject) for n in filled.notes] == [(NoteKind.AGE_UNKNOWN, "Kees Jansen")]
    assert "onbekend" in str(filled.notes[0])


def test_active_weekly_provisions_come_from_the_voorzieningen() -> None:
    draft = prefill(demo_client_view(), on=ON).current
    assert [(p.product, p.domain, p.form, p.unit, p.units_per_week) for p in draft.provisions] == [
        ("hulp bij het huishouden", "wmo", "ZIN", "uur", Decimal(3))
    ]
    result = calculate(draft.scenario())
    cost = result.outcomes["gemeente_kosten"]
    assert cost.status == "ok" and cost.amount == 43550  # 3 × 52 / 12 × € 33,50 (fictional 2025 tariff)


def test_only_open_wmo_and_jeugd_zaken_can_hold_a_plan() -> None:
    assert [case.identificatie for case in plan_cases(demo_client_view())] == ["ZAAK-1"]


def test_armoedeval_ranges_are_where_income_does_not_rise() -> None:
    incomes = [100, 110, 110, 105, None, 120, 130, 130]
    points = [ChartPoint(Decimal(h), i) for h, i in enumerate(incomes)]
    assert poverty_trap_ranges(points) == ((Decimal(1), Decimal(3)), (Decimal(6), Decimal(7)))


def test_the_chart_marks_the_hours_now_and_keeps_unknown_points_as_gaps() -> None:
    current = prefill(demo_client_view(), on=date(2026, 11, 29)).current
    working = ScenarioDraft(**{**current.__dict__, "work": Work(Decimal(12), 1250)})
    chart = income_chart([working])
    assert chart.here == Decimal(12) and chart.wage == 1250
    assert len(chart.lines[0].points) == 41
    assert chart.has_gaps  # the 2026 bijstand norms are not published: unknown, not zero
    assert all(p.net_income is None for p in chart.lines[0].points)


def test_the_plan_object_validates_against_the_objecttype() -> None:
    view = demo_client_view()
    draft = prefill(view, on=ON).current
    draft = draft.with_entered("huurtoeslag", "250,00")
    draft = ScenarioDraft(**{**draft.__dict__, "rent": 65000})
    plan = build_plan(
        view=view,
        draft=draft,
        result=calculate(draft.scenario()),
        case=plan_cases(view)[0],
        goals=["Ik wil mijn huis zelf schoon kunnen houden.", "  "],
        agreements=[("Anna", "Bellen met de thuiszorg", "15-12-2025")],
        caseworker="Sanne Demo",
        made_on=ON,
    )
    data = plan_object_data(plan)
    schema = json.loads(resource_path("objecttypes", "plan-v1.json").read_text())
    jsonschema.validate({**data, "document": "http://sandbox.invalid/documenten/1"}, schema)
    assert data["doelen"] == ["Ik wil mijn huis zelf schoon kunnen houden."]
    assert data["afspraken"] == [{"wie": "Anna", "wat": "Bellen met de thuiszorg", "wanneer": "2025-12-15"}]
    assert data["scenario"]["vaste_lasten_cent"] == 65000 and data["status"] == "concept"


def test_a_plan_with_unknown_amounts_or_without_goals_is_refused() -> None:
    view = demo_client_view()
    draft = prefill(view, on=date(2026, 11, 29)).current  # the 2026 bijstand norms are not published
    arguments = {
        "view": view,
        "draft": draft,
        "result": calculate(draft.scenario()),
        "case": plan_cases(view)[0],
        "agreements": [],
        "caseworker": "Sanne Demo",
        "made_on": ON,
    }
    with pytest.raises(KnownError, match="doel"):
        build_plan(goals=[""], **arguments)  # type: ignore[arg-type]
    plan = build_plan(goals=["Weer meedoen"], **arguments)  # type: ignore[arg-type]
    with pytest.raises(KnownError, match="onbekend"):
        plan_object_data(plan)
