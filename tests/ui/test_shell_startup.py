"""Start-up, headless: the demo profile's key, `--demo`, the test hooks, and refusing bad settings."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from test_shell_support import *  # noqa: F403 - the shared fixtures

from caseworker.config import Value, defaults
from caseworker.errors import KnownError
from caseworker.services.startup import (
    DATA_DIR_ENV,
    DEMO_PASSPHRASE,
    DEMO_PERSONS_ENV,
    Locations,
    Workplace,
    demo_persons,
    force_demo,
)


def test_the_demo_key_comes_from_the_demo_passphrase_without_a_keyring(workplace: Workplace) -> None:
    assert workplace.demo and not workplace.passphrase_route
    assert workplace.check_passphrase(DEMO_PASSPHRASE)
    assert not workplace.check_passphrase("iets anders")


def test_demo_forces_the_demo_profile() -> None:
    configured = defaults()
    configured = type(configured)({**configured.values, "profile": Value("gemeente", "test")})
    assert not configured.is_demo and force_demo(configured).is_demo


def test_the_environment_sets_the_data_folder_and_the_demo_size(tmp_path: Path) -> None:
    assert Locations.from_environ({DATA_DIR_ENV: str(tmp_path)}).sandbox() == tmp_path / "sandbox"
    assert demo_persons({DEMO_PERSONS_ENV: "300"}) == 300
    assert demo_persons({}) == 2000
    with pytest.raises(KnownError):
        demo_persons({DEMO_PERSONS_ENV: "veel"})


def test_bad_settings_stop_the_start_with_exit_code_2(tmp_path: Path, qtbot: QtBot) -> None:
    machine = tmp_path / "config.toml"
    machine.write_text('profile = "gemeente"\nzaken.url = "geen url"\n')
    env = {**os.environ, "CASEWORKER_MACHINE_CONFIG": str(machine), DATA_DIR_ENV: str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "caseworker", "--screenshot", str(tmp_path / "x.png")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2, result.stderr
    assert "De instellingen kloppen niet" in result.stderr
    assert not (tmp_path / "x.png").exists()
