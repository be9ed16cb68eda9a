"""The cache file is encrypted, and a wrong key changes nothing."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError
from test_store_helpers import KEY, brp_fetched, person, synthetic_bsns

from caseworker.store import StoreError, open_store
from caseworker.store.engine import connect
from caseworker.store.models import KlantcontactRow

NAMES = ("Zwaluwstaart", "Kwartelkoning", "Ijsvogelzang")


def _write_persons(path: Path) -> list[str]:
    bsns = synthetic_bsns(len(NAMES))
    with open_store(path, KEY) as store, store.write() as writer:
        for bsn, name in zip(bsns, NAMES, strict=True):
            p = person(bsn, name)
            writer.save_person(p, brp_fetched(p))
    return bsns


def _files(folder: Path) -> dict[str, str]:
    return {f.name: hashlib.sha256(f.read_bytes()).hexdigest() for f in sorted(folder.iterdir())}


def test_file_contains_no_personal_data(tmp_path: Path) -> None:
    path = tmp_path / "cache.db"
    bsns = _write_persons(path)
    data = b"".join(f.read_bytes() for f in tmp_path.iterdir())
    assert len(data) > 0
    for secret in (*NAMES, *bsns, "Dorpsstraat", "1234AB"):
        assert secret.encode() not in data
        assert secret.encode("utf-16-le") not in data
    with open_store(path, KEY) as store:  # but the app reads it back
        assert store.search_persons(NAMES[0])[0].bsn == bsns[0]


def test_plain_sqlite_cannot_read_it(tmp_path: Path) -> None:
    path = tmp_path / "cache.db"
    _write_persons(path)
    plain = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.DatabaseError):
            plain.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        plain.close()


def test_wrong_key_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "cache.db"
    _write_persons(path)
    before = _files(tmp_path)
    with pytest.raises(StoreError) as refused:
        open_store(path, bytes(32))
    assert refused.value.user_message.startswith("De sleutel van de lokale gegevens klopt niet")
    assert _files(tmp_path) == before


def test_connection_settings(tmp_path: Path) -> None:
    conn = connect(tmp_path / "cache.db", KEY)
    try:
        pragmas = {
            name: conn.execute(f"PRAGMA {name}").fetchone()[0]
            for name in ("journal_mode", "synchronous", "foreign_keys")
        }
    finally:
        conn.close()
    assert pragmas == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1}


def test_a_key_must_be_32_bytes(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        connect(tmp_path / "cache.db", b"short")


def test_database_errors_do_not_carry_the_statements_parameters(tmp_path: Path) -> None:
    """An IntegrityError is logged with its message: the BSN and text it was about must not be in it."""
    [bsn] = synthetic_bsns(1, seed=7)
    row = {
        "uuid": "k-1",
        "url": "http://x/k-1",
        "bsn": bsn,
        "kanaal": "telefoon",
        "onderwerp": "Schulden",
        "inhoud": "Mevrouw vertelde over haar schuld bij de woningbouw",
        "plaatsgevonden_op": datetime(2026, 6, 1, tzinfo=UTC),
        "vertrouwelijk": True,
    }
    with open_store(tmp_path / "cache.db", KEY) as store:
        with store.write() as writer:
            writer._conn.execute(insert(KlantcontactRow), row)
        with pytest.raises(IntegrityError) as failed, store.write() as writer:
            writer._conn.execute(insert(KlantcontactRow), row)
    text = str(failed.value)
    assert "UNIQUE" in text
    assert bsn not in text and "schuld" not in text
