"""The status bar (DESIGN §6, §10): connection per API, last sync, the outbox, the lock — and the outbox
dialog behind the count, with a retry for what the servers refused."""

from __future__ import annotations

import asyncio
from datetime import datetime
from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QStatusBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caseworker.domain.client import SOURCE_LABELS
from caseworker.events import Connectivity, ConnectivityChanged
from caseworker.services.session import Session
from caseworker.services.worklist import outbox_items
from caseworker.sync.outbox import Outbox, OutboxChanged, PendingItem, State, outbox_summary
from caseworker.sync.refresh import SectionRefreshed
from caseworker.tasks import TaskOwner
from ui.bridge import EventBridge
from ui.client.section import source_label
from ui.table_model import Column, RowsModel
from ui.theme import degraded_colour, online_colour, select_rows, set_up_table, warning_colour


def clock_time(moment: datetime) -> str:
    return moment.astimezone().strftime("%H:%M")


class StatusPanel(QStatusBar):
    outbox_requested = Signal()

    def __init__(
        self, session: Session, tasks: TaskOwner, bridge: EventBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._tasks = tasks
        self.connection = QLabel(self)
        self.connection.setAccessibleName(self.tr("Verbinding"))
        self.last_sync = QLabel(self)
        self.last_sync.setAccessibleName(self.tr("Laatst bijgewerkt"))
        self.outbox = QPushButton(self)
        self.outbox.setFlat(True)
        self.outbox.setAccessibleName(self.tr("Uitbox openen"))
        self.lock_state = QLabel(self)
        self.lock_state.setAccessibleName(self.tr("Vergrendeling"))
        for widget in (self.connection, self.last_sync, self.outbox, self.lock_state):
            self.addPermanentWidget(widget)
        self.outbox.clicked.connect(self.outbox_requested)
        bridge.subscribe(ConnectivityChanged, self._connectivity)
        bridge.subscribe(OutboxChanged, lambda e: self._show_outbox(e.pending, e.failed + e.conflicts))
        bridge.subscribe(SectionRefreshed, lambda _: self._show_last_sync())
        self._show_connection()
        self._show_last_sync()
        self._show_outbox(0, 0)
        self.set_locked(False)
        tasks.spawn(self._read_outbox(), name="outbox count", key="outbox count")

    async def _read_outbox(self) -> None:
        summary = await asyncio.to_thread(outbox_summary, self._session.store)
        self._show_outbox(summary.pending, summary.failed + summary.conflicts)

    def _connectivity(self, event: ConnectivityChanged) -> None:
        self._show_connection()
        self._show_last_sync()

    def _show_connection(self) -> None:
        overall = self._session.connectivity.overall
        texts = {
            Connectivity.ONLINE: (self.tr("● Online"), online_colour()),
            Connectivity.DEGRADED: (self.tr("● Beperkt bereikbaar"), degraded_colour()),
            Connectivity.OFFLINE: (self.tr("● Offline"), warning_colour()),
        }
        text, colour = texts[overall]
        self.connection.setText(text)
        self.connection.setStyleSheet(f"color: {colour.name()}")
        self.connection.setToolTip("\n".join(self._service_line(s) for s in SOURCE_LABELS))

    def _service_line(self, service: str) -> str:
        health = self._session.connectivity.snapshot().get(service)
        if health is None:
            unused = self.tr("nog niet gebruikt")
            return f"{source_label(service)}: {unused}"
        names = {
            Connectivity.ONLINE: self.tr("online"),
            Connectivity.DEGRADED: self.tr("beperkt"),
            Connectivity.OFFLINE: self.tr("offline"),
        }
        line = f"{source_label(service)}: {names[health.state]}"
        failing = health.state is not Connectivity.ONLINE and health.last_error
        return f"{line} ({health.last_error})" if failing else line

    def _show_last_sync(self) -> None:
        last = self._session.connectivity.last_success()
        self.last_sync.setText(
            self.tr("Bijgewerkt {time}").format(time=clock_time(last))
            if last
            else self.tr("Nog niet bijgewerkt")
        )

    def _show_outbox(self, pending: int, needs_attention: int) -> None:
        text = self.tr("Uitbox: {count}").format(count=pending + needs_attention)
        if needs_attention:
            text += " " + self.tr("({count} mislukt)").format(count=needs_attention)
        self.outbox.setText(text)

    def set_locked(self, locked: bool) -> None:
        self.lock_state.setText(self.tr("🔒 Vergrendeld") if locked else self.tr("Ontgrendeld"))


class OutboxDialog(QDialog):
    """What is still waiting to be sent, and what the servers refused (with their reason)."""

    reloaded = Signal(int)

    def __init__(
        self, session: Session, outbox: Outbox, tasks: TaskOwner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._outbox = outbox
        self._tasks = tasks
        self.setWindowTitle(self.tr("Uitbox"))
        self.setAccessibleName(self.tr("Uitbox"))
        self.resize(720, 360)
        states = {
            State.PENDING.value: self.tr("wacht"),
            State.IN_FLIGHT.value: self.tr("wordt verzonden"),
            State.FAILED.value: self.tr("mislukt"),
            State.CONFLICT.value: self.tr("conflict"),
        }
        failed = (State.FAILED.value, State.CONFLICT.value)
        self.model = RowsModel(
            [
                Column(self.tr("Wat"), _what),
                Column(
                    self.tr("Aangemaakt"),
                    lambda i: i.created_at.astimezone().strftime("%d-%m %H:%M"),
                ),
                Column(
                    self.tr("Status"),
                    lambda i: states.get(i.state, i.state),
                    alarming=lambda i: i.state in failed,
                ),
                Column(self.tr("Melding"), lambda i: i.last_error),
            ],
            self,
        )
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Items in de uitbox"))
        set_up_table(self.view)
        self.view.setColumnWidth(0, 220)
        self.retry_button = QPushButton(self.tr("Opnieuw proberen"), self)
        self.retry_button.setAccessibleName(self.tr("Geselecteerd item opnieuw proberen"))
        self.retry_button.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.retry_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.view.selectionModel().selectionChanged.connect(self._enable_retry)
        self.retry_button.clicked.connect(self._retry)

    def reload(self) -> None:
        self._tasks.spawn(self._read(), name="outbox list", key="outbox list")

    async def _read(self) -> None:
        items = await asyncio.to_thread(outbox_items, self._session.store)
        selected = {item.op_id for item in self._selected()}
        self.model.set_rows(items)
        select_rows(self.view, [row for row, item in enumerate(items) if item.op_id in selected])
        self._enable_retry()
        self.reloaded.emit(len(items))

    def _selected(self) -> list[PendingItem]:
        return [self.model.row(index.row()) for index in self.view.selectionModel().selectedRows()]

    def _enable_retry(self, *_: object) -> None:
        self.retry_button.setEnabled(any(item.state == State.FAILED.value for item in self._selected()))

    def _retry(self) -> None:
        failed = [item.op_id for item in self._selected() if item.state == State.FAILED.value]
        self._tasks.spawn(self._send_again(failed), name="outbox retry", key="outbox list")

    async def _send_again(self, op_ids: list[str]) -> None:
        for op_id in op_ids:
            await asyncio.to_thread(partial(self._outbox.retry, op_id))
        await self._read()


def _what(item: PendingItem) -> str:
    """The kind of write and its own title, as the user typed it."""
    title = item.payload.get("onderwerp") or item.payload.get("gevraagde_handeling") or ""
    return f"{item.kind}: {title}" if title else item.kind
