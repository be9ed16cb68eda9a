"""The integral client view: the workplace's central widget (DESIGN §10).

`show_client` paints the cached view at once and then each section as its refresh arrives; a newer call
cancels the older one (latest request wins). Writes go through `caseworker.services.writes` off the loop
and are shown at once as pending; outbox changes repaint the view. Presentation mode paints
`for_presentation(view)`, so hidden items never reach a model; the lock empties every model and shows an
empty page until unlocked.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Coroutine
from datetime import datetime
from functools import partial
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from caseworker.domain.bsn import mask_bsn
from caseworker.domain.client import ClientView, DocumentInfo, Task, for_presentation
from caseworker.errors import KnownError
from caseworker.services.client import close_client, open_client
from caseworker.services.session import Session
from caseworker.services.writes import complete_task
from caseworker.store.reads import client_view
from caseworker.sync.outbox import Outbox, OutboxChanged
from caseworker.tasks import TaskOwner
from ui.bridge import EventBridge
from ui.client import states
from ui.client.conflict_dialog import ConflictDialog
from ui.client.contact_dialog import ContactDialog
from ui.client.documents import DocumentOpener
from ui.client.header import ClientHeader
from ui.client.models import Tone
from ui.client.pages import (
    CasesPage,
    ClientPage,
    DocumentsPage,
    HouseholdPage,
    OverviewPage,
    Shown,
    TasksPage,
    TimelinePage,
)
from ui.client.task_dialog import TaskDialog
from ui.plan.view import PlanView

OPEN_TASK = "client-view"  # one opening at a time: a newer show_client cancels the older


def _cancel_all(tasks: set[asyncio.Task[Any]], *_: object) -> None:
    for task in list(tasks):
        task.cancel()


class ClientViewWidget(QWidget):
    loaded = Signal(str)  # bsn: the client's view is painted (from the cache, or first fetch)
    refreshed = Signal(str)  # bsn: every section's refresh has reported (ok or failed)

    def __init__(self, session: Session, tasks: TaskOwner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Klantbeeld"))
        self._session, self._tasks = session, tasks
        self._bsn: str | None = None
        self._view: ClientView | None = None
        self._since: datetime | None = None
        self._presentation = self._locked = self._reopen_contact = False
        self._contact_dialog: ContactDialog | None = None
        self._draft_write: asyncio.Task[None] | None = None  # of the last contact dialog that closed
        self._documents = DocumentOpener()
        self._bridge = EventBridge(session.bus, self)
        self._bridge.subscribe(OutboxChanged, lambda _: self._reload())
        # The bus outlives this widget (it is the session's) and emits from worker threads: unsubscribe
        # before the bridge is deleted, or an event could be forwarded through a deleted QObject.
        self.destroyed.connect(self._bridge.close)
        # The window's task owner outlives this widget too: what this widget started ends with it.
        self._running: set[asyncio.Task[Any]] = set()
        self.destroyed.connect(partial(_cancel_all, self._running))
        self._build()

    # -- building --

    def _build(self) -> None:
        self.header = ClientHeader(self)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("Melding"))
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Onderdelen van het klantbeeld"))
        self.tabs.setDocumentMode(True)
        self._sections: dict[str, QWidget] = {}
        self.overview = OverviewPage(self)
        self.household = HouseholdPage(self)
        self.cases = CasesPage(self)
        self.timeline = TimelinePage(self)
        self.documents = DocumentsPage(self)
        self.task_list = TasksPage(self)
        self.plan = PlanView(self._session, self._tasks, self)
        for name, title, page in (
            ("overzicht", self.tr("&Overzicht"), self.overview),
            ("huishouden", self.tr("&Huishouden"), self.household),
            ("zaken", self.tr("&Zaken"), self.cases),
            ("tijdlijn", self.tr("&Tijdlijn"), self.timeline),
            ("documenten", self.tr("&Documenten"), self.documents),
            ("taken", self.tr("T&aken"), self.task_list),
            ("plan", self.tr("&Plan"), self.plan),
        ):
            self.add_section(name, title, page)
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.addWidget(self.header)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)
        self.empty = QLabel(self.tr("Kies een cliënt in de zoekbalk of de werklijst."), self)
        self.empty.setAccessibleName(self.tr("Geen cliënt geopend"))
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.notice.hide()
        self._connect_pages()

    def _connect_pages(self) -> None:
        self.documents.open_requested.connect(self._open_document)
        self.timeline.retry_requested.connect(self._retry)
        self.task_list.new_requested.connect(self._new_task)
        self.task_list.hand_over_requested.connect(self._hand_over)
        self.task_list.complete_requested.connect(self._complete)
        self.task_list.resolve_requested.connect(self._resolve)

    # -- the contract with the window --

    @property
    def current_bsn(self) -> str | None:
        return self._bsn

    def add_section(self, name: str, title: str, widget: QWidget) -> None:
        """Register a section (later modules add `plan` and `berichten`); `select_view(name)` shows it.
        A `ClientPage` is filled and cleared with the view; other widgets manage their own content."""
        if name in self._sections:
            raise ValueError(f"section {name!r} exists already")
        self._sections[name] = widget
        self.tabs.addTab(widget, title)

    def select_view(self, name: str) -> None:
        self.tabs.setCurrentWidget(self._sections[name])

    def show_client(self, bsn: str) -> None:
        previous, self._bsn = self._bsn, bsn
        if previous is not None and previous != bsn:
            close_client(self._session, previous)
            self._close_contact_dialog()
        self._view = None
        self._clear()
        self.header.show_loading(mask_bsn(bsn))
        self.stack.setCurrentIndex(1 if not self._locked else 0)
        self._spawn(self._follow(bsn), "open client", key=OPEN_TASK)

    def set_presentation(self, on: bool) -> None:
        self._presentation = on
        self.plan.set_presentation(on)
        self._paint()

    def set_locked(self, on: bool) -> None:
        """Locked: nothing personal stays in a widget or model; the draft of an open contact is kept and
        the dialog comes back on unlock."""
        self._locked = on
        self.plan.set_locked(on)
        if on:
            self._reopen_contact = self._close_contact_dialog()
            self._clear()
            self.stack.setCurrentWidget(self.empty)
            self.empty.setText(self.tr("Vergrendeld."))
            return
        self.empty.setText(self.tr("Kies een cliënt in de zoekbalk of de werklijst."))
        self._paint()
        if self._reopen_contact:
            self._reopen_contact = False
            self.new_contact()

    def new_contact(self) -> None:
        """Open the contact dialog for the open client (non-modal), restored from its draft."""
        if self._bsn is None or self._locked:
            return
        if self._contact_dialog is not None:
            self._contact_dialog.raise_()
            self._contact_dialog.activateWindow()
            return
        cases = self._view.cases if self._view else ()
        dialog = ContactDialog(self._session, self._tasks, self._bsn, cases, self)
        dialog.saved.connect(lambda _: self._reload())
        dialog.finished.connect(lambda _: self._forget_contact_dialog(dialog))
        self._contact_dialog = dialog
        self._spawn(self._open_restored(dialog), "open contact dialog")

    @property
    def contact_dialog(self) -> ContactDialog | None:
        return self._contact_dialog

    def _spawn(self, work: Coroutine[Any, Any, None], name: str, *, key: str | None = None) -> None:
        task = self._tasks.spawn(work, name=name, key=key)
        self._running.add(task)
        task.add_done_callback(self._running.discard)

    # -- opening and painting --

    async def _follow(self, bsn: str) -> None:
        opened = await open_client(self._session, bsn)
        self._since = opened.last_opened
        self._show(opened.view)
        async for _event, view in opened.updates():
            self._show(view)
        self.refreshed.emit(bsn)

    def _show(self, view: ClientView | None) -> None:
        first = self._view is None and view is not None
        self._view = view if view is not None else self._view
        self._paint()
        if first and self._bsn is not None and self._view is not None:
            self.plan.set_client(self._view)  # once per client: later refreshes keep the user's scenarios
            self.loaded.emit(self._bsn)
            self._spawn(self._read_member_cases(), "household zaken", key="household zaken")

    def _paint(self) -> None:
        if self._locked or self._view is None:
            return
        view = for_presentation(self._view) if self._presentation else self._view
        shown = Shown(view, self._session.clock(), self._since, self._presentation)
        self.header.show_person(view.person, shown.today)
        for page in self._sections.values():
            if isinstance(page, ClientPage):
                page.present(shown)
        self.stack.setCurrentIndex(1)

    def _clear(self) -> None:
        self.header.clear()
        self.notice.hide()
        for page in self._sections.values():
            if isinstance(page, ClientPage):
                page.clear()

    async def _read_member_cases(self) -> None:
        """Each member's own open zaken as far as the cache has them (all domains: no access policy yet)."""
        if self._view is None:
            return
        now, found = self._session.clock(), {}
        for member in self._view.household:
            bsn = member.person.bsn
            view = await self._session.runner.read(partial(client_view, bsn=bsn, now=now))
            found[bsn] = tuple(c for c in view.cases if c.is_open) if view else ()
        if not self._locked:
            self.household.set_member_cases(found)

    def _reload(self) -> None:
        """Read the view again (after a write or an outbox change): pending items appear or settle."""
        if self._bsn is not None:
            self._spawn(self._reread(self._bsn), "reload client", key="client-view reload")

    async def _reread(self, bsn: str) -> None:
        view = await self._session.runner.read(partial(client_view, bsn=bsn, now=self._session.clock()))
        if bsn == self._bsn and view is not None:
            self._view = view
            self._paint()

    # -- actions --

    def _act(self, work: Awaitable[Any], name: str, done: str = "") -> None:
        """Run a user action; a KnownError is said in the notice line, the view is read again."""

        async def run() -> None:
            try:
                await work
            except KnownError as exc:
                self._say(exc.user_message, error=True)
            else:
                self._say(done)
            self._reload()

        self._spawn(run(), name)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.notice.setText(text)
        self.notice.setStyleSheet(f"color: {Tone.FAILED.color(self.palette()).name()};" if error else "")
        self.notice.setVisible(bool(text))

    def _open_document(self, document: DocumentInfo) -> None:
        self.documents.status.setText(self.tr("{title} wordt opgehaald…").format(title=document.titel))

        async def run() -> None:
            await self._documents.open(self._session.apis.documenten, document)
            self.documents.status.setText(self.tr("{title} is geopend.").format(title=document.titel))

        self._act(run(), "open document")

    def _retry(self, op_id: str) -> None:
        outbox = Outbox(self._session.store, self._session.bus, clock=self._session.clock)
        self._act(asyncio.to_thread(outbox.retry, op_id), "retry", self.tr("Wordt opnieuw verstuurd."))

    def _new_task(self) -> None:
        if self._bsn is not None and self._view is not None:
            contacts = self._view.contacts
            self._open_dialog(
                TaskDialog(self._session, self._tasks, self._bsn, contacts=contacts, parent=self)
            )

    def _hand_over(self, task: Task) -> None:
        if self._bsn is not None:
            self._open_dialog(TaskDialog(self._session, self._tasks, self._bsn, task=task, parent=self))

    def _complete(self, task: Task) -> None:
        if self._bsn is None:
            return
        write: Callable[[], Any] = partial(
            complete_task,
            self._session.store,
            user=self._session.user_id,
            bsn=self._bsn,
            taak_url=task.url,
            now=self._session.clock(),
            events=self._session.bus,
        )
        self._act(asyncio.to_thread(write), "complete task", self.tr("Taak wordt afgerond."))

    def _resolve(self, task: Task) -> None:
        if task.sync_state == states.FAILED:
            self._retry(task.op_id)
            return
        dialog = ConflictDialog(self._session, self._tasks, task.op_id, self)
        dialog.resolved.connect(lambda _: self._reload())
        self._spawn(dialog.load(), "load conflicts")
        dialog.open()

    def _open_dialog(self, dialog: TaskDialog) -> None:
        dialog.saved.connect(lambda _: self._reload())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    async def _open_restored(self, dialog: ContactDialog) -> None:
        # The draft the previous dialog saved as it closed is read back only once it is written.
        if self._draft_write is not None:
            await asyncio.wait([self._draft_write])
        await dialog.load()
        if dialog is self._contact_dialog:
            dialog.open()

    def _forget_contact_dialog(self, dialog: ContactDialog) -> None:
        if dialog is self._contact_dialog:
            self._contact_dialog = None
        self._draft_write = dialog.draft_write
        dialog.deleteLater()

    def _close_contact_dialog(self) -> bool:
        """Save the open contact's draft at once and close the dialog; True when one was open."""
        dialog = self._contact_dialog
        if dialog is None:
            return False
        dialog.save_draft_now()
        dialog.close()
        return True
