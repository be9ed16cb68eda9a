"""Editing one column of the comparison: work, household tweaks, rent and provisions. Every change emits
`changed` with the new draft at once; the view recomputes synchronously (the engine is pure and fast)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caseworker.scenario.money import euro_text
from caseworker.scenario.tariffs import Tariff
from caseworker.services.plan import ProvisionDraft, ScenarioDraft, Work, provision_of
from ui.i18n import translate
from ui.plan.models import Column, RowsModel

_NO_WORK, _BY_HOURS, _BY_MONTH = range(3)


def role_text(role: str) -> str:
    return {
        "aanvrager": translate("plan", "aanvrager"),
        "partner": translate("plan", "partner"),
        "kind": translate("plan", "kind"),
        "kostendeler": translate("plan", "medebewoner (kostendeler)"),
    }.get(role, role)


def _money(maximum: float, name: str, special: str = "") -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setPrefix("€ ")
    box.setDecimals(2)
    box.setRange(-1 if special else 0, maximum)
    if special:
        box.setSpecialValueText(special)  # shown at -1: "onbekend", never taken as € 0
    box.setAccessibleName(name)
    box.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
    return box


def _cents(value: float) -> int | None:
    return None if value < 0 else int((Decimal(str(value)) * 100).to_integral_value())


class ScenarioEditor(QWidget):
    changed = Signal(object)  # the new ScenarioDraft

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._draft: ScenarioDraft | None = None
        self._loading = False
        self._tariffs: list[Tariff] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_work())
        layout.addWidget(self._build_household())
        layout.addWidget(self._build_provisions())
        layout.addStretch(1)

    # -- building -------------------------------------------------------------------------------------

    def _build_work(self) -> QGroupBox:
        box = QGroupBox(translate("plan", "Situatie en werk"))
        form = QFormLayout(box)
        self.name = QLineEdit()
        self.name.setAccessibleName(translate("plan", "Naam van de situatie"))
        self.mode = QComboBox()
        self.mode.addItems(
            [
                translate("plan", "Geen werk"),
                translate("plan", "Uren per week × uurloon"),
                translate("plan", "Netto loon per maand"),
            ]
        )
        self.mode.setAccessibleName(translate("plan", "Hoe het werk wordt opgegeven"))
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, 60)
        self.hours.setDecimals(1)
        self.hours.setSuffix(translate("plan", " uur per week"))
        self.hours.setAccessibleName(translate("plan", "Uren werk per week"))
        self.wage = _money(100, translate("plan", "Netto uurloon"))
        self.earnings = _money(10000, translate("plan", "Netto loon per maand"))
        self.months = QSpinBox()
        self.months.setRange(-1, 600)
        self.months.setSpecialValueText(translate("plan", "niet opgegeven"))
        self.months.setAccessibleName(translate("plan", "Maanden aan het werk"))
        self.rent = _money(5000, translate("plan", "Kale huur per maand"), translate("plan", "onbekend"))
        rows = (
            (translate("plan", "Naam"), self.name),
            (translate("plan", "Werk"), self.mode),
            (translate("plan", "Uren per week"), self.hours),
            (translate("plan", "Netto uurloon"), self.wage),
            (translate("plan", "Netto loon per maand"), self.earnings),
            (translate("plan", "Maanden aan het werk"), self.months),
            (translate("plan", "Kale huur per maand"), self.rent),
        )
        for label, widget in rows:
            form.addRow(label, widget)
        self.name.textEdited.connect(self._edited)
        self.mode.currentIndexChanged.connect(self._edited)
        for spin in (self.hours, self.wage, self.earnings, self.rent):
            spin.valueChanged.connect(self._edited)
        self.months.valueChanged.connect(self._edited)
        return box

    def _build_household(self) -> QGroupBox:
        box = QGroupBox(translate("plan", "Huishouden"))
        layout = QVBoxLayout(box)
        self.household = RowsModel(
            [
                Column(translate("plan", "Naam"), editable=False),
                Column(translate("plan", "Rol"), editable=False),
                Column(translate("plan", "Leeftijd"), kind=int, maximum=120),
                Column(translate("plan", "Telt mee"), kind=bool),
            ],
            self,
        )
        self.household_view = _table(self.household, translate("plan", "Huishouden"))
        layout.addWidget(self.household_view)
        self.household.dataChanged.connect(self._edited)
        return box

    def _build_provisions(self) -> QGroupBox:
        box = QGroupBox(translate("plan", "Voorzieningen"))
        layout = QVBoxLayout(box)
        self.provisions = RowsModel(
            [
                Column(translate("plan", "Voorziening"), editable=False),
                Column(translate("plan", "Vorm"), editable=False),
                Column(translate("plan", "Eenheid"), editable=False),
                Column(translate("plan", "Per week"), kind=float, maximum=168),
            ],
            self,
        )
        self.provisions_view = _table(self.provisions, translate("plan", "Gekozen voorzieningen"))
        layout.addWidget(self.provisions_view)
        row = QHBoxLayout()
        self.choice = QComboBox()
        self.choice.setAccessibleName(translate("plan", "Voorziening uit de tarieflijst"))
        self.add = QPushButton(translate("plan", "Toevoegen"))
        self.add.setAccessibleName(translate("plan", "Voorziening toevoegen"))
        self.remove = QPushButton(translate("plan", "Verwijderen"))
        self.remove.setAccessibleName(translate("plan", "Gekozen voorziening verwijderen"))
        row.addWidget(self.choice, 1)
        row.addWidget(self.add)
        row.addWidget(self.remove)
        layout.addLayout(row)
        self.add.clicked.connect(self._add_provision)
        self.remove.clicked.connect(self._remove_provision)
        self.provisions.dataChanged.connect(self._edited)
        return box

    # -- state ----------------------------------------------------------------------------------------

    def set_tariffs(self, tariffs: list[Tariff]) -> None:
        self._tariffs = tariffs
        self.choice.clear()
        for tariff in tariffs:
            unit = translate("plan", "{amount} per {unit}").format(
                amount=euro_text(tariff.amount), unit=tariff.unit
            )
            self.choice.addItem(f"{tariff.product} ({tariff.domain}, {tariff.form}, {unit})")

    def set_draft(self, draft: ScenarioDraft) -> None:
        self._loading = True
        self._draft = draft
        work = draft.work
        self.name.setText(draft.name)
        mode = (
            _BY_HOURS
            if work.net_hourly_wage is not None
            else _BY_MONTH
            if work.net_earnings_month
            else _NO_WORK
        )
        self.mode.setCurrentIndex(mode)
        self.hours.setValue(float(work.hours_per_week or 0))
        self.wage.setValue((work.net_hourly_wage or 0) / 100)
        self.earnings.setValue((work.net_earnings_month or 0) / 100)
        self.months.setValue(-1 if work.months_working is None else work.months_working)
        self.rent.setValue(-1 if draft.rent is None else draft.rent / 100)
        self.household.set_rows([(m.name, role_text(m.role), m.age, m.counts) for m in draft.members])
        self.provisions.set_rows([_provision_row(p) for p in draft.provisions])
        self._enable_work(mode)
        self._loading = False

    def draft(self) -> ScenarioDraft | None:
        return self._draft

    def _enable_work(self, mode: int) -> None:
        self.hours.setEnabled(mode == _BY_HOURS)
        self.wage.setEnabled(mode == _BY_HOURS)
        self.earnings.setEnabled(mode == _BY_MONTH)
        self.months.setEnabled(mode != _NO_WORK)

    def _edited(self) -> None:
        if self._loading or self._draft is None:
            return
        mode = self.mode.currentIndex()
        self._enable_work(mode)
        self._draft = replace(
            self._draft,
            name=self.name.text().strip() or self._draft.name,
            work=self._work(mode),
            rent=_cents(self.rent.value()),
            members=tuple(
                replace(member, age=row[2], counts=row[3])
                for member, row in zip(self._draft.members, self.household.rows(), strict=True)
            ),
            provisions=tuple(
                replace(p, units_per_week=Decimal(str(row[3])))
                for p, row in zip(self._draft.provisions, self.provisions.rows(), strict=True)
            ),
        )
        self.changed.emit(self._draft)

    def _work(self, mode: int) -> Work:
        months = None if self.months.value() < 0 or mode == _NO_WORK else self.months.value()
        if mode == _BY_HOURS:
            hours = Decimal(str(self.hours.value()))
            return Work(
                hours_per_week=hours, net_hourly_wage=_cents(self.wage.value()), months_working=months
            )
        if mode == _BY_MONTH:
            return Work(net_earnings_month=_cents(self.earnings.value()), months_working=months)
        return Work()

    def _add_provision(self) -> None:
        index = self.choice.currentIndex()
        if self._draft is None or not 0 <= index < len(self._tariffs):
            return
        added = provision_of(self._tariffs[index], Decimal(1))
        self._draft = replace(self._draft, provisions=(*self._draft.provisions, added))
        self.provisions.append_row(_provision_row(added))
        self.changed.emit(self._draft)

    def _remove_provision(self) -> None:
        row = self.provisions_view.currentIndex().row()
        if self._draft is None or not 0 <= row < len(self._draft.provisions):
            return
        kept = self._draft.provisions[:row] + self._draft.provisions[row + 1 :]
        self._draft = replace(self._draft, provisions=kept)
        self.provisions.remove_row(row)
        self.changed.emit(self._draft)


def _provision_row(provision: ProvisionDraft) -> tuple[str, str, str, float]:
    return (provision.product, provision.form, provision.unit or "", float(provision.units_per_week))


def _table(model: RowsModel, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    view.verticalHeader().hide()
    view.setMaximumHeight(150)
    return view
