"""Taking clients along for visits: choose until when they stay in the cache, offline."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from ui.search import qdate


class TakeAlongDialog(QDialog):
    def __init__(self, clients: int, max_days: int, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Meenemen voor bezoek"))
        self.setAccessibleName(self.tr("Meenemen voor bezoek"))
        explanation = QLabel(
            self.tr("{count} cliënt(en) blijven offline beschikbaar tot en met de gekozen dag.").format(
                count=clients
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.until = QDateEdit(self)
        self.until.setCalendarPopup(True)
        self.until.setMinimumDate(qdate(today + timedelta(days=1)))
        self.until.setMaximumDate(qdate(today + timedelta(days=max_days)))
        self.until.setDate(qdate(today + timedelta(days=1)))
        self.until.setAccessibleName(self.tr("Meenemen tot en met"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(explanation)
        form.addRow(self.tr("Tot en met:"), self.until)
        form.addRow(buttons)

    def chosen(self) -> date:
        chosen: date = self.until.date().toPython()  # type: ignore[assignment]
        return chosen
