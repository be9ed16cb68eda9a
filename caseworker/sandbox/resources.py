"""The declarative resource table and the generic handlers that serve every collection from it.

A `Collection` says where a resource lives (API, URL segment, store collection), which query parameters filter
it (each onto index keys of `store.INDEXES`), whether lists are paginated, how it orders and expands, whether
it has ETags or needs CRS headers, and which hooks create and update it. The handlers below do the rest the
same way for every API, which is how the servers behave too (all built on vng-api-common / DRF).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from starlette.responses import Response

from caseworker.sandbox.http import (
    UUID_RE,
    ApiError,
    Call,
    check_known,
    invalid,
    json_response,
    new_uuid,
    not_found,
    now_utc,
    page_of,
    paginated,
    parse_date,
)
from caseworker.sandbox.store import BASE, Condition, Doc, Match, Via

Creator = Callable[[Call, dict[str, Any]], Doc]
Updater = Callable[[Call, Doc, dict[str, Any], bool], Doc]
Check = Callable[[Call, dict[str, Any]], None]
Presenter = Callable[[Doc], Doc]


@dataclass(frozen=True)
class Filter:
    """A query parameter and how its value becomes store conditions."""

    param: str
    build: Callable[[Call, str], tuple[Condition, ...]]
    default: str | None = None
    repeatable: bool = (
        False  # every occurrence counts (Objects `data_attr`); otherwise the last one, as Django
    )


def _checked(call: Call, param: str, kind: str, value: str) -> str:
    """The value as indexed, or 400 naming the parameter (OBSERVED: malformed filter values)."""
    if kind == "uuid" and not re.fullmatch(UUID_RE, value):
        raise invalid(call.product, (param, "invalid", "Voer een geldige UUID in."))
    if kind == "url":
        if not re.match(r"https?://", value):
            raise invalid(call.product, (param, "invalid", "Voer een geldige URL in."))
        return call.to_base(value)
    if kind == "date" and parse_date(value) is None:
        raise invalid(call.product, (param, "invalid", "Voer een geldige datum in."))
    if kind == "bool":
        if value.lower() not in ("true", "false", "1", "0"):
            raise invalid(call.product, (param, "invalid", "Must be a valid boolean."))
        return str(value.lower() in ("true", "1"))
    return value


def match(
    param: str,
    key: str | None = None,
    kind: str = "text",
    op: str = "=",
    via: tuple[tuple[str, str], ...] = (),
) -> Filter:
    """`param=value` as `key op value` on this collection, or on a related one reached through `via`
    ((collection, link key) pairs, outermost first)."""

    def build(call: Call, value: str) -> tuple[Condition, ...]:
        condition: Condition = Match(key or param, _checked(call, param, kind, value), op)
        for collection, link in reversed(via):
            condition = Via(collection, link, (condition,))
        return (condition,)

    return Filter(param, build)


def choice(param: str, options: Mapping[str, tuple[Condition, ...]], default: str | None = None) -> Filter:
    def build(call: Call, value: str) -> tuple[Condition, ...]:
        if value not in options:
            raise invalid(call.product, (param, "invalid_choice", f'"{value}" is een ongeldige keuze.'))
        return options[value]

    return Filter(param, build, default)


@dataclass(frozen=True)
class Collection:
    api: Any  # http.Api
    name: str
    store: str
    filters: tuple[Filter, ...] = ()
    paginated: bool = True
    expand: tuple[str, ...] = ()
    ordering: tuple[str, ...] = ()  # index keys a client may order by, ascending or with `-`
    default_order: str | None = None  # index key, descending; None: newest created first
    etag: bool = False
    crs_read: tuple[str, ...] = ()  # CRS headers required on reads (Zaken: Accept-Crs)
    crs_write: tuple[str, ...] = ()  # and on writes (Zaken: both; Objects: Content-Crs)
    create: Creator | None = None
    update: Updater | None = None
    delete: bool = False
    precheck: Check | None = None  # runs before the CRS checks (Open Zaak validates zaaktype first)
    present: Presenter | None = None  # fields computed at serve time
    audit: str | None = None  # resource name in the Zaken audit trail
    location: bool = True
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def path(self) -> str:
        return f"{self.api.base}/{self.name}"

    def url(self, uuid: str) -> str:
        return f"{BASE}{self.path}/{uuid}"


class Registry:
    """All collections by path, to resolve stored URLs (expand, reference checks)."""

    def __init__(self, collections: list[Collection]) -> None:
        self.by_path = {collection.path: collection for collection in collections}
        self.by_store = {collection.store: collection for collection in collections}

    def resolve(self, url: Any) -> tuple[Collection, str] | None:
        if isinstance(url, dict):
            url = url.get("url")
        if not isinstance(url, str) or not url.startswith(BASE):
            return None
        path, _, uuid = url[len(BASE) :].partition("?")[0].rpartition("/")
        collection = self.by_path.get(path)
        return None if collection is None else (collection, uuid)

    def fetch(self, call: Call, url: Any) -> Doc | None:
        found = self.resolve(url)
        if found is None:
            return None
        collection, uuid = found
        stored = call.store.get(collection.store, uuid)
        return None if stored is None else present(collection, stored[0])


def present(collection: Collection, doc: Doc) -> Doc:
    return collection.present(doc) if collection.present else doc


# --- CRS (Zaken API only; OBSERVED §3.3) ----------------------------------------------------------------

CRS = "EPSG:4326"


def check_crs(call: Call, names: tuple[str, ...]) -> None:
    headers = call.request.headers
    for name in names:
        value = headers.get(name)
        if value is None:
            raise ApiError(
                412,
                "PreconditionFailed",
                "precondition_failed",
                "Voorwaarde is niet vervuld",
                f"'{name}' header ontbreekt",
            )
        if value != CRS:
            raise ApiError(
                406,
                "NotAcceptable",
                "not_acceptable",
                "Kan niet voldoen aan de opgegeven Accept header.",
                f"CRS '{value}' is niet ondersteund",
            )


def crs_headers(collection: Collection) -> dict[str, str]:
    return {"Content-Crs": CRS} if collection.crs_write else {}


# --- expand -------------------------------------------------------------------------------------------


def requested_expand(call: Call, collection: Collection) -> list[str]:
    raw = call.request.query_params.get("expand")
    if not raw:
        return []
    names = [name.strip() for name in raw.split(",") if name.strip()]
    for name in names:
        if name not in collection.expand:
            raise invalid(call.product, ("expand", "invalid_choice", f'"{name}" is een ongeldige keuze.'))
    return names


def expansions(call: Call, doc: Doc, requested: list[str]) -> dict[str, Any]:
    """`_expand` for `requested`; a nested name (`status.statustype`) only counts when its parent is asked."""
    result: dict[str, Any] = {}
    for name in (n for n in requested if "." not in n):
        nested = [n[len(name) + 1 :] for n in requested if n.startswith(f"{name}.")]
        value = doc.get(name)
        if isinstance(value, list):
            result[name] = [
                item for item in (_expand_one(call, v, nested) for v in value) if item is not None
            ]
        else:
            result[name] = _expand_one(call, value, nested) if value else None
    return result


def _expand_one(call: Call, value: Any, nested: list[str]) -> Doc | None:
    found = call.state.registry.fetch(call, value)
    if found is not None and nested:
        found = {**found, "_expand": expansions(call, found, nested)}
    return found


# --- handlers -----------------------------------------------------------------------------------------


def _conditions(call: Call, collection: Collection, given: list[tuple[str, str]]) -> tuple[Condition, ...]:
    conditions: list[Condition] = []
    for item in collection.filters:
        values = [value for name, value in given if name == item.param]
        if not values and item.default is not None:
            values = [item.default]
        for value in values if item.repeatable else values[-1:]:
            if value != "":
                conditions += item.build(call, value)
    return tuple(conditions)


def _order(call: Call, collection: Collection) -> tuple[str | None, bool]:
    value = call.request.query_params.get("ordering")
    if value is None or not collection.ordering:
        return collection.default_order, True
    if value.lstrip("-") not in collection.ordering:
        reason = f"Selecteer een geldige keuze. {value} is geen beschikbare keuze."
        raise invalid(call.product, ("ordering", "invalid_choice", reason))
    return value.lstrip("-"), value.startswith("-")


def _item(call: Call, collection: Collection, doc: Doc, expand: list[str]) -> Doc:
    doc = present(collection, doc)
    if collection.expand:
        doc["_expand"] = expansions(call, doc, expand)
    return doc


def list_resources(call: Call, collection: Collection, search: dict[str, Any] | None = None) -> Response:
    """A list; with `search` (a `POST …/_zoek` body) the filters come from the body, paging from the query."""
    known = [f.param for f in collection.filters]
    known += ["expand"] if collection.expand else []
    known += ["ordering"] if collection.ordering else []
    paging = ["page", "pageSize"] if collection.paginated else []
    given = call.query() if search is None else [(k, str(v)) for k, v in search.items()]
    check_known(call, [*known, *paging] if search is None else paging)
    if search is not None:
        unknown = sorted(set(search) - set(known))
        if unknown:
            raise invalid(call.product, *((name, "unknown", "Onbekend veld.") for name in unknown))
    conditions = _conditions(call, collection, given)
    expand = requested_expand(call, collection)
    order_by, newest_first = _order(call, collection)
    check_crs(call, collection.crs_read)
    headers = crs_headers(collection)
    if not collection.paginated:
        _, docs = call.store.query(
            collection.store, {}, conditions=conditions, order_by=order_by, newest_first=newest_first
        )
        return json_response(call, [_item(call, collection, doc, expand) for doc in docs], headers=headers)
    page = page_of(call)
    count, docs = call.store.query(
        collection.store,
        {},
        conditions=conditions,
        order_by=order_by,
        newest_first=newest_first,
        limit=page.size,
        offset=page.offset,
    )
    body = paginated(call, page, count, [_item(call, collection, doc, expand) for doc in docs])
    return json_response(call, body, headers=headers)


def load(call: Call, collection: Collection) -> tuple[Doc, str | None]:
    stored = call.store.get(collection.store, call.path_args["uuid"])
    if stored is None:
        raise not_found()
    return stored


def _etag_matches(header: str | None, etag: str) -> bool:
    if header is None:
        return False
    candidates = [part.strip().removeprefix("W/") for part in header.split(",")]
    return "*" in candidates or f'"{etag}"' in candidates


def read_resource(call: Call, collection: Collection) -> Response:
    expand = requested_expand(call, collection)
    doc, etag = load(call, collection)
    check_crs(call, collection.crs_read)
    headers = crs_headers(collection)
    if collection.etag and etag:
        headers["ETag"] = f'"{etag}"'
        if _etag_matches(call.request.headers.get("If-None-Match"), etag):
            # OBSERVED: the 304 has ETag, Allow and Content-Crs, but no API-version and no Content-Type.
            return Response(b"", 304, {**headers, "Allow": call.allow, "Content-Length": "0"})
    doc = present(collection, doc)
    if collection.expand and (expand or call.product.name == "Open Zaak"):
        doc["_expand"] = expansions(call, doc, expand)
    response = json_response(call, doc, headers=headers)
    if call.method == "HEAD":
        response.body = b""
    return response


def _body(call: Call) -> dict[str, Any]:
    body = call.json_body()
    if not isinstance(body, dict):
        kind = type(body).__name__
        raise invalid(
            call.product,
            ("nonFieldErrors", "invalid", f"Ongeldige data. Verwacht een dictionary, kreeg een {kind}."),
        )
    return body


def create_resource(call: Call, collection: Collection) -> Response:
    assert collection.create is not None
    body = _body(call)
    if collection.precheck:
        collection.precheck(call, body)
    check_crs(call, collection.crs_write)
    doc = collection.create(call, body)
    if collection.audit:
        record_audit(call, collection, "create", 201, None, doc)
    headers = crs_headers(collection)
    if collection.location:
        headers["Location"] = doc["url"].replace(BASE, call.base_url)
    return json_response(call, present(collection, doc), 201, headers)


def update_resource(call: Call, collection: Collection) -> Response:
    assert collection.update is not None
    body = _body(call)
    old, _ = load(call, collection)
    if collection.precheck:
        collection.precheck(call, body)
    check_crs(call, collection.crs_write)
    partial = call.method == "PATCH"
    doc = collection.update(call, old, body, partial)
    if collection.audit:
        record_audit(call, collection, "partial_update" if partial else "update", 200, old, doc)
    return json_response(call, present(collection, doc), 200, crs_headers(collection))


def delete_resource(call: Call, collection: Collection) -> Response:
    old, _ = load(call, collection)
    call.store.delete(collection.store, call.path_args["uuid"])
    if collection.audit:
        record_audit(call, collection, "destroy", 204, old, None)
    return Response(status_code=204, headers={"API-version": call.api.version, "Allow": call.allow})


# --- writing ------------------------------------------------------------------------------------------


def save(call: Call, collection: Collection, doc: Doc) -> Doc:
    """Store a served document; with the stale-ETag quirk, zaken created here keep their first ETag."""
    uuid = doc["url"].rsplit("/", 1)[-1]
    etag = None
    if collection.etag and uuid in call.state.own_created and call.state.stale_etag_after_own_create:
        etag = call.store.get_etag(collection.store, uuid)
    call.store.put(collection.store, uuid, doc, etag=etag)
    return doc


def merge(
    call: Call, old: Doc, body: dict[str, Any], partial: bool, readonly: tuple[str, ...] = ("url", "uuid")
) -> Doc:
    """The generic PATCH/PUT: known, writable fields of `body` replace those of `old` (a PUT missing fields
    keeps them: the sandbox is lenient there)."""
    del call, partial
    return {**old, **{key: value for key, value in body.items() if key in old and key not in readonly}}


def new_url(collection: Collection) -> tuple[str, str]:
    uuid = new_uuid()
    return uuid, collection.url(uuid)


ACTIONS = {
    "create": "Object aangemaakt",
    "update": "Object bijgewerkt",
    "partial_update": "Object deels bijgewerkt",
    "destroy": "Object verwijderd",
}


def _snapshot(doc: Doc | None) -> Doc | None:
    # Open Zaak stores snapshots as PostgreSQL jsonb, which orders keys by length, then by name.
    return None if doc is None else {key: doc[key] for key in sorted(doc, key=lambda k: (len(k), k))}


def record_audit(
    call: Call, collection: Collection, action: str, status: int, old: Doc | None, new: Doc | None
) -> None:
    doc = new or old
    assert doc is not None and collection.audit is not None
    zaak_url = str(doc["url"] if collection.audit == "zaak" else doc.get("zaak", doc["url"]))
    zaak = call.store.get("zaken/zaken", zaak_url.rsplit("/", 1)[-1])
    zaak_doc = zaak[0] if zaak else doc
    principal = call.principal
    entry_uuid = new_uuid()
    entry = {
        "uuid": entry_uuid,
        "bron": "ZRC",
        "applicatieId": principal.client_id,
        "applicatieWeergave": principal.client_id,
        "gebruikersId": principal.user_id,
        "gebruikersWeergave": principal.user_representation,
        "actie": action,
        "actieWeergave": ACTIONS[action],
        "resultaat": status,
        "hoofdObject": zaak_url,
        "resource": collection.audit,
        "resourceUrl": doc["url"],
        "toelichting": call.request.headers.get("X-Audit-Toelichting", ""),
        "resourceWeergave": f"{zaak_doc.get('bronorganisatie', '')} - {zaak_doc.get('identificatie', '')}"
        if collection.audit == "zaak"
        else doc["url"].rsplit("/", 1)[-1],
        "aanmaakdatum": now_utc(),
        "wijzigingen": {"oud": _snapshot(old), "nieuw": _snapshot(new)},
    }
    call.store.put("zaken/audittrail", entry_uuid, entry)
