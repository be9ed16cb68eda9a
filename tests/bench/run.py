#!/usr/bin/env python3
"""Benchmarks of Keukentafel, reported as figures (never run as pass/fail tests).

    python tests/bench/run.py [--quick] [--json FILE]

Each figure is measured on the sandbox municipality on this machine; DESIGN.md §12 has the budgets.
`--quick` uses smaller scales and shorter runs so the whole run takes about a minute.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import httpx

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from client_bench import bench_client, sandbox  # noqa: E402
from messaging_bench import bench_messaging  # noqa: E402
from plan_bench import bench_plan_recompute  # noqa: E402
from ui_bench import bench_ui  # noqa: E402

from caseworker.api.apis import DEMO_BRP_API_KEY, DEMO_ZGW_CLIENT_ID, DEMO_ZGW_SECRET  # noqa: E402
from caseworker.api.auth import ApiKeyAuth, ZgwJwtAuth  # noqa: E402

Figures = dict[str, Any]


def bench_generation(persons: int) -> float:
    """Seconds to generate a municipality of `persons` into a fresh sandbox database."""
    from caseworker.sandbox.generate import generate
    from caseworker.sandbox.store import SandboxStore

    with tempfile.TemporaryDirectory() as tmp:
        store = SandboxStore(Path(tmp) / "sandbox.db")
        started = time.perf_counter()
        generate(store, persons=persons, seed=1, today=date.today())
        elapsed = time.perf_counter() - started
        store.close()
    return round(elapsed, 2)


async def requests_per_second(
    send: Callable[[httpx.AsyncClient], Any], seconds: float, concurrency: int
) -> float:
    """Closed-loop load: `concurrency` workers send as fast as answers come, for `seconds`."""
    done = 0
    deadline = time.perf_counter() + seconds

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal done
        while time.perf_counter() < deadline:
            response = await send(client)
            response.raise_for_status()
            done += 1

    limits = httpx.Limits(max_connections=concurrency)
    async with httpx.AsyncClient(limits=limits, timeout=30) as client:
        started = time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(concurrency)))
        return round(done / (time.perf_counter() - started), 1)


def bench_throughput(seconds: float) -> Figures:
    with tempfile.TemporaryDirectory() as tmp, sandbox(2000, Path(tmp)) as root:
        zgw = ZgwJwtAuth(DEMO_ZGW_CLIENT_ID, DEMO_ZGW_SECRET, user_id="bench")
        brp = ApiKeyAuth(DEMO_BRP_API_KEY)
        with httpx.Client(auth=zgw, headers={"Accept-Crs": "EPSG:4326"}) as setup:
            bsn = setup.get(
                f"{root}/zaken/api/v1/rollen", params={"betrokkeneType": "natuurlijk_persoon", "pageSize": 1}
            ).json()["results"][0]["betrokkeneIdentificatie"]["inpBsn"]

        def zaken_list(client: httpx.AsyncClient) -> Any:
            return client.get(
                f"{root}/zaken/api/v1/zaken",
                params={"rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn": bsn},
                headers={"Accept-Crs": "EPSG:4326"},
                auth=zgw,
            )

        def brp_lookup(client: httpx.AsyncClient) -> Any:
            body = {
                "type": "RaadpleegMetBurgerservicenummer",
                "burgerservicenummer": [bsn],
                "fields": ["burgerservicenummer", "naam", "geboorte", "verblijfplaats"],
            }
            return client.post(f"{root}/haalcentraal/api/brp/personen", json=body, auth=brp)

        return {
            "sandbox_zaken_list_rps": asyncio.run(requests_per_second(zaken_list, seconds, 8)),
            "sandbox_brp_lookup_rps": asyncio.run(requests_per_second(brp_lookup, seconds, 8)),
        }


def bench_scenario_sweep() -> Figures:
    """Milliseconds for the 0–40 hours sweep behind the planner's chart (median of 20, cache warm)."""
    from caseworker.scenario import Scenario, sweep

    scenario = Scenario.model_validate(
        {"reference_date": "2025-07-01", "household": {"members": [{"role": "aanvrager", "age": 35}]}}
    )
    timings = []
    for _ in range(21):
        started = time.perf_counter()
        sweep(scenario, hours=range(0, 41), net_hourly_wage=1200)
        timings.append((time.perf_counter() - started) * 1000)
    return {"scenario_sweep_41_points_ms": round(statistics.median(timings[1:]), 2)}


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="smaller scales, shorter runs")
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    args = parser.parse_args()
    figures: Figures = {"quick": args.quick, "machine_cpus": os.cpu_count()}
    figures.update(bench_scenario_sweep())
    figures["sandbox_generate_2000_s"] = bench_generation(2000)
    big = 20_000 if args.quick else 100_000
    figures[f"sandbox_generate_{big}_s"] = bench_generation(big)
    figures.update(bench_throughput(3.0 if args.quick else 10.0))
    figures.update(bench_client(args.quick))
    figures.update(bench_messaging(args.quick))
    figures.update(bench_ui(args.quick))
    figures.update(bench_plan_recompute())
    text = json.dumps(figures, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
