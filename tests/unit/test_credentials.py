"""API secrets: only in a secure keyring, under `keukentafel` / `api:<service>`, never printed."""

from __future__ import annotations

import io
import os

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import SecretService, fail
from keyring.errors import KeyringLocked, PasswordDeleteError

from caseworker import cli
from caseworker.security import credentials
from caseworker.security.credentials import (
    CredentialError,
    delete_secret,
    get_secret,
    set_secret,
    stored_services,
)


class DictKeyring(KeyringBackend):
    """A plain dict: refused as it is; stands in for a secure backend where a test says so."""

    # Defining a KeyringBackend subclass registers it with keyring: a negative priority keeps keyring's own
    # detection from ever picking this plaintext dict (for later tests); a test that trusts it raises it.
    priority = -1

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}
        self.locked = False

    def get_password(self, service: str, username: str) -> str | None:
        if self.locked:
            raise KeyringLocked("locked")
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.passwords:
            raise PasswordDeleteError("not found")
        del self.passwords[(service, username)]


@pytest.fixture
def ring(monkeypatch: pytest.MonkeyPatch) -> DictKeyring:
    """Accept the dict keyring as if it were secure: these tests are about what is stored where."""
    ring = DictKeyring()
    monkeypatch.setattr(credentials, "secure_backend", lambda backend=None: ring)
    return ring


@pytest.mark.parametrize("backend", [fail.Keyring(), DictKeyring()], ids=type)
def test_insecure_keyrings_are_refused_in_dutch(backend: KeyringBackend) -> None:
    with pytest.raises(CredentialError, match="geen beveiligde sleutelbos") as refused:
        set_secret("zaken", "s3cr3t", backend=backend)
    assert "s3cr3t" not in refused.value.user_message
    with pytest.raises(CredentialError):
        get_secret("zaken", backend=backend)
    assert isinstance(backend, fail.Keyring) or backend.passwords == {}


def test_set_get_list_delete(ring: DictKeyring) -> None:
    set_secret("zaken", "s3cr3t")
    assert ring.passwords == {("keukentafel", "api:zaken"): "s3cr3t"}
    assert get_secret("zaken") == "s3cr3t" and get_secret("brp") is None
    assert stored_services() == ["zaken"]
    assert delete_secret("zaken") and not delete_secret("zaken")
    assert ring.passwords == {}


def test_unknown_service_and_empty_secret_are_refused(ring: DictKeyring) -> None:
    with pytest.raises(CredentialError, match="Onbekende dienst 'zaak'"):
        set_secret("zaak", "x")
    with pytest.raises(CredentialError, match="leeg"):
        set_secret("zaken", "")
    assert ring.passwords == {}


def test_a_locked_keyring_is_a_known_error(ring: DictKeyring) -> None:
    ring.locked = True
    with pytest.raises(CredentialError, match="vergrendeld"):
        get_secret("zaken")


def test_cli_set_from_stdin_list_and_delete(
    ring: DictKeyring, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cr3t\n"))
    assert cli.main(["credentials", "set", "objects", "--from-stdin"]) == 0
    assert ring.passwords[("keukentafel", "api:objects")] == "s3cr3t"
    assert cli.main(["credentials", "list"]) == 0
    out = capsys.readouterr().out
    assert "objects: ingesteld" in out and "zaken: niet ingesteld" in out and "s3cr3t" not in out
    assert cli.main(["credentials", "delete", "objects"]) == 0
    assert ring.passwords == {}


def test_cli_set_prompts_without_echo(ring: DictKeyring, monkeypatch: pytest.MonkeyPatch) -> None:
    prompts: list[str] = []
    monkeypatch.setattr("getpass.getpass", lambda prompt: prompts.append(prompt) or "geheim")
    assert cli.main(["credentials", "set", "brp"]) == 0
    assert prompts == ["Geheim voor brp: "] and get_secret("brp") == "geheim"


def test_cli_reports_no_keyring_with_exit_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(credentials, "secure_backend", lambda backend=None: None)
    assert cli.main(["credentials", "list"]) == 1
    assert "geen beveiligde sleutelbos" in capsys.readouterr().err


@pytest.mark.skipif(
    not os.environ.get("DBUS_SESSION_BUS_ADDRESS"),
    reason="no D-Bus session; run under /work/shared/tools/with-secret-service",
)
def test_real_secret_service_round_trip() -> None:
    backend = SecretService.Keyring()
    assert credentials.secure_backend(backend) is backend
    set_secret("documenten", "echt-geheim", backend=backend)
    try:
        assert get_secret("documenten", backend=backend) == "echt-geheim"
        assert "documenten" in stored_services(backend=backend)
    finally:
        assert delete_secret("documenten", backend=backend)
    assert get_secret("documenten", backend=backend) is None
