"""One table model for every list in the client view, parameterised by its columns.

Records are the core's frozen dataclasses; a column says how a record reads as text and, optionally, in
which tone (pending, failed, new, overdue) it is marked. The mark is always also said in words in a column
of its own, so colour never carries meaning alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

T = TypeVar("T")

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1  # the record itself, for views that act on a selection


class Tone(Enum):
    """Status colours: (on a light background, on a dark background), both ≥ 4.5:1 against the base."""

    NEW = ("#0b5cad", "#8cc4ff")
    WAITING = ("#8a5300", "#ffc46b")
    FAILED = ("#b00020", "#ff8a95")
    DONE = ("#2e6b30", "#9bd49d")

    def color(self, palette: QPalette) -> QColor:
        dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
        return QColor(self.value[1] if dark else self.value[0])


@dataclass(frozen=True)
class Column(Generic[T]):
    title: str  # translated by the caller
    text: Callable[[T], str]
    tone: Callable[[T], Tone | None] | None = None
    align_right: bool = False


class RecordTableModel(QAbstractTableModel, Generic[T]):
    """A read-only table of records; `set_records` replaces them all (a client view is small)."""

    def __init__(self, columns: Sequence[Column[T]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._records: tuple[T, ...] = ()

    def set_records(self, records: Sequence[T]) -> None:
        self.beginResetModel()
        self._records = tuple(records)
        self.endResetModel()

    def clear(self) -> None:
        self.set_records(())

    def record(self, row: int) -> T | None:
        return self._records[row] if 0 <= row < len(self._records) else None

    @property
    def records(self) -> tuple[T, ...]:
        return self._records

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._records):
            return None
        record, column = self._records[index.row()], self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(record)
        if role == Qt.ItemDataRole.ForegroundRole and column.tone is not None:
            tone = column.tone(record)
            return tone.color(QApplication.palette()) if tone else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == RECORD_ROLE:
            return record
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section].title
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
