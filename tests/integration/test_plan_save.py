"""`save_plan` queues the PDF and the plan object in one transaction and logs the export; pushed to the
sandbox they become a document and a plan object pointing at it, both linked to the zaak."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from caseworker.api.apis import MunicipalApis, demo_settings
from caseworker.api.http import RetryPolicy, Timeouts
from caseworker.domain.plan import Agreement, Goal, Plan, PlanAmount
from caseworker.sandbox.server import RunningSandbox, start_in_thread
from caseworker.services.plan import save_plan
from caseworker.store import Fetched, Store, open_store
from caseworker.store.models import ProcessingLogEntry
from caseworker.sync.outbox import Outbox, pending_for

KEY = bytes(range(32))
PDF = b"%PDF-1.4\n% plan\n%%EOF\n"


@pytest.fixture(scope="module")
def sandbox() -> Iterator[RunningSandbox]:
    with start_in_thread(persons=20, seed=7, faults="none") as running:
        yield running


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "cache.db", KEY) as opened:
        yield opened


def a_plan(zaak_url: str, bsn: str) -> Plan:
    return Plan(
        municipality="Gemeente Voorbeeldstad (fictief)",
        made_on=date(2026, 11, 29),
        client_name="Anna Jansen",
        bsn=bsn,
        zaak_url=zaak_url,
        zaak_identificatie="ZAAK-1",
        caseworker="Sanne Demo",
        scenario_name="Scenario 1",
        reference_date=date(2025, 11, 1),
        goals=(Goal("Ik wil weer aan het werk."),),
        provisions=(),
        agreements=(Agreement("Anna", "Solliciteren", date(2026, 12, 15)),),
        amounts=(
            PlanAmount("netto_besteedbaar", 180012, "ingevoerd"),
            PlanAmount("wmo_eigen_bijdrage", 2100, "ok"),
            PlanAmount("jeugd_ouderbijdrage", 0, "ok"),
        ),
        fixed_costs=65000,
    )


def push(box: Outbox, sandbox: RunningSandbox) -> list[str]:
    async def main() -> list[str]:
        settings = demo_settings(sandbox.base_url, user_id="wt-demo", user_representation="Sanne Demo")
        timeouts = Timeouts(connect=1.0, read=2.0, write=2.0, pool=1.0, total=4.0)
        apis = MunicipalApis.connect(settings, timeouts=timeouts, retry=RetryPolicy(attempts=1))
        try:
            return (await box.push_pending(apis)).sent
        finally:
            await apis.aclose()

    return asyncio.run(main())


def test_a_saved_plan_reaches_the_zaak_as_document_and_object(sandbox: RunningSandbox, store: Store) -> None:
    raw = next(iter(sandbox.store.iter_collection("zaken/zaken")))
    zaak = {**raw, "url": raw["url"].replace("http://sandbox.invalid", sandbox.base_url)}
    now = datetime.now(UTC)
    with store.write() as writer:  # the zaak as the client view caches it
        writer.save_raw(Fetched("zaken", zaak["url"], None, now, zaak), bsn="999993653")
    plan = a_plan(zaak["url"], "999993653")

    saved = save_plan(store, plan=plan, pdf=PDF, user="wt-demo", author="Sanne Demo", now=now)

    waiting = {item.op_id: item.kind for item in pending_for(store, plan.bsn)}
    assert waiting == {saved.document_op: "document", saved.object_op: "object"}  # "wacht op verzending"
    with store.read() as conn:
        logged = conn.execute(
            select(ProcessingLogEntry).where(ProcessingLogEntry.action == "exporteren")
        ).all()
    assert len(logged) == 1

    sent = push(Outbox(store, settle=timedelta(0)), sandbox)
    assert [op for op in sent if op in (saved.document_op, saved.object_op)] == [
        saved.document_op,
        saved.object_op,
    ]
    [plan_object] = [
        o
        for o in sandbox.store.iter_collection("objects/objects")
        if o["record"]["data"].get("client_op_id") == saved.object_op
    ]
    data = plan_object["record"]["data"]
    document_url = data["document"]
    [document] = [
        d
        for d in sandbox.store.iter_collection("documenten/enkelvoudiginformatieobjecten")
        if d["url"] == document_url
    ]
    assert sandbox.store.get_blob(document["url"].rsplit("/", 1)[1]) == PDF
    assert data["scenario"]["netto_inkomen_cent"] == 180012 and data["doelen"] == [
        "Ik wil weer aan het werk."
    ]
    assert document["url"] in {
        z["informatieobject"] for z in sandbox.store.iter_collection("zaken/zaakinformatieobjecten")
    }
    assert plan_object["url"] in {z["object"] for z in sandbox.store.iter_collection("zaken/zaakobjecten")}
    assert not pending_for(store, plan.bsn)


def test_a_plan_for_a_zaak_never_fetched_is_refused_and_nothing_is_queued(store: Store) -> None:
    plan = replace(a_plan("http://sandbox.invalid/zaken/api/v1/zaken/unknown", "999993653"))
    with pytest.raises(Exception, match="zaak is nog niet opgehaald"):
        save_plan(store, plan=plan, pdf=PDF, user="wt-demo", author="Sanne Demo", now=datetime.now(UTC))
    assert not pending_for(store, plan.bsn)
