"""The three-way merge of a user's edit with the server's current version, and resolving a conflict."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_store_helpers import KEY, NOW

from caseworker.store import Store, open_store
from caseworker.store import outbox_queries as q
from caseworker.sync import conflicts
from caseworker.sync.conflicts import FieldConflict, UnknownConflict, conflicts_for, merge, resolve
from caseworker.sync.outbox import Kind, enqueue

FIELDS = st.sampled_from(["status", "toelichting", "toegewezenAanActoren", "gevraagdeHandeling"])
VALUES = st.one_of(
    st.none(), st.integers(-3, 3), st.text(max_size=3), st.lists(st.integers(0, 2), max_size=2)
)
DOCS = st.dictionaries(FIELDS, VALUES)


@given(DOCS, DOCS)
def test_without_a_concurrent_change_the_merge_is_the_users_version(base: dict, mine: dict) -> None:
    result = merge(base, mine, base)
    assert result.merged == mine
    assert result.conflicts == ()


@given(DOCS, DOCS, DOCS)
def test_a_field_changed_on_one_side_only_takes_that_sides_value(
    base: dict, mine: dict, theirs: dict
) -> None:
    result = merge(base, mine, theirs)
    clashing = {c.field for c in result.conflicts}
    for field in {*base, *mine, *theirs}:
        changed_by_me = mine.get(field, "absent") != base.get(field, "absent")
        changed_by_them = theirs.get(field, "absent") != base.get(field, "absent")
        if changed_by_me and not changed_by_them:
            assert result.merged.get(field, "absent") == mine.get(field, "absent")
        if changed_by_them and not changed_by_me:
            assert result.merged.get(field, "absent") == theirs.get(field, "absent")
        assert (field in clashing) == (
            changed_by_me and changed_by_them and mine.get(field, "absent") != theirs.get(field, "absent")
        )


def test_both_sides_changing_a_field_differently_is_a_conflict_that_keeps_the_servers_value() -> None:
    base = {"status": "te_verwerken", "toegewezenAanActoren": ["a"], "toelichting": "x"}
    mine = {**base, "toegewezenAanActoren": ["b"], "status": "verwerkt"}
    theirs = {**base, "toegewezenAanActoren": ["c"], "toelichting": "y"}
    result = merge(base, mine, theirs)
    assert result.conflicts == (FieldConflict("toegewezenAanActoren", ["a"], ["b"], ["c"]),)
    assert result.merged == {"status": "verwerkt", "toegewezenAanActoren": ["c"], "toelichting": "y"}
    same = merge(base, mine, {**theirs, "toegewezenAanActoren": ["b"]})
    assert same.conflicts == ()  # both made the same change


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "cache.db", KEY) as opened:
        yield opened


def _conflicting_entry(store: Store) -> str:
    url = "http://ki/internetaken/1"
    changes = {"toegewezenAanActoren": ["mw-001"], "toelichting": "mijn tekst"}
    with store.write() as writer:
        op_id = enqueue(
            writer,
            kind=Kind.INTERNETAAK_OVERDRACHT,
            record_key=f"internetaak:{url}",
            bsn="999993653",
            payload={"url": url, "changes": changes},
            base={"toegewezenAanActoren": ["u-old"], "toelichting": "oud", "status": "te_verwerken"},
            now=NOW,
        )
        clashes = (
            FieldConflict("toegewezenAanActoren", ["u-old"], ["u-mine"], ["u-theirs"]),
            FieldConflict("toelichting", "oud", "mijn tekst", "hun tekst"),
        )
        conflicts.record(q.connection(writer), op_id, url, clashes, NOW)
        q.update_entry(q.connection(writer), op_id, state="conflict")
    return op_id


def test_resolving_writes_the_decision_and_requeues_on_the_servers_version(store: Store) -> None:
    op_id = _conflicting_entry(store)
    assert [(c.field, c.base, c.mine, c.theirs) for c in conflicts_for(store, op_id)] == [
        ("toegewezenAanActoren", ["u-old"], ["u-mine"], ["u-theirs"]),
        ("toelichting", "oud", "mijn tekst", "hun tekst"),
    ]
    with pytest.raises(UnknownConflict, match="toelichting"):
        resolve(store, op_id, {"toegewezenAanActoren": "mine"}, now=NOW)
    resolve(store, op_id, {"toegewezenAanActoren": "mine", "toelichting": "theirs"}, now=NOW)
    with q.reading(store) as conn:
        entry = q.entry(conn, op_id)
    assert entry is not None
    assert entry.state == "pending" and entry.attempts == 0
    assert entry.payload["changes"] == {"toegewezenAanActoren": ["mw-001"]}  # "theirs" dropped my text
    assert entry.base == {
        "toegewezenAanActoren": ["u-theirs"],
        "toelichting": "hun tekst",
        "status": "te_verwerken",
    }
    assert conflicts_for(store, op_id) == []
    with pytest.raises(UnknownConflict):
        resolve(store, op_id, {}, now=NOW)
