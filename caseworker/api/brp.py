"""Haal Centraal BRP Personen 2.x: `POST /personen` with a `type` per query and mandatory `fields`."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date
from typing import Any

from pydantic import Field

from caseworker.api.http import ServiceClient, parse_model
from caseworker.api.models import ApiModel
from caseworker.domain.bsn import is_valid_bsn
from caseworker.domain.household import Household, assemble_household
from caseworker.domain.person import Address, Indications, Person

log = logging.getLogger(__name__)

# The fields the client shows; BRP 2 requires asking for exactly what is needed (data minimisation).
# inOnderzoek and geheimhoudingPersoonsgegevens come automatically and may not be asked for (400 otherwise).
PERSON_FIELDS = (
    "burgerservicenummer",
    "naam",
    "geboorte",
    "geslacht",
    "verblijfplaats",
    "adressering",
    "partners",
    "kinderen",
    "ouders",
    "overlijden",
    "indicatieCurateleRegister",
)
RAADPLEEG_MAX = 20  # the spec's maxItems for burgerservicenummer
JSON_UTF8 = {"Content-Type": "application/json; charset=utf-8"}  # the media type the spec declares


class Datum(ApiModel):
    type: str = ""
    datum: date | None = None  # only for type "Datum"; JaarDatum etc. carry jaar/maand instead


class Naam(ApiModel):
    voornamen: str = ""
    voorvoegsel: str = ""
    geslachtsnaam: str = ""


class Geboorte(ApiModel):
    datum: Datum | None = None


class Waardetabel(ApiModel):
    code: str = ""
    omschrijving: str = ""


class Verblijfadres(ApiModel):
    officiele_straatnaam: str = ""
    korte_straatnaam: str = ""
    huisnummer: int | None = None
    huisletter: str = ""
    huisnummertoevoeging: str = ""
    postcode: str = ""
    woonplaats: str = ""


class Verblijfplaats(ApiModel):
    type: str = ""
    verblijfadres: Verblijfadres | None = None
    adresseerbaar_object_identificatie: str = ""


class Related(ApiModel):
    burgerservicenummer: str | None = None


class Overlijden(ApiModel):
    datum: Datum | None = None


class BrpPersoon(ApiModel):
    burgerservicenummer: str
    naam: Naam = Field(default_factory=Naam)
    geboorte: Geboorte | None = None
    geslacht: Waardetabel | None = None
    verblijfplaats: Verblijfplaats | None = None
    partners: list[Related] = Field(default_factory=list)
    kinderen: list[Related] = Field(default_factory=list)
    ouders: list[Related] = Field(default_factory=list)
    geheimhouding_persoonsgegevens: bool | None = None
    overlijden: Overlijden | None = None
    indicatie_curatele_register: bool | None = None


class BrpClient:
    def __init__(self, http: ServiceClient) -> None:
        self.http = http

    async def persons(self, bsns: Sequence[str]) -> list[Person]:
        """Raadpleeg: the persons with these BSNs (unknown ones are simply absent).

        The BSNs often come from a server (a person's relatives), not from the user: an invalid one is
        skipped, like an unknown one, and never aborts the caller (logged without the number itself).
        """
        valid = [b for b in bsns if is_valid_bsn(b)]
        if len(valid) < len(bsns):
            log.warning("BRP: %d invalid BSN(s) skipped", len(bsns) - len(valid))
        found: list[Person] = []
        for start in range(0, len(valid), RAADPLEEG_MAX):
            chunk = valid[start : start + RAADPLEEG_MAX]
            found += await self._query("RaadpleegMetBurgerservicenummer", burgerservicenummer=chunk)
        return found

    async def person(self, bsn: str) -> Person | None:
        hits = await self.persons([bsn])
        return hits[0] if hits else None

    async def search_name_birthdate(
        self, geslachtsnaam: str, geboortedatum: date, *, voornamen: str = "", voorvoegsel: str = ""
    ) -> list[Person]:
        extra = {k: v for k, v in (("voornamen", voornamen), ("voorvoegsel", voorvoegsel)) if v}
        return await self._query(
            "ZoekMetGeslachtsnaamEnGeboortedatum",
            geslachtsnaam=geslachtsnaam,
            geboortedatum=geboortedatum.isoformat(),
            **extra,
        )

    async def search_address(
        self, postcode: str, huisnummer: int, *, huisletter: str = "", toevoeging: str = ""
    ) -> list[Person]:
        extra = {k: v for k, v in (("huisletter", huisletter), ("huisnummertoevoeging", toevoeging)) if v}
        return await self._query(
            "ZoekMetPostcodeEnHuisnummer",
            postcode=postcode.replace(" ", "").upper(),
            huisnummer=huisnummer,
            **extra,
        )

    async def residents(self, adresseerbaar_object_id: str) -> list[Person]:
        return await self._query(
            "ZoekMetAdresseerbaarObjectIdentificatie",
            adresseerbaarObjectIdentificatie=adresseerbaar_object_id,
        )

    async def household(self, bsn: str) -> Household | None:
        """The client with partners, children, parents and co-residents (None if the BSN is unknown)."""
        client = await self.person(bsn)
        if client is None:
            return None
        related = [*client.partner_bsns, *client.kind_bsns, *client.ouder_bsns]
        known = {p.bsn: p for p in await self.persons(related)} if related else {}
        residents: list[Person] = []
        address = client.address
        if address and address.adresseerbaar_object_id:
            residents = await self.residents(address.adresseerbaar_object_id)
        elif address and address.postcode and address.huisnummer:
            residents = await self.search_address(address.postcode, address.huisnummer)
        return assemble_household(client, known, residents)

    async def _query(self, query_type: str, **criteria: Any) -> list[Person]:
        body = {"type": query_type, "fields": list(PERSON_FIELDS), **criteria}
        response = await self.http.post("personen", body, headers=JSON_UTF8)
        data = response.data if isinstance(response.data, dict) else {}
        raw = data.get("personen", [])
        if not isinstance(raw, list):
            raw = []
        return [to_person(item) for item in raw]


def to_person(raw: Any) -> Person:
    """Map a BRP `Persoon` document onto the domain; any `inOnderzoek` anywhere flags the person."""
    p = parse_model("brp", BrpPersoon, raw)
    place = p.verblijfplaats
    adres = place.verblijfadres if place else None
    address = None
    if place and adres:
        address = Address(
            straat=adres.korte_straatnaam or adres.officiele_straatnaam,
            huisnummer=adres.huisnummer,
            huisletter=adres.huisletter,
            toevoeging=adres.huisnummertoevoeging,
            postcode=adres.postcode,
            woonplaats=adres.woonplaats,
            adresseerbaar_object_id=place.adresseerbaar_object_identificatie,
        )
    return Person(
        bsn=p.burgerservicenummer,
        voornamen=p.naam.voornamen,
        voorvoegsel=p.naam.voorvoegsel,
        geslachtsnaam=p.naam.geslachtsnaam,
        geboortedatum=_date(p.geboorte.datum if p.geboorte else None),
        geslacht=p.geslacht.code if p.geslacht else "",
        address=address,
        indications=Indications(
            geheimhouding=bool(p.geheimhouding_persoonsgegevens),
            in_onderzoek=_mentions_onderzoek(raw),
            overleden=p.overlijden is not None,
            overlijdensdatum=_date(p.overlijden.datum if p.overlijden else None),
            curatele=bool(p.indicatie_curatele_register),
        ),
        partner_bsns=_bsns(p.partners),
        kind_bsns=_bsns(p.kinderen),
        ouder_bsns=_bsns(p.ouders),
    )


def _date(datum: Datum | None) -> date | None:
    return datum.datum if datum is not None else None


def _bsns(related: list[Related]) -> tuple[str, ...]:
    return tuple(r.burgerservicenummer for r in related if r.burgerservicenummer)


def _mentions_onderzoek(value: Any) -> bool:
    if isinstance(value, dict):
        return "inOnderzoek" in value or any(_mentions_onderzoek(v) for v in value.values())
    if isinstance(value, list):
        return any(_mentions_onderzoek(v) for v in value)
    return False
