"""The sandbox's own database: every API resource is one JSON document, stored as it is served.

Documents hold absolute URLs under `BASE`; the HTTP layer rewrites `BASE` to the request's own
`scheme://host` on the way out, as the real servers build URLs from the request host.
Filters use `resource_key` rows (collection, key, value) written beside each document by `put`, with the
keys computed by the extractors in `INDEXES`, so the generator and the HTTP write handlers index alike.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

BASE = "http://sandbox.invalid"

Doc = dict[str, Any]
KeyExtractor = Callable[[Doc], Iterable[str]]

SCHEMA = """
CREATE TABLE IF NOT EXISTS resource (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,  -- creation order: default list order is newest first
    collection TEXT NOT NULL,               -- '<api>/<resource>', e.g. 'zaken/zaken', 'brp/personen'
    uuid TEXT NOT NULL,                     -- the resource's uuid (the BSN for BRP persons)
    doc TEXT NOT NULL,                      -- the JSON document as served, URLs under BASE
    etag TEXT,                              -- 32 lowercase hex where the API gives ETags
    UNIQUE (collection, uuid)
);
CREATE TABLE IF NOT EXISTS resource_key (
    collection TEXT NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    uuid TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS resource_key_lookup ON resource_key (collection, key, value);
CREATE INDEX IF NOT EXISTS resource_key_owner ON resource_key (collection, uuid);
CREATE TABLE IF NOT EXISTS blob (uuid TEXT PRIMARY KEY, content BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS counter (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


def _one(*path: str) -> KeyExtractor:
    """Extractor for one (possibly nested) field; empty and null values are not indexed."""

    def extract(doc: Doc) -> Iterable[str]:
        value: Any = doc
        for part in path:
            if not isinstance(value, dict):
                return ()
            value = value.get(part)
        if value in (None, ""):
            return ()
        return (str(value),)

    return extract


# collection -> key -> extractor. The HTTP layer maps query parameters onto these keys.
INDEXES: dict[str, dict[str, KeyExtractor]] = {
    "brp/personen": {
        "bsn": _one("burgerservicenummer"),
        "geslachtsnaam": lambda d: (d.get("naam", {}).get("geslachtsnaam", "").lower(),),
        "geboortedatum": _one("geboorte", "datum", "datum"),
        "postcode_huisnummer": lambda d: (
            f"{d.get('verblijfplaats', {}).get('verblijfadres', {}).get('postcode', '')}"
            f"|{d.get('verblijfplaats', {}).get('verblijfadres', {}).get('huisnummer', '')}",
        ),
        "adresseerbaarObjectIdentificatie": _one("adressering", "adresseerbaarObjectIdentificatie"),
    },
}


class SandboxStore:
    """Thread-safe access to the sandbox database (one connection, serialised by a lock)."""

    def __init__(self, path: Path | str) -> None:
        self.path = str(path)
        self._lock = threading.RLock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def transaction(self) -> _Transaction:
        return _Transaction(self)

    def put(self, collection: str, uuid: str, doc: Doc, etag: str | None = None) -> None:
        """Insert or replace one document and its index keys (call inside `transaction()` for bulk).

        The ETag defaults to a digest of the document, so it changes with every change; pass one
        explicitly only to imitate a server defect (OBSERVED.md: stale ETag after an own write).
        """
        text = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
        if etag is None:
            etag = hashlib.md5(text.encode(), usedforsecurity=False).hexdigest()
        with self._lock:
            self._db.execute(
                "INSERT INTO resource (collection, uuid, doc, etag) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (collection, uuid) DO UPDATE SET doc = excluded.doc, etag = excluded.etag",
                (collection, uuid, text, etag),
            )
            self._db.execute("DELETE FROM resource_key WHERE collection = ? AND uuid = ?", (collection, uuid))
            rows = [
                (collection, key, value, uuid)
                for key, extract in INDEXES.get(collection, {}).items()
                for value in extract(doc)
            ]
            self._db.executemany(
                "INSERT INTO resource_key (collection, key, value, uuid) VALUES (?, ?, ?, ?)", rows
            )

    def get(self, collection: str, uuid: str) -> tuple[Doc, str | None] | None:
        with self._lock:
            row = self._db.execute(
                "SELECT doc, etag FROM resource WHERE collection = ? AND uuid = ?", (collection, uuid)
            ).fetchone()
        return None if row is None else (json.loads(row[0]), row[1])

    def delete(self, collection: str, uuid: str) -> bool:
        with self._lock:
            cur = self._db.execute(
                "DELETE FROM resource WHERE collection = ? AND uuid = ?", (collection, uuid)
            )
            self._db.execute("DELETE FROM resource_key WHERE collection = ? AND uuid = ?", (collection, uuid))
        return cur.rowcount > 0

    def query(
        self,
        collection: str,
        filters: dict[str, str],
        *,
        newest_first: bool = True,
        limit: int = -1,
        offset: int = 0,
    ) -> tuple[int, list[Doc]]:
        """Documents of `collection` matching every `key = value` filter: (total count, one page)."""
        where = ["r.collection = ?"]
        params: list[Any] = [collection]
        for key, value in filters.items():
            where.append(
                "r.uuid IN (SELECT uuid FROM resource_key WHERE collection = ? AND key = ? AND value = ?)"
            )
            params += [collection, key, value]
        clause = " AND ".join(where)
        order = "DESC" if newest_first else "ASC"
        with self._lock:
            (count,) = self._db.execute(f"SELECT count(*) FROM resource r WHERE {clause}", params).fetchone()  # noqa: S608 - clause is built from constants
            rows = self._db.execute(
                f"SELECT r.doc FROM resource r WHERE {clause} ORDER BY r.seq {order} LIMIT ? OFFSET ?",  # noqa: S608
                [*params, limit, offset],
            ).fetchall()
        return count, [json.loads(row[0]) for row in rows]

    def iter_collection(self, collection: str) -> Iterator[Doc]:
        with self._lock:
            rows = self._db.execute(
                "SELECT doc FROM resource WHERE collection = ? ORDER BY seq", (collection,)
            ).fetchall()
        for (doc,) in rows:
            yield json.loads(doc)

    def put_blob(self, uuid: str, content: bytes) -> None:
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO blob (uuid, content) VALUES (?, ?)", (uuid, content))

    def get_blob(self, uuid: str) -> bytes | None:
        with self._lock:
            row = self._db.execute("SELECT content FROM blob WHERE uuid = ?", (uuid,)).fetchone()
        return None if row is None else bytes(row[0])

    def next_counter(self, name: str) -> int:
        """Monotonic counters for generated identifications (ZAAK-2026-0000000001, DOCUMENT-…)."""
        with self._lock:
            self._db.execute(
                "INSERT INTO counter (name, value) VALUES (?, 1) "
                "ON CONFLICT (name) DO UPDATE SET value = value + 1",
                (name,),
            )
            (value,) = self._db.execute("SELECT value FROM counter WHERE name = ?", (name,)).fetchone()
        return int(value)

    def get_meta(self, key: str) -> str | None:
        with self._lock:
            row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))


class _Transaction:
    """`with store.transaction():` groups writes into one SQLite transaction (bulk generation)."""

    def __init__(self, store: SandboxStore) -> None:
        self._store = store

    def __enter__(self) -> SandboxStore:
        self._store._lock.acquire()
        self._store._db.execute("BEGIN")
        return self._store

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        try:
            self._store._db.execute("ROLLBACK" if exc_type else "COMMIT")
        finally:
            self._store._lock.release()
