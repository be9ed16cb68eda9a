"""Klantinteracties API 0.9 as served by Open Klant 2.18: partijen, contact moments and internal tasks.

The standard is "not yet a standard" (0.9); everything that knows its shape lives in this one module, so a
version change touches one file.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import Field

from caseworker.api.http import ServiceClient, parse_model
from caseworker.api.models import ApiModel


class Ref(ApiModel):
    uuid: str
    url: str = ""


class PartijIdentificatorWaarde(ApiModel):
    code_objecttype: str = ""
    code_soort_object_id: str = ""
    object_id: str = ""
    code_register: str = ""


class PartijIdentificator(ApiModel):
    uuid: str = ""
    partij_identificator: PartijIdentificatorWaarde | None = None


class PartijIdentificatie(ApiModel):
    volledige_naam: str = ""
    naam: str = ""  # organisaties


class Partij(ApiModel):
    uuid: str
    url: str
    soort_partij: str = ""
    indicatie_geheimhouding: bool | None = None
    indicatie_actief: bool = True
    partij_identificatoren: list[PartijIdentificator] = Field(default_factory=list)
    partij_identificatie: PartijIdentificatie | None = None

    @property
    def bsn(self) -> str | None:
        for ident in self.partij_identificatoren:
            value = ident.partij_identificator
            if value and value.code_soort_object_id == "bsn":
                return value.object_id
        return None


class Klantcontact(ApiModel):
    uuid: str
    url: str
    kanaal: str = ""
    onderwerp: str = ""
    inhoud: str = ""
    indicatie_contact_gelukt: bool | None = None
    taal: str = ""
    vertrouwelijk: bool = False
    plaatsgevonden_op: datetime
    nummer: str | None = None
    referentienummer: str | None = None
    had_betrokkenen: list[Ref] = Field(default_factory=list)
    ging_over_onderwerpobjecten: list[Ref] = Field(default_factory=list)
    leidde_tot_interne_taken: list[Ref] = Field(default_factory=list)


class Actor(ApiModel):
    uuid: str
    url: str
    naam: str = ""
    soort_actor: str = ""
    indicatie_actief: bool = True


class InterneTaak(ApiModel):
    uuid: str
    url: str
    nummer: str | None = None
    gevraagde_handeling: str = ""
    aanleidinggevend_klantcontact: Ref | None = None
    toegewezen_aan_actoren: list[Ref] = Field(default_factory=list)
    toelichting: str = ""
    status: str = ""
    toegewezen_op: datetime | None = None
    afgehandeld_op: datetime | None = None


class MaakKlantcontactResult(ApiModel):
    klantcontact: Klantcontact
    betrokkene: Ref | None = None
    onderwerpobject: Ref | None = None


def bsn_identificator(bsn: str) -> dict[str, str]:
    return {
        "codeObjecttype": "natuurlijk_persoon",
        "codeSoortObjectId": "bsn",
        "objectId": bsn,
        "codeRegister": "brp",
    }


class KlantinteractiesClient:
    def __init__(self, http: ServiceClient) -> None:
        self.http = http

    async def partij_for_bsn(self, bsn: str) -> Partij | None:
        items = await self.http.list_all(
            "partijen",
            {"partijIdentificator__objectId": bsn, "partijIdentificator__codeSoortObjectId": "bsn"},
        )
        return parse_model("klantinteracties", Partij, items[0]) if items else None

    async def create_partij_for_bsn(
        self, bsn: str, *, voornaam: str, voorvoegsel: str, achternaam: str
    ) -> Partij:
        body = {
            "soortPartij": "persoon",
            "indicatieActief": True,
            "voorkeurstaal": "nld",
            "partijIdentificatie": {
                "contactnaam": {
                    "voorletters": voornaam[:1],
                    "voornaam": voornaam,
                    "voorvoegselAchternaam": voorvoegsel,
                    "achternaam": achternaam,
                }
            },
            "partijIdentificatoren": [{"partijIdentificator": bsn_identificator(bsn)}],
        }
        response = await self.http.post("partijen", body)
        return parse_model("klantinteracties", Partij, response.data)

    async def klantcontacten_for_partij(self, partij_uuid: str) -> list[Klantcontact]:
        items = await self.http.list_all("klantcontacten", {"hadBetrokkene__wasPartij__uuid": partij_uuid})
        return [parse_model("klantinteracties", Klantcontact, item) for item in items]

    async def klantcontacten_with_taken(
        self, partij_uuid: str
    ) -> list[tuple[Klantcontact, list[InterneTaak]]]:
        """The partij's klantcontacten, each with the interne taken it led to (`expand=
        leiddeTotInterneTaken`): one request, where asking for the taken costs one per klantcontact more."""
        params = {"hadBetrokkene__wasPartij__uuid": partij_uuid, "expand": "leiddeTotInterneTaken"}
        found = []
        for item in await self.http.list_all("klantcontacten", params):
            expanded = item.get("_expand") if isinstance(item, dict) else None
            taken = expanded.get("leiddeTotInterneTaken") if isinstance(expanded, dict) else None
            found.append(
                (
                    parse_model("klantinteracties", Klantcontact, item),
                    [parse_model("klantinteracties", InterneTaak, taak) for taak in taken or [] if taak],
                )
            )
        return found

    async def klantcontacten_by_referentie(self, referentienummer: str) -> list[Klantcontact]:
        """Look a contact up by the reference the client gave it: after an ambiguous failure this
        tells whether the earlier attempt was stored."""
        items = await self.http.list_all("klantcontacten", {"referentienummer": referentienummer})
        return [parse_model("klantinteracties", Klantcontact, item) for item in items]

    async def maak_klantcontact(self, body: dict[str, Any]) -> MaakKlantcontactResult:
        response = await self.http.post("maak-klantcontact", body)
        return parse_model("klantinteracties", MaakKlantcontactResult, response.data)

    async def actor_for_identificator(self, object_id: str) -> Actor | None:
        items = await self.http.list_all("actoren", {"actoridentificatorObjectId": object_id})
        return parse_model("klantinteracties", Actor, items[0]) if items else None

    async def actor(self, url: str) -> Actor:
        response = await self.http.get(url)
        return parse_model("klantinteracties", Actor, response.data)

    async def actoren(self) -> list[Actor]:
        items = await self.http.list_all("actoren")
        return [parse_model("klantinteracties", Actor, item) for item in items]

    async def internetaken_for_actor(
        self, actor_uuid: str, *, status: str | None = None
    ) -> list[InterneTaak]:
        params = {"toegewezenAanActor__uuid": actor_uuid, **({"status": status} if status else {})}
        items = await self.http.list_all("internetaken", params)
        return [parse_model("klantinteracties", InterneTaak, item) for item in items]

    async def internetaken_for_klantcontact(self, klantcontact_uuid: str) -> list[InterneTaak]:
        items = await self.http.list_all(
            "internetaken", {"aanleidinggevendKlantcontact__uuid": klantcontact_uuid}
        )
        return [parse_model("klantinteracties", InterneTaak, item) for item in items]

    async def create_internetaak(
        self,
        *,
        klantcontact_uuid: str,
        actor_uuids: list[str],
        gevraagde_handeling: str,
        toelichting: str = "",
    ) -> InterneTaak:
        body = {
            "aanleidinggevendKlantcontact": {"uuid": klantcontact_uuid},
            "toegewezenAanActoren": [{"uuid": uuid} for uuid in actor_uuids],
            "gevraagdeHandeling": gevraagde_handeling,
            "toelichting": toelichting,
            "status": "te_verwerken",
        }
        response = await self.http.post("internetaken", body)
        return parse_model("klantinteracties", InterneTaak, response.data)

    async def set_internetaak_status(self, url: str, status: str) -> InterneTaak:
        response = await self.http.patch(url, {"status": status})
        return parse_model("klantinteracties", InterneTaak, response.data)
