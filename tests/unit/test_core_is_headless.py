"""The core never imports Qt: it must work from a script, a test or the CLI (STYLE.md practice 1)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import caseworker


def test_importing_every_core_module_loads_no_qt() -> None:
    # cli.py may start the GUI and __main__ runs the command; everything else is core.
    skip = {"caseworker.cli", "caseworker.__main__"}
    modules = [
        m.name for m in pkgutil.walk_packages(caseworker.__path__, "caseworker.") if m.name not in skip
    ]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'qasync', 'ui'))\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(modules) > 10
