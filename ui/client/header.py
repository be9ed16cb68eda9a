"""The client view's header: who this is (name, full BSN, age, address) and the BRP indications as badges
that say what they mean in words."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from caseworker.domain.person import Person
from ui.client import fmt
from ui.client.models import Tone

NAME_SCALE = 1.5


class ClientHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLabel(self)
        self.name.setAccessibleName(self.tr("Naam van de cliënt"))
        font = self.name.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * NAME_SCALE)
        self.name.setFont(font)
        self.facts = QLabel(self)
        self.facts.setAccessibleName(self.tr("BSN, leeftijd en adres"))
        self.facts.setTextInteractionFlags(self.facts.textInteractionFlags().TextSelectableByMouse)
        self._badges = QHBoxLayout()
        self._badges.setSpacing(6)
        top = QHBoxLayout()
        top.addWidget(self.name)
        top.addLayout(self._badges)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.addLayout(top)
        layout.addWidget(self.facts)

    def show_person(self, person: Person, today: date) -> None:
        self.name.setText(person.naam or self.tr("(naam onbekend)"))
        age = person.age(today)
        parts = [
            self.tr("BSN {bsn}").format(bsn=person.bsn),
            self.tr("{age} jaar (geboren {born})").format(age=age, born=fmt.day(person.geboortedatum))
            if age is not None
            else self.tr("geboortedatum onbekend"),
            person.address.line() if person.address else self.tr("geen adres bekend"),
        ]
        self.facts.setText("  ·  ".join(parts))
        self._set_badges(self._indications(person))

    def show_loading(self, masked_bsn: str) -> None:
        """A client never fetched before: nothing personal is known yet but the number that was chosen."""
        self.name.setText(self.tr("Cliënt wordt opgehaald…"))
        self.facts.setText(self.tr("BSN {bsn}").format(bsn=masked_bsn))
        self._set_badges([])

    def clear(self) -> None:
        self.name.clear()
        self.facts.clear()
        self._set_badges([])

    def _indications(self, person: Person) -> list[tuple[str, Tone]]:
        signs = person.indications
        badges = []
        if signs.overleden:
            when = fmt.day(signs.overlijdensdatum)
            text = self.tr("Overleden {date}").format(date=when) if when else self.tr("Overleden")
            badges.append((text.strip(), Tone.FAILED))
        if signs.geheimhouding:
            badges.append((self.tr("Geheimhouding: geen gegevens aan derden"), Tone.FAILED))
        if signs.curatele:
            badges.append((self.tr("Onder curatele"), Tone.WAITING))
        if signs.in_onderzoek:
            badges.append((self.tr("Gegevens in onderzoek"), Tone.WAITING))
        return badges

    def _set_badges(self, badges: list[tuple[str, Tone]]) -> None:
        while self._badges.count():
            item = self._badges.takeAt(0)
            if item is not None and (widget := item.widget()) is not None:
                widget.deleteLater()
        for text, tone in badges:
            badge = QLabel(text, self)
            badge.setAccessibleName(self.tr("BRP-indicatie: {text}").format(text=text))
            color = tone.color(self.palette()).name()
            badge.setStyleSheet(
                f"color: {color}; border: 1px solid {color}; border-radius: 4px; padding: 1px 6px;"
            )
            self._badges.addWidget(badge)
