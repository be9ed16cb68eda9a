"""Self-contained households with hand-computed expectations (these run without ../shared).

Amounts are 2025-07-01 figures from resources/rules unless a case says otherwise: alleenstaande norm
€ 1.369,06, gehuwden € 1.955,80, vrijlating 25 % up to € 285 for 6 months (27+), vakantietoeslag 5 %.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from caseworker.scenario.engine import InputError, calculate
from caseworker.scenario.model import Scenario
from caseworker.scenario.report import result_json
from caseworker.scenario.tariffs import TariffTable, load_tariffs


def run(
    members: list[dict[str, Any]], on: str = "2025-07-01", tariffs: TariffTable | None = None, **extra: Any
) -> dict[str, Any]:
    household = {"members": members, **extra.pop("household", {})}
    scenario = Scenario.model_validate({"reference_date": on, "household": household, **extra})
    return result_json(calculate(scenario, tariffs=tariffs))


def adult(age: int, earnings: str | None = None, **more: Any) -> dict[str, Any]:
    return {"role": "aanvrager", "age": age, "net_earnings_month": earnings, **more}


def partner(age: int, earnings: str | None = None, **more: Any) -> dict[str, Any]:
    return {"role": "partner", "age": age, "net_earnings_month": earnings, **more}


def kind(age: int) -> dict[str, Any]:
    return {"role": "kind", "age": age}


def kostendeler(age: int, **more: Any) -> dict[str, Any]:
    return {"role": "kostendeler", "age": age, **more}


def test_housemates_under_27_and_students_do_not_share_costs() -> None:
    result = run(
        [
            adult(30),
            kostendeler(22),
            kostendeler(40, kostendeler_uitzondering="student_met_studiefinanciering"),
        ]
    )
    assert result["monthly"]["bijstand_norm"] == "1369.06"  # the alleenstaande norm: nobody counts


def test_couple_with_a_housemate_gets_the_kostendelersnorm() -> None:
    # A = 3: (0.40 + 3 × 0.30) / 3 × 1955.80 = 847.513… → 847.51 per person; the couple gets 2 × 847.51.
    result = run([adult(35), partner(36), kostendeler(50)])
    assert result["monthly"]["bijstand_norm"] == "1695.02"


def test_vrijlating_is_capped_and_the_marginal_rate_follows() -> None:
    # 25 % of 1500 = 375, capped at 285. Bijstand 1369.06 − (1500 − 285) = 154.06; paid 0.95 × 154.06 =
    # 146.357 → 146.36. Netto 154.06 + 1500 + 131 = 1785.06 against 1369.06 + 131 without work: 285 more,
    # so the marginal rate is 1 − 285 / 1500 = 0.81.
    monthly = run([adult(40, "1500.00")], household={"months_working": 2})["monthly"]
    assert monthly["vrijlating"] == "285.00"
    assert monthly["bijstand"] == "154.06"
    assert monthly["bijstand_betaling_excl_vt"] == "146.36"
    assert monthly["vakantietoeslag_reservering"] == "7.70"
    assert monthly["netto_besteedbaar"] == "1785.06"
    assert Decimal(monthly["effectieve_marginale_druk"]) == Decimal("0.81")


def test_no_general_vrijlating_under_27() -> None:
    monthly = run([adult(25, "400.00")], household={"months_working": 1})["monthly"]
    assert monthly["vrijlating"] == "0.00"
    assert monthly["bijstand"] == "969.06"  # 1369.06 − 400


def test_vrijlating_applies_to_each_partner() -> None:
    # 2 × 25 % of 300 = 150; 1955.80 − (600 − 150) = 1505.80
    monthly = run([adult(30, "300.00"), partner(32, "300.00")], household={"months_working": 3})["monthly"]
    assert (monthly["vrijlating"], monthly["bijstand"]) == ("150.00", "1505.80")


def test_entered_single_parent_maximum_caps_the_vrijlating() -> None:
    # Month 7, youngest child 5: 12.5 % of 1000 = 125, capped at the entered 100. 1369.06 − 900 = 469.06.
    entered = {"bijstand.vrijlating.alleenstaande_ouder.maximum": "100.00"}
    result = run([adult(33, "1000.00"), kind(5)], household={"months_working": 7}, entered=entered)
    assert (result["monthly"]["vrijlating"], result["monthly"]["bijstand"]) == ("100.00", "469.06")
    assert result["status"]["bijstand"] == "ingevoerd"


def test_medische_urenbeperking_uses_its_own_share() -> None:
    # Month 10: 15 % of 400 = 60 (entered maximum 126 does not bind); 1369.06 − 340 = 1029.06.
    entered = {"bijstand.vrijlating.medische_urenbeperking.maximum": "126.00"}
    member = adult(45, "400.00", medische_urenbeperking=True, months_working=10)
    assert run([member], entered=entered)["monthly"]["bijstand"] == "1029.06"


def test_children_of_12_to_17_use_model_values_for_the_kindgebonden_budget() -> None:
    # Kinderbijslag 2 × 409.21 / 3 = 272.806… → 272.81. Kindgebonden budget (2511 + 2511 + 703 + 936 +
    # 3389) / 12 = 837.50, with model_only figures for the second child and the age supplements.
    result = run([adult(29), kind(13), kind(17)])
    assert result["monthly"]["kinderbijslag"] == "272.81"
    assert result["monthly"]["kindgebonden_budget"] == "837.50"
    assert result["status"]["kindgebonden_budget"] == "model"


def test_zorgtoeslag_for_partners_from_the_formula() -> None:
    # 2 × 2112 − (0.04273 × 28406 + 0.137 × (40000 − 28406)) = 1421.83 a year → 118.49 → floored 118.
    result = run([adult(50), partner(50)], household={"toetsingsinkomen_year": "40000.00"})
    assert result["monthly"]["zorgtoeslag"] == "118.00"
    assert result["status"]["zorgtoeslag"] == "model"  # the drempelinkomen is model_only


def test_2026_norm_is_unknown_until_entered() -> None:
    unknown = run([adult(40)], on="2026-01-01")
    assert unknown["monthly"]["bijstand_norm"] is None
    assert "bijstand.norm.alleenstaande" in {item["input"] for item in unknown["missing"]}
    # Entered 1401.00: paid 0.95 × 1401.00 = 1330.95; zorgtoeslag is the official 2026 maximum, 129.
    entered = run([adult(40)], on="2026-01-01", entered={"bijstand.norm.alleenstaande": "1401.00"})
    assert entered["monthly"]["bijstand_betaling_excl_vt"] == "1330.95"
    assert entered["monthly"]["zorgtoeslag"] == "129.00"
    assert entered["status"]["bijstand_norm"] == "ingevoerd"


def test_young_single_gets_the_jongerennorm() -> None:
    assert run([adult(19)])["monthly"]["bijstand_norm"] == "337.98"


def test_hours_at_a_net_hourly_wage() -> None:
    # 16 × 52 / 12 × 12.50 = 866.666… → 866.67 net; vrijlating 25 % = 216.67; 1369.06 − 650.00 = 719.06.
    member = adult(35, hours_per_week=16, net_hourly_wage="12.50", months_working=1)
    monthly = run([member])["monthly"]
    assert (monthly["bijstand_plus_netto_loon"], monthly["vrijlating"]) == ("1585.73", "216.67")


WMO = {
    "product": "hulp bij het huishouden",
    "domain": "wmo",
    "form": "ZIN",
    "units_per_week": 2,
    "unit": "uur",
}


@pytest.mark.parametrize(
    ("members", "on", "expected"),
    [
        ([adult(50)], "2025-07-01", "21.00"),
        ([adult(70, aow_reached=True), partner(60)], "2025-07-01", "0.00"),  # partner below AOW age
        ([adult(70, aow_reached=True), partner(68, aow_reached=True)], "2026-05-01", "21.80"),
        ([adult(50)], "2019-06-01", "18.96"),  # € 17,50 per 4 weeks × 13 / 12 = 18.958…
        ([adult(50)], "2027-01-01", None),  # the 2027 contribution is not known
    ],
)
def test_wmo_eigen_bijdrage(members: list[dict[str, Any]], on: str, expected: str | None) -> None:
    assert run(members, on=on, provisions=[WMO])["monthly"]["wmo_eigen_bijdrage"] == expected


def test_provision_costs_from_the_demo_tariff_table_by_date() -> None:
    # 2 × 52 / 12 × 33.50 = 290.333… → 290.33 (2025 tariff); 2 × 52 / 12 × 34.60 = 299.866… → 299.87 (2026).
    assert run([adult(50)], provisions=[WMO])["monthly"]["gemeente_kosten"] == "290.33"
    assert run([adult(50)], on="2026-03-01", provisions=[WMO])["monthly"]["gemeente_kosten"] == "299.87"
    scooter = {
        "product": "scootmobiel (huur en onderhoud)",
        "domain": "wmo",
        "units_per_week": 1,
        "unit": "maand",
    }
    assert run([adult(50)], provisions=[scooter])["monthly"]["gemeente_kosten"] == "79.00"


def test_unknown_product_needs_a_tariff() -> None:
    result = run([adult(50)], provisions=[{**WMO, "product": "maatwerk x"}])
    assert result["monthly"]["gemeente_kosten"] is None
    assert result["missing"][0]["enter_as"] == "provisions[].tariff_eur"


def test_jeugdhulp_has_no_parental_contribution_and_no_wmo_bijdrage() -> None:
    jeugd = {"product": "ambulante jeugdhulp", "domain": "jeugd", "units_per_week": 1, "unit": "uur"}
    monthly = run([adult(40), kind(9)], provisions=[jeugd])["monthly"]
    # 1 × 52 / 12 × 91.50 = 396.50
    assert (monthly["jeugd_ouderbijdrage"], monthly["wmo_eigen_bijdrage"], monthly["gemeente_kosten"]) == (
        "0.00",
        "0.00",
        "396.50",
    )


def test_municipal_exemptions_from_an_own_tariff_file(tmp_path: Path) -> None:
    table = tmp_path / "tarieven.toml"
    table.write_text(
        '[meta]\nkind = "tariffs"\nmunicipality = "Testgemeente"\n'
        '[[tariff]]\nproduct = "rolstoel"\ndomain = "wmo"\nunit = "maand"\nform = "ZIN"\namount = 4000\n'
        'valid_from = 2025-01-01\nsource = "test"\n'
        '[[eigen_bijdrage_vrijstelling]]\nkind = "product"\nproducts = ["rolstoel"]\n'
        '[[eigen_bijdrage_vrijstelling]]\nkind = "inkomen"\nshare_of_bijstandsnorm = "1.20"\n'
    )
    own = load_tariffs(table)
    chair = {"product": "rolstoel", "domain": "wmo", "units_per_week": 1, "unit": "maand"}
    assert (
        run([adult(50, "5000.00")], tariffs=own, provisions=[chair])["monthly"]["wmo_eigen_bijdrage"]
        == "0.00"
    )
    # On bijstand (1369.06 < 1.20 × 1369.06) there is no contribution; with high earnings there is.
    assert run([adult(50)], tariffs=own)["monthly"]["wmo_eigen_bijdrage_bij_voorziening"] == "0.00"
    high = run([adult(50, "5000.00")], tariffs=own, household={"toetsingsinkomen_year": "70000.00"})
    assert high["monthly"]["wmo_eigen_bijdrage_bij_voorziening"] == "21.00"


def test_huurtoeslag_above_the_maximum_rent_and_entered() -> None:
    # 2025: a tenant under 23 above the jongere maximale huur (477.20) gets none.
    young = run([adult(22)], household={"rent": {"kale_huur": "500.00"}})
    assert (young["monthly"]["huurtoeslag"], young["status"]["huurtoeslag"]) == ("0.00", "ok")
    # Otherwise it is entered: 1369.06 + zorgtoeslag 131 + huurtoeslag 200 = 1700.06.
    result = run([adult(35)], household={"rent": {"kale_huur": "650.00"}}, entered={"huurtoeslag": "200.00"})
    assert (result["monthly"]["netto_besteedbaar"], result["status"]["huurtoeslag"]) == (
        "1700.06",
        "ingevoerd",
    )


def test_entered_key_must_exist() -> None:
    with pytest.raises(InputError, match=r"entered\.bijstand\.norm\.onzin"):
        run([adult(35)], entered={"bijstand.norm.onzin": "1.00"})


def test_breakdown_names_sources_and_model_inputs() -> None:
    result = run([adult(30)], household={"toetsingsinkomen_year": "30000.00"})
    zorg = next(line for line in result["breakdown"] if line["outcome"] == "zorgtoeslag")
    drempel = next(p for p in zorg["parameters"] if p["key"] == "zorgtoeslag.drempelinkomen")
    assert drempel["status"] == "model_only" and drempel["markers"]
    assert all(p["source"] for p in zorg["parameters"])
    netto = next(line for line in result["breakdown"] if line["outcome"] == "netto_besteedbaar")
    assert "kinderbijslag" in netto["explanation"][0]
