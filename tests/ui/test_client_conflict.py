"""The conflict view: base / mine / theirs per field, and the user's choice requeues the change."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from client_fixtures import Harness, client_session
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QRadioButton

from caseworker.store import outbox_queries as q
from caseworker.sync import conflicts
from caseworker.sync.outbox import Kind, State, enqueue, pending_for
from ui.client.conflict_dialog import ConflictDialog

BSN = "999993653"
TASK_URL = "http://127.0.0.1:1/klantinteracties/api/v1/internetaken/7e1b"
NOW = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)


@pytest.fixture
def harness(qtbot: QtBot, tmp_path: Path) -> Iterator[Harness]:
    with client_session(qtbot, "http://127.0.0.1:1", tmp_path) as running:  # no server needed
        yield running


def conflicting_hand_over(harness: Harness) -> str:
    """A hand-over the server clashed with: we gave the task to wt-demo, a colleague to wt-zuid."""
    with harness.store.write() as writer:
        op_id = enqueue(
            writer,
            kind=Kind.INTERNETAAK_OVERDRACHT,
            record_key=f"internetaak:{TASK_URL}",
            bsn=BSN,
            payload={"url": TASK_URL, "changes": {"toegewezenAanActoren": ["wt-demo"]}},
            base={"toegewezenAanActoren": ["wt-noord"]},
            now=NOW,
        )
        conn = q.connection(writer)
        q.update_entry(conn, op_id, state=State.CONFLICT.value, updated_at=NOW)
        clash = conflicts.FieldConflict("toegewezenAanActoren", ["wt-noord"], ["wt-demo"], ["wt-zuid"])
        conflicts.record(conn, op_id, TASK_URL, (clash,), NOW)
    return op_id


def test_choosing_mine_resolves_the_conflict_and_requeues_the_change(harness: Harness) -> None:
    op_id = conflicting_hand_over(harness)
    dialog = ConflictDialog(harness.session, harness.tasks, op_id)
    harness.qtbot.addWidget(dialog)
    harness.run(dialog.load())
    texts = {button.text() for button in dialog.findChildren(QRadioButton)}
    assert texts == {'["wt-demo"]', '["wt-zuid"]'}

    dialog.save_button.click()  # nothing chosen yet: refused, nothing changes
    harness.qtbot.waitUntil(lambda: dialog.save_button.isEnabled() and bool(dialog.error.text()))
    assert "toegewezenAanActoren" in dialog.error.text()

    dialog.choose("toegewezenAanActoren", "mine")
    with harness.qtbot.waitSignal(dialog.resolved, timeout=10_000):
        dialog.save_button.click()
    [item] = pending_for(harness.store, BSN)
    assert item.op_id == op_id and item.state == State.PENDING.value
    assert item.payload["changes"] == {"toegewezenAanActoren": ["wt-demo"]}
