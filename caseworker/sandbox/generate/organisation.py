"""Who works for and with Voorbeeldstad: caseworkers, teams (Klantinteracties actoren) and care providers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from caseworker.sandbox.demo import (
    DEMO_TEAM,
    DEMO_TEAM_ID,
    DEMO_USER_ID,
    DEMO_USER_NAME,
    DOMAIN_JEUGD,
    DOMAIN_PARTICIPATIE,
    DOMAIN_SCHULDHULP,
    DOMAIN_WMO,
)
from caseworker.sandbox.store import Doc

from ._context import Context, initials, partij_doc, url_of
from .population import NamePools


class _Team(NamedTuple):
    identificatie: str
    naam: str
    domains: tuple[str, ...]
    caseworkers: int  # besides the demo user
    functie: str


_TEAMS = (
    _Team(DEMO_TEAM_ID, DEMO_TEAM, (DOMAIN_WMO, DOMAIN_JEUGD), 4, "Wijkconsulent"),
    _Team("wt-zuid", "Wijkteam Zuid", (DOMAIN_WMO, DOMAIN_JEUGD), 4, "Wijkconsulent"),
    _Team("wt-centrum", "Wijkteam Centrum", (DOMAIN_WMO, DOMAIN_JEUGD), 4, "Wijkconsulent"),
    _Team("werk-inkomen", "Werk & Inkomen", (DOMAIN_PARTICIPATIE, DOMAIN_SCHULDHULP), 4, "Klantmanager"),
    _Team("jeugd", "Team Jeugd", (DOMAIN_JEUGD,), 3, "Jeugdconsulent"),
)
# Fictional care providers (zorgaanbieders) and the domain they deliver in.
_PROVIDERS = (
    ("Thuiszorg De Linde B.V.", DOMAIN_WMO),
    ("Zorggroep Het Anker", DOMAIN_WMO),
    ("Begeleiding Op Maat Voorbeeldstad", DOMAIN_WMO),
    ("Hulpmiddelencentrum Voorbeeldstad B.V.", DOMAIN_WMO),
    ("Jeugdhulp De Brug", DOMAIN_JEUGD),
    ("Gezinscoaching Samen Sterk", DOMAIN_JEUGD),
)
_PHONE_AREA = "0999"  # not an assigned Dutch area code, so the numbers cannot reach anyone


@dataclass(frozen=True)
class Worker:
    """A behandelaar: a caseworker (medewerker) or a whole team (organisatorische eenheid)."""

    identificatie: str
    naam: str
    voorletters: str
    voorvoegsel: str
    achternaam: str
    team_id: str
    domains: tuple[str, ...]
    actor: Doc  # the Klantinteracties actor document

    @property
    def is_team(self) -> bool:
        return self.identificatie == self.team_id

    @property
    def actor_uuid(self) -> str:
        return str(self.actor["uuid"])


@dataclass(frozen=True)
class Provider:
    naam: str
    domain: str
    partij_url: str


@dataclass(frozen=True)
class Organisation:
    workers: tuple[Worker, ...]  # caseworkers and teams
    providers: tuple[Provider, ...]

    def demo_user(self) -> Worker:
        return next(w for w in self.workers if w.identificatie == DEMO_USER_ID)

    def for_domain(self, domain: str) -> list[Worker]:
        return [w for w in self.workers if domain in w.domains and w.identificatie != DEMO_USER_ID]


def _phone(ctx: Context) -> str:
    return f"{_PHONE_AREA}{ctx.rng.randint(0, 999999):06d}"


def _actor(ctx: Context, naam: str, soort: str, identificatie: str, details: Doc) -> Doc:
    key = ctx.new_uuid()
    doc: Doc = {
        "uuid": key,
        "url": url_of("klantinteracties/actoren", key),
        "naam": naam,
        "soortActor": soort,
        "indicatieActief": True,
        "actoridentificator": {
            "objectId": identificatie,
            "codeObjecttype": "mdw" if soort == "medewerker" else "oe",
            "codeRegister": "msei",
            "codeSoortObjectId": "gebruikersnaam" if soort == "medewerker" else "identificatie",
        },
        "actorIdentificatie": details,
    }
    ctx.put("klantinteracties/actoren", key, doc)
    return doc


def _email(name: str) -> str:
    local = "".join(c for c in name.lower().replace(" ", ".") if c.isascii() and (c.isalnum() or c == "."))
    return f"{local}@voorbeeldstad.example"


def _caseworker(
    ctx: Context,
    pools: NamePools,
    team: _Team,
    ident: str,
    name: tuple[str, str, str] | None,
) -> Worker:
    if name is None:
        voornaam = ctx.pick(ctx.pick((pools.female, pools.male)))
        voorvoegsel, achternaam = ctx.pick(pools.surnames)
    else:
        voornaam, voorvoegsel, achternaam = name
    naam = " ".join(part for part in (voornaam, voorvoegsel, achternaam) if part)
    details = {"functie": team.functie, "emailadres": _email(naam), "telefoonnummer": _phone(ctx)}
    actor = _actor(ctx, naam, "medewerker", ident, details)
    letters = initials(voornaam, dotted=False)
    return Worker(ident, naam, letters, voorvoegsel, achternaam, team.identificatie, team.domains, actor)


def _team(ctx: Context, team: _Team) -> Worker:
    details = {
        "omschrijving": team.naam,
        "emailadres": _email(team.naam),
        "faxnummer": "",
        "telefoonnummer": _phone(ctx),
    }
    actor = _actor(ctx, team.naam, "organisatorische_eenheid", team.identificatie, details)
    return Worker(team.identificatie, team.naam, "", "", team.naam, team.identificatie, team.domains, actor)


def _provider(ctx: Context, naam: str, domain: str) -> Provider:
    key = ctx.new_uuid()
    ctx.put("klantinteracties/partijen", key, partij_doc(key, "organisatie", {"naam": naam}))
    return Provider(naam, domain, url_of("klantinteracties/partijen", key))


def write_organisation(ctx: Context, pools: NamePools) -> Organisation:
    workers: list[Worker] = []
    serial = 0
    for team in _TEAMS:
        workers.append(_team(ctx, team))
        if team.identificatie == DEMO_TEAM_ID:
            voornaam, achternaam = DEMO_USER_NAME.split()
            workers.append(_caseworker(ctx, pools, team, DEMO_USER_ID, (voornaam, "", achternaam)))
        for _ in range(team.caseworkers):
            serial += 1
            workers.append(_caseworker(ctx, pools, team, f"mw-{serial:03d}", None))
    providers = tuple(_provider(ctx, naam, domain) for naam, domain in _PROVIDERS)
    return Organisation(tuple(workers), providers)
