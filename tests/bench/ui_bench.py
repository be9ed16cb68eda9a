"""Benchmarks of the window (DESIGN §12): cold start, keystroke to painted rows, client to painted view.

Used by run.py. The demo municipality is generated and the caseload synced first (one screenshot run), so
cold start measures starting, not generating. Runs offscreen.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(REPO), str(BENCH)]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from client_bench import fill_cache, p95  # noqa: E402
from keyring.backends.fail import Keyring as NoKeyring  # noqa: E402

Figures = dict[str, Any]

BARE_WINDOW = """
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv)
label = QLabel("Keukentafel")
class Probe(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print(f"first-paint {time.time():.6f}", flush=True)
            app.quit()
        return False
probe = Probe()
label.installEventFilter(probe)
label.show()
app.exec()
"""


def _env(data_dir: Path, persons: int) -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "CASEWORKER_DATA_DIR": str(data_dir),
        "CASEWORKER_DEMO_PERSONS": str(persons),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "QT_QPA_PLATFORM": "offscreen",
    }


def _first_paint(command: list[str], env: dict[str, str]) -> float:
    """Seconds from starting `command` to the `first-paint <time>` it prints."""
    started = time.time()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300, check=True)
    painted = next(line for line in done.stdout.splitlines() if line.startswith("first-paint "))
    return float(painted.split()[1]) - started


def bench_cold_start(data_dir: Path, persons: int, runs: int) -> Figures:
    env = _env(data_dir, persons)
    # Generates the municipality and syncs the caseload into the cache: what a second start finds.
    prepare = [sys.executable, "-m", "caseworker", "--demo", "--screenshot", str(data_dir / "prepare.png")]
    subprocess.run(prepare, env=env, capture_output=True, timeout=600, check=True)
    app = [sys.executable, "-m", "caseworker", "--demo", "--benchmark-start"]
    starts = [_first_paint(app, env) for _ in range(runs)]
    bare = [_first_paint([sys.executable, "-c", BARE_WINDOW], env) for _ in range(runs)]
    return {
        "cold_start_s": round(statistics.median(starts), 3),
        "cold_start_bare_pyside6_s": round(statistics.median(bare), 3),
    }


async def _interactive(data_dir: Path, persons: int, keystrokes: int, cached: bool) -> Figures:
    from caseworker.config import defaults
    from caseworker.services.startup import Locations, start_workplace
    from caseworker.tasks import TaskOwner
    from ui.main_window import MainWindow
    from ui.probe import next_signal

    async def never(reason: object) -> str | None:
        raise AssertionError("the demo needs no passphrase")

    where = Locations(data_dir)
    workplace = await start_workplace(
        defaults(), ask_passphrase=never, locations=where, persons=persons, keyring_backend=NoKeyring()
    )
    queries = await asyncio.to_thread(fill_cache, workplace.session.store) if cached else []
    tasks = TaskOwner()
    window = MainWindow(workplace, tasks)
    window.resize(1440, 900)
    window.show()
    await next_signal(window.worklist.loaded, 60)
    try:
        figures = await _keystrokes(
            window, queries or [e.naam for e in window.worklist.model.rows], keystrokes
        )
        figures.update(await _open_views(window, [e.bsn for e in window.worklist.model.rows][:20]))
    finally:
        window.close()
        await tasks.cancel_all()
        await workplace.aclose()
    figures["keystroke_cached_persons"] = 50_000 if cached else "demo cache"
    return figures


async def _keystrokes(window: Any, queries: list[str], count: int) -> Figures:
    from PySide6.QtTest import QTest

    from ui.probe import PaintProbe, next_signal

    panel = window.search
    panel._timer.setInterval(0)  # the 120 ms typing pause is by design; measured is what comes after it
    probe = PaintProbe(panel.results.viewport())
    shown: list[float] = []
    panel.searched.connect(lambda _: shown.append(time.perf_counter()))
    times = []
    for query in [q for q in queries if len(q) >= 2][:count]:
        panel.field.setText(query[:-1])
        await next_signal(panel.searched, 10)
        started = time.perf_counter()
        QTest.keyClick(panel.field, query[-1])
        rows = await next_signal(panel.searched, 10)
        done = await probe.painted_after(shown[-1], 10) if rows[0] else shown[-1]
        times.append((done - started) * 1000)
    median = round(statistics.median(times), 2)
    return {"keystroke_to_rows_p95_ms": p95(times), "keystroke_to_rows_median_ms": median}


async def _open_views(window: Any, bsns: list[str]) -> Figures:
    from ui.probe import next_signal

    times = []
    for bsn in bsns:
        started = time.perf_counter()
        window.open_client(bsn)
        await next_signal(window.client_view.loaded, 10)
        times.append((time.perf_counter() - started) * 1000)
    median = round(statistics.median(times), 2)
    return {"open_view_painted_p95_ms": p95(times), "open_view_painted_median_ms": median}


def bench_interactive(data_dir: Path, persons: int, keystrokes: int, cached: bool) -> Figures:
    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    app.setQuitOnLastWindowClosed(False)  # type: ignore[attr-defined]  # the run ends with the coroutine
    with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
        figures: Figures = runner.run(_interactive(data_dir, persons, keystrokes, cached))
    del app
    return figures


def bench_ui(quick: bool) -> Figures:
    persons = 300 if quick else 2000
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp)
        figures = bench_cold_start(data_dir, persons, runs=3 if quick else 5)
        figures.update(bench_interactive(data_dir, persons, keystrokes=50, cached=not quick))
    figures["ui_demo_persons"] = persons
    return figures


if __name__ == "__main__":
    import json

    print(json.dumps(bench_ui("--quick" in sys.argv), indent=2))
