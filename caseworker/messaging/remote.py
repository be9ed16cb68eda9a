"""The Objects API queries of messaging. Objects has no ETag and no "changed since", so every query is a
`data_attrs` filter kept as narrow as the server allows:

* the conversations of a client: `bsn__exact__<bsn>`; of many clients at once: `bsn__in__<a>|<b>|…`;
* the messages of one conversation: `gesprek__icontains__<uuid>` — by uuid rather than URL, because the
  URL a server stores may differ in scheme or host from the one it serves (a gateway in front);
* new messages of many clients: `bsn__in__…,verzonden_op__gt__<cursor>` (version 2 messages carry the
  BSN and a uniformly formatted `verzonden_op`, so text order is time order).

`data_attrs` (comma-separated) rather than repeated `data_attr`: the HTTP layer sends each parameter once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from caseworker.api.apis import MunicipalApis
from caseworker.errors import KnownError
from caseworker.messaging.model import BERICHT, GESPREK


class MissingObjecttype(KnownError):
    """The Objects API has no `gesprek` or `bericht` objecttype: messaging cannot work here."""


@dataclass(frozen=True)
class Found:
    """An object as listed: its URL and its record data."""

    url: str
    data: dict[str, Any]


def _found(item: dict[str, Any]) -> Found:
    return Found(str(item["url"]), dict((item.get("record") or {}).get("data") or {}))


def _check_value(value: str) -> str:
    # `data_attrs` has no escaping: a comma or `__` in a value would change the filter's meaning.
    if "," in value or "__" in value:
        raise ValueError("unusable value in a data_attrs filter")
    return value


class ObjectQueries:
    def __init__(self, apis: MunicipalApis) -> None:
        self.apis = apis
        self._types: dict[str, str] = {}

    async def type_url(self, name: str) -> str:
        """The objecttype URL of `gesprek` or `bericht`, looked up once."""
        if not self._types:
            types = await self.apis.objects.objecttypes()
            self._types = {t.name: t.url for t in types if t.name in (GESPREK, BERICHT)}
        if name not in self._types:
            raise MissingObjecttype(
                f"Het objecttype '{name}' ontbreekt in de Objecten-API, dus berichten werken hier niet. "
                "Vraag de beheerder het te registreren."
            )
        return self._types[name]

    async def _list(self, name: str, *conditions: str) -> list[Found]:
        params = {"type": await self.type_url(name), "data_attrs": ",".join(conditions)}
        items = await self.apis.objects.http.list_all("objects", params)
        return [_found(item) for item in items]

    async def conversations(self, bsns: Sequence[str]) -> list[Found]:
        return await self._list(GESPREK, _bsn_condition(bsns))

    async def thread(self, conversation_url: str) -> list[Found]:
        uuid = conversation_url.rstrip("/").rsplit("/", 1)[-1]
        return await self._list(BERICHT, f"gesprek__icontains__{_check_value(uuid)}")

    async def messages_since(self, bsns: Sequence[str], since: str | None) -> list[Found]:
        conditions = [_bsn_condition(bsns)]
        if since is not None:
            conditions.append(f"verzonden_op__gt__{_check_value(since)}")
        return await self._list(BERICHT, *conditions)

    async def conversation(self, url: str) -> Found:
        return _found((await self.apis.objects.http.get(url)).data)


def _bsn_condition(bsns: Sequence[str]) -> str:
    values = [_check_value(b) for b in bsns]
    return f"bsn__exact__{values[0]}" if len(values) == 1 else f"bsn__in__{'|'.join(values)}"
