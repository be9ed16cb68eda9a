"""Every sandbox operation, successes and errors, validated against the official specs in ../shared/specs.

Error bodies of Klantinteracties and Objects are not described by their specs (only 2xx is); they share
vng-api-common's shape with Open Zaak, so they are checked against the Zaken spec's `Fout`/`ValidatieFout`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from openapi_core.validation.schemas import oas30_read_schema_validators_factory

from caseworker.sandbox import credentials
from caseworker.sandbox.auth import make_zgw_token
from caseworker.sandbox.server import RunningSandbox, start_in_thread

pytestmark = pytest.mark.contract

ZGW_CRS = {"Accept-Crs": "EPSG:4326", "Content-Crs": "EPSG:4326"}


class Checker:
    """Sends one request to the sandbox and validates the exchange against a spec."""

    def __init__(
        self, sandbox: RunningSandbox, load_spec: Callable[[str], Any], validate: Callable[..., None]
    ) -> None:
        self.sandbox = sandbox
        self.load_spec = load_spec
        self.validate = validate
        self.client = httpx.Client(base_url=sandbox.base_url, timeout=10)

    def auth(self, spec: str) -> dict[str, str]:
        if spec.startswith(("klantinteracties", "objects")):
            return {"Authorization": f"Token {credentials.api_token()}"}
        if spec.startswith("brp"):
            return {"X-API-KEY": credentials.brp_api_key()}
        return {"Authorization": f"Bearer {make_zgw_token()}", **ZGW_CRS}

    def __call__(
        self,
        spec: str,
        method: str,
        path: str,
        expected: int,
        body: Any = None,
        headers: dict[str, str] | None = None,
        as_spec: str | None = None,
    ) -> Any:
        # A header given as "" is left out (how the tests omit Authorization or Accept-Crs).
        sent = {key: value for key, value in {**self.auth(spec), **(headers or {})}.items() if value}
        url = path if path.startswith("http") else f"{self.sandbox.base_url}{path}"
        response = self.client.request(method, url, json=body, headers=sent)
        assert response.status_code == expected, response.text
        self.validate(
            self.load_spec(as_spec or spec),
            method,
            url,
            {**sent, "Content-Type": "application/json"},
            response.status_code,
            dict(response.headers),
            response.content,
            request_body=body,
        )
        return response.json() if response.content else None


@pytest.fixture(scope="module")
def sandbox() -> Iterator[RunningSandbox]:
    with start_in_thread(persons=40, seed=2) as running:
        yield running


@pytest.fixture(scope="module")
def check(
    sandbox: RunningSandbox, load_spec: Callable[[str], Any], validate_response: Callable[..., None]
) -> Iterator[Checker]:
    checker = Checker(sandbox, load_spec, validate_response)
    yield checker
    checker.client.close()


Z, C, D, B = "zaken-1.5.1", "catalogi-1.3.1", "documenten-1.4.2", "besluiten-1.1.0"
K, OBJ, P = "klantinteracties-0.9.0", "objects-2.7.0", "brp-personen-2.7.0"


def _first(check: Checker, spec: str, path: str) -> dict[str, Any]:
    results = check(spec, "GET", path, 200)
    items = results["results"] if isinstance(results, dict) else results
    assert items, f"no data at {path}"
    return dict(items[0])


# --- Catalogi, Zaken, Besluiten, Documenten: reads ----------------------------------------------------

CATALOGI = [
    "catalogussen",
    "zaaktypen",
    "statustypen",
    "roltypen",
    "resultaattypen",
    "informatieobjecttypen",
    "besluittypen",
]


@pytest.mark.parametrize("name", CATALOGI)
def test_catalogi_list_and_detail(check: Checker, name: str) -> None:
    item = _first(check, C, f"/catalogi/api/v1/{name}")
    check(C, "GET", item["url"], 200)


def test_zaken_reads(check: Checker) -> None:
    zaak = _first(check, Z, "/zaken/api/v1/zaken?ordering=-startdatum")
    check(Z, "GET", f"{zaak['url']}?expand=rollen,status,status.statustype,zaaktype,resultaat", 200)
    check(Z, "HEAD", zaak["url"], 200)
    for name in ("statussen", "rollen", "resultaten", "zaakobjecten"):
        item = _first(check, Z, f"/zaken/api/v1/{name}")
        check(Z, "GET", item["url"], 200)
    link = _first(check, Z, "/zaken/api/v1/zaakinformatieobjecten")
    check(Z, "GET", link["url"], 200)
    check(Z, "GET", f"{zaak['url']}/audittrail", 200)
    check(Z, "POST", "/zaken/api/v1/zaken/_zoek", 200, body={"bronorganisatie": zaak["bronorganisatie"]})


def test_besluiten_and_documenten_reads(check: Checker) -> None:
    besluit = _first(check, B, "/besluiten/api/v1/besluiten")
    check(B, "GET", besluit["url"], 200)
    check(B, "GET", "/besluiten/api/v1/besluitinformatieobjecten", 200)
    document = _first(check, D, "/documenten/api/v1/enkelvoudiginformatieobjecten")
    check(D, "GET", document["url"], 200)


# --- Zaken and Documenten: writes ---------------------------------------------------------------------


def test_zaak_writes(check: Checker) -> None:
    zaaktype = _first(check, C, "/catalogi/api/v1/zaaktypen")
    zaak = check(
        Z,
        "POST",
        "/zaken/api/v1/zaken",
        201,
        body={
            "bronorganisatie": "517439943",
            "verantwoordelijkeOrganisatie": "517439943",
            "zaaktype": zaaktype["url"],
            "startdatum": "2026-11-01",
        },
    )
    check(Z, "PATCH", zaak["url"], 200, body={"toelichting": "Bijgewerkt"})
    statustype = min(
        check(C, "GET", f"/catalogi/api/v1/statustypen?zaaktype={zaaktype['url']}", 200)["results"],
        key=lambda s: s["volgnummer"],
    )
    check(
        Z,
        "POST",
        "/zaken/api/v1/statussen",
        201,
        body={
            "zaak": zaak["url"],
            "statustype": statustype["url"],
            "datumStatusGezet": "2026-11-01T10:00:00Z",
        },
    )
    roltype = check(C, "GET", f"/catalogi/api/v1/roltypen?zaaktype={zaaktype['url']}", 200)["results"][0]
    rol = {
        "zaak": zaak["url"],
        "roltype": roltype["url"],
        "betrokkeneType": "natuurlijk_persoon",
        "roltoelichting": "Aanvrager",
    }
    check(
        Z,
        "POST",
        "/zaken/api/v1/rollen",
        201,
        body={**rol, "betrokkeneIdentificatie": {"inpBsn": "999993653"}},
    )
    resultaattype = check(C, "GET", f"/catalogi/api/v1/resultaattypen?zaaktype={zaaktype['url']}", 200)[
        "results"
    ][0]
    check(
        Z,
        "POST",
        "/zaken/api/v1/resultaten",
        201,
        body={"zaak": zaak["url"], "resultaattype": resultaattype["url"]},
    )
    iotype = _first(check, C, "/catalogi/api/v1/informatieobjecttypen")
    document = check(
        D,
        "POST",
        "/documenten/api/v1/enkelvoudiginformatieobjecten",
        201,
        body={
            "bronorganisatie": "517439943",
            "creatiedatum": "2026-11-29",
            "titel": "Brief",
            "auteur": "Test",
            "taal": "nld",
            "informatieobjecttype": iotype["url"],
            "inhoud": "aGFsbG8=",
        },
    )
    check(
        Z,
        "POST",
        "/zaken/api/v1/zaakinformatieobjecten",
        201,
        body={"zaak": zaak["url"], "informatieobject": document["url"], "titel": "Brief"},
    )
    check(
        Z,
        "POST",
        "/zaken/api/v1/zaakobjecten",
        201,
        body={
            "zaak": zaak["url"],
            "objectType": "overige",
            "objectTypeOverige": "voorziening",
            "object": "http://example.invalid/o/1",
            "objectIdentificatie": {"overigeData": {"bsn": "999993653"}},
        },
    )


# --- ZGW errors ---------------------------------------------------------------------------------------


def test_zgw_error_bodies(check: Checker) -> None:
    zaaktype = _first(check, C, "/catalogi/api/v1/zaaktypen")
    body = {
        "bronorganisatie": "123456789",
        "verantwoordelijkeOrganisatie": "517439943",
        "zaaktype": zaaktype["url"],
        "startdatum": "gisteren",
    }
    check(Z, "POST", "/zaken/api/v1/zaken", 400, body=body)
    check(Z, "GET", "/zaken/api/v1/zaken?bsn=1", 400)
    # Not every error status is declared for every operation; those bodies are checked against `Fout`.
    past = check.client.get("/zaken/api/v1/zaken?page=999", headers=check.auth(Z))
    assert past.status_code == 404
    _validate_schema(check, past.json(), "Fout")
    check(Z, "GET", "/zaken/api/v1/zaken/00000000-0000-0000-0000-000000000000", 404)
    check(Z, "GET", "/zaken/api/v1/zaken", 403, headers={"Authorization": "", **ZGW_CRS})
    check(Z, "GET", "/zaken/api/v1/zaken", 412, headers={"Accept-Crs": ""})
    check(
        Z,
        "POST",
        "/zaken/api/v1/zaken",
        406,
        body=body | {"bronorganisatie": "517439943"},
        headers={"Content-Crs": "EPSG:28992"},
    )
    check(D, "POST", "/documenten/api/v1/enkelvoudiginformatieobjecten", 400, body={"inhoud": "!!!"})


# --- Klantinteracties ---------------------------------------------------------------------------------

KLANT = "/klantinteracties/api/v1"


@pytest.mark.parametrize(
    "name",
    [
        "partijen",
        "partij-identificatoren",
        "digitaleadressen",
        "klantcontacten",
        "betrokkenen",
        "onderwerpobjecten",
        "actoren",
        "internetaken",
    ],
)
def test_klantinteracties_list_and_detail(check: Checker, name: str) -> None:
    item = _first(check, K, f"{KLANT}/{name}")
    check(K, "GET", item["url"], 200)


def test_klantinteracties_writes(check: Checker) -> None:
    identificator = {
        "codeObjecttype": "natuurlijk_persoon",
        "codeSoortObjectId": "bsn",
        "objectId": "999990019",
        "codeRegister": "brp",
    }
    partij = check(
        K,
        "POST",
        f"{KLANT}/partijen",
        201,
        body={
            "soortPartij": "persoon",
            "indicatieActief": True,
            "partijIdentificatoren": [{"partijIdentificator": identificator}],
            "partijIdentificatie": {"contactnaam": {"voornaam": "Jan", "achternaam": "Test"}},
        },
    )
    check(K, "PATCH", partij["url"], 200, body={"interneNotitie": "Bijgewerkt"})
    check(K, "GET", f"{partij['url']}?expand=digitaleAdressen,betrokkenen,betrokkenen.hadKlantcontact", 200)
    check(
        K,
        "POST",
        f"{KLANT}/digitaleadressen",
        201,
        body={
            "verstrektDoorPartij": {"uuid": partij["uuid"]},
            "adres": "jan@example.invalid",
            "soortDigitaalAdres": "email",
            "omschrijving": "prive",
        },
    )
    made = check(
        K,
        "POST",
        f"{KLANT}/maak-klantcontact",
        201,
        body={
            "klantcontact": {
                "kanaal": "telefoon",
                "onderwerp": "Vraag",
                "inhoud": "Bel",
                "taal": "nld",
                "vertrouwelijk": False,
                "indicatieContactGelukt": True,
            },
            "betrokkene": {"wasPartij": {"uuid": partij["uuid"]}, "rol": "klant", "initiator": True},
            "onderwerpobject": {
                "onderwerpobjectidentificator": {
                    "objectId": "ZAAK-1",
                    "codeObjecttype": "zaak",
                    "codeRegister": "openzaak",
                    "codeSoortObjectId": "identificatie",
                }
            },
        },
    )
    contact = made["klantcontact"]
    check(
        K,
        "GET",
        f"{contact['url']}?expand=hadBetrokkenen,hadBetrokkenen.wasPartij,gingOverOnderwerpobjecten",
        200,
    )
    actor = check(
        K,
        "POST",
        f"{KLANT}/actoren",
        201,
        body={
            "naam": "Mw",
            "soortActor": "medewerker",
            "actoridentificator": {
                "objectId": "mw-1",
                "codeObjecttype": "mdw",
                "codeRegister": "msei",
                "codeSoortObjectId": "gebruikersnaam",
            },
        },
    )
    task = check(
        K,
        "POST",
        f"{KLANT}/internetaken",
        201,
        body={
            "gevraagdeHandeling": "Bellen",
            "status": "te_verwerken",
            "aanleidinggevendKlantcontact": {"uuid": contact["uuid"]},
            "toegewezenAanActoren": [{"uuid": actor["uuid"]}],
        },
    )
    check(K, "PATCH", task["url"], 200, body={"status": "verwerkt"})
    check(K, "GET", f"{KLANT}/klantcontacten?hadBetrokkene__wasPartij__uuid={partij['uuid']}", 200)


@pytest.mark.parametrize(
    ("method", "path", "expected", "body", "headers"),
    [
        (
            "POST",
            f"{KLANT}/partijen",
            400,
            {
                "soortPartij": "persoon",
                "indicatieActief": True,
                "partijIdentificatoren": [
                    {"partijIdentificator": {"codeSoortObjectId": "bsn", "objectId": "123456789"}}
                ],
            },
            None,
        ),
        ("GET", f"{KLANT}/partijen?bsn=1", 400, None, None),
        ("GET", f"{KLANT}/partijen?page=999", 404, None, None),
        ("GET", f"{KLANT}/partijen/00000000-0000-0000-0000-000000000000", 404, None, None),
        ("GET", f"{KLANT}/partijen", 401, None, {"Authorization": "Token wrong"}),
        ("DELETE", f"{KLANT}/partijen", 405, None, None),
    ],
)
def test_klantinteracties_errors_have_the_zgw_error_shape(
    check: Checker, method: str, path: str, expected: int, body: Any, headers: dict[str, str] | None
) -> None:
    # The Zaken spec documents these shapes for a zaken path; the body is what is checked.
    response = check.client.request(
        method, f"{check.sandbox.base_url}{path}", json=body, headers=headers or check.auth(K)
    )
    assert response.status_code == expected
    schema = "ValidatieFout" if expected == 400 else "Fout"
    _validate_schema(check, response.json(), schema)


def _validate_schema(check: Checker, body: Any, schema: str) -> None:
    spec = check.load_spec(Z)
    validator = oas30_read_schema_validators_factory.create(
        spec.spec, spec.spec / "components" / "schemas" / schema
    )
    validator.validate(body)


# --- Objects ------------------------------------------------------------------------------------------


def test_objects_reads_and_writes(check: Checker) -> None:
    objecttype = _first(check, OBJ, "/api/v2/objecttypes")
    check(OBJ, "GET", f"/api/v2/objecttypes/{objecttype['uuid']}", 200)
    check(OBJ, "GET", f"/api/v2/objecttypes/{objecttype['uuid']}/versions", 200)
    item = _first(check, OBJ, "/api/v2/objects")
    check(OBJ, "GET", f"/api/v2/objects/{item['uuid']}", 200)
    check(OBJ, "GET", f"/api/v2/objects/{item['uuid']}/history", 200)
    created = check(
        OBJ,
        "POST",
        "/api/v2/objects",
        201,
        body={
            "type": objecttype["url"],
            "record": {"typeVersion": 1, "data": {"bsn": "999993653"}, "startAt": "2026-11-29"},
        },
        headers={**check.auth(OBJ), "Content-Crs": "EPSG:4326"},
    )
    check(
        OBJ,
        "PATCH",
        f"/api/v2/objects/{created['uuid']}",
        200,
        body={"record": {"data": {"bsn": "999993653", "x": 1}, "startAt": "2026-11-30"}},
        headers={**check.auth(OBJ), "Content-Crs": "EPSG:4326"},
    )
    check(OBJ, "GET", "/api/v2/objects?data_attr=bsn__exact__999993653", 200)


# --- BRP ----------------------------------------------------------------------------------------------


def test_brp_queries_and_errors(check: Checker, sandbox: RunningSandbox) -> None:
    person = next(sandbox.store.iter_collection("brp/personen"))
    adres = person["verblijfplaats"]["verblijfadres"]
    fields = [
        "burgerservicenummer",
        "naam",
        "geboorte",
        "leeftijd",
        "verblijfplaats",
        "adressering",
        "partners",
        "kinderen",
        "ouders",
    ]
    url = "/haalcentraal/api/brp/personen"
    queries = [
        {"type": "RaadpleegMetBurgerservicenummer", "burgerservicenummer": [person["burgerservicenummer"]]},
        {
            "type": "ZoekMetGeslachtsnaamEnGeboortedatum",
            "geslachtsnaam": person["naam"]["geslachtsnaam"],
            "geboortedatum": person["geboorte"]["datum"]["datum"],
        },
        {
            "type": "ZoekMetPostcodeEnHuisnummer",
            "postcode": adres["postcode"],
            "huisnummer": adres["huisnummer"],
        },
    ]
    for query in queries:
        found = check(P, "POST", url, 200, body={**query, "fields": fields})
        assert found["personen"], query
    check(
        P,
        "POST",
        url,
        400,
        body={"type": "RaadpleegMetBurgerservicenummer", "burgerservicenummer": ["1"], "fields": ["naam"]},
    )
    check(
        P,
        "POST",
        url,
        401,
        body=queries[0] | {"fields": ["naam"]},
        headers={"X-API-KEY": "wrong", "Authorization": "x"},
    )
