"""A person from the BRP, in the shape the core works with."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Address:
    straat: str = ""
    huisnummer: int | None = None
    huisletter: str = ""
    toevoeging: str = ""
    postcode: str = ""
    woonplaats: str = ""
    adresseerbaar_object_id: str = ""

    def line(self) -> str:
        """`Dorpsstraat 12a-2, 1234 AB Voorbeeldstad` (empty parts left out)."""
        number = f"{self.huisnummer or ''}{self.huisletter}"
        if self.toevoeging:
            number = f"{number}-{self.toevoeging}"
        postcode = f"{self.postcode[:4]} {self.postcode[4:]}" if len(self.postcode) == 6 else self.postcode
        street = " ".join(part for part in (self.straat, number) if part)
        town = " ".join(part for part in (postcode, self.woonplaats) if part)
        return ", ".join(part for part in (street, town) if part)

    @property
    def key(self) -> tuple[str, int | None, str, str]:
        """What makes two addresses the same dwelling (postcode, number, letter, addition)."""
        return (self.postcode.replace(" ", "").upper(), self.huisnummer, self.huisletter, self.toevoeging)


@dataclass(frozen=True)
class Indications:
    """The BRP signals a caseworker must see at once (shown as badges)."""

    geheimhouding: bool = False  # geheimhoudingPersoonsgegevens: no disclosure to third parties
    in_onderzoek: bool = False  # some data is being investigated by the municipality
    overleden: bool = False
    overlijdensdatum: date | None = None  # unknown when the BRP gives only a year or nothing
    curatele: bool = False


@dataclass(frozen=True)
class Person:
    bsn: str
    voornamen: str = ""
    voorvoegsel: str = ""
    geslachtsnaam: str = ""
    geboortedatum: date | None = None
    geslacht: str = ""
    address: Address | None = None
    indications: Indications = field(default_factory=Indications)
    partner_bsns: tuple[str, ...] = ()
    kind_bsns: tuple[str, ...] = ()
    ouder_bsns: tuple[str, ...] = ()

    @property
    def naam(self) -> str:
        return " ".join(part for part in (self.voornamen, self.voorvoegsel, self.geslachtsnaam) if part)

    def age(self, on: date) -> int | None:
        born = self.geboortedatum
        if born is None:
            return None
        return on.year - born.year - ((on.month, on.day) < (born.month, born.day))
