"""Finding a client (DESIGN §3): the cache first, as the user types; the BRP on request.

`search` asks the cache's FTS5 index (safe for any text; exact BSN first, then surnames that start with a
typed word). `search_brp` is the separate online search and understands the combinations the BRP allows:
a BSN, a surname with a birth date, or a postcode with a house number. What it finds is cached as a recent
client, so it can be opened at once.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import partial

from caseworker.domain.bsn import InvalidBsn, mask_bsn, normalize_bsn
from caseworker.domain.person import Address, Person
from caseworker.errors import KnownError
from caseworker.security.audit import Action, ProcessingLog, search_result
from caseworker.services.session import Session
from caseworker.store import Fetched, PersonHit, ScopeKind, Store, Writer
from caseworker.store.search import fold
from caseworker.sync.refresh import person_document, person_url

DEFAULT_LIMIT = 20
BRP_LIMIT = 10
BRP_ADDRESS_LIMIT = 30  # everyone at an address: a block of flats can hold more than ten

SEARCH_PURPOSE = "cliënt zoeken in de BRP"  # the processing activity (doelbinding) of a BRP search
CACHE_SEARCH_PURPOSE = "cliënt zoeken in de lokale gegevens"  # … of a search of the cache
_LOG = ProcessingLog()

HOW_TO_SEARCH_BRP = (
    "Zoek in de BRP op BSN (9 cijfers), op achternaam met geboortedatum (Jansen 12-03-1985) "
    "of op postcode met huisnummer (1234 AB 12)."
)

# Voorvoegsels as the BRP keeps them apart from the geslachtsnaam ("de Vries": voorvoegsel "de").
VOORVOEGSELS = frozenset(
    {"van", "de", "der", "den", "het", "ten", "ter", "te", "in", "op", "'t", "d'", "la", "le"}
)

_SEPARATORS = re.compile(r"[\s.\-]+")
_ADDRESS = re.compile(
    r"(?P<postcode>[1-9]\d{3})\s*(?P<letters>[a-z]{2})\s*[,\s]\s*(?P<huisnummer>\d{1,5})"
    r"\s*(?P<huisletter>[a-z])?(?:\s*[-/\s]\s*(?P<toevoeging>[a-z0-9]{1,4}))?",
    re.IGNORECASE,
)
_DAY_FIRST = re.compile(r"(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)")
_YEAR_FIRST = re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_NAME = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*'?|'[a-z]", re.IGNORECASE)


@dataclass(frozen=True)
class SearchHit:
    """A person in a result list: shown with a masked BSN; the full BSN stays here, for opening."""

    bsn: str
    naam: str
    geboortedatum: date | None
    adres: str  # "1234 AB 12, Voorbeeldstad"

    @property
    def masked_bsn(self) -> str:
        return mask_bsn(self.bsn)


@dataclass(frozen=True)
class BsnQuery:
    bsn: str


@dataclass(frozen=True)
class NameQuery:
    geslachtsnaam: str
    geboortedatum: date
    voorvoegsel: str = ""


@dataclass(frozen=True)
class AddressQuery:
    postcode: str  # 1234AB
    huisnummer: int
    huisletter: str = ""
    toevoeging: str = ""


BrpQuery = BsnQuery | NameQuery | AddressQuery


def search_cached(store: Store, text: str, limit: int = DEFAULT_LIMIT) -> list[SearchHit]:
    """Blocks (SQLite): the UI calls `search`."""
    return [_hit(found) for found in store.search_persons(text, limit)]


async def search(
    store: Store,
    text: str,
    limit: int = DEFAULT_LIMIT,
    *,
    user: str,
    now: datetime | None = None,
) -> list[SearchHit]:
    """Cached clients matching what the user typed, best first; written to the processing log (DESIGN §7)
    as one `zoeken` entry with the number of hits, never the terms. Runs off the event loop.

    Search-as-you-type calls this only for the settled (debounced, ≈120 ms) query, never per keystroke
    (`ui.search` does so with its timer): every call is one search in the log. `user` is the session's
    user (`Session.user_id`); a blank `text` is no search and is not logged.
    """
    return await asyncio.to_thread(_search_logged, store, text, limit, user, now)


def _search_logged(store: Store, text: str, limit: int, user: str, now: datetime | None) -> list[SearchHit]:
    hits = search_cached(store, text, limit)
    if text.strip():
        _LOG.append(
            store,
            user=user,
            action=Action.ZOEKEN,
            subject_bsn=None,
            purpose=CACHE_SEARCH_PURPOSE,
            result=search_result("cache", len(hits)),
            now=now or datetime.now(UTC),
        )
    return hits


def parse_brp_query(text: str) -> BrpQuery:
    """What the user typed as one of the BRP's searches, or a KnownError saying which ones work."""
    compact = _SEPARATORS.sub("", text)
    is_date = _DAY_FIRST.search(text) or _YEAR_FIRST.search(text)
    if compact.isdigit() and compact.isascii() and not is_date:
        try:
            return BsnQuery(normalize_bsn(compact))
        except InvalidBsn as exc:
            raise KnownError(str(exc)) from None
    if match := _ADDRESS.fullmatch(text.strip()):
        return AddressQuery(
            postcode=(match["postcode"] + match["letters"]).upper(),
            huisnummer=int(match["huisnummer"]),
            huisletter=(match["huisletter"] or "").upper(),
            toevoeging=(match["toevoeging"] or "").upper(),
        )
    return _name_query(text)


