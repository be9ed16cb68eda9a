"""Starting a profile, headless (DESIGN §11): settings → API connections → cache → session → background sync.

The GUI, the tests and the benchmarks start the workplace the same way:

- **demo profile** (nothing configured, or `--demo`): the built-in sandbox serves Voorbeeldstad on loopback
  from a thread of this process (generated on first use into the data folder) and is stopped with the
  workplace. Its cache key comes from the keyring; where no secure keyring exists the demo derives it from
  the fixed, documented `DEMO_PASSPHRASE` — the data is fictional, and the cache stays encrypted.
- **configured profile**: the endpoints and secrets of `load_config()`/the keyring; without a secure
  keyring the user is asked for the passphrase of the local data (`ask_passphrase`).

Two environment variables serve tests and benchmarks: `CASEWORKER_DATA_DIR` replaces the platform data
folder (profiles and the demo municipality live below it) and `CASEWORKER_DEMO_PERSONS` sets the size of a
newly generated demo municipality.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import logging
import os
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from keyring.backend import KeyringBackend

from caseworker.api.apis import MunicipalApis, ServiceSettings, demo_settings
from caseworker.config import DEMO_PROFILE, Config, SecretLookup, Value, resolve_profile
from caseworker.config.load import COMMAND_LINE
from caseworker.errors import KnownError
from caseworker.events import EventBus
from caseworker.sandbox.demo import DEFAULT_PERSONS, DEMO_USER_ID, DEMO_USER_NAME
from caseworker.security.credentials import get_secret
from caseworker.security.keys import KeyUnavailable, NoSecureKeyring, PassphraseRequired, obtain_key
from caseworker.services.session import Session
from caseworker.services.writes import purge_expired
from caseworker.store import Store, cache_path, open_store, profile_dir
from caseworker.store.files import write_atomically
from caseworker.sync.caseload import CaseloadResult, keep_fresh, sync_caseload_with
from caseworker.sync.outbox import Outbox
from caseworker.sync.refresh import utc_now

if TYPE_CHECKING:
    # The sandbox (uvicorn, starlette, faker: ~0.2 s to import) is imported only when the demo starts it.
    from caseworker.sandbox.server import RunningSandbox

log = logging.getLogger(__name__)

DATA_DIR_ENV = "CASEWORKER_DATA_DIR"
DEMO_PERSONS_ENV = "CASEWORKER_DEMO_PERSONS"
# Protects only the fictional demo data, on machines without a secure keyring: documented in README.md.
DEMO_PASSPHRASE = "voorbeeldstad-fictief"  # noqa: S105 - public on purpose, see above
SANDBOX_FOLDER = "sandbox"
DEMO_PORT_FILE = "port"  # in the sandbox folder: the loopback port the demo municipality keeps
OUTBOX_INTERVAL = 30.0  # seconds between pushes of the outbox

# Asked when the cache key needs a passphrase: gets the reason (its Dutch message says which: choose a new
# one, or enter the existing one); returns the passphrase, or None when the user cancels.
AskPassphrase = Callable[[KeyUnavailable], Awaitable[str | None]]


class StartCancelled(KnownError):
    """The user cancelled start-up (e.g. the passphrase dialog)."""


@dataclass(frozen=True)
class Locations:
    """Where local data lives: the platform data folder, or `base` instead (tests, benchmarks)."""

    base: Path | None = None

    @classmethod
    def from_environ(cls, environ: Mapping[str, str] | None = None) -> Locations:
        environ = os.environ if environ is None else environ
        folder = environ.get(DATA_DIR_ENV)
        return cls(Path(folder) if folder else None)

    def profile(self, name: str) -> Path:
        return profile_dir(name, base=self.base)

    def sandbox(self) -> Path:
        if self.base:
            return self.base / SANDBOX_FOLDER
        from caseworker.sandbox.server import default_data_dir

        return default_data_dir()


def force_demo(config: Config) -> Config:
    """`--demo`: the demo profile whatever the files say (a developer's or trainer's choice)."""
    return replace(config, values={**config.values, "profile": Value(DEMO_PROFILE, COMMAND_LINE)})


def demo_persons(environ: Mapping[str, str] | None = None) -> int:
    environ = os.environ if environ is None else environ
    text = environ.get(DEMO_PERSONS_ENV, "")
    if not text:
        return DEFAULT_PERSONS
    if not text.isdigit() or int(text) < 1:
        raise KnownError(f"{DEMO_PERSONS_ENV} moet een positief geheel getal zijn.")
    return int(text)


@dataclass
class Workplace:
    """A started profile: its session, outbox and (demo) sandbox, closed together by `aclose`."""

    config: Config
    session: Session
    outbox: Outbox
    sandbox: RunningSandbox | None
    passphrase_route: bool  # the cache key came from a passphrase the user typed (unlock asks for it)
    _key_digest: bytes = b""  # to check a passphrase typed to unlock; the key itself is not kept here
    _stop: asyncio.Event = field(default_factory=asyncio.Event)

    @property
    def demo(self) -> bool:
        return self.sandbox is not None

    def start_background(self) -> asyncio.Task[CaseloadResult]:
        """The caseload sync now, then the watch list on a timer; the outbox push loop throughout.
        Returns the caseload sync (its end is the first complete refresh round)."""
        session = self.session
        session.spawn(self.outbox.run(session.apis, self._stop, OUTBOX_INTERVAL), name="outbox")
        caseload = session.spawn(sync_caseload_with(session.refresher, session.user_id), name="caseload sync")
        interval = 60.0 * self.config.number("poll.refresh_minutes")
        session.spawn(_keep_fresh_after(caseload, session, interval), name="keep fresh")
        return caseload

    def check_passphrase(self, passphrase: str) -> bool:
        """Whether `passphrase` gives this cache's key (unlocking a session on the passphrase route).
        Blocks ~0.1 s (scrypt): call it in an executor."""
        try:
            key = obtain_key(self.config.profile, self.session.store.path.parent, passphrase=passphrase)
        except (KnownError, ValueError):
            return False
        return hmac.compare_digest(_digest(key), self._key_digest)

    async def aclose(self) -> None:
        self._stop.set()
        await self.session.aclose()
        if self.sandbox is not None:
            await asyncio.to_thread(self.sandbox.stop)


async def _keep_fresh_after(first: asyncio.Task[CaseloadResult], session: Session, interval: float) -> None:
    """The caseload sync has just refreshed every client: the timer starts after it, not beside it."""
    await asyncio.wait([first])
    await asyncio.sleep(interval)
    await keep_fresh(session.refresher, session.watch, interval=interval)


async def start_workplace(
    config: Config,
    *,
    ask_passphrase: AskPassphrase,
    locations: Locations | None = None,
    persons: int | None = None,
    bus: EventBus | None = None,
    secrets: SecretLookup | None = None,
    keyring_backend: KeyringBackend | None = None,
) -> Workplace:
    """Start `config`'s profile: every blocking step runs in a worker thread, so a GUI stays responsive.
    KnownError (e.g. ConfigError, StoreError, StartCancelled) when it cannot start; nothing stays open then.
    """
    locations = locations or Locations.from_environ()
    sandbox: RunningSandbox | None = None
    # The demo municipality starts (or is generated) while the cache opens: both take a while.
    starting = (
        asyncio.ensure_future(
            asyncio.to_thread(start_demo_municipality, locations, persons or demo_persons())
        )
        if config.is_demo
        else None
    )
    try:
        store, key, passphrase_route = await _open_cache(config, locations, ask_passphrase, keyring_backend)
    except BaseException:
        await _abandon(starting)
        raise
    try:
        sandbox = await starting if starting is not None else None
        settings = await _service_settings(config, sandbox, secrets or get_secret)
    except BaseException:
        await _abandon(starting)
        await asyncio.to_thread(store.close)
        raise
    await asyncio.to_thread(purge_expired, store, utc_now(), config.number("cache.retention_days"))
    bus = bus or EventBus()
    user_id, user_name = _user(config)
    session = Session(MunicipalApis.connect(settings), store, user_id=user_id, user_name=user_name, bus=bus)
    return Workplace(config, session, Outbox(store, bus), sandbox, passphrase_route, _digest(key))


async def _abandon(starting: asyncio.Future[RunningSandbox] | None) -> None:
    """Start-up failed: a demo municipality that did start is stopped again."""
    if starting is None:
        return
    with contextlib.suppress(Exception):
        sandbox = await starting
        await asyncio.to_thread(sandbox.stop)


def start_demo_municipality(locations: Locations, persons: int) -> RunningSandbox:
    """Blocks: generates Voorbeeldstad on first use (seconds), then serves it from a thread, with the
    responder that plays citizens and care providers so the demo shows two-way messaging."""
    from caseworker.sandbox.responder import Responder  # only the demo needs the server (uvicorn)
    from caseworker.sandbox.server import start_in_thread

    # The same port every start: the cache keys resources by URL, and a new port would make every
    # cached zaak, contact and conversation look like a different one.
    folder = locations.sandbox()
    port_file = folder / DEMO_PORT_FILE
    saved = int(port_file.read_text()) if port_file.exists() and port_file.read_text().isdigit() else 0
    try:
        sandbox = start_in_thread(data_dir=folder, persons=persons, responder=Responder(), port=saved)
    except OSError:  # the port is taken now: another one, remembered from here on
        sandbox = start_in_thread(data_dir=folder, persons=persons, responder=Responder())
    write_atomically(port_file, str(urlsplit(sandbox.base_url).port).encode())
    return sandbox


def _user(config: Config) -> tuple[str, str]:
    if config.is_demo:
        return DEMO_USER_ID, DEMO_USER_NAME
    return config.text("user.id"), config.text("user.name")


async def _service_settings(
    config: Config, sandbox: RunningSandbox | None, secrets: SecretLookup
) -> dict[str, ServiceSettings]:
    if sandbox is not None:
        return demo_settings(sandbox.base_url, user_id=DEMO_USER_ID, user_representation=DEMO_USER_NAME)
    settings = await asyncio.to_thread(resolve_profile, config, secrets)
    assert settings is not None, "not the demo profile"
    return settings


async def _open_cache(
    config: Config, locations: Locations, ask: AskPassphrase, keyring_backend: KeyringBackend | None
) -> tuple[Store, bytes, bool]:
    """The cache, its key, and whether the key came from a passphrase the user typed."""
    folder = locations.profile(config.profile)
    passphrase: str | None = None
    while True:
        try:
            key = await asyncio.to_thread(
                obtain_key, config.profile, folder, passphrase=passphrase, keyring_backend=keyring_backend
            )
            store = await asyncio.to_thread(open_store, cache_path(folder), key)
            return store, key, passphrase is not None and not config.is_demo
        except (NoSecureKeyring, PassphraseRequired) as needed:
            passphrase = DEMO_PASSPHRASE if config.is_demo else await _asked(ask, needed)
        except KnownError as refused:
            if passphrase is None or config.is_demo:
                raise
            # A wrong passphrase gives a key the store refuses: say so and ask again.
            passphrase = await _asked(ask, KeyUnavailable(refused.user_message))


def _digest(key: bytes) -> bytes:
    return hashlib.sha256(key).digest()


async def _asked(ask: AskPassphrase, reason: KeyUnavailable) -> str:
    passphrase = await ask(reason)
    if not passphrase:
        raise StartCancelled("Keukentafel is niet gestart: er is geen wachtwoord ingevoerd.")
    return passphrase
