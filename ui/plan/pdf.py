"""The plan as an A4 PDF: QTextDocument (an HTML subset, no browser) painted page by page on a QPdfWriter,
with a footer and page numbers on every page.

The PDF carries the client's full BSN: it is the client's own copy and the zaak's dossier copy (stored as
"vertrouwelijk"), and a signed agreement must name the person unambiguously. Screens in presentation mode
still show the masked BSN.

QTextDocument and QPdfWriter must run in the GUI thread. A two-page plan renders in about 30–60 ms
(measured in tests/ui/test_plan_pdf.py), so it runs there directly; the store write that follows goes off
the event loop.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from caseworker.domain.plan import Plan
from ui.i18n import translate
from ui.plan.texts import amount_text, outcome_label

_RESOLUTION = 300  # dpi: sharp enough for print, small files
_FOOTER_MM = 10


def render_plan_pdf(plan: Plan) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(_RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(20, 18, 20, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(translate("plan", "Ondersteuningsplan"))
    writer.setCreator("Keukentafel")
    _paint(writer, _document(plan, writer), _footer_text(plan))
    buffer.close()
    return bytes(data.data())


def _document(plan: Plan, writer: QPdfWriter) -> QTextDocument:
    document = QTextDocument()
    # Lay the text out in the printer's own units, so 11 pt is 11 pt on paper at any resolution.
    document.documentLayout().setPaintDevice(writer)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(10.5)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setPageSize(_body(writer).size())
    document.setHtml(plan_html(plan))
    if _signatures_split(document):
        document.setHtml(plan_html(plan, signatures_on_new_page=True))
    return document


def _body(writer: QPdfWriter) -> QRectF:
    page = writer.pageLayout().paintRectPixels(writer.resolution())
    return QRectF(0, 0, page.width(), page.height() - _footer_height(writer))


def _footer_height(writer: QPdfWriter) -> float:
    return _FOOTER_MM / 25.4 * writer.resolution()


def _signatures_split(document: QTextDocument) -> bool:
    """Whether the signature block would start on one page and end on the next (signatures belong on
    the same page as the sentence they sign)."""
    heading = document.find(translate("plan", "Ondertekening"))
    if heading.isNull():
        return False
    page_height = document.pageSize().height()
    top = document.documentLayout().blockBoundingRect(heading.block()).top()
    return int(top // page_height) != int((document.size().height() - 1) // page_height)


def _paint(writer: QPdfWriter, document: QTextDocument, footer: str) -> None:
    footer_height = _footer_height(writer)
    body = _body(writer)
    pages = document.pageCount()
    painter = QPainter(writer)
    painter.setFont(document.defaultFont())
    for number in range(pages):
        if number:
            writer.newPage()
        painter.save()
        painter.translate(0, -number * body.height())
        document.drawContents(painter, body.translated(0, number * body.height()))
        painter.restore()
        line = QRectF(0, body.height(), body.width(), footer_height)
        painter.drawLine(line.topLeft(), line.topRight())
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, footer)
        page_text = translate("plan", "pagina {page} van {pages}").format(page=number + 1, pages=pages)
        painter.drawText(line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, page_text)
    painter.end()


def _footer_text(plan: Plan) -> str:
    return translate("plan", "Ondersteuningsplan {name}, {day}").format(
        name=plan.client_name, day=_day(plan.made_on)
    )


def _day(value: date) -> str:
    return value.strftime("%d-%m-%Y")


def _e(text: str) -> str:
    return html.escape(text)


def plan_html(plan: Plan, *, signatures_on_new_page: bool = False) -> str:
    return "".join(
        (
            _head(plan),
            _goals(plan),
            _provisions(plan),
            _agreements(plan),
            _amounts(plan),
            _signatures(plan, signatures_on_new_page),
        )
    )


def _head(plan: Plan) -> str:
    rows = [
        (translate("plan", "Naam"), plan.client_name),
        (translate("plan", "BSN"), plan.bsn),
        (translate("plan", "Zaak"), plan.zaak_identificatie),
        (translate("plan", "Datum"), _day(plan.made_on)),
        (translate("plan", "Opgesteld door"), plan.caseworker),
    ]
    cells = "".join(f"<tr><td width='30%'>{_e(k)}</td><td>{_e(v)}</td></tr>" for k, v in rows)
    title = translate("plan", "Ondersteuningsplan")
    return (
        f"<p style='font-size:13pt'><b>{_e(plan.municipality)}</b></p>"
        f"<h1 style='font-size:18pt'>{_e(title)}</h1>"
        f"<table cellpadding='2'>{cells}</table>"
    )


def _section(title: str, *, new_page: bool = False) -> str:
    page = " page-break-before:always;" if new_page else ""
    return f"<h2 style='font-size:13pt; margin-top:14px;{page}'>{_e(title)}</h2>"


def _goals(plan: Plan) -> str:
    items = "".join(f"<li>{_e(goal.text)}</li>" for goal in plan.goals)
    return _section(translate("plan", "Uw doelen, in uw eigen woorden")) + f"<ol>{items}</ol>"


def _table(headers: list[str], rows: list[list[str]], widths: list[int]) -> str:
    head = "".join(
        f"<th align='left' width='{w}%'>{_e(h)}</th>" for h, w in zip(headers, widths, strict=True)
    )
    body = "".join("<tr>" + "".join(f"<td>{_e(cell)}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<table width='100%' border='1' cellspacing='0' cellpadding='4'><tr>{head}</tr>{body}</table>"


def _provisions(plan: Plan) -> str:
    if not plan.provisions:
        none = translate("plan", "Geen voorzieningen afgesproken.")
        return _section(translate("plan", "Afgesproken voorzieningen")) + f"<p>{_e(none)}</p>"
    rows = [
        [
            p.product,
            p.form,
            translate("plan", "{units} {unit} per week").format(
                units=p.units_per_week.replace(".", ","), unit=p.unit
            ),
        ]
        for p in plan.provisions
    ]
    table = _table(
        [translate("plan", "Voorziening"), translate("plan", "Vorm"), translate("plan", "Omvang")],
        rows,
        [50, 15, 35],
    )
    return _section(translate("plan", "Afgesproken voorzieningen")) + table


def _agreements(plan: Plan) -> str:
    title = _section(translate("plan", "Wie doet wat, en wanneer"))
    if not plan.agreements:
        none = translate("plan", "Geen afspraken vastgelegd.")
        return title + f"<p>{_e(none)}</p>"
    rows = [[a.wie, a.wat, _day(a.wanneer)] for a in plan.agreements]
    return title + _table(
        [translate("plan", "Wie"), translate("plan", "Wat"), translate("plan", "Wanneer")], rows, [25, 55, 20]
    )


def _amounts(plan: Plan) -> str:
    rows = [[outcome_label(a.key), amount_text(a.amount, a.status)] for a in plan.amounts]
    intro = translate("plan", "Gekozen situatie: {name}. Bedragen per maand, berekend voor {day}.").format(
        name=plan.scenario_name, day=_day(plan.reference_date)
    )
    note = translate(
        "plan",
        "'Ingevoerd' betekent: het bedrag is door de medewerker ingevuld, bijvoorbeeld uit een brief van de "
        "Belastingdienst. 'Onbekend' betekent: dit bedrag is nog niet bekend en is niet geschat.",
    )
    table = _table([translate("plan", "Wat"), translate("plan", "Bedrag per maand")], rows, [60, 40])
    return (
        _section(translate("plan", "Uw geld per maand"))
        + f"<p>{_e(intro)}</p>{table}<p style='font-size:9pt'>{_e(note)}</p>"
    )


def _signatures(plan: Plan, new_page: bool) -> str:
    blank = "_" * 28

    def column(title: str, name: str) -> str:
        lines = [(translate("plan", "Naam"), name or blank), (translate("plan", "Datum"), blank)]
        body = "".join(f"<p>{_e(label)}: {_e(value)}</p>" for label, value in lines)
        signed = translate("plan", "Handtekening")
        signature = f"<p><br/><br/>{_e(signed)}: {blank}</p>"
        return f"<td width='50%' valign='top'><p><b>{_e(title)}</b></p>{body}{signature}</td>"

    agreed = translate("plan", "Wij hebben dit plan samen besproken en zijn het erover eens.")
    return (
        _section(translate("plan", "Ondertekening"), new_page=new_page)
        + f"<p>{_e(agreed)}</p>"
        + "<table width='100%' cellpadding='6'><tr>"
        + column(translate("plan", "Inwoner"), plan.client_name)
        + column(translate("plan", "Medewerker van de gemeente"), plan.caseworker)
        + "</tr></table>"
    )
