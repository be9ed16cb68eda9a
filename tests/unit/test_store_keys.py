"""The cache key: only secure keyrings, else a passphrase (scrypt + salt beside the database)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import SecretService, fail

from caseworker.security import keys
from caseworker.security.keys import (
    KeyUnavailable,
    NoSecureKeyring,
    PassphraseRequired,
    is_secure,
    obtain_key,
    secure_backend,
)
from caseworker.store import StoreError, cache_path, open_store, profile_dir


class DictKeyring(KeyringBackend):
    """Keeps passwords in a plain dict: exactly the kind of backend that must never hold the key."""

    # Defining a KeyringBackend subclass registers it with keyring: a negative priority keeps keyring's own
    # detection from ever picking this plaintext dict (for later tests); a test that trusts it raises it.
    priority = -1

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        del self.passwords[(service, username)]


class LookalikeSecretService(SecretService.Keyring):
    """A subclass of an allowed backend may store anywhere; only the exact classes are accepted."""


@pytest.mark.parametrize("backend", [fail.Keyring(), DictKeyring(), LookalikeSecretService()], ids=type)
def test_insecure_backends_are_refused(backend: KeyringBackend, tmp_path: Path) -> None:
    assert not is_secure(backend)
    assert secure_backend(backend) is None
    with pytest.raises(NoSecureKeyring) as refused:
        obtain_key("demo", tmp_path, keyring_backend=backend)
    assert "wachtwoord" in refused.value.user_message
    assert list(tmp_path.iterdir()) == []


def test_passphrase_route(tmp_path: Path) -> None:
    folder = profile_dir("demo", base=tmp_path)
    key = obtain_key("demo", folder, passphrase="correct paard batterij", keyring_backend=fail.Keyring())
    salt = (folder / "cache.salt").read_bytes()
    assert len(salt) == 16 and len(key) == 32
    assert key == hashlib.scrypt(
        b"correct paard batterij", salt=salt, n=2**15, r=8, p=1, dklen=32, maxmem=2**26
    )
    with open_store(cache_path(folder), key) as store:
        assert store.search_persons("x") == []
    # From now on this profile needs its passphrase, even if a keyring appears later.
    with pytest.raises(PassphraseRequired):
        obtain_key("demo", folder, keyring_backend=fail.Keyring())
    assert obtain_key("demo", folder, passphrase="correct paard batterij") == key
    wrong = obtain_key("demo", folder, passphrase="verkeerd paard")
    before = cache_path(folder).read_bytes()
    with pytest.raises(StoreError, match="klopt niet"):
        open_store(cache_path(folder), wrong)
    assert cache_path(folder).read_bytes() == before


def test_same_passphrase_composed_differently_gives_the_same_key() -> None:
    salt = bytes(16)
    assert keys.derive_key("Zoë", salt) == keys.derive_key("Zoe\u0308", salt)
    assert keys.derive_key("Zoë", salt) != keys.derive_key("Zoë", bytes([1] * 16))


@pytest.fixture
def trusted_dict_keyring(monkeypatch: pytest.MonkeyPatch) -> DictKeyring:
    """The in-memory keyring, allowlisted for this test only, to exercise the keyring route."""
    name = f"{DictKeyring.__module__}.{DictKeyring.__qualname__}"
    monkeypatch.setattr(keys, "SECURE_BACKENDS", keys.SECURE_BACKENDS | {name})
    monkeypatch.setattr(DictKeyring, "priority", 10)  # usable, as a real keyring reports itself
    return DictKeyring()


def test_keyring_route_creates_once_and_reads_back(trusted_dict_keyring: DictKeyring, tmp_path: Path) -> None:
    key = obtain_key("demo", tmp_path, keyring_backend=trusted_dict_keyring)
    assert trusted_dict_keyring.passwords == {("keukentafel", "cache-key:demo"): key.hex()}
    open_store(cache_path(tmp_path), key).close()
    assert obtain_key("demo", tmp_path, keyring_backend=trusted_dict_keyring) == key
    assert not (tmp_path / "cache.salt").exists()


def test_a_lost_key_is_not_silently_replaced(trusted_dict_keyring: DictKeyring, tmp_path: Path) -> None:
    key = obtain_key("demo", tmp_path, keyring_backend=trusted_dict_keyring)
    open_store(cache_path(tmp_path), key).close()
    trusted_dict_keyring.passwords.clear()
    with pytest.raises(KeyUnavailable, match="niet meer in de sleutelbos"):
        obtain_key("demo", tmp_path, keyring_backend=trusted_dict_keyring)
    assert trusted_dict_keyring.passwords == {}


@pytest.mark.parametrize("name", ["", "../x", "a/b", "..", ".hidden"])
def test_profile_names_cannot_escape_the_data_folder(name: str, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="profile"):
        profile_dir(name, base=tmp_path)


def test_a_briefly_unavailable_keyring_does_not_switch_an_existing_cache_to_a_passphrase(
    trusted_dict_keyring: DictKeyring, tmp_path: Path
) -> None:
    key = obtain_key("demo", tmp_path, keyring_backend=trusted_dict_keyring)
    open_store(cache_path(tmp_path), key).close()
    for passphrase in (None, "een nieuw wachtwoord"):
        with pytest.raises(KeyUnavailable, match="met de sleutelbos versleuteld") as refused:
            obtain_key("demo", tmp_path, passphrase=passphrase, keyring_backend=fail.Keyring())
        assert not isinstance(refused.value, NoSecureKeyring)  # no passphrase is offered
        assert not (tmp_path / "cache.salt").exists()
    # The keyring is back: the same key, the cache still opens.
    assert obtain_key("demo", tmp_path, keyring_backend=trusted_dict_keyring) == key
    open_store(cache_path(tmp_path), key).close()
