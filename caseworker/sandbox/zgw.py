"""The ZGW APIs as Open Zaak 1.30 serves them: Zaken, Catalogi, Besluiten, Documenten (OBSERVED §3.3)."""

from __future__ import annotations

import base64
import binascii
import calendar
import re
from datetime import UTC, date, datetime, timedelta
from typing import Any

from starlette.responses import Response

from caseworker.sandbox.http import (
    DATETIME_FORMAT_ERROR,
    OPEN_ZAAK,
    Api,
    Call,
    elfproef,
    format_utc,
    invalid,
    json_response,
    new_uuid,
    not_found,
    now_utc,
    parse_date,
    parse_datetime,
    today,
)
from caseworker.sandbox.resources import Collection, Filter, choice, load, match, merge, new_url, save
from caseworker.sandbox.store import Condition, Doc, Match

ZAKEN = Api("zaken", "/zaken/api/v1", "1.5.1", OPEN_ZAAK, "zgw")
CATALOGI = Api("catalogi", "/catalogi/api/v1", "1.3.1", OPEN_ZAAK, "zgw")
BESLUITEN = Api("besluiten", "/besluiten/api/v1", "1.1.0", OPEN_ZAAK, "zgw")
DOCUMENTEN = Api("documenten", "/documenten/api/v1", "1.4.2", OPEN_ZAAK, "zgw")

VERTROUWELIJKHEID = (
    "openbaar",
    "beperkt_openbaar",
    "intern",
    "zaakvertrouwelijk",
    "vertrouwelijk",
    "confidentieel",
    "geheim",
    "zeer_geheim",
)


# --- shared validation --------------------------------------------------------------------------------


def _bad_url(url: str) -> tuple[str, str]:
    return (
        "does_not_exist",
        f'Bad URL "{url}" - object could not be fetched. '
        "This *may* be because you have insufficient read permissions.",
    )


def _existing(
    call: Call, body: dict[str, Any], name: str, store: str, errors: list[tuple[str, str, str]]
) -> Doc | None:
    """The document a required URL field points at; a missing or unknown URL adds an error."""
    url = body.get(name)
    if not url:
        errors.append((name, "required", call.product.required))
        return None
    found = call.state.registry.resolve(url)
    stored = call.store.get(store, found[1]) if found and found[0].store == store else None
    if stored is None:
        errors.append((name, *_bad_url(str(url).replace("http://sandbox.invalid", call.base_url))))
        return None
    return stored[0]


def _raise(call: Call, errors: list[tuple[str, str, str]]) -> None:
    if errors:
        raise invalid(call.product, *errors)


def _check_date(name: str, value: Any, errors: list[tuple[str, str, str]]) -> None:
    if value is not None and parse_date(value) is None:
        errors.append(
            (name, "invalid", "Date heeft het verkeerde formaat, gebruik 1 van deze formaten: YYYY-MM-DD.")
        )


def _utc_field(name: str, value: Any, errors: list[tuple[str, str, str]]) -> str | None:
    moment = parse_datetime(value)
    if moment is None:
        errors.append((name, "invalid", DATETIME_FORMAT_ERROR))
        return None
    return format_utc(moment)


