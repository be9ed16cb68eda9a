"""The workplace window as a user sees it: shortcuts, search, presentation mode, status bar, outbox."""

from __future__ import annotations

from datetime import UTC, datetime

from pytestqt.qtbot import QtBot
from test_shell_support import *  # noqa: F403 - the shared fixtures
from test_shell_support import OFFSCREEN_NOISE, WAIT_MS

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from caseworker.services.startup import Workplace
from caseworker.store import outbox_queries as q
from caseworker.sync.outbox import Kind, changed_event, enqueue
from ui.main_window import MainWindow
from ui.theme import select_rows

pytestmark = OFFSCREEN_NOISE


def test_ctrl_k_and_ctrl_f_focus_the_search_field(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    for keys in ("Ctrl+K", "Ctrl+F"):
        window.worklist.view.setFocus()
        QTest.keySequence(window, keys)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search.field, timeout=WAIT_MS)


def test_the_window_is_labelled_as_demo_with_a_messaging_dock(window: MainWindow) -> None:
    assert window.demo_label.isVisible()
    assert window.demo_label.text() == "DEMO — fictieve gegevens"
    assert window.findChild(type(window.messaging_dock), "messagingDock") is window.messaging_dock


def test_presentation_mode_shows_the_banner_and_hides_the_worklist(qtbot: QtBot, window: MainWindow) -> None:
    base = QApplication.font().pointSizeF()
    QTest.keySequence(window, "Ctrl+Shift+P")
    assert window.banner.isVisible()
    assert window.banner.text() == "Presentatiemodus — interne notities verborgen"
    assert not window.worklist.isVisible() and not window.search.isVisible()
    assert QApplication.font().pointSizeF() > base * 1.3
    QTest.keySequence(window, "Ctrl+Shift+P")
    assert not window.banner.isVisible() and window.worklist.isVisible()
    assert QApplication.font().pointSizeF() == base


def test_outbox_dialog_lists_a_failed_item_and_retry_makes_it_pending(
    qtbot: QtBot, window: MainWindow, workplace: Workplace
) -> None:
    op_id = _failed_contact(workplace, "Huisbezoek verslag", "De server weigerde: onbekende medewerker.")
    dialog = window.show_outbox()  # its list is read in a worker thread: not before the wait below
    with qtbot.waitSignal(dialog.reloaded, timeout=WAIT_MS):
        pass
    assert dialog.model.rowCount() == 1
    row = [dialog.model.data(dialog.model.index(0, c)) for c in range(dialog.model.columnCount())]
    assert row[2] == "mislukt" and "onbekende medewerker" in row[3] and "Huisbezoek verslag" in row[0]
    select_rows(dialog.view, [0])
    assert dialog.retry_button.isEnabled()
    with qtbot.waitSignal(dialog.reloaded, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
    assert dialog.model.data(dialog.model.index(0, 2)) == "wacht"
    with q.reading(workplace.session.store) as conn:
        entry = q.entry(conn, op_id)
    assert entry is not None and entry.state == "pending"


def test_the_status_bar_counts_the_outbox(qtbot: QtBot, window: MainWindow, workplace: Workplace) -> None:
    _failed_contact(workplace, "Telefoon", "geweigerd")
    # The counts arrive through the outbox's event, as after any push (from the loop's thread or another).
    workplace.session.bus.emit(changed_event(workplace.session.store))
    qtbot.waitUntil(lambda: window.status.outbox.text() == "Uitbox: 1 (1 mislukt)", timeout=WAIT_MS)


def _failed_contact(workplace: Workplace, onderwerp: str, error: str) -> str:
    now = datetime.now(UTC)
    with workplace.session.store.write() as writer:
        op_id = enqueue(
            writer,
            kind=Kind.KLANTCONTACT,
            record_key="klantcontact:test",
            bsn=None,
            payload={"onderwerp": onderwerp, "kanaal": "telefoon"},
            now=now,
        )
        q.update_entry(q.connection(writer), op_id, state="failed", last_error=error)
    return op_id
