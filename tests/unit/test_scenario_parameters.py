"""Rule parameters: lookup by date, missing values, entered values, and the shipped rule files."""

from __future__ import annotations

import datetime as dt
import tomllib
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caseworker.resources import resource_path
from caseworker.scenario.money import floor_to_euro, parse_euros, round_half_up
from caseworker.scenario.parameters import Missing, ParameterValue, default_parameters, load_parameters
from caseworker.scenario.tariffs import default_tariffs, load_tariffs

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "rules-reference"

RULES = """
[meta]
kind = "parameters"

[[parameter]]
key = "test.norm"
description = "test"
unit = "eurocent_per_month"
legal_basis = "test"

[[parameter.values]]
valid_from = 2025-01-01
value = 100
status = "official"
source = "a"

[[parameter.values]]
valid_from = 2025-07-01
value = 200
status = "official"
source = "b"

[[parameter.values]]
valid_from = 2026-01-01
status = "missing"
source = "c"
"""


@pytest.fixture(scope="module")
def rules_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("rules") / "test.toml"
    path.write_text(RULES)
    return path


@given(st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2030, 12, 31)))
def test_lookup_picks_the_value_valid_on_the_date(rules_file: Path, on: dt.date) -> None:
    found = load_parameters([rules_file]).lookup("test.norm", on)
    if on < dt.date(2025, 1, 1) or on >= dt.date(2026, 1, 1):
        # Before the first value, and from the missing entry on: unknown, never the older value.
        assert isinstance(found, Missing)
    else:
        assert isinstance(found, ParameterValue)
        assert found.value == (100 if on < dt.date(2025, 7, 1) else 200)
        assert found.valid_from is not None and found.valid_from <= on


@given(st.dates(min_value=dt.date(2025, 1, 1), max_value=dt.date(2026, 12, 31)))
def test_bijstand_norm_changes_on_1_january_and_1_july(on: dt.date) -> None:
    found = default_parameters().lookup("bijstand.norm.alleenstaande", on)
    expected = {(2025, True): 134545, (2025, False): 136906}.get((on.year, on.month < 7))
    assert (found.value if isinstance(found, ParameterValue) else None) == expected


def test_entered_value_replaces_a_missing_one() -> None:
    parameters = default_parameters()
    key = "bijstand.vrijlating.alleenstaande_ouder.maximum"
    assert isinstance(parameters.lookup(key, dt.date(2025, 7, 1)), Missing)
    entered = parameters.with_entered({key: parameters.parse_entered(key, "153.38")})
    found = entered.lookup(key, dt.date(2025, 7, 1))
    assert isinstance(found, ParameterValue)
    assert (found.value, found.status) == (15338, "entered")


def test_entered_ratio_is_checked() -> None:
    with pytest.raises(ValueError):
        default_parameters().parse_entered("bijstand.vrijlating.algemeen.share", "25")


def test_rounding_helpers() -> None:
    assert round_half_up(Decimal("12.5")) == 13
    assert round_half_up(Decimal("12.49")) == 12
    assert floor_to_euro(Decimal("13199.99")) == 13100
    assert parse_euros("650.00") == 65000
    with pytest.raises(ValueError):
        parse_euros("1.005")


def test_every_rule_value_has_status_source_and_date() -> None:
    parameters = default_parameters().parameters
    assert len(parameters) == 78
    for parameter in parameters.values():
        assert parameter.legal_basis and parameter.unit
        for entry in parameter.entries:
            assert entry.raw["status"] in ("official", "derived", "model_only", "missing")
            assert entry.raw["source"]
            assert ("value" in entry.raw) == (entry.raw["status"] != "missing")


def test_rule_files_hold_every_figure_of_the_reference() -> None:
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent (only the project's own rule files ship)")
    with (SHARED / "parameters.toml").open("rb") as handle:
        reference = tomllib.load(handle)
    for key, parameter in default_parameters().parameters.items():
        table = reference
        for part in key.split("."):
            table = table[part]
        assert [entry.raw for entry in parameter.entries] == table["values"], key
        assert (parameter.unit, parameter.legal_basis) == (table["unit"], table["legal_basis"])


def test_derived_check_values_match_the_calculators_rounding() -> None:
    parameters = default_parameters()
    on = dt.date(2025, 7, 1)

    def cents(key: str) -> int:
        found = parameters.lookup(key, on)
        assert isinstance(found, ParameterValue) and isinstance(found.value, int)
        return found.value

    assert round_half_up(Decimal("0.95") * cents("bijstand.norm.alleenstaande")) == cents(
        "bijstand.betaling_excl_vt.alleenstaande"
    )
    three = round_half_up((Decimal("0.40") + 3 * Decimal("0.30")) / 3 * cents("bijstand.norm.gehuwden"))
    assert three == cents("bijstand.kostendelersnorm.bedrag_per_persoon_3")


def test_demo_tariff_table_is_fictional_and_dated() -> None:
    table = default_tariffs()
    assert table.fictional and "fictief" in table.municipality
    later = table.find("Hulp bij het huishouden", "wmo", None, "uur", dt.date(2026, 2, 1))
    assert later is not None and later.valid_from == dt.date(2026, 1, 1)
    assert table.find("hulp bij het huishouden", "wmo", "ZIN", "uur", dt.date(2024, 12, 31)) is None


def test_tariff_loader_refuses_other_files() -> None:
    with pytest.raises(ValueError, match="not a tariff table"):
        load_tariffs(resource_path("rules", "bijstand.toml"))
