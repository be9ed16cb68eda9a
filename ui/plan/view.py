"""The "Plan" section of the client view: the current situation and up to three scenarios side by side,
the chart, the "waarom" of every amount, and the plan that is saved to the zaak as a PDF and an object.

Recomputing is synchronous: the engine is pure and one edit costs a few milliseconds
(tests/bench/plan_bench.py, `plan_recompute_ms`). The PDF is painted in the GUI thread (Qt requires it;
tens of milliseconds); only the store write goes off the event loop, through the session's runner.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import partial

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from caseworker.domain.client import Case, ClientView
from caseworker.errors import KnownError
from caseworker.scenario import ENTERABLE_OUTCOMES, compare
from caseworker.scenario.compare import MAX_ALTERNATIVES
from caseworker.scenario.tariffs import default_tariffs
from caseworker.services.plan import (
    SavedPlan,
    ScenarioDraft,
    build_plan,
    can_enter,
    entered_everywhere,
    income_chart,
    plan_cases,
    plan_object_data,
    prefill,
    tariff_choices,
    write_plan,
)
from caseworker.services.session import Session
from caseworker.sync.outbox import changed_event
from caseworker.tasks import TaskOwner
from ui.i18n import translate
from ui.plan.chart import IncomeChartWidget
from ui.plan.editor import ScenarioEditor
from ui.plan.models import OUTCOME_ROLE, Column, ComparisonModel, RowsModel
from ui.plan.pdf import render_plan_pdf
from ui.plan.texts import note_text, outcome_label, why_html

_PRESENTATION_SCALE = 1.6


class PlanView(QWidget):
    plan_saved = Signal(object)  # SavedPlan: what changed (the two outbox entries)

    def __init__(self, session: Session, tasks: TaskOwner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session, self._tasks = session, tasks
        self._view: ClientView | None = None
        self._drafts: list[ScenarioDraft] = []
        self._cases: list[Case] = []
        self._presentation = False
        self._base_font = QFont(self.font())
        self.model = ComparisonModel(self)
        self.chart = IncomeChartWidget()
        self.editor = ScenarioEditor()
        self.editor.set_tariffs(tariff_choices(default_tariffs(), dt.date.today()))
        self._stack = QStackedWidget()
        self._stack.addWidget(self._build_content())
        locked = QLabel(translate("plan", "Vergrendeld"))
        locked.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._stack.addWidget(locked)
        QVBoxLayout(self).addWidget(self._stack)
        self.editor.changed.connect(self._draft_edited)
        self.table.selectionModel().currentChanged.connect(self._cell_changed)

    # -- the contract with the client view ------------------------------------------------------------

    def set_client(self, view: ClientView) -> None:
        """Prefill the current situation from the client view and start with one empty scenario."""
        self._view = view
        try:
            filled = prefill(view, on=_day(self.date.date()))
        except KnownError as error:
            self._say(error.user_message)
            return
        self.notes.setText("\n".join(note_text(note) for note in filled.notes))
        self.notes.setVisible(bool(filled.notes))
        current = replace(filled.current, name=translate("plan", "Huidige situatie"))
        self._drafts = [current, replace(current, name=translate("plan", "Scenario 1"))]
        self._cases = plan_cases(view)
        self.zaak.clear()
        self.zaak.addItems(
            [f"{case.identificatie} — {case.zaaktype or case.omschrijving}" for case in self._cases]
        )
        self._sync_columns(select=1)

    def set_presentation(self, on: bool) -> None:
        """Turned to the client: large numbers, no internal rows or keys, no editing tools."""
        self._presentation = on
        scale = _PRESENTATION_SCALE if on else 1.0
        font = QFont(self._base_font)
        font.setPointSizeF(self._base_font.pointSizeF() * scale)
        self.table.setFont(font)
        self.chart.set_scale(scale)
        self.tools.setVisible(not on)
        self.entry.setVisible(not on)
        self.model.set_presentation(on)
        self.table.resizeRowsToContents()
        self._show_why()

    def set_locked(self, on: bool) -> None:
        self._stack.setCurrentIndex(1 if on else 0)

    # -- building -------------------------------------------------------------------------------------

    def _build_content(self) -> QWidget:
        content = QWidget()
        layout = QVBoxLayout(content)
        title = QLabel(translate("plan", "Wat u per maand overhoudt"))
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        title.setFont(title_font)
        layout.addWidget(title)
        layout.addWidget(self._build_toolbar())
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setVisible(False)
        layout.addWidget(self.notes)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_left())
        self.tools = self._build_tools()
        splitter.addWidget(self.tools)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self.status = QLabel()
        self.status.setAccessibleName(translate("plan", "Melding van de planner"))
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        return content

    def _build_toolbar(self) -> QWidget:
        bar = QWidget()
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setDisplayFormat("dd-MM-yyyy")
        self.date.setCalendarPopup(True)
        self.date.setAccessibleName(translate("plan", "Peildatum van de berekening"))
        self.add_scenario = QPushButton(translate("plan", "Scenario toevoegen"))
        self.add_scenario.setAccessibleName(translate("plan", "Scenario toevoegen"))
        self.remove_scenario = QPushButton(translate("plan", "Scenario verwijderen"))
        self.remove_scenario.setAccessibleName(translate("plan", "Gekozen scenario verwijderen"))
        row.addWidget(QLabel(translate("plan", "Peildatum")))
        row.addWidget(self.date)
        row.addStretch(1)
        row.addWidget(self.add_scenario)
        row.addWidget(self.remove_scenario)
        self.date.dateChanged.connect(self._date_changed)
        self.add_scenario.clicked.connect(self._add_scenario)
        self.remove_scenario.clicked.connect(self._remove_scenario)
        return bar

    def _build_left(self) -> QWidget:
        left = QWidget()
        layout = QVBoxLayout(left)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(
            translate("plan", "Vergelijking van de huidige situatie en de scenario's")
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 5)
        why = self._build_why()
        why.setMaximumHeight(180)  # the figures come first; the explanation scrolls
        layout.addWidget(why, 1)
        layout.addWidget(self.chart, 3)
        return left

    def _build_why(self) -> QGroupBox:
        box = QGroupBox(translate("plan", "Waarom dit bedrag?"))
        layout = QVBoxLayout(box)
        self.why = QTextBrowser()
        self.why.setAccessibleName(translate("plan", "Uitleg bij het gekozen bedrag"))
        self.why.setOpenExternalLinks(False)
        layout.addWidget(self.why)
        self.entry = QWidget()
        row = QHBoxLayout(self.entry)
        row.setContentsMargins(0, 0, 0, 0)
        self.missing = QComboBox()
        self.missing.setAccessibleName(translate("plan", "Ontbrekend gegeven"))
        self.value = QLineEdit()
        self.value.setPlaceholderText(translate("plan", "bijv. 153,38"))
        self.value.setAccessibleName(translate("plan", "Bedrag om in te voeren"))
        self.enter = QPushButton(translate("plan", "Invoeren"))
        self.enter.setAccessibleName(translate("plan", "Ontbrekend bedrag invoeren"))
        row.addWidget(QLabel(translate("plan", "Handmatig invoeren:")))
        row.addWidget(self.missing, 2)
        row.addWidget(self.value, 1)
        row.addWidget(self.enter)
        layout.addWidget(self.entry)
        self.enter.clicked.connect(self._enter_missing)
        self.value.returnPressed.connect(self._enter_missing)
        return box

    def _build_tools(self) -> QTabWidget:
        tabs = QTabWidget()
        tabs.setAccessibleName(translate("plan", "Bewerken en plan"))
        editing = QWidget()
        layout = QVBoxLayout(editing)
        self.columns = QTabBar()
        self.columns.setAccessibleName(translate("plan", "Welke situatie u bewerkt"))
        layout.addWidget(self.columns)
        layout.addWidget(self.editor, 1)
        self.columns.currentChanged.connect(self._column_chosen)
        tabs.addTab(editing, translate("plan", "Situatie bewerken"))
        tabs.addTab(self._build_plan_form(), translate("plan", "Plan"))
        return tabs

    def _build_plan_form(self) -> QWidget:
        form_widget = QWidget()
        layout = QVBoxLayout(form_widget)
        form = QFormLayout()
        self.chosen = QComboBox()
        self.chosen.setAccessibleName(translate("plan", "Gekozen situatie voor het plan"))
        self.zaak = QComboBox()
        self.zaak.setAccessibleName(translate("plan", "Zaak waar het plan bij hoort"))
        form.addRow(translate("plan", "Gekozen situatie"), self.chosen)
        form.addRow(translate("plan", "Zaak"), self.zaak)
        layout.addLayout(form)
        self.goals = RowsModel([Column(translate("plan", "Doel, in de woorden van de inwoner"))], self)
        self.agreements = RowsModel(
            [
                Column(translate("plan", "Wie")),
                Column(translate("plan", "Wat")),
                Column(translate("plan", "Wanneer (dd-mm-jjjj)")),
            ],
            self,
        )
        layout.addWidget(self._rows_box(translate("plan", "Doelen"), self.goals, ("",)))
        layout.addWidget(
            self._rows_box(
                translate("plan", "Afspraken: wie doet wat, wanneer"), self.agreements, ("", "", "")
            )
        )
        self.signed = QCheckBox(translate("plan", "Het plan is ondertekend door inwoner en medewerker"))
        self.signed.setAccessibleName(translate("plan", "Plan ondertekend"))
        layout.addWidget(self.signed)
        self.save = QPushButton(translate("plan", "Plan opslaan bij de zaak (PDF)"))
        self.save.setAccessibleName(translate("plan", "Plan als PDF opslaan bij de zaak"))
        self.save.clicked.connect(self._save_plan)
        layout.addWidget(self.save)
        layout.addStretch(1)
        return form_widget

    def _rows_box(self, title: str, model: RowsModel, empty: tuple[str, ...]) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        view = QTableView()
        view.setModel(model)
        view.setAccessibleName(title)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        view.verticalHeader().hide()
        layout.addWidget(view)
        row = QHBoxLayout()
        add, remove = (
            QPushButton(translate("plan", "Regel toevoegen")),
            QPushButton(translate("plan", "Regel verwijderen")),
        )
        add.setAccessibleName(translate("plan", "Regel toevoegen aan: {title}").format(title=title))
        remove.setAccessibleName(translate("plan", "Regel verwijderen uit: {title}").format(title=title))
        add.clicked.connect(lambda: view.setCurrentIndex(model.index(model.append_row(empty), 0)))
        remove.clicked.connect(lambda: model.remove_row(view.currentIndex().row()))
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    # -- recomputing ----------------------------------------------------------------------------------

    def recompute(self) -> None:
        """Compare every column and redraw the chart, synchronously."""
        if not self._drafts:
            return
        try:
            scenarios = [draft.scenario() for draft in self._drafts]
            comparison = compare(scenarios[0], scenarios[1:])
            chart = income_chart(self._drafts)
        except KnownError as error:
            self._say(error.user_message)
            return
        self.model.set_comparison([draft.name for draft in self._drafts], comparison)
        self.table.resizeRowsToContents()
        self.chart.set_chart(chart)
        self._show_why()

    def _sync_columns(self, select: int) -> None:
        """The column tabs and the plan's choice follow the drafts; then recompute."""
        self.columns.blockSignals(True)
        while self.columns.count():
            self.columns.removeTab(0)
        for draft in self._drafts:
            self.columns.addTab(draft.name)
        self.columns.blockSignals(False)
        self.chosen.clear()
        self.chosen.addItems([draft.name for draft in self._drafts])
        self.chosen.setCurrentIndex(select)
        self.add_scenario.setEnabled(len(self._drafts) <= MAX_ALTERNATIVES)
        self.remove_scenario.setEnabled(len(self._drafts) > 1)
        self.recompute()
        self.columns.setCurrentIndex(select)
        self._column_chosen(select)

    def _draft_edited(self, draft: ScenarioDraft) -> None:
        column = self.columns.currentIndex()
        if not 0 <= column < len(self._drafts):
            return
        self._drafts[column] = draft
        self.columns.setTabText(column, draft.name)
        self.chosen.setItemText(column, draft.name)
        self.recompute()

    def _column_chosen(self, column: int) -> None:
        if 0 <= column < len(self._drafts):
            self.editor.set_draft(self._drafts[column])
            current = self.table.currentIndex()
            self.table.setCurrentIndex(self.model.index(max(current.row(), 0), column))

    def _date_changed(self, date: QDate) -> None:
        day = _day(date)
        self._drafts = [replace(draft, reference_date=day) for draft in self._drafts]
        self.editor.set_tariffs(tariff_choices(default_tariffs(), day))
        self._column_chosen(self.columns.currentIndex())
        self.recompute()

    def _add_scenario(self) -> None:
        if not self._drafts or len(self._drafts) > MAX_ALTERNATIVES:
            return
        base = self._drafts[min(self.columns.currentIndex(), len(self._drafts) - 1)]
        self._drafts.append(replace(base, name=translate("plan", "Scenario {n}").format(n=len(self._drafts))))
        self._sync_columns(select=len(self._drafts) - 1)

    def _remove_scenario(self) -> None:
        column = self.columns.currentIndex()
        if column <= 0 or column >= len(self._drafts):
            self._say(
                translate(
                    "plan", "De huidige situatie blijft altijd staan. Kies een scenario om te verwijderen."
                )
            )
            return
        del self._drafts[column]
        self._sync_columns(select=column - 1)

    # -- "waarom" and entering a missing figure -------------------------------------------------------

    def _cell_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if current.column() != previous.column() and 0 <= current.column() < self.columns.count():
            self.columns.setCurrentIndex(current.column())
        self._show_why()

    def _show_why(self) -> None:
        index = self.table.currentIndex()
        outcome = self.model.data(index, OUTCOME_ROLE) if index.isValid() else None
        self.missing.clear()
        if outcome is None:
            self.why.setHtml(translate("plan", "Kies een bedrag in de tabel om te zien hoe het is berekend."))
            self.enter.setEnabled(False)
            return
        self.why.setHtml(why_html(outcome, presentation=self._presentation))
        for item in dict.fromkeys(outcome.missing):
            if can_enter(item.key):
                label = outcome_label(item.key) if item.key in ENTERABLE_OUTCOMES else item.key
                self.missing.addItem(label, item.key)
        self.enter.setEnabled(self.missing.count() > 0)

    def _enter_missing(self) -> None:
        key, column = self.missing.currentData(), self.table.currentIndex().column()
        if not key or not 0 <= column < len(self._drafts):
            return
        targets = range(len(self._drafts)) if entered_everywhere(key) else (column,)
        try:
            updated = {i: self._drafts[i].with_entered(key, self.value.text()) for i in targets}
        except KnownError as error:
            self._say(error.user_message)
            return
        for i, draft in updated.items():
            self._drafts[i] = draft
        self.value.clear()
        self._say(translate("plan", "Ingevoerd. Het bedrag is gemarkeerd als 'ingevoerd'."))
        self.editor.set_draft(self._drafts[self.columns.currentIndex()])
        self.recompute()

    # -- the plan -------------------------------------------------------------------------------------

    def _save_plan(self) -> None:
        column = self.chosen.currentIndex()
        if self._view is None or not 0 <= column < len(self._drafts):
            return
        if not 0 <= self.zaak.currentIndex() < len(self._cases):
            self._say(translate("plan", "Er is geen open Wmo- of Jeugdzaak om het plan bij op te slaan."))
            return
        result = self.model.result(column)
        if result is None:
            return
        try:
            plan = build_plan(
                view=self._view,
                draft=self._drafts[column],
                result=result,
                case=self._cases[self.zaak.currentIndex()],
                goals=[row[0] for row in self.goals.rows()],
                agreements=[(row[0], row[1], row[2]) for row in self.agreements.rows()],
                caseworker=self._session.user_name or self._session.user_id,
                made_on=dt.date.today(),
                signed=self.signed.isChecked(),
            )
            plan_object_data(plan)  # refuses unknown amounts before anything is rendered
        except KnownError as error:
            self._say(error.user_message)
            return
        pdf = render_plan_pdf(plan)
        write = partial(
            write_plan,
            plan=plan,
            pdf=pdf,
            user=self._session.user_id,
            author=self._session.user_name,
            now=self._session.clock(),
        )
        self.save.setEnabled(False)
        self._say(translate("plan", "Plan wordt opgeslagen…"))
        self._tasks.spawn(self._store(write), name="plan opslaan")

    async def _store(self, write: partial[SavedPlan]) -> None:
        try:
            saved = await self._session.runner.write(write)
        except KnownError as error:
            self._say(error.user_message)
            return
        finally:
            self.save.setEnabled(True)
        self._session.bus.emit(await self._session.runner.read(changed_event))
        self._say(translate("plan", "Plan opgeslagen bij de zaak. Wacht op verzending."))
        self.plan_saved.emit(saved)

    def _say(self, text: str) -> None:
        self.status.setText(text)


def _day(date: QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())
