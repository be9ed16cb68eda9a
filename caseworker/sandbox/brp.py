"""BRP Personen 2.7.0 (Haal Centraal): `POST /personen` with a `type` per query and mandatory `fields`.

Persons are stored as complete `Persoon` documents without `leeftijd`, which is computed when served.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from starlette.responses import Response

from caseworker.sandbox.http import BRP, Api, ApiError, Call, json_response, parse_date, today
from caseworker.sandbox.store import Doc

PERSONEN = Api("brp", "/haalcentraal/api/brp", "2.7.0", BRP, "apikey")

# Top-level `Persoon` properties one may ask for in `fields`.
FIELDS = {
    "aNummer", "burgerservicenummer", "datumEersteInschrijvingGBA", "geslacht", "uitsluitingKiesrecht",
    "europeesKiesrecht", "leeftijd", "naam", "nationaliteiten", "geboorte", "overlijden", "verblijfplaats",
    "immigratie", "gemeenteVanInschrijving", "datumInschrijvingInGemeente", "adressering",
    "indicatieCurateleRegister", "indicatieGezagMinderjarige", "gezag", "verblijfstitel", "kinderen",
    "ouders", "partners",
}  # fmt: skip
# Delivered automatically; asking for them is a 400 (spec: `fields` description).
AUTOMATIC = ("geheimhoudingPersoonsgegevens", "inOnderzoek", "opschortingBijhouding", "rni", "verificatie")

COMMON = ("type", "fields", "gemeenteVanInschrijving")
QUERIES: dict[str, tuple[tuple[str, ...], tuple[str, ...], int]] = {
    # type: (required parameters, optional parameters, maximum number of results)
    "RaadpleegMetBurgerservicenummer": (("burgerservicenummer",), (), 20),
    "ZoekMetGeslachtsnaamEnGeboortedatum": (
        ("geslachtsnaam", "geboortedatum"),
        ("voornamen", "voorvoegsel", "geslacht", "inclusiefOverledenPersonen"),
        10,
    ),
    "ZoekMetPostcodeEnHuisnummer": (
        ("postcode", "huisnummer"),
        (
            "huisletter",
            "huisnummertoevoeging",
            "geboortedatum",
            "geslachtsnaam",
            "inclusiefOverledenPersonen",
        ),
        30,
    ),
    "ZoekMetAdresseerbaarObjectIdentificatie": (
        ("adresseerbaarObjectIdentificatie",),
        ("inclusiefOverledenPersonen",),
        30,
    ),
}


def _bad(*params: tuple[str, str, str]) -> ApiError:
    items = [{"name": name, "code": code, "reason": reason} for name, code, reason in params]
    return ApiError(
        400,
        "BadRequest",
        "paramsValidation",
        "Een of meerdere parameters zijn niet correct.",
        "De foutieve parameter(s) zijn.",
        items,
    )


def _validate(body: dict[str, Any]) -> tuple[str, list[str]]:
    kind = body.get("type")
    if kind not in QUERIES:
        raise _bad(("type", "value", "Waarde is geen geldig zoek type."))
    required, optional, _ = QUERIES[kind]
    errors = [
        (name, "unknownParam", "Parameter is niet verwacht.")
        for name in body
        if name not in (*COMMON, *required, *optional)
    ]
    errors += [
        (name, "required", "Parameter is verplicht.")
        for name in ("fields", *required)
        if body.get(name) in (None, "", [])
    ]
    fields = body.get("fields") or []
    if not isinstance(fields, list) or not all(isinstance(f, str) for f in fields):
        errors.append(("fields", "array", "Parameter is geen array."))
        fields = []
    for index, path in enumerate(fields):
        if path.split(".")[0] not in FIELDS:
            errors.append((f"fields.{index}", "fields", "Parameter bevat een niet bestaande veldnaam."))
    numbers = body.get("burgerservicenummer")
    if kind == "RaadpleegMetBurgerservicenummer" and numbers:
        if not isinstance(numbers, list):
            errors.append(("burgerservicenummer", "array", "Parameter is geen array."))
        elif len(numbers) > 20:
            errors.append(("burgerservicenummer", "maxItems", "Array bevat meer dan 20 items."))
        else:
            errors += [
                (f"burgerservicenummer.{i}", "pattern", "Waarde voldoet niet aan patroon.")
                for i, n in enumerate(numbers)
                if not re.fullmatch(r"\d{9}", str(n))
            ]
    if body.get("geboortedatum") is not None and parse_date(body["geboortedatum"]) is None:
        errors.append(("geboortedatum", "date", "Waarde is geen geldige datum."))
    if errors:
        raise _bad(*errors)
    return kind, fields


def _candidates(call: Call, kind: str, body: dict[str, Any]) -> list[Doc]:
    store = call.store
    if kind == "RaadpleegMetBurgerservicenummer":
        found = (
            store.get("brp/personen", str(number)) for number in dict.fromkeys(body["burgerservicenummer"])
        )
        return [item[0] for item in found if item is not None]
    if kind == "ZoekMetGeslachtsnaamEnGeboortedatum":
        filters = {
            "geslachtsnaam": str(body["geslachtsnaam"]).lower(),
            "geboortedatum": body["geboortedatum"],
        }
    elif kind == "ZoekMetPostcodeEnHuisnummer":
        postcode = str(body["postcode"]).replace(" ", "").upper()
        filters = {"postcode_huisnummer": f"{postcode}|{body['huisnummer']}"}
    else:
        filters = {"adresseerbaarObjectIdentificatie": str(body["adresseerbaarObjectIdentificatie"])}
    return store.query("brp/personen", filters, newest_first=False)[1]


def _same(expected: Any, actual: Any) -> bool:
    return expected is None or str(expected).lower() == str(actual or "").lower()


def _wanted(person: Doc, kind: str, body: dict[str, Any]) -> bool:
    naam, adres = person.get("naam") or {}, (person.get("verblijfplaats") or {}).get("verblijfadres") or {}
    checks = [
        _same(body.get("voornamen"), naam.get("voornamen")),
        _same(body.get("voorvoegsel"), naam.get("voorvoegsel")),
        _same(body.get("huisletter"), adres.get("huisletter")),
        _same(body.get("huisnummertoevoeging"), adres.get("huisnummertoevoeging")),
        _same(body.get("gemeenteVanInschrijving"), (person.get("gemeenteVanInschrijving") or {}).get("code")),
        kind == "RaadpleegMetBurgerservicenummer"
        or bool(body.get("inclusiefOverledenPersonen"))
        or not person.get("overlijden"),
    ]
    if kind == "ZoekMetPostcodeEnHuisnummer":
        checks.append(_same(body.get("geslachtsnaam"), naam.get("geslachtsnaam")))
        checks.append(
            body.get("geboortedatum") is None or _birth(person) == parse_date(body["geboortedatum"])
        )
    return all(checks)


def _birth(person: Doc) -> date | None:
    return parse_date((((person.get("geboorte") or {}).get("datum")) or {}).get("datum"))


def with_age(person: Doc) -> Doc:
    born, now = _birth(person), today()
    if born is None or person.get("overlijden"):
        return person
    return {**person, "leeftijd": now.year - born.year - ((now.month, now.day) < (born.month, born.day))}


def _project(value: Any, paths: list[list[str]]) -> Any:
    """Keep only the requested paths; a path through a list applies to every item (`kinderen.naam`)."""
    if any(not path for path in paths) or not isinstance(value, dict | list):
        return value
    if isinstance(value, list):
        return [_project(item, paths) for item in value]
    result: dict[str, Any] = {}
    for key, sub in value.items():
        below = [path[1:] for path in paths if path[0] == key]
        if below:
            result[key] = _project(sub, below)
    return result


def select(person: Doc, fields: list[str]) -> Doc:
    projected = _project(with_age(person), [path.split(".") for path in fields])
    automatic = {name: person[name] for name in AUTOMATIC if name in person}
    return {**projected, **automatic}


def personen(call: Call) -> Response:
    body = call.json_body()
    if not isinstance(body, dict):
        raise _bad(("type", "required", "Parameter is verplicht."))
    kind, fields = _validate(body)
    limit = QUERIES[kind][2]
    found = [select(p, fields) for p in _candidates(call, kind, body) if _wanted(p, kind, body)][:limit]
    return json_response(call, {"type": kind, "personen": found})
