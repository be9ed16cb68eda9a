"""The messaging pane for the right-hand dock: the open client's conversations and the selected thread with
a composer, and an inbox across all clients. Everything it does goes through `caseworker.messaging`; this
module only shows and collects.

Loads run as tasks of the window's task owner with a key per kind of load (latest request wins), so a fast
series of events or clicks never stacks up work.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from caseworker.api.errors import ApiError
from caseworker.errors import KnownError
from caseworker.messaging.attachments import FORMATS
from caseworker.messaging.compose import Outgoing
from caseworker.messaging.local import conversation_keys
from caseworker.messaging.model import (
    Attachment,
    Conversation,
    ConversationKind,
    Delivery,
    Message,
    NewMessages,
    Participant,
    Soort,
)
from caseworker.messaging.service import Messaging, MessagingSettings, draft_key
from caseworker.services.session import Session
from caseworker.sync.outbox import Outbox, OutboxChanged
from caseworker.tasks import TaskOwner
from ui.bridge import EventBridge
from ui.messaging.composer import Composer
from ui.messaging.delegate import MessageDelegate
from ui.messaging.models import ConversationModel, MessageModel, kind_text
from ui.messaging.tray import Notifier
from ui.theme import set_up_table

log = logging.getLogger(__name__)

DRAFT_DELAY_MS = 1500  # autosave this long after the last keystroke


class MessagingPane(QWidget):
    unread_changed = Signal(int)  # unread messages across all clients
    thread_shown = Signal()  # a thread was (re)loaded into the view
    open_client_requested = Signal(str)  # the user chose a conversation of another client in the inbox

    def __init__(
        self,
        session: Session,
        tasks: TaskOwner,
        parent: QWidget | None = None,
        *,
        settings: MessagingSettings | None = None,
        outbox: Outbox | None = None,
        poll: bool = True,
    ) -> None:
        """`settings` default to the demo municipality's; `outbox` (the workplace's) is pushed right after a
        send so a message goes at once when online; `poll` starts receiving in the background."""
        super().__init__(parent)
        self.session = session
        self._tasks = tasks
        self._outbox = outbox
        settings = settings or MessagingSettings.demo()
        self.messaging = Messaging(
            session.apis,
            session.store,
            user_id=session.user_id,
            user_name=session.user_name,
            bus=session.bus,
            settings=settings,
            clock=session.clock,
        )
        self.notifier = Notifier(self)
        self._bsn: str | None = None
        self._conversation: Conversation | None = None
        self._wanted: str | None = None  # conversation key to select once the list is loaded
        self._locked = False
        self._presenting = False
        self._unread = -1
        self._stop = asyncio.Event()
        self._running: dict[str, asyncio.Task[None]] = {}
        self._quiet = False  # reselecting the shown conversation after a reload: no second load
        self._build()
        self.bridge = EventBridge(session.bus, self)
        self.bridge.subscribe(NewMessages, self._new_messages)
        self.bridge.subscribe(OutboxChanged, lambda _: self._spawn(lambda: self._after_outbox(), "outbox"))
        self._draft_timer = QTimer(self, singleShot=True, interval=DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(lambda: self._spawn(lambda: self._save_draft(), "draft"))
        self.status.setText(self.tr("Geen cliënt geopend."))
        self.new_button.setEnabled(False)
        self._set_composing(False)
        # Background work starts once the event loop runs (the pane may be built before it does).
        QTimer.singleShot(0, self._reload_unread)
        if poll:
            QTimer.singleShot(0, self._start_polling)

    # -- building --

    def _build(self) -> None:
        self.conversations = ConversationModel(with_client=False, me=self.session.user_id, parent=self)
        self.inbox_model = ConversationModel(with_client=True, me=self.session.user_id, parent=self)
        self.messages = MessageModel(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._client_tab(), self.tr("Cliënt"))
        self.tabs.addTab(self._inbox_tab(), self.tr("Alle cliënten"))
        self.tabs.setAccessibleName(self.tr("Berichten"))
        self.tabs.currentChanged.connect(lambda _: self._reload_inbox())
        self.locked_label = self._notice(self.tr("Vergrendeld. Ontgrendel om berichten te zien."))
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.locked_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.stack)

    def _notice(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    def _client_tab(self) -> QWidget:
        tab = QWidget(self)
        self.status = QLabel(tab)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status van de berichten"))
        self.new_button = QPushButton(self.tr("&Nieuw gesprek"), tab)
        self.new_button.setAccessibleName(self.tr("Nieuw gesprek beginnen"))
        self.new_button.clicked.connect(self._start_new)
        self.conversation_view = self._table(self.conversations, self.tr("Gesprekken van de cliënt"))
        self.conversation_view.selectionModel().currentRowChanged.connect(self._conversation_chosen)
        self.thread_title = QLabel(tab)
        self.thread_title.setTextFormat(Qt.TextFormat.PlainText)
        title_font = self.thread_title.font()
        title_font.setBold(True)
        self.thread_title.setFont(title_font)
        self.thread_title.setWordWrap(True)
        self.thread_title.setAccessibleName(self.tr("Gekozen gesprek"))
        self.thread_view = QListView(tab)
        self.thread_view.setModel(self.messages)
        self.thread_view.setItemDelegate(MessageDelegate(self.thread_view))
        self.thread_view.setAccessibleName(self.tr("Berichten in het gesprek"))
        self.thread_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.thread_view.setUniformItemSizes(False)
        self.thread_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.thread_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.thread_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_actions())
        self.thread_view.activated.connect(lambda _: self._open_first_attachment())
        self.actions_row = QHBoxLayout()
        self.composer = Composer(tab)
        self.composer.send_requested.connect(lambda: self._spawn(lambda: self._send(), "send"))
        self.composer.attach_requested.connect(self._choose_file)
        self.composer.text_edited.connect(self._draft_timer_restart)
        top = QWidget(tab)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        header.addWidget(self.status, 1)
        header.addWidget(self.new_button)
        top_layout.addLayout(header)
        top_layout.addWidget(self.conversation_view)
        middle = QWidget(tab)
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.thread_title)
        middle_layout.addWidget(self.thread_view, 1)
        middle_layout.addLayout(self.actions_row)
        self.splitter = QSplitter(Qt.Orientation.Vertical, tab)
        for part in (top, middle, self.composer):
            self.splitter.addWidget(part)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([120, 600, 170])
        self.splitter.setChildrenCollapsible(False)
        QShortcut(QKeySequence("Alt+Down"), tab, self._next_conversation)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.splitter)
        return tab

    def _table(self, model: ConversationModel, name: str) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        set_up_table(view)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setAccessibleName(name)
        columns = view.horizontalHeader()
        columns.setStretchLastSection(False)
        subject = model.columnCount() - 3
        columns.setSectionResizeMode(subject, QHeaderView.ResizeMode.Stretch)
        for column in range(model.columnCount()):
            if column != subject:
                columns.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        return view

    def _inbox_tab(self) -> QWidget:
        tab = QWidget(self)
        self.unread_only = QCheckBox(self.tr("Alleen &ongelezen"), tab)
        self.unread_only.toggled.connect(lambda _: self._reload_inbox())
        self.kind_filter = QComboBox(tab)
        self.kind_filter.setAccessibleName(self.tr("Soort gesprek"))
        self.kind_filter.addItem(self.tr("Alle gesprekken"), None)
        for kind in ConversationKind:
            self.kind_filter.addItem(kind_text(kind), kind)
        self.kind_filter.currentIndexChanged.connect(lambda _: self._reload_inbox())
        self.inbox_view = self._table(self.inbox_model, self.tr("Gesprekken van alle cliënten"))
        self.inbox_view.activated.connect(self._inbox_chosen)
        filters = QHBoxLayout()
        filters.addWidget(self.unread_only)
        filters.addWidget(self.kind_filter, 1)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.inbox_view, 1)
        return tab

    # -- the public API --

    def set_client(self, bsn: str | None) -> None:
        """Show this client's conversations (None: no client open)."""
        self._save_draft_now()
        self._bsn = bsn
        self._conversation = None
        self.conversations.clear()
        self.messages.clear()
        self.composer.reset()
        self.composer.set_new_conversation(False)
        self._set_composing(False)
        self.status.setText(self.tr("Geen cliënt geopend.") if bsn is None else self.tr("Berichten laden…"))
        self.new_button.setEnabled(bsn is not None)
        if bsn is not None and not self._locked:
            self._spawn(lambda: self._load_client(bsn), "client")
        self._reload_unread()

    def set_presentation(self, on: bool) -> None:
        """Shown to the client: colleague threads and remarks hidden, other clients unseen."""
        self._presenting = on
        self.tabs.setTabVisible(1, not on)
        if on:
            self.tabs.setCurrentIndex(0)
        self._reload_client()

    def set_locked(self, on: bool) -> None:
        """Locked: nothing personal stays on screen (the typed text is autosaved first)."""
        if on == self._locked:
            return
        if on:
            self._save_draft_now()
            self._clear_personal()
            self.stack.setCurrentWidget(self.locked_label)
            self._locked = True
            return
        self._locked = False
        self.stack.setCurrentWidget(self.tabs)
        self.set_client(self._bsn)

    def select_first_thread(self) -> bool:
        """Select the most recent conversation of the open client (the screenshot path); False if it has
        none (yet). `thread_shown` follows once the thread is on screen."""
        if self.conversations.rowCount() == 0:
            return False
        self.tabs.setCurrentIndex(0)
        self.conversation_view.selectRow(0)
        return True

    async def show_first_thread(self) -> bool:
        """Wait for the open client's conversations, then show the first thread (for a screenshot; the
        caller bounds the wait, e.g. with `asyncio.timeout`)."""
        loading = self._tasks_running("client")
        if loading is not None:
            await asyncio.wait([loading])
        if not self.select_first_thread():
            return False
        thread = self._tasks_running("thread")
        if thread is not None:
            await asyncio.wait([thread])
        return True

    def closeEvent(self, event: Any) -> None:
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop polling, close the event bridge and remove downloaded attachments."""
        self._stop.set()
        self.bridge.close()
        self.messaging.close()
        self.notifier.hide()

    # -- tasks --

    def _spawn(self, work: Callable[[], Coroutine[Any, Any, None]], kind: str) -> None:
        """Run `work()` as the latest task of its kind. A factory rather than a coroutine: a task that a
        newer one cancels before it starts must not leave a coroutine that was never awaited."""
        self._running[kind] = self._tasks.spawn(
            self._guarded(work), name=f"messaging {kind}", key=f"msg:{kind}"
        )

    def _tasks_running(self, kind: str) -> asyncio.Task[None] | None:
        task = self._running.get(kind)
        return task if task is not None and not task.done() else None

    async def _guarded(self, work: Callable[[], Coroutine[Any, Any, None]]) -> None:
        """Known errors (offline, refused input) become a line in the pane, never a crash dialog."""
        try:
            await work()
        except ApiError as exc:
            log.info("messaging: %s from %s", type(exc).__name__, exc.service)  # its text may quote BSNs
            self.status.setText(
                self.tr("Geen verbinding: de berichten zijn van eerder. Probeer het later opnieuw.")
            )
        except KnownError as exc:
            self.status.setText(exc.user_message)

    def _start_polling(self) -> None:
        self._tasks.spawn(self.messaging.run_polling(self._watched, self._stop), name="message poll")

    async def _watched(self) -> Sequence[str]:
        session = self.session
        found: Sequence[str] = await session.runner.read(
            lambda store: session.watch.bsns(store, session.clock())
        )
        return found

    # -- loading --

    async def _load_client(self, bsn: str) -> None:
        await self._show_conversations(bsn)
        await self.messaging.refresh_client(bsn)
        if bsn == self._bsn:
            self.status.setText("")
            await self._show_conversations(bsn)
            await self._show_thread()

    async def _show_conversations(self, bsn: str) -> None:
        found = await self.messaging.conversations(bsn)
        if bsn != self._bsn or self._locked:
            return
        rows = [c for c in found if not (self._presenting and c.kind is ConversationKind.INTERN)]
        current = self._wanted or (self._conversation.key if self._conversation else None)
        self.conversations.set_rows(rows)
        if not rows:
            self.status.setText(self.tr("Nog geen gesprekken met deze cliënt."))
        row = next((i for i, item in enumerate(rows) if current in conversation_keys(item)), None)
        if row is not None:
            self._quiet = self._wanted is None  # the one on screen: the caller reloads its thread
            if self._quiet:
                self._conversation = rows[row]
            self._wanted = None
            self.conversation_view.selectRow(row)
            self._quiet = False
        await self._update_unread()

    def _conversation_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or self._quiet:
            return
        self._save_draft_now()
        conversation = self.conversations.conversation(current.row())
        shown = self._conversation
        switched = shown is None or not conversation_keys(shown) & conversation_keys(conversation)
        self._conversation = conversation
        self.composer.set_new_conversation(False)
        self._set_composing(True)
        self._spawn(lambda: self._show_thread(load_draft=switched), "thread")

    async def _show_thread(self, *, load_draft: bool = False) -> None:
        conversation = self._conversation
        if conversation is None or self._locked:
            return
        messages = await self.messaging.thread(conversation)
        if self._conversation is None or self._conversation.key != conversation.key:
            return
        if self._presenting:
            messages = [m for m in messages if not m.internal]
        self.messages.set_rows(messages)
        self.thread_title.setText(conversation.onderwerp)
        self._recipients(conversation)
        if load_draft:
            text = await self.messaging.load_draft(draft_key(conversation, conversation.bsn))
            self.composer.reset(text)
        self.thread_view.scrollToBottom()
        self._show_actions()
        self.thread_shown.emit()
        if any(m.unread for m in messages) and self.isVisible():
            await self.messaging.mark_read(conversation)
            await self._show_conversations(conversation.bsn)  # the badge goes; the marks stay until next load

    def _recipients(self, conversation: Conversation) -> None:
        outside = [p for p in conversation.deelnemers if not p.soort.internal]
        self.composer.set_recipients(outside, hand_off=not self._presenting)
        self._colleagues_later()

    async def _after_outbox(self) -> None:
        await self.messaging.absorb_sent()
        await self._reload_current()

    async def _reload_current(self) -> None:
        if self._bsn is not None and not self._locked:
            await self._show_conversations(self._bsn)
            await self._show_thread()
        if self.tabs.currentIndex() == 1:
            await self._inbox()
        else:
            await self._update_unread()

    def _reload_client(self) -> None:
        if self._bsn is not None and not self._locked:
            self._spawn(lambda: self._reload_current(), "reload")

    def _new_messages(self, event: NewMessages) -> None:
        self._spawn(lambda: self._announce(event), f"announce:{event.gesprek}")
        if event.bsn == self._bsn:
            self._reload_client()
        else:
            self._reload_inbox()

    async def _announce(self, event: NewMessages) -> None:
        """A tray notification; only "Nieuw bericht" while locked or presenting (no personal content)."""
        if self._locked or self._presenting:
            self.notifier.notify(self.tr("Keukentafel"), self.tr("Nieuw bericht"))
            return
        shown = self._conversation
        if self.isVisible() and shown is not None and event.gesprek in conversation_keys(shown):
            return  # on screen already
        found = await self.messaging.conversation(event.gesprek, event.bsn)
        subject = found.onderwerp if found else ""
        text = self.tr("{} nieuw(e) bericht(en): {}").format(event.count, subject)
        self.notifier.notify(self.tr("Nieuw bericht"), text)

    # -- the inbox across clients --

    def _reload_inbox(self) -> None:
        if not self._locked and self.tabs.currentIndex() == 1:
            self._spawn(lambda: self._inbox(), "inbox")
        self._reload_unread()

    async def _inbox(self) -> None:
        if self._locked or self._presenting:
            return
        found = await self.messaging.inbox()
        kind = self.kind_filter.currentData()
        rows = [
            c
            for c in found
            if (not self.unread_only.isChecked() or c.unread) and (kind is None or c.kind is kind)
        ]
        store = self.session.store

        def names() -> dict[str, str]:
            persons = {bsn: store.person(bsn) for bsn in {c.bsn for c in rows}}
            return {bsn: person.naam for bsn, person in persons.items() if person is not None}

        self.inbox_model.set_rows(rows, await asyncio.to_thread(names))
        await self._update_unread()

    def _inbox_chosen(self, index: QModelIndex) -> None:
        conversation = self.inbox_model.conversation(index.row())
        self.open_client_requested.emit(conversation.bsn)
        self._wanted = conversation.key
        if conversation.bsn != self._bsn:
            self.set_client(conversation.bsn)
        else:
            self._reload_client()
        self.tabs.setCurrentIndex(0)

    # -- unread counts --

    def _reload_unread(self) -> None:
        if not self._locked:
            self._spawn(lambda: self._update_unread(), "unread")

    async def _update_unread(self) -> None:
        total = (await self.messaging.unread()).total
        if total != self._unread:
            self._unread = total
            self.unread_changed.emit(total)

    @property
    def unread(self) -> int:
        return max(self._unread, 0)

    # -- composing and sending --

    def _set_composing(self, on: bool) -> None:
        self.composer.setEnabled(on and not self._locked)

    def _start_new(self) -> None:
        if self._bsn is None:
            return
        self._save_draft_now()
        self._conversation = None
        self.conversation_view.clearSelection()
        self.messages.clear()
        self.thread_title.setText(self.tr("Nieuw gesprek"))
        self._set_composing(True)
        self.composer.set_new_conversation(True)
        bsn = self._bsn
        self._spawn(lambda: self._prepare_new(bsn), "thread")

    async def _prepare_new(self, bsn: str) -> None:
        citizen = await asyncio.to_thread(self.session.store.person, bsn)
        self.composer.set_recipients(
            self._new_recipients(citizen.naam if citizen else None), hand_off=not self._presenting
        )
        self.composer.reset(await self.messaging.load_draft(draft_key(None, bsn)))
        self._colleagues_later()

    def _new_recipients(self, citizen: str | None) -> list[Participant]:
        """The outside participants of the client's other conversations (the citizen first)."""
        seen: dict[tuple[Soort, str], Participant] = {}
        for conversation in self.conversations.rows:
            for participant in conversation.deelnemers:
                if not participant.soort.internal:
                    seen.setdefault((participant.soort, participant.naam), participant)
        if citizen is not None and not any(p.soort is Soort.BURGER for p in seen.values()):
            seen[(Soort.BURGER, citizen)] = Participant(Soort.BURGER, citizen)
        return sorted(seen.values(), key=lambda p: p.soort is not Soort.BURGER)

    def _colleagues_later(self) -> None:
        if self.composer.colleague.count() == 0:
            self._spawn(lambda: self._load_colleagues(), "colleagues")

    async def _load_colleagues(self) -> None:
        self.composer.set_colleagues(await self.messaging.colleagues())

    def _current_draft_key(self) -> str | None:
        if self._bsn is None:
            return None
        return draft_key(self._conversation, self._bsn)

    async def _send(self) -> None:
        recipient = self.composer.chosen_recipient()
        if self._bsn is None or recipient is None:
            self.composer.show_error(self.tr("Kies een gesprek en een ontvanger."))
            return
        self._draft_timer.stop()
        outgoing = Outgoing(
            bsn=self._bsn,
            recipient=recipient,
            tekst=self.composer.text.toPlainText(),
            conversation=self._conversation,
            onderwerp=self.composer.subject.text(),
            attachments=tuple(self.composer.attachments),
            draft_key=self._current_draft_key(),
        )
        try:
            sent = await self.messaging.send(outgoing)
        except KnownError as exc:
            self.composer.show_error(exc.user_message)  # the text stays, and so does its draft
            return
        self.composer.reset()
        self.composer.set_new_conversation(False)
        if self._conversation is None:
            self._wanted = sent.conversation  # the new conversation: selected once listed
        await self._reload_current()
        if self._outbox is not None:
            self._tasks.spawn(self._outbox.push_pending(self.session.apis), name="push after send")

    def _choose_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Bijlage kiezen"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Toegestane bestanden ({})").format(_patterns()))
        dialog.fileSelected.connect(lambda path: self._spawn(lambda: self._attach(Path(path)), "attach"))
        # Deleted once closed: its file-system model runs a thread that must end while Qt still runs.
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()  # not exec(): the event loop keeps running (STYLE practice 4)
        self.file_dialog = dialog

    async def _attach(self, path: Path) -> None:
        try:
            item = await self.messaging.read_file(path)
        except KnownError as exc:
            self.composer.show_error(exc.user_message)
            return
        self.composer.show_error("")
        self.composer.add_attachment(item)

    # -- drafts --

    def _draft_timer_restart(self) -> None:
        self._draft_timer.start()
        self.composer.show_error("")

    async def _save_draft(self) -> None:
        key = self._current_draft_key()
        if key is not None and self._bsn is not None:
            await self.messaging.save_draft(key, self._bsn, self.composer.text.toPlainText())

    def _save_draft_now(self) -> None:
        """Before the text leaves the screen: the pending autosave, now."""
        if self._draft_timer.isActive():
            self._draft_timer.stop()
            key, bsn, text = self._current_draft_key(), self._bsn, self.composer.text.toPlainText()
            if key is not None and bsn is not None:
                self._tasks.spawn(self.messaging.save_draft(key, bsn, text), name="messaging draft")

    def _clear_personal(self) -> None:
        self.conversations.clear()
        self.inbox_model.clear()
        self.messages.clear()
        self.composer.reset()
        self.thread_title.clear()
        self.status.clear()
        self._clear_actions()
        self.messaging.close()

    # -- actions on the selected message --

    def _selected_message(self) -> Message | None:
        index = self.thread_view.currentIndex()
        return self.messages.message(index.row()) if index.isValid() else None

    def _clear_actions(self) -> None:
        while self.actions_row.count():
            item = self.actions_row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def _show_actions(self) -> None:
        """Buttons for the selected message: open each attachment; retry when it failed."""
        self._clear_actions()
        message = self._selected_message()
        if message is None:
            return
        for attachment in message.bijlagen:
            button = QPushButton(self.tr("Open {}").format(attachment.bestandsnaam), self)
            button.setAccessibleName(self.tr("Bijlage {} openen").format(attachment.bestandsnaam))
            button.clicked.connect(lambda _=False, a=attachment: self._spawn(lambda: self._open(a), "open"))
            self.actions_row.addWidget(button)
        if message.delivery is Delivery.FAILED and message.retry_op:
            retry = QPushButton(self.tr("Opnieuw proberen"), self)
            retry.clicked.connect(
                lambda _=False, op=message.retry_op: self._spawn(lambda: self._retry(op), "retry")
            )
            self.actions_row.addWidget(retry)
        self.actions_row.addStretch(1)

    def _open_first_attachment(self) -> None:
        message = self._selected_message()
        if message is not None and message.bijlagen:
            self._spawn(lambda: self._open(message.bijlagen[0]), "open")

    async def _open(self, attachment: Attachment) -> None:
        path = await self.messaging.open_attachment(attachment)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.status.setText(self.tr("Er is geen programma gevonden om {} te openen.").format(path.name))

    async def _retry(self, op_id: str) -> None:
        await self.messaging.retry(op_id)
        await self._reload_current()
        if self._outbox is not None:
            await self._outbox.push_pending(self.session.apis)

    def _next_conversation(self) -> None:
        rows = self.conversations.rowCount()
        if rows:
            current = self.conversation_view.currentIndex().row()
            self.conversation_view.selectRow((current + 1) % rows)


def _patterns() -> str:
    return " ".join(f"*{suffix}" for suffix in FORMATS)
