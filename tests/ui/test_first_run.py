"""The first-run wizard: a configured profile whose secrets are not yet in this user's keyring."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import cast

import pytest
from keyring.backend import KeyringBackend
from keyring.backends.fail import Keyring as NoKeyring
from pytestqt.qtbot import QtBot
from test_shell_support import *  # noqa: F403 - the shared fixtures
from test_shell_support import OFFSCREEN_NOISE, WAIT_MS, run, visible_texts

import qasync
from PySide6.QtWidgets import QApplication, QLineEdit

from caseworker.api.apis import DEMO_ZGW_CLIENT_ID, STANDARD_PATHS
from caseworker.config import Config, load_config
from caseworker.config.profile import missing_secrets
from caseworker.sandbox.server import RunningSandbox, start_in_thread
from caseworker.security.credentials import account, get_secret
from caseworker.security.keys import SERVICE, is_secure
from caseworker.services.startup import Locations, start_workplace
from ui.first_run import FirstRunWizard, ensure_secrets

SECRETS = {
    "brp": "demo-key-not-for-production",
    "zaken": "demo-secret-not-for-production",
    "catalogi": "demo-secret-not-for-production",
    "besluiten": "demo-secret-not-for-production",
    "documenten": "demo-secret-not-for-production",
    "klantinteracties": "demo-token-not-for-production",
    "objects": "demo-token-not-for-production",
}
SCREENSHOT = Path("/tmp/first-run.png")

pytestmark = OFFSCREEN_NOISE


class MemoryKeyring:
    """In memory, named like the Secret Service backend so that `is_secure` accepts it. Not a
    KeyringBackend subclass: that would register it with keyring for every later test."""

    priority = 5

    def __init__(self) -> None:
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password


MemoryKeyring.__module__ = "keyring.backends.SecretService"
MemoryKeyring.__qualname__ = "Keyring"


@pytest.fixture(scope="module")
def sandbox() -> Iterator[RunningSandbox]:
    running = start_in_thread(persons=50)
    yield running
    running.stop()


@pytest.fixture
def config(sandbox: RunningSandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Config:
    """IT's machine-wide file, pointing every API at the sandbox (as CASEWORKER_MACHINE_CONFIG)."""
    lines = ['profile = "gemeente"']
    for api, path in STANDARD_PATHS.items():
        lines += [f"[{api}]", f'url = "{sandbox.base_url.rstrip("/")}{path}"']
        if api in {"zaken", "catalogi", "besluiten", "documenten"}:
            lines.append(f'client_id = "{DEMO_ZGW_CLIENT_ID}"')
    machine = tmp_path / "machine.toml"
    machine.write_text("\n".join(lines) + "\n")
    monkeypatch.setenv("CASEWORKER_MACHINE_CONFIG", str(machine))
    return load_config(environ={"CASEWORKER_MACHINE_CONFIG": str(machine)}, user_file=tmp_path / "user.toml")


@pytest.fixture
def ring() -> KeyringBackend:
    backend = cast(KeyringBackend, MemoryKeyring())
    assert is_secure(backend)
    backend.set_password(SERVICE, account("zaken"), SECRETS["zaken"])  # IT set this one already
    return backend


def shown_wizard(qtbot: QtBot) -> FirstRunWizard:
    found: list[FirstRunWizard] = []

    def visible() -> bool:
        found[:] = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, FirstRunWizard) and w.isVisible()
        ]
        return bool(found)

    qtbot.waitUntil(visible, timeout=WAIT_MS)
    return found[0]


async def _never_asked(reason: object) -> str | None:
    raise AssertionError("with a secure keyring the cache key needs no passphrase")


