"""Crash test (DESIGN §13): a caseload sync killed with SIGKILL at several points, then run again to the
end, leaves a consistent cache: every person in the search index, every projection beside its raw document.

The same file is the pull process: `python test_crash_pull.py ROOT_URL CACHE_FILE` syncs the demo user's
caseload and prints one line per section written, so the test knows where it kills it.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from pathlib import Path

from sqlalchemy import text

REPO = Path(__file__).resolve().parents[2]
KILL_AFTER_SECTIONS = (1, 7, 25, 60)
DEMO_USER = "wt-demo"
ORPHANS = "SELECT count(*) FROM {table} t LEFT JOIN raw_document r ON r.url = t.url WHERE r.url IS NULL"
PROJECTIONS = (
    "person",
    "zaak",
    "status",
    "besluit",
    "document",
    "klantcontact",
    "internetaak",
    "voorziening",
)


def pull(root_url: str, cache_file: Path) -> None:
    from test_refresh_helpers import KEY, connect

    from caseworker.store import open_store
    from caseworker.sync.caseload import sync_caseload
    from caseworker.sync.refresh import SectionRefreshed

    def written(event: SectionRefreshed) -> None:
        print("section", event.section.value, "ok" if event.ok else "failed", flush=True)

    async def main() -> None:
        apis = connect(root_url)
        try:
            with open_store(cache_file, KEY) as store:
                await sync_caseload(apis, store, DEMO_USER, on_section=written)
        finally:
            await apis.aclose()

    asyncio.run(main())
    print("done", flush=True)


def start_pull(root_url: str, cache_file: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), str(Path(__file__).parent)])}
    return subprocess.Popen(
        [sys.executable, __file__, root_url, str(cache_file)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env=env,
    )


def kill_after(process: subprocess.Popen[str], sections: int) -> int:
    """SIGKILL the pull once it has reported `sections` sections (or let it end); returns how many it did."""
    seen = 0
    with process:
        assert process.stdout is not None
        for line in process.stdout:
            seen += line.startswith("section")
            if seen >= sections:
                process.send_signal(signal.SIGKILL)
                break
        process.wait(timeout=30)
    return seen


def check_consistent(cache_file: Path) -> dict[str, int]:
    from test_refresh_helpers import cache

    with cache(cache_file.parent) as store, store.read() as conn:
        counts = {t: int(conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()) for t in PROJECTIONS}
        indexed = conn.execute(text("SELECT count(*) FROM person_fts")).scalar_one()
        joined = conn.execute(
            text("SELECT count(*) FROM person p JOIN person_fts f ON f.rowid = p.id")
        ).scalar_one()
        assert indexed == joined == counts["person"]
        for table in PROJECTIONS:
            orphans = conn.execute(text(ORPHANS.format(table=table))).scalar_one()
            assert orphans == 0, f"{table} rows without their raw document"
        synced = conn.execute(text("SELECT count(*) FROM sync_state WHERE error = ''")).scalar_one()
    return {**counts, "sync_state_ok": int(synced)}


def test_a_killed_pull_leaves_a_consistent_cache_and_finishes_on_restart(
    sandbox: object, tmp_path: Path
) -> None:
    root = sandbox.base_url  # type: ignore[attr-defined]
    cache_file = tmp_path / "cache.db"
    for sections in KILL_AFTER_SECTIONS:
        reached = kill_after(start_pull(root, cache_file), sections)
        assert reached >= min(sections, 1)
        check_consistent(cache_file)

    with start_pull(root, cache_file) as final:
        out, _ = final.communicate(timeout=60)
    assert final.returncode == 0 and out.rstrip().endswith("done")
    counts = check_consistent(cache_file)
    clients = {line.split()[1] for line in out.splitlines() if line.startswith("section")}
    assert clients  # every kind of section was written
    assert counts["person"] > 0 and counts["zaak"] > 0
    assert counts["sync_state_ok"] == out.count(" ok")


if __name__ == "__main__":
    pull(sys.argv[1], Path(sys.argv[2]))
