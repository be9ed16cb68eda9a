"""The section pages of the client view: overzicht, huishouden, zaken, tijdlijn, documenten, taken.

Each page shows a `Shown` (the view as it may be on screen now, with the moment of the user's previous
opening) and clears itself on lock. Pages never write: they emit what the user asked for.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QItemSelection, Signal, SignalInstance
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caseworker.domain.client import (
    TASK_OPEN,
    Case,
    ClientView,
    ContactMoment,
    Decision,
    DocumentInfo,
    Provision,
    Role,
    SectionName,
    StatusEntry,
    Task,
    TimelineEntry,
    TimelineKind,
    is_new,
    timeline,
)
from caseworker.domain.household import Member, Relation
from ui.client import fmt, states
from ui.client.models import Column, RecordTableModel, Tone
from ui.client.section import SectionPage, heading, make_table, set_column_widths
from ui.i18n import translate

LAST_CONTACTS = 5


@dataclass(frozen=True)
class Shown:
    """What a page shows: the view (already filtered in presentation mode) and when the user last looked."""

    view: ClientView
    now: datetime
    since: datetime | None  # the user's previous opening of this client; None the first time
    presentation: bool

    @property
    def today(self) -> date:
        return self.now.astimezone().date()


def _new_tone(moment: datetime | None, since: datetime | None) -> Tone | None:
    return Tone.NEW if is_new(moment, since) else None


class ClientPage(SectionPage):
    """A section page with its models: `present` fills them, `clear` empties them (lock)."""

    def present(self, shown: Shown) -> None:
        self.show_sources(shown.view.sections, shown.now)
        self.fill(shown)

    def fill(self, shown: Shown) -> None:
        raise NotImplementedError

    def models(self) -> Sequence[RecordTableModel[Any]]:
        raise NotImplementedError

    def clear(self) -> None:
        self.clear_sources()
        for model in self.models():
            model.clear()

    def _table(self, model: RecordTableModel[Any], name: str, widths: Sequence[int]) -> QTableView:
        table = make_table(model, name, self)
        set_column_widths(table, widths)
        return table


# -- overzicht ------------------------------------------------------------------------------------------


class OverviewPage(ClientPage):
    """What matters now: open zaken, active voorzieningen, open tasks, the last contacts, and what is new
    since the user last opened the client."""

    def __init__(self, parent: QWidget | None = None) -> None:
        sources = (
            SectionName.ZAKEN,
            SectionName.VOORZIENINGEN,
            SectionName.INTERNETAKEN,
            SectionName.KLANTCONTACTEN,
        )
        super().__init__(sources, parent)
        self._since: datetime | None = None
        self.cases: RecordTableModel[Case] = RecordTableModel(
            [
                Column(self.tr("Zaak"), lambda c: c.identificatie),
                Column(self.tr("Zaaktype"), lambda c: c.zaaktype or c.omschrijving),
                Column(self.tr("Status"), lambda c: c.status),
                Column(self.tr("Uiterlijk klaar"), lambda c: fmt.day(c.uiterlijke_einddatum)),
                Column(
                    self.tr("Nieuw"),
                    lambda c: states.new_text(c.changed_at, self._since),
                    tone=lambda c: _new_tone(c.changed_at, self._since),
                ),
            ],
            self,
        )
        self.provisions: RecordTableModel[Provision] = RecordTableModel(
            [
                Column(self.tr("Voorziening"), lambda p: p.product),
                Column(self.tr("Vorm"), lambda p: p.vorm),
                Column(self.tr("Omvang"), lambda p: p.omvang),
                Column(self.tr("Sinds"), lambda p: fmt.day(p.startdatum)),
                Column(self.tr("Tot"), lambda p: fmt.day(p.einddatum)),
            ],
            self,
        )
        self.tasks: RecordTableModel[Task] = RecordTableModel(
            [
                Column(self.tr("Taak"), lambda t: t.gevraagde_handeling),
                Column(self.tr("Voor"), lambda t: t.actor),
                Column(self.tr("Deadline"), lambda t: fmt.day(t.due)),
                Column(
                    self.tr("Stand"),
                    lambda t: states.task_state(t, self._today),
                    tone=lambda t: states.task_tone(t, self._today),
                ),
            ],
            self,
        )
        self.contacts: RecordTableModel[ContactMoment] = RecordTableModel(
            [
                Column(self.tr("Wanneer"), lambda c: fmt.moment(c.plaatsgevonden_op)),
                Column(self.tr("Kanaal"), lambda c: c.kanaal),
                Column(self.tr("Onderwerp"), lambda c: c.onderwerp),
                Column(
                    self.tr("Stand"),
                    lambda c: states.contact_state(c) or states.new_text(c.plaatsgevonden_op, self._since),
                    tone=lambda c: states.contact_tone(c) or _new_tone(c.plaatsgevonden_op, self._since),
                ),
            ],
            self,
        )
        self.news: RecordTableModel[TimelineEntry] = timeline_model(self)
        self._today = date.today()
        self._news_heading = heading(self.tr("Nieuw sinds uw vorige opening"), self)
        grid = QGridLayout()
        blocks: tuple[tuple[str, RecordTableModel[Any], tuple[int, ...]], ...] = (
            (self.tr("Open zaken"), self.cases, (19, 18, 18, 10, 5)),
            (self.tr("Actieve voorzieningen"), self.provisions, (24, 5, 16, 10, 10)),
            (self.tr("Open taken"), self.tasks, (28, 12, 10, 16)),
            (self.tr("Laatste contacten"), self.contacts, (16, 11, 30, 16)),
        )
        for i, (title, model, widths) in enumerate(blocks):
            box = QVBoxLayout()
            box.addWidget(heading(title, self))
            box.addWidget(self._table(model, title, widths))
            grid.addLayout(box, i // 2, i % 2)
        self.body.addLayout(grid, 3)
        self.body.addWidget(self._news_heading)
        news_table = self._table(self.news, self.tr("Nieuw sinds uw vorige opening"), TIMELINE_WIDTHS)
        self.body.addWidget(news_table, 2)

    def models(self) -> Sequence[RecordTableModel[Any]]:
        return (self.cases, self.provisions, self.tasks, self.contacts, self.news)

    def fill(self, shown: Shown) -> None:
        view, self._since, self._today = shown.view, shown.since, shown.today
        self.cases.set_records([c for c in view.cases if c.is_open])
        self.provisions.set_records([p for p in view.provisions if p.active(shown.today)])
        self.tasks.set_records([t for t in view.tasks if t.status == TASK_OPEN or t.sync_state])
        self.contacts.set_records(view.contacts[:LAST_CONTACTS])
        self.news.set_records([e for e in timeline(view) if e.pending or is_new(e.moment, shown.since)])
        self._news_heading.setText(
            self.tr("Nieuw sinds uw vorige opening op {moment}").format(moment=fmt.moment(shown.since))
            if shown.since
            else self.tr("Eerste opening door u: hier staan wachtende en mislukte registraties")
        )


# -- huishouden -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class HouseholdRow:
    member: Member
    open_cases: tuple[Case, ...] | None  # None while the member's cached zaken are being read


class HouseholdPage(ClientPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__((SectionName.HOUSEHOLD,), parent)
        self._today = date.today()
        self.members: RecordTableModel[HouseholdRow] = RecordTableModel(
            [
                Column(self.tr("Naam"), lambda r: r.member.person.naam),
                Column(self.tr("Relatie"), lambda r: self._relation(r.member.relation)),
                Column(self.tr("Leeftijd"), lambda r: self._age(r.member), align_right=True),
                Column(
                    self.tr("Woont op het adres"),
                    lambda r: self.tr("ja") if r.member.same_address else self.tr("nee"),
                ),
                Column(self.tr("Open zaken"), self._cases_text),
            ],
            self,
        )
        self._scope = QLabel(
            self.tr("Open zaken van alle domeinen (er is geen toegangsbeleid ingesteld)."), self
        )
        self._scope.setAccessibleName(self.tr("Welke domeinen getoond worden"))
        self._scope.setWordWrap(True)
        self.body.addWidget(
            self._table(self.members, self.tr("Leden van het huishouden"), (28, 12, 8, 18, 40))
        )
        self.body.addWidget(self._scope)

    def models(self) -> Sequence[RecordTableModel[Any]]:
        return (self.members,)

    def fill(self, shown: Shown) -> None:
        self._today = shown.today
        self.members.set_records([HouseholdRow(m, None) for m in shown.view.household])

    def set_member_cases(self, cases: Mapping[str, tuple[Case, ...]]) -> None:
        rows = [HouseholdRow(r.member, cases.get(r.member.person.bsn, ())) for r in self.members.records]
        self.members.set_records(rows)

    def _age(self, member: Member) -> str:
        age = member.person.age(self._today)
        return "" if age is None else str(age)

    def _relation(self, relation: Relation) -> str:
        names = {
            Relation.CLIENT: self.tr("cliënt"),
            Relation.PARTNER: self.tr("partner"),
            Relation.KIND: self.tr("kind"),
            Relation.OUDER: self.tr("ouder"),
            Relation.MEDEBEWONER: self.tr("medebewoner"),
        }
        return names[relation]

    def _cases_text(self, row: HouseholdRow) -> str:
        if row.open_cases is None:
            return self.tr("wordt gelezen…")
        if not row.open_cases:
            return self.tr("geen (in de cache)")
        return "; ".join(f"{c.zaaktype or c.identificatie}: {c.status}" for c in row.open_cases)


# -- zaken ----------------------------------------------------------------------------------------------


class CasesPage(ClientPage):
    """The zaken, and of the selected one its status history, roles, besluiten and documents."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__((SectionName.ZAKEN, SectionName.BESLUITEN, SectionName.DOCUMENTEN), parent)
        self.cases: RecordTableModel[Case] = RecordTableModel(
            [
                Column(self.tr("Zaak"), lambda c: c.identificatie),
                Column(self.tr("Zaaktype"), lambda c: c.zaaktype or c.omschrijving),
                Column(self.tr("Status"), lambda c: c.status),
                Column(self.tr("Start"), lambda c: fmt.day(c.startdatum)),
                Column(self.tr("Gepland eind"), lambda c: fmt.day(c.uiterlijke_einddatum)),
                Column(self.tr("Afgesloten"), lambda c: fmt.day(c.einddatum)),
            ],
            self,
        )
        self.statuses: RecordTableModel[StatusEntry] = RecordTableModel(
            [
                Column(self.tr("Datum"), lambda s: fmt.moment(s.datum)),
                Column(self.tr("Status"), lambda s: s.omschrijving),
                Column(self.tr("Toelichting"), lambda s: s.toelichting),
            ],
            self,
        )
        self.roles: RecordTableModel[Role] = RecordTableModel(
            [Column(self.tr("Rol"), lambda r: r.rol), Column(self.tr("Naam"), lambda r: r.naam)], self
        )
        self.decisions: RecordTableModel[Decision] = RecordTableModel(
            [
                Column(self.tr("Besluit"), lambda d: d.identificatie),
                Column(self.tr("Datum"), lambda d: fmt.day(d.datum)),
                Column(self.tr("Ingang"), lambda d: fmt.day(d.ingangsdatum)),
                Column(self.tr("Verval"), lambda d: fmt.day(d.vervaldatum)),
                Column(self.tr("Toelichting"), lambda d: d.toelichting),
            ],
            self,
        )
        self.documents: RecordTableModel[DocumentInfo] = document_model(self)
        self._list = self._table(self.cases, self.tr("Zaken"), (20, 34, 26, 10, 12, 10))
        self._list.selectionModel().selectionChanged.connect(self._selected)
        splitter = QSplitter(self)
        splitter.setOrientation(splitter.orientation().Vertical)
        splitter.addWidget(self._list)
        splitter.addWidget(self._detail())
        self.body.addWidget(splitter)

    def _detail(self) -> QWidget:
        detail = QWidget(self)
        grid = QGridLayout(detail)
        grid.setContentsMargins(0, 0, 0, 0)
        blocks: tuple[tuple[str, RecordTableModel[Any], tuple[int, ...]], ...] = (
            (self.tr("Statusverloop"), self.statuses, (16, 22, 30)),
            (self.tr("Betrokkenen"), self.roles, (14, 30)),
            (self.tr("Besluiten"), self.decisions, (20, 10, 10, 10, 20)),
            (self.tr("Documenten van de zaak"), self.documents, DOCUMENT_WIDTHS),
        )
        for i, (title, model, widths) in enumerate(blocks):
            box = QVBoxLayout()
            box.addWidget(heading(title, detail))
            table = make_table(model, title, detail)
            set_column_widths(table, widths)
            box.addWidget(table)
            grid.addLayout(box, i // 2, i % 2)
        return detail

    def models(self) -> Sequence[RecordTableModel[Any]]:
        return (self.cases, self.statuses, self.roles, self.decisions, self.documents)

    def fill(self, shown: Shown) -> None:
        selected = self._current()
        self.cases.set_records(shown.view.cases)
        urls = [c.url for c in self.cases.records]
        row = urls.index(selected.url) if selected and selected.url in urls else 0
        if self.cases.rowCount():
            self._list.selectRow(row)
        self._show_case(self.cases.record(row))

    def _current(self) -> Case | None:
        rows = self._list.selectionModel().selectedRows()
        return self.cases.record(rows[0].row()) if rows else None

    def _selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_case(self._current())

    def _show_case(self, case: Case | None) -> None:
        self.statuses.set_records(tuple(reversed(case.statuses)) if case else ())
        self.roles.set_records(case.roles if case else ())
        self.decisions.set_records(case.decisions if case else ())
        self.documents.set_records(case.documents if case else ())


# -- tijdlijn -------------------------------------------------------------------------------------------


TIMELINE_WIDTHS = (16, 8, 11, 20, 30, 40, 18)


def timeline_model(page: SectionPage) -> RecordTableModel[TimelineEntry]:
    kinds = {
        TimelineKind.CONTACT: translate("SectionPage", "contact"),
        TimelineKind.STATUS: translate("SectionPage", "status"),
        TimelineKind.BESLUIT: translate("SectionPage", "besluit"),
        TimelineKind.DOCUMENT: translate("SectionPage", "document"),
    }
    return RecordTableModel(
        [
            Column(translate("SectionPage", "Wanneer"), lambda e: fmt.moment(e.moment)),
            Column(translate("SectionPage", "Soort"), lambda e: kinds[e.kind]),
            Column(translate("SectionPage", "Kanaal"), lambda e: e.kanaal),
            Column(translate("SectionPage", "Zaak"), lambda e: e.zaak),
            Column(translate("SectionPage", "Wat"), lambda e: e.title),
            Column(translate("SectionPage", "Inhoud"), lambda e: e.detail.replace("\n", " ")),
            Column(translate("SectionPage", "Stand"), states.entry_state, tone=states.entry_tone),
        ],
        page,
    )


class TimelinePage(ClientPage):
    """Every contact, status change, besluit and document in one list, newest first; filtered by kind and
    channel. A contact the server refused can be sent again from here."""

    retry_requested = Signal(str)  # op_id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            (SectionName.KLANTCONTACTEN, SectionName.ZAKEN, SectionName.BESLUITEN, SectionName.DOCUMENTEN),
            parent,
        )
        self._entries: tuple[TimelineEntry, ...] = ()
        self.entries = timeline_model(self)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Soort"))
        self.kind.addItem(self.tr("Alle soorten"), "")
        for kind, title in (
            (TimelineKind.CONTACT, self.tr("Contacten")),
            (TimelineKind.STATUS, self.tr("Statuswijzigingen")),
            (TimelineKind.BESLUIT, self.tr("Besluiten")),
            (TimelineKind.DOCUMENT, self.tr("Documenten")),
        ):
            self.kind.addItem(title, kind.value)
        self.channel = QComboBox(self)
        self.channel.setAccessibleName(self.tr("Kanaal"))
        self.channel.addItem(self.tr("Alle kanalen"), "")
        self.retry = QPushButton(self.tr("Opnieuw versturen"), self)
        self.retry.setAccessibleName(self.tr("Mislukt contact opnieuw versturen"))
        self.retry.setEnabled(False)
        filters = QHBoxLayout()
        for label, control in ((self.tr("&Soort:"), self.kind), (self.tr("&Kanaal:"), self.channel)):
            caption = QLabel(label, self)
            caption.setBuddy(control)
            filters.addWidget(caption)
            filters.addWidget(control)
        filters.addStretch(1)
        filters.addWidget(self.retry)
        self.body.addLayout(filters)
        self.table = self._table(self.entries, self.tr("Tijdlijn"), TIMELINE_WIDTHS)
        self.body.addWidget(self.table)
        self.kind.currentIndexChanged.connect(self._filter)
        self.channel.currentIndexChanged.connect(self._filter)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.retry.clicked.connect(self._retry)

    def models(self) -> Sequence[RecordTableModel[Any]]:
        return (self.entries,)

    def fill(self, shown: Shown) -> None:
        self._entries = timeline(shown.view)
        chosen = self.channel.currentData()
        self.channel.blockSignals(True)
        while self.channel.count() > 1:
            self.channel.removeItem(1)
        for kanaal in sorted({e.kanaal for e in self._entries if e.kanaal}):
            self.channel.addItem(kanaal, kanaal)
        self.channel.setCurrentIndex(max(0, self.channel.findData(chosen)))
        self.channel.blockSignals(False)
        self._filter()

    def clear(self) -> None:
        self._entries = ()
        super().clear()

    def _filter(self) -> None:
        kind, channel = self.kind.currentData(), self.channel.currentData()
        self.entries.set_records(
            [
                e
                for e in self._entries
                if (not kind or e.kind == kind) and (not channel or e.kanaal == channel)
            ]
        )
        self._selection_changed()

    def _selected(self) -> TimelineEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries.record(rows[0].row()) if rows else None

    def _selection_changed(self, *_: object) -> None:
        entry = self._selected()
        self.retry.setEnabled(entry is not None and bool(entry.error))

    def _retry(self) -> None:
        entry = self._selected()
        if entry is not None and entry.error:
            self.retry_requested.emit(entry.key)


