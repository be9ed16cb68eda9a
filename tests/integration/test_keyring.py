"""The key in a real freedesktop Secret Service, end to end.

Runs only inside a D-Bus session with a usable Secret Service, e.g.:
    /work/shared/tools/with-secret-service .venv/bin/python -m pytest tests/integration/test_keyring.py -q
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backends import SecretService

from caseworker.security.keys import SERVICE, account, obtain_key, secure_backend
from caseworker.store import cache_path, open_store


def _usable() -> str | None:
    """Why the test cannot run here, or None."""
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return "no D-Bus session (DBUS_SESSION_BUS_ADDRESS unset); run under with-secret-service"
    try:
        if SecretService.Keyring.priority <= 0:
            return "the Secret Service backend is not viable here"
    except Exception as error:  # keyring signals "not usable here" with assorted exceptions
        return f"the Secret Service backend is not viable here: {error}"
    return None


pytestmark = pytest.mark.skipif(_usable() is not None, reason=str(_usable()))


@pytest.fixture
def backend() -> Iterator[SecretService.Keyring]:
    ring = SecretService.Keyring()
    profile = f"test-{os.getpid()}"
    yield ring
    if ring.get_password(SERVICE, account(profile)) is not None:
        ring.delete_password(SERVICE, account(profile))


def test_key_stored_read_back_and_opens_the_store(backend: SecretService.Keyring, tmp_path: Path) -> None:
    profile = f"test-{os.getpid()}"
    assert secure_backend(backend) is backend
    key = obtain_key(profile, tmp_path, keyring_backend=backend)
    assert backend.get_password(SERVICE, account(profile)) == key.hex()
    with open_store(cache_path(tmp_path), key) as store:
        assert store.search_persons("iemand") == []
    assert obtain_key(profile, tmp_path, keyring_backend=backend) == key
    open_store(cache_path(tmp_path), key).close()
    assert not (tmp_path / "cache.salt").exists()
