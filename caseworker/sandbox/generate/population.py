"""Synthetic inhabitants of Voorbeeldstad: households at addresses, rendered as BRP 2.7 `Persoon` docs."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from faker import Faker

from caseworker.sandbox.demo import BSN_RANGE, GEMEENTECODE, MUNICIPALITY_NAME
from caseworker.sandbox.store import Doc

from ._context import Context, elfproef, full_name, initials

AOW_AGE = 67
_MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
_VOORVOEGSELS = {
    "van",
    "de",
    "den",
    "der",
    "van der",
    "van den",
    "van de",
    "ter",
    "ten",
    "te",
    "in 't",
    "op de",
}
# Faker's nl_NL surnames include historical names ("Aelftrud van Wessex"); keep plain modern ones only.
_SURNAME = re.compile(r"^[A-Z][a-zà-ÿ]+(-[A-Z][a-zà-ÿ]+)?$")
_STREET = re.compile(r"^[A-Z][a-zà-ÿ]+$")
NEDERLAND: Doc = {"code": "6030", "omschrijving": "Nederland"}
VOORBEELDSTAD: Doc = {"code": GEMEENTECODE, "omschrijving": MUNICIPALITY_NAME}
# Birthplaces: mostly Voorbeeldstad itself, the rest the four big cities (codes from the Gemeententabel).
_BIRTHPLACES: tuple[tuple[Doc, float], ...] = (
    (VOORBEELDSTAD, 6),
    ({"code": "0363", "omschrijving": "Amsterdam"}, 1),
    ({"code": "0599", "omschrijving": "Rotterdam"}, 1),
    ({"code": "0518", "omschrijving": "'s-Gravenhage"}, 1),
    ({"code": "0344", "omschrijving": "Utrecht"}, 1),
)
_GESLACHT = {"V": "vrouw", "M": "man", "O": "onbekend"}
_VERBINTENIS = {"H": "huwelijk", "P": "geregistreerd partnerschap"}
_NAAMGEBRUIK = {"E": "eigen geslachtsnaam", "V": "partner voor eigen geslachtsnaam"}


@dataclass(frozen=True)
class NamePools:
    """Names drawn from Faker once; per-person Faker calls would dominate the run time at 100 000 persons."""

    male: tuple[str, ...]
    female: tuple[str, ...]
    surnames: tuple[tuple[str, str], ...]  # (voorvoegsel, geslachtsnaam)
    streets: tuple[str, ...]

    @classmethod
    def build(cls, seed: int) -> NamePools:
        fake = Faker("nl_NL")
        fake.seed_instance(seed)
        surnames = {_split_surname(fake.last_name()) for _ in range(3000)}
        streets = {fake.street_name() for _ in range(600)}
        return cls(
            male=tuple(sorted({fake.first_name_male() for _ in range(800)})),
            female=tuple(sorted({fake.first_name_female() for _ in range(800)})),
            surnames=tuple(sorted(name for name in surnames if name is not None)),
            streets=tuple(sorted(street for street in streets if _STREET.match(street))),
        )


def _split_surname(name: str) -> tuple[str, str] | None:
    words = name.split()
    prefix, rest = " ".join(words[:-1]), words[-1]
    if (prefix and prefix not in _VOORVOEGSELS) or not _SURNAME.match(rest):
        return None
    return prefix, rest


@dataclass(eq=False)
class Address:
    street: str
    huisnummer: int
    huisletter: str
    toevoeging: str
    postcode: str
    bag_number: int  # serial of the BAG objects at this address
    since: date  # the household moved in
    investigated: date | None = None  # the address is 'in onderzoek' since


@dataclass(eq=False)
class Person:
    bsn: str
    voornamen: str
    voorvoegsel: str
    geslachtsnaam: str
    geslacht: str
    born: date
    birthplace: Doc
    address: Address
    partner: Person | None = None
    union: tuple[str, date] | None = None  # (soortVerbintenis code, date of the marriage/partnership)
    naamgebruik: str = "E"
    parents: list[Person] = field(default_factory=list)
    children: list[Person] = field(default_factory=list)
    secret: bool = False
    curatele: bool = False
    deceased: date | None = None

    def age(self, today: date) -> int:
        return today.year - self.born.year - ((today.month, today.day) < (self.born.month, self.born.day))

    @property
    def volledige_naam(self) -> str:
        return full_name(self.voornamen, self.voorvoegsel, self.geslachtsnaam)

    @property
    def surname(self) -> str:
        return full_name("", self.voorvoegsel, self.geslachtsnaam)


@dataclass(eq=False)
class Household:
    kind: str
    address: Address
    members: list[Person]

    def adults(self, today: date) -> list[Person]:
        return [p for p in self.members if p.age(today) >= 18 and p.deceased is None]


class _Builder:
    """Creates households; one method per household kind, dispatched from `KINDS`."""

    def __init__(self, ctx: Context, pools: NamePools) -> None:
        self.ctx = ctx
        self.pools = pools
        self.bsns: set[str] = set()
        self.next_number: dict[str, int] = {}
        self.postcode_base: dict[str, int] = {}
        self.addresses = 0

    def bsn(self) -> str:
        """A fresh valid BSN: eight random digits in range, the ninth computed so the 11-proof holds."""
        low, high = BSN_RANGE
        while True:
            stem = str(self.ctx.rng.randrange(low, high + 1))[:8]
            total = sum(int(d) * w for d, w in zip(stem, (9, 8, 7, 6, 5, 4, 3, 2), strict=True)) % 11
            candidate = f"{stem}{total}"
            if total < 10 and candidate not in self.bsns:
                assert elfproef(candidate)
                self.bsns.add(candidate)
                return candidate

    def address(self) -> Address:
        rng = self.ctx.rng
        street = self.ctx.pick(self.pools.streets)
        number = self.next_number.get(street, rng.randint(1, 9))
        self.next_number[street] = number + rng.randint(1, 4)
        base = self.postcode_base.setdefault(street, rng.randint(1000, 9999))
        block = number // 24  # one postcode per stretch of a street, as in the Netherlands
        letters = chr(65 + (base + block) % 26) + chr(65 + (base // 26 + block * 7) % 26)
        self.addresses += 1
        return Address(
            street=street,
            huisnummer=number,
            huisletter="A" if self.ctx.chance(0.08) else "",
            toevoeging="2" if self.ctx.chance(0.05) else "",
            postcode=f"{base}{letters}",
            bag_number=self.addresses,
            since=self.ctx.days_ago(60, 15 * 365),
            investigated=self.ctx.days_ago(10, 200) if self.ctx.chance(0.01) else None,
        )

    def person(
        self, address: Address, sex: str, age: tuple[int, int], surname: tuple[str, str] | None = None
    ) -> Person:
        ctx = self.ctx
        born = ctx.today - timedelta(days=ctx.rng.randint(age[0] * 365 + 1, age[1] * 365 + 360))
        pool = self.pools.female if sex == "V" else self.pools.male
        count = ctx.weighted(((1, 5), (2, 4), (3, 1)))
        voorvoegsel, geslachtsnaam = surname or ctx.pick(self.pools.surnames)
        adult = ctx.today.year - born.year >= 18
        return Person(
            bsn=self.bsn(),
            voornamen=" ".join(dict.fromkeys(ctx.pick(pool) for _ in range(count))),
            voorvoegsel=voorvoegsel,
            geslachtsnaam=geslachtsnaam,
            geslacht=sex,
            born=born,
            birthplace=ctx.weighted(_BIRTHPLACES),
            address=address,
            secret=adult and ctx.chance(0.01),
            curatele=adult and ctx.chance(0.005),
        )

    def sex(self) -> str:
        return self.ctx.weighted((("V", 50), ("M", 49), ("O", 1)))

    def couple(self, address: Address, age: tuple[int, int]) -> list[Person]:
        first = self.person(address, "M", age)
        low = max(age[0], first.age(self.ctx.today) - 6)
        second = self.person(address, "V", (low, low + 9))
        if self.ctx.chance(0.85):  # the rest live together unmarried: no BRP partner relation
            earliest = max(first.born, second.born) + timedelta(days=365 * 19)
            span = max(1, min((self.ctx.today - earliest).days - 30, 365 * 15))
            union = (
                self.ctx.weighted((("H", 8), ("P", 2))),
                earliest + timedelta(days=self.ctx.rng.randrange(span)),
            )
            first.partner, second.partner = second, first
            first.union = second.union = union
            second.naamgebruik = "V" if self.ctx.chance(0.3) else "E"
        return [first, second]

    def children(
        self, address: Address, parents: list[Person], count: int, ages: tuple[int, int]
    ) -> list[Person]:
        """Children of `parents` (the first one's surname), born when the younger parent was 20 or older."""
        youngest_parent = min(p.age(self.ctx.today) for p in parents)
        surname = (parents[0].voorvoegsel, parents[0].geslachtsnaam)
        oldest = max(ages[0], min(ages[1], youngest_parent - 20))
        kids = []
        for _ in range(count):
            kid = self.person(address, self.sex(), (ages[0], oldest), surname)
            kid.parents = list(parents)
            for parent in parents:
                parent.children.append(kid)
            kids.append(kid)
        return kids

    def single(self, address: Address) -> list[Person]:
        return [self.person(address, self.sex(), (23, 66))]

    def couple_only(self, address: Address) -> list[Person]:
        return self.couple(address, (25, 64))

    def family(self, address: Address) -> list[Person]:
        parents = self.couple(address, (28, 52))
        kids = self.children(address, parents, self.ctx.weighted(((1, 4), (2, 5), (3, 2))), (0, 17))
        if self.ctx.chance(0.2):  # an adult child still living at home
            kids += self.children(address, parents, 1, (18, 24))
        return parents + kids

    def single_parent(self, address: Address) -> list[Person]:
        parent = self.person(address, "V" if self.ctx.chance(0.8) else "M", (25, 50))
        return [
            parent,
            *self.children(address, [parent], self.ctx.weighted(((1, 5), (2, 4), (3, 1))), (0, 17)),
        ]

    def elderly(self, address: Address) -> list[Person]:
        person = self.person(address, self.ctx.weighted((("V", 6), ("M", 4))), (AOW_AGE, 95))
        if self.ctx.chance(0.04):
            person.deceased = self.ctx.days_ago(3, 120)
        return [person]

    def elderly_couple(self, address: Address) -> list[Person]:
        return self.couple(address, (AOW_AGE, 88))

    def co_residents(self, address: Address) -> list[Person]:
        """Kostendelers: adults sharing a home without being partners or family."""
        return [self.person(address, self.sex(), (25, 62)) for _ in range(self.ctx.rng.randint(2, 3))]

    def students(self, address: Address) -> list[Person]:
        return [self.person(address, self.sex(), (18, 24)) for _ in range(self.ctx.rng.randint(1, 4))]


KINDS: tuple[tuple[str, Callable[[_Builder, Address], list[Person]], float], ...] = (
    ("alleenstaand", _Builder.single, 22),
    ("paar", _Builder.couple_only, 16),
    ("gezin", _Builder.family, 20),
    ("eenoudergezin", _Builder.single_parent, 8),
    ("oudere", _Builder.elderly, 14),
    ("ouderpaar", _Builder.elderly_couple, 9),
    ("kostendelers", _Builder.co_residents, 6),
    ("studenten", _Builder.students, 5),
)


def build_households(ctx: Context, pools: NamePools, persons: int) -> list[Household]:
    """Households until exactly `persons` people live in Voorbeeldstad (the last ones may be singles)."""
    builder = _Builder(ctx, pools)
    households: list[Household] = []
    total = 0
    kinds = [(kind, weight) for kind, _, weight in KINDS]
    makers = {kind: make for kind, make, _ in KINDS}
    while total < persons:
        kind = ctx.weighted(kinds)
        address = builder.address()
        members = makers[kind](builder, address)
        if total + len(members) > persons:
            builder.bsns.difference_update(p.bsn for p in members)
            kind, members = "alleenstaand", builder.single(address)
        # Adults without parents in the household moved in after turning 18.
        settled = max(p.born for p in members if not p.parents) + timedelta(days=365 * 18 + 5)
        address.since = min(max(address.since, settled), ctx.today - timedelta(days=30))
        households.append(Household(kind, address, members))
        total += len(members)
    _ensure_rare_cases(ctx, households)
    return households


def _ensure_rare_cases(ctx: Context, households: list[Household]) -> None:
    """Guarantee at least one of each rare BRP situation, so even a tiny demo town shows them all."""
    adults = [p for h in households for p in h.adults(ctx.today)]
    if adults and not any(p.secret for p in adults):
        ctx.pick(adults).secret = True
    if adults and not any(p.curatele for p in adults):
        ctx.pick(adults).curatele = True
    if households and not any(h.address.investigated for h in households):
        ctx.pick(households).address.investigated = ctx.days_ago(10, 200)
    elderly = [h.members[0] for h in households if h.kind == "oudere"]
    if elderly and not any(p.deceased for p in elderly):
        ctx.pick(elderly).deceased = ctx.days_ago(3, 120)


# --- BRP rendering ---------------------------------------------------------------------------------------


def datum(day: date) -> Doc:
    return {
        "type": "Datum",
        "datum": day.isoformat(),
        "langFormaat": f"{day.day} {_MONTHS[day.month - 1]} {day.year}",
    }


def _waarde(table: dict[str, str], code: str) -> Doc:
    return {"code": code, "omschrijving": table[code]}


def _naam_gerelateerde(person: Person) -> Doc:
    naam: Doc = {"voornamen": person.voornamen}
    if person.voorvoegsel:
        naam["voorvoegsel"] = person.voorvoegsel
    naam["geslachtsnaam"] = person.geslachtsnaam
    naam["voorletters"] = initials(person.voornamen, dotted=True)
    return naam


def _geboorte(person: Person) -> Doc:
    return {"datum": datum(person.born), "plaats": person.birthplace, "land": NEDERLAND}


def _naam(person: Person) -> Doc:
    naam = _naam_gerelateerde(person)
    naam["volledigeNaam"] = person.volledige_naam
    naam["aanduidingNaamgebruik"] = _waarde(_NAAMGEBRUIK, person.naamgebruik)
    return naam


def _surname(person: Person, *, capital: bool) -> str:
    prefix = person.voorvoegsel[:1].upper() + person.voorvoegsel[1:] if capital else person.voorvoegsel
    return " ".join(part for part in (prefix, person.geslachtsnaam) if part)


def _aanschrijfnaam(person: Person, *, capital: bool) -> str:
    """Surname as used in letters: with naamgebruik V the partner's name comes first (Jansen-de Vries)."""
    if person.naamgebruik == "V" and person.partner is not None:
        return f"{_surname(person.partner, capital=capital)}-{_surname(person, capital=False)}"
    return _surname(person, capital=capital)


def _adressering(person: Person) -> Doc:
    address = person.address
    letters = initials(person.voornamen, dotted=True)
    title = {"V": "mevrouw", "M": "de heer"}.get(person.geslacht)
    in_text = (
        f"{title} {_aanschrijfnaam(person, capital=True)}"
        if title
        else f"{letters} {_aanschrijfnaam(person, capital=False)}"
    )
    aanhef = f"Geachte {in_text.removeprefix('de ')}" if title else f"Geachte {in_text}"
    adressering: Doc = {
        "adresregel1": _adresregel1(address),
        "adresregel2": f"{address.postcode[:4]} {address.postcode[4:]}  {MUNICIPALITY_NAME.upper()}",
        "land": NEDERLAND,
        "aanhef": aanhef,
        "aanschrijfwijze": {"naam": f"{letters} {_aanschrijfnaam(person, capital=False)}"},
        "gebruikInLopendeTekst": in_text,
    }
    if address.investigated:
        adressering["inOnderzoek"] = {
            "adresregel1": True,
            "adresregel2": True,
            "datumIngangOnderzoekVerblijfplaats": datum(address.investigated),
        }
    return adressering


def _adresregel1(address: Address) -> str:
    number = f"{address.huisnummer}{address.huisletter}"
    if address.toevoeging:
        number += f"-{address.toevoeging}"
    return f"{address.street} {number}"


def _verblijfplaats(person: Person) -> Doc:
    address = person.address
    verblijfadres: Doc = {
        "officieleStraatnaam": address.street,
        "korteStraatnaam": address.street[:24],
        "huisnummer": address.huisnummer,
    }
    if address.huisletter:
        verblijfadres["huisletter"] = address.huisletter
    if address.toevoeging:
        verblijfadres["huisnummertoevoeging"] = address.toevoeging
    verblijfadres["postcode"] = address.postcode
    verblijfadres["woonplaats"] = MUNICIPALITY_NAME
    place: Doc = {
        "type": "Adres",
        "verblijfadres": verblijfadres,
        "datumVan": datum(max(address.since, person.born)),
        "adresseerbaarObjectIdentificatie": f"{GEMEENTECODE}01{address.bag_number:010d}",
        "nummeraanduidingIdentificatie": f"{GEMEENTECODE}20{address.bag_number:010d}",
        "functieAdres": {"code": "W", "omschrijving": "woonadres"},
    }
    if address.investigated:
        place["inOnderzoek"] = {
            "type": True,
            "datumVan": True,
            "datumIngangOnderzoek": datum(address.investigated),
        }
    return place


def _partner(person: Person) -> list[Doc]:
    if person.partner is None or person.union is None:
        return []
    code, day = person.union
    partner = person.partner
    return [
        {
            "burgerservicenummer": partner.bsn,
            "geslacht": _waarde(_GESLACHT, partner.geslacht),
            "soortVerbintenis": _waarde(_VERBINTENIS, code),
            "naam": _naam_gerelateerde(partner),
            "geboorte": _geboorte(partner),
            "aangaanHuwelijkPartnerschap": {"datum": datum(day), "plaats": VOORBEELDSTAD, "land": NEDERLAND},
        }
    ]


def persoon_doc(person: Person) -> Doc:
    """The full `Persoon` as BRP Personen 2.7 returns it; `leeftijd` is left to the server (request time)."""
    doc: Doc = {"burgerservicenummer": person.bsn}
    if person.secret:
        doc["geheimhoudingPersoonsgegevens"] = True
    doc |= {
        "geslacht": _waarde(_GESLACHT, person.geslacht),
        "naam": _naam(person),
        "nationaliteiten": [
            {"type": "Nationaliteit", "nationaliteit": {"code": "0001", "omschrijving": "Nederlandse"}}
        ],
        "geboorte": _geboorte(person),
    }
    if person.deceased:
        doc["overlijden"] = {"datum": datum(person.deceased), "plaats": VOORBEELDSTAD, "land": NEDERLAND}
    doc |= {
        "verblijfplaats": _verblijfplaats(person),
        "gemeenteVanInschrijving": VOORBEELDSTAD,
        "datumInschrijvingInGemeente": datum(max(person.address.since, person.born)),
        "adressering": _adressering(person),
    }
    if person.curatele:
        doc["indicatieCurateleRegister"] = True
    doc["kinderen"] = [
        {"burgerservicenummer": kid.bsn, "naam": _naam_gerelateerde(kid), "geboorte": _geboorte(kid)}
        for kid in person.children
    ]
    doc["ouders"] = [
        {
            "burgerservicenummer": parent.bsn,
            "geslacht": _waarde(_GESLACHT, parent.geslacht),
            "ouderAanduiding": str(index),
            "naam": _naam_gerelateerde(parent),
            "geboorte": _geboorte(parent),
            "datumIngangFamilierechtelijkeBetrekking": datum(person.born),
        }
        for index, parent in enumerate(person.parents, start=1)
    ]
    doc["partners"] = _partner(person)
    return doc


def write_persons(ctx: Context, households: list[Household]) -> None:
    for household in households:
        for person in household.members:
            ctx.put("brp/personen", person.bsn, persoon_doc(person))
