"""Offline is a normal state: with the municipality gone the window opens from the cache and says so."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from test_shell_support import *  # noqa: F403 - the shared fixtures
from test_shell_support import OFFSCREEN_NOISE, WAIT_MS

from caseworker.services.startup import Workplace
from ui.main_window import MainWindow

pytestmark = OFFSCREEN_NOISE


def test_without_the_servers_the_window_shows_the_cache_and_offline(
    qtbot: QtBot, workplace: Workplace, window: MainWindow
) -> None:
    assert workplace.sandbox is not None
    workplace.sandbox.stop()
    assert window.worklist.model.rowCount() >= 10  # the caseload, from the cache
    client = window.worklist.model.row(0)
    with qtbot.waitSignal(window.client_view.loaded, timeout=WAIT_MS):
        window.open_client(client.bsn)
    status = window.status.connection
    qtbot.waitUntil(lambda: "BRP: offline" in status.toolTip(), timeout=WAIT_MS)
    assert status.text() == "● Offline"
