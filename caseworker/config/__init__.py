"""Settings for IT and users: declared once (`settings`), read from their sources (`load`), and turned into
API connections (`profile`). See DESIGN §11 and `packaging/config.example.toml`."""

from caseworker.config.load import (
    Config,
    ConfigError,
    Value,
    defaults,
    load_config,
    machine_config_path,
    user_config_path,
)
from caseworker.config.profile import SecretLookup, resolve_profile
from caseworker.config.settings import DEMO_PROFILE, SETTINGS, Setting

__all__ = [
    "DEMO_PROFILE",
    "SETTINGS",
    "Config",
    "ConfigError",
    "SecretLookup",
    "Setting",
    "Value",
    "defaults",
    "load_config",
    "machine_config_path",
    "resolve_profile",
    "user_config_path",
]
