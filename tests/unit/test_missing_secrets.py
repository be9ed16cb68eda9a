"""`missing_secrets`: which APIs of a configured profile still need a secret in the keyring."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseworker.api.apis import STANDARD_PATHS
from caseworker.config import Config, defaults, load_config
from caseworker.config.profile import missing_secrets, needs_secret
from caseworker.security.credentials import CredentialError


def configured(tmp_path: Path, extra: str = "") -> Config:
    machine = tmp_path / "machine.toml"
    lines = ['profile = "productie"']
    for api in STANDARD_PATHS:
        lines += [f"[{api}]", f'url = "https://{api}.voorbeeldstad.example/api"']
        if api in {"zaken", "catalogi", "besluiten", "documenten"}:
            lines.append('client_id = "keukentafel"')
        if api == "objects":
            lines.append(extra)
    machine.write_text("\n".join(lines) + "\n")
    return load_config(environ={}, machine_file=machine, user_file=tmp_path / "user.toml")


def test_the_demo_profile_needs_no_secret() -> None:
    asked: list[str] = []
    assert missing_secrets(defaults(), lambda api: asked.append(api) or None) == [] and asked == []


def test_only_the_apis_without_a_stored_secret_are_missing(tmp_path: Path) -> None:
    config = configured(tmp_path, 'auth = "none"')
    stored = {"zaken": "s", "brp": "k", "klantinteracties": ""}
    missing = missing_secrets(config, stored.get)
    assert missing == ["catalogi", "besluiten", "documenten", "klantinteracties"]
    assert "objects" not in needs_secret(config)


def test_a_keyring_error_propagates(tmp_path: Path) -> None:
    def no_keyring(api: str) -> str | None:
        raise CredentialError("Er is geen beveiligde sleutelbos op deze computer.")

    with pytest.raises(CredentialError):
        missing_secrets(configured(tmp_path), no_keyring)
