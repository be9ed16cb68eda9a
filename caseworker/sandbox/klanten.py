"""Klantinteracties 0.9.0 as Open Klant 2.18 serves it (OBSERVED.md §3.2; shapes: examples/openklant-*)."""

from __future__ import annotations

import re
from typing import Any

from starlette.responses import Response

from caseworker.sandbox.http import (
    DATETIME_FORMAT_ERROR,
    OPEN_KLANT,
    Api,
    Call,
    elfproef,
    format_utc,
    invalid,
    json_response,
    now_utc,
    parse_datetime,
    ref,
)
from caseworker.sandbox.resources import Collection, match, merge, new_url, save
from caseworker.sandbox.store import Doc

KLANTINTERACTIES = Api("klantinteracties", "/klantinteracties/api/v1", "0.9.0", OPEN_KLANT, "token")

ADRES_FIELDS = (
    "nummeraanduidingId",
    "straatnaam",
    "huisnummer",
    "huisnummertoevoeging",
    "postcode",
    "stad",
    "adresregel1",
    "adresregel2",
    "adresregel3",
    "land",
)
CONTACTNAAM_FIELDS = ("voorletters", "voornaam", "voorvoegselAchternaam", "achternaam")
IDENTIFICATOR_FIELDS = ("codeObjecttype", "codeSoortObjectId", "objectId", "codeRegister")
Errors = list[tuple[str, str, str]]


def _adres(given: Any) -> Doc:
    given = given if isinstance(given, dict) else {}
    return {name: given.get(name, None if name == "huisnummer" else "") for name in ADRES_FIELDS}


def _volledige_naam(contactnaam: Any) -> str:
    parts = (
        (contactnaam or {}).get("voornaam"),
        (contactnaam or {}).get("voorvoegselAchternaam"),
        (contactnaam or {}).get("achternaam"),
    )
    return " ".join(part for part in parts if part)


def _coll(call: Call, name: str) -> Collection:
    collection: Collection = call.state.registry.by_store[f"klantinteracties/{name}"]
    return collection


def _fk(
    call: Call, body: dict[str, Any], name: str, target: str, errors: Errors, *, needed: bool = True
) -> Doc | None:
    """A `{"uuid": …}` reference to an existing resource, returned as the stored document."""
    given = body.get(name)
    if not given:
        if needed:
            errors.append((name, "required", call.product.required))
        return None
    key = given.get("uuid") if isinstance(given, dict) else None
    stored = call.store.get(f"klantinteracties/{target}", str(key)) if key else None
    if stored is None:
        errors.append((f"{name}.uuid", "does_not_exist", f'Ongeldige pk "{key}" - object bestaat niet.'))
        return None
    return stored[0]


def _required(call: Call, body: dict[str, Any], names: tuple[str, ...], errors: Errors) -> None:
    errors += [(name, "required", call.product.required) for name in names if body.get(name) in (None, "")]


def _raise(call: Call, errors: Errors) -> None:
    if errors:
        raise invalid(call.product, *errors)


def _append(call: Call, target: Doc, store: str, field: str, item: Doc) -> None:
    """Record a new back-reference (partij.betrokkenen, klantcontact.hadBetrokkenen, …)."""
    target[field] = [*target.get(field, []), item]
    save(call, _coll(call, store), target)


def _choice(call: Call, body: dict[str, Any], name: str, options: tuple[str, ...], errors: Errors) -> None:
    value = body.get(name)
    if value is not None and value not in options:
        errors.append((name, "invalid_choice", f'"{value}" is een ongeldige keuze.'))


def _bool(call: Call, body: dict[str, Any], name: str, errors: Errors) -> None:
    if name in body and not isinstance(body[name], bool):
        errors.append((name, "invalid", "Must be a valid boolean."))


# --- partijen -----------------------------------------------------------------------------------------


def _bsn_errors(index: int, identificator: Any) -> Errors:
    given = identificator if isinstance(identificator, dict) else {}
    if given.get("codeSoortObjectId") != "bsn":
        return []
    name = f"partijIdentificatoren.{index}.partijIdentificatorObjectId"
    number = str(given.get("objectId", ""))
    if len(number) != 9:
        return [(name, "invalid", "Deze waarde is ongeldig, reden: Waarde moet 9 tekens lang zijn")]
    if not elfproef(number):
        return [(name, "invalid", "Deze waarde is ongeldig, reden: Onjuist BSN nummer")]
    return []


