"""Opening the encrypted cache file: SQLCipher set up in one function, and the engines built on it.

Writes go through one connection (a pool of exactly one), so SQLite never sees two writers; reads use
their own connections, which WAL lets run beside the writer. Every call here blocks: the services run
them in an executor, never on the event loop (STYLE practice 4).
"""

from __future__ import annotations

import sqlite3
from functools import partial
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from caseworker.store.errors import WRONG_KEY, StoreError

KEY_BYTES = 32
READERS = 4
# How long a connection waits for a lock held by another one before SQLite gives up (milliseconds).
BUSY_TIMEOUT_MS = 5000


def connect(path: Path, key: bytes) -> sqlite3.Connection:
    """A connection to the encrypted file at `path`, checked and configured, or StoreError.

    A wrong key leaves the file untouched: nothing is written before the key has been proven to work.
    """
    if len(key) != KEY_BYTES:
        raise ValueError("the cache key must be 32 bytes")
    # check_same_thread=False: the pool hands a connection to whichever executor thread needs it;
    # the pool (one writer) makes sure only one thread uses a connection at a time.
    conn: sqlite3.Connection = sqlcipher.connect(str(path), check_same_thread=False, isolation_level=None)
    try:
        # SQLCipher writes to stderr when a key does not fit; the user gets our message instead.
        conn.execute("PRAGMA cipher_log_level = NONE")
        # A raw key (x'…') skips SQLCipher's PBKDF2 (~170 ms per connection, DESIGN §14): the key is
        # already 32 random bytes, or derived with scrypt by caseworker.security.keys.
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        # The key is only checked when a page is read; reading the schema proves it before any write.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError:
        conn.close()
        raise StoreError(WRONG_KEY) from None
    except BaseException:
        conn.close()
        raise
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    # WAL: readers (search while typing) never wait for the writer (a sync batch), and vice versa.
    conn.execute("PRAGMA journal_mode = WAL")
    # FULL: a commit is on disk when it returns; the outbox and processing log live in this file and a
    # caseworker's unsynced report must survive a power cut (NORMAL may lose the last commits in WAL).
    conn.execute("PRAGMA synchronous = FULL")
    # Off by default in SQLite, per connection: without it the declared foreign keys are only comments.
    conn.execute("PRAGMA foreign_keys = ON")
    # The stdlib-style driver opens transactions implicitly and in its own way; we asked for autocommit
    # (isolation_level=None) above and let SQLAlchemy emit BEGIN itself (`_begin_explicitly`).
    return conn


def make_engine(path: Path, key: bytes, *, writer: bool) -> Engine:
    """An engine on the cache file: `writer` gives the single write connection, else a small read pool."""
    engine = create_engine(
        "sqlite://",
        module=sqlcipher,
        creator=partial(connect, path, key),
        poolclass=QueuePool,
        pool_size=1 if writer else READERS,
        max_overflow=0,
        # A second writer waits for the first instead of failing (a sync batch may take a few seconds).
        pool_timeout=60,
        # Statement errors otherwise carry "[parameters: (…)]": BSNs and what a user typed, which end up
        # in logs with the traceback (DESIGN §5: nothing personal in logs).
        hide_parameters=True,
    )
    _begin_explicitly(engine, writer=writer)
    return engine


def _begin_explicitly(engine: Engine, *, writer: bool) -> None:
    """With the driver in autocommit mode, SQLAlchemy must start each transaction itself.

    The sqlite3 driver's own transaction handling begins only before DML and commits before DDL, which
    breaks transactional migrations; SQLAlchemy documents this workaround:
    https://docs.sqlalchemy.org/en/20/dialects/sqlite.html#serializable-isolation-savepoints-transactional-ddl
    """
    event.listen(engine, "begin", _begin_immediate if writer else _begin_deferred)


def _begin_immediate(conn: Connection) -> None:
    # The writer takes the write lock at once, so a transaction never fails halfway on SQLITE_BUSY.
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def _begin_deferred(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN")
