"""`caseworker sandbox`: run the demo municipality on this machine (loopback only unless told otherwise)."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default: loopback only)")
    parser.add_argument("--port", type=int, default=0, help="port; 0 picks a free one (default)")
    parser.add_argument(
        "--persons", type=int, default=2000, help="population size to generate (default 2000)"
    )
    parser.add_argument("--seed", type=int, default=1, help="random seed of the synthetic data (default 1)")
    parser.add_argument("--data-dir", type=Path, default=None, help="where sandbox.db lives")
    parser.add_argument("--latency-ms", type=int, default=0, help="delay every answer by this many ms")
    parser.add_argument(
        "--faults",
        default=None,
        metavar="SPEC",
        help="fault injection, e.g. 'error_rate=0.2,error_status=503,hang_rate=0.05,seed=1,paths=/zaken' "
        "or 'none'; enables the /_sandbox/faults control endpoint",
    )
    parser.add_argument(
        "--quirk",
        action="append",
        default=[],
        choices=["stale-etag"],
        help="imitate a known server defect (stale-etag: Open Zaak's stale ETag after an own write)",
    )
    parser.add_argument(
        "--responder",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="answer caseworkers' messages as the citizen or care provider after a few seconds (default: on)",
    )


def run(args: argparse.Namespace) -> int:
    from caseworker.sandbox.server import run as serve

    return serve(
        host=args.host,
        port=args.port,
        data_dir=args.data_dir,
        persons=args.persons,
        seed=args.seed,
        latency_ms=args.latency_ms,
        faults=args.faults,
        quirks=tuple(args.quirk),
        responder=args.responder,
    )
