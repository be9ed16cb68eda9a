"""Search-as-you-type over the cached persons (FTS5), safe for any text a user can type.

User input never reaches FTS5 as syntax: it is cut into terms here, each term becomes a quoted FTS
string (so AND, NEAR(, `*`, `:` and quotes are just text), and only this module adds operators.
Candidates are fetched unranked (≤ 50 with the prefix index, ~0.2 ms) and ordered in Python, because
`ORDER BY rank` costs 80–600 ms at scale (DESIGN §14).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

CANDIDATES = 50
MAX_TERMS = 8  # more words than this is not a name; the rest is ignored to keep the query bounded
MAX_TERM_LENGTH = 40

_BSN = re.compile(r"(?<!\d)(\d{9})(?!\d)")
_POSTCODE = re.compile(r"(?<![\w])(\d{4})\s?([a-z]{2})(?:\s+(\d{1,5}))?(?![\w])", re.IGNORECASE)
_DATE = re.compile(r"(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)")


@dataclass(frozen=True)
class PersonHit:
    bsn: str
    voornamen: str
    voorvoegsel: str
    geslachtsnaam: str
    geboortedatum: date | None
    postcode: str
    huisnummer: int | None
    woonplaats: str

    @property
    def naam(self) -> str:
        return " ".join(part for part in (self.voornamen, self.voorvoegsel, self.geslachtsnaam) if part)


@dataclass(frozen=True)
class ParsedQuery:
    """What the user typed, in the shapes the index knows; `words` are the remaining name parts."""

    words: tuple[str, ...] = ()
    bsn: str | None = None
    postcode: str | None = None
    huisnummer: str | None = None
    geboortedatum: date | None = None

    @property
    def empty(self) -> bool:
        return not (self.words or self.bsn or self.postcode or self.geboortedatum)


def parse(text: str) -> ParsedQuery:
    """Recognise a 9-digit BSN, a postcode (`1234AB`, `1234 ab`) with an optional huisnummer, and a
    date `dd-mm-jjjj`; whatever is left is split into words as the index tokenizer would split it."""
    bsn = postcode = huisnummer = None
    geboortedatum = None
    if match := _BSN.search(text):
        bsn = match.group(1)
        text = _cut(text, match)
    if match := _POSTCODE.search(text):
        postcode = (match.group(1) + match.group(2)).upper()
        huisnummer = match.group(3)
        text = _cut(text, match)
    if (match := _DATE.search(text)) and (found := _date(*match.groups())):
        geboortedatum = found
        text = _cut(text, match)
    return ParsedQuery(_words(text), bsn, postcode, huisnummer, geboortedatum)


def match_expression(query: ParsedQuery) -> str:
    """The FTS5 MATCH text: every part must match (implicit AND); words are prefix-matched anywhere."""
    parts = [f"{_quote(word)}*" for word in query.words]
    if query.bsn:
        parts.append(f"bsn:{_quote(query.bsn)}")
    if query.postcode:
        parts.append(f"postcode:{_quote(query.postcode)}")
    if query.huisnummer:
        parts.append(f"huisnummer:{_quote(query.huisnummer)}")
    if query.geboortedatum:
        parts.append(f"geboortedatum:{_quote(query.geboortedatum.isoformat())}")
    return " ".join(parts)


def surname_expression(query: ParsedQuery) -> str | None:
    """A narrower query that looks for the first word in the surname only, so that surname matches are
    among the candidates even when thousands of first names match too; None without words."""
    if not query.words:
        return None
    rest = match_expression(
        ParsedQuery(query.words[1:], query.bsn, query.postcode, query.huisnummer, query.geboortedatum)
    )
    return f"geslachtsnaam:{_quote(query.words[0])}* {rest}".strip()


def rank(hits: list[PersonHit], query: ParsedQuery) -> list[PersonHit]:
    """Exact BSN first, then surnames that start with a typed word, then the rest; by name within each."""
    words = [fold(word) for word in query.words]

    def key(hit: PersonHit) -> tuple[int, str, str, str]:
        surname = fold(hit.geslachtsnaam)
        if query.bsn and hit.bsn == query.bsn:
            group = 0
        elif any(surname.startswith(word) for word in words):
            group = 1
        else:
            group = 2
        return (group, surname, fold(hit.voornamen), hit.bsn)

    return sorted(hits, key=key)


def fold(text: str) -> str:
    """Lower case without diacritics, as the index compares (`Özdemir` → `ozdemir`)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _words(text: str) -> tuple[str, ...]:
    """Runs of letters and digits (the unicode61 tokenizer's token characters: L*, N*, Co)."""
    words: list[str] = []
    current: list[str] = []
    for ch in text + " ":
        if unicodedata.category(ch)[0] in "LN" or unicodedata.category(ch) == "Co":
            current.append(ch)
        elif current:
            words.append("".join(current)[:MAX_TERM_LENGTH])
            current = []
    return tuple(words[:MAX_TERMS])


def _quote(term: str) -> str:
    """An FTS5 string: inside double quotes everything is literal text; a quote is written twice."""
    return '"' + term.replace('"', '""') + '"'


def _cut(text: str, match: re.Match[str]) -> str:
    return text[: match.start()] + " " + text[match.end() :]


def _date(day: str, month: str, year: str) -> date | None:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None
