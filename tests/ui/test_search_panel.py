"""Search as you type, and the BRP search's plain messages."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from test_shell_support import *  # noqa: F403 - the shared fixtures
from test_shell_support import OFFSCREEN_NOISE, WAIT_MS

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from caseworker.services.search import HOW_TO_SEARCH_BRP
from ui.main_window import MainWindow

pytestmark = OFFSCREEN_NOISE


def test_typing_a_surname_shows_that_client_first(qtbot: QtBot, window: MainWindow) -> None:
    client = window.worklist.model.row(0)
    surname = client.naam.split()[-1]
    window.search.focus_field()
    with qtbot.waitSignal(window.search.searched, timeout=WAIT_MS):
        QTest.keyClicks(window.search.field, surname)
    hits = window.search.model.rows
    assert hits[0].naam.endswith(surname)
    assert client.bsn in [hit.bsn for hit in hits]
    shown = window.search.model.data(window.search.model.index(0, 1))
    assert shown != hits[0].bsn and shown.endswith(hits[0].bsn[-3:])  # the BSN partly masked
    assert window.search.results.isVisible()


def test_enter_opens_the_first_hit(qtbot: QtBot, window: MainWindow) -> None:
    client = window.worklist.model.row(0)
    with qtbot.waitSignal(window.search.searched, timeout=WAIT_MS):
        QTest.keyClicks(window.search.field, client.naam)
    with qtbot.waitSignal(window.client_view.loaded, timeout=WAIT_MS) as opened:
        QTest.keyClick(window.search.field, Qt.Key.Key_Return)
    assert opened.args == [window.search.model.row(0).bsn]


def test_the_brp_search_explains_what_it_accepts(qtbot: QtBot, window: MainWindow) -> None:
    window.search.field.setText("zomaar wat")
    with qtbot.waitSignal(window.search.searched, timeout=WAIT_MS):
        qtbot.mouseClick(window.search.brp_button, Qt.MouseButton.LeftButton)
    assert window.search.message.isVisible()
    assert window.search.message.text() == HOW_TO_SEARCH_BRP


def test_search_model_passes_the_model_tester(
    qtbot: QtBot, window: MainWindow, qtmodeltester: object
) -> None:
    with qtbot.waitSignal(window.search.searched, timeout=WAIT_MS):
        QTest.keyClicks(window.search.field, window.worklist.model.row(0).naam.split()[-1])
    qtmodeltester.check(window.search.model)  # type: ignore[attr-defined]