def _is_duplicate(call: Call, identificator: dict[str, Any]) -> bool:
    _, found = call.store.query(
        "klantinteracties/partij-identificatoren",
        {
            "partijIdentificatorObjectId": str(identificator.get("objectId", "")),
            "partijIdentificatorCodeSoortObjectId": str(identificator.get("codeSoortObjectId", "")),
        },
    )
    return any(
        doc["partijIdentificator"] == {name: identificator.get(name, "") for name in IDENTIFICATOR_FIELDS}
        for doc in found
    )


def _identificator_doc(call: Call, partij_url: str, given: dict[str, Any]) -> Doc:
    uuid, url = new_url(_coll(call, "partij-identificatoren"))
    inner = given.get("partijIdentificator") or {}
    return {
        "uuid": uuid,
        "url": url,
        "identificeerdePartij": ref(partij_url),
        "anderePartijIdentificator": given.get("anderePartijIdentificator", ""),
        "partijIdentificator": {name: inner.get(name, "") for name in IDENTIFICATOR_FIELDS},
        "subIdentificatorVan": given.get("subIdentificatorVan"),
    }


def _partij_identificatie(given: Any) -> Any:
    if not isinstance(given, dict):
        return None
    if "contactnaam" in given:
        contactnaam = {name: (given["contactnaam"] or {}).get(name, "") for name in CONTACTNAAM_FIELDS}
        return {**given, "contactnaam": contactnaam, "volledigeNaam": _volledige_naam(contactnaam)}
    return given


def _validate_partij(call: Call, body: dict[str, Any], partial: bool) -> list[dict[str, Any]]:
    errors: Errors = []
    if not partial:
        _required(call, body, ("soortPartij", "indicatieActief"), errors)
    _choice(call, body, "soortPartij", ("persoon", "organisatie", "contactpersoon"), errors)
    _bool(call, body, "indicatieActief", errors)
    identificatoren = body.get("partijIdentificatoren") or []
    for index, given in enumerate(identificatoren):
        errors += _bsn_errors(index, (given or {}).get("partijIdentificator"))
    _raise(call, errors)
    if any(_is_duplicate(call, (given or {}).get("partijIdentificator") or {}) for given in identificatoren):
        reason = "`PartijIdentificator` moet uniek zijn, er bestaat er al een met deze gegevenscombinatie."
        raise invalid(call.product, ("__all__", "unique_together", reason))
    return list(identificatoren)


def create_partij(call: Call, body: dict[str, Any]) -> Doc:
    identificatoren = _validate_partij(call, body, partial=False)
    uuid, url = new_url(_coll(call, "partijen"))
    embedded = [_identificator_doc(call, url, given or {}) for given in identificatoren]
    doc = {
        "uuid": uuid,
        "url": url,
        "nummer": None,  # deprecated in 2.18: always null
        "interneNotitie": body.get("interneNotitie", ""),
        "betrokkenen": [],
        "categorieRelaties": [],
        "digitaleAdressen": [],
        "voorkeursDigitaalAdres": body.get("voorkeursDigitaalAdres"),
        "vertegenwoordigden": [],
        "rekeningnummers": [],
        "voorkeursRekeningnummer": body.get("voorkeursRekeningnummer"),
        "partijIdentificatoren": embedded,
        "soortPartij": body["soortPartij"],
        "indicatieGeheimhouding": body.get("indicatieGeheimhouding"),
        "voorkeurstaal": body.get("voorkeurstaal", ""),
        "indicatieActief": body["indicatieActief"],
        "bezoekadres": _adres(body.get("bezoekadres")),
        "correspondentieadres": _adres(body.get("correspondentieadres")),
        "partijIdentificatie": _partij_identificatie(body.get("partijIdentificatie")),
    }
    for item in embedded:
        save(call, _coll(call, "partij-identificatoren"), item)
    return save(call, _coll(call, "partijen"), doc)


def update_partij(call: Call, old: Doc, body: dict[str, Any], partial: bool) -> Doc:
    _validate_partij(
        call, {key: value for key, value in body.items() if key != "partijIdentificatoren"}, partial
    )
    readonly = ("url", "uuid", "nummer", "betrokkenen", "digitaleAdressen", "partijIdentificatoren")
    doc = merge(call, old, body, partial, readonly)
    doc["bezoekadres"], doc["correspondentieadres"] = (
        _adres(doc["bezoekadres"]),
        _adres(doc["correspondentieadres"]),
    )
    doc["partijIdentificatie"] = _partij_identificatie(doc["partijIdentificatie"])
    return save(call, _coll(call, "partijen"), doc)


