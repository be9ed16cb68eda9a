"""The messaging pane's item models (STYLE practice 6): conversations as a table, a thread as a list.

Rows are replaced as a whole (a model reset): a client has a handful of conversations and a thread tens of
messages, and the inbox across the caseload is ordered in the core. `data` is O(1) per cell.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from caseworker.messaging.model import Conversation, ConversationKind, Delivery, Message, Participant, Soort
from ui.i18n import translate

Index = QModelIndex | QPersistentModelIndex
MESSAGE_ROLE = Qt.ItemDataRole.UserRole + 1  # the Message of a row (for the delegate)
CONVERSATION_ROLE = Qt.ItemDataRole.UserRole + 2


def soort_text(soort: Soort) -> str:
    return {
        Soort.BURGER: translate("messaging", "inwoner"),
        Soort.ZORGAANBIEDER: translate("messaging", "zorgaanbieder"),
        Soort.MEDEWERKER: translate("messaging", "medewerker"),
        Soort.TEAM: translate("messaging", "team"),
    }[soort]


def kind_text(kind: ConversationKind) -> str:
    return {
        ConversationKind.BURGER: translate("messaging", "Inwoner"),
        ConversationKind.ZORGAANBIEDER: translate("messaging", "Zorgaanbieder"),
        ConversationKind.INTERN: translate("messaging", "Collega's"),
    }[kind]


def delivery_text(delivery: Delivery) -> str:
    return {
        Delivery.RECEIVED: translate("messaging", "ontvangen"),
        Delivery.QUEUED: translate("messaging", "wacht op verzending"),
        Delivery.SENT: translate("messaging", "verzonden"),
        Delivery.FAILED: translate("messaging", "mislukt"),
    }[delivery]


def moment(message: Message) -> str:
    return message.verzonden_op.astimezone().strftime("%d-%m %H:%M")


def people(participants: Sequence[Participant], me: str) -> str:
    """The other participants, e.g. "J. Jansen (inwoner), Zorg B.V. (zorgaanbieder)"."""
    others = [p for p in participants if p.identificatie != me]
    return ", ".join(f"{p.naam} ({soort_text(p.soort)})" for p in others)


def message_summary(message: Message) -> str:
    """One plain text for screen readers and tooltips: who, when, state, text, attachments."""
    state = delivery_text(message.delivery)
    if message.error:
        state = f"{state}: {message.error}"
    parts = [f"{message.afzender.naam} · {moment(message)} · {state}", message.tekst]
    parts += [translate("messaging", "Bijlage: {}").format(a.bestandsnaam) for a in message.bijlagen]
    return "\n".join(parts)


class ConversationModel(QAbstractTableModel):
    """Conversations: subject and participants, last activity, unread count (and the client's name in the
    inbox across clients)."""

    def __init__(self, *, with_client: bool, me: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._with_client = with_client
        self._me = me
        self._rows: list[Conversation] = []
        self._names: Mapping[str, str] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        self._headers = ([translate("messaging", "Cliënt")] if with_client else []) + [
            translate("messaging", "Gesprek"),
            translate("messaging", "Laatst"),
            translate("messaging", "Nieuw"),
        ]

    def set_rows(self, rows: Sequence[Conversation], names: Mapping[str, str] | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._names = dict(names or {})
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def conversation(self, row: int) -> Conversation:
        return self._rows[row]

    @property
    def rows(self) -> list[Conversation]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._headers)

    def _texts(self, item: Conversation) -> list[str]:
        last = item.activity.astimezone().strftime("%d-%m %H:%M")
        subject = f"{item.onderwerp} — {people(item.deelnemers, self._me)}"
        badge = str(item.unread) if item.unread else ""
        if item.failed:
            badge = translate("messaging", "mislukt")
        elif item.pending and not badge:
            badge = translate("messaging", "wacht")
        client = [self._client_name(item)] if self._with_client else []
        return [*client, subject, last, badge]

    def _client_name(self, item: Conversation) -> str:
        """From the cache; else as the conversation names the citizen (a client not cached yet)."""
        citizen = item.participant(Soort.BURGER)
        return self._names.get(item.bsn) or (citizen.naam if citizen else translate("messaging", "onbekend"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts(item)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            # Tooltips guess at rich text: server text goes in escaped, inside markup, never as markup.
            return f"<p>{html.escape(self._texts(item)[index.column()])}</p>"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            unread = (
                translate("messaging", "{} ongelezen").format(item.unread)
                if item.unread
                else translate("messaging", "gelezen")
            )
            return f"{self._texts(item)[index.column()]} ({unread})"
        if role == Qt.ItemDataRole.FontRole and item.unread:
            return self._bold
        if role == CONVERSATION_ROLE:
            return item
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self._headers[section] if 0 <= section < len(self._headers) else None


class MessageModel(QAbstractListModel):
    """The messages of one thread, oldest first; the delegate paints them from MESSAGE_ROLE."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Message] = []

    def set_rows(self, rows: Sequence[Message]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def message(self, row: int) -> Message:
        return self._rows[row]

    @property
    def rows(self) -> list[Message]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return message_summary(item)
        if role == MESSAGE_ROLE:
            return item
        return None
