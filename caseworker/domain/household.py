"""The household around a client: partners, children, parents and co-residents at the same address."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from caseworker.domain.person import Person


class Relation(StrEnum):
    CLIENT = "client"
    PARTNER = "partner"
    KIND = "kind"
    OUDER = "ouder"
    MEDEBEWONER = "medebewoner"  # lives at the address without a family relation (kostendeler)


@dataclass(frozen=True)
class Member:
    person: Person
    relation: Relation
    same_address: bool


@dataclass(frozen=True)
class Household:
    client: Person
    members: tuple[Member, ...]  # the client first, then family, then co-residents

    def with_relation(self, relation: Relation) -> list[Member]:
        return [m for m in self.members if m.relation is relation]

    @property
    def living_together(self) -> list[Member]:
        return [m for m in self.members if m.same_address]


def assemble_household(client: Person, known: Mapping[str, Person], residents: Iterable[Person]) -> Household:
    """Build the household from the client, the persons fetched by BSN (`known`, partners, children and
    parents), and everyone registered at the client's address (`residents`).

    Family members are included wherever they live (a child who moved out still matters), marked with
    `same_address`; co-residents only when they live at the client's address and are not family.
    A relation the BRP lists but `known` lacks (geheimhouding, not fetched) is left out, not guessed.
    """
    home = client.address.key if client.address else None

    def at_home(person: Person) -> bool:
        return home is not None and person.address is not None and person.address.key == home

    members = [Member(client, Relation.CLIENT, True)]
    seen = {client.bsn}
    family = (
        (Relation.PARTNER, client.partner_bsns),
        (Relation.KIND, client.kind_bsns),
        (Relation.OUDER, client.ouder_bsns),
    )
    for relation, bsns in family:
        for bsn in bsns:
            person = known.get(bsn)
            if person is not None and bsn not in seen:
                seen.add(bsn)
                members.append(Member(person, relation, at_home(person)))
    for person in sorted(residents, key=lambda p: (p.geboortedatum is None, p.geboortedatum, p.bsn)):
        if person.bsn not in seen and at_home(person) and not person.indications.overleden:
            seen.add(person.bsn)
            members.append(Member(person, Relation.MEDEBEWONER, True))
    return Household(client, tuple(members))