def create_partij_identificator(call: Call, body: dict[str, Any]) -> Doc:
    errors: Errors = []
    partij = _fk(call, body, "identificeerdePartij", "partijen", errors)
    errors += [
        (name.replace("partijIdentificatoren.0.", ""), code, reason)
        for name, code, reason in _bsn_errors(0, body.get("partijIdentificator"))
    ]
    _raise(call, errors)
    assert partij is not None
    if _is_duplicate(call, body.get("partijIdentificator") or {}):
        raise invalid(
            call.product,
            (
                "__all__",
                "unique_together",
                "`PartijIdentificator` moet uniek zijn, er bestaat er al een met deze gegevenscombinatie.",
            ),
        )
    doc = _identificator_doc(call, partij["url"], body)
    save(call, _coll(call, "partij-identificatoren"), doc)
    _append(call, partij, "partijen", "partijIdentificatoren", doc)
    return doc


EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}")


def create_digitaal_adres(call: Call, body: dict[str, Any]) -> Doc:
    errors: Errors = []
    _required(call, body, ("adres", "soortDigitaalAdres", "omschrijving"), errors)
    _choice(call, body, "soortDigitaalAdres", ("email", "telefoonnummer", "overig"), errors)
    if (
        body.get("soortDigitaalAdres") == "email"
        and body.get("adres")
        and not EMAIL.fullmatch(str(body["adres"]))
    ):
        errors.append(("adres", "invalid", "Voer een geldig e-mailadres in."))
    partij = _fk(call, body, "verstrektDoorPartij", "partijen", errors, needed=False)
    betrokkene = _fk(call, body, "verstrektDoorBetrokkene", "betrokkenen", errors, needed=False)
    _raise(call, errors)
    uuid, url = new_url(_coll(call, "digitaleadressen"))
    doc = {
        "uuid": uuid,
        "url": url,
        "verstrektDoorBetrokkene": ref(betrokkene["url"]) if betrokkene else None,
        "verstrektDoorPartij": ref(partij["url"]) if partij else None,
        "adres": body["adres"],
        "soortDigitaalAdres": body["soortDigitaalAdres"],
        "isStandaardAdres": body.get("isStandaardAdres", False),
        "omschrijving": body["omschrijving"],
        "referentie": body.get("referentie", ""),
        "verificatieDatum": body.get("verificatieDatum"),
    }
    save(call, _coll(call, "digitaleadressen"), doc)
    if partij:
        _append(call, partij, "partijen", "digitaleAdressen", ref(url))
    if betrokkene:
        _append(call, betrokkene, "betrokkenen", "digitaleAdressen", ref(url))
    return doc


# --- klantcontacten -----------------------------------------------------------------------------------


def _utc(call: Call, name: str, value: Any, errors: Errors) -> str | None:
    if value is None:
        return now_utc()
    moment = parse_datetime(value)
    if moment is None:
        errors.append((name, "invalid", DATETIME_FORMAT_ERROR))
        return None
    return format_utc(moment)


def _max_length(body: dict[str, Any], names: tuple[str, ...], limit: int, errors: Errors) -> None:
    for name in names:
        value = body.get(name)
        if isinstance(value, str) and len(value) > limit:
            errors.append(
                (name, "max_length", f"Zorg ervoor dat dit veld niet meer dan {limit} karakters bevat.")
            )


def _klantcontact_doc(call: Call, body: dict[str, Any]) -> Doc:
    errors: Errors = []
    _required(call, body, ("kanaal", "onderwerp", "taal", "vertrouwelijk"), errors)
    _bool(call, body, "vertrouwelijk", errors)
    _max_length(body, ("nummer", "referentienummer"), 10, errors)
    moment = _utc(call, "plaatsgevondenOp", body.get("plaatsgevondenOp"), errors)
    _raise(call, errors)
    uuid, url = new_url(_coll(call, "klantcontacten"))
    return {
        "uuid": uuid,
        "url": url,
        "gingOverOnderwerpobjecten": [],
        "hadBetrokkenActoren": [],
        "omvatteBijlagen": [],
        "hadBetrokkenen": [],
        "leiddeTotInterneTaken": [],
        "nummer": body.get("nummer"),
        "referentienummer": body.get("referentienummer"),
        "kanaal": body["kanaal"],
        "onderwerp": body["onderwerp"],
        "inhoud": body.get("inhoud", ""),
        "reactie": body.get("reactie", ""),
        "indicatieContactGelukt": body.get("indicatieContactGelukt"),
        "hoofdOnderwerpType": body.get("hoofdOnderwerpType", ""),
        "verdereActieOndernomen": body.get("verdereActieOndernomen", False),
        "taal": body["taal"],
        "vertrouwelijk": body["vertrouwelijk"],
        "plaatsgevondenOp": moment,
        "metadata": body.get("metadata") or {},
    }


