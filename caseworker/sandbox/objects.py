"""Objects API 2.7.0 (Open Object 4.0, objecttypes included): objects with versioned records.

Every record version is kept in `objects/object-records` under `<object uuid>-<index>`; the object document
carries the current one. Objecttype versions live in `objects/objecttype-versions` under `<uuid>-<version>`.
"""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from caseworker.sandbox.http import (
    OPEN_OBJECT,
    Api,
    Call,
    invalid,
    json_response,
    not_found,
    page_of,
    paginated,
    parse_date,
    today,
    uuid_of,
)
from caseworker.sandbox.resources import Collection, Filter, load, new_url, save
from caseworker.sandbox.store import Condition, Doc, Match

OBJECTS = Api("objects", "/api/v2", "2.7.0", OPEN_OBJECT, "token")
Errors = list[tuple[str, str, str]]

RECORD_FIELDS = (
    "index",
    "typeVersion",
    "data",
    "geometry",
    "startAt",
    "endAt",
    "registrationAt",
    "correctionFor",
    "correctedBy",
)
OPERATORS = {"exact": "=", "gt": ">", "gte": ">=", "lt": "<", "lte": "<=", "icontains": "like", "in": "in"}


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def data_conditions(param: str, expression: str, call: Call) -> tuple[Condition, ...]:
    """`key__op__value` (nested keys joined by `__`) as conditions on the `data_attr` index (`path=value`)."""
    parts = expression.split("__")
    if len(parts) < 3 or parts[-2] not in OPERATORS:
        raise invalid(call.product, (param, "invalid", f"{expression} is geen geldige waarde voor {param}."))
    path, op, value = "__".join(parts[:-2]), OPERATORS[parts[-2]], parts[-1]
    if op == "like":
        return (Match("data_attr", f"{_like(path)}=%{_like(value)}%", "like"),)
    if op == "in":
        return (Match("data_attr", tuple(f"{path}={item}" for item in value.split("|")), "in"),)
    if op == "=":
        return (Match("data_attr", f"{path}={value}"),)
    # Ordering compares text: right for ISO dates and equal-length numbers, which is what the demo uses.
    return (Match("data_attr", f"{_like(path)}=%", "like"), Match("data_attr", f"{path}={value}", op))


def _data_attr(call: Call, value: str) -> tuple[Condition, ...]:
    return data_conditions("data_attr", value, call)


def _data_attrs(call: Call, value: str) -> tuple[Condition, ...]:
    return tuple(
        c for expression in value.split(",") for c in data_conditions("data_attrs", expression, call)
    )


def _type(call: Call, value: str) -> tuple[Condition, ...]:
    return (Match("type", call.to_base(value)),)


def _validate(call: Call, body: dict[str, Any], partial: bool) -> dict[str, Any]:
    errors: Errors = []
    if not partial and not body.get("type"):
        errors.append(("type", "required", call.product.required))
    # Looked up by uuid: the objecttype lives in this same application, whatever its URL prefix.
    if body.get("type") and call.store.get("objects/objecttypes", str(uuid_of(body["type"]))) is None:
        errors.append(("type", "invalid", f"Object type {body['type']} bestaat niet."))
    record = body.get("record")
    if not isinstance(record, dict):
        if not partial or "record" in body:
            errors.append(("record", "required", call.product.required))
        record = {}
    if not partial:
        errors += [
            (f"record.{name}", "required", call.product.required)
            for name in ("typeVersion", "startAt")
            if record.get(name) is None
        ]
    if record.get("startAt") is not None and parse_date(record["startAt"]) is None:
        errors.append(
            (
                "record.startAt",
                "invalid",
                "Datum heeft het verkeerde formaat. Gebruik een van deze formaten: YYYY-MM-DD.",
            )
        )
    if errors:
        raise invalid(call.product, *errors)
    return record


def _record(index: int, given: dict[str, Any], previous: dict[str, Any] | None) -> Doc:
    base = {**(previous or {}), **given}
    return {
        "index": index,
        "typeVersion": base.get("typeVersion"),
        "data": base.get("data") or {},
        "geometry": base.get("geometry"),
        "startAt": base.get("startAt") or today().isoformat(),
        "endAt": None,
        "registrationAt": today().isoformat(),
        "correctionFor": given.get("correctionFor"),
        "correctedBy": None,
    }


def _objects(call: Call) -> Collection:
    collection: Collection = call.state.registry.by_store["objects/objects"]
    return collection


def create_object(call: Call, body: dict[str, Any]) -> Doc:
    record = _validate(call, body, partial=False)
    uuid, url = new_url(_objects(call))
    first = _record(1, record, None)
    call.store.put("objects/object-records", f"{uuid}-1", first)
    return save(call, _objects(call), {"url": url, "uuid": uuid, "type": body["type"], "record": first})


def update_object(call: Call, old: Doc, body: dict[str, Any], partial: bool) -> Doc:
    """PUT and PATCH never change a record: they add the next one and close the previous."""
    given = _validate(call, body, partial)
    previous = old["record"]
    current = _record(previous["index"] + 1, given, previous if partial else None)
    closed = {**previous, "endAt": current["startAt"]}
    call.store.put("objects/object-records", f"{old['uuid']}-{previous['index']}", closed)
    call.store.put("objects/object-records", f"{old['uuid']}-{current['index']}", current)
    return save(call, _objects(call), {**old, "type": body.get("type", old["type"]), "record": current})


def _records(call: Call, doc: Doc) -> list[Doc]:
    found = (
        call.store.get("objects/object-records", f"{doc['uuid']}-{index}")
        for index in range(1, doc["record"]["index"] + 1)
    )
    return [stored[0] for stored in found if stored is not None]


def history(call: Call) -> Response:
    doc, _ = load(call, _objects(call))
    records = [{name: record.get(name) for name in RECORD_FIELDS} for record in _records(call, doc)]
    page = page_of(call)
    return json_response(
        call, paginated(call, page, len(records), records[page.offset : page.offset + page.size])
    )


def record_at(call: Call) -> Response:
    doc, _ = load(call, _objects(call))
    stored = call.store.get("objects/object-records", f"{doc['uuid']}-{call.path_args['index']}")
    if stored is None:
        raise not_found()
    return json_response(call, stored[0])


def _versions(call: Call) -> list[Doc]:
    stored = call.store.get("objects/objecttypes", call.path_args["uuid"])
    if stored is None:
        raise not_found()
    found = (
        call.store.get("objects/objecttype-versions", f"{call.path_args['uuid']}-{url.rsplit('/', 1)[-1]}")
        for url in stored[0].get("versions", [])
    )
    return [item[0] for item in found if item is not None]


def versions(call: Call) -> Response:
    docs = _versions(call)
    page = page_of(call)
    return json_response(call, paginated(call, page, len(docs), docs[page.offset : page.offset + page.size]))


def version(call: Call) -> Response:
    stored = call.store.get(
        "objects/objecttype-versions", f"{call.path_args['uuid']}-{call.path_args['version']}"
    )
    if stored is None:
        raise not_found()
    return json_response(call, stored[0])


def collections() -> list[Collection]:
    return [
        Collection(OBJECTS, "objecttypes", "objects/objecttypes"),
        Collection(
            OBJECTS,
            "objects",
            "objects/objects",
            (
                Filter("type", _type),
                Filter("data_attr", _data_attr, repeatable=True),
                Filter("data_attrs", _data_attrs),
            ),
            crs_write=("Content-Crs",),
            create=create_object,
            update=update_object,
            delete=True,
        ),
    ]
