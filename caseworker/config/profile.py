"""From settings and keyring secrets to the API connection settings of the profile."""

from __future__ import annotations

import time
from collections.abc import Callable

import httpx

from caseworker.api.apis import STANDARD_PATHS, ServiceSettings
from caseworker.api.auth import ApiKeyAuth, TokenAuth, ZgwJwtAuth
from caseworker.config.load import Config, ConfigError

# service -> its secret, or None when none is stored (caseworker.security.credentials.get_secret in the app)
SecretLookup = Callable[[str], str | None]


def resolve_profile(
    config: Config, secrets: SecretLookup, *, clock: Callable[[], float] = time.time
) -> dict[str, ServiceSettings] | None:
    """The settings of every API, or None for the demo profile: then the caller starts the built-in sandbox
    and uses `caseworker.api.apis.demo_settings`. ConfigError names each service whose secret is missing.

    `secrets` is called once per API that needs one (it may block on the keyring: call this in an executor).
    """
    if config.is_demo:
        return None
    found = {api: secrets(api) for api in needs_secret(config)}
    missing = [api for api, secret in found.items() if not secret]
    if missing:
        raise ConfigError(
            [
                f"Geen geheim voor {api} in de sleutelbos. Laat IT het instellen met: "
                f"caseworker credentials set {api}"
                for api in missing
            ]
        )
    return {api: service_settings(config, api, found.get(api) or "", clock=clock) for api in STANDARD_PATHS}


def service_settings(
    config: Config, api: str, secret: str, *, clock: Callable[[], float] = time.time
) -> ServiceSettings:
    """The connection settings of one API with `secret` (e.g. to test a secret before it is stored)."""
    return ServiceSettings(config.text(f"{api}.url"), _auth(config, api, secret, clock))


def needs_secret(config: Config) -> list[str]:
    """The APIs whose auth needs a secret from the keyring (none for the demo profile)."""
    if config.is_demo:
        return []
    return [api for api in STANDARD_PATHS if config.text(f"{api}.auth") != "none"]


def missing_secrets(config: Config, secrets: SecretLookup) -> list[str]:
    """The APIs that need a secret but have none stored (the first-run wizard asks for them). Blocks like
    `resolve_profile`; a keyring error (e.g. CredentialError: no secure keyring) propagates."""
    return [api for api in needs_secret(config) if not secrets(api)]


def _auth(config: Config, api: str, secret: str, clock: Callable[[], float]) -> httpx.Auth | None:
    kind = config.text(f"{api}.auth")
    if kind == "none":
        return None
    if kind == "token":
        return TokenAuth(secret)
    if kind == "api-key":
        return ApiKeyAuth(secret, config.text(f"{api}.header"))
    return ZgwJwtAuth(
        config.text(f"{api}.client_id"),
        secret,
        user_id=config.text("user.id"),
        user_representation=config.text("user.name") or config.text("user.id"),
        clock=clock,
    )
