"""The session lock hides every name until the user unlocks; it comes after the idle time too."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from test_shell_support import *  # noqa: F403 - the shared fixtures
from test_shell_support import OFFSCREEN_NOISE, WAIT_MS, visible_texts

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ui.lock import IdleWatcher
from ui.main_window import MainWindow

pytestmark = OFFSCREEN_NOISE


def test_locking_hides_the_clients_name_and_unlocking_shows_it(qtbot: QtBot, window: MainWindow) -> None:
    client = window.worklist.model.row(0)
    with qtbot.waitSignal(window.client_view.loaded, timeout=WAIT_MS):
        window.open_client(client.bsn)
    window.search.field.setText(client.naam)
    assert client.naam in visible_texts(window)

    QTest.keySequence(window, "Ctrl+L")
    assert window.locked
    texts = visible_texts(window)
    assert client.naam not in texts
    assert client.naam.split()[-1] not in texts
    assert "Vergrendeld" in window.status.lock_state.text()
    assert not window.messaging_dock.isVisible()

    with qtbot.waitSignal(window.worklist.loaded, timeout=WAIT_MS):
        qtbot.mouseClick(window.lock_screen.unlock_button, Qt.MouseButton.LeftButton)
    assert not window.locked
    assert client.naam in visible_texts(window)


def test_the_idle_watcher_fires_after_quiet_and_input_resets_it(qtbot: QtBot) -> None:
    watcher = IdleWatcher(1)
    watcher._timer.setInterval(200)  # a minute is the smallest setting; the test needs less
    watcher._timer.start()
    with qtbot.waitSignal(watcher.idle, timeout=2000):
        pass
