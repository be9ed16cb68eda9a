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
from dataclasses import dataclass
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


def _ref(field: str) -> KeyExtractor:
    """Extractor for the uuid(s) behind a reference: a URL, a `{"uuid", "url"}` object, or a list."""

    def extract(doc: Doc) -> Iterable[str]:
        value = doc.get(field)
        items = value if isinstance(value, list) else [value]
        for item in items:
            ref = item.get("uuid") if isinstance(item, dict) else item
            if isinstance(ref, str) and ref:
                yield ref.rstrip("/").rsplit("/", 1)[-1]

    return extract


def _each(list_field: str, *path: str) -> KeyExtractor:
    """Extractor for one field of every item of an embedded list (partij -> partijIdentificatoren)."""
    inner = _one(*path)

    def extract(doc: Doc) -> Iterable[str]:
        for item in doc.get(list_field) or ():
            yield from inner(item)

    return extract


def _sortable_datetime(*path: str) -> KeyExtractor:
    """ISO datetimes padded to microseconds, so that text order is time order (else "…00Z" > "…00.5Z")."""
    inner = _one(*path)

    def extract(doc: Doc) -> Iterable[str]:
        for value in inner(doc):
            stamp = value.rstrip("Z")
            yield stamp if "." in stamp else f"{stamp}.000000"

    return extract


def _leaves(*path: str) -> KeyExtractor:
    """`a__b=value` for every scalar leaf below `path` (Objects API `data_attr` filters on any nested key)."""
    inner_path = path

    def walk(prefix: str, value: Any) -> Iterator[str]:
        if isinstance(value, dict):
            for key, sub in value.items():
                yield from walk(f"{prefix}__{key}" if prefix else key, sub)
        elif value is not None and not isinstance(value, list):
            text = value if isinstance(value, str) else json.dumps(value)
            yield f"{prefix}={text}"

    def extract(doc: Doc) -> Iterable[str]:
        value: Any = doc
        for part in inner_path:
            value = value.get(part) if isinstance(value, dict) else None
        return walk("", value)

    return extract


def _lower(*path: str) -> KeyExtractor:
    inner = _one(*path)
    return lambda doc: [value.lower() for value in inner(doc)]


def _postcode_huisnummer(doc: Doc) -> Iterable[str]:
    adres = (doc.get("verblijfplaats") or {}).get("verblijfadres") or {}
    return (f"{str(adres.get('postcode', '')).replace(' ', '').upper()}|{adres.get('huisnummer', '')}",)


