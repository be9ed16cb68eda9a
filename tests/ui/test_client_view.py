"""The integral client view against the sandbox over loopback: real widgets, offscreen, waiting on
conditions and signals."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from client_fixtures import Harness, client_session, family_client, family_of, zaak_statuses
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel

from caseworker.sandbox.server import RunningSandbox, start_in_thread
from caseworker.sync.outbox import Outbox
from ui.client.models import RecordTableModel
from ui.client.task_dialog import TaskDialog
from ui.client.view import ClientViewWidget

# The offscreen platform cannot pass size hints to a window system; it says so on every window shown.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SIZE = (1440, 900)
SCREENSHOTS = os.environ.get("CLIENT_VIEW_SCREENSHOTS")  # a folder: save what the tests look at


@pytest.fixture(scope="module")
def sandbox() -> Iterator[RunningSandbox]:
    with start_in_thread(persons=40, seed=1) as running:
        yield running


@pytest.fixture
def harness(qtbot: QtBot, sandbox: RunningSandbox, tmp_path: Path) -> Iterator[Harness]:
    with client_session(qtbot, sandbox.base_url, tmp_path) as running:
        yield running


def make_view(harness: Harness) -> ClientViewWidget:
    widget = ClientViewWidget(harness.session, harness.tasks)
    harness.qtbot.addWidget(widget)
    widget.resize(*SIZE)
    widget.show()
    return widget


def opened(harness: Harness, widget: ClientViewWidget, bsn: str) -> None:
    """Open the client and wait until every section's refresh has reported."""
    with harness.qtbot.waitSignals([widget.loaded, widget.refreshed], timeout=15_000):
        widget.show_client(bsn)


def model_texts(widget: ClientViewWidget) -> str:
    """Every text any model of the view would show."""
    texts = []
    for model in widget.findChildren(RecordTableModel):
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                texts.append(str(model.data(model.index(row, column)) or ""))
    return "\n".join(texts)


def label_texts(widget: ClientViewWidget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget))


def column(model: RecordTableModel[Any], index: int) -> list[str]:
    return [model.data(model.index(row, index)) for row in range(model.rowCount())]


def screenshot(widget: Any, name: str) -> None:
    if SCREENSHOTS:
        widget.grab().save(str(Path(SCREENSHOTS) / f"client-view-{name}.png"))


def register(harness: Harness, widget: ClientViewWidget, *, inhoud: str, vertrouwelijk: bool = False) -> None:
    widget.new_contact()
    harness.qtbot.waitUntil(lambda: widget.contact_dialog is not None and widget.contact_dialog.isVisible())
    dialog = widget.contact_dialog
    assert dialog is not None
    dialog.kanaal.setCurrentText("telefoon")
    dialog.onderwerp.setText("Vraag over de aanvraag")
    dialog.inhoud.setPlainText(inhoud)
    dialog.vertrouwelijk.setChecked(vertrouwelijk)
    with harness.qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save_button.click()


def test_opening_shows_the_household_and_the_open_zaken_with_their_status(
    harness: Harness, sandbox: RunningSandbox
) -> None:
    bsn = family_client(sandbox)
    widget = make_view(harness)
    opened(harness, widget, bsn)

    family = family_of(sandbox, bsn)
    members = widget.household.members
    harness.qtbot.waitUntil(lambda: family <= {row.member.person.bsn for row in members.records})
    expected = zaak_statuses(sandbox, bsn)
    shown = dict(zip(column(widget.cases.cases, 0), column(widget.cases.cases, 2), strict=True))
    assert shown == expected
    open_ids = {c.identificatie for c in widget.cases.cases.records if c.is_open}
    assert open_ids and set(column(widget.overview.cases, 0)) == open_ids
    assert widget.header.facts.text().startswith(f"BSN {bsn}")
    assert "BRP" in widget.household._source_line.text()

    screenshot(widget, "overzicht")
    for name in ("huishouden", "zaken", "tijdlijn", "taken"):
        widget.select_view(name)
        screenshot(widget, name)


