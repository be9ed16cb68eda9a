"""Benchmark of the Plan section: one edit of a scenario to a repainted comparison table and chart.

Used by run.py. Drives the real PlanView offscreen; the figure is the median over many edits.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(REPO), str(REPO / "tests")]

from PySide6.QtCore import QDate  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from caseworker.api.apis import MunicipalApis, demo_settings  # noqa: E402
from caseworker.domain.client import ClientView, SectionName, section_state  # noqa: E402
from caseworker.domain.household import Member, Relation  # noqa: E402
from caseworker.domain.person import Address, Person  # noqa: E402
from caseworker.services.session import Session  # noqa: E402
from caseworker.store import open_store  # noqa: E402
from caseworker.tasks import TaskOwner  # noqa: E402
from ui.plan.view import PlanView  # noqa: E402


def _client() -> ClientView:
    home = Address(postcode="1234AB", huisnummer=1)
    child = Person("111222334", "Sem", geboortedatum=date(2017, 6, 1), address=home)
    client = Person("999993653", "Anna", geboortedatum=date(1985, 3, 4), address=home)
    now = datetime.now(UTC)
    sections = {name: section_state(name, now, "", None, now=now) for name in SectionName}
    return ClientView(client, (Member(child, Relation.KIND, True),), (), (), (), (), (), sections)


def bench_plan_recompute(edits: int = 50) -> dict[str, Any]:
    """Milliseconds from changing the hours of a scenario to the table and the chart painted again."""
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "cache.db", bytes(range(32)))
        settings = demo_settings("http://127.0.0.1:9", user_id="bench", user_representation="Bench")
        session = Session(MunicipalApis.connect(settings), store, user_id="bench")
        view = PlanView(session, TaskOwner())
        view.resize(1440, 900)
        view.date.setDate(QDate(2025, 11, 1))
        view.set_client(_client())
        view.show()
        view.editor.mode.setCurrentIndex(1)
        view.editor.wage.setValue(12.5)
        timings = []
        for edit in range(edits):
            started = time.perf_counter()
            view.editor.hours.setValue(edit % 40)
            view.table.viewport().repaint()
            view.chart.repaint()
            app.processEvents()
            timings.append((time.perf_counter() - started) * 1000)
        view.close()
        session.runner.close()
        store.close()
    return {"plan_recompute_ms": round(statistics.median(timings), 1)}


if __name__ == "__main__":
    print(bench_plan_recompute())
