"""The API clients against the sandbox over real HTTP on loopback: every standard the client speaks."""

from __future__ import annotations

import asyncio
import io
from collections.abc import Awaitable, Callable, Iterator
from datetime import UTC, date, datetime
from typing import Any, TypeVar

import httpx
import pytest

from caseworker.api.apis import MunicipalApis, ServiceSettings, demo_settings
from caseworker.api.auth import TokenAuth, ZgwJwtAuth
from caseworker.api.errors import InvalidRequest, NotAuthorized, ProtocolError
from caseworker.api.http import RetryPolicy
from caseworker.domain.household import Relation
from caseworker.sandbox.server import RunningSandbox, start_in_thread

T = TypeVar("T")
FAST = RetryPolicy(attempts=3, backoff_base=0.01, backoff_cap=0.05)


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningSandbox]:
    with start_in_thread(data_dir=tmp_path_factory.mktemp("sandbox"), persons=300, seed=7) as running:
        yield running


def with_apis(sandbox: RunningSandbox, work: Callable[[MunicipalApis], Awaitable[T]], **settings: Any) -> T:
    async def main() -> T:
        apis = MunicipalApis.connect(
            settings.pop("services", None)
            or demo_settings(sandbox.base_url, user_id="wt-demo", user_representation="Sanne Demo"),
            retry=FAST,
            **settings,
        )
        try:
            return await work(apis)
        finally:
            await apis.aclose()

    return asyncio.run(main())


def persons(sandbox: RunningSandbox) -> list[dict[str, Any]]:
    return list(sandbox.store.iter_collection("brp/personen"))


def a_person_with(sandbox: RunningSandbox, predicate: Callable[[dict[str, Any]], bool]) -> dict[str, Any]:
    return next(p for p in persons(sandbox) if predicate(p))


def a_client_with_zaken(sandbox: RunningSandbox) -> str:
    rol = next(
        r
        for r in sandbox.store.iter_collection("zaken/rollen")
        if r["betrokkeneType"] == "natuurlijk_persoon"
    )
    return str(rol["betrokkeneIdentificatie"]["inpBsn"])


def test_brp_person_and_household(sandbox: RunningSandbox) -> None:
    raw = a_person_with(sandbox, lambda p: bool(p.get("partners")) and bool(p.get("kinderen")))

    household = with_apis(sandbox, lambda apis: apis.brp.household(raw["burgerservicenummer"]))

    assert household is not None
    assert household.client.bsn == raw["burgerservicenummer"]
    assert household.client.geslachtsnaam == raw["naam"]["geslachtsnaam"]
    partner_bsns = {m.person.bsn for m in household.with_relation(Relation.PARTNER)}
    assert partner_bsns == {p["burgerservicenummer"] for p in raw["partners"]}
    kind_bsns = {m.person.bsn for m in household.with_relation(Relation.KIND)}
    assert kind_bsns == {k["burgerservicenummer"] for k in raw["kinderen"]}
    address = raw["verblijfplaats"]["adresseerbaarObjectIdentificatie"]
    at_address = {
        p["burgerservicenummer"]
        for p in persons(sandbox)
        if p.get("verblijfplaats", {}).get("adresseerbaarObjectIdentificatie") == address
        and "overlijden" not in p
    }
    assert len(at_address) > 1
    assert {m.person.bsn for m in household.living_together} == at_address


def test_brp_searches_by_name_and_birthdate_and_by_address(sandbox: RunningSandbox) -> None:
    raw = a_person_with(sandbox, lambda p: "verblijfplaats" in p and "overlijden" not in p)
    born = date.fromisoformat(raw["geboorte"]["datum"]["datum"])
    adres = raw["verblijfplaats"]["verblijfadres"]

    async def work(apis: MunicipalApis) -> tuple[list[str], list[str]]:
        by_name = await apis.brp.search_name_birthdate(raw["naam"]["geslachtsnaam"].upper(), born)
        by_address = await apis.brp.search_address(adres["postcode"], adres["huisnummer"])
        return [p.bsn for p in by_name], [p.bsn for p in by_address]

    by_name, by_address = with_apis(sandbox, work)
    assert raw["burgerservicenummer"] in by_name
    assert raw["burgerservicenummer"] in by_address
    assert len(by_address) <= 30


