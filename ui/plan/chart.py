"""Net income against hours worked, drawn with QPainter (QtCharts is not in PySide6-Essentials).

The core computes every point, the "u bent hier" hours and the armoedeval ranges; this widget only draws
them. Unknown incomes are gaps in a line, never zero. Lines differ by dash pattern as well as colour, and
the armoedeval is hatched and labelled, so nothing depends on colour alone.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from caseworker.scenario.money import euro_text
from caseworker.services.plan import ChartLine, IncomeChart
from ui.i18n import translate

_STYLES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine, Qt.PenStyle.DashDotLine)
# Okabe–Ito colours: told apart with the common colour-vision deficiencies, readable on light and dark.
_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7")
_LEFT, _RIGHT, _TOP, _BOTTOM = 96, 24, 64, 48


class IncomeChartWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chart = IncomeChart(None, (), None, ())
        self._scale = 1.0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable by Tab, so a screen reader reads it
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(translate("plan", "Grafiek: wat u overhoudt bij meer uren werk"))
        self.setAccessibleDescription(self.describe())

    def chart(self) -> IncomeChart:
        return self._chart

    def set_chart(self, chart: IncomeChart) -> None:
        self._chart = chart
        self.setAccessibleDescription(self.describe())
        self.update()

    def set_scale(self, scale: float) -> None:
        """Larger text and lines in presentation mode."""
        self._scale = scale
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, 320)

    def describe(self) -> str:
        """The curve in words, for the accessible description."""
        chart = self._chart
        if chart.wage is None:
            return translate("plan", "Geen grafiek: vul bij werk een uurloon in.")
        parts = [_describe_line(line) for line in chart.lines]
        if chart.here is not None:
            parts.append(
                translate("plan", "U bent hier: {hours} uur per week.").format(hours=_hours(chart.here))
            )
        for low, high in chart.traps:
            parts.append(
                translate(
                    "plan", "Armoedeval tussen {low} en {high} uur: meer werken levert niets op."
                ).format(low=_hours(low), high=_hours(high))
            )
        if chart.has_gaps:
            parts.append(translate("plan", "Waar een bedrag onbekend is, heeft de lijn een onderbreking."))
        return " ".join(parts)

    # -- drawing --------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * self._scale)
        painter.setFont(font)
        painter.fillRect(self.rect(), self.palette().brush(QPalette.ColorRole.Base))
        known = [p.net_income for line in self._chart.lines for p in line.points if p.net_income is not None]
        if not known:
            self._message(painter, self._empty_text())
        else:
            _Plot(
                painter, self.palette(), self._frame(), self._chart, (min(known), max(known)), self._scale
            ).draw()
        painter.end()

    def _frame(self) -> QRectF:
        s = self._scale
        return QRectF(
            _LEFT * s, _TOP * s, self.width() - (_LEFT + _RIGHT) * s, self.height() - (_TOP + _BOTTOM) * s
        )

    def _empty_text(self) -> str:
        if self._chart.wage is None:
            return translate("plan", "Vul bij werk een uurloon in, dan ziet u hier wat meer uren opleveren.")
        return translate("plan", "Wat u overhoudt is nog onbekend. Vul de ontbrekende bedragen in.")

    def _message(self, painter: QPainter, text: str) -> None:
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)


class _Plot:
    """One paint of the chart into `frame`, with euros on the vertical and hours on the horizontal axis."""

    def __init__(
        self,
        painter: QPainter,
        palette: QPalette,
        frame: QRectF,
        chart: IncomeChart,
        span: tuple[int, int],
        scale: float,
    ) -> None:
        self.p, self.palette, self.frame, self.chart, self.scale = painter, palette, frame, chart, scale
        hours = [point.hours for line in chart.lines for point in line.points]
        self.x_max = float(max(hours, default=Decimal(40))) or 40.0
        low, high = span
        pad = max((high - low) // 10, 5000)
        self.y_min, self.y_max = max(low - pad, 0) // 10000 * 10000, (high + pad) // 10000 * 10000 + 10000

    def x(self, hours: Decimal | float) -> float:
        return self.frame.left() + float(hours) / self.x_max * self.frame.width()

    def y(self, cents: int) -> float:
        share = (cents - self.y_min) / (self.y_max - self.y_min)
        return self.frame.bottom() - share * self.frame.height()

    def draw(self) -> None:
        self._traps()
        self._axes()
        for number, line in enumerate(self.chart.lines):
            self._line(line, number)
        self._here()
        self._legend()

    def _text_pen(self) -> QPen:
        return QPen(self.palette.color(QPalette.ColorRole.Text))

    def _traps(self) -> None:
        colour = QColor(self.palette.color(QPalette.ColorRole.Text))
        colour.setAlpha(60)
        for low, high in self.chart.traps:
            area = QRectF(QPointF(self.x(low), self.frame.top()), QPointF(self.x(high), self.frame.bottom()))
            self.p.fillRect(area, QBrush(colour, Qt.BrushStyle.BDiagPattern))
            self.p.setPen(self._text_pen())
            self.p.drawText(
                area.adjusted(2, 2, 0, 0), Qt.AlignmentFlag.AlignTop, translate("plan", "armoedeval")
            )

    def _axes(self) -> None:
        grid = QPen(self.palette.color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DotLine)
        metrics = self.p.fontMetrics()
        step = _euro_step(self.y_max - self.y_min)
        for cents in range(self.y_min, self.y_max + 1, step):
            self.p.setPen(grid)
            self.p.drawLine(
                QPointF(self.frame.left(), self.y(cents)), QPointF(self.frame.right(), self.y(cents))
            )
            self.p.setPen(self._text_pen())
            label = euro_text(cents).removesuffix(",00")
            box = QRectF(0, self.y(cents) - metrics.height() / 2, self.frame.left() - 6, metrics.height())
            self.p.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
        for hours in range(0, int(self.x_max) + 1, 8):
            box = QRectF(self.x(hours) - 30, self.frame.bottom() + 4, 60, metrics.height())
            self.p.drawText(box, Qt.AlignmentFlag.AlignHCenter, str(hours))
        self.p.drawLine(self.frame.bottomLeft(), self.frame.bottomRight())
        self.p.drawLine(self.frame.bottomLeft(), self.frame.topLeft())
        below = QRectF(self.frame.left(), self.frame.bottom() + 4 + metrics.height(), self.frame.width(), 40)
        self.p.drawText(below, Qt.AlignmentFlag.AlignHCenter, translate("plan", "uren werk per week"))
        above = QRectF(0, self.frame.top() - metrics.height() - 6, self.frame.left() + 200, metrics.height())
        self.p.drawText(above, Qt.AlignmentFlag.AlignLeft, translate("plan", "per maand"))

    def _line(self, line: ChartLine, number: int) -> None:
        pen = QPen(QColor(_COLOURS[number % 4]), 2.5 * self.scale, _STYLES[number % 4])
        self.p.setPen(pen)
        path, drawing = QPainterPath(), False
        for point in line.points:
            if point.net_income is None:
                drawing = False  # a gap: the income is unknown here, not zero
                continue
            target = QPointF(self.x(point.hours), self.y(point.net_income))
            path.lineTo(target) if drawing else path.moveTo(target)
            drawing = True
        self.p.drawPath(path)
        if line.marker.net_income is not None and line.marker.hours <= Decimal(str(self.x_max)):
            self.p.setBrush(QColor(_COLOURS[number % 4]))
            radius = 5 * self.scale
            self.p.drawEllipse(
                QPointF(self.x(line.marker.hours), self.y(line.marker.net_income)), radius, radius
            )
            self.p.setBrush(Qt.BrushStyle.NoBrush)

    def _here(self) -> None:
        if self.chart.here is None or self.chart.here > Decimal(str(self.x_max)):
            return
        x = self.x(self.chart.here)
        self.p.setPen(
            QPen(self.palette.color(QPalette.ColorRole.Text), 1.5 * self.scale, Qt.PenStyle.DashLine)
        )
        self.p.drawLine(QPointF(x, self.frame.top()), QPointF(x, self.frame.bottom()))
        self.p.drawText(
            QPointF(x + 4, self.frame.top() + self.p.fontMetrics().height() * 2),
            translate("plan", "u bent hier"),
        )

    def _legend(self) -> None:
        metrics = self.p.fontMetrics()
        x, y = self.frame.left(), 8 * self.scale + metrics.ascent()
        entries: list[tuple[str, QPen | None]] = [
            (line.name, QPen(QColor(_COLOURS[n % 4]), 2.5 * self.scale, _STYLES[n % 4]))
            for n, line in enumerate(self.chart.lines)
        ]
        if self.chart.has_gaps:
            entries.append((translate("plan", "onderbroken lijn: bedrag onbekend"), None))
        for name, pen in entries:
            if pen is not None:
                self.p.setPen(pen)
                self.p.drawLine(
                    QPointF(x, y - metrics.ascent() / 3),
                    QPointF(x + 28 * self.scale, y - metrics.ascent() / 3),
                )
                x += 34 * self.scale
            self.p.setPen(self._text_pen())
            self.p.drawText(QPointF(x, y), name)
            x += metrics.horizontalAdvance(name) + 20 * self.scale


def _euro_step(span: int) -> int:
    """A round step for about four to six grid lines: € 100, € 200, € 250, € 500, … (in cents)."""
    for step in (10000, 20000, 25000, 50000, 100000, 200000, 500000):
        if span / step <= 6:
            return step
    return 1000000


def _hours(value: Decimal) -> str:
    return f"{value:g}".replace(".", ",")


def _describe_line(line: ChartLine) -> str:
    known = [p for p in line.points if p.net_income is not None]
    if not known:
        return translate("plan", "{name}: bedrag onbekend.").format(name=line.name)
    first, last = known[0], known[-1]
    return translate(
        "plan", "{name}: bij {low} uur {low_amount}, bij {high} uur {high_amount} per maand."
    ).format(
        name=line.name,
        low=_hours(first.hours),
        low_amount=euro_text(first.net_income or 0),
        high=_hours(last.hours),
        high_amount=euro_text(last.net_income or 0),
    )