# -- documenten -----------------------------------------------------------------------------------------


DOCUMENT_WIDTHS = (28, 10, 5, 7, 16)


def document_model(page: SectionPage) -> RecordTableModel[DocumentInfo]:
    return RecordTableModel(
        [
            Column(translate("SectionPage", "Titel"), lambda d: d.titel),
            Column(translate("SectionPage", "Datum"), lambda d: fmt.day(d.creatiedatum)),
            Column(translate("SectionPage", "Soort"), lambda d: d.formaat.rsplit("/", 1)[-1]),
            Column(
                translate("SectionPage", "Grootte"), lambda d: fmt.size(d.bestandsomvang), align_right=True
            ),
            Column(
                translate("SectionPage", "Vertrouwelijkheid"), lambda d: d.vertrouwelijkheid.replace("_", " ")
            ),
        ],
        page,
    )


class DocumentsPage(ClientPage):
    open_requested = Signal(object)  # DocumentInfo

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__((SectionName.DOCUMENTEN,), parent)
        self.documents = document_model(self)
        self.table = self._table(self.documents, self.tr("Documenten"), DOCUMENT_WIDTHS)
        self.open_button = QPushButton(self.tr("&Openen"), self)
        self.open_button.setAccessibleName(self.tr("Document openen"))
        self.open_button.setEnabled(False)
        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Stand van het openen"))
        actions = QHBoxLayout()
        actions.addWidget(self.open_button)
        actions.addWidget(self.status, 1)
        self.body.addWidget(self.table)
        self.body.addLayout(actions)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(lambda _: self._open())
        self.open_button.clicked.connect(self._open)

    def models(self) -> Sequence[RecordTableModel[Any]]:
        return (self.documents,)

    def fill(self, shown: Shown) -> None:
        self.documents.set_records(shown.view.documents)
        self._selection_changed()

    def clear(self) -> None:
        super().clear()
        self.status.clear()

    def _selected(self) -> DocumentInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.documents.record(rows[0].row()) if rows else None

    def _selection_changed(self, *_: object) -> None:
        self.open_button.setEnabled(self._selected() is not None)

    def _open(self) -> None:
        document = self._selected()
        if document is not None:
            self.open_requested.emit(document)


