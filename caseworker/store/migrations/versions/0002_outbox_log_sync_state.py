"""Schema 0002: the outbox, conflict records, the processing log, per-section sync state and drafts.

Frozen once released, like 0001.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_TEXT = sa.String()


def upgrade() -> None:
    op.create_table(
        "outbox_entry",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("op_id", _TEXT, nullable=False),
        sa.Column("kind", _TEXT, nullable=False),
        sa.Column("record_key", _TEXT, nullable=False),
        sa.Column("bsn", _TEXT, nullable=True),
        sa.Column("payload", _TEXT, nullable=False),
        sa.Column("base", _TEXT, nullable=True),
        sa.Column("state", _TEXT, nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(), nullable=True),
        sa.Column("last_error", _TEXT, nullable=False),
        sa.Column("result_url", _TEXT, nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name="pk_outbox_entry"),
        sa.UniqueConstraint("op_id", name="uq_outbox_entry_op_id"),
    )
    for column in ("record_key", "bsn", "state"):
        op.create_index(f"ix_outbox_entry_{column}", "outbox_entry", [column])
    op.create_table(
        "conflict",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("op_id", _TEXT, nullable=False),
        sa.Column("record_url", _TEXT, nullable=False),
        sa.Column("field", _TEXT, nullable=False),
        sa.Column("base", _TEXT, nullable=True),
        sa.Column("mine", _TEXT, nullable=True),
        sa.Column("theirs", _TEXT, nullable=True),
        sa.Column("resolution", _TEXT, nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_conflict"),
    )
    op.create_index("ix_conflict_op_id", "conflict", ["op_id"])
    op.create_table(
        "processing_log",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user", _TEXT, nullable=False),
        sa.Column("action", _TEXT, nullable=False),
        sa.Column("subject_bsn", _TEXT, nullable=True),
        sa.Column("purpose", _TEXT, nullable=False),
        sa.Column("result", _TEXT, nullable=False),
        sa.Column("trace_id", _TEXT, nullable=False),
        sa.Column("prev_hash", _TEXT, nullable=False),
        sa.Column("hash", _TEXT, nullable=False),
        sa.Column("uploaded", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name="pk_processing_log"),
        sa.UniqueConstraint("hash", name="uq_processing_log_hash"),
    )
    # Append-only is enforced by the database itself, not only by the code that writes it.
    op.execute(
        "CREATE TRIGGER processing_log_no_delete BEFORE DELETE ON processing_log "
        "BEGIN SELECT RAISE(ABORT, 'the processing log is append-only'); END"
    )
    op.execute(
        "CREATE TRIGGER processing_log_no_update BEFORE UPDATE OF at, user, action, subject_bsn, purpose, "
        "result, trace_id, prev_hash, hash ON processing_log "
        "BEGIN SELECT RAISE(ABORT, 'the processing log is append-only'); END"
    )
    op.create_table(
        "sync_state",
        sa.Column("bsn", _TEXT, nullable=False),
        sa.Column("section", _TEXT, nullable=False),
        sa.Column("source", _TEXT, nullable=False),
        sa.Column("fetched_at", sa.DateTime(), nullable=True),
        sa.Column("error", _TEXT, nullable=False),
        sa.Column("error_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("bsn", "section", name="pk_sync_state"),
    )
    op.create_table(
        "draft",
        sa.Column("key", _TEXT, nullable=False),
        sa.Column("bsn", _TEXT, nullable=True),
        sa.Column("content", _TEXT, nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_draft"),
    )
    op.create_index("ix_draft_bsn", "draft", ["bsn"])


def downgrade() -> None:
    for table in ("draft", "sync_state", "processing_log", "conflict", "outbox_entry"):
        op.drop_table(table)
