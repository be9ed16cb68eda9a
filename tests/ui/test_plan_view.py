"""The Plan section driven offscreen: editing recomputes the table and the chart, entering a missing
figure marks it "ingevoerd", presentation mode, the PDF, and the models under qtmodeltester."""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from unit.test_plan_prefill import demo_client_view

from PySide6.QtCore import QDate

from caseworker.api.apis import MunicipalApis, demo_settings
from caseworker.domain.plan import Agreement, Goal, Plan, PlanAmount
from caseworker.services.session import Session
from caseworker.store import open_store
from caseworker.tasks import TaskOwner
from ui.plan.models import Column, RowsModel
from ui.plan.pdf import render_plan_pdf
from ui.plan.view import PlanView

KEY = bytes(range(32))
ON = QDate(2025, 11, 1)


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    store = open_store(tmp_path / "cache.db", KEY)
    apis = MunicipalApis.connect(
        demo_settings("http://127.0.0.1:9", user_id="wt-demo", user_representation="Sanne Demo")
    )
    made = Session(apis, store, user_id="wt-demo", user_name="Sanne Demo")
    yield made
    made.runner.close()
    store.close()


@pytest.fixture
def view(qtbot: QtBot, session: Session) -> PlanView:
    plan = PlanView(session, TaskOwner())
    qtbot.addWidget(plan)
    plan.date.setDate(ON)
    plan.set_client(demo_client_view())
    plan.resize(1440, 900)
    return plan


def cell(view: PlanView, key: str, column: int) -> str:
    return str(view.model.index(view.model.row_of(key), column).data())


def test_changing_hours_updates_the_comparison_and_the_chart(view: PlanView) -> None:
    view.columns.setCurrentIndex(1)
    view.editor.mode.setCurrentIndex(1)  # hours × wage
    view.editor.wage.setValue(12.5)
    before_cell, before_chart = cell(view, "bijstand", 1), view.chart.chart()
    started = time.perf_counter()
    view.editor.hours.setValue(16)
    elapsed = time.perf_counter() - started
    assert cell(view, "bijstand", 1) != before_cell
    assert "minder" in cell(view, "bijstand", 1)  # more work, less bijstand: said in words
    assert "\n" not in cell(view, "bijstand", 0)  # the current situation has no difference line
    after_chart = view.chart.chart()
    assert after_chart.here == 0  # "u bent hier": the current situation, without work
    assert before_chart.lines[1].marker != after_chart.lines[1].marker
    assert after_chart.lines[1].marker.hours == 16 and after_chart.lines[1].marker.net_income is not None
    assert elapsed < 0.1


def test_entering_a_missing_amount_marks_it_entered(view: PlanView) -> None:
    view.date.setDate(QDate(2026, 11, 29))  # the 2026 bijstand norms are not published
    row = view.model.row_of("bijstand_norm")
    view.table.setCurrentIndex(view.model.index(row, 0))
    assert cell(view, "bijstand_norm", 0) == "onbekend — handmatig invoeren"
    assert view.missing.count() == 1 and view.enter.isEnabled()
    assert view.missing.currentData() == "bijstand.norm.gehuwden"  # the kostendelersnorm is based on it
    view.value.setText("1401,40")
    view.enter.click()
    # Anna and her mother (70) share the home; the daughter (19) does not count: (0.40 + 2 × 0.30) / 2.
    assert cell(view, "bijstand_norm", 0) == "€ 700,70 (ingevoerd)"
    assert cell(view, "bijstand_norm", 1).startswith("€ 700,70 (ingevoerd)")  # a parameter holds everywhere
    assert "ingevoerd" in view.why.toPlainText()


def test_presentation_mode_enlarges_and_keeps_the_table(view: PlanView) -> None:
    rows, size = view.model.rowCount(), view.table.font().pointSizeF()
    view.set_presentation(True)
    assert view.table.font().pointSizeF() > size * 1.5
    assert view.model.rowCount() == rows - 1  # only the municipality's own cost is left out
    assert view.model.columnCount() == 2 and not view.tools.isVisibleTo(view)
    view.set_presentation(False)
    assert view.model.rowCount() == rows


def test_locking_hides_the_figures(view: PlanView) -> None:
    view.set_locked(True)
    assert not view.table.isVisibleTo(view)
    view.set_locked(False)
    assert view.table.isVisibleTo(view)


def test_the_models_pass_the_model_tester(view: PlanView, qtmodeltester: ModelTester) -> None:
    qtmodeltester.check(view.model)
    rows = RowsModel([Column("Wie"), Column("Leeftijd", kind=int, maximum=120), Column("Telt", kind=bool)])
    rows.set_rows([("Anna", 40, True), ("Sem", 8, False)])
    qtmodeltester.check(rows)
    assert rows.setData(rows.index(1, 1), 9) and rows.rows()[1][1] == 9
    assert not rows.setData(rows.index(1, 1), 500)


def a_plan() -> Plan:
    return Plan(
        municipality="Gemeente Voorbeeldstad (fictief)",
        made_on=date(2026, 11, 29),
        client_name="Anna Jansen",
        bsn="999993653",
        zaak_url="http://sandbox.invalid/zaken/1",
        zaak_identificatie="ZAAK-1",
        caseworker="Sanne Demo",
        scenario_name="Scenario 1",
        reference_date=date(2025, 11, 1),
        goals=(Goal("Ik wil weer aan het werk."),),
        provisions=(),
        agreements=(Agreement("Anna", "Solliciteren", date(2026, 12, 15)),),
        amounts=(PlanAmount("bijstand", 88156, "ok"), PlanAmount("netto_besteedbaar", 180012, "ingevoerd")),
        fixed_costs=65000,
    )


def test_the_pdf_is_a_valid_a4_plan_with_amounts_and_signature_lines(qtbot: QtBot, tmp_path: Path) -> None:
    started = time.perf_counter()
    pdf = render_plan_pdf(a_plan())
    assert time.perf_counter() - started < 0.5  # painted in the GUI thread: it must stay short
    assert pdf.startswith(b"%PDF") and pdf.rstrip().endswith(b"%%EOF")
    path = tmp_path / "plan.pdf"
    path.write_bytes(pdf)
    if shutil.which("pdftoppm") is None or shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils (pdftoppm, pdftotext) is not installed: the PDF is not opened or read")
    subprocess.run(
        ["pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "1", str(path), str(tmp_path / "page")], check=True
    )
    assert list(tmp_path.glob("page*.png"))
    text = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout
    for expected in (
        "€ 881,56",
        "€ 1.800,12 (ingevoerd)",
        "Handtekening",
        "Inwoner",
        "Medewerker",
        "pagina 1 van 1",
    ):
        assert expected in text
