"""Messaging core without a server: what a send writes into the outbox, how the pane's data is read back
(pending, failed, sent), unread counts per user, attachment limits, and the bounded poll rotation."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from test_store_helpers import KEY, person, synthetic_bsns

from caseworker.errors import KnownError
from caseworker.messaging import local
from caseworker.messaging.attachments import MAX_BYTES, AttachmentRefused, read_attachment, safe_name
from caseworker.messaging.compose import Documents, Me, NewAttachment, Outgoing, send_message
from caseworker.messaging.model import (
    Conversation,
    ConversationKind,
    Delivery,
    Participant,
    Soort,
    attachment,
    stamp,
)
from caseworker.messaging.poll import MessagePoller, PollSettings
from caseworker.services import writes
from caseworker.services.writes import InvalidInput
from caseworker.store import Fetched, Store, open_store
from caseworker.store import outbox_queries as q
from caseworker.sync.outbox import Kind, State, reference

NOW = datetime(2026, 11, 29, 9, 15, 30, tzinfo=UTC)
BSN = synthetic_bsns(1, seed=7)[0]
ME = Me("wt-demo", "Sanne Demo")
DOCS = Documents("009999991", "Aanvraagformulier")
CITIZEN = Participant(Soort.BURGER, "Jan de Vries", "http://ki.test/partijen/1")
PROVIDER = Participant(Soort.ZORGAANBIEDER, "Zorg B.V.", "http://ki.test/partijen/2")
GESPREK_URL = "http://objects.test/api/v2/objects/11111111-1111-4111-8111-111111111111"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "cache.db", KEY) as opened:
        with opened.write() as writer:
            fetched = Fetched("brp", f"http://brp.test/{BSN}", None, NOW, {})
            writer.save_person(person(BSN, voornamen="Jan"), fetched)
        yield opened


def conversation(**extra: Any) -> Conversation:
    values: dict[str, Any] = {
        "key": GESPREK_URL,
        "bsn": BSN,
        "onderwerp": "Start begeleiding",
        "deelnemers": (ME.participant, CITIZEN, PROVIDER),
        "aangemaakt_op": NOW - timedelta(days=3),
    }
    return Conversation(**{**values, **extra})


def send(store: Store, **extra: Any) -> Any:
    values: dict[str, Any] = {"bsn": BSN, "recipient": CITIZEN, "tekst": "Hoe gaat het?"}
    values.update(extra)
    return send_message(store, Outgoing(**values), me=ME, documents=DOCS, now=NOW)


def entries(store: Store) -> list[q.Entry]:
    with q.reading(store) as conn:
        return q.entries(conn, states=(State.PENDING, State.FAILED, State.SENT))


def user_entries(store: Store) -> list[q.Entry]:
    return [e for e in entries(store) if e.kind != Kind.VERWERKINGSLOG]


def thread(store: Store, item: Conversation, user: str = "wt-demo") -> list[Any]:
    with q.reading(store) as conn:
        return local.thread(conn, item, user)


# -- what a send writes ---------------------------------------------------------------------------------


def test_a_message_to_the_citizen_is_a_bericht_and_a_klantcontact_in_one_record(store: Store) -> None:
    sent = send(store, conversation=conversation())
    found = user_entries(store)
    assert [e.kind for e in found] == [Kind.OBJECT, Kind.KLANTCONTACT]
    bericht, contact = found
    assert {e.record_key for e in found} == {f"gesprek:{GESPREK_URL}"}
    data = bericht.payload["data"]
    assert data["gesprek"] == GESPREK_URL and data["bsn"] == BSN
    assert data["verzonden_op"] == "2026-11-29T09:15:30Z"
    assert data["afzender"] == {"soort": "medewerker", "naam": "Sanne Demo", "identificatie": "wt-demo"}
    assert data["ontvanger"]["soort"] == "burger"
    assert bericht.payload["objecttype"] == "bericht" and bericht.payload["version"] == 2
    assert contact.payload["kanaal"] == "berichtenbox" and contact.payload["vertrouwelijk"] is False
    assert contact.payload["partij"]["achternaam"] == "Vries"
    assert sent.message == local.pending_key(bericht.op_id)
    assert {e.op_id for e in found} == sent.op_ids


def test_a_message_to_a_care_provider_registers_no_klantcontact(store: Store) -> None:
    send(store, conversation=conversation(), recipient=PROVIDER)
    assert [e.kind for e in user_entries(store)] == [Kind.OBJECT]


def test_a_new_conversation_is_sent_first_and_its_message_waits_for_its_url(store: Store) -> None:
    sent = send(store, onderwerp="Vraag over de aanvraag")
    gesprek, bericht, _ = user_entries(store)
    assert gesprek.payload["objecttype"] == "gesprek" and gesprek.payload["version"] == 2
    assert gesprek.payload["data"]["deelnemers"][1] == CITIZEN.as_data()
    assert bericht.payload["depends_on"] == gesprek.op_id
    assert bericht.payload["dependency_field"] == "gesprek" and "gesprek" not in bericht.payload["data"]
    assert sent.conversation == local.pending_key(gesprek.op_id)
    with q.reading(store) as conn:
        [pending] = local.conversations(conn, "wt-demo", [BSN])
    assert pending.key == sent.conversation and pending.pending == 1
    assert [m.tekst for m in thread(store, pending)] == ["Hoe gaat het?"]


def test_a_hand_off_creates_a_task_about_its_own_confidential_klantcontact(store: Store) -> None:
    team = Participant(Soort.TEAM, "Wijkteam Noord", identificatie="wt-noord")
    send(store, conversation=conversation(), recipient=team, tekst="Wil jij dit overnemen?")
    bericht, contact, task = user_entries(store)
    assert contact.payload["vertrouwelijk"] is True
    assert task.kind == Kind.INTERNETAAK and task.payload["depends_on"] == contact.op_id
    assert task.payload["actor"] == "wt-noord"
    assert task.payload["toelichting"].startswith(f"Gesprek: {GESPREK_URL}")
    assert bericht.record_key == task.record_key


def test_an_attachment_goes_first_and_the_bericht_points_at_its_identificatie(store: Store) -> None:
    pdf = NewAttachment("verslag.pdf", b"%PDF-1.4\n%%EOF\n")
    send(store, conversation=conversation(), attachments=(pdf,))
    document, bericht, _ = user_entries(store)
    assert document.kind == Kind.DOCUMENT and document.payload["formaat"] == "application/pdf"
    [bijlage] = bericht.payload["data"]["bijlagen"]
    assert bijlage["identificatie"] == f"KT-{reference(document.op_id)}"
    assert bijlage["bronorganisatie"] == "009999991"


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"tekst": "   "}, "Vul het bericht in."),
        ({"tekst": "x" * 4001}, "Het bericht is te lang: 4001 tekens, hoogstens 4000."),
        ({"tekst": "kijk \u202eniet"}, "Het bericht bevat tekens die niet in een tekst horen."),
        ({"conversation": None, "onderwerp": ""}, "Vul het onderwerp in."),
        ({"recipient": Participant(Soort.TEAM, "")}, "Kies de collega of het team"),
        ({"recipient": Participant(Soort.BURGER, "Iemand anders")}, "neemt niet deel aan het gesprek"),
        ({"attachments": (NewAttachment("x.exe", b"MZ"),)}, "alleen pdf, png, jpg, txt, docx of odt"),
        ({"attachments": (NewAttachment("groot.pdf", b"0" * (MAX_BYTES + 1)),)}, "is te groot (10.0 MB)"),
    ],
)
def test_refused_input_says_why_and_writes_nothing(store: Store, extra: dict[str, Any], message: str) -> None:
    key = local.pending_key("draft")
    writes.save_draft(store, key, BSN, {"tekst": "mijn tekst"}, NOW)
    with pytest.raises((InvalidInput, AttachmentRefused)) as raised:
        send(store, **{"conversation": conversation(), **extra}, draft_key=key)
    assert message in raised.value.user_message
    assert entries(store) == []
    assert writes.load_draft(store, key) is not None  # the text the user typed is still there


def test_a_sent_message_removes_its_draft(store: Store) -> None:
    writes.save_draft(store, "message:x", BSN, {"tekst": "Hoe gaat het?"}, NOW)
    send(store, conversation=conversation(), draft_key="message:x")
    assert writes.load_draft(store, "message:x") is None


# -- reading back: pending, failed, sent, unread --------------------------------------------------------


def test_own_messages_show_their_state_and_a_failure_its_reason_and_retry(store: Store) -> None:
    send(store, conversation=conversation())
    [pending] = thread(store, conversation())
    assert pending.delivery is Delivery.QUEUED and pending.error == ""
    contact = next(e for e in user_entries(store) if e.kind == Kind.KLANTCONTACT)
    with store.write() as writer:
        q.update_entry(q.connection(writer), contact.op_id, state=State.FAILED, last_error="Geweigerd.")
    [failed] = thread(store, conversation())
    assert (
        failed.delivery is Delivery.FAILED
        and failed.error == "Geweigerd."
        and failed.retry_op == contact.op_id
    )


def _deliver(store: Store, entry: q.Entry, url: str, data: dict[str, Any]) -> None:
    """What the outbox does when an OBJECT entry is delivered: the raw object, the entry marked sent."""
    document = {"url": url, "type": "t", "record": {"typeVersion": 2, "data": data}}
    with store.write() as writer:
        writer.save_raw(Fetched("objects", url, None, NOW, document), bsn=entry.bsn)
        q.update_entry(q.connection(writer), entry.op_id, state=State.SENT, result_url=url)


def test_a_delivered_message_is_taken_into_the_thread_as_sent(store: Store) -> None:
    send(store, conversation=conversation(), recipient=PROVIDER)
    [bericht] = user_entries(store)
    _deliver(store, bericht, f"{GESPREK_URL}-b1", {**bericht.payload["data"], "gesprek": GESPREK_URL})
    with store.write() as writer:
        assert local.absorb_sent(q.connection(writer), me=ME.keys) == {BSN}
    [sent] = thread(store, conversation())
    assert sent.key == f"{GESPREK_URL}-b1" and sent.delivery is Delivery.SENT and not sent.unread


def _received(store: Store, number: int, soort: str = "burger", minutes: int = 0) -> None:
    data = {
        "gesprek": GESPREK_URL,
        "bsn": BSN,
        "afzender": {"soort": soort, "naam": "Jan de Vries"},
        "tekst": f"Bericht {number}",
        "verzonden_op": stamp(NOW + timedelta(minutes=minutes)),
        "bijlagen": [],
    }
    with store.write() as writer:
        conn = q.connection(writer)
        local.save_conversation(
            conn,
            GESPREK_URL,
            {
                "bsn": BSN,
                "onderwerp": "Start begeleiding",
                "deelnemers": [CITIZEN.as_data(), ME.participant.as_data()],
                "aangemaakt_op": stamp(NOW - timedelta(days=1)),
            },
        )
        assert local.save_message(conn, f"{GESPREK_URL}-m{number}", data, BSN, me=ME.keys)


def test_unread_counts_per_conversation_client_and_total_are_kept_per_user(store: Store) -> None:
    _received(store, 1)
    _received(store, 2, minutes=5)
    with q.reading(store) as conn:
        [item] = local.conversations(conn, "wt-demo", [BSN])
        counts = local.unread_counts(conn, "wt-demo")
    assert item.unread == 2 and item.last_message == "Bericht 2" and item.kind is ConversationKind.BURGER
    assert counts.total == 2 and counts.per_client == {BSN: 2}
    with store.write() as writer:
        assert local.mark_read(q.connection(writer), "wt-demo", GESPREK_URL, NOW) == 2
    with q.reading(store) as conn:
        assert local.unread_counts(conn, "wt-demo").total == 0
        assert local.unread_counts(conn, "collega").total == 2  # read state is per user


def test_own_messages_are_never_unread(store: Store) -> None:
    data = {
        "gesprek": GESPREK_URL,
        "bsn": BSN,
        "afzender": ME.participant.as_data(),
        "tekst": "Van mij",
        "verzonden_op": stamp(NOW),
        "bijlagen": [],
    }
    with store.write() as writer:
        local.save_message(q.connection(writer), f"{GESPREK_URL}-own", data, BSN, me=ME.keys)
    with q.reading(store) as conn:
        assert local.unread_counts(conn, "wt-demo").total == 0


def test_message_tables_are_purged_with_the_client(store: Store) -> None:
    _received(store, 1)
    removed = writes.purge_expired(store, NOW + timedelta(days=365), retention_days=30)
    assert removed.removed_clients == 1
    with q.reading(store) as conn:
        assert local.conversations(conn, "wt-demo", [BSN]) == []
        assert local.unread_counts(conn, "wt-demo").total == 0


# -- small rules ----------------------------------------------------------------------------------------


def test_both_attachment_shapes_are_read() -> None:
    old = attachment("http://docs.test/enkelvoudiginformatieobjecten/abc")
    assert old.url.endswith("/abc") and old.bestandsnaam == "abc"
    new = attachment({"identificatie": "KT-1", "bestandsnaam": "a.pdf", "formaat": "application/pdf"})
    assert new.identificatie == "KT-1" and new.url == ""


def test_attachment_files_are_checked_before_they_are_read(tmp_path: Path) -> None:
    big = tmp_path / "groot.pdf"
    with big.open("wb") as sink:
        sink.truncate(MAX_BYTES + 1)
    with pytest.raises(AttachmentRefused, match="te groot"):
        read_attachment(big)
    empty = tmp_path / "leeg.txt"
    empty.write_bytes(b"")
    with pytest.raises(KnownError, match="leeg"):
        read_attachment(empty)
    fine = tmp_path / "brief.odt"
    fine.write_bytes(b"PK")
    assert read_attachment(fine) == ("application/vnd.oasis.opendocument.text", b"PK")


def test_server_file_names_become_plain_names() -> None:
    assert safe_name("../../etc/passwd") == "passwd"
    assert safe_name("C:\\temp\\brief.pdf") == "brief.pdf"
    assert safe_name("..") == "bijlage"


def test_the_poll_rotates_through_a_large_watch_list_in_bounded_rounds(store: Store) -> None:
    poller = MessagePoller(
        queries=None,  # type: ignore[arg-type]
        store=store,
        me=lambda: ME,
        bus=None,
        settings=PollSettings(max_clients=3),
        clock=lambda: NOW,
    )
    bsns = [f"{n:09d}" for n in range(7)]
    rounds = [poller._rotate(bsns) for _ in range(3)]
    assert all(len(r) == 3 for r in rounds)
    assert {b for r in rounds for b in r} == set(bsns)  # everyone is polled within a few rounds
    assert poller._rotate(bsns[:2]) == bsns[:2]


def test_timestamps_have_one_text_format_so_text_order_is_time_order() -> None:
    moments = [NOW, NOW + timedelta(seconds=1), NOW + timedelta(hours=10)]
    texts = [stamp(m.astimezone(None)) for m in moments]
    assert texts == sorted(texts) and all(len(t) == 20 and t.endswith("Z") for t in texts)
    assert json.dumps(texts)  # plain strings