def test_the_wizard_lists_the_missing_secrets_stores_them_and_start_up_proceeds(
    qtbot: QtBot, qloop: qasync.QEventLoop, config: Config, ring: KeyringBackend, tmp_path: Path
) -> None:
    asking = qloop.create_task(ensure_secrets(config, backend=ring))
    wizard = shown_wizard(qtbot)
    missing = [api for api in STANDARD_PATHS if api != "zaken"]
    assert wizard.missing == missing and list(wizard.fields) == missing
    texts = visible_texts(wizard)
    assert "klantinteracties" in texts and f"{config.text('brp.url')}" in texts
    assert SECRETS["zaken"] not in texts  # an existing secret is never shown
    assert all(field.echoMode() == QLineEdit.EchoMode.Password for field in wizard.fields.values())
    assert not wizard.save_button.isEnabled()

    for api in missing:
        qtbot.keyClicks(wizard.fields[api], SECRETS[api] if api != "brp" else "verkeerde-sleutel")
    # "Test verbinding": one cheap request with the typed secret, nothing stored.
    run(qtbot, qloop, wizard.test_connection("brp"))
    assert "weigert" in wizard.results["brp"].text()
    run(qtbot, qloop, wizard.test_connection("klantinteracties"))
    assert "gelukt" in wizard.results["klantinteracties"].text()
    wizard.fields["brp"].clear()
    qtbot.keyClicks(wizard.fields["brp"], SECRETS["brp"])
    run(qtbot, qloop, wizard.test_connection("brp"))
    assert "gelukt" in wizard.results["brp"].text()
    assert ring.get_password(SERVICE, account("brp")) is None
    assert wizard.grab().save(str(SCREENSHOT), "PNG")

    assert wizard.save_button.isEnabled()
    wizard.save_button.click()
    qtbot.waitUntil(asking.done, timeout=WAIT_MS)
    assert asking.result() is True
    assert {api: get_secret(api, backend=ring) for api in STANDARD_PATHS} == SECRETS
    assert missing_secrets(config, partial(get_secret, backend=ring)) == []

    # Start-up proceeds with the stored secrets, and the profile's APIs answer.
    workplace = run(
        qtbot,
        qloop,
        start_workplace(
            config,
            ask_passphrase=_never_asked,
            locations=Locations(tmp_path / "data"),
            secrets=partial(get_secret, backend=ring),
            keyring_backend=ring,
        ),
    )
    try:
        assert not workplace.demo and workplace.config.profile == "gemeente"
    finally:
        run(qtbot, qloop, workplace.aclose())


def test_nothing_missing_shows_no_wizard(
    qtbot: QtBot, qloop: qasync.QEventLoop, config: Config, ring: KeyringBackend
) -> None:
    for api, secret in SECRETS.items():
        ring.set_password(SERVICE, account(api), secret)
    assert run(qtbot, qloop, ensure_secrets(config, backend=ring)) is True
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, FirstRunWizard) and w.isVisible()]


def test_cancelling_stops_the_start(
    qtbot: QtBot, qloop: qasync.QEventLoop, config: Config, ring: KeyringBackend
) -> None:
    asking = qloop.create_task(ensure_secrets(config, backend=ring))
    wizard = shown_wizard(qtbot)
    qtbot.keyClicks(wizard.fields["brp"], SECRETS["brp"])
    wizard.reject()
    qtbot.waitUntil(asking.done, timeout=WAIT_MS)
    assert asking.result() is False
    assert get_secret("brp", backend=ring) is None


def test_without_a_secure_keyring_the_wizard_explains_and_stores_nothing(
    qtbot: QtBot, qloop: qasync.QEventLoop, config: Config
) -> None:
    asking = qloop.create_task(ensure_secrets(config, backend=NoKeyring()))
    wizard = shown_wizard(qtbot)
    assert wizard.no_keyring and not wizard.fields
    texts = visible_texts(wizard)
    assert "geen beveiligde sleutelbos" in texts and "nooit in een bestand" in texts and "IT" in texts
    wizard.grab().save("/tmp/first-run-no-keyring.png", "PNG")
    wizard.reject()
    qtbot.waitUntil(asking.done, timeout=WAIT_MS)
    assert asking.result() is False


def test_the_demo_profile_has_no_wizard(qtbot: QtBot, qloop: qasync.QEventLoop) -> None:
    from caseworker.config import defaults

    assert run(qtbot, qloop, ensure_secrets(defaults(), backend=NoKeyring())) is True
    assert asyncio.get_running_loop() is qloop
