"""Doctor's checks of this machine: the local database, disk space and the Qt platform plugin."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

import pytest
from keyring.backends import fail

from caseworker.doctor import Status
from caseworker.doctor.local import database_check, disk_check, qt_check
from caseworker.security.keys import obtain_key
from caseworker.store import cache_path, open_store


def test_no_database_yet_is_fine(tmp_path: Path) -> None:
    check = database_check(tmp_path, "test", fail.Keyring())
    assert check.status is Status.OK and "nog geen lokale gegevens" in check.message
    assert list(tmp_path.iterdir()) == []  # doctor creates nothing


def test_passphrase_database_is_encrypted_and_left_closed(tmp_path: Path) -> None:
    key = obtain_key("test", tmp_path, passphrase="paard batterij", keyring_backend=fail.Keyring())
    open_store(cache_path(tmp_path), key).close()
    check = database_check(tmp_path, "test", fail.Keyring())
    assert check.status is Status.OK and check.details["encrypted"] is True
    assert "wachtwoord" in check.message


def test_an_unencrypted_database_is_an_error(tmp_path: Path) -> None:
    with sqlite3.connect(cache_path(tmp_path)) as plain:
        plain.execute("CREATE TABLE person (bsn TEXT)")
    plain.close()
    check = database_check(tmp_path, "test", fail.Keyring())
    assert check.status is Status.ERROR and "NIET versleuteld" in check.message


def test_an_encrypted_database_without_its_key_is_an_error(tmp_path: Path) -> None:
    key = obtain_key("test", tmp_path, passphrase="paard batterij", keyring_backend=fail.Keyring())
    open_store(cache_path(tmp_path), key).close()
    (tmp_path / "cache.salt").unlink()  # the key's route is gone: no keyring, no passphrase salt
    check = database_check(tmp_path, "test", fail.Keyring())
    assert check.status is Status.ERROR and "sleutelbos is niet bereikbaar" in check.message


class Usage(NamedTuple):
    total: int
    used: int
    free: int


@pytest.mark.parametrize(
    ("free", "status"), [(50 * 2**20, Status.ERROR), (500 * 2**20, Status.WARNING), (5 * 2**30, Status.OK)]
)
def test_disk_space(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, free: int, status: Status) -> None:
    monkeypatch.setattr(shutil, "disk_usage", lambda path: Usage(10 * 2**30, 0, free))
    check = disk_check(tmp_path / "not" / "yet")
    assert check.status is status and str(tmp_path) in check.message


def test_qt_platform_in_use_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    check = qt_check()
    assert check.status is Status.OK and check.details["platform_plugin"] == "offscreen"


def test_a_missing_qt_platform_plugin_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "geen-zulke-plugin")
    check = qt_check()
    assert check.status is Status.ERROR and check.details["QT_QPA_PLATFORM"] == "geen-zulke-plugin"


def test_the_hidden_qt_probe_option_runs_the_probe_in_the_app_itself() -> None:
    """A frozen build has no `python -c`: its doctor runs the app again with `doctor --qt-probe`."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "caseworker", "doctor", "--qt-probe"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert (done.returncode, done.stdout.strip()) == (0, "offscreen"), done.stderr
    helped = subprocess.run(
        [sys.executable, "-m", "caseworker", "doctor", "--help"], capture_output=True, text=True, check=True
    )
    assert "--qt-probe" not in helped.stdout


def test_a_frozen_app_probes_qt_through_its_own_doctor(monkeypatch: pytest.MonkeyPatch) -> None:
    ran: list[list[str]] = []

    def run(command: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
        ran.append(command)
        return subprocess.CompletedProcess(command, 0, "offscreen\n", "")

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/keukentafel/keukentafel")
    monkeypatch.setattr(subprocess, "run", run)
    assert qt_check().status is Status.OK
    assert ran == [["/opt/keukentafel/keukentafel", "doctor", "--qt-probe"]]
