"""The workplace window (DESIGN §10): search and worklist on the left, the client in the centre, messages on
the right, the status bar below; session lock and presentation mode over all of it."""

from __future__ import annotations

import asyncio
from datetime import date, timedelta
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFrame,
    QLabel,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from caseworker.messaging.service import MessagingSettings
from caseworker.services.startup import Workplace
from caseworker.services.writes import take_along
from caseworker.store import ScopeKind
from caseworker.sync.caseload import sync_clients
from caseworker.tasks import TaskOwner
from ui.bridge import EventBridge
from ui.client_slot import make_client_view
from ui.lock import IdleWatcher, LockScreen
from ui.messaging.pane import MessagingPane
from ui.search import SearchPanel
from ui.status import OutboxDialog, StatusPanel
from ui.take_along import TakeAlongDialog
from ui.theme import PRESENTATION_SCALE, degraded_colour, scaled_font
from ui.worklist import WorklistPanel


class MainWindow(QMainWindow):
    closed = Signal()

    def __init__(self, workplace: Workplace, tasks: TaskOwner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workplace = workplace
        self._tasks = tasks
        session = workplace.session
        self.bridge = EventBridge(session.bus, self)
        self.search = SearchPanel(session, tasks, self)
        self.worklist = WorklistPanel(session, tasks, self.bridge, self)
        self.client_widget, self.client_view = make_client_view(session, tasks, self)
        self.client_widget.setObjectName("clientView")
        self.banner = QLabel(self.tr("Presentatiemodus — interne notities verborgen"), self)
        self.banner.setObjectName("presentationBanner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setForegroundRole(self.banner.palette().ColorRole.HighlightedText)
        self.banner.setBackgroundRole(self.banner.palette().ColorRole.Highlight)
        self.banner.setAutoFillBackground(True)
        self.banner.hide()
        self.lock_screen = LockScreen(workplace.passphrase_route, self)
        self.status = StatusPanel(session, tasks, self.bridge, self)
        self.setStatusBar(self.status)
        self.messaging_dock = self._messaging_dock()
        self.stack = QStackedWidget(self)
        self.workspace = self._workspace()
        self.stack.addWidget(self.workspace)
        self.stack.addWidget(self.lock_screen)
        self.setCentralWidget(self.stack)
        self.setWindowTitle(self.tr("Keukentafel — DEMO") if workplace.demo else self.tr("Keukentafel"))
        if workplace.demo:
            self.demo_label = QLabel(self.tr("DEMO — fictieve gegevens"), self)
            self.demo_label.setObjectName("demoLabel")
            self.demo_label.setStyleSheet(f"font-weight: bold; color: {degraded_colour().name()}")
            self.status.addWidget(self.demo_label)
        self._base_font = QFont(QApplication.font())
        self._locked = False
        self._presenting = False
        self._outbox_dialog: OutboxDialog | None = None
        self._dock_was_visible = True
        self.idle = IdleWatcher(workplace.config.number("security.idle_lock_minutes"), self)
        QApplication.instance().installEventFilter(self.idle)  # type: ignore[union-attr]
        self._actions()
        self._connect()
        self.worklist.reload()

    # -- building --

    def _workspace(self) -> QWidget:
        self.left = QWidget(self)
        self.left.setObjectName("leftPanel")
        column = QVBoxLayout(self.left)
        column.setContentsMargins(6, 6, 0, 6)
        column.addWidget(self.search)
        column.addWidget(self.worklist, 3)
        # Results share the room with the worklist while there are any; otherwise the worklist has it all.
        self.search.searched.connect(lambda rows: column.setStretchFactor(self.search, 2 if rows else 0))
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.left)
        # The client view may ask for more width than a small window (or 200 % scaling) leaves: it scrolls
        # then, instead of pushing the window past the screen.
        centre = QScrollArea(self)
        centre.setWidget(self.client_widget)
        centre.setWidgetResizable(True)
        centre.setFrameShape(QFrame.Shape.NoFrame)
        centre.setAccessibleName(self.tr("Cliëntbeeld"))
        self.splitter.addWidget(centre)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([440, 900])  # a ratio: the splitter scales it to the window
        self.splitter.setChildrenCollapsible(False)
        workspace = QWidget(self)
        layout = QVBoxLayout(workspace)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        return workspace

    def _messaging_dock(self) -> QDockWidget:
        """The messaging pane (DESIGN §9): conversations of the open client and the inbox of all."""
        dock = QDockWidget(self.tr("Berichten"), self)
        dock.setObjectName("messagingDock")
        self.messaging_pane = MessagingPane(
            self.workplace.session,
            self._tasks,
            dock,
            settings=MessagingSettings.from_config(self.workplace.config),
            outbox=self.workplace.outbox,
        )
        dock.setWidget(self.messaging_pane)
        dock.setMinimumWidth(180)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self.resizeDocks([dock], [420], Qt.Orientation.Horizontal)
        return dock

    def _actions(self) -> None:
        view = self.menuBar().addMenu(self.tr("&Beeld"))
        client = self.menuBar().addMenu(self.tr("&Cliënt"))
        entries = [
            (
                view,
                self.tr("Zoeken"),
                [QKeySequence("Ctrl+K"), QKeySequence("Ctrl+F")],
                self.search.focus_field,
            ),
            (view, self.tr("Vergrendelen"), [QKeySequence("Ctrl+L")], self.lock),
            (view, self.tr("Presentatiemodus"), [QKeySequence("Ctrl+Shift+P")], self.toggle_presentation),
            (view, self.tr("Uitbox…"), [], self.show_outbox),
            (client, self.tr("Nieuw contact…"), [QKeySequence("Ctrl+N")], self.client_view.new_contact),
            (client, self.tr("Meenemen voor bezoek…"), [], lambda: self.take_along([])),
        ]
        for menu, text, keys, slot in entries:
            action = QAction(text, self)
            action.setShortcuts(keys)
            action.triggered.connect(slot)
            menu.addAction(action)
        self.messaging_dock.toggleViewAction().setText(self.tr("Berichten tonen"))
        view.addAction(self.messaging_dock.toggleViewAction())

    def _connect(self) -> None:
        self.search.open_requested.connect(self.open_client)
        self.worklist.open_requested.connect(self.open_client)
        self.worklist.take_along_requested.connect(self.take_along)
        self.status.outbox_requested.connect(self.show_outbox)
        self.idle.idle.connect(self.lock)
        self.lock_screen.unlock_requested.connect(self._unlock_requested)
        self.messaging_pane.open_client_requested.connect(self.open_client)

    # -- what the user does --

    def open_client(self, bsn: str) -> None:
        self.client_view.show_client(bsn)
        self.messaging_pane.set_client(bsn)

    def show_outbox(self) -> OutboxDialog:
        if self._outbox_dialog is None:
            self._outbox_dialog = OutboxDialog(
                self.workplace.session, self.workplace.outbox, self._tasks, self
            )
        self._outbox_dialog.reload()
        self._outbox_dialog.open()
        return self._outbox_dialog

    def take_along(self, bsns: list[str]) -> None:
        chosen = bsns or self.worklist.selected_bsns() or self.search.selected_bsns()
        if not chosen:
            self.status.showMessage(
                self.tr("Kies eerst een of meer cliënten in de werklijst of de zoekresultaten.")
            )
            return
        today = self.workplace.session.clock().astimezone().date()
        dialog = TakeAlongDialog(
            len(chosen), self.workplace.config.number("take_along.max_days"), today, self
        )
        dialog.accepted.connect(
            lambda: self._tasks.spawn(self._keep(chosen, dialog.chosen()), name="take along")
        )
        dialog.open()

    async def _keep(self, bsns: list[str], last_day: date) -> None:
        session, max_days = self.workplace.session, self.workplace.config.number("take_along.max_days")
        now = session.clock()
        # The same time of day on the last day: the policy counts whole days from now.
        until = now + timedelta(days=(last_day - now.astimezone().date()).days)
        await asyncio.to_thread(partial(take_along, session.store, bsns, until, now, max_days))
        self.worklist.reload()
        self.status.showMessage(
            self.tr("{count} cliënt(en) meegenomen; ze worden nu bijgewerkt.").format(count=len(bsns))
        )
        await sync_clients(session.refresher, bsns, kind=ScopeKind.TAKEN_ALONG, until=until)
        self.worklist.reload()

    # -- presentation mode --

    def toggle_presentation(self) -> None:
        self.set_presentation(not self._presenting)

    def set_presentation(self, on: bool) -> None:
        """Showing the screen to the client: larger type, internal items hidden, other clients unseen."""
        self._presenting = on
        QApplication.setFont(scaled_font(self._base_font, PRESENTATION_SCALE) if on else self._base_font)
        self.banner.setVisible(on)
        self.left.setVisible(not on)
        self.messaging_dock.setVisible(not on and self._dock_was_visible)
        self.client_view.set_presentation(on)
        self.messaging_pane.set_presentation(on)

    @property
    def presenting(self) -> bool:
        return self._presenting

    # -- session lock --

    @property
    def locked(self) -> bool:
        return self._locked

    def lock(self) -> None:
        if self._locked:
            return
        self._locked = True
        if self._outbox_dialog is not None:
            self._outbox_dialog.close()
        self.client_view.set_locked(True)
        self.messaging_pane.set_locked(True)
        self.search.clear()
        self.worklist.clear()
        self._dock_was_visible = self.messaging_dock.isVisible()
        self.messaging_dock.hide()
        self.menuBar().setEnabled(False)
        self.stack.setCurrentWidget(self.lock_screen)
        self.lock_screen.reset()
        self.lock_screen.focus()
        self.status.clearMessage()
        self.status.set_locked(True)

    def unlock(self) -> None:
        if not self._locked:
            return
        self._locked = False
        self.stack.setCurrentWidget(self.workspace)
        self.menuBar().setEnabled(True)
        self.messaging_dock.setVisible(self._dock_was_visible and not self._presenting)
        self.client_view.set_locked(False)
        self.messaging_pane.set_locked(False)
        self.worklist.reload()
        self.status.set_locked(False)

    def _unlock_requested(self, passphrase: str) -> None:
        if not self.workplace.passphrase_route:
            self.unlock()
            return
        self._tasks.spawn(self._check(passphrase), name="unlock", key="unlock")

    async def _check(self, passphrase: str) -> None:
        if await asyncio.to_thread(self.workplace.check_passphrase, passphrase):
            self.unlock()
        else:
            self.lock_screen.refused()

    def closeEvent(self, event: QCloseEvent) -> None:
        QApplication.instance().removeEventFilter(self.idle)  # type: ignore[union-attr]
        self.messaging_pane.shutdown()
        self.bridge.close()
        super().closeEvent(event)
        self.closed.emit()