def test_a_registered_contact_is_pending_at_once_and_saved_after_the_push(
    harness: Harness, sandbox: RunningSandbox
) -> None:
    bsn = family_client(sandbox)
    widget = make_view(harness)
    opened(harness, widget, bsn)
    text = "Cliënt belt over de voortgang van de aanvraag; teruggebeld."

    register(harness, widget, inhoud=text)
    timeline = widget.timeline.entries
    harness.qtbot.waitUntil(lambda: text in column(timeline, 5))
    row = column(timeline, 5).index(text)
    assert column(timeline, 6)[row] == "wacht op verzending"
    assert "wacht op verzending" in column(widget.overview.contacts, 3)
    widget.select_view("tijdlijn")
    screenshot(widget, "tijdlijn-pending")

    report = harness.run(Outbox(harness.store, harness.session.bus).push_pending(harness.session.apis))
    assert report.sent and not report.failed
    harness.qtbot.waitUntil(
        lambda: text in column(timeline, 5) and "wacht" not in " ".join(column(timeline, 6))
    )
    on_server = [
        c for c in sandbox.store.iter_collection("klantinteracties/klantcontacten") if c["inhoud"] == text
    ]
    assert len(on_server) == 1 and on_server[0]["kanaal"] == "telefoon"


def test_presentation_mode_hides_an_internal_note(harness: Harness, sandbox: RunningSandbox) -> None:
    widget = make_view(harness)
    opened(harness, widget, family_client(sandbox))
    note = "Interne notitie: let op de spanning tussen de ouders."
    register(harness, widget, inhoud=note, vertrouwelijk=True)
    harness.qtbot.waitUntil(lambda: note in model_texts(widget))

    widget.set_presentation(True)
    assert note not in model_texts(widget)
    assert note not in label_texts(widget)
    assert not widget.task_list.tasks.records
    widget.set_presentation(False)
    assert note in model_texts(widget)


def test_locking_hides_every_personal_datum_and_unlocking_restores_it(
    harness: Harness, sandbox: RunningSandbox
) -> None:
    bsn = family_client(sandbox)
    widget = make_view(harness)
    opened(harness, widget, bsn)
    name = widget.header.name.text()
    assert name and name in label_texts(widget)

    widget.set_locked(True)
    assert name not in label_texts(widget) and bsn not in label_texts(widget)
    assert model_texts(widget).strip() == ""
    assert widget.stack.currentWidget() is widget.empty
    screenshot(widget, "vergrendeld")

    widget.set_locked(False)
    assert widget.header.name.text() == name and widget.household.members.rowCount()


def test_the_contact_text_survives_closing_the_dialog(harness: Harness, sandbox: RunningSandbox) -> None:
    widget = make_view(harness)
    opened(harness, widget, family_client(sandbox))
    widget.new_contact()
    harness.qtbot.waitUntil(lambda: widget.contact_dialog is not None and widget.contact_dialog.isVisible())
    dialog = widget.contact_dialog
    assert dialog is not None
    dialog.onderwerp.setText("Huisbezoek")
    dialog.inhoud.setPlainText("Half geschreven verslag van het huisbezoek")
    screenshot(dialog, "contact")
    dialog.close()
    harness.qtbot.waitUntil(lambda: widget.contact_dialog is None)

    widget.set_locked(True)  # nothing comes back while locked
    widget.set_locked(False)
    widget.new_contact()
    harness.qtbot.waitUntil(lambda: widget.contact_dialog is not None and widget.contact_dialog.isVisible())
    reopened = widget.contact_dialog
    assert reopened is not None and reopened is not dialog
    assert reopened.inhoud.toPlainText() == "Half geschreven verslag van het huisbezoek"
    assert reopened.onderwerp.text() == "Huisbezoek"


