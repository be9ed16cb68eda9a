from __future__ import annotations

from datetime import date

from caseworker.domain.household import Relation, assemble_household
from caseworker.domain.person import Address, Indications, Person

HOME = Address("Dorpsstraat", 12, postcode="1234AB", woonplaats="Voorbeeldstad", adresseerbaar_object_id="A1")
ELSEWHERE = Address("Kerkweg", 3, postcode="1234CD", woonplaats="Voorbeeldstad", adresseerbaar_object_id="A2")


def person(bsn: str, address: Address | None = HOME, **kw: object) -> Person:
    return Person(bsn=bsn, geslachtsnaam=f"Naam{bsn[-2:]}", address=address, **kw)  # type: ignore[arg-type]


def test_family_and_coresidents_are_assembled_with_relations() -> None:
    client = person("100000001", partner_bsns=("100000002",), kind_bsns=("100000003", "100000004"))
    partner = person("100000002")
    child_home = person("100000003", geboortedatum=date(2015, 1, 1))
    child_moved = person("100000004", address=ELSEWHERE)
    lodger = person("100000005")
    neighbour = person("100000006", address=ELSEWHERE)
    known = {p.bsn: p for p in (partner, child_home, child_moved)}

    household = assemble_household(client, known, [client, partner, child_home, lodger, neighbour])

    relations = {m.person.bsn: (m.relation, m.same_address) for m in household.members}
    assert relations == {
        "100000001": (Relation.CLIENT, True),
        "100000002": (Relation.PARTNER, True),
        "100000003": (Relation.KIND, True),
        "100000004": (Relation.KIND, False),
        "100000005": (Relation.MEDEBEWONER, True),
    }
    assert household.members[0].person is client
    assert [m.person.bsn for m in household.living_together] == [
        "100000001",
        "100000002",
        "100000003",
        "100000005",
    ]


def test_unknown_relations_are_left_out_not_guessed() -> None:
    client = person("100000001", ouder_bsns=("100000009",))
    household = assemble_household(client, {}, [client])
    assert [m.relation for m in household.members] == [Relation.CLIENT]


def test_deceased_residents_are_not_coresidents() -> None:
    client = person("100000001")
    ghost = person("100000007", indications=Indications(overleden=True))
    household = assemble_household(client, {}, [client, ghost])
    assert len(household.members) == 1


def test_address_key_ignores_postcode_spacing_and_case() -> None:
    spaced = Address("Dorpsstraat", 12, postcode="1234 ab")
    assert spaced.key == HOME.key == ("1234AB", 12, "", "")
    assert HOME.line() == "Dorpsstraat 12, 1234 AB Voorbeeldstad"


def test_age_counts_birthdays() -> None:
    p = person("100000001", geboortedatum=date(2000, 6, 15))
    assert p.age(date(2026, 6, 14)) == 25
    assert p.age(date(2026, 6, 15)) == 26