# collection -> key -> extractor. The HTTP layer maps query parameters onto these keys; a key is named after
# the query parameter it serves. `*__uuid` keys hold the uuid of a referenced resource and serve both as
# filters and as the links that filters across collections follow (e.g. zaken by the BSN of their rollen).
INDEXES: dict[str, dict[str, KeyExtractor]] = {
    "brp/personen": {
        "bsn": _one("burgerservicenummer"),
        "geslachtsnaam": _lower("naam", "geslachtsnaam"),
        "geboortedatum": _one("geboorte", "datum", "datum"),
        "postcode_huisnummer": _postcode_huisnummer,
        "adresseerbaarObjectIdentificatie": _one("verblijfplaats", "adresseerbaarObjectIdentificatie"),
    },
    "catalogi/catalogussen": {"domein": _one("domein"), "rsin": _one("rsin")},
    "catalogi/zaaktypen": {
        "catalogus": _one("catalogus"),
        "identificatie": _one("identificatie"),
        "concept": _one("concept"),
    },
    **{
        f"catalogi/{name}": {
            "zaaktype": _one("zaaktype"),
            "zaaktypeIdentificatie": _one("zaaktypeIdentificatie"),
            "omschrijvingGeneriek": _one("omschrijvingGeneriek"),
        }
        for name in ("statustypen", "roltypen", "resultaattypen")
    },
    "catalogi/informatieobjecttypen": {"catalogus": _one("catalogus")},
    "catalogi/besluittypen": {"catalogus": _one("catalogus")},
    "zaken/zaken": {
        "identificatie": _one("identificatie"),
        "bronorganisatie": _one("bronorganisatie"),
        "zaaktype": _one("zaaktype"),
        "startdatum": _one("startdatum"),
        "archiefstatus": _one("archiefstatus"),
    },
    "zaken/statussen": {"zaak": _one("zaak"), "zaak__uuid": _ref("zaak"), "statustype": _one("statustype")},
    "zaken/rollen": {
        "zaak": _one("zaak"),
        "zaak__uuid": _ref("zaak"),
        "roltype": _one("roltype"),
        "betrokkeneType": _one("betrokkeneType"),
        "omschrijvingGeneriek": _one("omschrijvingGeneriek"),
        "betrokkeneIdentificatie__natuurlijkPersoon__inpBsn": lambda d: (
            _one("betrokkeneIdentificatie", "inpBsn")(d)
            if d.get("betrokkeneType") == "natuurlijk_persoon"
            else ()
        ),
        "betrokkeneIdentificatie__medewerker__identificatie": lambda d: (
            _one("betrokkeneIdentificatie", "identificatie")(d)
            if d.get("betrokkeneType") == "medewerker"
            else ()
        ),
    },
    "zaken/resultaten": {"zaak": _one("zaak"), "resultaattype": _one("resultaattype")},
    "zaken/zaakinformatieobjecten": {"zaak": _one("zaak"), "informatieobject": _one("informatieobject")},
    "zaken/zaakobjecten": {"zaak": _one("zaak"), "object": _one("object"), "objectType": _one("objectType")},
    "zaken/audittrail": {"hoofdObject__uuid": _ref("hoofdObject")},
    "besluiten/besluiten": {
        "zaak": _one("zaak"),
        "besluittype": _one("besluittype"),
        "identificatie": _one("identificatie"),
        "verantwoordelijkeOrganisatie": _one("verantwoordelijkeOrganisatie"),
    },
    "besluiten/besluitinformatieobjecten": {
        "besluit": _one("besluit"),
        "informatieobject": _one("informatieobject"),
    },
    "documenten/enkelvoudiginformatieobjecten": {
        "identificatie": _one("identificatie"),
        "bronorganisatie": _one("bronorganisatie"),
        "informatieobjecttype": _one("informatieobjecttype"),
    },
    "klantinteracties/partijen": {
        "soortPartij": _one("soortPartij"),
        "indicatieActief": _one("indicatieActief"),
        "betrokkenen__uuid": _ref("betrokkenen"),
        **{
            f"partijIdentificator__{field}": _each("partijIdentificatoren", "partijIdentificator", field)
            for field in ("objectId", "codeSoortObjectId", "codeObjecttype", "codeRegister")
        },
    },
    "klantinteracties/partij-identificatoren": {
        "identificeerdePartij__uuid": _ref("identificeerdePartij"),
        "partijIdentificatorObjectId": _one("partijIdentificator", "objectId"),
        "partijIdentificatorCodeSoortObjectId": _one("partijIdentificator", "codeSoortObjectId"),
    },
    "klantinteracties/digitaleadressen": {
        "verstrektDoorPartij__uuid": _ref("verstrektDoorPartij"),
        "soortDigitaalAdres": _one("soortDigitaalAdres"),
    },
    "klantinteracties/klantcontacten": {
        "kanaal": _one("kanaal"),
        "nummer": _one("nummer"),
        "referentienummer": _one("referentienummer"),
        "plaatsgevondenOp": _sortable_datetime("plaatsgevondenOp"),
    },
    "klantinteracties/betrokkenen": {
        "wasPartij__uuid": _ref("wasPartij"),
        "hadKlantcontact__uuid": _ref("hadKlantcontact"),
    },
    "klantinteracties/onderwerpobjecten": {
        "klantcontact__uuid": _ref("klantcontact"),
        "onderwerpobjectidentificatorObjectId": _one("onderwerpobjectidentificator", "objectId"),
    },
    "klantinteracties/actoren": {
        "actoridentificatorObjectId": _one("actoridentificator", "objectId"),
        "soortActor": _one("soortActor"),
        "naam": _one("naam"),
    },
    "klantinteracties/actorklantcontacten": {
        "actor__uuid": _ref("actor"),
        "klantcontact__uuid": _ref("klantcontact"),
    },
    "klantinteracties/internetaken": {
        "nummer": _one("nummer"),
        "toegewezenAanActor__uuid": _ref("toegewezenAanActoren"),
        "aanleidinggevendKlantcontact__uuid": _ref("aanleidinggevendKlantcontact"),
        "status": _one("status"),
    },
    "objects/objects": {"type": _one("type"), "data_attr": _leaves("record", "data")},
}


