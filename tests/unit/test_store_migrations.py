"""Schema versions: fresh at head, newer refused, a copy before every upgrade, old fixtures upgrade."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from test_store_helpers import KEY

from caseworker.store import StoreError, open_store
from caseworker.store import migrate as migrate_module
from caseworker.store.engine import connect, make_engine
from caseworker.store.migrate import current_revision, head_revision
from caseworker.store.models import Base

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FIXTURE_KEY = bytes(range(32))  # the key tests/fixtures/make_fixture_db.py uses
EXTRA_REVISION = """
import sqlalchemy as sa
from alembic import op

revision = "9000"
down_revision = "{head}"


def upgrade() -> None:
    op.add_column("person", sa.Column("test_only", sa.String(), nullable=True))
"""


def _revision(path: Path, key: bytes) -> str | None:
    engine = make_engine(path, key, writer=True)
    try:
        return current_revision(engine)
    finally:
        engine.dispose()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_database_is_at_head_and_matches_the_models(tmp_path: Path) -> None:
    path = tmp_path / "cache.db"
    open_store(path, KEY).close()
    assert _revision(path, KEY) == head_revision()
    engine = make_engine(path, KEY, writer=True)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"include_name": _not_search_index})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()
    assert not list(tmp_path.glob("*.bak-*"))  # nothing to copy for a new database


def _not_search_index(name: str | None, type_: str, parent: object) -> bool:
    # The FTS5 table and its shadow tables are created by SQL in the migration, not by the models.
    return not (type_ == "table" and name is not None and name.startswith("person_fts"))


def test_a_newer_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "cache.db"
    open_store(path, KEY).close()
    conn = connect(path, KEY)
    try:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    finally:
        conn.close()
    before = _digest(path)
    with pytest.raises(StoreError) as refused:
        open_store(path, KEY)
    assert "nieuwere versie van Keukentafel" in refused.value.user_message
    assert "9999" in refused.value.user_message
    assert _digest(path) == before


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("cache-schema-*.db")), ids=lambda p: p.name)
def test_every_released_schema_upgrades_and_keeps_its_data(tmp_path: Path, fixture: Path) -> None:
    path = tmp_path / "cache.db"
    shutil.copyfile(fixture, path)
    with open_store(path, FIXTURE_KEY) as store:
        found = store.person("999990019")
        assert found is not None
        assert (found.geslachtsnaam, found.address and found.address.postcode) == ("Schemastein", "9999ZZ")
        assert [hit.bsn for hit in store.search_persons("schem")] == ["999990019"]
    assert _revision(path, FIXTURE_KEY) == head_revision()


def test_the_file_is_copied_before_an_upgrade(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, migrations_with_extra_revision: Path
) -> None:
    path = tmp_path / "cache.db"
    shutil.copyfile(FIXTURES / "cache-schema-0001.db", path)
    original = _digest(path)
    monkeypatch.setattr(migrate_module, "MIGRATIONS", migrations_with_extra_revision)
    open_store(path, FIXTURE_KEY).close()
    backup = tmp_path / "cache.db.bak-0001"
    assert _digest(backup) == original  # the fixture was checkpointed already: the copy is identical
    assert _revision(backup, FIXTURE_KEY) == "0001"
    assert _revision(path, FIXTURE_KEY) == "9000"
    assert not list(tmp_path.glob("*.tmp"))


@pytest.fixture
def migrations_with_extra_revision(tmp_path: Path) -> Path:
    """A copy of the app's migrations with one more (test-only) revision after head."""
    folder = tmp_path / "migrations"
    shutil.copytree(migrate_module.MIGRATIONS, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "9000_test_only.py").write_text(EXTRA_REVISION.format(head=head_revision()))
    return folder


def test_the_head_read_from_the_scripts_is_alembics() -> None:
    """Start-up skips importing Alembic when the database is at the head read plainly from the scripts."""
    assert migrate_module._plain_head() == head_revision()


def test_an_unplain_script_leaves_the_head_to_alembic(
    migrations_with_extra_revision: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(migrate_module, "MIGRATIONS", migrations_with_extra_revision)
    assert migrate_module._plain_head() == "9000" == head_revision()
    script = migrations_with_extra_revision / "versions" / "9000_test_only.py"
    script.write_text(script.read_text().replace('revision = "9000"', "revision = REVISION"))
    assert migrate_module._plain_head() is None
