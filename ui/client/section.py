"""What every section page of the client view shares: its title, where its data comes from and how old it
is, a warning line when its source failed (that section only), and tables built the same way."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TypeVar

from PySide6.QtCore import QAbstractItemModel, QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from caseworker.domain.client import Freshness, Section, SectionName
from ui.client import fmt
from ui.client.models import Tone
from ui.i18n import translate

T = TypeVar("T")

ROW_HEIGHT_FACTOR = 1.8
CELL_PADDING = 2  # characters  # times the font height: fixed rows, so large lists never measure every row


def section_title(name: SectionName) -> str:
    titles = {
        SectionName.PERSON: QCoreApplication.translate("SectionTitles", "Persoon"),
        SectionName.HOUSEHOLD: QCoreApplication.translate("SectionTitles", "Huishouden"),
        SectionName.ZAKEN: QCoreApplication.translate("SectionTitles", "Zaken"),
        SectionName.BESLUITEN: QCoreApplication.translate("SectionTitles", "Besluiten"),
        SectionName.DOCUMENTEN: QCoreApplication.translate("SectionTitles", "Documenten"),
        SectionName.KLANTCONTACTEN: QCoreApplication.translate("SectionTitles", "Contacten"),
        SectionName.INTERNETAKEN: QCoreApplication.translate("SectionTitles", "Taken"),
        SectionName.VOORZIENINGEN: QCoreApplication.translate("SectionTitles", "Voorzieningen"),
    }
    return titles[name]


def source_label(source: str) -> str:
    """The API a section comes from (keys of caseworker.domain.client.SOURCE_LABELS), as the UI names it."""
    labels = {
        "brp": translate("Sources", "BRP"),
        "zaken": translate("Sources", "Zaken"),
        "besluiten": translate("Sources", "Besluiten"),
        "documenten": translate("Sources", "Documenten"),
        "klantinteracties": translate("Sources", "Klantinteracties"),
        "objects": translate("Sources", "Objecten"),
    }
    return labels.get(source, source)


def source_text(section: Section, now: datetime) -> str:
    """Where a section's data comes from and how old it is: `BRP, 09:14`, `cache, gisteren 16:02`."""
    if section.fetched_at is None:
        if section.freshness is Freshness.NOT_FETCHED_OFFLINE:
            return translate("Sources", "nog niet opgehaald, geen verbinding")
        return translate("Sources", "nog niet opgehaald")
    when = fmt.when(section.fetched_at, now)
    if section.freshness is Freshness.NOT_UPDATED:
        return translate("Sources", "cache, {when}, niet bijgewerkt").format(when=when)
    if section.freshness is Freshness.CACHED:
        return translate("Sources", "cache, {when}").format(when=when)
    return translate("Sources", "{source}, {when}").format(source=source_label(section.source), when=when)


def make_table(model: QAbstractItemModel, accessible_name: str, parent: QWidget | None = None) -> QTableView:
    """A table view as the client view uses them: whole rows selected, fixed row heights, no measuring."""
    view = QTableView(parent)
    view.setModel(model)
    view.setAccessibleName(accessible_name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside: keyboard-first
    rows = view.verticalHeader()
    rows.setVisible(False)
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(int(view.fontMetrics().height() * ROW_HEIGHT_FACTOR))
    columns = view.horizontalHeader()
    columns.setStretchLastSection(True)
    columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    columns.setHighlightSections(False)
    return view


def set_column_widths(view: QTableView, widths: Sequence[int]) -> None:
    """Widths in characters (of the digit 0, the widest common one, plus the cell's padding), so they
    follow the font size (presentation mode, 200 % zoom)."""
    char = view.fontMetrics().horizontalAdvance("0")
    for column, width in enumerate(widths):
        view.setColumnWidth(column, (width + CELL_PADDING) * char)


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class SectionPage(QWidget):
    """A page of the client view. Subclasses add their content below the source and warning lines."""

    def __init__(self, sources: Sequence[SectionName], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sources = tuple(sources)
        self._source_line = QLabel(self)
        self._source_line.setAccessibleName(self.tr("Bron en leeftijd van de gegevens"))
        self._warning = QLabel(self)
        self._warning.setWordWrap(True)
        self._warning.setAccessibleName(self.tr("Waarschuwing voor deze sectie"))
        self._warning.hide()
        self.body = QVBoxLayout(self)
        self.body.addWidget(self._source_line)
        self.body.addWidget(self._warning)

    def show_sources(self, sections: Mapping[SectionName, Section], now: datetime) -> None:
        """`Zaken: Zaken, 09:14 · Besluiten: cache, gisteren 16:02, niet bijgewerkt` and, for each failing
        source, the warning line of this section."""
        known = [sections[name] for name in self.sources if name in sections]
        lines = [f"{section_title(s.name)}: {source_text(s, now)}" for s in known]
        self._source_line.setText(" · ".join(lines))
        failing = [s for s in known if s.error]
        self._warning.setVisible(bool(failing))
        if failing:
            color = Tone.WAITING.color(self.palette()).name()
            self._warning.setStyleSheet(f"color: {color};")
            self._warning.setText(
                "\n".join(
                    self.tr(
                        "⚠ {source} niet bijgewerkt: {error}. U ziet de laatst bewaarde gegevens."
                    ).format(source=section_title(s.name), error=s.error)
                    for s in failing
                )
            )

    def clear_sources(self) -> None:
        self._source_line.clear()
        self._warning.clear()
        self._warning.hide()
