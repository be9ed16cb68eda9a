"""API secrets (ZGW JWT secrets, tokens, API keys) in the OS keyring, and `caseworker credentials`.

Secrets never go into a file: IT stores them per machine user with `caseworker credentials set SERVICE`
(service `keukentafel`, account `api:<service>`). Only the secure backends of `caseworker.security.keys`
are used; without one there is no fallback, because an API secret has no passphrase route.
All calls block (D-Bus, Credential Manager): the app runs them in an executor.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from keyring.backend import KeyringBackend
from keyring.errors import KeyringError, PasswordDeleteError

from caseworker.api.apis import STANDARD_PATHS
from caseworker.errors import KnownError
from caseworker.security.keys import SERVICE, secure_backend

SERVICES = tuple(STANDARD_PATHS)


class CredentialError(KnownError):
    """A secret cannot be stored or read; `user_message` is Dutch and says what to do."""


def account(service: str) -> str:
    return f"api:{service}"


def set_secret(service: str, secret: str, *, backend: KeyringBackend | None = None) -> None:
    if not secret:
        raise CredentialError("Het geheim is leeg; er is niets opgeslagen.")
    with _keyring(service, backend) as ring:
        ring.set_password(SERVICE, account(service), secret)


def get_secret(service: str, *, backend: KeyringBackend | None = None) -> str | None:
    with _keyring(service, backend) as ring:
        return ring.get_password(SERVICE, account(service))


def delete_secret(service: str, *, backend: KeyringBackend | None = None) -> bool:
    """Remove the secret of `service`; False when there was none."""
    with _keyring(service, backend) as ring:
        try:
            ring.delete_password(SERVICE, account(service))
        except PasswordDeleteError:
            return False
    return True


def stored_services(*, backend: KeyringBackend | None = None) -> list[str]:
    """The services that have a secret in the keyring (never the secrets themselves)."""
    return [service for service in SERVICES if get_secret(service, backend=backend) is not None]


@contextmanager
def _keyring(service: str, backend: KeyringBackend | None) -> Iterator[KeyringBackend]:
    if service not in SERVICES:
        raise CredentialError(f"Onbekende dienst '{service}'. Kies uit: {', '.join(SERVICES)}.")
    ring = secure_backend(backend)
    if ring is None:
        raise CredentialError(
            "Er is geen beveiligde sleutelbos op deze computer (Windows Referentiebeheer, "
            "macOS-sleutelhanger, Secret Service of KWallet). Geheimen worden nooit in een bestand bewaard; "
            "vraag IT om er een te installeren of te ontgrendelen."
        )
    try:
        yield ring
    except KeyringError as error:
        raise CredentialError(
            "De sleutelbos van het systeem is niet bereikbaar of vergrendeld. Ontgrendel hem en probeer het "
            "opnieuw."
        ) from error


# -- `caseworker credentials` ------------------------------------------------------------------------


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    store = actions.add_parser("set", help="store the secret of a service (asked without echo)")
    store.add_argument("service", choices=SERVICES)
    store.add_argument(
        "--from-stdin", action="store_true", help="read the secret from standard input (scripted deployments)"
    )
    actions.add_parser("list", help="show which services have a secret (never the secrets)")
    remove = actions.add_parser("delete", help="remove the secret of a service")
    remove.add_argument("service", choices=SERVICES)


def run(args: argparse.Namespace) -> int:
    try:
        if args.action == "set":
            set_secret(args.service, _read_secret(args.service, from_stdin=args.from_stdin))
            print(f"Geheim voor {args.service} opgeslagen in de sleutelbos.")
        elif args.action == "delete":
            done = delete_secret(args.service)
            print(f"Geheim voor {args.service} {'verwijderd' if done else 'was er niet'}.")
        else:
            stored = stored_services()
            for service in SERVICES:
                print(f"{service}: {'ingesteld' if service in stored else 'niet ingesteld'}")
    except KnownError as error:
        print(error.user_message, file=sys.stderr)
        return 1
    return 0


def _read_secret(service: str, *, from_stdin: bool) -> str:
    if from_stdin:
        # One line: a trailing newline from `echo` or a here-string is not part of the secret.
        return sys.stdin.readline().rstrip("\r\n")
    return getpass.getpass(f"Geheim voor {service}: ")
