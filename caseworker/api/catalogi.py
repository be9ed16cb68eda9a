"""Catalogi API 1.3 (ZGW): zaaktypen and statustypen; long-lived, cached for a day by the sync layer."""

from __future__ import annotations

from pydantic import Field

from caseworker.api.http import ServiceClient, parse_model
from caseworker.api.models import ApiModel


class ZaakType(ApiModel):
    url: str
    identificatie: str = ""
    omschrijving: str = ""
    doorlooptijd: str = ""
    vertrouwelijkheidaanduiding: str = ""
    trefwoorden: list[str] = Field(default_factory=list)
    statustypen: list[str] = Field(default_factory=list)
    concept: bool = False


class StatusType(ApiModel):
    url: str
    zaaktype: str
    omschrijving: str = ""
    omschrijving_generiek: str = ""
    statustekst: str = ""
    volgnummer: int = 0
    is_eindstatus: bool = False


class InformatieObjectType(ApiModel):
    url: str
    omschrijving: str = ""
    vertrouwelijkheidaanduiding: str = ""


class CatalogiClient:
    def __init__(self, http: ServiceClient) -> None:
        self.http = http

    async def zaaktypen(self) -> list[ZaakType]:
        items = await self.http.list_all("zaaktypen")
        return [parse_model("catalogi", ZaakType, item) for item in items]

    async def statustypen(self, zaaktype_url: str | None = None) -> list[StatusType]:
        params = {"zaaktype": zaaktype_url} if zaaktype_url else None
        items = await self.http.list_all("statustypen", params)
        return [parse_model("catalogi", StatusType, item) for item in items]

    async def informatieobjecttypen(self) -> list[InformatieObjectType]:
        items = await self.http.list_all("informatieobjecttypen")
        return [parse_model("catalogi", InformatieObjectType, item) for item in items]
