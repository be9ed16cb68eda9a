"""Alembic environment: always run by caseworker.store.migrate on the store's own (keyed) connection."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from caseworker.store.models import Base


def run_migrations(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        # SQLite cannot ALTER most things; batch mode rebuilds a table instead (for later migrations).
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


# Alembic runs this file as a script and gives `context` its `config` only then; a plain import (the
# headless-core test imports every module) must do nothing. There is no offline (SQL script) mode: the
# file is encrypted, only this app can apply SQL to it.
if hasattr(context, "config"):
    run_migrations(context.config.attributes["connection"])
