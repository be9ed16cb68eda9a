"""Checks of this machine: settings, keyring, API secrets, the local database, disk space, Qt platform."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

from alembic.script import ScriptDirectory
from keyring.backend import KeyringBackend

from caseworker.api.apis import STANDARD_PATHS
from caseworker.config import Config
from caseworker.doctor.report import Check, Status
from caseworker.security.keys import (
    KeyUnavailable,
    PassphraseRequired,
    obtain_key,
    secure_backend,
)
from caseworker.store import StoreError, cache_path
from caseworker.store.engine import make_engine
from caseworker.store.errors import NEWER_DATABASE
from caseworker.store.migrate import MIGRATIONS, current_revision, head_revision

PLAIN_SQLITE_HEADER = b"SQLite format 3\0"
DISK_WARNING_BYTES = 1024**3
DISK_BLOCKING_BYTES = 100 * 1024**2
QT_TIMEOUT_SECONDS = 20


def config_check(config: Config) -> Check:
    labels = {"machine": "machinebreed", "user": "gebruiker"}
    files = {kind: {"path": str(path), "present": path.is_file()} for kind, path in config.files.items()}
    read = "; ".join(
        f"{labels.get(kind, kind)}: {f['path']}{'' if f['present'] else ' (niet aanwezig)'}"
        for kind, f in files.items()
    )
    if config.warnings:
        return Check(
            "configuratie", Status.WARNING, f"{read}. " + " ".join(config.warnings), {"files": files}
        )
    return Check("configuratie", Status.OK, f"geldig ({read}).", {"files": files})


def keyring_check(backend: KeyringBackend | None) -> Check:
    secure = secure_backend(backend)
    if secure is not None:
        name = f"{type(secure).__module__}.{type(secure).__qualname__}"
        return Check("sleutelbos", Status.OK, f"beveiligd ({name}).", {"backend": name, "secure": True})
    # Not blocking by itself: the cache can use a passphrase, and missing API secrets are their own check.
    return Check(
        "sleutelbos",
        Status.WARNING,
        "geen beveiligde sleutelbos gevonden (Secret Service, KWallet, Windows, macOS). De lokale "
        "gegevens vragen dan om een wachtwoord en API-geheimen kunnen niet worden opgeslagen; installeer "
        "of ontgrendel de sleutelbos van het systeem.",
        {"backend": None, "secure": False},
    )


def secrets_check(found: Mapping[str, str | None], config: Config) -> Check:
    """Which services have a secret; the values are never shown."""
    state = {
        api: "niet nodig" if api not in found else ("ingesteld" if found[api] else "ontbreekt")
        for api in STANDARD_PATHS
    }
    missing = [api for api, value in state.items() if value == "ontbreekt"]
    if missing:
        commands = "; ".join(f"caseworker credentials set {api}" for api in missing)
        message = f"ontbreken voor {', '.join(missing)}. Laat IT uitvoeren: {commands}"
        return Check("geheimen", Status.ERROR, message, state)
    return Check("geheimen", Status.OK, f"aanwezig in de sleutelbos voor profiel {config.profile}.", state)


def database_check(folder: Path, profile: str, backend: KeyringBackend | None) -> Check:
    """Encrypted, readable with the key, and at which schema version; never creates or changes anything."""
    path = cache_path(folder)
    details: dict[str, object] = {"path": str(path), "head": head_revision()}
    if not path.exists():
        message = "nog geen lokale gegevens; die worden bij de eerste start versleuteld aangemaakt."
        return Check("database", Status.OK, message, details)
    with path.open("rb") as file:
        encrypted = file.read(16) != PLAIN_SQLITE_HEADER
    details["encrypted"] = encrypted
    if not encrypted:
        message = (
            f"{path} is NIET versleuteld. Sluit Keukentafel, verwijder het bestand en start opnieuw; "
            "de gegevens worden opnieuw opgehaald."
        )
        return Check("database", Status.ERROR, message, details)
    try:
        key = obtain_key(profile, folder, keyring_backend=backend)
        details["revision"] = revision = _revision(path, key)
    except PassphraseRequired:
        return Check(
            "database", Status.OK, "versleuteld met een wachtwoord; doctor opent de gegevens niet.", details
        )
    except (KeyUnavailable, StoreError) as error:
        return Check("database", Status.ERROR, error.user_message, details)
    if revision == details["head"]:
        return Check("database", Status.OK, f"versleuteld, schema {revision} (actueel).", details)
    if revision is None:
        return Check(
            "database", Status.OK, "versleuteld en leeg; het schema wordt bij de start aangemaakt.", details
        )
    message = (
        f"versleuteld, schema {revision}; bij de volgende start wordt het bijgewerkt naar {details['head']} "
        "(met een kopie vooraf)."
    )
    return Check("database", Status.WARNING, message, details)


def _revision(path: Path, key: bytes) -> str | None:
    engine = make_engine(path, key, writer=False)
    try:
        revision = current_revision(engine)
    finally:
        engine.dispose()
    known = {script.revision for script in ScriptDirectory(str(MIGRATIONS)).walk_revisions()}
    if revision is not None and revision not in known:
        raise StoreError(NEWER_DATABASE.format(revision=revision))
    return revision


def disk_check(folder: Path) -> Check:
    existing = next(p for p in (folder, *folder.parents) if p.exists())
    free = shutil.disk_usage(existing).free
    details = {"path": str(folder), "free_bytes": free}
    text = f"{free / 1024**3:.1f} GB vrij bij {existing}"
    if free < DISK_BLOCKING_BYTES:
        return Check(
            "schijfruimte", Status.ERROR, f"{text}: te weinig om te werken. Maak ruimte vrij.", details
        )
    if free < DISK_WARNING_BYTES:
        return Check("schijfruimte", Status.WARNING, f"{text}: krap. Maak ruimte vrij.", details)
    return Check("schijfruimte", Status.OK, f"{text}.", details)


def qt_probe_command() -> list[str]:
    """`caseworker doctor --qt-probe` in a process of its own (a Qt that cannot start may abort the
    process; the core never imports Qt itself: `caseworker.cli` hands the probe to `ui.qt_probe`).
    In a frozen (PyInstaller) build `sys.executable` is the app itself."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "doctor", "--qt-probe"]
    return [sys.executable, "-m", "caseworker", "doctor", "--qt-probe"]


def qt_check() -> Check:
    platform = os.environ.get("QT_QPA_PLATFORM") or "standaard"
    details: dict[str, object] = {"QT_QPA_PLATFORM": platform}
    try:
        done = subprocess.run(  # noqa: S603 - our own interpreter or app with a fixed program
            qt_probe_command(), capture_output=True, text=True, timeout=QT_TIMEOUT_SECONDS
        )
    except subprocess.TimeoutExpired:
        return Check("Qt-platform", Status.ERROR, f"Qt start niet binnen {QT_TIMEOUT_SECONDS} s.", details)
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["onbekende fout"])[-1]
        message = (
            f"het venster kan niet openen ({last}). Controleer het beeldscherm of QT_QPA_PLATFORM "
            f"(nu: {platform})."
        )
        return Check("Qt-platform", Status.ERROR, message, details)
    details["platform_plugin"] = done.stdout.strip()
    return Check(
        "Qt-platform", Status.OK, f"plug-in '{done.stdout.strip()}' (QT_QPA_PLATFORM: {platform}).", details
    )