def add_duration(start: date, duration: str | None) -> date | None:
    """`start` + an ISO 8601 duration of years, months, weeks and days (zaaktype doorlooptijd)."""
    found = re.fullmatch(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?", duration or "")
    if not found or duration == "P":
        return None
    years, months, weeks, days = (int(part or 0) for part in found.groups())
    month_index = start.month - 1 + months + 12 * years
    year, month = start.year + month_index // 12, month_index % 12 + 1
    shifted = start.replace(year=year, month=month, day=min(start.day, calendar.monthrange(year, month)[1]))
    return shifted + timedelta(weeks=weeks, days=days)


# --- zaken --------------------------------------------------------------------------------------------

ZAAK_DEFAULTS: dict[str, Any] = {
    "identificatie": "",
    "bronorganisatie": "",
    "omschrijving": "",
    "toelichting": "",
    "zaaktype": None,
    "registratiedatum": None,
    "verantwoordelijkeOrganisatie": "",
    "startdatum": None,
    "einddatum": None,
    "einddatumGepland": None,
    "uiterlijkeEinddatumAfdoening": None,
    "publicatiedatum": None,
    "laatstGemuteerd": None,
    "laatstGeopend": None,
    "communicatiekanaal": "",
    "communicatiekanaalNaam": "",
    "productenOfDiensten": [],
    "vertrouwelijkheidaanduiding": "openbaar",
    "betalingsindicatie": "",
    "betalingsindicatieWeergave": "",
    "laatsteBetaaldatum": None,
    "zaakgeometrie": None,
    "verlenging": None,
    "opschorting": {"indicatie": False, "eerdereOpschorting": False, "reden": ""},
    "selectielijstklasse": "",
    "hoofdzaak": None,
    "deelzaken": [],
    "relevanteAndereZaken": [],
    "gerelateerdeZaken": [],
    "eigenschappen": [],
    "rollen": [],
    "status": None,
    "zaakinformatieobjecten": [],
    "zaakobjecten": [],
    "kenmerken": [],
    "archiefnominatie": None,
    "archiefstatus": "nog_te_archiveren",
    "archiefactiedatum": None,
    "resultaat": None,
    "opdrachtgevendeOrganisatie": "",
    "processobjectaard": "",
    "startdatumBewaartermijn": None,
    "processobject": {"datumkenmerk": "", "identificatie": "", "objecttype": "", "registratie": ""},
}
ZAAK_READONLY = (
    "url",
    "uuid",
    "identificatie",
    "registratiedatum",
    "laatstGemuteerd",
    "rollen",
    "status",
    "zaakinformatieobjecten",
    "zaakobjecten",
    "resultaat",
    "deelzaken",
    "eigenschappen",
)


def check_zaaktype(call: Call, body: dict[str, Any]) -> None:
    """Open Zaak validates the zaaktype before the CRS headers, and reports only that error when it fails."""
    if call.method == "PATCH" and "zaaktype" not in body:
        return
    errors: list[tuple[str, str, str]] = []
    zaaktype = _existing(call, body, "zaaktype", "catalogi/zaaktypen", errors)
    if zaaktype is not None and zaaktype.get("concept"):
        errors.append(("zaaktype", "not-published", "De resource is niet gepubliceerd."))
    _raise(call, errors)


def _validate_zaak(call: Call, body: dict[str, Any], partial: bool) -> None:
    errors: list[tuple[str, str, str]] = []
    if not partial:
        errors += [
            (n, "required", call.product.required)
            for n in ("bronorganisatie", "verantwoordelijkeOrganisatie", "startdatum")
            if not body.get(n)
        ]
    for name in ("bronorganisatie", "verantwoordelijkeOrganisatie"):
        if body.get(name) and not elfproef(str(body[name]), rsin=True):
            errors.append((name, "invalid", "Onjuist RSIN nummer"))
    for name in ("startdatum", "einddatumGepland", "uiterlijkeEinddatumAfdoening", "publicatiedatum"):
        _check_date(name, body.get(name), errors)
    value = body.get("vertrouwelijkheidaanduiding")
    if value is not None and value not in VERTROUWELIJKHEID:
        errors.append(("vertrouwelijkheidaanduiding", "invalid_choice", f'"{value}" is een ongeldige keuze.'))
    _raise(call, errors)


def create_zaak(call: Call, body: dict[str, Any]) -> Doc:
    _validate_zaak(call, body, partial=False)
    zaaktype = call.state.registry.fetch(call, body["zaaktype"]) or {}
    uuid, url = new_url(call.state.registry.by_store["zaken/zaken"])
    year = today().year
    doc: Doc = {"url": url, "uuid": uuid}
    for name, default in ZAAK_DEFAULTS.items():
        doc[name] = default if name in ZAAK_READONLY else body.get(name, default)
    doc["identificatie"] = (
        body.get("identificatie") or f"ZAAK-{year}-{call.store.next_counter(f'zaak-{year}'):010d}"
    )
    doc["registratiedatum"] = body.get("registratiedatum") or today().isoformat()
    start = parse_date(doc["startdatum"])
    if doc["uiterlijkeEinddatumAfdoening"] is None and start is not None:
        end = add_duration(start, zaaktype.get("doorlooptijd"))
        doc["uiterlijkeEinddatumAfdoening"] = end.isoformat() if end else None
    doc["laatstGemuteerd"] = now_utc()
    call.state.own_created.add(uuid)
    return save(call, call.state.registry.by_store["zaken/zaken"], doc)


def update_zaak(call: Call, old: Doc, body: dict[str, Any], partial: bool) -> Doc:
    _validate_zaak(call, body, partial)
    doc = merge(call, old, body, partial, ZAAK_READONLY)
    doc["laatstGemuteerd"] = now_utc()
    return save(call, call.state.registry.by_store["zaken/zaken"], doc)


def _touch_zaak(call: Call, zaak: Doc, **changes: Any) -> None:
    """Keep a zaak's relations in step with a sub-resource written through the API."""
    for name, value in changes.items():
        zaak[name] = [*zaak[name], value] if isinstance(zaak.get(name), list) else value
    zaak["laatstGemuteerd"] = now_utc()
    save(call, call.state.registry.by_store["zaken/zaken"], zaak)


def _is_end_status(call: Call, statustype: Doc) -> bool:
    # Open Zaak computes isEindstatus as the highest volgnummer of the zaaktype at this moment.
    _, siblings = call.store.query("catalogi/statustypen", {"zaaktype": statustype.get("zaaktype", "")})
    return statustype.get("volgnummer", 0) >= max((s.get("volgnummer", 0) for s in siblings), default=0)


def create_status(call: Call, body: dict[str, Any]) -> Doc:
    errors: list[tuple[str, str, str]] = []
    zaak = _existing(call, body, "zaak", "zaken/zaken", errors)
    statustype = _existing(call, body, "statustype", "catalogi/statustypen", errors)
    gezet = body.get("datumStatusGezet")
    moment = None if gezet is None else _utc_field("datumStatusGezet", gezet, errors)
    if gezet is None:
        errors.append(("datumStatusGezet", "required", call.product.required))
    elif (parsed := parse_datetime(gezet)) is not None and parsed > datetime.now(UTC):
        # Compared with the server clock: a client whose clock runs ahead gets this error (OBSERVED §3.3).
        errors.append(("datumStatusGezet", "date-in-future", "Deze datum mag niet in de toekomst zijn"))
    _raise(call, errors)
    assert zaak is not None and statustype is not None and moment is not None
    end = _is_end_status(call, statustype)
    if end and not zaak.get("resultaat"):
        raise invalid(call.product, ("nonFieldErrors", "resultaat-does-not-exist", "Zaak has no resultaat."))
    collection = call.state.registry.by_store["zaken/statussen"]
    uuid, url = new_url(collection)
    doc = {
        "url": url,
        "uuid": uuid,
        "zaak": body["zaak"],
        "statustype": body["statustype"],
        "datumStatusGezet": moment,
        "statustoelichting": body.get("statustoelichting", ""),
        "indicatieLaatstGezetteStatus": True,
        "gezetdoor": body.get("gezetdoor"),
        "zaakinformatieobjecten": [],
    }
    previous = call.store.get("zaken/statussen", str(zaak.get("status") or "").rsplit("/", 1)[-1])
    if previous is not None:
        save(call, collection, {**previous[0], "indicatieLaatstGezetteStatus": False})
    save(call, collection, doc)
    _touch_zaak(call, zaak, status=url, **({"einddatum": moment[:10]} if end else {}))
    return doc


BETROKKENE_TYPES = (
    "natuurlijk_persoon",
    "niet_natuurlijk_persoon",
    "vestiging",
    "organisatorische_eenheid",
    "medewerker",
)
NATUURLIJK_PERSOON: dict[str, Any] = {
    "inpBsn": "",
    "anpIdentificatie": "",
    "inpA_nummer": "",
    "geslachtsnaam": "",
    "voorvoegselGeslachtsnaam": "",
    "voorletters": "",
    "voornamen": "",
    "geslachtsaanduiding": "",
    "geboortedatum": "",
    "verblijfsadres": None,
    "subVerblijfBuitenland": None,
}


def create_rol(call: Call, body: dict[str, Any]) -> Doc:
    errors: list[tuple[str, str, str]] = []
    zaak = _existing(call, body, "zaak", "zaken/zaken", errors)
    roltype = _existing(call, body, "roltype", "catalogi/roltypen", errors)
    kind = body.get("betrokkeneType")
    if kind is None:
        errors.append(("betrokkeneType", "required", call.product.required))
    elif kind not in BETROKKENE_TYPES:
        errors.append(("betrokkeneType", "invalid_choice", f'"{kind}" is een ongeldige keuze.'))
    if not body.get("roltoelichting"):
        errors.append(("roltoelichting", "required", call.product.required))
    identificatie = body.get("betrokkeneIdentificatie") or {}
    if kind == "natuurlijk_persoon":
        identificatie = {**NATUURLIJK_PERSOON, **identificatie}
        if identificatie["inpBsn"] and not elfproef(identificatie["inpBsn"]):
            errors.append(("betrokkeneIdentificatie.inpBsn", "invalid", "Onjuist BSN nummer"))
    _raise(call, errors)
    assert zaak is not None and roltype is not None
    collection = call.state.registry.by_store["zaken/rollen"]
    uuid, url = new_url(collection)
    doc = {
        "url": url,
        "uuid": uuid,
        "zaak": body["zaak"],
        "betrokkene": body.get("betrokkene", ""),
        "betrokkeneType": kind,
        "afwijkendeNaamBetrokkene": body.get("afwijkendeNaamBetrokkene", ""),
        "roltype": body["roltype"],
        "omschrijving": roltype.get("omschrijving", ""),
        "omschrijvingGeneriek": roltype.get("omschrijvingGeneriek", ""),
        "roltoelichting": body["roltoelichting"],
        "registratiedatum": now_utc(),
        "indicatieMachtiging": body.get("indicatieMachtiging", ""),
        "contactpersoonRol": {
            "emailadres": "",
            "functie": "",
            "telefoonnummer": "",
            "naam": "",
            **(body.get("contactpersoonRol") or {}),
        },
        "statussen": [],
        "beginGeldigheid": body.get("beginGeldigheid"),
        "eindeGeldigheid": body.get("eindeGeldigheid"),
        "betrokkeneIdentificatie": identificatie or None,
        "authenticatieContext": None,
    }
    save(call, collection, doc)
    _touch_zaak(call, zaak, rollen=url)
    return doc


def create_resultaat(call: Call, body: dict[str, Any]) -> Doc:
    errors: list[tuple[str, str, str]] = []
    zaak = _existing(call, body, "zaak", "zaken/zaken", errors)
    _existing(call, body, "resultaattype", "catalogi/resultaattypen", errors)
    _raise(call, errors)
    assert zaak is not None
    collection = call.state.registry.by_store["zaken/resultaten"]
    uuid, url = new_url(collection)
    doc = {
        "url": url,
        "uuid": uuid,
        "zaak": body["zaak"],
        "resultaattype": body["resultaattype"],
        "toelichting": body.get("toelichting", ""),
    }
    save(call, collection, doc)
    _touch_zaak(call, zaak, resultaat=url)
    return doc


def create_zaakinformatieobject(call: Call, body: dict[str, Any]) -> Doc:
    errors: list[tuple[str, str, str]] = []
    zaak = _existing(call, body, "zaak", "zaken/zaken", errors)
    document = _existing(call, body, "informatieobject", "documenten/enkelvoudiginformatieobjecten", errors)
    _raise(call, errors)
    assert zaak is not None and document is not None
    collection = call.state.registry.by_store["zaken/zaakinformatieobjecten"]
    uuid, url = new_url(collection)
    doc = {
        "url": url,
        "uuid": uuid,
        "informatieobject": body["informatieobject"],
        "zaak": body["zaak"],
        "aardRelatieWeergave": "Hoort bij, omgekeerd: kent",
        "titel": body.get("titel", ""),
        "beschrijving": body.get("beschrijving", ""),
        "registratiedatum": now_utc(),
        "vernietigingsdatum": body.get("vernietigingsdatum"),
        "status": body.get("status"),
    }
    save(call, collection, doc)
    _touch_zaak(call, zaak, zaakinformatieobjecten=url)
    return doc


def create_zaakobject(call: Call, body: dict[str, Any]) -> Doc:
    errors: list[tuple[str, str, str]] = []
    zaak = _existing(call, body, "zaak", "zaken/zaken", errors)
    if not body.get("objectType"):
        errors.append(("objectType", "required", call.product.required))
    _raise(call, errors)
    assert zaak is not None
    collection = call.state.registry.by_store["zaken/zaakobjecten"]
    uuid, url = new_url(collection)
    doc = {
        "url": url,
        "uuid": uuid,
        "zaak": body["zaak"],
        "object": body.get("object", ""),
        "zaakobjecttype": body.get("zaakobjecttype", ""),
        "objectType": body["objectType"],
        "objectTypeOverige": body.get("objectTypeOverige", ""),
        "objectTypeOverigeDefinitie": body.get("objectTypeOverigeDefinitie"),
        "relatieomschrijving": body.get("relatieomschrijving", ""),
        "objectIdentificatie": body.get("objectIdentificatie"),
    }
    save(call, collection, doc)
    _touch_zaak(call, zaak, zaakobjecten=url)
    return doc


def audittrail(call: Call) -> Response:
    zaak_uuid = call.path_args["uuid"]
    if call.store.get("zaken/zaken", zaak_uuid) is None:
        raise not_found()
    _, entries = call.store.query("zaken/audittrail", {"hoofdObject__uuid": zaak_uuid}, newest_first=False)
    return json_response(call, entries)


# --- documenten ---------------------------------------------------------------------------------------

DOCUMENT_DEFAULTS: dict[str, Any] = {
    "identificatie": "",
    "bronorganisatie": "",
    "creatiedatum": None,
    "titel": "",
    "vertrouwelijkheidaanduiding": "openbaar",
    "auteur": "",
    "status": "",
    "formaat": "",
    "taal": "",
    "versie": 1,
    "beginRegistratie": None,
    "bestandsnaam": "",
    "inhoud": None,
    "bestandsomvang": None,
    "link": "",
    "beschrijving": "",
    "ontvangstdatum": None,
    "verzenddatum": None,
    "indicatieGebruiksrecht": False,
    "verschijningsvorm": "",
    "ondertekening": None,
    "integriteit": None,
    "informatieobjecttype": None,
    "locked": False,
    "bestandsdelen": [],
    "trefwoorden": [],
    "lock": "",
}
DOCUMENT_READONLY = (
    "identificatie",
    "versie",
    "beginRegistratie",
    "inhoud",
    "bestandsomvang",
    "locked",
    "bestandsdelen",
    "lock",
)


def create_document(call: Call, body: dict[str, Any]) -> Doc:
    errors: list[tuple[str, str, str]] = []
    names = ("bronorganisatie", "creatiedatum", "titel", "auteur", "taal")
    errors += [(name, "required", call.product.required) for name in names if not body.get(name)]
    _existing(call, body, "informatieobjecttype", "catalogi/informatieobjecttypen", errors)
    _check_date("creatiedatum", body.get("creatiedatum"), errors)
    content = b""
    if body.get("inhoud") is not None:
        try:
            content = base64.b64decode(str(body["inhoud"]), validate=True)
        except (binascii.Error, ValueError):
            errors.append(("inhoud", "invalid-base64", "Only base64 data is allowed"))
    _raise(call, errors)
    collection = call.state.registry.by_store["documenten/enkelvoudiginformatieobjecten"]
    uuid, url = new_url(collection)
    year = today().year
    doc: Doc = {"url": url}
    for name, default in DOCUMENT_DEFAULTS.items():
        doc[name] = default if name in DOCUMENT_READONLY else body.get(name, default)
    doc["identificatie"] = (
        body.get("identificatie") or f"DOCUMENT-{year}-{call.store.next_counter(f'document-{year}'):010d}"
    )
    doc["beginRegistratie"] = now_utc()
    doc["inhoud"] = f"{url}/download?versie=1"
    doc["bestandsomvang"] = len(content)
    call.store.put_blob(uuid, content)
    return save(call, collection, doc)


def download(call: Call) -> Response:
    collection = call.state.registry.by_store["documenten/enkelvoudiginformatieobjecten"]
    doc, _ = load(call, collection)
    content = call.store.get_blob(call.path_args["uuid"])
    if content is None:
        raise not_found()
    registered = parse_datetime(doc.get("beginRegistratie")) or datetime.now().astimezone()
    headers = {
        # The real server names the file after a fresh uuid, not after `bestandsnaam` (OBSERVED §3.3).
        "Content-Disposition": f'attachment; filename="{new_uuid()}.bin"',
        "Last-Modified": registered.strftime("%a, %d %b %Y %H:%M:%S GMT"),
        "API-version": call.api.version,
        "Allow": call.allow,
    }
    return Response(content, 200, headers, media_type="application/octet-stream")


# --- the table ----------------------------------------------------------------------------------------

ZAAKTYPE_STATUS: dict[str, tuple[Condition, ...]] = {
    "alles": (),
    "concept": (Match("concept", "True"),),
    "definitief": (Match("concept", "False"),),
}
# Sub-types follow the status of their zaaktype; the sandbox accepts the parameter but does not filter on it.
ANY_STATUS: dict[str, tuple[Condition, ...]] = {name: () for name in ZAAKTYPE_STATUS}


def _rol_filter(param: str, key: str) -> Any:
    return match(param, key, via=(("zaken/rollen", "zaak__uuid"),))


def _zaaktype_children(name: str) -> Collection:
    filters: tuple[Filter, ...] = (match("zaaktype", kind="url"), match("zaaktypeIdentificatie"))
    if name == "roltypen":
        filters += (match("omschrijvingGeneriek"),)
    return Collection(CATALOGI, name, f"catalogi/{name}", (*filters, choice("status", ANY_STATUS)))


def collections() -> list[Collection]:
    date_filters = tuple(
        match(f"startdatum__{suffix}", "startdatum", "date", op)
        for suffix, op in (("gt", ">"), ("gte", ">="), ("lt", "<"), ("lte", "<="))
    )
    zaak_filters = (
        match("identificatie"),
        match("bronorganisatie"),
        match("zaaktype", kind="url"),
        match("archiefstatus"),
        match("startdatum", kind="date"),
        *date_filters,
        _rol_filter(
            "rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn",
            "betrokkeneIdentificatie__natuurlijkPersoon__inpBsn",
        ),
        _rol_filter(
            "rol__betrokkeneIdentificatie__medewerker__identificatie",
            "betrokkeneIdentificatie__medewerker__identificatie",
        ),
        _rol_filter("rol__omschrijvingGeneriek", "omschrijvingGeneriek"),
        _rol_filter("rol__betrokkeneType", "betrokkeneType"),
    )
    return [
        Collection(CATALOGI, "catalogussen", "catalogi/catalogussen", (match("domein"), match("rsin"))),
        Collection(
            CATALOGI,
            "zaaktypen",
            "catalogi/zaaktypen",
            (
                match("catalogus", kind="url"),
                match("identificatie"),
                choice("status", ZAAKTYPE_STATUS, "definitief"),
            ),
        ),
        *(_zaaktype_children(name) for name in ("statustypen", "roltypen", "resultaattypen")),
        Collection(
            CATALOGI,
            "informatieobjecttypen",
            "catalogi/informatieobjecttypen",
            (match("catalogus", kind="url"), choice("status", ANY_STATUS)),
        ),
        Collection(
            CATALOGI,
            "besluittypen",
            "catalogi/besluittypen",
            (match("catalogus", kind="url"), choice("status", ANY_STATUS)),
        ),
        Collection(
            ZAKEN,
            "zaken",
            "zaken/zaken",
            zaak_filters,
            expand=(
                "rollen",
                "status",
                "status.statustype",
                "zaaktype",
                "resultaat",
                "resultaat.resultaattype",
            ),
            ordering=("startdatum", "identificatie"),
            etag=True,
            crs_read=("Accept-Crs",),
            crs_write=("Accept-Crs", "Content-Crs"),
            create=create_zaak,
            update=update_zaak,
            precheck=check_zaaktype,
            audit="zaak",
        ),
        Collection(
            ZAKEN,
            "statussen",
            "zaken/statussen",
            (match("zaak", kind="url"), match("statustype", kind="url")),
            create=create_status,
            audit="status",
        ),
        Collection(
            ZAKEN,
            "rollen",
            "zaken/rollen",
            (
                match("zaak", kind="url"),
                match("roltype", kind="url"),
                match("betrokkeneType"),
                match("omschrijvingGeneriek"),
                match("betrokkeneIdentificatie__natuurlijkPersoon__inpBsn"),
                match("betrokkeneIdentificatie__medewerker__identificatie"),
            ),
            create=create_rol,
            audit="rol",
        ),
        Collection(
            ZAKEN,
            "resultaten",
            "zaken/resultaten",
            (match("zaak", kind="url"), match("resultaattype", kind="url")),
            create=create_resultaat,
            audit="resultaat",
        ),
        Collection(
            ZAKEN,
            "zaakinformatieobjecten",
            "zaken/zaakinformatieobjecten",
            (match("zaak", kind="url"), match("informatieobject", kind="url")),
            paginated=False,
            create=create_zaakinformatieobject,
            audit="zaakinformatieobject",
        ),
        Collection(
            ZAKEN,
            "zaakobjecten",
            "zaken/zaakobjecten",
            (match("zaak", kind="url"), match("object", kind="url"), match("objectType")),
            create=create_zaakobject,
            audit="zaakobject",
        ),
        Collection(
            BESLUITEN,
            "besluiten",
            "besluiten/besluiten",
            (
                match("zaak", kind="url"),
                match("besluittype", kind="url"),
                match("identificatie"),
                match("verantwoordelijkeOrganisatie"),
            ),
            etag=True,
        ),
        Collection(
            BESLUITEN,
            "besluitinformatieobjecten",
            "besluiten/besluitinformatieobjecten",
            (match("besluit", kind="url"), match("informatieobject", kind="url")),
            paginated=False,
        ),
        Collection(
            DOCUMENTEN,
            "enkelvoudiginformatieobjecten",
            "documenten/enkelvoudiginformatieobjecten",
            (match("identificatie"), match("bronorganisatie"), match("informatieobjecttype", kind="url")),
            etag=True,
            create=create_document,
        ),
    ]
