"""The local cache as one object: opened (and migrated) by `open_store`, closed by `Store.close`.

Every method blocks (SQLite, SQLCipher); services call them in an executor, never on the event loop.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import fields
from datetime import datetime
from pathlib import Path
from types import TracebackType

import platformdirs
from sqlalchemy import Connection, Engine, Integer, RowMapping, column, select
from sqlalchemy import text as sql_text

from caseworker.domain.bsn import mask_bsn
from caseworker.domain.person import Address, Indications, Person
from caseworker.store import retention, search
from caseworker.store.engine import make_engine
from caseworker.store.migrate import upgrade
from caseworker.store.models import PersonRow
from caseworker.store.retention import RETENTION_DAYS, ScopeKind
from caseworker.store.search import CANDIDATES, PersonHit
from caseworker.store.writes import Writer

log = logging.getLogger(__name__)

APP_NAME = "keukentafel"
CACHE_FILE = "cache.db"
_PROFILE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")


def profile_dir(profile: str, *, base: Path | None = None) -> Path:
    """The folder of one profile's local data (`~/.local/share/keukentafel/<profile>` on Linux).

    `base` replaces the platform data folder (tests pass their own temporary folder).
    """
    if not _PROFILE_NAME.fullmatch(profile) or profile in {".", ".."}:
        raise ValueError(f"not a usable profile name: {profile!r}")
    root = base if base is not None else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return root / profile


def cache_path(folder: Path) -> Path:
    return folder / CACHE_FILE


def open_store(path: Path, key: bytes) -> Store:
    """Open the encrypted cache at `path` (created if absent): check the key, refuse a newer schema,
    copy the file and upgrade an older one. StoreError says in Dutch what is wrong; nothing changes then.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = make_engine(path, key, writer=True)
    try:
        upgrade(writer, path)
    except BaseException:
        writer.dispose()
        raise
    return Store(path, writer, make_engine(path, key, writer=False))


class Store:
    def __init__(self, path: Path, writer: Engine, reader: Engine) -> None:
        self.path = path
        self._writer = writer
        self._reader = reader

    def close(self) -> None:
        self._reader.dispose()
        self._writer.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @contextmanager
    def write(self) -> Iterator[Writer]:
        """One transaction on the single writer connection: all of a batch is saved, or none of it."""
        with self._writer.begin() as conn:
            yield Writer(conn)

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A connection from the read pool, for the queries of `caseworker.store.reads`."""
        with self._reader.connect() as conn:
            yield conn

    def person(self, bsn: str) -> Person | None:
        with self._reader.connect() as conn:
            row = conn.execute(select(PersonRow.__table__).where(PersonRow.bsn == bsn)).mappings().first()
        return _person(row) if row else None

    def search_persons(self, text: str, limit: int = CANDIDATES) -> list[PersonHit]:
        """Cached persons matching what the user typed, best first; any text is safe (see `search`)."""
        query = search.parse(text)
        if query.empty:
            return []
        expressions = [e for e in (search.surname_expression(query), search.match_expression(query)) if e]
        found: dict[str, PersonHit] = {}
        with self._reader.connect() as conn:
            for expression in expressions:
                for row in conn.execute(_SEARCH, {"match": expression, "limit": CANDIDATES}):
                    found.setdefault(row.bsn, PersonHit(**row._mapping))
        return search.rank(list(found.values()), query)[:limit]

    def set_scope(self, bsn: str, kind: ScopeKind, *, now: datetime, until: datetime | None = None) -> None:
        with self._writer.begin() as conn:
            retention.set_scope(conn, bsn, kind, now=now, until=until)
        log.debug("scope %s set for %s", kind.value, mask_bsn(bsn))

    def clear_scope(self, bsn: str, kind: ScopeKind) -> None:
        with self._writer.begin() as conn:
            retention.clear_scope(conn, bsn, kind)

    def purge_expired(self, now: datetime, retention_days: int = RETENTION_DAYS) -> int:
        with self._writer.begin() as conn:
            return retention.purge_expired(conn, now, retention_days)


# Unranked on purpose (no ORDER BY rank): the prefix index answers in well under a millisecond.
_CANDIDATES = (
    sql_text("SELECT rowid FROM person_fts WHERE person_fts MATCH :match LIMIT :limit")
    .columns(column("rowid", Integer))
    .subquery("f")
)
_SEARCH = select(*(getattr(PersonRow, f.name) for f in fields(PersonHit))).join_from(
    PersonRow, _CANDIDATES, PersonRow.id == _CANDIDATES.c.rowid
)


def _person(row: RowMapping) -> Person:
    address = Address(
        straat=row["straat"],
        huisnummer=row["huisnummer"],
        huisletter=row["huisletter"],
        toevoeging=row["toevoeging"],
        postcode=row["postcode"],
        woonplaats=row["woonplaats"],
        adresseerbaar_object_id=row["adresseerbaar_object_id"],
    )
    indications = Indications(
        geheimhouding=row["geheimhouding"],
        in_onderzoek=row["in_onderzoek"],
        overleden=row["overleden"],
        overlijdensdatum=row["overlijdensdatum"],
        curatele=row["curatele"],
    )
    return Person(
        bsn=row["bsn"],
        voornamen=row["voornamen"],
        voorvoegsel=row["voorvoegsel"],
        geslachtsnaam=row["geslachtsnaam"],
        geboortedatum=row["geboortedatum"],
        geslacht=row["geslacht"],
        address=address if any(getattr(address, f.name) for f in fields(Address)) else None,
        indications=indications,
    )
