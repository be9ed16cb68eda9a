"""Reading the settings from their sources and merging them (DESIGN §11).

Precedence, lowest first: built-in defaults < machine-wide file < user file < `CASEWORKER_*` environment
< command line. Who may set what:

- the machine-wide file (IT) may set everything; a *policy* it sets is final;
- the user file holds preferences only: a policy there is ignored, with a warning in `Config.warnings`;
- the environment and the command line may set a policy only where the machine-wide file does not
  (developers, tests and scripted deployments without a machine file), and any preference.

This keeps a fleet consistent and stops accidents; it is not a boundary against someone who controls their
own process (they can point `CASEWORKER_MACHINE_CONFIG` elsewhere). The servers enforce what matters.

Everything is checked before anything is used: one bad value, unknown key or secret in a file fails the
whole load with `ConfigError`, listing each problem with its file, line and setting.
"""

from __future__ import annotations

import difflib
import logging
import os
import re
import sys
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from caseworker.api.apis import STANDARD_PATHS
from caseworker.config.settings import DEMO_PROFILE, ENV_VARS, SETTINGS, Setting, check_value, looks_secret
from caseworker.errors import KnownError

log = logging.getLogger(__name__)

MACHINE_CONFIG_ENV = "CASEWORKER_MACHINE_CONFIG"
DEFAULTS = "standaardwaarde"
COMMAND_LINE = "opdrachtregel"


class ConfigError(KnownError):
    """The settings cannot be used; `problems` has one Dutch line per problem, each naming where it is."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("De instellingen kloppen niet; Keukentafel start niet.\n" + "\n".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class Value:
    value: str | int
    origin: str  # "standaardwaarde", "/etc/keukentafel/config.toml, regel 3", "omgeving (CASEWORKER_…)", …


@dataclass(frozen=True)
class Config:
    values: Mapping[str, Value]
    warnings: tuple[str, ...] = ()
    files: Mapping[str, Path] = field(default_factory=dict)  # "machine"/"user" -> the path looked at

    def text(self, name: str) -> str:
        value = self.values[name].value
        assert isinstance(value, str), f"{name} is not a text setting"
        return value

    def number(self, name: str) -> int:
        value = self.values[name].value
        assert isinstance(value, int), f"{name} is not a number setting"
        return value

    @property
    def profile(self) -> str:
        return self.text("profile")

    @property
    def is_demo(self) -> bool:
        return self.profile == DEMO_PROFILE


@dataclass(frozen=True)
class _Entry:
    setting: Setting
    value: str | int
    origin: str


def machine_config_path(environ: Mapping[str, str] | None = None) -> Path:
    environ = os.environ if environ is None else environ
    if override := environ.get(MACHINE_CONFIG_ENV):
        return Path(override)
    if sys.platform == "win32":
        return Path(environ.get("PROGRAMDATA", r"C:\ProgramData"), "Keukentafel", "config.toml")
    if sys.platform == "darwin":
        return Path("/Library/Application Support/Keukentafel/config.toml")
    return Path("/etc/keukentafel/config.toml")


def user_config_path() -> Path:
    return Path(platformdirs.user_config_dir("keukentafel", appauthor=False)) / "config.toml"


def defaults() -> Config:
    return Config({name: Value(s.default, DEFAULTS) for name, s in SETTINGS.items()})


def load_config(
    *,
    cli: Mapping[str, str] | None = None,
    environ: Mapping[str, str] | None = None,
    user_file: Path | None = None,
    machine_file: Path | None = None,
) -> Config:
    """The settings from every source (`cli` maps setting names to text, as typed); ConfigError if any
    source has a problem. Blocks briefly (reads two small files)."""
    environ = os.environ if environ is None else environ
    problems: list[str] = []
    files = {"machine": machine_file or machine_config_path(environ), "user": user_file or user_config_path()}
    machine = read_file(files["machine"], problems)
    user = read_file(files["user"], problems, preferences_only=True)
    overrides = [*_from_environ(environ, problems), *_from_cli(cli or {}, problems)]
    values, warnings = _merge(machine, user, overrides)
    # Only on valid values: a refused zaken.url must not also be reported as a missing one.
    problems = problems or _cross_check(values)
    if problems:
        raise ConfigError(problems)
    for warning in warnings:
        log.warning("%s", warning)
    return Config(values, tuple(warnings), files)


def _merge(
    machine: list[_Entry], user: list[_Entry], overrides: list[_Entry]
) -> tuple[dict[str, Value], list[str]]:
    values = dict(defaults().values)
    locked = {entry.setting.name for entry in machine if entry.setting.policy}
    refused = [e for e in user if e.setting.policy] + [e for e in overrides if e.setting.name in locked]
    for entry in [*machine, *user, *overrides]:
        if entry not in refused:
            values[entry.setting.name] = Value(entry.value, entry.origin)
    warnings = [
        f"{entry.origin}: {entry.setting.name} wordt bepaald door de beheerder; deze waarde is genegeerd."
        for entry in refused
    ]
    return values, warnings


def read_file(path: Path, problems: list[str], *, preferences_only: bool = False) -> list[_Entry]:
    """The settings in one TOML file (none if it does not exist); problems are appended, never raised."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError) as error:
        problems.append(f"{path}: kan het bestand niet lezen ({error}).")
        return []
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        # tomllib's message ends with "(at line N, column M)", which is what IT needs to find it.
        problems.append(f"{path}: geen geldige TOML: {error}.")
        return []
    lines = key_lines(text)
    entries = []
    for key, value in _leaves(document):
        line = line_of(lines, key)
        where = f"{path}, regel {line}" if line else str(path)
        problem = _file_problem(key, value, preferences_only)
        if problem:
            problems.append(f"{where}: {key}: {problem}")
        else:
            entries.append(_Entry(SETTINGS[key], value, where))
    return entries


