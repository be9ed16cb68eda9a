"""Besluiten API 1.1 (ZGW): the formal decisions (beschikkingen) on a zaak."""

from __future__ import annotations

from datetime import date

from caseworker.api.http import ServiceClient, parse_model
from caseworker.api.models import ApiModel


class Besluit(ApiModel):
    url: str
    identificatie: str = ""
    besluittype: str = ""
    zaak: str = ""
    datum: date | None = None
    toelichting: str = ""
    ingangsdatum: date | None = None
    vervaldatum: date | None = None


class BesluitenClient:
    def __init__(self, http: ServiceClient) -> None:
        self.http = http

    async def besluiten(self, zaak_url: str) -> list[Besluit]:
        items = await self.http.list_all("besluiten", {"zaak": zaak_url})
        return [parse_model("besluiten", Besluit, item) for item in items]