def create_klantcontact(call: Call, body: dict[str, Any]) -> Doc:
    return save(call, _coll(call, "klantcontacten"), _klantcontact_doc(call, body))


def create_betrokkene(call: Call, body: dict[str, Any]) -> Doc:
    errors: Errors = []
    klantcontact = _fk(call, body, "hadKlantcontact", "klantcontacten", errors)
    partij = _fk(call, body, "wasPartij", "partijen", errors, needed=False)
    _required(call, body, ("rol", "initiator"), errors)
    _choice(call, body, "rol", ("vertegenwoordiger", "klant"), errors)
    _raise(call, errors)
    assert klantcontact is not None
    uuid, url = new_url(_coll(call, "betrokkenen"))
    contactnaam = {name: (body.get("contactnaam") or {}).get(name, "") for name in CONTACTNAAM_FIELDS}
    doc = {
        "uuid": uuid,
        "url": url,
        "wasPartij": ref(partij["url"]) if partij else None,
        "hadKlantcontact": ref(klantcontact["url"]),
        "digitaleAdressen": [],
        "bezoekadres": _adres(body.get("bezoekadres")),
        "correspondentieadres": _adres(body.get("correspondentieadres")),
        "contactnaam": contactnaam,
        "volledigeNaam": _volledige_naam(contactnaam),
        "rol": body["rol"],
        "organisatienaam": body.get("organisatienaam", ""),
        "initiator": body["initiator"],
    }
    save(call, _coll(call, "betrokkenen"), doc)
    _append(call, klantcontact, "klantcontacten", "hadBetrokkenen", ref(url))
    if partij:
        _append(call, partij, "partijen", "betrokkenen", ref(url))
    return doc


def create_onderwerpobject(call: Call, body: dict[str, Any]) -> Doc:
    errors: Errors = []
    klantcontact = _fk(call, body, "klantcontact", "klantcontacten", errors, needed=False)
    was = _fk(call, body, "wasKlantcontact", "klantcontacten", errors, needed=False)
    _raise(call, errors)
    uuid, url = new_url(_coll(call, "onderwerpobjecten"))
    given = body.get("onderwerpobjectidentificator") or {}
    doc = {
        "uuid": uuid,
        "url": url,
        "klantcontact": ref(klantcontact["url"]) if klantcontact else None,
        "wasKlantcontact": ref(was["url"]) if was else None,
        "onderwerpobjectidentificator": {
            name: given.get(name, "")
            for name in ("objectId", "codeObjecttype", "codeRegister", "codeSoortObjectId")
        },
    }
    save(call, _coll(call, "onderwerpobjecten"), doc)
    if klantcontact:
        _append(call, klantcontact, "klantcontacten", "gingOverOnderwerpobjecten", ref(url))
    return doc


def maak_klantcontact(call: Call, body: dict[str, Any]) -> Doc:
    """One call for a contact, its betrokkene and its onderwerpobject (201 without Location)."""
    klantcontact = create_klantcontact(call, body.get("klantcontact") or {})
    link = {"uuid": klantcontact["uuid"]}
    betrokkene = (
        create_betrokkene(call, {**body["betrokkene"], "hadKlantcontact": link})
        if body.get("betrokkene")
        else None
    )
    onderwerpobject = (
        create_onderwerpobject(call, {**body["onderwerpobject"], "klantcontact": link})
        if body.get("onderwerpobject")
        else None
    )
    stored = call.store.get("klantinteracties/klantcontacten", klantcontact["uuid"])
    assert stored is not None
    return {"klantcontact": stored[0], "betrokkene": betrokkene, "onderwerpobject": onderwerpobject}


# --- actoren and internetaken -------------------------------------------------------------------------