def test_zaken_for_a_client_with_status_history_and_conditional_get(sandbox: RunningSandbox) -> None:
    bsn = a_client_with_zaken(sandbox)

    async def work(apis: MunicipalApis) -> None:
        zaken = await apis.zaken.zaken_for_bsn(bsn)
        assert zaken, "the client has zaken"
        zaak = zaken[0]
        statussen = await apis.zaken.statussen(zaak.url)
        if zaak.status:
            assert zaak.status in {s.url for s in statussen}
        rollen = await apis.zaken.rollen(zaak.url)
        assert any(r.omschrijving_generiek == "behandelaar" for r in rollen)
        first = await apis.zaken.zaak(zaak.url)
        assert first.value is not None and first.etag
        again = await apis.zaken.zaak(zaak.url, etag=first.etag)
        assert again.not_modified and again.etag == first.etag
        zaaktypen = {z.url: z for z in await apis.catalogi.zaaktypen()}
        assert zaak.zaaktype in zaaktypen
        await apis.besluiten.besluiten(zaak.url)  # may be empty; must parse

    with_apis(sandbox, work)


def test_caseload_of_the_demo_user(sandbox: RunningSandbox) -> None:
    zaken = with_apis(sandbox, lambda apis: apis.zaken.zaken_for_medewerker("wt-demo"))
    assert len(zaken) >= 10


def test_document_download_streams_a_pdf(sandbox: RunningSandbox) -> None:
    doc_url = next(iter(sandbox.store.iter_collection("documenten/enkelvoudiginformatieobjecten")))["url"]

    async def work(apis: MunicipalApis) -> bytes:
        document = (
            await apis.documenten.document(doc_url.replace("http://sandbox.invalid", sandbox.base_url))
        ).value
        assert document is not None
        sink = io.BytesIO()
        size = await apis.documenten.download(document, sink)
        assert size == document.bestandsomvang
        return sink.getvalue()

    content = with_apis(sandbox, work)
    assert content.startswith(b"%PDF")


def test_klantcontact_registration_and_task_handoff(sandbox: RunningSandbox) -> None:
    bsn = a_client_with_zaken(sandbox)

    async def work(apis: MunicipalApis) -> None:
        partij = await apis.klantinteracties.partij_for_bsn(bsn)
        assert partij is not None and partij.bsn == bsn
        before = await apis.klantinteracties.klantcontacten_for_partij(partij.uuid)
        made = await apis.klantinteracties.maak_klantcontact(
            {
                "klantcontact": {
                    "kanaal": "telefoon",
                    "onderwerp": "Vraag over begeleiding",
                    "inhoud": "Cliënt belt over de planning.",
                    "indicatieContactGelukt": True,
                    "taal": "nld",
                    "vertrouwelijk": False,
                    "plaatsgevondenOp": datetime.now(UTC).isoformat(),
                },
                "betrokkene": {"wasPartij": {"uuid": partij.uuid}, "rol": "klant", "initiator": True},
            }
        )
        after = await apis.klantinteracties.klantcontacten_for_partij(partij.uuid)
        assert len(after) == len(before) + 1
        assert made.klantcontact.uuid in {k.uuid for k in after}
        actor = await apis.klantinteracties.actor_for_identificator("wt-demo")
        assert actor is not None
        taak = await apis.klantinteracties.create_internetaak(
            klantcontact_uuid=made.klantcontact.uuid,
            actor_uuids=[actor.uuid],
            gevraagde_handeling="Terugbellen over de planning",
        )
        assert taak.status == "te_verwerken"
        done = await apis.klantinteracties.set_internetaak_status(taak.url, "verwerkt")
        assert done.status == "verwerkt" and done.afgehandeld_op is not None

    with_apis(sandbox, work)


def test_voorzieningen_are_objects_found_by_bsn(sandbox: RunningSandbox) -> None:
    async def work(apis: MunicipalApis) -> None:
        types = {t.name: t for t in await apis.objects.objecttypes()}
        assert {"voorziening", "plan", "gesprek", "bericht"} <= set(types)
        record = next(
            o
            for o in sandbox.store.iter_collection("objects/objects")
            if o["type"].endswith(types["voorziening"].uuid)
        )
        bsn = record["record"]["data"]["bsn"]
        found = await apis.objects.objects(types["voorziening"].url, bsn=bsn)
        assert found and all(o.record.data["bsn"] == bsn for o in found)

    with_apis(sandbox, work)


