"""Schema 0003: messaging — conversations and messages (projections of `gesprek` and `bericht` objects),
read state per user, and the poll cursor per client."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_TEXT = sa.String()


def upgrade() -> None:
    op.create_table(
        "conversation",
        sa.Column("url", _TEXT, nullable=False),
        sa.Column("bsn", _TEXT, nullable=False),
        sa.Column("client_op_id", _TEXT, nullable=True),
        sa.Column("zaak_url", _TEXT, nullable=True),
        sa.Column("onderwerp", _TEXT, nullable=False),
        sa.Column("deelnemers", _TEXT, nullable=False),
        sa.Column("aangemaakt_op", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("url", name="pk_conversation"),
    )
    op.create_index("ix_conversation_bsn", "conversation", ["bsn"])
    op.create_table(
        "message",
        sa.Column("url", _TEXT, nullable=False),
        sa.Column("bsn", _TEXT, nullable=False),
        sa.Column("gesprek_url", _TEXT, nullable=False),
        sa.Column("afzender", _TEXT, nullable=False),
        sa.Column("ontvanger", _TEXT, nullable=True),
        sa.Column("tekst", _TEXT, nullable=False),
        sa.Column("verzonden_op", sa.DateTime(), nullable=False),
        sa.Column("bijlagen", _TEXT, nullable=False),
        sa.Column("from_me", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("url", name="pk_message"),
    )
    op.create_index("ix_message_bsn", "message", ["bsn"])
    op.create_index("ix_message_gesprek_url", "message", ["gesprek_url"])
    op.create_table(
        "message_read",
        sa.Column("user", _TEXT, nullable=False),
        sa.Column("message_url", _TEXT, nullable=False),
        sa.Column("bsn", _TEXT, nullable=False),
        sa.Column("read_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("user", "message_url", name="pk_message_read"),
    )
    op.create_index("ix_message_read_bsn", "message_read", ["bsn"])
    op.create_table(
        "message_poll",
        sa.Column("bsn", _TEXT, nullable=False),
        sa.Column("cursor", _TEXT, nullable=False),
        sa.Column("polled_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("bsn", name="pk_message_poll"),
    )


def downgrade() -> None:
    for table in ("message_poll", "message_read", "message", "conversation"):
        op.drop_table(table)
