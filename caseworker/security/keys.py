"""The key of the encrypted cache: 32 random bytes in the OS keyring, or derived from a passphrase.

Keyring route. The key is `secrets.token_bytes(32)`, stored hex-encoded in the OS keyring under
service `keukentafel`, account `cache-key:<profile>`. Only backends that keep secrets encrypted by the
OS are accepted, by exact class (DESIGN §14: with `keyrings.alt` installed, keyring silently picks a
plaintext file): Windows Credential Manager, macOS Keychain, freedesktop Secret Service, KWallet.

Passphrase route, where no secure keyring works. The key is
`hashlib.scrypt(passphrase (NFC, UTF-8), salt, n=2**15, r=8, p=1, dklen=32)`: 32 MiB of memory and
~0.1 s per derivation, which makes guessing passphrases for a stolen file expensive. The 16-byte random
salt is kept beside the database in `cache.salt`. It is not secret: it only makes every installation's
keys different (no precomputed tables), while the passphrase and scrypt's cost protect the key. A
`cache.salt` file also records that this profile uses the passphrase route.

The key is never written anywhere else, and the cache is never written without it. A wrong passphrase
gives a key that the store refuses (`StoreError`, nothing changed). All calls block (keyring over D-Bus,
scrypt): run them in an executor.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
import unicodedata
from pathlib import Path

import keyring
from keyring.backend import KeyringBackend
from keyring.backends.chainer import ChainerBackend
from keyring.errors import KeyringError

from caseworker.errors import KnownError
from caseworker.store.files import write_atomically

log = logging.getLogger(__name__)

SERVICE = "keukentafel"
KEY_BYTES = 32
SALT_FILE = "cache.salt"
SALT_BYTES = 16
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
_SCRYPT_MAXMEM = 64 * 1024 * 1024  # n·r·128 = 32 MiB must fit; hashlib's default limit is exactly that

SECURE_BACKENDS = frozenset(
    {
        "keyring.backends.Windows.WinVaultKeyring",
        "keyring.backends.macOS.Keyring",
        "keyring.backends.SecretService.Keyring",
        "keyring.backends.kwallet.DBusKeyring",
    }
)


class KeyUnavailable(KnownError):
    """The cache key cannot be obtained; `user_message` is Dutch and says what to do."""


class NoSecureKeyring(KeyUnavailable):
    """No secure keyring on this machine: the caller asks the user to choose a passphrase."""


class PassphraseRequired(KeyUnavailable):
    """This profile uses a passphrase: the caller asks the user for it."""


def account(profile: str) -> str:
    return f"cache-key:{profile}"


def is_secure(backend: KeyringBackend) -> bool:
    """An allowlisted class exactly (a subclass could store anywhere) that reports itself usable."""
    cls = type(backend)
    if f"{cls.__module__}.{cls.__qualname__}" not in SECURE_BACKENDS:
        return False
    try:
        return float(cls.priority) > 0  # raises (or is ≤ 0) when e.g. no D-Bus session is running
    except Exception:
        return False


def secure_backend(backend: KeyringBackend | None = None) -> KeyringBackend | None:
    """The given or configured keyring backend if it is secure (the first secure one of a chain)."""
    chosen = backend if backend is not None else keyring.get_keyring()
    candidates = chosen.backends if isinstance(chosen, ChainerBackend) else [chosen]
    return next((b for b in candidates if is_secure(b)), None)


def obtain_key(
    profile: str,
    folder: Path,
    *,
    passphrase: str | None = None,
    keyring_backend: KeyringBackend | None = None,
) -> bytes:
    """The cache key of `profile` whose data lives in `folder` (created on first use).

    Raises PassphraseRequired when the profile uses a passphrase and none was given, NoSecureKeyring
    when a new profile has no secure keyring (ask for a passphrase and call again), and KeyUnavailable
    when the keyring holding an existing key cannot be read or is not available at all (an existing
    cache made with the keyring never switches to a passphrase).
    """
    salt_file = folder / SALT_FILE
    if salt_file.exists():
        if passphrase is None:
            raise PassphraseRequired("Voer het wachtwoord van de lokale gegevens in.")
        return derive_key(passphrase, salt_file.read_bytes())
    cache_exists = any(folder.glob("cache.db*"))
    backend = secure_backend(keyring_backend)
    if backend is not None:
        return _keyring_key(backend, profile, new_profile=not cache_exists)
    if cache_exists:
        # The cache exists without a salt: it is encrypted with a keyring key, and the keyring is only
        # unavailable for now (locked, D-Bus not up yet). Offering the passphrase route here would write
        # a salt, and from then on the salt would win over the keyring: the cache (and its unsent outbox)
        # would be locked out for good.
        log.warning("no secure keyring, but the cache was made with one; not offering a passphrase")
        raise KeyUnavailable(
            "De sleutelbos is niet bereikbaar; de lokale gegevens zijn met de sleutelbos versleuteld. "
            "Ontgrendel de sleutelbos en probeer opnieuw."
        )
    if passphrase is None:
        raise NoSecureKeyring(
            "Er is geen beveiligde sleutelbos op deze computer. Kies een wachtwoord voor de lokale gegevens."
        )
    # Only for a new cache: the salt records that this profile uses the passphrase route from now on.
    key_salt = secrets.token_bytes(SALT_BYTES)
    key = derive_key(passphrase, key_salt)  # an empty passphrase is refused before anything is written
    folder.mkdir(parents=True, exist_ok=True)
    write_atomically(salt_file, key_salt)
    return key


def derive_key(passphrase: str, salt: bytes) -> bytes:
    if not passphrase:
        raise ValueError("an empty passphrase protects nothing")
    # NFC: the same typed passphrase gives the same bytes whichever keyboard or OS composed the accents.
    secret = unicodedata.normalize("NFC", passphrase).encode()
    return hashlib.scrypt(
        secret, salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=KEY_BYTES, maxmem=_SCRYPT_MAXMEM
    )


def _keyring_key(backend: KeyringBackend, profile: str, *, new_profile: bool) -> bytes:
    try:
        stored = backend.get_password(SERVICE, account(profile))
        if stored is None and new_profile:
            key = secrets.token_bytes(KEY_BYTES)
            backend.set_password(SERVICE, account(profile), key.hex())
            log.info("created a new cache key in %s", type(backend).__name__)
            return key
    except KeyringError as error:
        log.warning("keyring %s failed: %s", type(backend).__name__, type(error).__name__)
        raise KeyUnavailable(
            "De sleutelbos van het systeem is niet bereikbaar of vergrendeld. "
            "Ontgrendel hem en probeer het opnieuw."
        ) from error
    try:
        key = bytes.fromhex(stored or "")
    except ValueError:
        key = b""
    if len(key) != KEY_BYTES:
        # The data exists but its key is gone (or damaged): it can never be read again.
        raise KeyUnavailable(
            "De sleutel van de lokale gegevens is niet meer in de sleutelbos. "
            "De lokale gegevens moeten opnieuw worden opgehaald; vraag de servicedesk."
        )
    return key
