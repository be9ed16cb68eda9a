"""Schema versions of the cache: refuse a newer database, copy the file, then upgrade (STYLE practice 9)."""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, exc, text

from caseworker.store.errors import NEWER_DATABASE, StoreError
from caseworker.store.files import write_atomically

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")
# `revision = "0002"` / `down_revision = "0001"` (or None) as Alembic writes them into a script.
_REVISION_LINE = re.compile(
    r"^(revision|down_revision)\s*(?::[^=\n]*)?=\s*(?:[\"']([\w-]+)[\"']|(None))\s*$", re.M
)


def _config() -> Config:
    from alembic.config import Config

    # No alembic.ini: the scripts ship inside the package and always run on the store's keyed engine.
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None, "the migrations folder has no revisions"
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, path: Path) -> str | None:
    """Bring the database at `path` (opened by `engine`) to the head revision; returns the old revision.

    A revision this app does not know comes from a newer app: StoreError, and nothing is touched.
    An existing database is copied to `cache.db.bak-<old revision>` before the first change.
    """
    # Importing Alembic takes ~0.25 s, a third of a cold start: at head (nearly every start) it is not needed.
    stored = _stored_revision(engine)
    if stored is not None and stored == _plain_head():
        return stored
    from alembic import command
    from alembic.script import ScriptDirectory

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


def _stored_revision(engine: Engine) -> str | None:
    """The revision in `alembic_version`, read without Alembic; None when there is none (a new file)."""
    try:
        with engine.connect() as conn:
            found = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    except exc.OperationalError:  # no such table
        return None
    return found[0] if len(found) == 1 else None


def _plain_head() -> str | None:
    """The head revision read from the scripts' text; None unless every script states both of its
    revisions plainly and they form one head (then Alembic itself decides)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (MIGRATIONS / "versions").glob("*.py"):
        if script.name == "__init__.py":
            continue
        found = {
            name: value or none for name, value, none in _REVISION_LINE.findall(script.read_text("utf-8"))
        }
        if set(found) != {"revision", "down_revision"}:
            return None
        revisions.add(found["revision"])
        parents.add(found["down_revision"])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


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
