"""The worklist: my caseload, the clients I took along, my open tasks — overdue ones first and marked."""

from __future__ import annotations

import asyncio
from datetime import datetime
from functools import partial

from PySide6.QtCore import QLocale, QModelIndex, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from caseworker.services.session import Session
from caseworker.services.worklist import WorklistEntry, worklist
from caseworker.sync.refresh import SectionRefreshed
from caseworker.tasks import TaskOwner
from ui.bridge import EventBridge
from ui.search import qdate, short_date
from ui.table_model import Column, RowsModel
from ui.theme import select_rows, set_up_table

RELOAD_AFTER_MS = 1000  # refreshed sections arrive in bursts: reload the list once per burst


def expiry(until: datetime) -> str:
    """`3 dec.`: the day a client taken along leaves the cache."""
    return QLocale().toString(qdate(until.astimezone().date()), "d MMM")


class WorklistPanel(QWidget):
    open_requested = Signal(str)
    take_along_requested = Signal(list)  # BSNs
    loaded = Signal(int)  # the list was read again: this many rows

    def __init__(
        self, session: Session, tasks: TaskOwner, bridge: EventBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._tasks = tasks
        self.title = QLabel(self.tr("Werklijst"), self)
        self.model = RowsModel(
            [
                Column(self.tr("Cliënt"), lambda e: e.naam),
                Column(self.tr("Uiterlijk"), self._due, alarming=lambda e: e.overdue),
                Column(self.tr("Waarom"), self._why),
                Column(self.tr("Taak"), lambda e: e.task),
            ],
            self,
        )
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Werklijst"))
        self.title.setBuddy(self.view)
        set_up_table(self.view)
        # Name and due date first: the overdue mark must stay in sight when the panel is narrow.
        self.view.setColumnWidth(0, 150)
        self.view.setColumnWidth(1, 150)
        self.view.setColumnWidth(2, 80)
        self.take_along_button = QPushButton(self.tr("Meenemen…"), self)
        self.take_along_button.setAccessibleName(self.tr("Geselecteerde cliënten meenemen voor bezoek"))
        self.visits_button = QPushButton(self.tr("Bezoeken van vandaag"), self)
        self.visits_button.setAccessibleName(self.tr("Cliënten met een huisbezoek vandaag meenemen"))
        self._layout()
        self._reload = QTimer(self)
        self._reload.setSingleShot(True)
        self._reload.setInterval(RELOAD_AFTER_MS)
        self._reload.timeout.connect(self.reload)
        bridge.subscribe(SectionRefreshed, lambda _: self._reload.start())
        self.view.activated.connect(self._open_row)
        self.take_along_button.clicked.connect(lambda: self.take_along_requested.emit(self.selected_bsns()))
        self.visits_button.clicked.connect(self._take_visits)

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.take_along_button)
        buttons.addWidget(self.visits_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addWidget(self.view, 1)
        column.addLayout(buttons)

    def _why(self, entry: WorklistEntry) -> str:
        if entry.taken_along_until is not None:
            return self.tr("mee tot {date}").format(date=expiry(entry.taken_along_until))
        return self.tr("caseload") if entry.caseload else self.tr("taak")

    def _due(self, entry: WorklistEntry) -> str:
        if entry.due is None:
            return ""
        shown = short_date(entry.due)
        return self.tr("{date} — te laat").format(date=shown) if entry.overdue else shown

    def reload(self) -> None:
        self._tasks.spawn(self._read(), name="worklist", key="worklist")

    async def _read(self) -> None:
        session = self._session
        read = partial(worklist, session.store, session.user_name, session.clock())
        entries = await asyncio.to_thread(read)
        selected = set(self.selected_bsns())
        self.model.set_rows(entries)
        select_rows(self.view, [row for row, entry in enumerate(entries) if entry.bsn in selected])
        self.loaded.emit(len(entries))

    def clear(self) -> None:
        """Hide every name (the session locks); `reload` brings them back."""
        self._reload.stop()
        self._tasks.spawn(_nothing(), name="worklist cleared", key="worklist")
        self.model.clear()

    def selected_bsns(self) -> list[str]:
        return [self.model.row(index.row()).bsn for index in self.view.selectionModel().selectedRows()]

    def _take_visits(self) -> None:
        visits = [entry.bsn for entry in self.model.rows if entry.visit_today]
        self.take_along_requested.emit(visits or self.selected_bsns())

    def _open_row(self, index: QModelIndex) -> None:
        self.open_requested.emit(self.model.row(index.row()).bsn)


async def _nothing() -> None:
    """Takes the worklist key: a read still under way is cancelled, so it cannot refill a locked list."""
