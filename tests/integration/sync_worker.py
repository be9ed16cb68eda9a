"""Helper process of test_crash_push: open the cache, push the outbox once against a sandbox, exit.

Usage: python sync_worker.py CACHE_FILE SANDBOX_URL. Prints "ready" once the store is open (the test
kills the process with SIGKILL at a random moment after that), and "done <sent>" when the push finished.
"""

from __future__ import annotations

import asyncio
import sys
from datetime import timedelta
from pathlib import Path

from caseworker.api.apis import MunicipalApis, demo_settings
from caseworker.store import Store, open_store
from caseworker.sync.outbox import Outbox

KEY = bytes(range(32))  # the fixed test key


async def push(store: Store, sandbox_url: str) -> int:
    settings = demo_settings(sandbox_url, user_id="wt-demo", user_representation="Sanne Demo")
    apis = MunicipalApis.connect(settings)
    try:
        # A short settle: a killed worker's last request has long been processed when the next one starts.
        report = await Outbox(store, settle=timedelta(milliseconds=200)).push_pending(apis)
    finally:
        await apis.aclose()
    return len(report.sent)


def main(argv: list[str]) -> int:
    store = open_store(Path(argv[1]), KEY)
    try:
        print("ready", flush=True)
        sent = asyncio.run(push(store, argv[2]))
    finally:
        store.close()
    print(f"done {sent}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
