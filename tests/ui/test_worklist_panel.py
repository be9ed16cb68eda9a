"""The worklist: the caseload from the cache, overdue tasks marked in text and type, taking clients along."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pytestqt.qtbot import QtBot
from test_shell_support import *  # noqa: F403 - the shared fixtures
from test_shell_support import OFFSCREEN_NOISE, WAIT_MS

from PySide6.QtCore import Qt

from caseworker.services.startup import Workplace
from caseworker.services.writes import take_along
from caseworker.store import ScopeKind
from caseworker.store.reads import scoped_bsns
from ui.main_window import MainWindow

pytestmark = OFFSCREEN_NOISE


def test_the_worklist_shows_the_caseload_and_marks_overdue_tasks(
    window: MainWindow, workplace: Workplace
) -> None:
    model = window.worklist.model
    caseload = set(scoped_bsns(workplace.session.store, ScopeKind.CASELOAD))
    assert len(caseload) >= 10
    assert {entry.bsn for entry in model.rows if entry.caseload} == caseload
    overdue = [row for row, entry in enumerate(model.rows) if entry.overdue]
    assert overdue, "the demo municipality has overdue tasks"
    due = model.index(overdue[0], 1)
    assert model.data(due).endswith("te laat")  # said in words, not by colour alone
    assert model.data(due, Qt.ItemDataRole.FontRole).bold()
    assert model.data(due, Qt.ItemDataRole.ForegroundRole) is not None
    on_time = [row for row, entry in enumerate(model.rows) if entry.due and not entry.overdue]
    assert on_time and "te laat" not in model.data(model.index(on_time[0], 1))


def test_a_client_taken_along_shows_until_when(
    qtbot: QtBot, window: MainWindow, workplace: Workplace
) -> None:
    bsn = window.worklist.model.row(0).bsn
    now = datetime.now(UTC)
    take_along(workplace.session.store, [bsn], now + timedelta(days=3), now)
    with qtbot.waitSignal(window.worklist.loaded, timeout=WAIT_MS):
        window.worklist.reload()
    row = next(r for r, entry in enumerate(window.worklist.model.rows) if entry.bsn == bsn)
    assert window.worklist.model.data(window.worklist.model.index(row, 2)).startswith("mee tot ")


def test_worklist_model_passes_the_model_tester(window: MainWindow, qtmodeltester: object) -> None:
    qtmodeltester.check(window.worklist.model)  # type: ignore[attr-defined]
