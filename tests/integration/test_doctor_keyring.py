"""End to end with a real freedesktop Secret Service: IT stores the secrets with `caseworker credentials`,
the cache key lives beside them, and `caseworker doctor` finds everything.

Runs only inside a D-Bus session with a usable Secret Service, e.g.:
    /work/shared/tools/with-secret-service .venv/bin/python -m pytest tests/integration/test_doctor_keyring.py
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backends import SecretService

from caseworker import cli
from caseworker.api.apis import (
    DEMO_API_TOKEN,
    DEMO_BRP_API_KEY,
    DEMO_ZGW_CLIENT_ID,
    DEMO_ZGW_SECRET,
    STANDARD_PATHS,
)
from caseworker.sandbox.server import RunningSandbox
from caseworker.security import credentials
from caseworker.security.keys import SERVICE, account, obtain_key
from caseworker.store import cache_path, open_store, profile_dir

pytestmark = pytest.mark.skipif(
    not os.environ.get("DBUS_SESSION_BUS_ADDRESS"),
    reason="no D-Bus session (DBUS_SESSION_BUS_ADDRESS unset); run under with-secret-service",
)

PROFILE = f"doctor-test-{os.getpid()}"
DEMO_SECRETS = {
    "brp": DEMO_BRP_API_KEY,
    **dict.fromkeys(("zaken", "catalogi", "besluiten", "documenten"), DEMO_ZGW_SECRET),
    "klantinteracties": DEMO_API_TOKEN,
    "objects": DEMO_API_TOKEN,
}


@pytest.fixture
def ring() -> Iterator[SecretService.Keyring]:
    backend = SecretService.Keyring()
    yield backend
    for service in STANDARD_PATHS:
        credentials.delete_secret(service, backend=backend)
    if backend.get_password(SERVICE, account(PROFILE)) is not None:
        backend.delete_password(SERVICE, account(PROFILE))


def test_credentials_cli_then_doctor_with_the_real_keyring(
    ring: SecretService.Keyring,
    sandbox: RunningSandbox,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for service, secret in DEMO_SECRETS.items():
        monkeypatch.setattr("sys.stdin", io.StringIO(secret + "\n"))
        assert cli.main(["credentials", "set", service, "--from-stdin"]) == 0
    machine = tmp_path / "machine.toml"
    lines = [f'profile = "{PROFILE}"']
    for api, path in STANDARD_PATHS.items():
        lines += [f"[{api}]", f'url = "{sandbox.base_url}{path}"', f'client_id = "{DEMO_ZGW_CLIENT_ID}"']
    machine.write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setenv("CASEWORKER_MACHINE_CONFIG", str(machine))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    folder = profile_dir(PROFILE)
    open_store(cache_path(folder), obtain_key(PROFILE, folder, keyring_backend=ring)).close()
    capsys.readouterr()

    assert cli.main(["doctor", "--json"]) == 0
    out = capsys.readouterr().out
    report = json.loads(out)
    checks = {check["name"]: check for check in report["checks"]}
    assert checks["sleutelbos"]["details"]["backend"] == "keyring.backends.SecretService.Keyring"
    assert checks["geheimen"]["status"] == "ok"
    assert checks["database"]["status"] == "ok" and "actueel" in checks["database"]["message"]
    assert all(c["status"] == "ok" for name, c in checks.items() if name.startswith("dienst "))
    assert not any(secret in out for secret in DEMO_SECRETS.values())
