"""Languages and accessibility: English through Qt Linguist files for every text of `ui/`, and names for
every control of the shell."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from test_shell_support import *  # noqa: F403 - the shared fixtures
from test_shell_support import OFFSCREEN_NOISE, WAIT_MS, run, visible_texts

import qasync
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QLocale, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from ui.client_slot import VIEWS
from ui.i18n import extract, install_translator, ts_path
from ui.main_window import MainWindow

pytestmark = OFFSCREEN_NOISE

PLACEHOLDER = re.compile(r"\{\w*\}|%\d+|%n")
# Texts joined from parts ("Ninthe Kerkhof (inwoner) · 26-10 17:30 · verzonden") are checked part by part.
SEPARATOR = re.compile(r"\s*(?:·|—|\n)\s*")


@dataclass(frozen=True)
class Message:
    source: str
    translation: str | None  # None when unfinished or empty


def messages(ts: Path) -> dict[tuple[str, str], Message]:
    """(context, source) -> the message, with its finished translation or None."""
    found: dict[tuple[str, str], Message] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            done = translation is not None and translation.get("type") is None and bool(translation.text)
            found[(name, source)] = Message(
                source, translation.text if done and translation is not None else None
            )
    return found


@pytest.fixture(scope="module")
def in_code(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """The (context, source) of every translatable text in `ui/`, as `python -m ui.i18n` extracts them."""
    extracted = tmp_path_factory.mktemp("i18n") / "code.ts"
    extract(extracted, "en")
    return set(messages(extracted))


def test_every_text_in_the_code_has_a_finished_english_translation(in_code: set[tuple[str, str]]) -> None:
    english = messages(ts_path("en"))
    assert len(in_code) > 400
    missing = sorted(
        f"{context}: {source}" for context, source in in_code if (context, source) not in english
    )
    assert not missing, "not in keukentafel_en.ts, run `python -m ui.i18n`:\n" + "\n".join(missing)
    unfinished = sorted(f"{c}: {m.source}" for (c, _), m in english.items() if m.translation is None)
    assert not unfinished, "no English for:\n" + "\n".join(unfinished)
    gone = sorted(f"{context}: {source}" for context, source in set(english) - in_code)
    assert not gone, "no longer in the code, run `python -m ui.i18n`:\n" + "\n".join(gone)


def test_the_dutch_file_lists_every_text_of_the_code(in_code: set[tuple[str, str]]) -> None:
    assert set(messages(ts_path("nl"))) == in_code


def test_translations_keep_placeholders_and_accelerators() -> None:
    wrong = []
    for (context, source), message in messages(ts_path("en")).items():
        english = message.translation or ""
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(english)):
            wrong.append(f"{context}: {source!r} -> {english!r} (placeholders)")
        if source.replace("&&", "").count("&") != english.replace("&&", "").count("&"):
            wrong.append(f"{context}: {source!r} -> {english!r} (accelerator)")
    assert not wrong, "\n".join(wrong)


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    translator = install_translator(qapp, "en")
    assert translator is not None
    yield
    qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale("nl"))


def test_in_english_the_window_shows_english_texts(
    english: None, qtbot: QtBot, qloop: qasync.QEventLoop, window: MainWindow
) -> None:
    texts = visible_texts(window)
    assert "Worklist" in texts and "DEMO — fictional data" in texts
    assert window.search.brp_button.text() == "Search BRP"
    assert window.worklist.model.headerData(0, Qt.Orientation.Horizontal) == "Client"
    # Texts that read the same in both languages ("BSN", "● Online") are no leak.
    dutch = {m.source for m in messages(ts_path("en")).values() if m.translation != m.source}
    shown = _texts(window)

    client = window.worklist.model.row(0)
    with qtbot.waitSignal(window.client_view.loaded, timeout=WAIT_MS):
        window.open_client(client.bsn)
    for view in VIEWS:
        if view != "berichten":  # the messaging pane beside the client view, visited below
            window.client_view.select_view(view)
            qtbot.wait(1)
            shown |= _texts(window)
    assert run(qtbot, qloop, window.messaging_pane.show_first_thread())
    shown |= _texts(window)

    assert {"&Overview", "Left to spend each month", "&New conversation"} <= shown
    leaked = sorted(text for text in shown if text in dutch)
    assert not leaked, f"Dutch left in the English window: {leaked}"


def _texts(root: QWidget) -> set[str]:
    """Every text of `root` and its widgets, shown or not: labels, buttons, titles, tabs, placeholders, combo
    items, names for screen readers, tooltips, actions, and the headers and cells of item views (the first
    rows)."""
    found = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        found += [widget.accessibleName(), widget.toolTip()]
        if isinstance(widget, QLabel | QAbstractButton):
            found.append(widget.text())
        elif isinstance(widget, QGroupBox | QDockWidget):
            found.append(widget.title() if isinstance(widget, QGroupBox) else widget.windowTitle())
        elif isinstance(widget, QTabBar):
            found += [widget.tabText(i) for i in range(widget.count())]
            found += [widget.tabToolTip(i) for i in range(widget.count())]
        elif isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            found.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            found += _model_texts(widget.model())
    found += [action.text() for action in root.findChildren(QAction)]
    return {part for text in found if text for part in [text, *SEPARATOR.split(text)] if part}


def _model_texts(model: QAbstractItemModel) -> list[str]:
    top = QModelIndex()
    columns = range(1 if isinstance(model, QAbstractListModel) else model.columnCount(top))
    found = [str(model.headerData(column, Qt.Orientation.Horizontal) or "") for column in columns]
    # Not the cells' tooltips: the planner's hold the rule and its explanation, content that stays Dutch.
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
    for row in range(min(model.rowCount(top), 50)):
        found += [
            value
            for column in columns
            for role in roles
            if isinstance(value := model.data(model.index(row, column, top), role), str)
        ]
    return found
