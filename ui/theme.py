"""Colours and sizes that follow the system (DESIGN §10): palette roles everywhere, except the status
colours, which are chosen per light/dark scheme so they keep their contrast on either background."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

PRESENTATION_SCALE = 1.4  # presentation mode: type readable from across the kitchen table

# (light scheme, dark scheme): ≥ 4.5:1 against the default window background of each.
_WARNING = ("#b00020", "#ff8a80")
_ONLINE = ("#1b5e20", "#81c784")
_DEGRADED = ("#8a5300", "#ffcc80")


def is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def _status(pair: tuple[str, str]) -> QColor:
    return QColor(pair[1] if is_dark() else pair[0])


def warning_colour() -> QColor:
    return _status(_WARNING)


def online_colour() -> QColor:
    return _status(_ONLINE)


def degraded_colour() -> QColor:
    return _status(_DEGRADED)


def warning_brush() -> QBrush:
    return QBrush(warning_colour())


def scaled_font(base: QFont, factor: float) -> QFont:
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * factor)
    return font


def select_rows(view: QTableView, rows: list[int]) -> None:
    """Select exactly these rows. Not `selectRow`: that reads the keyboard's modifiers, so with Ctrl or Shift
    still held from a shortcut it would toggle or extend the selection instead."""
    model = view.model()
    selection = QItemSelection()
    for row in rows:
        selection.select(model.index(row, 0), model.index(row, model.columnCount() - 1))
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().select(selection, flags)


def set_up_table(view: QTableView) -> None:
    """Rows of one line, fixed height, whole rows selected: no per-row measuring (DESIGN §14)."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setTabKeyNavigation(False)  # Tab leaves the list: the next control is one key away
    rows = view.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 8)
    rows.hide()
    columns = view.horizontalHeader()
    columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    columns.setStretchLastSection(True)
    columns.setHighlightSections(False)
