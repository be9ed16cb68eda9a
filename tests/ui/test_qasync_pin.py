"""Guards the PySide6 pin (< 6.12): 6.12.0 with qasync crashes Python 3.11 after a few thousand loop hops
(`Fatal Python error: none_dealloc`, DESIGN.md §14). The pin may be lifted only when this passes on the new
version. It runs in a child process because the failure is a hard crash of the interpreter."""

from __future__ import annotations

import os
import subprocess
import sys

HOPS = 20_000

SCRIPT = f"""
import asyncio, sys
from PySide6.QtWidgets import QApplication
import qasync

app = QApplication(sys.argv)

async def hop_many():
    for _ in range({HOPS}):
        await asyncio.sleep(0)
    return {HOPS}

with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:  # how the app owns its loop
    print(runner.run(hop_many()))
"""


def test_twenty_thousand_loop_hops_under_qasync_do_not_crash() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().endswith(str(HOPS))
