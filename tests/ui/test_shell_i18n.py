"""Languages and accessibility: English through Qt Linguist files, names for every control of the shell."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_shell_support import *  # noqa: F403 - the shared fixtures
from test_shell_support import OFFSCREEN_NOISE, visible_texts

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from ui.i18n import install_translator, tool, ts_path
from ui.main_window import MainWindow

pytestmark = OFFSCREEN_NOISE

REPO = Path(__file__).resolve().parents[2]
# The contexts (classes and modules) of the workplace shell; the client view and messaging panes keep
# their own texts in the same files and are checked by their own tests.
SHELL_CONTEXTS = frozenset(
    {
        "LockScreen",
        "MainWindow",
        "OutboxDialog",
        "PlaceholderClientView",
        "SearchPanel",
        "StatusPanel",
        "TakeAlongDialog",
        "WorklistPanel",
        "app",
        "errors",
    }
)
SHELL_SOURCES = sorted(
    str(REPO / "ui" / name)
    for name in (
        "app.py", "client_slot.py", "errors.py", "lock.py", "main_window.py", "search.py", "status.py",
        "take_along.py", "worklist.py",
    )
)  # fmt: skip


def messages(ts: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) -> the finished translation, or None when there is none."""
    found: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") is None and translation.text
            found[(name, message.findtext("source") or "")] = translation.text if done else None
    return found


def test_every_text_of_the_shell_has_an_english_translation(tmp_path: Path) -> None:
    extracted = tmp_path / "shell.ts"
    subprocess.run(
        [tool("pyside6-lupdate"), "-silent", "-source-language", "nl", *SHELL_SOURCES, "-ts", str(extracted)],
        check=True,
        timeout=120,
    )
    in_code = {key for key in messages(extracted) if key[0] in SHELL_CONTEXTS}
    english = messages(ts_path("en"))
    assert len(in_code) > 50
    missing = sorted(
        f"{context}: {source}" for context, source in in_code if not english.get((context, source))
    )
    assert not missing, "no English for:\n" + "\n".join(missing)


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    translator = install_translator(qapp, "en")
    assert translator is not None
    yield
    qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale("nl"))


def test_in_english_the_window_shows_english_texts(english: None, window: MainWindow) -> None:
    texts = visible_texts(window)
    assert "Worklist" in texts and "DEMO — fictional data" in texts
    assert window.search.brp_button.text() == "Search BRP"
    assert window.worklist.model.headerData(0, Qt.Orientation.Horizontal) == "Client"
    # Texts that read the same in both languages ("BSN", "● Online") are no leak.
    dutch = {
        source
        for (context, source), english in messages(ts_path("en")).items()
        if context in SHELL_CONTEXTS and english != source
    }
    shell_widgets = [window.search, window.worklist, window.status, window.lock_screen, window.banner]
    leaked = {text for widget in shell_widgets for text in _texts(widget) if text in dutch}
    assert not leaked, f"Dutch left in the English window: {leaked}"


def _texts(root: QWidget) -> list[str]:
    found = [label.text() for label in root.findChildren(QLabel)]
    found += [button.text() for button in root.findChildren(QAbstractButton)]
    return [*found, root.accessibleName()]


def test_every_control_of_the_shell_has_an_accessible_name(window: MainWindow) -> None:
    client_view = window.client_widget
    unnamed = [
        f"{type(widget).__name__} {widget.objectName()}"
        for widget in window.findChildren(QWidget)
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        and widget.isVisible()
        and not client_view.isAncestorOf(widget)
        and not _named(widget)
    ]
    assert not unnamed, unnamed


def _named(widget: QWidget) -> bool:
    if widget.accessibleName():
        return True
    if isinstance(widget, QAbstractButton) and widget.text():
        return True
    # A view's viewport or a header belongs to its named view.
    parent = widget.parentWidget()
    return parent is not None and bool(parent.accessibleName()) and not isinstance(widget, QAbstractButton)