@dataclass(frozen=True)
class Match:
    """A filter on an index key: `value op argument`; op is one of = < <= > >= like in."""

    key: str
    argument: str | tuple[str, ...]
    op: str = "="


@dataclass(frozen=True)
class Via:
    """A filter across collections: documents whose uuid is the `link` key of some `collection` document
    matching all `conditions` (zaken whose rollen carry a BSN: Via("zaken/rollen", "zaak__uuid", ...))."""

    collection: str
    link: str
    conditions: tuple[Condition, ...]


Condition = Match | Via
_OPS = {"=", "<", "<=", ">", ">=", "like", "in"}


def _uuids_sql(collection: str, condition: Condition) -> tuple[str, list[Any]]:
    """SQL selecting the uuids of `collection` documents that satisfy `condition`."""
    if isinstance(condition, Via):
        inner = [_uuids_sql(condition.collection, sub) for sub in condition.conditions]
        sql = " INTERSECT ".join(part for part, _ in inner)
        params: list[Any] = [condition.collection, condition.link]
        for _, sub_params in inner:
            params += sub_params
        return f"SELECT value FROM resource_key WHERE collection = ? AND key = ? AND uuid IN ({sql})", params  # noqa: S608 - built from constants
    if condition.op not in _OPS:
        raise ValueError(condition.op)
    if condition.op == "in":
        marks = ", ".join("?" for _ in condition.argument)
        test, args = f"value IN ({marks})", list(condition.argument)
    elif condition.op == "like":
        test, args = "value LIKE ? ESCAPE '\\'", [str(condition.argument)]
    else:
        test, args = f"value {condition.op} ?", [str(condition.argument)]
    return f"SELECT uuid FROM resource_key WHERE collection = ? AND key = ? AND {test}", [  # noqa: S608
        collection,
        condition.key,
        *args,
    ]


class SandboxStore:
    """Thread-safe access to the sandbox database (one connection, serialised by a lock)."""

    def __init__(self, path: Path | str) -> None:
        self.path = str(path)
        self._lock = threading.RLock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        # A large page cache keeps bulk generation (100 000 persons: ~1M documents) from thrashing.
        self._db.execute("PRAGMA cache_size=-262144")
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
        conditions: tuple[Condition, ...] = (),
        order_by: str | None = None,
    ) -> tuple[int, list[Doc]]:
        """Documents of `collection` matching every `key = value` filter and every condition:
        (total count, one page), in creation order or by the value of the index key `order_by`."""
        where = ["r.collection = ?"]
        params: list[Any] = [collection]
        for condition in (*(Match(key, value) for key, value in filters.items()), *conditions):
            sql, sql_params = _uuids_sql(collection, condition)
            where.append(f"r.uuid IN ({sql})")
            params += sql_params
        clause = " AND ".join(where)
        direction = "DESC" if newest_first else "ASC"
        order = f"r.seq {direction}"
        order_params: list[Any] = []
        if order_by is not None:
            order = (
                "(SELECT min(k.value) FROM resource_key k WHERE k.collection = r.collection "  # noqa: S608
                f"AND k.uuid = r.uuid AND k.key = ?) {direction}, {order}"
            )
            order_params = [order_by]
        with self._lock:
            (count,) = self._db.execute(f"SELECT count(*) FROM resource r WHERE {clause}", params).fetchone()  # noqa: S608 - clause is built from constants
            rows = self._db.execute(
                f"SELECT r.doc FROM resource r WHERE {clause} ORDER BY {order} LIMIT ? OFFSET ?",  # noqa: S608
                [*params, *order_params, limit, offset],
            ).fetchall()
        return count, [json.loads(row[0]) for row in rows]

    def get_etag(self, collection: str, uuid: str) -> str | None:
        with self._lock:
            row = self._db.execute(
                "SELECT etag FROM resource WHERE collection = ? AND uuid = ?", (collection, uuid)
            ).fetchone()
        return None if row is None else row[0]

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
