"""The planner's item models: the comparison (one for every column) and small editable row lists."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from caseworker.scenario import Comparison, Outcome, ScenarioResult
from caseworker.scenario.outcome import OutcomeStatus
from caseworker.services.plan import INTERNAL_OUTCOMES, PLAN_OUTCOMES
from ui.i18n import translate
from ui.plan import texts

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()

OUTCOME_ROLE = Qt.ItemDataRole.UserRole + 1  # the cell's Outcome, or None
KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's outcome key
DIFFERENCE_ROLE = Qt.ItemDataRole.UserRole + 3  # scenario minus current, cents, or None


class ComparisonModel(QAbstractTableModel):
    """Rows are outcomes, columns the current situation and up to three scenarios. A scenario's cell also
    says how it differs from the current situation, in words ("+ € 40,00 meer")."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._comparison: Comparison | None = None
        self._names: tuple[str, ...] = ()
        self._keys: tuple[str, ...] = PLAN_OUTCOMES

    def set_comparison(self, names: Sequence[str], comparison: Comparison) -> None:
        """Same shape: the cells change in place (the view keeps its selection); else a reset."""
        if len(names) != len(self._names) or self._comparison is None:
            self.beginResetModel()
            self._names, self._comparison = tuple(names), comparison
            self.endResetModel()
            return
        self._names, self._comparison = tuple(names), comparison
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(names) - 1)
        if self._keys:
            last = self.index(len(self._keys) - 1, len(names) - 1)
            roles = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, OUTCOME_ROLE, DIFFERENCE_ROLE]
            self.dataChanged.emit(self.index(0, 0), last, roles)

    def set_presentation(self, on: bool) -> None:
        self.beginResetModel()
        self._keys = tuple(k for k in PLAN_OUTCOMES if not (on and k in INTERNAL_OUTCOMES))
        self.endResetModel()

    def result(self, column: int) -> ScenarioResult | None:
        if self._comparison is None or not 0 <= column < len(self._names):
            return None
        return self._comparison.current if column == 0 else self._comparison.alternatives[column - 1]

    def outcome(self, row: int, column: int) -> Outcome | None:
        result = self.result(column)
        if result is None or not 0 <= row < len(self._keys):
            return None
        return result.outcomes.get(self._keys[row])

    def row_of(self, key: str) -> int:
        return self._keys.index(key)

    def _difference(self, row: int, column: int) -> int | None:
        result = self.result(column)
        if column == 0 or result is None or self._comparison is None:
            return None
        return self._comparison.difference(result, self._keys[row])

    # -- QAbstractTableModel --------------------------------------------------------------------------

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() or self._comparison is None else len(self._keys)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._names)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._comparison is None:
            return None
        row, column = index.row(), index.column()
        outcome = self.outcome(row, column)
        difference = self._difference(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            change = texts.difference_text(difference)
            amount = texts.amount_text(*_amount_and_status(outcome))
            return f"{amount}\n{change}" if change else amount
        if role == Qt.ItemDataRole.ToolTipRole:
            return texts.why_tooltip(outcome) if outcome is not None else None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{texts.outcome_label(self._keys[row])}, {self._names[column]}: {self.data(index)}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole:
            return _bold() if difference or self._keys[row] == "netto_besteedbaar" else None
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            return _unknown_colours(role) if outcome is not None and outcome.status == "onbekend" else None
        return {OUTCOME_ROLE: outcome, KEY_ROLE: self._keys[row], DIFFERENCE_ROLE: difference}.get(role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._names[section] if 0 <= section < len(self._names) else None
        return texts.outcome_label(self._keys[section]) if 0 <= section < len(self._keys) else None


def _amount_and_status(outcome: Outcome | None) -> tuple[int | None, OutcomeStatus | None]:
    return (None, None) if outcome is None else (outcome.amount, outcome.status)


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def _unknown_colours(role: int) -> Any:
    # The tooltip pair is a background/text combination every style keeps readable, in light and dark.
    palette = QGuiApplication.palette()
    if role == Qt.ItemDataRole.BackgroundRole:
        return palette.brush(QPalette.ColorRole.ToolTipBase)
    return palette.brush(QPalette.ColorRole.ToolTipText)


@dataclass(frozen=True)
class Column:
    title: str
    editable: bool = True
    kind: type = str  # str, int, float or bool (a check box)
    maximum: float = 0  # for numbers: 0 … maximum


class RowsModel(QAbstractTableModel):
    """A small editable list of rows (goals, agreements, the household, chosen provisions): plain values,
    checked per column, turned into domain objects by the core."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._rows: list[list[Any]] = []

    def rows(self) -> list[tuple[Any, ...]]:
        return [tuple(row) for row in self._rows]

    def set_rows(self, rows: Sequence[Sequence[Any]]) -> None:
        self.beginResetModel()
        self._rows = [list(row) for row in rows]
        self.endResetModel()

    def append_row(self, values: Sequence[Any]) -> int:
        row = len(self._rows)
        self.beginInsertRows(ROOT, row, row)
        self._rows.append(list(values))
        self.endInsertRows()
        return row

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(ROOT, row, row)
            del self._rows[row]
            self.endRemoveRows()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column, value = self._columns[index.column()], self._rows[index.row()][index.column()]
        if column.kind is bool:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.DisplayRole:
                return translate("plan", "ja") if value else translate("plan", "nee")
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return f"{value:g}" if column.kind is float and role == Qt.ItemDataRole.DisplayRole else value
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not self._columns[index.column()].editable:
            return False
        column = self._columns[index.column()]
        accepted = _accept(column, value, role)
        if accepted is None:
            return False
        self._rows[index.row()][index.column()] = accepted[0]
        self.dataChanged.emit(index, index, [role, Qt.ItemDataRole.DisplayRole])
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        column = self._columns[index.column()]
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if column.editable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable if column.kind is bool else Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section].title
        return section + 1 if orientation == Qt.Orientation.Vertical else None


def _accept(column: Column, value: Any, role: int) -> tuple[Any] | None:
    """The value to store, in a 1-tuple (so that a stored None or 0 is told from a refusal)."""
    if column.kind is bool:
        if role != Qt.ItemDataRole.CheckStateRole:
            return None
        return (Qt.CheckState(value) == Qt.CheckState.Checked,)
    if role != Qt.ItemDataRole.EditRole:
        return None
    if column.kind is str:
        return (str(value),)
    try:
        number = column.kind(value)
    except (TypeError, ValueError):
        return None
    return (number,) if 0 <= number <= column.maximum else None