def create_actor(call: Call, body: dict[str, Any]) -> Doc:
    errors: Errors = []
    _required(call, body, ("naam", "soortActor"), errors)
    _choice(
        call, body, "soortActor", ("medewerker", "geautomatiseerde_actor", "organisatorische_eenheid"), errors
    )
    _raise(call, errors)
    uuid, url = new_url(_coll(call, "actoren"))
    given = body.get("actoridentificator") or {}
    doc = {
        "uuid": uuid,
        "url": url,
        "naam": body["naam"],
        "soortActor": body["soortActor"],
        "indicatieActief": body.get("indicatieActief", True),
        "actoridentificator": {
            name: given.get(name, "")
            for name in ("objectId", "codeObjecttype", "codeRegister", "codeSoortObjectId")
        },
        "actorIdentificatie": {
            "functie": "",
            "emailadres": "",
            "telefoonnummer": "",
            **(body.get("actorIdentificatie") or {}),
        },
    }
    return save(call, _coll(call, "actoren"), doc)


def create_actorklantcontact(call: Call, body: dict[str, Any]) -> Doc:
    errors: Errors = []
    actor = _fk(call, body, "actor", "actoren", errors)
    klantcontact = _fk(call, body, "klantcontact", "klantcontacten", errors)
    _raise(call, errors)
    assert actor is not None and klantcontact is not None
    uuid, url = new_url(_coll(call, "actorklantcontacten"))
    doc = {"uuid": uuid, "url": url, "actor": ref(actor["url"]), "klantcontact": ref(klantcontact["url"])}
    save(call, _coll(call, "actorklantcontacten"), doc)
    _append(call, klantcontact, "klantcontacten", "hadBetrokkenActoren", ref(actor["url"]))
    return doc


INTERNETAAK_STATUS = ("te_verwerken", "verwerkt")


def create_internetaak(call: Call, body: dict[str, Any]) -> Doc:
    errors: Errors = []
    _required(call, body, ("gevraagdeHandeling", "status"), errors)
    _choice(call, body, "status", INTERNETAAK_STATUS, errors)
    _max_length(body, ("nummer",), 10, errors)
    klantcontact = _fk(call, body, "aanleidinggevendKlantcontact", "klantcontacten", errors)
    given = body.get("toegewezenAanActoren")
    if bool(given) == bool(body.get("toegewezenAanActor")):
        # The text names the fields in snake_case, as the server sends it.
        reason = "`toegewezen_aan_actor` of `toegewezen_aan_actoren` is required (mag niet beiden gebruiken)."
        errors.append(("nonFieldErrors", "invalid", reason))
    single = body.get("toegewezenAanActor")
    items = given or ([single] if single else [])
    actoren = [
        _fk(call, {"toegewezenAanActoren": item}, "toegewezenAanActoren", "actoren", errors) for item in items
    ]
    _raise(call, errors)
    assert klantcontact is not None
    refs = [ref(actor["url"]) for actor in actoren if actor]
    uuid, url = new_url(_coll(call, "internetaken"))
    status = body["status"]
    doc = {
        "uuid": uuid,
        "url": url,
        "nummer": body.get("nummer"),
        "referentienummer": body.get("referentienummer"),
        "gevraagdeHandeling": body["gevraagdeHandeling"],
        "aanleidinggevendKlantcontact": ref(klantcontact["url"]),
        "toegewezenAanActor": refs[0],
        "toegewezenAanActoren": refs,
        "toelichting": body.get("toelichting", ""),
        "status": status,
        "toegewezenOp": now_utc(),
        "afgehandeldOp": now_utc() if status == "verwerkt" else None,
    }
    save(call, _coll(call, "internetaken"), doc)
    _append(call, klantcontact, "klantcontacten", "leiddeTotInterneTaken", ref(url))
    return doc


def update_internetaak(call: Call, old: Doc, body: dict[str, Any], partial: bool) -> Doc:
    errors: Errors = []
    _choice(call, body, "status", INTERNETAAK_STATUS, errors)
    given = body.get("toegewezenAanActoren")
    actoren = [
        _fk(call, {"toegewezenAanActoren": item}, "toegewezenAanActoren", "actoren", errors)
        for item in given or ()
    ]
    _raise(call, errors)
    readonly = (
        "url",
        "uuid",
        "toegewezenOp",
        "afgehandeldOp",
        "aanleidinggevendKlantcontact",
        "toegewezenAanActor",
        "toegewezenAanActoren",
    )
    doc = merge(call, old, body, partial, readonly)
    if given:  # a hand-over: the task goes to other actors (the first one is the deprecated single field)
        refs = [ref(actor["url"]) for actor in actoren if actor]
        doc["toegewezenAanActoren"], doc["toegewezenAanActor"] = refs, refs[0]
    if doc["status"] == "verwerkt" and old["status"] != "verwerkt":
        doc["afgehandeldOp"] = now_utc()
    return save(call, _coll(call, "internetaken"), doc)


