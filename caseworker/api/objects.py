"""Objects API 2.x: the project's own objecttypes (voorziening, plan, gesprek, bericht) live here."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from pydantic import Field

from caseworker.api.http import ServiceClient, parse_model
from caseworker.api.models import ApiModel

PAGE_SIZE = 500  # objects per page for queries over many clients


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


def data_attr(**criteria: str) -> list[str]:
    """The values of the `data_attr` filter: one `key__exact__value` per criterion (nested keys with
    `__`), sent as a repeated parameter (Objects 2.7; joining them with commas is the deprecated
    `data_attrs` form). A value may hold commas, but not `__`, which would change the filter's meaning.
    """
    for value in criteria.values():
        if "__" in value:
            raise ValueError("een zoekwaarde voor data_attr mag geen '__' bevatten")
    return [f"{key}__exact__{value}" for key, value in criteria.items()]


class ObjectsClient:
    def __init__(self, http: ServiceClient) -> None:
        self.http = http
        self._type_urls: dict[str, str] = {}  # objecttype name (lower case) → URL

    async def objecttype_url(self, name: str) -> str | None:
        """The URL of the objecttype called `name` (case-insensitive), or None when the registry has none.

        Objecttypes practically never change: the list is fetched once per client and again only when
        a name is not in it (so an objecttype registered later is found without a restart).
        """
        key = name.lower()
        if key not in self._type_urls:
            self._type_urls = {t.name.lower(): t.url for t in await self.objecttypes()}
        return self._type_urls.get(key)

    async def objecttypes(self) -> list[ObjectType]:
        items = await self.http.list_all("objecttypes")
        return [parse_model("objects", ObjectType, item) for item in items]

    async def objects(self, type_url: str, **criteria: str) -> list[ApiObject]:
        params: dict[str, str | list[str]] = {"type": type_url}
        if criteria:
            params["data_attr"] = data_attr(**criteria)
        items = await self.http.list_all("objects", params)
        return [parse_model("objects", ApiObject, item) for item in items]

    async def objects_in(self, type_url: str, key: str, values: Sequence[str]) -> list[ApiObject]:
        """The objects whose `key` is one of `values` (`data_attr=key__in__a|b|…`): one query for many
        clients. The values may hold neither `|`, `,` nor `__`."""
        for value in values:
            if "|" in value or "," in value or "__" in value:
                raise ValueError("een zoekwaarde voor data_attr __in mag geen '|', ',' of '__' bevatten")
        params: dict[str, str | list[str]] = {
            "type": type_url,
            "data_attr": [f"{key}__in__{'|'.join(values)}"],
            "pageSize": str(PAGE_SIZE),
        }
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
        """A new record (version) of the object; the history keeps the earlier ones. Never repeated by
        the HTTP layer: each PUT that arrives adds a version (a caller that must know looks it up)."""
        body = {
            "type": type_url,
            "record": {"typeVersion": type_version, "data": data, "startAt": start_at.isoformat()},
        }
        response = await self.http.request(
            "PUT", url, json_body=body, headers={"Content-Crs": "EPSG:4326"}, idempotent=False
        )
        return parse_model("objects", ApiObject, response.data)

    async def history(self, object_uuid: str) -> list[ObjectRecord]:
        items = await self.http.list_all(f"objects/{object_uuid}/history")
        return [parse_model("objects", ObjectRecord, item) for item in items]
