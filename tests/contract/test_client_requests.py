"""Every request the API clients send is checked against the official spec of its API.

The clients run a realistic tour against the sandbox; a request hook records each request exactly as sent
(after auth), and each one is validated: path, query parameters, required headers and body.
"""

from __future__ import annotations

import asyncio
import io
import json
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from typing import Any

import httpx
import pytest

from caseworker.api.apis import MunicipalApis, demo_settings
from caseworker.sandbox.server import RunningSandbox, start_in_thread

SPEC_BY_PATH = {
    "/haalcentraal/api/brp/": "brp-personen-2.7.0",
    "/zaken/api/v1/": "zaken-1.5.1",
    "/catalogi/api/v1/": "catalogi-1.3.1",
    "/besluiten/api/v1/": "besluiten-1.1.0",
    "/documenten/api/v1/": "documenten-1.4.2",
    "/klantinteracties/api/v1/": "klantinteracties-0.9.0",
    "/api/v2/": "objects-2.7.0",
}


@pytest.fixture(scope="module")
def sandbox() -> Iterator[RunningSandbox]:
    with start_in_thread(persons=120, seed=11) as running:
        yield running


def spec_name(url: httpx.URL) -> str:
    return next(name for prefix, name in SPEC_BY_PATH.items() if url.path.startswith(prefix))


async def tour(apis: MunicipalApis, sandbox: RunningSandbox) -> None:
    """Call every client operation once, the way the services use them."""
    rol = next(
        r
        for r in sandbox.store.iter_collection("zaken/rollen")
        if r["betrokkeneType"] == "natuurlijk_persoon"
    )
    bsn = rol["betrokkeneIdentificatie"]["inpBsn"]
    household = await apis.brp.household(bsn)
    assert household is not None
    client = household.client
    if client.geboortedatum:
        await apis.brp.search_name_birthdate(client.geslachtsnaam, client.geboortedatum)
    if client.address and client.address.huisnummer:
        await apis.brp.search_address(client.address.postcode, client.address.huisnummer)

    zaken = await apis.zaken.zaken_for_bsn(bsn)
    await apis.zaken.zaken_for_medewerker("wt-demo")
    zaak = zaken[0]
    fetched = await apis.zaken.zaak(zaak.url)
    await apis.zaken.zaak(zaak.url, etag=fetched.etag)
    await apis.zaken.statussen(zaak.url)
    await apis.zaken.rollen(zaak.url)
    links = await apis.zaken.zaakinformatieobjecten(zaak.url)
    await apis.zaken.zaakobjecten(zaak.url)
    await apis.zaken.audittrail(zaak.url.rsplit("/", 1)[1])
    zaaktypen = await apis.catalogi.zaaktypen()
    await apis.catalogi.statustypen(zaaktypen[0].url)
    informatieobjecttypen = await apis.catalogi.informatieobjecttypen()
    await apis.besluiten.besluiten(zaak.url)
    if links:
        document = (await apis.documenten.document(links[0].informatieobject)).value
        assert document is not None
        await apis.documenten.download(document, io.BytesIO())
    await apis.documenten.create(
        bronorganisatie="517439943",
        informatieobjecttype=informatieobjecttypen[0].url,
        titel="Verslag keukentafelgesprek",
        auteur="Sanne Demo",
        bestandsnaam="verslag.pdf",
        formaat="application/pdf",
        content=b"%PDF-1.4\n%%EOF\n",
        creatiedatum=date(2026, 11, 29),
    )

    partij = await apis.klantinteracties.partij_for_bsn(bsn)
    assert partij is not None
    await apis.klantinteracties.klantcontacten_for_partij(partij.uuid)
    made = await apis.klantinteracties.maak_klantcontact(
        {
            "klantcontact": {
                "kanaal": "telefoon",
                "onderwerp": "Vraag",
                "inhoud": "Synthetische tekst.",
                "indicatieContactGelukt": True,
                "taal": "nld",
                "vertrouwelijk": False,
                "plaatsgevondenOp": datetime.now(UTC).isoformat(),
                "referentienummer": "KT-CT-0001",
            },
            "betrokkene": {"wasPartij": {"uuid": partij.uuid}, "rol": "klant", "initiator": True},
        }
    )
    await apis.klantinteracties.klantcontacten_by_referentie("KT-CT-0001")
    actor = await apis.klantinteracties.actor_for_identificator("wt-demo")
    assert actor is not None
    await apis.klantinteracties.actoren()
    taak = await apis.klantinteracties.create_internetaak(
        klantcontact_uuid=made.klantcontact.uuid, actor_uuids=[actor.uuid], gevraagde_handeling="Terugbellen"
    )
    await apis.klantinteracties.internetaken_for_actor(actor.uuid, status="te_verwerken")
    await apis.klantinteracties.internetaken_for_klantcontact(made.klantcontact.uuid)
    await apis.klantinteracties.set_internetaak_status(taak.url, "verwerkt")
    created_partij = await apis.klantinteracties.create_partij_for_bsn(
        "999990044", voornaam="Test", voorvoegsel="", achternaam="Contract"
    )
    assert created_partij.bsn == "999990044"

    types = {t.name: t for t in await apis.objects.objecttypes()}
    voorziening = types["voorziening"]
    found = await apis.objects.objects(voorziening.url, bsn=bsn)
    new = await apis.objects.create(
        types["plan"].url, 1, {"bsn": bsn, "zaak": zaak.url, "status": "concept"}, start_at=date(2026, 11, 29)
    )
    await apis.objects.history(new.uuid)
    if found:
        record = found[0].record
        await apis.objects.update(
            found[0].url, voorziening.url, record.type_version, record.data, start_at=record.start_at
        )


def test_every_client_request_matches_the_official_spec(
    sandbox: RunningSandbox, load_spec: Callable[[str], Any], validate_request: Callable[..., None]
) -> None:
    sent: list[httpx.Request] = []

    async def record(request: httpx.Request) -> None:
        sent.append(request)

    async def main() -> None:
        settings = demo_settings(sandbox.base_url, user_id="wt-demo", user_representation="Sanne Demo")
        apis = MunicipalApis.connect(settings, on_request=record)
        try:
            await tour(apis, sandbox)
        finally:
            await apis.aclose()

    asyncio.run(main())

    checked: dict[str, int] = {}
    for request in sent:
        if "/download" in request.url.path:
            continue  # binary content: the spec describes no JSON request to check
        name = spec_name(request.url)
        body = json.loads(request.content) if request.content else None
        headers = {key.title(): value for key, value in request.headers.items()}
        try:
            validate_request(load_spec(name), request.method, str(request.url), headers, body)
        except Exception as exc:
            raise AssertionError(f"{request.method} {request.url.path}: {exc}") from exc
        checked[name] = checked.get(name, 0) + 1
    assert set(checked) == set(SPEC_BY_PATH.values()), checked
