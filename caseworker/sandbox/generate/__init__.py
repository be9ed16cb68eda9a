"""Deterministic synthetic data for the demo municipality Voorbeeldstad (see `caseworker.sandbox.demo`).

`generate` fills a `SandboxStore` with documents shaped exactly as the real servers return them (Open Zaak
1.30, Open Klant 2.18, Open Object, BRP Personen 2.7). Everything derives from `(persons, seed, today)`: the
same inputs give byte-identical documents, and all dates are relative to `today`, so the demo looks current.
"""

from __future__ import annotations

from datetime import date

from caseworker.sandbox.demo import DEFAULT_PERSONS, DEMO_CASELOAD, DEMO_CASELOAD_MINIMUM
from caseworker.sandbox.store import SandboxStore

from ._context import Context
from .cases import ZaakRenderer, plan_zaken, select_clients
from .catalogi import write_catalog
from .contacts import ContactWriter, write_conversations
from .objects import write_objecttypes
from .organisation import write_organisation
from .population import NamePools, build_households, write_persons

__all__ = ["caseload_size", "generate"]


def caseload_size(persons: int) -> int:
    """The demo user's caseload: DEMO_CASELOAD at the default scale, proportionally fewer in small towns."""
    return max(DEMO_CASELOAD_MINIMUM, min(DEMO_CASELOAD, round(DEMO_CASELOAD * persons / DEFAULT_PERSONS)))


def generate(store: SandboxStore, *, persons: int, seed: int, today: date) -> dict[str, int]:
    """Fill `store` with Voorbeeldstad; returns the number of documents written per collection."""
    ctx = Context(store, seed, today)
    pools = NamePools.build(seed)
    # One transaction per phase: committing in batches of a few thousand measured slower at 100 000 persons
    # (each commit checkpoints and syncs the WAL), at the price of a large WAL while generating.
    with store.transaction():
        catalog = write_catalog(ctx)
        org = write_organisation(ctx, pools)
        types = write_objecttypes(ctx)
        households = build_households(ctx, pools, persons)
        write_persons(ctx, households)
    clients = select_clients(ctx, households)
    plans = plan_zaken(ctx, catalog, org, clients, caseload_size(persons))
    renderer = ZaakRenderer(ctx, catalog, org, types)
    with store.transaction():
        for plan in plans:
            renderer.render(plan)
    contacts = ContactWriter(ctx)
    with store.transaction():
        for client in clients:
            contacts.client(client)
        write_conversations(ctx, org, types, clients)
    return dict(sorted(ctx.counts.items()))
