"""`caseworker --demo --screenshot FILE.png`: the window rendered offscreen with a client, then exit 0."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from test_shell_support import *  # noqa: F403 - the shared fixtures
from test_shell_support import PERSONS

from PySide6.QtGui import QImage

from caseworker.services.startup import DATA_DIR_ENV, DEMO_PERSONS_ENV


def test_the_screenshot_command_writes_a_png_of_the_requested_size(data_dir: Path, tmp_path: Path) -> None:
    png = tmp_path / "venster.png"
    env = {
        **os.environ,
        DATA_DIR_ENV: str(data_dir),
        DEMO_PERSONS_ENV: str(PERSONS),  # the generated municipality is reused, not generated again
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",  # never the developer's own keyring
    }
    command = [sys.executable, "-m", "caseworker", "--demo", "--screenshot", str(png), "--client", "first"]
    command += ["--view", "zaken", "--size", "1024x700", "--lang", "en"]
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=180, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1024, 700)
