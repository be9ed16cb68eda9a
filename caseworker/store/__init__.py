"""The local cache: encrypted (SQLCipher), versioned (Alembic), searchable (FTS5). See DESIGN §5.

Every call blocks; services run them in an executor, never on the event loop.
"""

from caseworker.store.errors import StoreError
from caseworker.store.retention import RETENTION_DAYS, ScopeKind
from caseworker.store.search import PersonHit
from caseworker.store.store import Store, cache_path, open_store, profile_dir
from caseworker.store.writes import Fetched, Writer

__all__ = [
    "RETENTION_DAYS",
    "Fetched",
    "PersonHit",
    "ScopeKind",
    "Store",
    "StoreError",
    "Writer",
    "cache_path",
    "open_store",
    "profile_dir",
]
