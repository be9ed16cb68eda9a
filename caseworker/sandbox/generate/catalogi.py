"""Catalogi API content of Voorbeeldstad: one social-domain catalogus with its published zaaktypen."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from caseworker.sandbox.demo import (
    DOMAIN_JEUGD,
    DOMAIN_PARTICIPATIE,
    DOMAIN_SCHULDHULP,
    DOMAIN_WMO,
    MUNICIPALITY_LABEL,
    RSIN,
)
from caseworker.sandbox.store import BASE, Doc

from ._context import Context, url_of

VERTROUWELIJK = "vertrouwelijk"  # social-domain cases hold special categories of personal data (AVG art. 9)
# Every zaaktype runs through the same four stages; the names differ per domain.
RECEIVED, ASSESSMENT, DECISION, CLOSED = range(4)
OUTCOMES = ("toegekend", "afgewezen", "ingetrokken")
DECISIONS = {"toegekend": "toekenning", "afgewezen": "afwijzing"}


@dataclass(frozen=True)
class ZaaktypeSpec:
    key: str
    omschrijving: str
    domein: str
    doel: str
    aanleiding: str
    doorlooptijd: str
    statuses: tuple[str, str, str, str]
    product: str = ""  # the voorziening granted on toekenning; empty when nothing is provided in kind


ZAAKTYPEN: tuple[ZaaktypeSpec, ...] = (
    ZaaktypeSpec(
        "WMO-HH",
        "Wmo huishoudelijke ondersteuning",
        DOMAIN_WMO,
        "Vaststellen of de inwoner ondersteuning nodig heeft bij het voeren van een schoon en leefbaar huis.",
        "Melding van de inwoner bij het wijkteam.",
        "P8W",
        ("Melding ontvangen", "Keukentafelgesprek", "Besluit genomen", "Afgehandeld"),
        "hulp bij het huishouden",  # product names as in resources/rules/tarieven-voorbeeldstad.toml
    ),
    ZaaktypeSpec(
        "WMO-BG",
        "Wmo begeleiding",
        DOMAIN_WMO,
        "Vaststellen of de inwoner begeleiding nodig heeft om zelfstandig te blijven wonen en mee te doen.",
        "Melding van de inwoner of een naaste.",
        "P8W",
        ("Melding ontvangen", "Keukentafelgesprek", "Besluit genomen", "Afgehandeld"),
        "individuele begeleiding",
    ),
    ZaaktypeSpec(
        "WMO-HM",
        "Wmo hulpmiddel",
        DOMAIN_WMO,
        "Vaststellen of de inwoner een hulpmiddel nodig heeft, zoals een rolstoel of scootmobiel.",
        "Aanvraag van de inwoner.",
        "P6W",
        ("Aanvraag ontvangen", "Onderzoek", "Besluit genomen", "Afgehandeld"),
        "hulpmiddel",
    ),
    ZaaktypeSpec(
        "WMO-WA",
        "Wmo woningaanpassing",
        DOMAIN_WMO,
        "Vaststellen of een aanpassing van de woning nodig is om er veilig te kunnen blijven wonen.",
        "Aanvraag van de inwoner.",
        "P8W",
        ("Aanvraag ontvangen", "Huisbezoek", "Besluit genomen", "Afgehandeld"),
        "woningaanpassing",
    ),
    ZaaktypeSpec(
        "JW-AMB",
        "Jeugd ambulante jeugdhulp",
        DOMAIN_JEUGD,
        "Vaststellen welke jeugdhulp het kind en het gezin nodig hebben.",
        "Aanmelding door ouder of verwijzer.",
        "P8W",
        ("Aanmelding ontvangen", "Gesprek met gezin", "Besluit genomen", "Afgehandeld"),
        "ambulante jeugdhulp",
    ),
    ZaaktypeSpec(
        "PW-LO",
        "Participatie levensonderhoud (bijstand)",
        DOMAIN_PARTICIPATIE,
        "Vaststellen of de inwoner recht heeft op een bijstandsuitkering voor levensonderhoud.",
        "Aanvraag bijstand van de inwoner.",
        "P8W",
        ("Aanvraag ontvangen", "Rechtmatigheidsonderzoek", "Besluit genomen", "Afgehandeld"),
    ),
    ZaaktypeSpec(
        "SHV",
        "Schuldhulpverlening",
        DOMAIN_SCHULDHULP,
        "De inwoner helpen zijn schulden op te lossen en zijn financiën weer op orde te krijgen.",
        "Hulpvraag van de inwoner over schulden.",
        "P8W",
        ("Aanmelding ontvangen", "Intake", "Besluit toelating genomen", "Afgehandeld"),
    ),
)

_ROLTYPEN = (("Aanvrager", "initiator"), ("Belanghebbende", "belanghebbende"), ("Behandelaar", "behandelaar"))
_INFORMATIEOBJECTTYPEN = (
    ("aanvraag", "Aanvraagformulier", "Aanvraag"),
    ("verslag", "Verslag keukentafelgesprek", "Verslag"),
    ("plan", "Ondersteuningsplan", "Plan"),
    ("beschikking", "Beschikking", "Besluit"),
)


@dataclass
class ZaaktypeUrls:
    """Where the parts of one zaaktype live, for the zaken that use it."""

    spec: ZaaktypeSpec
    url: str
    identificatie: str
    statustypen: list[str] = field(default_factory=list)
    roltypen: dict[str, tuple[str, str]] = field(default_factory=dict)  # generiek -> (url, omschrijving)
    resultaattypen: dict[str, str] = field(default_factory=dict)  # outcome -> url


@dataclass
class Catalog:
    url: str
    zaaktypen: dict[str, ZaaktypeUrls]
    besluittypen: dict[str, str]  # toekenning/afwijzing -> url
    informatieobjecttypen: dict[str, str]  # key -> url


class _CatalogWriter:
    """Writes the catalogus; documents are built first and written once all cross-links are known."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.since = date(ctx.today.year - 3, 1, 1)
        self.catalogus_uuid = ctx.new_uuid()
        self.catalogus_url = url_of("catalogi/catalogussen", self.catalogus_uuid)

    def new(self, collection: str) -> tuple[str, str]:
        key = self.ctx.new_uuid()
        return key, url_of(collection, key)

    def validity(self) -> Doc:
        return {"beginGeldigheid": self.since.isoformat(), "eindeGeldigheid": None}

    def object_dates(self) -> Doc:
        # Open Zaak answers null for the readOnly begin/eindeObject although the spec types them as dates.
        return {"beginObject": self.since.isoformat(), "eindeObject": None}

    def write(self) -> Catalog:
        iot = {key: self.new("catalogi/informatieobjecttypen") for key, _, _ in _INFORMATIEOBJECTTYPEN}
        besluit = {kind: self.new("catalogi/besluittypen") for kind in DECISIONS.values()}
        zaaktypen = {spec.key: self.zaaktype(spec, besluit, iot) for spec in ZAAKTYPEN}
        zaaktype_urls = [z.url for z in zaaktypen.values()]
        for (key, omschrijving, categorie), (uuid, url) in zip(
            _INFORMATIEOBJECTTYPEN, iot.values(), strict=True
        ):
            self.ctx.put(
                "catalogi/informatieobjecttypen",
                uuid,
                self.iot_doc(url, omschrijving, categorie, key, besluit, zaaktype_urls),
            )
        for outcome, kind in DECISIONS.items():
            uuid, url = besluit[kind]
            resultaattypen = [z.resultaattypen[outcome] for z in zaaktypen.values()]
            self.ctx.put(
                "catalogi/besluittypen",
                uuid,
                self.besluittype_doc(url, kind, zaaktype_urls, resultaattypen, iot["beschikking"][1]),
            )
        self.ctx.put(
            "catalogi/catalogussen", self.catalogus_uuid, self.catalogus_doc(zaaktype_urls, besluit, iot)
        )
        return Catalog(
            url=self.catalogus_url,
            zaaktypen=zaaktypen,
            besluittypen={kind: url for kind, (_, url) in besluit.items()},
            informatieobjecttypen={key: url for key, (_, url) in iot.items()},
        )

    def catalogus_doc(
        self, zaaktypen: list[str], besluit: dict[str, tuple[str, str]], iot: dict[str, tuple[str, str]]
    ) -> Doc:
        return {
            "url": self.catalogus_url,
            "domein": "SOC",
            "rsin": RSIN,
            "contactpersoonBeheerNaam": "Functioneel beheer sociaal domein",
            "contactpersoonBeheerTelefoonnummer": "",
            "contactpersoonBeheerEmailadres": "",
            "zaaktypen": zaaktypen,
            "besluittypen": [url for _, url in besluit.values()],
            "informatieobjecttypen": [url for _, url in iot.values()],
            "naam": MUNICIPALITY_LABEL,
            "versie": "1",
            "begindatumVersie": self.since.isoformat(),
        }

    def zaaktype(
        self, spec: ZaaktypeSpec, besluit: dict[str, tuple[str, str]], iot: dict[str, tuple[str, str]]
    ) -> ZaaktypeUrls:
        uuid, url = self.new("catalogi/zaaktypen")
        zaaktype = ZaaktypeUrls(spec, url, f"SOC-{spec.key}")
        for volgnummer, omschrijving in enumerate(spec.statuses, start=1):
            key, status_url = self.new("catalogi/statustypen")
            zaaktype.statustypen.append(status_url)
            self.ctx.put(
                "catalogi/statustypen",
                key,
                self.statustype_doc(zaaktype, status_url, volgnummer, omschrijving),
            )
        for omschrijving, generiek in _ROLTYPEN:
            key, rol_url = self.new("catalogi/roltypen")
            zaaktype.roltypen[generiek] = (rol_url, omschrijving)
            self.ctx.put(
                "catalogi/roltypen", key, self.roltype_doc(zaaktype, rol_url, omschrijving, generiek)
            )
        for outcome in OUTCOMES:
            key, result_url = self.new("catalogi/resultaattypen")
            zaaktype.resultaattypen[outcome] = result_url
            besluittypen = [besluit[DECISIONS[outcome]][1]] if outcome in DECISIONS else []
            self.ctx.put(
                "catalogi/resultaattypen",
                key,
                self.resultaattype_doc(zaaktype, result_url, outcome, besluittypen),
            )
        self.ctx.put("catalogi/zaaktypen", uuid, self.zaaktype_doc(zaaktype, besluit, iot))
        return zaaktype

    def zaaktype_doc(
        self, zaaktype: ZaaktypeUrls, besluit: dict[str, tuple[str, str]], iot: dict[str, tuple[str, str]]
    ) -> Doc:
        spec = zaaktype.spec
        return {
            "url": zaaktype.url,
            "identificatie": zaaktype.identificatie,
            "omschrijving": spec.omschrijving,
            "omschrijvingGeneriek": "",
            "vertrouwelijkheidaanduiding": VERTROUWELIJK,
            "doel": spec.doel,
            "aanleiding": spec.aanleiding,
            "toelichting": "Fictief zaaktype van de demogemeente Voorbeeldstad.",
            "indicatieInternOfExtern": "extern",
            "handelingInitiator": "Aanvragen",
            "onderwerp": spec.omschrijving,
            "handelingBehandelaar": "Behandelen",
            "doorlooptijd": spec.doorlooptijd,
            "servicenorm": None,
            "opschortingEnAanhoudingMogelijk": True,
            "verlengingMogelijk": True,
            "verlengingstermijn": "P6W",
            "trefwoorden": [spec.domein],
            "publicatieIndicatie": False,
            "publicatietekst": "",
            "verantwoordingsrelatie": [],
            "productenOfDiensten": [],
            "selectielijstProcestype": "",
            "referentieproces": {"naam": spec.omschrijving, "link": ""},
            "concept": False,
            "verantwoordelijke": "Sociaal domein",
            "broncatalogus": {"url": "", "domein": "", "rsin": ""},
            "bronzaaktype": {"url": "", "identificatie": "", "omschrijving": ""},
            **self.validity(),
            "versiedatum": self.since.isoformat(),
            **self.object_dates(),
            "catalogus": self.catalogus_url,
            "statustypen": zaaktype.statustypen,
            "resultaattypen": list(zaaktype.resultaattypen.values()),
            "eigenschappen": [],
            "informatieobjecttypen": [url for _, url in iot.values()],
            "roltypen": [url for url, _ in zaaktype.roltypen.values()],
            "besluittypen": [url for _, url in besluit.values()],
            "deelzaaktypen": [],
            "gerelateerdeZaaktypen": [],
            "zaakobjecttypen": [],
        }

    def statustype_doc(self, zaaktype: ZaaktypeUrls, url: str, volgnummer: int, omschrijving: str) -> Doc:
        return {
            "url": url,
            "omschrijving": omschrijving,
            "omschrijvingGeneriek": "",
            "statustekst": f"Uw zaak heeft de status: {omschrijving.lower()}.",
            "zaaktype": zaaktype.url,
            "zaaktypeIdentificatie": zaaktype.identificatie,
            "volgnummer": volgnummer,
            "isEindstatus": volgnummer == len(zaaktype.spec.statuses),
            "informeren": volgnummer in (1, len(zaaktype.spec.statuses)),
            "doorlooptijd": None,
            "toelichting": None,
            "checklistitemStatustype": [],
            "catalogus": self.catalogus_url,
            "eigenschappen": [],
            "zaakobjecttypen": [],
            "beginGeldigheid": None,
            "eindeGeldigheid": None,
            "beginObject": None,
            "eindeObject": None,
        }

    def roltype_doc(self, zaaktype: ZaaktypeUrls, url: str, omschrijving: str, generiek: str) -> Doc:
        return {
            "url": url,
            "zaaktype": zaaktype.url,
            "zaaktypeIdentificatie": zaaktype.identificatie,
            "omschrijving": omschrijving,
            "omschrijvingGeneriek": generiek,
            "catalogus": self.catalogus_url,
            "beginGeldigheid": None,
            "eindeGeldigheid": None,
            "beginObject": None,
            "eindeObject": None,
        }

    def resultaattype_doc(
        self, zaaktype: ZaaktypeUrls, url: str, outcome: str, besluittypen: list[str]
    ) -> Doc:
        # The selectielijst (VNG reference list) is not served by the sandbox; these URLs only fill fields.
        return {
            "url": url,
            "zaaktype": zaaktype.url,
            "zaaktypeIdentificatie": zaaktype.identificatie,
            "omschrijving": outcome.capitalize(),
            "resultaattypeomschrijving": f"{BASE}/selectielijst/api/v1/resultaattypeomschrijvingen/{outcome}",
            "omschrijvingGeneriek": outcome.capitalize(),
            "selectielijstklasse": f"{BASE}/selectielijst/api/v1/resultaten/{zaaktype.spec.domein}-{outcome}",
            "toelichting": "",
            "archiefnominatie": "vernietigen",
            "archiefactietermijn": "P10Y",
            "brondatumArchiefprocedure": {
                "afleidingswijze": "afgehandeld",
                "datumkenmerk": "",
                "einddatumBekend": False,
                "objecttype": "",
                "registratie": "",
                "procestermijn": None,
            },
            "procesobjectaard": "",
            "indicatieSpecifiek": None,
            "procestermijn": None,
            "catalogus": self.catalogus_url,
            "besluittypen": besluittypen,
            "besluittypeOmschrijving": [f"Beschikking {DECISIONS[outcome]}"] if besluittypen else [],
            "informatieobjecttypen": [],
            "informatieobjecttypeOmschrijving": [],
            "beginGeldigheid": None,
            "eindeGeldigheid": None,
            "beginObject": None,
            "eindeObject": None,
        }

    def besluittype_doc(
        self, url: str, kind: str, zaaktypen: list[str], resultaattypen: list[str], beschikking: str
    ) -> Doc:
        return {
            "url": url,
            "catalogus": self.catalogus_url,
            "zaaktypen": zaaktypen,
            "omschrijving": f"Beschikking {kind}",
            "omschrijvingGeneriek": "",
            "besluitcategorie": "Beschikking",
            "reactietermijn": "P6W",  # the term for objection (bezwaar) under the Awb
            "publicatieIndicatie": False,
            "publicatietekst": "",
            "publicatietermijn": None,
            "toelichting": "",
            "informatieobjecttypen": [beschikking],
            **self.validity(),
            "concept": False,
            "resultaattypen": resultaattypen,
            "resultaattypenOmschrijving": [OUTCOMES[0] if kind == "toekenning" else OUTCOMES[1]]
            * len(resultaattypen),
            "vastgelegdIn": [],
            **self.object_dates(),
        }

    def iot_doc(
        self,
        url: str,
        omschrijving: str,
        categorie: str,
        key: str,
        besluit: dict[str, tuple[str, str]],
        zaaktypen: list[str],
    ) -> Doc:
        return {
            "url": url,
            "catalogus": self.catalogus_url,
            "omschrijving": omschrijving,
            "vertrouwelijkheidaanduiding": VERTROUWELIJK,
            **self.validity(),
            "concept": False,
            "besluittypen": [u for _, u in besluit.values()] if key == "beschikking" else [],
            "informatieobjectcategorie": categorie,
            "trefwoord": [],
            "omschrijvingGeneriek": {
                "informatieobjecttypeOmschrijvingGeneriek": "",
                "definitieInformatieobjecttypeOmschrijvingGeneriek": "",
                "herkomstInformatieobjecttypeOmschrijvingGeneriek": "",
                "hierarchieInformatieobjecttypeOmschrijvingGeneriek": "",
                "opmerkingInformatieobjecttypeOmschrijvingGeneriek": "",
            },
            "zaaktypen": zaaktypen,
            **self.object_dates(),
        }


def write_catalog(ctx: Context) -> Catalog:
    return _CatalogWriter(ctx).write()
