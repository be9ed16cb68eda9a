"""Documenten API 1.4 (ZGW): document metadata, streamed downloads, and creation with inline content."""

from __future__ import annotations

import base64
from datetime import date
from typing import IO

from caseworker.api.http import ServiceClient, parse_model
from caseworker.api.models import ApiModel, Conditional

MAX_DOCUMENT_BYTES = 50 * 1024 * 1024


class Document(ApiModel):
    url: str
    identificatie: str = ""
    bronorganisatie: str = ""
    titel: str = ""
    creatiedatum: date | None = None
    vertrouwelijkheidaanduiding: str = ""
    formaat: str = ""
    bestandsnaam: str = ""
    bestandsomvang: int | None = None
    inhoud: str | None = None  # the download URL
    informatieobjecttype: str = ""
    versie: int = 1


class DocumentenClient:
    def __init__(self, http: ServiceClient) -> None:
        self.http = http

    async def document(self, url: str, *, etag: str | None = None) -> Conditional[Document]:
        response = await self.http.get(url, etag=etag)
        if response.not_modified:
            return Conditional(None, response.etag or etag)
        return Conditional(parse_model("documenten", Document, response.data), response.etag)

    async def find(self, identificatie: str, bronorganisatie: str) -> Document | None:
        items = await self.http.list_all(
            "enkelvoudiginformatieobjecten",
            {"identificatie": identificatie, "bronorganisatie": bronorganisatie},
        )
        return parse_model("documenten", Document, items[0]) if items else None

    async def download(
        self, document: Document, sink: IO[bytes], *, max_bytes: int = MAX_DOCUMENT_BYTES
    ) -> int:
        """Stream the content into `sink` (never held in memory whole); returns the size."""
        if not document.inhoud:
            return 0
        return await self.http.download(document.inhoud, sink, max_bytes=max_bytes)

    async def create(
        self,
        *,
        bronorganisatie: str,
        informatieobjecttype: str,
        titel: str,
        auteur: str,
        bestandsnaam: str,
        formaat: str,
        content: bytes,
        creatiedatum: date,
        vertrouwelijkheidaanduiding: str = "vertrouwelijk",
        taal: str = "nld",
        identificatie: str = "",
    ) -> Document:
        """Create a document with inline content; a client-chosen `identificatie` (unique per
        bronorganisatie) lets an ambiguous failure be looked up with `find` before a retry."""
        body = {
            **({"identificatie": identificatie} if identificatie else {}),
            "bronorganisatie": bronorganisatie,
            "creatiedatum": creatiedatum.isoformat(),
            "titel": titel,
            "auteur": auteur,
            "taal": taal,
            "informatieobjecttype": informatieobjecttype,
            "vertrouwelijkheidaanduiding": vertrouwelijkheidaanduiding,
            "bestandsnaam": bestandsnaam,
            "formaat": formaat,
            "inhoud": base64.b64encode(content).decode("ascii"),
            "bestandsomvang": len(content),
        }
        response = await self.http.post("enkelvoudiginformatieobjecten", body)
        return parse_model("documenten", Document, response.data)