# -- taken ----------------------------------------------------------------------------------------------


class TasksPage(ClientPage):
    """Open and done tasks; new task, hand over, complete, and resolve a conflict or retry a failure."""

    new_requested = Signal()
    hand_over_requested = Signal(object)  # Task
    complete_requested = Signal(object)  # Task
    resolve_requested = Signal(object)  # Task (in conflict, or failed: sent again)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__((SectionName.INTERNETAKEN,), parent)
        self._today = date.today()
        self.tasks: RecordTableModel[Task] = RecordTableModel(
            [
                Column(self.tr("Taak"), lambda t: t.gevraagde_handeling),
                Column(self.tr("Voor"), lambda t: t.actor),
                Column(self.tr("Toegewezen"), lambda t: fmt.moment(t.toegewezen_op)),
                Column(self.tr("Deadline"), lambda t: fmt.day(t.due)),
                Column(
                    self.tr("Stand"),
                    lambda t: states.task_state(t, self._today),
                    tone=lambda t: states.task_tone(t, self._today),
                ),
            ],
            self,
        )
        self.table = self._table(self.tasks, self.tr("Taken"), (34, 14, 16, 10, 24))
        self.hidden_note = QLabel(self.tr("Taken van collega's zijn verborgen tijdens de presentatie."), self)
        self.hidden_note.hide()
        buttons = QHBoxLayout()
        self.new_button = self._button(self.tr("&Nieuwe taak"), self.tr("Nieuwe taak"), buttons)
        self.hand_over = self._button(self.tr("Over&dragen"), self.tr("Taak overdragen"), buttons)
        self.complete = self._button(self.tr("&Afronden"), self.tr("Taak afronden"), buttons)
        self.resolve = self._button(self.tr("Op&lossen"), self.tr("Conflict of fout oplossen"), buttons)
        buttons.addStretch(1)
        self.body.addWidget(self.hidden_note)
        self.body.addWidget(self.table)
        self.body.addLayout(buttons)
        self.new_button.clicked.connect(self.new_requested)
        self.hand_over.clicked.connect(lambda: self._emit(self.hand_over_requested))
        self.complete.clicked.connect(lambda: self._emit(self.complete_requested))
        self.resolve.clicked.connect(lambda: self._emit(self.resolve_requested))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._selection_changed()

    def _button(self, text: str, name: str, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        row.addWidget(button)
        return button

    def models(self) -> Sequence[RecordTableModel[Any]]:
        return (self.tasks,)

    def fill(self, shown: Shown) -> None:
        self._today = shown.today
        self.tasks.set_records(shown.view.tasks)
        self.hidden_note.setVisible(shown.presentation)
        self.new_button.setEnabled(not shown.presentation)
        self._selection_changed()

    def selected(self) -> Task | None:
        rows = self.table.selectionModel().selectedRows()
        return self.tasks.record(rows[0].row()) if rows else None

    def _selection_changed(self, *_: object) -> None:
        task = self.selected()
        on_server = task is not None and bool(task.url) and not task.sync_state
        self.hand_over.setEnabled(on_server and task is not None and task.status == TASK_OPEN)
        self.complete.setEnabled(on_server and task is not None and task.status == TASK_OPEN)
        self.resolve.setEnabled(task is not None and task.sync_state in (states.CONFLICT, states.FAILED))

    def _emit(self, signal: SignalInstance) -> None:
        task = self.selected()
        if task is not None:
            signal.emit(task)