def _file_problem(key: str, value: object, preferences_only: bool) -> str | None:
    if looks_secret(key):
        service = key.split(".")[0] if key.split(".")[0] in STANDARD_PATHS else "DIENST"
        return (
            "geheimen horen niet in een configuratiebestand. Verwijder deze regel en zet het geheim in de "
            f"sleutelbos met: caseworker credentials set {service}"
        )
    setting = SETTINGS.get(key)
    if setting is None:
        close = difflib.get_close_matches(key, SETTINGS, n=1)
        return "onbekende instelling" + (f"; bedoelt u {close[0]}?" if close else ".")
    if preferences_only and setting.policy:
        return None  # ignored with a warning when merging, whatever its value
    return check_value(setting, value)


def _leaves(table: Mapping[str, Any], prefix: str = "") -> Iterator[tuple[str, Any]]:
    """("zaken.url", value) for every non-table value, at any depth."""
    for key, value in table.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict) and name not in SETTINGS:
            yield from _leaves(value, name + ".")
        else:
            yield name, value


def _from_environ(environ: Mapping[str, str], problems: list[str]) -> list[_Entry]:
    # Other CASEWORKER_* variables (CASEWORKER_MACHINE_CONFIG, or another module's) are not settings.
    found = [(ENV_VARS[var], text) for var, text in sorted(environ.items()) if var in ENV_VARS]
    return [entry for s, text in found if (entry := _from_text(s, text, f"omgeving ({s.env_var})", problems))]


def _from_cli(cli: Mapping[str, str], problems: list[str]) -> list[_Entry]:
    entries = []
    for name, text in cli.items():
        setting = SETTINGS.get(name)
        if setting is None:
            problems.append(f"{COMMAND_LINE}: {name}: onbekende instelling.")
        elif entry := _from_text(setting, text, COMMAND_LINE, problems):
            entries.append(entry)
    return entries


def _from_text(setting: Setting, text: str, origin: str, problems: list[str]) -> _Entry | None:
    value: str | int = text.strip()
    if setting.type is int:
        try:
            value = int(text)
        except ValueError:
            problems.append(f"{origin}: {setting.name}: moet een getal zijn.")
            return None
    if problem := check_value(setting, value):
        problems.append(f"{origin}: {setting.name}: {problem}")
        return None
    return _Entry(setting, value, origin)


def _cross_check(values: Mapping[str, Value]) -> list[str]:
    """Settings that are valid alone but not together: a real profile needs every endpoint and client id."""
    profile = values["profile"]
    if profile.value == DEMO_PROFILE:
        return [
            f"{values[f'{api}.url'].origin}: {api}.url: het profiel 'demo' gebruikt de ingebouwde "
            'oefengemeente; geef ook een eigen profielnaam op (bijvoorbeeld profile = "productie").'
            for api in STANDARD_PATHS
            if values[f"{api}.url"].value
        ]
    problems = []
    for api in STANDARD_PATHS:
        if not values[f"{api}.url"].value:
            problems.append(f"{profile.origin}: profiel '{profile.value}': {api}.url ontbreekt.")
        if values[f"{api}.auth"].value == "zgw-jwt" and not values[f"{api}.client_id"].value:
            problems.append(
                f'{values[f"{api}.auth"].origin}: {api}.client_id ontbreekt (nodig bij auth = "zgw-jwt").'
            )
    return problems


# -- where a key is in the text --------------------------------------------------------------------

_TABLE = re.compile(r"\s*\[\[?\s*([^\]#]+?)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(r"\s*([A-Za-z0-9_.\"' -]+?)\s*=")


def key_lines(text: str) -> dict[str, int]:
    """The first line of each dotted key and table in a valid TOML text.

    tomllib keeps no positions, so this is a small scan: a `[table]` header sets the prefix and a
    `key = …` line adds a key under it. That covers how config files are written (one setting per line).
    A line inside a multi-line string that looks like `key =` could be mistaken for a key; a key the scan
    does not find is reported without a line number rather than with a wrong one (`line_of`).
    """
    lines: dict[str, int] = {}
    table = ""
    for number, line in enumerate(text.splitlines(), start=1):
        if header := _TABLE.match(line):
            table = _dotted(header[1])
            lines.setdefault(table, number)
        elif key := _KEY.match(line):
            lines.setdefault(f"{table}.{_dotted(key[1])}" if table else _dotted(key[1]), number)
    return lines


def line_of(lines: Mapping[str, int], key: str) -> int | None:
    """The line of `key`, else of the nearest enclosing table or inline table that holds it."""
    parts = key.split(".")
    for end in range(len(parts), 0, -1):
        if (found := lines.get(".".join(parts[:end]))) is not None:
            return found
    return None


def _dotted(raw: str) -> str:
    return ".".join(part.strip().strip("\"'") for part in raw.split("."))
