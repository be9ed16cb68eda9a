"""The `caseworker` command: the GUI by default, plus sub-commands for IT, scripts and tests.

Each sub-command lives beside the code it drives and exposes `add_arguments(parser)` and `run(args) -> int`;
this module only wires them up, so that `caseworker --help` stays fast (imports happen on use).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from caseworker import __version__

# sub-command name -> (module, one-line help)
SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "sandbox": ("caseworker.sandbox.cli", "run the built-in demo municipality (a local API server)"),
    "scenario": ("caseworker.scenario.cli", "compute a support and income scenario from a JSON file"),
    "doctor": ("caseworker.doctor.cli", "check settings, keyring, database, endpoints and clocks"),
    "credentials": ("caseworker.security.credentials", "store, list or delete API secrets in the keyring"),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="caseworker",
        description="Keukentafel: de werkplek voor het sociaal domein.",
    )
    parser.add_argument("--version", action="version", version=f"Keukentafel {__version__}")
    _gui_arguments(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module_name, help_text) in SUBCOMMANDS.items():
        module = importlib.import_module(module_name)
        sub_parser = sub.add_parser(name, help=help_text, description=help_text)
        module.add_arguments(sub_parser)
        sub_parser.set_defaults(run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_given = list(sys.argv[1:] if argv is None else argv)
    if args_given == ["--version"]:  # answered before the parser imports every sub-command and Qt
        print(f"Keukentafel {__version__}")
        return 0
    if args_given == ["doctor", "--qt-probe"]:  # hidden: doctor's Qt check, in a process of its own
        from ui.qt_probe import probe

        return probe()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return _run_default(args)
    result: int = args.run(args)
    return result


def _gui_arguments(parser: argparse.ArgumentParser) -> None:
    from ui.app import add_arguments  # argparse only: Qt itself is imported when the window starts

    add_arguments(parser)


def _run_default(args: argparse.Namespace) -> int:
    """The workplace window (demo municipality when nothing is configured)."""
    from ui.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
