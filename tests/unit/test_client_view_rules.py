"""The pure rules behind the client view: presentation filter, timeline, "new since", due dates."""

from __future__ import annotations

from datetime import UTC, date, datetime

from caseworker.domain.client import (
    Case,
    ClientView,
    ContactMoment,
    Decision,
    DocumentInfo,
    Provision,
    StatusEntry,
    Task,
    TimelineKind,
    at_day,
    for_presentation,
    is_new,
    presentable,
    task_due,
    timeline,
)
from caseworker.domain.person import Person

NOW = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)


def document(url: str, level: str, created: date = date(2026, 11, 1)) -> DocumentInfo:
    return DocumentInfo(url, url, f"titel {url}", created, "pdf", f"{url}.pdf", 10, level, "zaak-1")


def view() -> ClientView:
    case = Case(
        url="zaak-1",
        identificatie="Z-1",
        omschrijving="",
        zaaktype="Wmo",
        domain="wmo",
        startdatum=date(2026, 10, 1),
        einddatum=None,
        uiterlijke_einddatum=None,
        status="In behandeling",
        statuses=(StatusEntry("Ontvangen", datetime(2026, 10, 1, tzinfo=UTC), "intern: bel eerst de zoon"),),
        decisions=(Decision("b-1", "zaak-1", "B-1", date(2026, 11, 20), None, None, "toegekend"),),
        documents=(document("d-open", "openbaar"), document("d-secret", "vertrouwelijk")),
    )
    contacts = (
        ContactMoment("c-1", "telefoon", "Vraag", "gewone tekst", datetime(2026, 11, 28, tzinfo=UTC)),
        ContactMoment("c-2", "huisbezoek", "Notitie", "geheim", datetime(2026, 11, 27, tzinfo=UTC), True),
    )
    task = Task("t", "u", "Bel terug", "te_verwerken", "wt-noord", None, date(2026, 11, 1))
    return ClientView(
        person=Person("999993653"),
        household=(),
        cases=(case,),
        provisions=(),
        contacts=contacts,
        tasks=(task,),
        documents=case.documents,
        sections={},
    )


def test_presentation_hides_internal_notes_confidential_documents_tasks_and_remarks() -> None:
    shown = for_presentation(view())
    assert [c.key for c in shown.contacts] == ["c-1"]
    assert [d.url for d in shown.documents] == ["d-open"]
    assert [d.url for d in shown.cases[0].documents] == ["d-open"]
    assert shown.tasks == ()
    assert shown.cases[0].statuses[0].toelichting == ""


def test_only_public_levels_are_presentable_and_unknown_levels_fail_closed() -> None:
    assert presentable("openbaar") and presentable("beperkt_openbaar")
    assert not any(presentable(level) for level in ("intern", "zaakvertrouwelijk", "geheim", "", "??"))


def test_the_timeline_holds_every_kind_newest_first() -> None:
    entries = timeline(view())
    assert [e.kind for e in entries] == [
        TimelineKind.CONTACT,
        TimelineKind.CONTACT,
        TimelineKind.BESLUIT,
        TimelineKind.DOCUMENT,
        TimelineKind.DOCUMENT,
        TimelineKind.STATUS,
    ]
    assert all(e.zaak == "Z-1" for e in entries if e.kind is not TimelineKind.CONTACT)
    assert entries[0].kanaal == "telefoon"


def test_new_means_after_the_last_opening_and_nothing_is_new_the_first_time() -> None:
    assert is_new(at_day(date(2026, 11, 28)), datetime(2026, 11, 27, tzinfo=UTC))
    assert not is_new(at_day(date(2026, 11, 26)), datetime(2026, 11, 27, tzinfo=UTC))
    assert not is_new(NOW, None)


def test_due_dates_come_from_the_first_line_of_the_toelichting() -> None:
    assert task_due("Deadline: 2026-12-01\nBel de zoon") == date(2026, 12, 1)
    assert task_due("Bel de zoon") is None
    assert task_due("Deadline: morgen") is None


def test_a_provision_is_active_between_its_dates() -> None:
    def provision(start: date | None, end: date | None) -> Provision:
        return Provision("p", "Hulp", "wmo", "ZIN", "", "actief", start, end)

    today = date(2026, 11, 29)
    assert provision(None, None).active(today)
    assert provision(date(2026, 1, 1), date(2026, 11, 29)).active(today)
    assert not provision(date(2026, 12, 1), None).active(today)
    assert not provision(None, date(2026, 11, 28)).active(today)


def test_a_zaak_changed_at_its_newest_status() -> None:
    case = view().cases[0]
    assert case.changed_at == datetime(2026, 10, 1, tzinfo=UTC)
    assert Case("u", "Z", "", "", "", date(2026, 9, 1), None, None, "").changed_at == at_day(date(2026, 9, 1))
