"""The write use cases: validation refuses bad input and writes nothing; a valid write is one transaction
with its outbox entry and its processing-log entry; drafts; taking clients along."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from test_store_helpers import KEY, NOW, fetched, person

from caseworker.api.klantinteracties import InterneTaak
from caseworker.events import EventBus
from caseworker.security.audit import verify
from caseworker.services import writes
from caseworker.services.writes import Changes, FollowUp, InvalidInput
from caseworker.store import Store, open_store
from caseworker.store import outbox_queries as q
from caseworker.sync.outbox import Kind, Outbox, OutboxChanged, pending_for

BSN = "999993653"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "cache.db", KEY) as opened:
        yield opened


def contact(store: Store, **overrides: Any) -> Changes:
    values: dict[str, Any] = {
        "user": "wt-demo",
        "bsn": BSN,
        "kanaal": "huisbezoek",
        "onderwerp": "Keukentafelgesprek",
        "inhoud": "Besproken: hulp bij het huishouden.\nVervolg over twee weken.",
        "now": NOW,
    }
    values.update(overrides)
    return writes.register_contact(store, **values)


def nothing_written(store: Store) -> bool:
    with q.reading(store) as conn:
        no_entries = q.entries(conn, states=("pending", "in_flight", "failed", "conflict", "sent")) == []
    return no_entries and verify(store) == 0


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"bsn": "123456789"}, "elfproef"),
        ({"bsn": "12345"}, "9 cijfers"),
        ({"bsn": "99999365a"}, "alleen uit cijfers"),
        ({"kanaal": "duif"}, "Kies een kanaal"),
        ({"onderwerp": "   "}, "Vul het onderwerp in"),
        ({"onderwerp": "x" * 201}, "te lang: 201 tekens, hoogstens 200"),
        ({"inhoud": "y" * 1001}, "te lang"),
        ({"inhoud": "null\x00byte"}, "tekens die niet in een tekst horen"),
        ({"inhoud": "omgekeerd \u202egnitset"}, "tekens die niet in een tekst horen"),
        ({"inhoud": "half \ud800 teken"}, "ongeldige tekens"),
        ({"zaak_identificatie": "ZAAK'; DROP TABLE zaak;--"}, "geen geldige code"),
        ({"follow_up": FollowUp(actor="wt noord", gevraagde_handeling="Bellen")}, "geen geldige code"),
        ({"follow_up": FollowUp(actor="wt-noord", gevraagde_handeling="")}, "Vul de gevraagde handeling in"),
    ],
)
def test_bad_input_is_refused_in_dutch_and_nothing_is_written(
    store: Store, overrides: dict[str, Any], message: str
) -> None:
    with pytest.raises(InvalidInput, match=message):
        contact(store, **overrides)
    assert nothing_written(store)


def test_text_as_people_type_it_is_accepted(store: Store) -> None:
    text = "Mevrouw zegt: <b>niet</b> bellen na 17:00 \u2013 'liever mailen' \u00a0 ✓\n\tEinde"
    contact(store, inhoud=text, bsn="9999 93653")
    [item] = pending_for(store, BSN)
    assert item.payload["inhoud"] == text.strip()


def test_a_contact_is_one_transaction_with_its_task_log_entry_and_draft_removal(store: Store) -> None:
    with store.write() as writer:
        writer.save_person(person(BSN), fetched("brp", f"brp:personen/{BSN}", {}))
    events = EventBus()
    seen: list[OutboxChanged] = []
    events.subscribe(OutboxChanged, seen.append)
    writes.save_draft(store, "contact:1", BSN, {"onderwerp": "Keukentafel"}, NOW)
    follow_up = FollowUp("wt-noord", "Terugbellen over de aanvraag", "Na de vakantie", due=date(2026, 6, 15))
    changes = contact(
        store,
        follow_up=follow_up,
        zaak_identificatie="ZAAK-2026-0000000005",
        draft_key="contact:1",
        events=events,
    )
    assert changes.bsns == {BSN} and changes.sections == {"klantcontacten", "internetaken"}
    items = pending_for(store, BSN)
    assert [i.kind for i in items] == [Kind.KLANTCONTACT, Kind.INTERNETAAK]
    assert {i.op_id for i in items} == changes.op_ids
    registered, task = items
    assert registered.payload["partij"] == {"voornaam": "Jan", "voorvoegsel": "de", "achternaam": "Vries"}
    assert registered.payload["plaatsgevonden_op"] == "2026-06-01T12:00:00+00:00"
    assert task.payload["depends_on"] == registered.op_id
    assert task.payload["toelichting"] == "Deadline: 2026-06-15\nNa de vakantie"
    with q.reading(store) as conn:
        assert q.entry(conn, task.op_id).record_key == q.entry(conn, registered.op_id).record_key  # type: ignore[union-attr]
        [logged] = q.log_entries(conn)
    assert (logged["action"], logged["subject_bsn"], logged["user"]) == ("wijzigen", BSN, "wt-demo")
    assert writes.load_draft(store, "contact:1") is None
    assert seen == [OutboxChanged(pending=2, failed=0, conflicts=0)]


def test_a_failing_log_write_rolls_the_contact_back(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(writes, "_log", broken)
    with pytest.raises(RuntimeError):
        contact(store)
    assert nothing_written(store)


def test_task_changes_carry_the_cached_version_as_their_base(store: Store) -> None:
    url = "http://sandbox/klantinteracties/api/v1/internetaken/abc"
    document = {"uuid": "abc", "url": url, "status": "te_verwerken", "toegewezenAanActoren": [{"uuid": "a1"}]}
    with store.write() as writer:
        writer.save_internetaak(
            InterneTaak.model_validate(document), fetched("klantinteracties", url, document), bsn=BSN
        )
    done = writes.complete_task(store, user="wt-demo", bsn=BSN, taak_url=url, now=NOW)
    handed = writes.hand_over_task(store, user="wt-demo", bsn=BSN, taak_url=url, actor="mw-001", now=NOW)
    with q.reading(store) as conn:
        first, second = (q.entry(conn, op) for op in (*done.op_ids, *handed.op_ids))
    assert first is not None and second is not None
    assert (first.kind, first.payload, first.base) == (
        Kind.INTERNETAAK_STATUS,
        {"url": url, "changes": {"status": "verwerkt"}},
        document,
    )
    assert second.payload["changes"] == {"toegewezenAanActoren": ["mw-001"]}
    assert first.record_key == second.record_key == f"internetaak:{url}"
    with pytest.raises(InvalidInput):
        writes.complete_task(store, user="wt-demo", bsn=BSN, now=NOW)


def test_a_task_for_a_contact_still_in_the_outbox_waits_for_it(store: Store) -> None:
    [contact_op] = contact(store).op_ids
    [task_op] = writes.create_task(
        store,
        user="wt-demo",
        bsn=BSN,
        follow_up=FollowUp("wt-noord", "Bellen"),
        contact_op_id=contact_op,
        now=NOW,
    ).op_ids
    [done_op] = writes.complete_task(store, user="wt-demo", bsn=BSN, task_op_id=task_op, now=NOW).op_ids
    with q.reading(store) as conn:
        keys = {q.entry(conn, op).record_key for op in (contact_op, task_op, done_op)}  # type: ignore[union-attr]
        assert q.entry(conn, done_op).payload == {"depends_on": task_op, "changes": {"status": "verwerkt"}}  # type: ignore[union-attr]
    assert keys == {f"klantcontact:{contact_op}"}
    with pytest.raises(InvalidInput, match="niet gevonden"):
        writes.create_task(
            store, user="u", bsn=BSN, follow_up=FollowUp("x", "y"), contact_op_id="nope", now=NOW
        )


def test_taking_clients_along_has_an_expiry_of_at_most_the_configured_days(store: Store) -> None:
    with pytest.raises(InvalidInput, match="hoogstens 14 dagen"):
        writes.take_along(store, [BSN], NOW + timedelta(days=15), NOW)
    with pytest.raises(InvalidInput, match="toekomst"):
        writes.take_along(store, [BSN], NOW, NOW)
    with pytest.raises(InvalidInput, match="elfproef"):
        writes.take_along(store, [BSN, "123456789"], NOW + timedelta(days=1), NOW)
    changes = writes.take_along(store, [BSN], NOW + timedelta(days=3), NOW, max_days=3)
    assert changes.bsns == {BSN}
    assert writes.purge_expired(store, NOW + timedelta(days=2), retention_days=1).removed_clients == 0
    assert writes.purge_expired(store, NOW + timedelta(days=4), retention_days=1).removed_clients == 1


def test_drafts_survive_reopening_and_can_be_discarded(store: Store, tmp_path: Path) -> None:
    writes.save_draft(store, "contact:x", BSN, {"inhoud": "half af"}, NOW)
    writes.save_draft(store, "contact:x", BSN, {"inhoud": "bijna af"}, NOW + timedelta(seconds=5))
    store.close()
    with open_store(tmp_path / "cache.db", KEY) as reopened:
        draft = writes.load_draft(reopened, "contact:x")
        assert draft is not None
        assert (draft.bsn, draft.content, draft.updated_at) == (
            BSN,
            {"inhoud": "bijna af"},
            NOW + timedelta(seconds=5),
        )
        with pytest.raises(InvalidInput):
            writes.save_draft(reopened, "contact:x", BSN, {"inhoud": "z" * 200_000}, NOW)
        writes.discard_draft(reopened, "contact:x")
        assert writes.load_draft(reopened, "contact:x") is None


def test_an_edit_of_a_pending_contact_or_task_is_validated_like_the_original(store: Store) -> None:
    changes = contact(store, follow_up=FollowUp("wt-noord", "Terugbellen", "Over de Wmo"))
    [contact_op] = [op for op in changes.op_ids if _kind(store, op) == Kind.KLANTCONTACT]
    [task_op] = [op for op in changes.op_ids if _kind(store, op) == Kind.INTERNETAAK]
    box = Outbox(store)
    for bad in (
        {"inhoud": "x" * (writes.INHOUD_MAX + 1)},
        {"onderwerp": "met een \x07 bel"},
        {"kanaal": "postduif"},
    ):
        fields = {"kanaal": "telefoon", "onderwerp": "Vraag", "inhoud": "Tekst", **bad}
        with pytest.raises(InvalidInput):
            writes.edit_contact(store, box, contact_op, user="wt-demo", now=NOW, **fields)
    with pytest.raises(InvalidInput):
        writes.edit_task(store, box, task_op, FollowUp("wt noord; DROP", "Bellen"), user="wt-demo", now=NOW)
    with pytest.raises(InvalidInput):  # a contact is no task
        writes.edit_task(store, box, contact_op, FollowUp("wt-noord", "Bellen"), user="wt-demo", now=NOW)
    assert _payload(store, contact_op)["inhoud"].startswith("Besproken: hulp bij het huishouden.")

    writes.edit_contact(
        store, box, contact_op, user="wt-demo", now=NOW, kanaal="balie", onderwerp=" Vraag ", inhoud="Beter."
    )
    payload = _payload(store, contact_op)
    assert (payload["kanaal"], payload["onderwerp"], payload["inhoud"]) == ("balie", "Vraag", "Beter.")
    assert payload["partij"]  # what the user does not edit is kept
    writes.edit_task(
        store,
        box,
        task_op,
        FollowUp("wt-zuid", "Mailen", "Graag", due=date(2031, 1, 2)),
        user="wt-demo",
        now=NOW,
    )
    task = _payload(store, task_op)
    assert (task["actor"], task["toelichting"], task["depends_on"]) == (
        "wt-zuid",
        "Deadline: 2031-01-02\nGraag",
        contact_op,
    )
    assert verify(store) == 3  # registered, and each edit logged


def _kind(store: Store, op_id: str) -> str:
    with q.reading(store) as conn:
        found = q.entry(conn, op_id)
    assert found is not None
    return found.kind


def _payload(store: Store, op_id: str) -> dict[str, Any]:
    with q.reading(store) as conn:
        found = q.entry(conn, op_id)
    assert found is not None
    return found.payload
