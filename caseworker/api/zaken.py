"""Zaken API 1.5 (ZGW): cases, their status history, roles, documents and objects.

Open Zaak requires `Accept-Crs` on every `/zaken` call and `Content-Crs` on writes (412 without), and can
serve a stale ETag for a zaak after its own write: after writing, drop the ETag and use the response body.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import Field

from caseworker.api.http import ServiceClient, parse_model
from caseworker.api.models import ApiModel, Conditional

CRS = {"Accept-Crs": "EPSG:4326"}
LIST_PAGE_SIZE = 500  # items per page where a list may be long (OBSERVED: 1000 was accepted)
CRS_WRITE = {"Accept-Crs": "EPSG:4326", "Content-Crs": "EPSG:4326"}


class Zaak(ApiModel):
    url: str
    uuid: str = ""
    identificatie: str = ""
    bronorganisatie: str = ""
    omschrijving: str = ""
    toelichting: str = ""
    zaaktype: str
    registratiedatum: date | None = None
    startdatum: date | None = None
    einddatum: date | None = None
    einddatum_gepland: date | None = None
    uiterlijke_einddatum_afdoening: date | None = None
    vertrouwelijkheidaanduiding: str = ""
    status: str | None = None
    resultaat: str | None = None
    rollen: list[str] = Field(default_factory=list)
    zaakinformatieobjecten: list[str] = Field(default_factory=list)
    zaakobjecten: list[str] = Field(default_factory=list)


class Status(ApiModel):
    url: str
    zaak: str
    statustype: str
    datum_status_gezet: datetime
    statustoelichting: str = ""


class BetrokkeneIdentificatie(ApiModel):
    inp_bsn: str = Field("", alias="inpBsn")
    identificatie: str = ""
    geslachtsnaam: str = ""
    voorvoegsel_geslachtsnaam: str = ""
    voorletters: str = ""
    achternaam: str = ""
    naam: str = ""


class Rol(ApiModel):
    url: str
    zaak: str
    betrokkene_type: str
    roltype: str = ""
    omschrijving: str = ""
    omschrijving_generiek: str = ""
    roltoelichting: str = ""
    betrokkene_identificatie: BetrokkeneIdentificatie | None = None


class ZaakInformatieObject(ApiModel):
    url: str
    zaak: str
    informatieobject: str
    titel: str = ""
    registratiedatum: datetime | None = None


class ZaakObject(ApiModel):
    url: str
    zaak: str
    object: str = ""
    object_type: str = ""
    object_type_overige: str = ""


class AuditEntry(ApiModel):
    uuid: str = ""
    actie: str = ""
    actie_weergave: str = ""
    gebruikers_id: str = ""
    gebruikers_weergave: str = ""
    resultaat: int | None = None
    resource_url: str = ""
    toelichting: str = ""
    aanmaakdatum: datetime | None = None


class ZakenClient:
    def __init__(self, http: ServiceClient) -> None:
        self.http = http

    async def zaken_for_bsn(self, bsn: str) -> list[Zaak]:
        return await self._zaken({"rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn": bsn})

    async def zaken_for_medewerker(self, identificatie: str) -> list[Zaak]:
        """The caseload: zaken in which this medewerker has the behandelaar role."""
        return await self._zaken(
            {
                "rol__betrokkeneIdentificatie__medewerker__identificatie": identificatie,
                "rol__omschrijvingGeneriek": "behandelaar",
            }
        )

    async def zaken_with_rollen(
        self, *, bsn: str | None = None, medewerker: str | None = None, page_size: int = LIST_PAGE_SIZE
    ) -> list[tuple[Zaak, list[Rol]]]:
        """As `zaken_for_bsn` or `zaken_for_medewerker`, each zaak with its rollen (`expand=rollen`), in
        pages of `page_size`: one request where the two lists cost one per zaak more (the bulk sync)."""
        params = {"expand": "rollen", "pageSize": str(page_size)}
        if bsn is not None:
            params["rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn"] = bsn
        if medewerker is not None:
            params["rol__betrokkeneIdentificatie__medewerker__identificatie"] = medewerker
            params["rol__omschrijvingGeneriek"] = "behandelaar"
        items = await self.http.list_all("zaken", params, headers=CRS)
        found = []
        for item in items:
            expanded = item.get("_expand") if isinstance(item, dict) else None
            rollen = expanded.get("rollen") if isinstance(expanded, dict) else None
            found.append(
                (
                    parse_model("zaken", Zaak, item),
                    [parse_model("zaken", Rol, rol) for rol in rollen or [] if rol],
                )
            )
        return found

    async def zaak(self, url: str, *, etag: str | None = None) -> Conditional[Zaak]:
        response = await self.http.get(url, etag=etag, headers=CRS)
        if response.not_modified:
            return Conditional(None, response.etag or etag)
        return Conditional(parse_model("zaken", Zaak, response.data), response.etag)

    async def statussen(self, zaak_url: str) -> list[Status]:
        items = await self.http.list_all("statussen", {"zaak": zaak_url})
        return [parse_model("zaken", Status, item) for item in items]

    async def rollen(self, zaak_url: str) -> list[Rol]:
        items = await self.http.list_all("rollen", {"zaak": zaak_url})
        return [parse_model("zaken", Rol, item) for item in items]

    async def zaakinformatieobjecten(
        self, zaak_url: str, *, informatieobject: str | None = None
    ) -> list[ZaakInformatieObject]:
        params = {"zaak": zaak_url, **({"informatieobject": informatieobject} if informatieobject else {})}
        items = await self.http.list_all("zaakinformatieobjecten", params)
        return [parse_model("zaken", ZaakInformatieObject, item) for item in items]

    async def create_zaakinformatieobject(
        self, zaak_url: str, document_url: str, titel: str
    ) -> ZaakInformatieObject:
        body = {"zaak": zaak_url, "informatieobject": document_url, "titel": titel}
        response = await self.http.post("zaakinformatieobjecten", body)
        return parse_model("zaken", ZaakInformatieObject, response.data)

    async def zaakobjecten(self, zaak_url: str, *, object_url: str | None = None) -> list[ZaakObject]:
        params = {"zaak": zaak_url, **({"object": object_url} if object_url else {})}
        items = await self.http.list_all("zaakobjecten", params)
        return [parse_model("zaken", ZaakObject, item) for item in items]

    async def audittrail(self, zaak_uuid: str) -> list[AuditEntry]:
        items = await self.http.list_all(f"zaken/{zaak_uuid}/audittrail")
        return [parse_model("zaken", AuditEntry, item) for item in items]

    async def create_zaak(self, body: dict[str, Any], *, toelichting: str = "") -> Zaak:
        headers = {**CRS_WRITE, **({"X-Audit-Toelichting": toelichting} if toelichting else {})}
        response = await self.http.post("zaken", body, headers=headers)
        return parse_model("zaken", Zaak, response.data)

    async def create_zaakobject(self, body: dict[str, Any]) -> ZaakObject:
        response = await self.http.post("zaakobjecten", body)
        return parse_model("zaken", ZaakObject, response.data)

    async def _zaken(self, params: dict[str, str]) -> list[Zaak]:
        items = await self.http.list_all("zaken", params, headers=CRS)
        return [parse_model("zaken", Zaak, item) for item in items]
