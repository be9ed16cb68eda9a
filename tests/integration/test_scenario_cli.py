"""`caseworker scenario --input FILE.json`, driven through the sub-command's own entry points."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import pytest

from caseworker import cli as main_cli
from caseworker.scenario import cli

H7 = {
    "reference_date": "2025-07-01",
    "household": {
        "members": [
            {"role": "aanvrager", "age": 32, "aow_reached": False, "net_earnings_month": "800.00"},
            {"role": "kind", "age": 3},
        ],
        "kostendelers": 0,
        "rent": {"kale_huur": "650.00", "servicekosten": "0.00"},
        "toetsingsinkomen_year": None,
        "vermogen": "0.00",
        "months_working": 1,
    },
    "provisions": [
        {
            "product": "hulp bij het huishouden",
            "domain": "wmo",
            "form": "ZIN",
            "units_per_week": 3,
            "unit": "uur",
        }
    ],
}


def invoke(
    tmp_path: Path, data: Any, capsys: pytest.CaptureFixture[str], *extra: str
) -> tuple[int, str, str]:
    path = tmp_path / "input.json"
    path.write_text(json.dumps(data) if not isinstance(data, str) else data, encoding="utf-8")
    parser = argparse.ArgumentParser(prog="caseworker scenario")
    cli.add_arguments(parser)
    code = cli.run(parser.parse_args(["--input", str(path), *extra]))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_main_command_runs_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main_cli.SUBCOMMANDS["scenario"][0] == "caseworker.scenario.cli"
    path = tmp_path / "input.json"
    path.write_text(json.dumps(H7), encoding="utf-8")
    assert main_cli.main(["scenario", "--input", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["monthly"]["bijstand"] == "769.06"


def test_prints_the_monthly_outcomes_as_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = invoke(tmp_path, H7, capsys)
    assert code == 0
    result = json.loads(out)
    monthly = result["monthly"]
    # Month 1: vrijlating 25 % of 800 = 200; bijstand 1369.06 − 600 = 769.06; paid 0.95 × 769.06 = 730.61.
    assert monthly["vrijlating"] == "200.00"
    assert monthly["bijstand"] == "769.06"
    assert monthly["bijstand_betaling_excl_vt"] == "730.61"
    assert monthly["wmo_eigen_bijdrage"] == "21.00"
    assert monthly["jeugd_ouderbijdrage"] == "0.00"
    assert monthly["gemeente_kosten"] == "435.50"
    # Huurtoeslag is not computed: unknown, named as missing, so the netto is unknown too.
    assert monthly["huurtoeslag"] is None and monthly["netto_besteedbaar"] is None
    assert {"huurtoeslag"} <= {item["input"] for item in result["missing"]}
    assert {line["outcome"] for line in result["breakdown"]} >= set(monthly)


def test_entered_huurtoeslag_completes_the_netto(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = invoke(tmp_path, {**H7, "entered": {"huurtoeslag": "250.00"}}, capsys)
    monthly = json.loads(out)["monthly"]
    # 769.06 + 800 + zorgtoeslag 131 + kgb 491.67 + kinderbijslag 95.48 + huurtoeslag 250 − Wmo 21 = 2516.21
    assert (code, monthly["netto_besteedbaar"]) == (0, "2516.21")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda d: d["household"]["members"][0].update(age=130),
            "household.members[0].age: must be a whole number",
        ),
        (lambda d: d["household"]["members"][0].update(role="oma"), "household.members[0].role: must be"),
        (lambda d: d["household"].update(vermogen="veel"), "household.vermogen: must be an amount in euros"),
        (lambda d: d.update(reference_date="1 juli"), "reference_date: must be a date"),
        (lambda d: d["provisions"][0].update(domain="zorg"), "provisions[0].domain: must be"),
        (
            lambda d: d.update(entered={"bijstand.norm.x": "1.00"}),
            "entered.bijstand.norm.x: unknown parameter",
        ),
        (lambda d: d["household"].update(agee=3), "household.agee: unknown field"),
        (lambda d: d["household"]["members"].pop(0), "household: members must contain exactly one"),
    ],
)
def test_invalid_input_exits_2_naming_the_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], change: Any, message: str
) -> None:
    data = json.loads(json.dumps(H7))
    change(data)
    code, out, err = invoke(tmp_path, data, capsys)
    assert (code, out) == (2, "")
    assert message in err


def test_not_json_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = invoke(tmp_path, "{not json", capsys)
    assert code == 2 and "not valid JSON" in err


def test_compares_up_to_three_scenarios(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    working_more = json.loads(json.dumps(H7))
    working_more["household"]["members"][0]["net_earnings_month"] = "1000.00"
    code, out, _ = invoke(tmp_path, {**H7, "scenarios": [{**working_more, "name": "meer uren"}]}, capsys)
    result = json.loads(out)
    # 200 more earnings in month 1: 50 vrijlating more, bijstand 150.00 lower.
    assert code == 0
    assert result["scenarios"][0]["difference"]["bijstand"] == "-150.00"
    code, _, err = invoke(tmp_path, {**H7, "scenarios": [working_more] * 4}, capsys)
    assert code == 2 and "scenarios" in err


def test_own_tariff_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    table = tmp_path / "tarieven.toml"
    table.write_text(
        '[meta]\nkind = "tariffs"\nmunicipality = "Eigen"\n[[tariff]]\nproduct = "hulp bij het huishouden"\n'
        'domain = "wmo"\nunit = "uur"\nform = "ZIN"\namount = 4000\n'
        'valid_from = 2025-01-01\nsource = "eigen"\n'
    )
    code, out, _ = invoke(tmp_path, H7, capsys, "--tariffs", str(table))
    assert (code, json.loads(out)["monthly"]["gemeente_kosten"]) == (0, "520.00")  # 3 × 52 / 12 × 40
