"""The messaging pane against the sandbox, offscreen: real widgets, waiting on conditions and signals."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from client_fixtures import Harness, client_session
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPushButton

from caseworker.messaging.attachments import MAX_BYTES
from caseworker.messaging.model import (
    Conversation,
    Delivery,
    Message,
    NewMessages,
    Participant,
    Soort,
)
from caseworker.sandbox.server import RunningSandbox, start_in_thread
from caseworker.sync.outbox import Outbox
from ui.messaging.models import ConversationModel, MessageModel
from ui.messaging.pane import MessagingPane

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SIZE = (480, 900)
WAIT_MS = 15_000
SCREENSHOTS = os.environ.get("MESSAGING_SCREENSHOTS")  # a folder: save what the tests look at


@pytest.fixture(scope="module")
def sandbox() -> Iterator[RunningSandbox]:
    with start_in_thread(persons=40, seed=1) as running:
        yield running


@pytest.fixture
def harness(qtbot: QtBot, sandbox: RunningSandbox, tmp_path: Path) -> Iterator[Harness]:
    with client_session(qtbot, sandbox.base_url, tmp_path) as running:
        yield running


def seeded_client(sandbox: RunningSandbox) -> str:
    """A client whose seeded conversation includes a care provider (four messages, three unread)."""
    for obj in sandbox.store.iter_collection("objects/objects"):
        deelnemers = obj["record"]["data"].get("deelnemers", [])
        if any(d["soort"] == "zorgaanbieder" for d in deelnemers):
            return str(obj["record"]["data"]["bsn"])
    raise AssertionError("the sandbox seeds conversations with care providers")


def make_pane(harness: Harness) -> MessagingPane:
    pane = MessagingPane(harness.session, harness.tasks, poll=False)
    harness.qtbot.addWidget(pane)
    pane.resize(*SIZE)
    pane.show()
    return pane


def with_thread(harness: Harness, pane: MessagingPane, bsn: str) -> None:
    pane.set_client(bsn)
    harness.qtbot.waitUntil(
        lambda: pane.status.text() == "" and pane.conversations.rowCount() > 0, timeout=WAIT_MS
    )
    with harness.qtbot.waitSignal(pane.thread_shown, timeout=WAIT_MS):
        assert pane.select_first_thread()


def last(pane: MessagingPane) -> Message:
    return pane.messages.message(pane.messages.rowCount() - 1)


def push(harness: Harness) -> None:
    later = datetime.now(UTC) + timedelta(hours=1)
    harness.run(
        Outbox(harness.store, harness.session.bus, settle=timedelta(0)).push_pending(
            harness.session.apis, now=later
        )
    )


def save(pane: MessagingPane, name: str) -> None:
    if SCREENSHOTS:
        pane.grab().save(str(Path(SCREENSHOTS) / f"{name}.png"))


# -- models ---------------------------------------------------------------------------------------------

NOW = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)
CITIZEN = Participant(Soort.BURGER, "Jan de Vries")


def test_the_models_pass_the_model_tester(qtmodeltester: Any) -> None:
    conversation = Conversation("http://o/1", "999993653", "Start", (CITIZEN,), NOW, unread=2)
    conversations = ConversationModel(with_client=True, me="wt-demo")
    conversations.set_rows([conversation, Conversation("op:x", "999993653", "Nieuw", (), NOW, pending=1)])
    qtmodeltester.check(conversations)
    assert conversations.data(conversations.index(0, 3)) == "2"
    assert conversations.data(conversations.index(1, 3)) == "wacht"
    messages = MessageModel()
    messages.set_rows([Message("http://o/m", "http://o/1", "999993653", CITIZEN, None, "<b>hallo</b>", NOW)])
    qtmodeltester.check(messages)
    assert "<b>hallo</b>" in messages.data(messages.index(0, 0))  # plain text, never rendered as HTML


# -- the pane -------------------------------------------------------------------------------------------


def test_a_thread_is_shown_read_and_its_unread_count_cleared(
    harness: Harness, sandbox: RunningSandbox
) -> None:
    pane = make_pane(harness)
    counts: list[int] = []
    pane.unread_changed.connect(counts.append)
    with_thread(harness, pane, seeded_client(sandbox))
    assert pane.messages.rowCount() == 4 and pane.thread_title.text()
    harness.qtbot.waitUntil(lambda: counts[-1:] == [0], timeout=WAIT_MS)
    assert 3 in counts  # the seeded messages from citizen and provider were unread first
    save(pane, "thread")


def test_compose_send_and_see_the_state_change(harness: Harness, sandbox: RunningSandbox) -> None:
    pane = make_pane(harness)
    with_thread(harness, pane, seeded_client(sandbox))
    assert pane.composer.chosen_recipient() is not None
    pane.composer.text.setFocus()
    harness.qtbot.keyClicks(pane.composer.text, "Tot dinsdag!")
    harness.qtbot.keyClick(pane.composer.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    harness.qtbot.waitUntil(lambda: last(pane).tekst == "Tot dinsdag!", timeout=WAIT_MS)
    assert last(pane).delivery is Delivery.QUEUED
    assert "wacht op verzending" in pane.messages.data(pane.messages.index(pane.messages.rowCount() - 1, 0))
    assert pane.composer.text.toPlainText() == ""
    save(pane, "queued")
    push(harness)
    harness.qtbot.waitUntil(lambda: last(pane).delivery is Delivery.SENT, timeout=WAIT_MS)
    assert last(pane).tekst == "Tot dinsdag!" and not last(pane).key.startswith("op:")


def test_an_attachment_chosen_in_the_dialog_is_sent_and_opens(
    harness: Harness, sandbox: RunningSandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    chosen = tmp_path / "plan.pdf"
    chosen.write_bytes(b"%PDF-1.4\n% plan\n%%EOF\n")
    pane = make_pane(harness)
    with_thread(harness, pane, seeded_client(sandbox))
    pane.composer.attach.click()
    pane.file_dialog.selectFile(str(chosen))
    pane.file_dialog.accept()
    harness.qtbot.waitUntil(lambda: pane.composer.files.text() == "Bijlagen: plan.pdf", timeout=WAIT_MS)
    pane.composer.text.setPlainText("Het plan zit erbij.")
    pane.composer.send.click()
    harness.qtbot.waitUntil(lambda: last(pane).tekst == "Het plan zit erbij.", timeout=WAIT_MS)
    push(harness)
    harness.qtbot.waitUntil(lambda: last(pane).delivery is Delivery.SENT, timeout=WAIT_MS)
    pane.thread_view.setCurrentIndex(pane.messages.index(pane.messages.rowCount() - 1))
    [button] = [b for b in pane.findChildren(QPushButton) if b.text() == "Open plan.pdf"]
    button.click()
    harness.qtbot.waitUntil(lambda: bool(opened), timeout=WAIT_MS)
    written = Path(opened[0].toLocalFile())
    assert written.read_bytes() == chosen.read_bytes() and written != chosen
    save(pane, "attachment")


def test_an_oversized_attachment_is_refused_and_the_text_stays(
    harness: Harness, sandbox: RunningSandbox, tmp_path: Path
) -> None:
    big = tmp_path / "scan.pdf"
    with big.open("wb") as sink:
        sink.truncate(MAX_BYTES + 1)
    pane = make_pane(harness)
    with_thread(harness, pane, seeded_client(sandbox))
    pane.composer.text.setPlainText("Hierbij de scan.")
    pane.composer.attach.click()
    pane.file_dialog.selectFile(str(big))
    pane.file_dialog.accept()
    harness.qtbot.waitUntil(lambda: "te groot" in pane.composer.error.text(), timeout=WAIT_MS)
    assert pane.composer.error.isVisible() and pane.composer.attachments == []
    assert pane.composer.text.toPlainText() == "Hierbij de scan."
    save(pane, "refused")


def test_locked_shows_nothing_personal_and_notifies_without_content(
    harness: Harness, sandbox: RunningSandbox
) -> None:
    bsn = seeded_client(sandbox)
    pane = make_pane(harness)
    with_thread(harness, pane, bsn)
    pane.set_locked(True)
    assert pane.messages.rowCount() == 0 and pane.conversations.rowCount() == 0
    assert pane.stack.currentWidget() is pane.locked_label
    harness.session.bus.emit(NewMessages(bsn, "http://o/1", 1))
    harness.qtbot.waitUntil(lambda: bool(pane.notifier.shown), timeout=WAIT_MS)
    assert pane.notifier.shown == [("Keukentafel", "Nieuw bericht")]
    pane.set_locked(False)
    harness.qtbot.waitUntil(lambda: pane.conversations.rowCount() > 0, timeout=WAIT_MS)


def test_presentation_hides_colleague_remarks_and_the_other_clients(
    harness: Harness, sandbox: RunningSandbox
) -> None:
    pane = make_pane(harness)
    with_thread(harness, pane, seeded_client(sandbox))
    pane.composer.text.setPlainText("Kun jij dit overnemen?")
    pane.composer.recipient.setCurrentIndex(pane.composer.recipient.count() - 1)  # colleague or team
    assert pane.composer.colleague.isVisible()
    pane.composer.colleague.setEditText("wt-noord")
    pane.composer.send.click()
    harness.qtbot.waitUntil(lambda: last(pane).tekst == "Kun jij dit overnemen?", timeout=WAIT_MS)
    shown = pane.messages.rowCount()
    pane.set_presentation(True)
    harness.qtbot.waitUntil(lambda: pane.messages.rowCount() == shown - 1, timeout=WAIT_MS)
    assert not pane.tabs.isTabVisible(1)
    assert all(
        pane.composer.recipient.itemData(i) != "hand-off" for i in range(pane.composer.recipient.count())
    )


def test_the_inbox_lists_conversations_across_clients_by_last_activity(
    harness: Harness, sandbox: RunningSandbox
) -> None:
    pane = make_pane(harness)
    bsns = sorted({
        o["record"]["data"]["bsn"]
        for o in sandbox.store.iter_collection("objects/objects")
        if "deelnemers" in o["record"]["data"]
    })  # fmt: skip
    harness.run(pane.messaging.poll(bsns))  # what the background poll does for the caseload
    pane.tabs.setCurrentIndex(1)
    harness.qtbot.waitUntil(lambda: pane.inbox_model.rowCount() == len(bsns), timeout=WAIT_MS)
    rows = pane.inbox_model.rows
    save(pane, "inbox")
    assert [r.activity for r in rows] == sorted((r.activity for r in rows), reverse=True)
    kind = pane.kind_filter.findText("Collega's")
    pane.kind_filter.setCurrentIndex(kind)
    harness.qtbot.waitUntil(lambda: pane.inbox_model.rowCount() == 0, timeout=WAIT_MS)
    pane.kind_filter.setCurrentIndex(0)
    harness.qtbot.waitUntil(lambda: pane.inbox_model.rowCount() == len(bsns), timeout=WAIT_MS)
    with harness.qtbot.waitSignal(pane.open_client_requested, timeout=WAIT_MS) as requested:
        pane.inbox_view.activated.emit(pane.inbox_model.index(0, 0))
    assert requested.args == [rows[0].bsn]
    harness.qtbot.waitUntil(lambda: pane._conversation is not None, timeout=WAIT_MS)
    assert pane._conversation is not None and pane._conversation.key == rows[0].key


def test_the_chosen_recipient_survives_a_reload(harness: Harness, sandbox: RunningSandbox) -> None:
    pane = make_pane(harness)
    with_thread(harness, pane, seeded_client(sandbox))
    provider = next(
        i
        for i in range(pane.composer.recipient.count())
        if isinstance(pane.composer.recipient.itemData(i), Participant)
        and pane.composer.recipient.itemData(i).soort is Soort.ZORGAANBIEDER
    )
    pane.composer.recipient.setCurrentIndex(provider)
    with harness.qtbot.waitSignal(pane.thread_shown, timeout=WAIT_MS):
        harness.session.bus.emit(NewMessages(pane.conversations.rows[0].bsn, "http://elders/1", 1))
    chosen = pane.composer.chosen_recipient()
    assert chosen is not None and chosen.soort is Soort.ZORGAANBIEDER