def _name_query(text: str) -> NameQuery:
    match = _DAY_FIRST.search(text) or _YEAR_FIRST.search(text)
    if match is None:
        raise KnownError(HOW_TO_SEARCH_BRP)
    numbers = [int(part) for part in match.groups()]
    day, month, year = numbers if match.re is _DAY_FIRST else reversed(numbers)
    try:
        born = date(year, month, day)
    except ValueError:
        raise KnownError(f"De geboortedatum {match.group(0)} bestaat niet. {HOW_TO_SEARCH_BRP}") from None
    rest = (text[: match.start()] + " " + text[match.end() :]).strip()
    words = rest.split()
    if not words or not all(_NAME.fullmatch(word) for word in words):
        raise KnownError(HOW_TO_SEARCH_BRP)
    prefix: list[str] = []
    while len(words) > 1 and fold(words[0]) in VOORVOEGSELS:
        prefix.append(words.pop(0).lower())
    return NameQuery(geslachtsnaam=" ".join(words), geboortedatum=born, voorvoegsel=" ".join(prefix))


async def search_brp(session: Session, text: str) -> list[SearchHit]:
    """Search the BRP (online); the persons found are cached as recent clients and logged as a search."""
    query = parse_brp_query(text)
    persons = await session.refresher.call("brp", partial(_ask_brp, session, query))
    limit = BRP_ADDRESS_LIMIT if isinstance(query, AddressQuery) else BRP_LIMIT
    persons = persons[:limit]
    remember = partial(_remember, persons, query, session.user_id, session.clock())
    await session.runner.write(remember)
    return [_hit_of_person(p) for p in persons]


async def _ask_brp(session: Session, query: BrpQuery) -> list[Person]:
    brp = session.apis.brp
    match query:
        case BsnQuery(bsn):
            found = await brp.person(bsn)
            return [found] if found else []
        case NameQuery(geslachtsnaam, geboortedatum, voorvoegsel):
            return await brp.search_name_birthdate(geslachtsnaam, geboortedatum, voorvoegsel=voorvoegsel)
        case AddressQuery(postcode, huisnummer, huisletter, toevoeging):
            return await brp.search_address(
                postcode, huisnummer, huisletter=huisletter, toevoeging=toevoeging
            )


# How a BRP search appears in the processing log: its kind and its number of results, never the terms.
_SEARCH_KINDS: dict[type, str] = {
    BsnQuery: "BRP op BSN",
    NameQuery: "BRP op naam en geboortedatum",
    AddressQuery: "BRP op adres",
}


def _remember(persons: list[Person], query: BrpQuery, user: str, now: datetime, writer: Writer) -> None:
    for person in persons:
        fetched = Fetched("brp", person_url(person.bsn), None, now, person_document(person))
        writer.save_person(person, fetched)
        writer.set_scope(person.bsn, ScopeKind.RECENT, now=now)
    ProcessingLog().append(
        writer,
        user=user,
        action=Action.ZOEKEN,
        subject_bsn=None,
        purpose=SEARCH_PURPOSE,
        result=search_result(_SEARCH_KINDS[type(query)], len(persons)),
        now=now,
    )


def _hit(found: PersonHit) -> SearchHit:
    adres = _short_address(found.postcode, str(found.huisnummer or ""), found.woonplaats)
    return SearchHit(found.bsn, found.naam, found.geboortedatum, adres)


def _hit_of_person(person: Person) -> SearchHit:
    a = person.address or Address()
    adres = _short_address(a.postcode, f"{a.huisnummer or ''}{a.huisletter}", a.woonplaats)
    return SearchHit(person.bsn, person.naam, person.geboortedatum, adres)


def _short_address(postcode: str, number: str, woonplaats: str) -> str:
    """`1234 AB 12, Voorbeeldstad`: what tells people with the same name apart in a result list."""
    postcode = postcode.replace(" ", "").upper()
    shown = f"{postcode[:4]} {postcode[4:]}" if len(postcode) == 6 else postcode
    first = " ".join(part for part in (shown, number) if part)
    return ", ".join(part for part in (first, woonplaats) if part)
