"""Search as you type (DESIGN §3): the cache answers each pause in typing; the BRP only when asked."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget

from caseworker.errors import KnownError
from caseworker.services.search import SearchHit, search, search_brp
from caseworker.services.session import Session
from caseworker.tasks import TaskOwner
from ui.table_model import Column, RowsModel
from ui.theme import select_rows, set_up_table

DEBOUNCE_MS = 120  # a pause in typing this long starts a search (DESIGN §3)


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def short_date(value: date | None) -> str:
    """A date in a list: day first, as Dutch and British readers expect."""
    return QLocale().toString(qdate(value), "dd-MM-yyyy") if value else ""


class SearchPanel(QWidget):
    open_requested = Signal(str)  # the BSN of the client to open
    searched = Signal(int)  # a search ended with this many rows shown

    def __init__(self, session: Session, tasks: TaskOwner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._tasks = tasks
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(self.tr("Zoek op naam, BSN, postcode of geboortedatum"))
        self.field.setAccessibleName(self.tr("Zoek een cliënt"))
        self.field.setClearButtonEnabled(True)
        self.model = RowsModel(
            [
                Column(self.tr("Naam"), lambda hit: hit.naam),
                Column(self.tr("BSN"), lambda hit: hit.masked_bsn),
                Column(self.tr("Geboren"), lambda hit: short_date(hit.geboortedatum)),
                Column(self.tr("Adres"), lambda hit: hit.adres),
            ],
            self,
        )
        self.results = QTableView(self)
        self.results.setModel(self.model)
        self.results.setAccessibleName(self.tr("Zoekresultaten"))
        set_up_table(self.results)
        self.results.setColumnWidth(0, 170)
        self.results.setColumnWidth(1, 95)
        self.results.setColumnWidth(2, 90)
        self.results.hide()  # shown while there are results: the worklist gets the room otherwise
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        self.brp_button = QPushButton(self.tr("Zoek in BRP"), self)
        self.brp_button.setAccessibleName(self.tr("Zoek in de BRP"))
        self.brp_button.setToolTip(self.tr("Zoek online in de BRP: op BSN, naam met geboortedatum of adres"))
        self._layout()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._search_cache)
        self.field.textChanged.connect(lambda _: self._timer.start())
        self.field.returnPressed.connect(self._open_first)
        self.brp_button.clicked.connect(self._search_brp)
        self.results.activated.connect(self._open_row)

    def _layout(self) -> None:
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.brp_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.message)
        column.addWidget(self.results, 1)

    def focus_field(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def selected_bsns(self) -> list[str]:
        return [self.model.row(index.row()).bsn for index in self.results.selectionModel().selectedRows()]

    def clear(self) -> None:
        """Forget what was typed and found (the session locks)."""
        self._timer.stop()
        self._tasks.spawn(_nothing(), name="search cleared", key="search")
        self.field.clear()
        self._show([], "")

    def _search_cache(self) -> None:
        text = self.field.text().strip()
        if not text:
            self._tasks.spawn(_nothing(), name="search cleared", key="search")
            self._show([], "")
            return
        self._tasks.spawn(self._cache(text), name="search", key="search")

    async def _cache(self, text: str) -> None:
        hits = await search(self._session.store, text, user=self._session.user_id)
        self._show(hits, "" if hits else self.tr("Niet gevonden in de cache. Probeer “Zoek in BRP”."))

    def _search_brp(self) -> None:
        self._timer.stop()
        self._tasks.spawn(self._brp(self.field.text()), name="search brp", key="search")

    async def _brp(self, text: str) -> None:
        self._say(self.tr("Zoeken in de BRP…"))
        try:
            hits = await search_brp(self._session, text)
        except KnownError as error:
            self._show([], error.user_message)
            return
        self._show(hits, "" if hits else self.tr("De BRP vond niemand met deze gegevens."))

    def _show(self, hits: list[SearchHit], message: str) -> None:
        self.model.set_rows(hits)
        self.results.setVisible(bool(hits))
        self._say(message)
        if hits:
            select_rows(self.results, [0])
        self.searched.emit(len(hits))

    def _say(self, message: str) -> None:
        self.message.setText(message)
        self.message.setVisible(bool(message))

    def _open_first(self) -> None:
        if self.model.rowCount():
            self.open_requested.emit(self.model.row(0).bsn)

    def _open_row(self, index: QModelIndex) -> None:
        self.open_requested.emit(self.model.row(index.row()).bsn)


async def _nothing() -> None:
    """Takes the search key: a search still running for older text is cancelled (latest request wins)."""
