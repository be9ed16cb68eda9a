"""`caseworker doctor`: print the report (or JSON) and exit 1 when something blocks work."""

from __future__ import annotations

import argparse
import json


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument(
        "--root", metavar="URL", help="check a running sandbox at URL with the demo credentials"
    )


def run(args: argparse.Namespace) -> int:
    from caseworker.doctor import run_doctor

    report = run_doctor(root=args.root)
    print(json.dumps(report.to_json(), indent=2, ensure_ascii=False) if args.json else report.to_text())
    return 1 if report.blocking else 0
