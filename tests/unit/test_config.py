"""Settings: precedence, policy vs preference, and problems named by file, line and setting."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Mapping
from pathlib import Path

import pytest

from caseworker.api.apis import STANDARD_PATHS
from caseworker.api.auth import ApiKeyAuth, TokenAuth, ZgwJwtAuth
from caseworker.config import SETTINGS, Config, ConfigError, load_config, resolve_profile
from caseworker.config.load import key_lines, line_of, machine_config_path

EXAMPLE = Path(__file__).resolve().parents[2] / "packaging" / "config.example.toml"

Loader = Callable[..., Config]


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    return tmp_path / "machine.toml", tmp_path / "user.toml"


@pytest.fixture
def load(files: tuple[Path, Path]) -> Loader:
    machine, user = files

    def load(environ: Mapping[str, str] | None = None, cli: Mapping[str, str] | None = None) -> Config:
        return load_config(environ=environ or {}, cli=cli, machine_file=machine, user_file=user)

    return load


def endpoints(profile: str = "productie") -> str:
    lines = [f'profile = "{profile}"']
    for api in STANDARD_PATHS:
        lines += [f"[{api}]", f'url = "https://{api}.voorbeeldstad.example/api"']
        if api in {"zaken", "catalogi", "besluiten", "documenten"}:
            lines.append('client_id = "keukentafel"')
    return "\n".join(lines) + "\n"


def problems_of(load: Loader, **kwargs: Mapping[str, str]) -> list[str]:
    with pytest.raises(ConfigError) as refused:
        load(**kwargs)
    return refused.value.problems


def test_nothing_configured_is_the_demo_profile(load: Loader) -> None:
    config = load()
    assert config.is_demo and config.warnings == ()
    assert config.number("security.idle_lock_minutes") == 5
    assert config.values["cache.retention_days"].origin == "standaardwaarde"
    assert resolve_profile(config, lambda api: None) is None


def test_example_file_is_valid_and_documents_every_setting(tmp_path: Path) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    shipped = load_config(environ={}, machine_file=EXAMPLE, user_file=tmp_path / "none.toml")
    assert not shipped.is_demo and shipped.warnings == ()
    # The commented examples ("# key = value") are valid too, and together they cover every setting.
    enabled = tmp_path / "enabled.toml"
    enabled.write_text(re.sub(r"(?m)^# (\w+ = )", r"\1", text), encoding="utf-8")
    config = load_config(environ={}, machine_file=enabled, user_file=tmp_path / "none.toml")
    unset = [name for name, value in config.values.items() if not value.origin.startswith(str(enabled))]
    assert unset == []
    assert not re.search(r"(?i)(secret|token|password)\s*=", text)


def test_precedence_of_a_preference(load: Loader, files: tuple[Path, Path]) -> None:
    machine, user = files
    machine.write_text('[log]\nlevel = "WARNING"\n[ui]\nlanguage = "en"\n')
    assert load().text("log.level") == "WARNING"
    user.write_text('[log]\nlevel = "ERROR"\n')
    assert load().values["log.level"].origin == f"{user}, regel 2"
    assert load().text("log.level") == "ERROR"
    assert load({"CASEWORKER_LOG_LEVEL": "DEBUG"}).text("log.level") == "DEBUG"
    config = load({"CASEWORKER_LOG_LEVEL": "DEBUG"}, cli={"log.level": "INFO"})
    assert config.text("log.level") == "INFO" and config.values["log.level"].origin == "opdrachtregel"
    assert config.text("ui.language") == "en"


def test_a_user_file_cannot_set_a_policy(load: Loader, files: tuple[Path, Path]) -> None:
    machine, user = files
    machine.write_text("[security]\nidle_lock_minutes = 10\n")
    user.write_text("[security]\nidle_lock_minutes = 240\n[cache]\nretention_days = 365\n")
    config = load()
    assert config.number("security.idle_lock_minutes") == 10
    assert config.number("cache.retention_days") == 30  # not set by IT, and still not the user's to set
    assert len(config.warnings) == 2
    assert (
        f"{user}, regel 2: security.idle_lock_minutes wordt bepaald door de beheerder" in config.warnings[0]
    )


def test_environment_sets_a_policy_only_where_the_machine_file_does_not(
    load: Loader, files: tuple[Path, Path]
) -> None:
    machine, _ = files
    machine.write_text("[security]\nidle_lock_minutes = 10\n")
    config = load({"CASEWORKER_SECURITY_IDLE_LOCK_MINUTES": "60", "CASEWORKER_CACHE_RETENTION_DAYS": "7"})
    assert config.number("security.idle_lock_minutes") == 10
    assert config.number("cache.retention_days") == 7
    assert config.values["cache.retention_days"].origin == "omgeving (CASEWORKER_CACHE_RETENTION_DAYS)"
    assert config.warnings == (
        "omgeving (CASEWORKER_SECURITY_IDLE_LOCK_MINUTES): security.idle_lock_minutes wordt bepaald door de "
        "beheerder; deze waarde is genegeerd.",
    )
    assert load(cli={"security.idle_lock_minutes": "1"}).number("security.idle_lock_minutes") == 10


def test_an_invalid_value_names_file_line_and_setting(load: Loader, files: tuple[Path, Path]) -> None:
    machine, _ = files
    machine.write_text(endpoints().replace("https://zaken.", "http://zaken."))
    assert problems_of(load) == [
        f"{machine}, regel 5: zaken.url: moet beginnen met https:// (of http:// voor localhost)"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[security]\nidle_lock_minutes = 0\n", "regel 2: security.idle_lock_minutes: moet tussen 1 en 240"),
        (
            "[security]\nidle_lock_minutes = true\n",
            "regel 2: security.idle_lock_minutes: moet een getal zijn",
        ),
        ('[security]\nidle_lock_minutes = "5"\n', "regel 2: security.idle_lock_minutes: moet een getal zijn"),
        ('[organisation]\nrsin = "123456789"\n', "regel 2: organisation.rsin: is geen geldig RSIN"),
        ('[ui]\nlanguage = "fr"\n', "regel 2: ui.language: kies uit nl, en"),
        (
            '\n\nrules.tariff_table = "tarieven.toml"\n',
            "regel 3: rules.tariff_table: moet een volledig pad zijn",
        ),
        ('profile = "../x"\n', "regel 1: profile: alleen letters"),
        (
            'profile = "p"\nzaken = { url = "ftp://x.example" }\n',
            "regel 2: zaken.url: moet beginnen met https://",
        ),
    ],
)
def test_invalid_values(load: Loader, files: tuple[Path, Path], text: str, expected: str) -> None:
    machine, _ = files
    machine.write_text(text)
    assert any(expected in problem for problem in problems_of(load))


def test_unknown_keys_are_errors_with_a_suggestion(load: Loader, files: tuple[Path, Path]) -> None:
    _, user = files
    user.write_text('[ui]\nlanguag = "en"\n[colour]\ntheme = "dark"\n')
    assert problems_of(load) == [
        f"{user}, regel 2: ui.languag: onbekende instelling; bedoelt u ui.language?",
        f"{user}, regel 4: colour.theme: onbekende instelling.",
    ]


@pytest.mark.parametrize("key", ["secret", "token", "password", "api_key", "key", "client_secret"])
def test_secrets_in_a_file_are_refused(load: Loader, files: tuple[Path, Path], key: str) -> None:
    machine, _ = files
    machine.write_text(f'# Open Zaak\n[zaken]\n{key} = "s3cr3t"\n')
    [problem] = problems_of(load)
    assert problem.startswith(
        f"{machine}, regel 3: zaken.{key}: geheimen horen niet in een configuratiebestand"
    )
    assert problem.endswith("caseworker credentials set zaken")
    assert "s3cr3t" not in problem


def test_a_password_in_an_endpoint_url_is_refused(load: Loader, files: tuple[Path, Path]) -> None:
    machine, _ = files
    machine.write_text(endpoints().replace("https://zaken.", "https://kt:s3cr3t@zaken."))
    [problem] = problems_of(load)
    assert "zaken.url: mag geen gebruikersnaam of wachtwoord bevatten" in problem
    assert "s3cr3t" not in problem


def test_a_toml_syntax_error_reports_the_line(load: Loader, files: tuple[Path, Path]) -> None:
    machine, _ = files
    machine.write_text('profile = "p"\n[zaken\nurl = "https://x.example"\n')
    [problem] = problems_of(load)
    assert problem.startswith(f"{machine}: geen geldige TOML:") and "line 2" in problem


def test_the_whole_load_fails_and_lists_every_problem(load: Loader, files: tuple[Path, Path]) -> None:
    machine, user = files
    machine.write_text(endpoints() + "[security]\nidle_lock_minutes = 999\n")
    user.write_text('[log]\nlevel = "LOUD"\n')
    problems = problems_of(load, environ={"CASEWORKER_POLL_REFRESH_MINUTES": "vaak"})
    assert [p.split(": ")[1] for p in problems] == [
        "security.idle_lock_minutes",
        "log.level",
        "poll.refresh_minutes",
    ]
    assert problems[2].startswith("omgeving (CASEWORKER_POLL_REFRESH_MINUTES)")


def test_environment_values_are_parsed_by_type(load: Loader) -> None:
    config = load(
        {
            "CASEWORKER_POLL_MESSAGES_SECONDS": " 120 ",
            "CASEWORKER_USER_NAME": "  A. de Vries ",
            "CASEWORKER_OTHER": "x",
        }
    )
    assert config.number("poll.messages_seconds") == 120
    assert config.text("user.name") == "A. de Vries"
    [problem] = problems_of(load, environ={"CASEWORKER_POLL_MESSAGES_SECONDS": "5"})
    assert (
        problem
        == "omgeving (CASEWORKER_POLL_MESSAGES_SECONDS): poll.messages_seconds: moet tussen 10 en 3600 liggen"
    )


def test_a_real_profile_needs_every_endpoint_and_client_id(load: Loader, files: tuple[Path, Path]) -> None:
    machine, _ = files
    machine.write_text(
        endpoints().replace('client_id = "keukentafel"\n', "", 1).replace("[objects]\nurl", "[objects]\n#")
    )
    assert problems_of(load) == [
        'standaardwaarde: zaken.client_id ontbreekt (nodig bij auth = "zgw-jwt").',
        f"{machine}, regel 1: profiel 'productie': objects.url ontbreekt.",
    ]


def test_the_demo_profile_takes_no_endpoints(load: Loader) -> None:
    [problem] = problems_of(load, environ={"CASEWORKER_ZAKEN_URL": "https://openzaak.example/zaken/api/v1"})
    assert problem.startswith("omgeving (CASEWORKER_ZAKEN_URL): zaken.url: het profiel 'demo'")


def test_resolve_profile_builds_each_auth_from_settings_and_secrets(
    load: Loader, files: tuple[Path, Path]
) -> None:
    machine, _ = files
    text = (
        endpoints()
        .replace("[brp]\n", '[brp]\nheader = "X-Gateway-Key"\n')
        .replace("[objects]\n", '[objects]\nauth = "none"\n')
    )
    machine.write_text(text + '[user]\nid = "avries"\nname = "A. de Vries"\n')
    asked: list[str] = []

    def secrets(api: str) -> str:
        asked.append(api)
        return f"geheim-{api}"

    settings = resolve_profile(load(), secrets, clock=lambda: 1_000_000.0)
    assert settings is not None and set(settings) == set(STANDARD_PATHS)
    assert "objects" not in asked and len(asked) == len(set(asked))
    assert settings["objects"].auth is None
    assert isinstance(settings["klantinteracties"].auth, TokenAuth)
    brp = settings["brp"].auth
    assert isinstance(brp, ApiKeyAuth)
    zaken = settings["zaken"].auth
    assert isinstance(zaken, ZgwJwtAuth)
    assert (zaken.client_id, zaken.user_id, zaken.user_representation) == (
        "keukentafel",
        "avries",
        "A. de Vries",
    )
    assert settings["zaken"].base_url == "https://zaken.voorbeeldstad.example/api"


def test_resolve_profile_names_every_missing_secret(load: Loader, files: tuple[Path, Path]) -> None:
    machine, _ = files
    machine.write_text(endpoints())
    with pytest.raises(ConfigError) as refused:
        resolve_profile(load(), lambda api: None if api in {"zaken", "brp"} else "x")
    assert refused.value.problems == [
        f"Geen geheim voor {api} in de sleutelbos. Laat IT het instellen met: "
        f"caseworker credentials set {api}"
        for api in ("brp", "zaken")
    ]


def test_key_lines_follow_tables_dotted_and_quoted_keys() -> None:
    text = '# c\nprofile = "p"\n\n[zaken]\n"url" = "u"\n[ "poll" ]\nrefresh_minutes = 1\nlog.level = "INFO"\n'
    tomllib.loads(text)
    lines = key_lines(text)
    assert lines["zaken.url"] == 5 and lines["poll.refresh_minutes"] == 7 and lines["poll.log.level"] == 8
    assert line_of(lines, "zaken.client_id") == 4
    assert line_of(lines, "elders") is None


def test_machine_config_path_can_be_overridden() -> None:
    assert machine_config_path({"CASEWORKER_MACHINE_CONFIG": "/tmp/x.toml"}) == Path("/tmp/x.toml")
    assert machine_config_path({}).name == "config.toml"


def test_every_setting_is_declared_with_a_description() -> None:
    for setting in SETTINGS.values():
        assert setting.description and isinstance(setting.default, setting.type)
