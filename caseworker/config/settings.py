"""Every setting, declared once: name, type, default, description, and who decides it (STYLE practice 7).

A *policy* is decided by IT in the machine-wide file (endpoints, auth, retention, lock time): a user file
cannot set it. A *preference* belongs to the user (language, log level, the name colleagues see).
"""

from __future__ import annotations

import getpass
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePath
from urllib.parse import urlsplit

from caseworker.api.apis import STANDARD_PATHS
from caseworker.domain.bsn import is_valid_bsn

AUTH_KINDS = ("zgw-jwt", "token", "api-key", "none")
# The scheme each API speaks out of the box (DESIGN §4); a gateway in front may change it.
DEFAULT_AUTH = {
    "brp": "api-key",
    "zaken": "zgw-jwt",
    "catalogi": "zgw-jwt",
    "besluiten": "zgw-jwt",
    "documenten": "zgw-jwt",
    "klantinteracties": "token",
    "objects": "token",
}
DEMO_PROFILE = "demo"
LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})

# A validator returns a Dutch reason when the value is unacceptable, None when it is fine.
Validator = Callable[[object], str | None]


@dataclass(frozen=True)
class Setting:
    name: str  # dotted, as in the TOML file: "zaken.url"
    type: type[str] | type[int]
    default: str | int
    description: str
    policy: bool
    validate: Validator | None = None

    @property
    def env_var(self) -> str:
        return "CASEWORKER_" + self.name.upper().replace(".", "_")


def one_of(*choices: str) -> Validator:
    def check(value: object) -> str | None:
        return None if value in choices else "kies uit " + ", ".join(choices)

    return check


def between(low: int, high: int) -> Validator:
    def check(value: object) -> str | None:
        return (
            None if isinstance(value, int) and low <= value <= high else f"moet tussen {low} en {high} liggen"
        )

    return check


def endpoint_url(value: object) -> str | None:
    """https, or plain http only to this machine (the sandbox); never credentials in the URL."""
    text = str(value)
    if not text:
        return None
    parts = urlsplit(text)
    local_http = parts.scheme == "http" and parts.hostname in LOOPBACK_HOSTS
    if parts.scheme != "https" and not local_http:
        return "moet beginnen met https:// (of http:// voor localhost)"
    if not parts.hostname:
        return "mist de servernaam"
    if parts.username or parts.password:
        return "mag geen gebruikersnaam of wachtwoord bevatten; zet het geheim in de sleutelbos"
    return None


def rsin(value: object) -> str | None:
    # The RSIN is issued from the same number range as the BSN and passes the same elfproef.
    return None if not value or is_valid_bsn(str(value)) else "is geen geldig RSIN (9 cijfers, elfproef)"


def profile_name(value: object) -> str | None:
    ok = re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}", str(value)) and value not in {".", ".."}
    return None if ok else "alleen letters, cijfers, '.', '_' en '-' (hoogstens 64 tekens)"


def absolute_path(value: object) -> str | None:
    return None if not value or PurePath(str(value)).is_absolute() else "moet een volledig pad zijn"


def header_name(value: object) -> str | None:
    return None if re.fullmatch(r"[A-Za-z0-9-]+", str(value)) else "is geen geldige HTTP-headernaam"


def policy(name: str, default: str | int, description: str, validate: Validator | None = None) -> Setting:
    return Setting(name, type(default), default, description, True, validate)


def preference(name: str, default: str | int, description: str, validate: Validator | None = None) -> Setting:
    return Setting(name, type(default), default, description, False, validate)


def _api_settings(api: str) -> list[Setting]:
    return [
        policy(f"{api}.url", "", f"Adres van de {api}-API; leeg in het demoprofiel.", endpoint_url),
        policy(f"{api}.auth", DEFAULT_AUTH[api], f"Inloggen bij {api}: {' | '.join(AUTH_KINDS)}.",
               one_of(*AUTH_KINDS)),
        policy(f"{api}.client_id", "", f"ZGW client_id voor {api} (bij auth = zgw-jwt)."),
        policy(f"{api}.header", "X-API-KEY", "Header met de API-sleutel (bij auth = api-key).", header_name),
    ]  # fmt: skip


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (some containers): the user must set user.id
        return ""


SETTINGS: dict[str, Setting] = {
    s.name: s
    for s in [
        policy("profile", DEMO_PROFILE, "Naam van de omgeving; 'demo' is de ingebouwde oefengemeente.",
               profile_name),
        *(setting for api in STANDARD_PATHS for setting in _api_settings(api)),
        policy("organisation.rsin", "", "RSIN van de gemeente (elfproef).", rsin),
        policy("organisation.name", "", "Naam van de gemeente zoals medewerkers die zien."),
        preference("user.id", _os_user(), "Medewerker-identificatie (standaard de inlognaam)."),
        preference("user.name", "", "Naam van de medewerker zoals collega's en het logboek die zien."),
        policy("security.idle_lock_minutes", 5, "Minuten zonder gebruik tot het scherm vergrendelt.",
               between(1, 240)),
        policy("cache.retention_days", 30, "Dagen dat niet-gebruikte cliëntgegevens bewaard blijven.",
               between(1, 365)),
        policy("take_along.max_days", 14, "Hoogstens zoveel dagen blijven meegenomen cliënten offline.",
               between(1, 60)),
        policy("poll.messages_seconds", 60, "Seconden tussen het ophalen van nieuwe berichten.",
               between(10, 3600)),
        policy("poll.refresh_minutes", 15, "Minuten tussen het verversen van open cliënten.",
               between(1, 1440)),
        preference("ui.language", "nl", "Taal van het scherm: nl | en.", one_of("nl", "en")),
        policy("rules.tariff_table", "", "Tarieventabel van de gemeente (volledig pad; leeg: geen).",
               absolute_path),
        preference("log.level", "INFO", "Hoeveel er gelogd wordt: DEBUG | INFO | WARNING | ERROR.",
                   one_of("DEBUG", "INFO", "WARNING", "ERROR")),
    ]
}  # fmt: skip

ENV_VARS: dict[str, Setting] = {s.env_var: s for s in SETTINGS.values()}
assert len(ENV_VARS) == len(SETTINGS), "two settings map to the same environment variable"

# A key with one of these names would hold a secret: secrets live in the keyring only.
SECRET_WORDS = ("secret", "token", "password", "passwd", "api_key", "apikey", "key")


def looks_secret(key: str) -> bool:
    leaf = key.rsplit(".", 1)[-1].lower()
    return any(leaf == word or leaf.endswith(("_" + word, "-" + word)) for word in SECRET_WORDS)


def check_value(setting: Setting, value: object) -> str | None:
    """Why `value` (already of the right Python type or not) is unacceptable for `setting`, or None."""
    if type(value) is not setting.type:  # bool is an int subclass: `true` is not a number of minutes
        return "moet een getal zijn" if setting.type is int else "moet tekst zijn (tussen aanhalingstekens)"
    return setting.validate(value) if setting.validate else None