def update_generic(call: Call, old: Doc, body: dict[str, Any], partial: bool) -> Doc:
    collection: Collection = call.state.registry.resolve(old["url"])[0]
    return save(call, collection, merge(call, old, body, partial))


def maak_klantcontact_handler(call: Call) -> Response:
    body = call.json_body()
    return json_response(call, maak_klantcontact(call, body if isinstance(body, dict) else {}), 201)


# --- the table ----------------------------------------------------------------------------------------


def _uuid(param: str, key: str | None = None, via: tuple[tuple[str, str], ...] = ()) -> Any:
    return match(param, key, "uuid", via=via)


def collections() -> list[Collection]:
    api = KLANTINTERACTIES
    via_betrokkene = (("klantinteracties/betrokkenen", "hadKlantcontact__uuid"),)
    partij_filters = tuple(
        match(f"partijIdentificator__{name}")
        for name in ("objectId", "codeSoortObjectId", "codeObjecttype", "codeRegister")
    )
    return [
        Collection(
            api,
            "partijen",
            "klantinteracties/partijen",
            (*partij_filters, match("soortPartij"), match("indicatieActief", kind="bool")),
            expand=("digitaleAdressen", "betrokkenen", "betrokkenen.hadKlantcontact"),
            create=create_partij,
            update=update_partij,
        ),
        Collection(
            api,
            "partij-identificatoren",
            "klantinteracties/partij-identificatoren",
            (match("partijIdentificatorObjectId"), match("partijIdentificatorCodeSoortObjectId")),
            create=create_partij_identificator,
        ),
        Collection(
            api,
            "digitaleadressen",
            "klantinteracties/digitaleadressen",
            (_uuid("verstrektDoorPartij__uuid"), match("soortDigitaalAdres")),
            expand=("verstrektDoorPartij", "verstrektDoorBetrokkene"),
            create=create_digitaal_adres,
            update=update_generic,
            delete=True,
        ),
        Collection(
            api,
            "klantcontacten",
            "klantinteracties/klantcontacten",
            (
                _uuid("hadBetrokkene__wasPartij__uuid", "wasPartij__uuid", via_betrokkene),
                match(
                    "hadBetrokkene__wasPartij__partijIdentificator__objectId",
                    "partijIdentificator__objectId",
                    via=(*via_betrokkene, ("klantinteracties/partijen", "betrokkenen__uuid")),
                ),
                match("kanaal"),
                match("nummer"),
                match("referentienummer"),
                match(
                    "onderwerpobject__onderwerpobjectidentificatorObjectId",
                    "onderwerpobjectidentificatorObjectId",
                    via=(("klantinteracties/onderwerpobjecten", "klantcontact__uuid"),),
                ),
            ),
            expand=(
                "hadBetrokkenen",
                "hadBetrokkenen.wasPartij",
                "gingOverOnderwerpobjecten",
                "leiddeTotInterneTaken",
            ),
            default_order="plaatsgevondenOp",
            create=create_klantcontact,
            update=update_generic,
        ),
        Collection(
            api,
            "betrokkenen",
            "klantinteracties/betrokkenen",
            (_uuid("wasPartij__uuid"), _uuid("hadKlantcontact__uuid")),
            expand=("hadKlantcontact", "wasPartij", "digitaleAdressen"),
            create=create_betrokkene,
        ),
        Collection(
            api,
            "onderwerpobjecten",
            "klantinteracties/onderwerpobjecten",
            (_uuid("klantcontact__uuid"), match("onderwerpobjectidentificatorObjectId")),
            create=create_onderwerpobject,
        ),
        Collection(
            api,
            "actoren",
            "klantinteracties/actoren",
            (match("actoridentificatorObjectId"), match("soortActor"), match("naam")),
            create=create_actor,
            update=update_generic,
        ),
        Collection(
            api,
            "actorklantcontacten",
            "klantinteracties/actorklantcontacten",
            (_uuid("actor__uuid"), _uuid("klantcontact__uuid")),
            create=create_actorklantcontact,
        ),
        Collection(
            api,
            "internetaken",
            "klantinteracties/internetaken",
            (
                _uuid("toegewezenAanActor__uuid"),
                match("status"),
                match("nummer"),
                _uuid("aanleidinggevendKlantcontact__uuid"),
                _uuid("klantcontact__uuid", "aanleidinggevendKlantcontact__uuid"),
            ),
            create=create_internetaak,
            update=update_internetaak,
            delete=True,
        ),
    ]
