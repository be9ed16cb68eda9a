"""The sandbox over real HTTP: the behaviours of OBSERVED.md a client depends on, and the fault injection."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import jwt
import pytest

from caseworker.sandbox import credentials
from caseworker.sandbox.auth import hmac_key, make_zgw_token
from caseworker.sandbox.server import RunningSandbox, start_in_thread
from caseworker.sandbox.store import SandboxStore

ZAKEN = "/zaken/api/v1"
KLANT = "/klantinteracties/api/v1"
VALID_BSN = "999993653"
REPO = Path(__file__).resolve().parents[2]


def zgw_headers() -> dict[str, str]:
    return {"Authorization": f"Bearer {make_zgw_token()}", "Accept-Crs": "EPSG:4326"}


def token_headers() -> dict[str, str]:
    return {"Authorization": f"Token {credentials.api_token()}"}


def _first_zaak(http: httpx.Client) -> dict:
    response = http.get(f"{ZAKEN}/zaken", params={"pageSize": 1}, headers=zgw_headers())
    assert response.status_code == 200
    return response.json()["results"][0]


def _published_zaaktype(http: httpx.Client) -> dict:
    return http.get("/catalogi/api/v1/zaaktypen", headers=zgw_headers()).json()["results"][0]


def _new_zaak(http: httpx.Client) -> dict:
    zaaktype = _published_zaaktype(http)
    body = {
        "bronorganisatie": "517439943",
        "verantwoordelijkeOrganisatie": "517439943",
        "zaaktype": zaaktype["url"],
        "startdatum": "2026-11-29",
        "omschrijving": "Testzaak",
    }
    response = http.post(f"{ZAKEN}/zaken", json=body, headers={**zgw_headers(), "Content-Crs": "EPSG:4326"})
    assert response.status_code == 201, response.text
    return response.json()


# --- ZGW: ETag, CRS, JWT ------------------------------------------------------------------------------


def test_zaak_detail_etag_gives_304_for_strong_weak_and_star(http: httpx.Client) -> None:
    url = _first_zaak(http)["url"]
    first = http.get(url, headers=zgw_headers())
    etag = first.headers["ETag"]
    assert len(etag) == 34 and etag.startswith('"')
    for value in (etag, f"W/{etag}", "*"):
        again = http.get(url, headers={**zgw_headers(), "If-None-Match": value})
        assert again.status_code == 304
        assert again.content == b""
        assert again.headers["Content-Length"] == "0"
        assert again.headers["ETag"] == etag
        assert again.headers["Content-Crs"] == "EPSG:4326"
        assert "API-version" not in again.headers and "Content-Type" not in again.headers
    other = http.get(url, headers={**zgw_headers(), "If-None-Match": '"0000"'})
    assert other.status_code == 200 and other.json()["url"] == url


def test_head_has_headers_but_no_body(http: httpx.Client) -> None:
    url = _first_zaak(http)["url"]
    response = http.head(url, headers=zgw_headers())
    assert response.status_code == 200
    assert response.content == b""
    assert response.headers["API-version"] == "1.5.1"


def _jwt(**claims: object) -> str:
    return jwt.encode(claims, hmac_key(credentials.zgw_secret()), algorithm="HS256")


@pytest.mark.parametrize(
    ("authorization", "code"),
    [
        (None, "permission_denied"),
        (f"Token {credentials.api_token()}", "permission_denied"),
        ("Bearer not.a.jwt", "jwt-decode-error"),
        (f"Bearer {make_zgw_token(iat=time.time() - 7200)}", "jwt-expired"),
        (f"Bearer {make_zgw_token(exp=int(time.time()) - 10)}", "jwt-expiredsignatureerror"),
        (f"Bearer {make_zgw_token(secret='wrong-secret-wrong-secret-wrong!')}", "invalid-jwt-signature"),
        (f"Bearer {make_zgw_token(client_id='somebody-else')}", "invalid-client-identifier"),
        (f"Bearer {_jwt(client_id=credentials.zgw_client_id())}", "jwt-missing-iat-claim"),
    ],
)
def test_zgw_auth_failures_are_403_with_cause(
    http: httpx.Client, authorization: str | None, code: str
) -> None:
    headers = {"Accept-Crs": "EPSG:4326"} | ({"Authorization": authorization} if authorization else {})
    response = http.get(f"{ZAKEN}/zaken", headers=headers)
    assert response.status_code == 403
    assert response.headers["Content-Type"] == "application/json"
    assert "WWW-Authenticate" not in response.headers
    body = response.json()
    assert body["code"] == code
    assert body["title"] == "Je hebt geen toestemming om deze actie uit te voeren."
    assert list(body) == ["type", "code", "title", "status", "detail", "instance"]


def test_missing_accept_crs_is_412(http: httpx.Client) -> None:
    headers = zgw_headers()
    del headers["Accept-Crs"]
    response = http.get(f"{ZAKEN}/zaken", headers=headers)
    assert response.status_code == 412
    assert response.json()["detail"] == "'Accept-Crs' header ontbreekt"


def test_post_zaak_without_content_crs_is_412_and_other_crs_406(http: httpx.Client) -> None:
    body = {"zaaktype": _published_zaaktype(http)["url"], "bronorganisatie": "517439943"}
    missing = http.post(f"{ZAKEN}/zaken", json=body, headers=zgw_headers())
    assert missing.status_code == 412
    assert missing.json()["detail"] == "'Content-Crs' header ontbreekt"
    other = http.post(f"{ZAKEN}/zaken", json=body, headers={**zgw_headers(), "Content-Crs": "EPSG:28992"})
    assert other.status_code == 406
    assert other.json()["detail"] == "CRS 'EPSG:28992' is niet ondersteund"


def test_zaak_lifecycle_status_rol_and_audit(http: httpx.Client) -> None:
    zaak = _new_zaak(http)
    assert zaak["identificatie"].startswith(f"ZAAK-{datetime.now(UTC).year}-")
    assert len(zaak["identificatie"].rsplit("-", 1)[1]) == 10
    assert zaak["status"] is None and zaak["rollen"] == []

    future = (datetime.now(UTC) + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    statustype = http.get(
        "/catalogi/api/v1/statustypen", params={"zaaktype": zaak["zaaktype"]}, headers=zgw_headers()
    )
    first_type = min(statustype.json()["results"], key=lambda s: s["volgnummer"])
    status_body = {"zaak": zaak["url"], "statustype": first_type["url"], "datumStatusGezet": future}
    too_late = http.post(f"{ZAKEN}/statussen", json=status_body, headers=zgw_headers())
    assert too_late.status_code == 400
    assert too_late.json()["invalidParams"][0]["code"] == "date-in-future"

    status_body["datumStatusGezet"] = "2026-01-02T10:00:00+01:00"
    created = http.post(f"{ZAKEN}/statussen", json=status_body, headers=zgw_headers())
    assert created.status_code == 201, created.text
    assert created.json()["datumStatusGezet"] == "2026-01-02T09:00:00Z"
    assert http.get(zaak["url"], headers=zgw_headers()).json()["status"] == created.json()["url"]

    roltype = http.get(
        "/catalogi/api/v1/roltypen", params={"zaaktype": zaak["zaaktype"]}, headers=zgw_headers()
    )
    rol_body = {
        "zaak": zaak["url"],
        "roltype": roltype.json()["results"][0]["url"],
        "betrokkeneType": "natuurlijk_persoon",
        "roltoelichting": "Aanvrager",
        "betrokkeneIdentificatie": {"inpBsn": "123456789"},
    }
    bad = http.post(f"{ZAKEN}/rollen", json=rol_body, headers=zgw_headers())
    assert bad.status_code == 400
    assert bad.json()["invalidParams"] == [
        {"name": "betrokkeneIdentificatie.inpBsn", "code": "invalid", "reason": "Onjuist BSN nummer"}
    ]
    rol_body["betrokkeneIdentificatie"] = {"inpBsn": VALID_BSN}
    assert http.post(f"{ZAKEN}/rollen", json=rol_body, headers=zgw_headers()).status_code == 201
    found = http.get(
        f"{ZAKEN}/zaken",
        params={"rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn": VALID_BSN},
        headers=zgw_headers(),
    )
    assert zaak["url"] in [z["url"] for z in found.json()["results"]]

    patched = http.patch(
        zaak["url"],
        json={"toelichting": "Bijgewerkt"},
        headers={**zgw_headers(), "Content-Crs": "EPSG:4326", "X-Audit-Toelichting": "Telefonisch"},
    )
    assert patched.status_code == 200 and patched.json()["toelichting"] == "Bijgewerkt"
    trail = http.get(f"{zaak['url']}/audittrail", headers=zgw_headers()).json()
    assert [entry["actie"] for entry in trail] == ["create", "create", "create", "partial_update"]
    assert trail[-1]["toelichting"] == "Telefonisch"
    assert trail[-1]["applicatieId"] == credentials.zgw_client_id()
    assert trail[-1]["gebruikersWeergave"] == "Demo Medewerker"


def test_etag_changes_after_write_by_default(http: httpx.Client) -> None:
    zaak = _new_zaak(http)
    etag = http.get(zaak["url"], headers=zgw_headers()).headers["ETag"]
    http.patch(zaak["url"], json={"toelichting": "x"}, headers={**zgw_headers(), "Content-Crs": "EPSG:4326"})
    response = http.get(zaak["url"], headers={**zgw_headers(), "If-None-Match": etag})
    assert response.status_code == 200


def test_stale_etag_quirk_keeps_first_etag() -> None:
    quirky = start_in_thread(persons=0, store=_seeded_store(), quirks=("stale-etag",))
    with quirky, httpx.Client(base_url=quirky.base_url) as http:
        zaak = _new_zaak(http)
        etag = http.get(zaak["url"], headers=zgw_headers()).headers["ETag"]
        crs = {**zgw_headers(), "Content-Crs": "EPSG:4326"}
        http.patch(zaak["url"], json={"toelichting": "veranderd"}, headers=crs)
        assert http.get(zaak["url"], headers={**zgw_headers(), "If-None-Match": etag}).status_code == 304


# --- shared behaviours --------------------------------------------------------------------------------


def test_unknown_query_parameter_is_400(http: httpx.Client) -> None:
    response = http.get(f"{KLANT}/partijen", params={"bsn": VALID_BSN}, headers=token_headers())
    assert response.status_code == 400
    assert response.json()["invalidParams"] == [
        {"name": "nonFieldErrors", "code": "unknown-parameters", "reason": "Onbekende query parameters: bsn"}
    ]
    assert response.json()["title"] == "Ongeldige invoerwaarde."


def test_pagination_links_and_page_past_end(http: httpx.Client, sandbox: RunningSandbox) -> None:
    first = http.get(f"{KLANT}/partijen", params={"pageSize": 1}, headers=token_headers()).json()
    assert first["next"] == f"{sandbox.base_url}{KLANT}/partijen?page=2&pageSize=1"
    assert first["previous"] is None
    second = http.get(first["next"], headers=token_headers()).json()
    assert second["previous"] == f"{sandbox.base_url}{KLANT}/partijen?pageSize=1"
    assert second["results"][0]["uuid"] != first["results"][0]["uuid"]
    past = http.get(f"{KLANT}/partijen", params={"page": 10_000}, headers=token_headers())
    assert past.status_code == 404
    assert past.json()["detail"] == "Ongeldige pagina."
    ignored = http.get(f"{KLANT}/partijen", params={"pageSize": "abc"}, headers=token_headers())
    assert ignored.status_code == 200


def test_unknown_path_and_trailing_slash_are_html_404(http: httpx.Client) -> None:
    for path in (f"{KLANT}/partijen/", "/nothing/here"):
        response = http.get(path, headers=token_headers())
        assert response.status_code == 404
        assert response.headers["Content-Type"].startswith("text/html")


def test_unknown_uuid_is_json_404(http: httpx.Client) -> None:
    response = http.get(f"{KLANT}/partijen/00000000-0000-0000-0000-000000000000", headers=token_headers())
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


def test_malformed_json_is_parse_error(http: httpx.Client) -> None:
    response = http.post(
        f"{KLANT}/partijen",
        content=b'{"soortPartij": ',
        headers={**token_headers(), "Content-Type": "application/json"},
    )
    assert response.status_code == 400
    assert response.json()["code"] == "parse_error"
    assert response.json()["detail"].startswith("JSON parse error - Expecting value")


# --- Klantinteracties ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("authorization", "code"),
    [
        (None, "not_authenticated"),
        ("Bearer x", "not_authenticated"),
        ("Token wrong", "authentication_failed"),
    ],
)
def test_klantinteracties_auth_failures_are_401(
    http: httpx.Client, authorization: str | None, code: str
) -> None:
    response = http.get(
        f"{KLANT}/partijen", headers={"Authorization": authorization} if authorization else {}
    )
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"] == "Token"
    assert response.json()["code"] == code


def test_token_scheme_is_case_insensitive(http: httpx.Client) -> None:
    response = http.get(f"{KLANT}/partijen", headers={"Authorization": f"token {credentials.api_token()}"})
    assert response.status_code == 200


def _partij(bsn: str) -> dict:
    identificator = {
        "codeObjecttype": "natuurlijk_persoon",
        "codeSoortObjectId": "bsn",
        "objectId": bsn,
        "codeRegister": "brp",
    }
    return {
        "soortPartij": "persoon",
        "indicatieActief": True,
        "partijIdentificatoren": [{"partijIdentificator": identificator}],
        "partijIdentificatie": {
            "contactnaam": {"voornaam": "Jan", "voorvoegselAchternaam": "van", "achternaam": "Test"}
        },
    }


@pytest.mark.parametrize(
    ("bsn", "reason"),
    [
        ("123456789", "Deze waarde is ongeldig, reden: Onjuist BSN nummer"),
        ("12345678", "Deze waarde is ongeldig, reden: Waarde moet 9 tekens lang zijn"),
    ],
)
def test_partij_with_invalid_bsn_is_400(http: httpx.Client, bsn: str, reason: str) -> None:
    response = http.post(f"{KLANT}/partijen", json=_partij(bsn), headers=token_headers())
    assert response.status_code == 400
    assert response.json()["invalidParams"] == [
        {"name": "partijIdentificatoren.0.partijIdentificatorObjectId", "code": "invalid", "reason": reason}
    ]


def test_partij_contact_and_task_flow(http: httpx.Client) -> None:
    created = http.post(f"{KLANT}/partijen", json=_partij(VALID_BSN), headers=token_headers())
    assert created.status_code == 201, created.text
    partij = created.json()
    assert created.headers["Location"] == partij["url"]
    assert partij["partijIdentificatie"]["volledigeNaam"] == "Jan van Test"
    duplicate = http.post(f"{KLANT}/partijen", json=_partij(VALID_BSN), headers=token_headers())
    assert duplicate.json()["invalidParams"][0]["name"] == "__all__"

    made = http.post(
        f"{KLANT}/maak-klantcontact",
        json={
            "klantcontact": {
                "kanaal": "telefoon",
                "onderwerp": "Vraag",
                "taal": "nld",
                "vertrouwelijk": False,
                "plaatsgevondenOp": "2026-11-29T09:15:00+01:00",
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
        headers=token_headers(),
    )
    assert made.status_code == 201, made.text
    assert "Location" not in made.headers
    contact = made.json()["klantcontact"]
    assert contact["plaatsgevondenOp"] == "2026-11-29T08:15:00Z"
    assert contact["nummer"] is None and "_expand" not in contact

    listed = http.get(
        f"{KLANT}/klantcontacten",
        params={"hadBetrokkene__wasPartij__uuid": partij["uuid"]},
        headers=token_headers(),
    )
    assert [c["uuid"] for c in listed.json()["results"]] == [contact["uuid"]]
    by_bsn = http.get(
        f"{KLANT}/klantcontacten",
        params={"hadBetrokkene__wasPartij__partijIdentificator__objectId": VALID_BSN},
        headers=token_headers(),
    )
    assert contact["uuid"] in [c["uuid"] for c in by_bsn.json()["results"]]
    detail = http.get(
        f"{KLANT}/partijen/{partij['uuid']}",
        params={"expand": "betrokkenen.hadKlantcontact,betrokkenen"},
        headers=token_headers(),
    )
    assert detail.json()["_expand"]["betrokkenen"][0]["_expand"]["hadKlantcontact"]["uuid"] == contact["uuid"]

    actor = http.post(
        f"{KLANT}/actoren", json={"naam": "Mw", "soortActor": "medewerker"}, headers=token_headers()
    ).json()
    missing = http.post(
        f"{KLANT}/internetaken",
        json={
            "gevraagdeHandeling": "Bellen",
            "status": "te_verwerken",
            "aanleidinggevendKlantcontact": {"uuid": contact["uuid"]},
        },
        headers=token_headers(),
    )
    assert missing.status_code == 400
    assert missing.json()["invalidParams"][0]["name"] == "nonFieldErrors"
    task = http.post(
        f"{KLANT}/internetaken",
        json={
            "gevraagdeHandeling": "Bellen",
            "status": "te_verwerken",
            "aanleidinggevendKlantcontact": {"uuid": contact["uuid"]},
            "toegewezenAanActoren": [{"uuid": actor["uuid"]}],
        },
        headers=token_headers(),
    ).json()
    assert task["toegewezenAanActor"]["uuid"] == actor["uuid"] and task["afgehandeldOp"] is None
    done = http.patch(task["url"], json={"status": "verwerkt"}, headers=token_headers()).json()
    assert done["afgehandeldOp"] is not None


# --- BRP --------------------------------------------------------------------------------------------


def test_brp_raadpleeg_filters_fields_and_needs_key(http: httpx.Client, sandbox: RunningSandbox) -> None:
    person = next(sandbox.store.iter_collection("brp/personen"))
    body = {
        "type": "RaadpleegMetBurgerservicenummer",
        "burgerservicenummer": [person["burgerservicenummer"]],
        "fields": ["naam.geslachtsnaam", "leeftijd"],
    }
    url = "/haalcentraal/api/brp/personen"
    assert http.post(url, json=body).status_code == 401
    response = http.post(url, json=body, headers={"X-API-KEY": credentials.brp_api_key()})
    assert response.status_code == 200
    found = response.json()["personen"][0]
    assert set(found) - {
        "geheimhoudingPersoonsgegevens",
        "inOnderzoek",
        "opschortingBijhouding",
        "rni",
        "verificatie",
    } == {"naam", "leeftijd"}
    assert list(found["naam"]) == ["geslachtsnaam"]
    no_fields = http.post(url, json={**body, "fields": []}, headers={"X-API-KEY": credentials.brp_api_key()})
    assert no_fields.status_code == 400
    assert no_fields.json()["invalidParams"][0]["name"] == "fields"


# --- faults -----------------------------------------------------------------------------------------


def _seeded_store() -> SandboxStore:
    """Just enough catalogue for creating zaken, without running the generator."""
    from caseworker.sandbox.store import BASE

    store = SandboxStore(":memory:")
    zaaktype = f"{BASE}/catalogi/api/v1/zaaktypen/2f98c086-64e1-4ff2-a638-77350aaba525"
    store.put(
        "catalogi/zaaktypen",
        zaaktype.rsplit("/", 1)[1],
        {"url": zaaktype, "concept": False, "doorlooptijd": "P14D"},
    )
    return store


@pytest.fixture
def faulty() -> Iterator[RunningSandbox]:
    with start_in_thread(persons=0, store=_seeded_store(), faults="none") as running:
        yield running


def test_control_endpoint_only_with_faults(http: httpx.Client, faulty: RunningSandbox) -> None:
    assert http.get("/_sandbox/faults").status_code == 404
    with httpx.Client(base_url=faulty.base_url) as client:
        assert client.get("/_sandbox/faults").json()["error_rate"] == 0.0
        client.put("/_sandbox/faults", json={"error_rate": 1, "error_status": 503})
        response = client.get("/catalogi/api/v1/zaaktypen", headers=zgw_headers())
        assert response.status_code == 503 and response.headers["Retry-After"] == "1"


@pytest.mark.parametrize("status", [500, 429])
def test_fault_error_status(faulty: RunningSandbox, status: int) -> None:
    faulty.set_faults({"error_rate": 1.0, "error_status": status})
    with httpx.Client(base_url=faulty.base_url) as client:
        response = client.get("/catalogi/api/v1/zaaktypen", headers=zgw_headers())
    assert response.status_code == status
    assert ("Retry-After" in response.headers) == (status == 429)


def test_fault_latency(faulty: RunningSandbox) -> None:
    faulty.set_faults({"latency_ms": 300})
    with httpx.Client(base_url=faulty.base_url) as client:
        started = time.monotonic()
        assert client.get("/catalogi/api/v1/zaaktypen", headers=zgw_headers()).status_code == 200
    assert time.monotonic() - started >= 0.3


def test_fault_truncated_and_html_bodies(faulty: RunningSandbox) -> None:
    with httpx.Client(base_url=faulty.base_url) as client:
        faulty.set_faults({"truncate_rate": 1.0})
        truncated = client.get("/catalogi/api/v1/zaaktypen", headers=zgw_headers())
        assert truncated.headers["Content-Type"] == "application/json"
        with pytest.raises(ValueError, match=r"Expecting|Unterminated|delimiter"):
            truncated.json()
        faulty.set_faults({"html_rate": 1.0})
        html = client.get("/catalogi/api/v1/zaaktypen", headers=zgw_headers())
        assert html.headers["Content-Type"].startswith("text/html")


def test_fault_drop_is_a_connection_error(faulty: RunningSandbox) -> None:
    faulty.set_faults({"drop_rate": 1.0})
    with httpx.Client(base_url=faulty.base_url) as client, pytest.raises(httpx.TransportError):
        client.get("/catalogi/api/v1/zaaktypen", headers=zgw_headers())


def test_fault_hang_times_out_without_blocking_others(faulty: RunningSandbox) -> None:
    faulty.set_faults({"hang_rate": 1.0, "paths": "/zaken"})
    with httpx.Client(base_url=faulty.base_url, timeout=0.5) as client:
        with pytest.raises(httpx.ReadTimeout):
            client.get(f"{ZAKEN}/zaken", headers=zgw_headers())
        assert client.get("/catalogi/api/v1/zaaktypen", headers=zgw_headers()).status_code == 200


def test_faults_are_deterministic_with_seed(faulty: RunningSandbox) -> None:
    def statuses() -> list[int]:
        faulty.set_faults({"error_rate": 0.5, "seed": 7})
        with httpx.Client(base_url=faulty.base_url) as client:
            return [
                client.get("/catalogi/api/v1/zaaktypen", headers=zgw_headers()).status_code for _ in range(12)
            ]

    first = statuses()
    assert first == statuses()
    assert set(first) == {200, 500}


# --- CLI --------------------------------------------------------------------------------------------


def test_cli_prints_listening_line_and_stops_on_sigterm(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    command = [
        sys.executable,
        "-m",
        "caseworker",
        "sandbox",
        "--port",
        "0",
        "--persons",
        "50",
        "--data-dir",
        str(tmp_path),
    ]
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=REPO
    ) as process:
        assert process.stdout is not None
        line = process.stdout.readline().strip()
        assert line.startswith("sandbox listening on http://127.0.0.1:")
        port = int(line.rsplit(":", 1)[1])
        assert port > 0
        with httpx.Client() as client:
            response = client.get(f"http://127.0.0.1:{port}/catalogi/api/v1/zaaktypen", headers=zgw_headers())
        assert response.status_code == 200
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=10) == 0
        assert process.stdout.read() == ""
    assert (tmp_path / "sandbox.db").exists()


def test_a_task_is_handed_over_by_patching_its_actors(http: httpx.Client) -> None:
    headers = {"Authorization": f"Token {credentials.api_token()}"}
    base = "/klantinteracties/api/v1"
    taak = http.get(f"{base}/internetaken", headers=headers).json()["results"][0]
    actoren = http.get(f"{base}/actoren", headers=headers).json()["results"]
    other = next(a for a in actoren if a["uuid"] != taak["toegewezenAanActor"]["uuid"])

    patched = http.patch(
        taak["url"], json={"toegewezenAanActoren": [{"uuid": other["uuid"]}]}, headers=headers
    )

    assert patched.status_code == 200
    assert [a["uuid"] for a in patched.json()["toegewezenAanActoren"]] == [other["uuid"]]
    assert patched.json()["toegewezenAanActor"]["uuid"] == other["uuid"]
    found = http.get(
        f"{base}/internetaken", params={"toegewezenAanActor__uuid": other["uuid"]}, headers=headers
    )
    assert taak["uuid"] in {t["uuid"] for t in found.json()["results"]}
