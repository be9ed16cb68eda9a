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
    found = {api: secrets(api) for api in STANDARD_PATHS if config.text(f"{api}.auth") != "none"}
    missing = [api for api, secret in found.items() if not secret]
    if missing:
        raise ConfigError(
            [
                f"Geen geheim voor {api} in de sleutelbos. Laat IT het instellen met: "
                f"caseworker credentials set {api}"
                for api in missing
            ]
        )
    return {
        api: ServiceSettings(config.text(f"{api}.url"), _auth(config, api, found.get(api) or "", clock))
        for api in STANDARD_PATHS
    }


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
