"""Objects API 2.x: the project's own objecttypes (voorziening, plan, gesprek, bericht) live here."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import Field

from caseworker.api.http import ServiceClient, parse_model
from caseworker.api.models import ApiModel


class ObjectRecord(ApiModel):
    index: int | None = None
    type_version: int
    data: dict[str, Any]
    start_at: date
    end_at: date | None = None
    registration_at: date | None = None
    correction_for: int | None = None


class ApiObject(ApiModel):
    url: str
    uuid: str = ""
    type: str
    record: ObjectRecord


class ObjectType(ApiModel):
    url: str
    uuid: str = ""
    name: str = ""
    name_plural: str = ""
    versions: list[str] = Field(default_factory=list)


def data_attr(**criteria: str) -> str:
    """The `data_attr` filter: `key__exact__value` pairs joined by commas (nested keys with `__`).

    Values must not contain commas; the Objects API has no escaping for them.
    """
    for value in criteria.values():
        if "," in value:
            raise ValueError("een zoekwaarde voor data_attr mag geen komma bevatten")
    return ",".join(f"{key}__exact__{value}" for key, value in criteria.items())


class ObjectsClient:
    def __init__(self, http: ServiceClient) -> None:
        self.http = http

    async def objecttypes(self) -> list[ObjectType]:
        items = await self.http.list_all("objecttypes")
        return [parse_model("objects", ObjectType, item) for item in items]

    async def objects(self, type_url: str, **criteria: str) -> list[ApiObject]:
        params = {"type": type_url, **({"data_attr": data_attr(**criteria)} if criteria else {})}
        items = await self.http.list_all("objects", params)
        return [parse_model("objects", ApiObject, item) for item in items]

    async def create(
        self, type_url: str, type_version: int, data: dict[str, Any], *, start_at: date
    ) -> ApiObject:
        body = {
            "type": type_url,
            "record": {"typeVersion": type_version, "data": data, "startAt": start_at.isoformat()},
        }
        response = await self.http.post("objects", body, headers={"Content-Crs": "EPSG:4326"})
        return parse_model("objects", ApiObject, response.data)

    async def update(
        self, url: str, type_url: str, type_version: int, data: dict[str, Any], *, start_at: date
    ) -> ApiObject:
        """A new record (version) of the object; the history keeps the earlier ones."""
        body = {
            "type": type_url,
            "record": {"typeVersion": type_version, "data": data, "startAt": start_at.isoformat()},
        }
        response = await self.http.request("PUT", url, json_body=body, headers={"Content-Crs": "EPSG:4326"})
        return parse_model("objects", ApiObject, response.data)

    async def history(self, object_uuid: str) -> list[ObjectRecord]:
        items = await self.http.list_all(f"objects/{object_uuid}/history")
        return [parse_model("objects", ObjectRecord, item) for item in items]
