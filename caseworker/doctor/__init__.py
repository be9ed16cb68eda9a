"""`caseworker doctor`: one command for IT that says whether this machine can work, and if not, why.

Checks the settings (and where each value came from), the keyring, the API secrets (never shown), the
local database, disk space, the Qt platform plugin, every endpoint and each server's clock. The demo
profile checks the built-in sandbox, started in this process for the check (or a running one: `root`).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path

from keyring.backend import KeyringBackend

from caseworker.api.apis import STANDARD_PATHS, ServiceSettings, demo_settings
from caseworker.config import DEMO_PROFILE, Config, ConfigError, SecretLookup, load_config, resolve_profile
from caseworker.doctor.endpoints import check_endpoints
from caseworker.doctor.local import (
    config_check,
    database_check,
    disk_check,
    keyring_check,
    qt_check,
    secrets_check,
)
from caseworker.doctor.report import Check, Report, Status
from caseworker.security.credentials import CredentialError, get_secret
from caseworker.store import profile_dir

__all__ = ["Check", "Report", "Status", "run_doctor"]

DEMO_CHECK_PERSONS = 10  # enough for every probe to find something, quick to generate


def run_doctor(
    *,
    load: Callable[[], Config] = load_config,
    root: str | None = None,
    secrets: SecretLookup | None = None,
    keyring_backend: KeyringBackend | None = None,
    data_base: Path | None = None,
    clock: Callable[[], float] = time.time,
) -> Report:
    """Run every check (blocking, a few seconds at most). `root` checks a running sandbox with the demo
    credentials; `secrets`, `keyring_backend`, `data_base` and `clock` replace the machine's own (tests)."""
    try:
        config = load()
    except ConfigError as error:
        # The other checks still help IT, with the demo profile's folder for the disk.
        broken = Check("configuratie", Status.ERROR, error.user_message, {"problems": error.problems})
        folder = profile_dir(DEMO_PROFILE, base=data_base)
        return Report(DEMO_PROFILE, [broken, keyring_check(keyring_backend), disk_check(folder), qt_check()])
    folder = profile_dir(config.profile, base=data_base)
    lookup = secrets or (lambda api: _keyring_secret(api, keyring_backend))
    checks = [
        config_check(config),
        keyring_check(keyring_backend),
        database_check(folder, config.profile, keyring_backend),
        disk_check(folder),
        qt_check(),
        *_service_checks(config, root, lookup, clock),
    ]
    settings = {name: {"value": v.value, "origin": v.origin} for name, v in config.values.items()}
    return Report(config.profile, checks, settings)


def _service_checks(
    config: Config, root: str | None, secrets: SecretLookup, clock: Callable[[], float]
) -> list[Check]:
    if root or config.is_demo:
        return _sandbox_checks(config, root, clock)
    found = {api: secrets(api) for api in STANDARD_PATHS if config.text(f"{api}.auth") != "none"}
    checks = [secrets_check(found, config)]
    try:
        settings = resolve_profile(config, found.get, clock=clock)
    except ConfigError:
        return checks  # the secrets check says which are missing and how to set them
    assert settings is not None, "not the demo profile"
    return checks + asyncio.run(check_endpoints(settings, clock))


def _sandbox_checks(config: Config, root: str | None, clock: Callable[[], float]) -> list[Check]:
    def settings(url: str) -> dict[str, ServiceSettings]:
        user = config.text("user.id") or "demo"
        name = config.text("user.name") or user
        return demo_settings(url, user_id=user, user_representation=name, clock=clock)

    if root:
        return asyncio.run(check_endpoints(settings(root), clock))
    from caseworker.sandbox.server import start_in_thread  # only the demo profile needs the sandbox

    with start_in_thread(persons=DEMO_CHECK_PERSONS) as sandbox:
        started = Check(
            "oefengemeente", Status.OK, f"ingebouwde oefengemeente gestart op {sandbox.base_url}."
        )
        return [started, *asyncio.run(check_endpoints(settings(sandbox.base_url), clock))]


def _keyring_secret(api: str, backend: KeyringBackend | None) -> str | None:
    try:
        return get_secret(api, backend=backend)
    except CredentialError:
        return None  # reported by the keyring check
