"""`caseworker doctor` against the sandbox over real HTTP: what IT sees when things work and when not."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from keyring.backends import fail

from caseworker import cli
from caseworker.api.apis import (
    DEMO_API_TOKEN,
    DEMO_BRP_API_KEY,
    DEMO_ZGW_CLIENT_ID,
    DEMO_ZGW_SECRET,
    STANDARD_PATHS,
)
from caseworker.config import Config, load_config
from caseworker.doctor import Report, Status, run_doctor
from caseworker.sandbox.server import RunningSandbox, start_in_thread

ZGW = ("zaken", "catalogi", "besluiten", "documenten")
DEMO_SECRETS = {
    "brp": DEMO_BRP_API_KEY,
    **dict.fromkeys(ZGW, DEMO_ZGW_SECRET),
    "klantinteracties": DEMO_API_TOKEN,
    "objects": DEMO_API_TOKEN,
}


@pytest.fixture
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No machine or user config, data and keyring of this machine out of reach."""
    monkeypatch.setenv("CASEWORKER_MACHINE_CONFIG", str(tmp_path / "machine.toml"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setattr("keyring.get_keyring", fail.Keyring)
    return tmp_path


def configured(tmp_path: Path, root: str) -> Callable[[], Config]:
    """A municipality configured by IT whose servers are the sandbox at `root`."""
    lines = ['profile = "test"']
    for api, path in STANDARD_PATHS.items():
        lines += [f"[{api}]", f'url = "{root}{path}"']
        if api in ZGW:
            lines.append(f'client_id = "{DEMO_ZGW_CLIENT_ID}"')
    machine = tmp_path / "machine.toml"
    machine.write_text("\n".join(lines) + '\n[user]\nid = "tester"\n', encoding="utf-8")
    return lambda: load_config(environ={}, machine_file=machine, user_file=tmp_path / "user.toml")


def doctor(
    tmp_path: Path,
    root: str,
    secrets: dict[str, str] = DEMO_SECRETS,
    clock: Callable[[], float] = time.time,
) -> Report:
    return run_doctor(
        load=configured(tmp_path, root),
        secrets=secrets.get,
        keyring_backend=fail.Keyring(),
        data_base=tmp_path / "data",
        clock=clock,
    )


def by_name(report: Report) -> dict[str, Status]:
    return {check.name: check.status for check in report.checks}


@pytest.fixture
def stopped_url() -> Iterator[str]:
    sandbox = start_in_thread(persons=0)
    sandbox.stop()
    yield sandbox.base_url


def test_configured_municipality_all_ok(sandbox: RunningSandbox, tmp_path: Path) -> None:
    report = doctor(tmp_path, sandbox.base_url)
    statuses = by_name(report)
    assert not report.blocking, report.to_text()
    assert statuses["sleutelbos"] is Status.WARNING  # no secure keyring on a test machine: not blocking
    for api in STANDARD_PATHS:
        assert statuses[f"dienst {api}"] is Status.OK
    host = sandbox.base_url.removeprefix("http://")
    assert statuses[f"klok {host}"] is Status.OK
    zaken = next(c for c in report.checks if c.name == "dienst zaken")
    assert zaken.details["api_version"] == "1.5.1" and zaken.details["scheme"] == "http"
    assert report.settings["zaken.url"]["origin"].endswith("machine.toml, regel 5")
    config = next(c for c in report.checks if c.name == "configuratie")
    assert f"machinebreed: {tmp_path / 'machine.toml'};" in config.message
    assert "(niet aanwezig)" in config.message  # the user file


def test_secrets_never_appear_in_the_report(sandbox: RunningSandbox, tmp_path: Path) -> None:
    report = doctor(tmp_path, sandbox.base_url)
    text = report.to_text() + json.dumps(report.to_json())
    assert next(c for c in report.checks if c.name == "geheimen").details["zaken"] == "ingesteld"
    for secret in DEMO_SECRETS.values():
        assert secret not in text


def test_stopped_server_is_an_error_naming_the_endpoint(stopped_url: str, tmp_path: Path) -> None:
    report = doctor(tmp_path, stopped_url)
    assert report.blocking
    zaken = next(c for c in report.checks if c.name == "dienst zaken")
    assert zaken.status is Status.ERROR
    assert f"zaken ({stopped_url}/zaken/api/v1/zaken?pageSize=1): geen verbinding" in zaken.message


def test_wrong_secret_names_the_service(sandbox: RunningSandbox, tmp_path: Path) -> None:
    report = doctor(tmp_path, sandbox.base_url, {**DEMO_SECRETS, "zaken": "verkeerd"})
    statuses = by_name(report)
    assert report.blocking
    assert [name for name, status in statuses.items() if status is Status.ERROR] == ["dienst zaken"]
    zaken = next(c for c in report.checks if c.name == "dienst zaken")
    assert "403 invalid-jwt-signature" in zaken.message
    assert "caseworker credentials set zaken" in zaken.message


def test_missing_secret_blocks_and_says_how_to_set_it(sandbox: RunningSandbox, tmp_path: Path) -> None:
    secrets = {k: v for k, v in DEMO_SECRETS.items() if k != "objects"}
    report = doctor(tmp_path, sandbox.base_url, secrets)
    check = next(c for c in report.checks if c.name == "geheimen")
    assert check.status is Status.ERROR and "caseworker credentials set objects" in check.message


def test_clock_two_hours_behind(sandbox: RunningSandbox, tmp_path: Path) -> None:
    report = doctor(tmp_path, sandbox.base_url, clock=lambda: time.time() - 2 * 3600)
    assert report.blocking
    checks = {check.name: check for check in report.checks}
    for api in ZGW:  # the JWT `iat` is two hours old: Open Zaak (and the sandbox) refuse it
        assert checks[f"dienst {api}"].status is Status.ERROR
        assert "jwt-expired" in checks[f"dienst {api}"].message
    assert checks["dienst klantinteracties"].status is Status.OK  # tokens do not depend on the clock
    host = sandbox.base_url.removeprefix("http://")
    clock = checks[f"klok {host}"]
    assert clock.status is Status.ERROR
    assert abs(clock.details["skew_seconds"] - 7200) <= 5
    assert f"loopt 2 uur en 0 minuten achter op {host}" in clock.message


def test_clock_ten_minutes_off_is_a_warning(sandbox: RunningSandbox, tmp_path: Path) -> None:
    report = doctor(tmp_path, sandbox.base_url, clock=lambda: time.time() - 600)
    host = sandbox.base_url.removeprefix("http://")
    assert by_name(report)[f"klok {host}"] is Status.WARNING
    assert not report.blocking


def test_cli_with_root_checks_a_running_sandbox(
    sandbox: RunningSandbox, isolated: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["doctor", "--json", "--root", sandbox.base_url]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is True and report["profile"] == "demo"
    assert {c["name"]: c["status"] for c in report["checks"]}["dienst brp"] == "ok"


def test_cli_with_a_stopped_sandbox_exits_1(
    stopped_url: str, isolated: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["doctor", "--root", stopped_url]) == 1
    out = capsys.readouterr().out
    assert f"FOUT   dienst zaken: zaken ({stopped_url}/zaken/api/v1/" in out
    assert "Resultaat: " in out and "blokkerende fout" in out


def test_demo_profile_starts_the_builtin_sandbox(isolated: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["doctor"]) == 0
    out = capsys.readouterr().out
    assert "ok     oefengemeente: ingebouwde oefengemeente gestart op http://127.0.0.1:" in out
    assert "ok     dienst objects" in out


def test_invalid_config_blocks_but_the_other_checks_still_run(
    isolated: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (isolated / "machine.toml").write_text("[zaken]\nsecret = 'x'\n", encoding="utf-8")
    assert cli.main(["doctor", "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    statuses = {c["name"]: c["status"] for c in report["checks"]}
    assert statuses["configuratie"] == "error" and statuses["schijfruimte"] == "ok"
    [problem] = next(c for c in report["checks"] if c["name"] == "configuratie")["details"]["problems"]
    assert "machine.toml, regel 2: zaken.secret" in problem


def test_clock_ahead_points_at_the_clock_not_the_secret(sandbox: RunningSandbox, tmp_path: Path) -> None:
    report = doctor(tmp_path, sandbox.base_url, clock=lambda: time.time() + 600)
    zaken = next(c for c in report.checks if c.name == "dienst zaken")
    assert zaken.status is Status.ERROR and "Controleer de klok" in zaken.message


def test_a_wrong_secret_with_a_slow_clock_still_points_at_the_secret(
    sandbox: RunningSandbox, tmp_path: Path
) -> None:
    wrong = {**DEMO_SECRETS, "zaken": "verkeerd"}
    report = doctor(tmp_path, sandbox.base_url, wrong, clock=lambda: time.time() - 420)
    zaken = next(c for c in report.checks if c.name == "dienst zaken")
    assert "caseworker credentials set zaken" in zaken.message