def test_several_object_criteria_repeat_data_attr_and_values_may_hold_commas(sandbox: RunningSandbox) -> None:
    sent: list[str] = []

    async def seen(request: httpx.Request) -> None:
        sent.extend(v for k, v in request.url.params.multi_items() if k == "data_attr")

    async def work(apis: MunicipalApis) -> None:
        types = {t.name: t for t in await apis.objects.objecttypes()}
        record = next(
            o
            for o in sandbox.store.iter_collection("objects/objects")
            if o["type"].endswith(types["voorziening"].uuid) and o["record"]["data"].get("status")
        )
        data = record["record"]["data"]
        found = await apis.objects.objects(types["voorziening"].url, bsn=data["bsn"], status=data["status"])
        assert found and all(
            (o.record.data["bsn"], o.record.data["status"]) == (data["bsn"], data["status"]) for o in found
        )
        assert sent[-2:] == [f"bsn__exact__{data['bsn']}", f"status__exact__{data['status']}"]
        assert await apis.objects.objects(types["voorziening"].url, bsn=data["bsn"], status="a, b") == []

    with_apis(sandbox, work, on_request=seen)


def test_invalid_bsn_in_partij_is_a_validation_error_naming_the_field(sandbox: RunningSandbox) -> None:
    async def work(apis: MunicipalApis) -> None:
        await apis.klantinteracties.create_partij_for_bsn(
            "123456789", voornaam="Test", voorvoegsel="", achternaam="Persoon"
        )

    with pytest.raises(InvalidRequest) as caught:
        with_apis(sandbox, work)
    names = [p.name for p in caught.value.problem.invalid_params]
    assert names == ["partijIdentificatoren.0.partijIdentificatorObjectId"]
    assert "Onjuist BSN" in caught.value.problem.invalid_params[0].reason


def test_wrong_credentials_are_403_on_zgw_and_401_on_klantinteracties(sandbox: RunningSandbox) -> None:
    wrong = {
        **demo_settings(sandbox.base_url, user_id="x", user_representation="x"),
        "zaken": ServiceSettings(f"{sandbox.base_url}/zaken/api/v1", ZgwJwtAuth("keukentafel-demo", "wrong")),
        "klantinteracties": ServiceSettings(
            f"{sandbox.base_url}/klantinteracties/api/v1", TokenAuth("wrong")
        ),
    }
    with pytest.raises(NotAuthorized) as zgw:
        with_apis(sandbox, lambda apis: apis.zaken.zaken_for_bsn("999993653"), services=wrong)
    assert (zgw.value.status, zgw.value.problem.code) == (403, "invalid-jwt-signature")
    with pytest.raises(NotAuthorized) as klant:
        with_apis(sandbox, lambda apis: apis.klantinteracties.actoren(), services=wrong)
    assert (klant.value.status, klant.value.problem.code) == (401, "authentication_failed")


def test_expired_jwt_is_refused(sandbox: RunningSandbox) -> None:
    two_hours_ago = datetime.now(UTC).timestamp() - 7200
    late = {
        **demo_settings(sandbox.base_url, user_id="x", user_representation="x"),
        "zaken": ServiceSettings(
            f"{sandbox.base_url}/zaken/api/v1",
            ZgwJwtAuth("keukentafel-demo", "demo-secret-not-for-production", clock=lambda: two_hours_ago),
        ),
    }
    with pytest.raises(NotAuthorized) as caught:
        with_apis(sandbox, lambda apis: apis.zaken.zaken_for_bsn("999993653"), services=late)
    assert caught.value.problem.code == "jwt-expired"


def test_pagination_follows_next_links_across_pages(sandbox: RunningSandbox) -> None:
    async def work(apis: MunicipalApis) -> tuple[list[str], list[str]]:
        client = apis.klantinteracties.http
        whole = [a["uuid"] for a in await client.list_all("actoren")]
        paged = [a["uuid"] for a in await client.list_all("actoren", {"pageSize": 3})]
        return whole, paged

    whole, paged = with_apis(sandbox, work)
    assert len(whole) > 3
    assert paged == whole


def test_an_oversized_json_body_is_refused(sandbox: RunningSandbox) -> None:
    async def work(apis: MunicipalApis) -> None:
        client = apis.klantinteracties.http
        client.max_json_bytes = 512
        await client.list_all("actoren")

    with pytest.raises(ProtocolError, match="groter"):
        with_apis(sandbox, work)


def test_an_objecttype_url_is_looked_up_once_per_client(sandbox: RunningSandbox) -> None:
    listed: list[str] = []

    async def seen(request: httpx.Request) -> None:
        if request.url.path.endswith("/objecttypes"):
            listed.append(request.url.path)

    async def work(apis: MunicipalApis) -> None:
        first = await apis.objects.objecttype_url("voorziening")
        assert first and await apis.objects.objecttype_url("Voorziening") == first
        assert await apis.objects.objecttype_url("plan")
        assert len(listed) == 1
        assert await apis.objects.objecttype_url("bestaat-niet") is None  # looked for again, not found
        assert len(listed) == 2

    with_apis(sandbox, work, on_request=seen)
