"""Objects API content: the project's objecttypes with their JSON Schemas, and objects with record history."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from caseworker.resources import resource_path
from caseworker.sandbox.demo import MUNICIPALITY_LABEL, OBJECTTYPES
from caseworker.sandbox.store import Doc

from ._context import Context, url_of

SCHEMA_DIR = resource_path("objecttypes")
_PLURALS = {
    "voorziening": "voorzieningen",
    "plan": "plannen",
    "gesprek": "gesprekken",
    "verwerking": "verwerkingen",
    "bericht": "berichten",
}


def load_schema(name: str, version: int = 1) -> Doc:
    schema: Doc = json.loads((SCHEMA_DIR / f"{name}-v{version}.json").read_text(encoding="utf-8"))
    return schema


@dataclass(frozen=True)
class ObjectTypes:
    urls: dict[str, str]  # objecttype name -> objecttype URL


def write_objecttypes(ctx: Context) -> ObjectTypes:
    since = date(ctx.today.year - 3, 1, 1).isoformat()
    urls = {}
    for name in OBJECTTYPES:
        key = ctx.new_uuid()
        url = url_of("objects/objecttypes", key)
        schema = load_schema(name)
        version_url = f"{url}/versions/1"
        ctx.put(
            "objects/objecttypes",
            key,
            {
                "url": url,
                "uuid": key,
                "name": name,
                "namePlural": _PLURALS[name],
                "description": schema["description"],
                "dataClassification": "confidential",
                "maintainerOrganization": MUNICIPALITY_LABEL,
                "maintainerDepartment": "Sociaal domein",
                "contactPerson": "",
                "contactEmail": "",
                "source": "Keukentafel",
                "updateFrequency": "real_time",
                "providerOrganization": "",
                "documentationUrl": "",
                "labels": {},
                "createdAt": since,
                "modifiedAt": since,
                "allowGeometry": False,
                "versions": [version_url],
            },
        )
        ctx.put(
            "objects/objecttype-versions",
            f"{key}-1",
            {
                "url": version_url,
                "version": 1,
                "objectType": url,
                "status": "published",
                "jsonSchema": schema,
                "createdAt": since,
                "modifiedAt": since,
                "publishedAt": since,
            },
        )
        urls[name] = url
    return ObjectTypes(urls)


def write_object(ctx: Context, types: ObjectTypes, name: str, history: list[tuple[date, Doc]]) -> str:
    """An object whose records are `history` (start date, data), oldest first; returns the object URL.

    Each record ends where the next begins, as the Objects API closes a record when a newer one starts.
    """
    key = ctx.new_uuid()
    url = url_of("objects/objects", key)
    records = []
    for index, (start, data) in enumerate(history, start=1):
        end = history[index][0].isoformat() if index < len(history) else None
        record: Doc = {
            "index": index,
            "typeVersion": 1,
            "data": data,
            "geometry": None,
            "startAt": start.isoformat(),
            "endAt": end,
            "registrationAt": start.isoformat(),
            "correctionFor": None,
            "correctedBy": None,
        }
        records.append(record)
        ctx.put("objects/object-records", f"{key}-{index}", record)
    ctx.put(
        "objects/objects", key, {"url": url, "uuid": key, "type": types.urls[name], "record": records[-1]}
    )
    return url
