"""How one message looks in a thread: a block with a header (sender, time, state), the text and its
attachments; the user's own messages indented from the left, the others' from the right.

Text is drawn with `QPainter.drawText` from plain strings, so nothing a server sends is ever interpreted as
HTML. Colours are palette roles (the status colour for a failure comes from the theme).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from caseworker.messaging.model import Delivery, Message
from ui.i18n import translate
from ui.messaging.models import MESSAGE_ROLE, delivery_text, moment, soort_text
from ui.theme import warning_colour

Index = QModelIndex | QPersistentModelIndex
PAD = 8  # inside a block
GAP = 6  # between blocks
INDENT = 40  # how far a block moves away from the other side


class MessageDelegate(QStyledItemDelegate):
    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view

    # -- layout --

    def _block(self, option: QStyleOptionViewItem, message: Message) -> QRect:
        """The message's block inside the row: own messages keep to the right."""
        rect = option.rect.adjusted(0, GAP // 2, 0, -GAP // 2)
        own = message.delivery is not Delivery.RECEIVED  # sent by this user (or on its way)
        return rect.adjusted(INDENT, 0, 0, 0) if own else rect.adjusted(0, 0, -INDENT, 0)

    def _width(self) -> int:
        return max(120, self._view.viewport().width() - INDENT - 2 * PAD)

    @staticmethod
    def _header(message: Message) -> str:
        sender = message.afzender.naam
        if message.delivery is Delivery.RECEIVED:  # the user's own role goes without saying
            sender += f" ({soort_text(message.afzender.soort)})"
        if message.ontvanger is not None:
            sender += f" → {message.ontvanger.naam}"
        return f"{sender} · {moment(message)}"

    @staticmethod
    def _footer(message: Message) -> list[str]:
        lines = [translate("messaging", "Bijlage: {}").format(a.bestandsnaam) for a in message.bijlagen]
        if message.delivery is not Delivery.RECEIVED:
            state = delivery_text(message.delivery)
            lines.append(f"{state}: {message.error}" if message.error else state)
        elif message.unread:
            lines.append(translate("messaging", "nieuw"))
        return lines

    def _heights(self, option: QStyleOptionViewItem, message: Message, width: int) -> tuple[int, int, int]:
        metrics = QFontMetrics(option.font)
        bold = QFontMetrics(self._bold(option.font))
        flags = Qt.TextFlag.TextWordWrap
        header = bold.boundingRect(QRect(0, 0, width, 10_000), flags, self._header(message)).height()
        body = metrics.boundingRect(QRect(0, 0, width, 100_000), flags, message.tekst).height()
        footer = sum(
            metrics.boundingRect(QRect(0, 0, width, 10_000), flags, line).height()
            for line in self._footer(message)
        )
        return header, body, footer

    @staticmethod
    def _bold(font: QFont) -> QFont:
        bold = QFont(font)
        bold.setBold(True)
        return bold

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        message = index.data(MESSAGE_ROLE)
        if not isinstance(message, Message):
            return super().sizeHint(option, index)
        header, body, footer = self._heights(option, message, self._width())
        return QSize(self._width(), header + body + footer + 2 * PAD + GAP + 4)

    # -- painting --

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        message = index.data(MESSAGE_ROLE)
        if not isinstance(message, Message):
            super().paint(painter, option, index)
            return
        palette: QPalette = option.palette
        block = self._block(option, message)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        own = block.left() > option.rect.left()
        fill = palette.color(QPalette.ColorRole.AlternateBase if own else QPalette.ColorRole.Base)
        edge = palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Mid)
        painter.setPen(QPen(edge, 2 if selected else 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(block, 6, 6)
        self._texts(painter, option, message, block.adjusted(PAD, PAD, -PAD, -PAD))
        painter.restore()

    @staticmethod
    def _footer_colour(palette: QPalette, message: Message, line: int) -> QColor:
        """Attachment lines come first (link colour), then the state line."""
        if line < len(message.bijlagen):
            return palette.color(QPalette.ColorRole.Link)
        if message.delivery is Delivery.FAILED:
            return warning_colour()
        if message.unread:
            return palette.color(QPalette.ColorRole.Highlight)
        return palette.color(QPalette.ColorRole.PlaceholderText)

    def _texts(self, painter: QPainter, option: QStyleOptionViewItem, message: Message, area: QRect) -> None:
        palette: QPalette = option.palette
        font: QFont = option.font
        header, body, _ = self._heights(option, message, area.width())
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
        text_colour = palette.color(QPalette.ColorRole.Text)
        painter.setFont(self._bold(font))  # the same font `_heights` measured the header with
        painter.setPen(text_colour)
        painter.drawText(QRect(area.left(), area.top(), area.width(), header), flags, self._header(message))
        painter.setFont(font)
        painter.setPen(text_colour)
        top = area.top() + header
        painter.drawText(QRect(area.left(), top, area.width(), body), flags, message.tekst)
        top += body
        metrics = QFontMetrics(font)
        for number, line in enumerate(self._footer(message)):
            painter.setPen(self._footer_colour(palette, message, number))
            height = metrics.boundingRect(QRect(0, 0, area.width(), 10_000), flags, line).height()
            painter.drawText(QRect(area.left(), top, area.width(), height), flags, line)
            top += height