def test_an_invalid_contact_is_refused_inline_and_nothing_is_lost(
    harness: Harness, sandbox: RunningSandbox
) -> None:
    widget = make_view(harness)
    opened(harness, widget, family_client(sandbox))
    widget.new_contact()
    harness.qtbot.waitUntil(lambda: widget.contact_dialog is not None and widget.contact_dialog.isVisible())
    dialog = widget.contact_dialog
    assert dialog is not None
    dialog.inhoud.setPlainText("Tekst zonder onderwerp")
    dialog.save_button.click()
    harness.qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert "onderwerp" in dialog.error.text()
    assert dialog.isVisible() and dialog.inhoud.toPlainText() == "Tekst zonder onderwerp"


def test_offline_the_view_opens_from_the_cache_and_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    with start_in_thread(persons=40, seed=1) as own:
        bsn = family_client(own)
        root = own.base_url
        with client_session(qtbot, root, tmp_path) as first:
            opened(first, make_view(first), bsn)
    with client_session(qtbot, root, tmp_path) as offline:
        widget = make_view(offline)
        opened(offline, widget, bsn)
        assert widget.header.name.text() and widget.cases.cases.rowCount()
        for page in (widget.overview, widget.household, widget.cases, widget.timeline, widget.task_list):
            assert "niet bijgewerkt" in page._source_line.text()
            assert (
                not page._warning.isHidden() and "U ziet de laatst bewaarde gegevens" in page._warning.text()
            )
        screenshot(widget, "offline")


def test_a_document_is_downloaded_privately_and_handed_to_the_desktop(
    harness: Harness, sandbox: RunningSandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    requested: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        requested.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    widget = make_view(harness)
    opened(harness, widget, family_client(sandbox))
    widget.select_view("documenten")
    page = widget.documents
    assert page.documents.rowCount()
    page.table.selectRow(0)
    page.open_button.click()
    qtbot = harness.qtbot
    qtbot.waitUntil(lambda: bool(requested))
    path = Path(requested[0].toLocalFile())
    assert path.is_file() and path.stat().st_size > 0
    assert path.parent.stat().st_mode & 0o777 == 0o700 and path.stat().st_mode & 0o777 == 0o600
    qtbot.waitUntil(lambda: "is geopend" in page.status.text())
    screenshot(widget, "documenten")
    widget._documents.close()
    assert not path.exists()


def test_a_new_task_is_pending_at_once_and_on_the_server_after_the_push(
    harness: Harness, sandbox: RunningSandbox
) -> None:
    widget = make_view(harness)
    opened(harness, widget, family_client(sandbox))
    widget.select_view("taken")
    widget.task_list.new_button.click()
    qtbot = harness.qtbot
    qtbot.waitUntil(lambda: any(d.isVisible() for d in widget.findChildren(TaskDialog)))
    dialog = next(d for d in widget.findChildren(TaskDialog) if d.isVisible())
    assert dialog.contact.count()
    dialog.actor.setText("wt-noord")
    dialog.handeling.setText("Bel de cliënt terug over de aanvraag")
    screenshot(dialog, "taak")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save_button.click()
    tasks = widget.task_list.tasks
    qtbot.waitUntil(lambda: "Bel de cliënt terug over de aanvraag" in column(tasks, 0))
    row = column(tasks, 0).index("Bel de cliënt terug over de aanvraag")
    assert column(tasks, 4)[row] == "wacht op verzending"
    screenshot(widget, "taken-pending")

    report = harness.run(Outbox(harness.store, harness.session.bus).push_pending(harness.session.apis))
    assert report.sent and not report.failed
    qtbot.waitUntil(lambda: "wacht op verzending" not in column(tasks, 4))
    on_server = [
        t
        for t in sandbox.store.iter_collection("klantinteracties/internetaken")
        if t["gevraagdeHandeling"] == "Bel de cliënt terug over de aanvraag"
    ]
    assert len(on_server) == 1


def test_every_model_of_the_view_passes_the_model_tester(
    harness: Harness, sandbox: RunningSandbox, qtmodeltester: Any
) -> None:
    widget = make_view(harness)
    opened(harness, widget, family_client(sandbox))
    models = widget.findChildren(RecordTableModel)
    assert len(models) >= 12
    for model in models:
        qtmodeltester.check(model, force_py=True)
    widget.set_locked(True)
    for model in models:
        qtmodeltester.check(model, force_py=True)
