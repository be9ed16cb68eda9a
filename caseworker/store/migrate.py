"""Schema versions of the cache: refuse a newer database, copy the file, then upgrade (STYLE practice 9)."""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from caseworker.store.errors import NEWER_DATABASE, StoreError
from caseworker.store.files import write_atomically

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")


def _config() -> Config:
    # No alembic.ini: the scripts ship inside the package and always run on the store's keyed engine.
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None, "the migrations folder has no revisions"
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, path: Path) -> str | None:
    """Bring the database at `path` (opened by `engine`) to the head revision; returns the old revision.

    A revision this app does not know comes from a newer app: StoreError, and nothing is touched.
    An existing database is copied to `cache.db.bak-<old revision>` before the first change.
    """
    config = _config()
    script = ScriptDirectory.from_config(config)
    old = current_revision(engine)
    if old is not None and old not in {rev.revision for rev in script.walk_revisions()}:
        raise StoreError(NEWER_DATABASE.format(revision=old))
    if old == script.get_current_head():
        return old
    if old is not None:
        backup(engine, path, path.with_name(f"{path.name}.bak-{old}"))
    log.info("upgrading the cache schema from %s to %s", old, script.get_current_head())
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    return old


def backup(engine: Engine, path: Path, target: Path) -> None:
    """An encrypted copy of the database, written atomically."""
    with engine.connect() as conn:
        # Move every committed page from the WAL into the main file, so the file alone is complete;
        # holding the only writer connection keeps it so while copying. A checkpoint cannot run inside
        # a transaction, and SQLAlchemy would begin one: hence the driver connection.
        driver = conn.connection.driver_connection
        assert driver is not None
        driver.execute("PRAGMA wal_checkpoint(TRUNCATE)").close()
        with path.open("rb") as source:
            write_atomically(target, source)
