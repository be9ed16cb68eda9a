"""Schema 0001: raw documents, projections, scopes and the person search index.

This file is frozen once released: later changes go into new revisions, and a fixture database of this
schema (tests/fixtures/cache-schema-0001.db) must keep upgrading.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# Several tables share these shapes; written out once so the tables below read like the schema.
_TEXT = sa.String()


def _col(name: str, type_: sa.types.TypeEngine[Any] = _TEXT, *, nullable: bool = False) -> sa.Column[Any]:
    return sa.Column(name, type_, nullable=nullable)


def _owned(table: str, key: str, *columns: sa.Column[Any], bsn_nullable: bool = False) -> None:
    """A table keyed by `key` (text) with a `bsn` column for the client its rows belong to."""
    op.create_table(
        table,
        _col(key),
        _col("bsn", nullable=bsn_nullable),
        *columns,
        sa.PrimaryKeyConstraint(key, name=f"pk_{table}"),
    )
    op.create_index(f"ix_{table}_bsn", table, ["bsn"])


# The FTS5 index over persons: a copy of the searchable fields, kept in step by triggers so that no
# code path can write a person without updating it. `prefix='2 3 4'` makes prefix queries of 2–4
# characters index lookups (DESIGN §14); remove_diacritics lets "ozdemir" find "Özdemir".
_SEARCH_COLUMNS = "bsn, voornamen, voorvoegsel, geslachtsnaam, postcode, huisnummer, geboortedatum"
_NEW = ", ".join(f"new.{c.strip()}" for c in _SEARCH_COLUMNS.split(","))
_SEARCH_INDEX = (
    f"CREATE VIRTUAL TABLE person_fts USING fts5({_SEARCH_COLUMNS}, "
    "prefix='2 3 4', tokenize='unicode61 remove_diacritics 2')",
    # Built from the constants above only (no input), hence the noqa for S608 on the f-strings.
    f"CREATE TRIGGER person_fts_insert AFTER INSERT ON person BEGIN "  # noqa: S608
    f"INSERT INTO person_fts(rowid, {_SEARCH_COLUMNS}) VALUES (new.id, {_NEW}); END",
    "CREATE TRIGGER person_fts_delete AFTER DELETE ON person BEGIN "
    "DELETE FROM person_fts WHERE rowid = old.id; END",
    f"CREATE TRIGGER person_fts_update AFTER UPDATE ON person BEGIN "  # noqa: S608
    f"DELETE FROM person_fts WHERE rowid = old.id; "
    f"INSERT INTO person_fts(rowid, {_SEARCH_COLUMNS}) VALUES (new.id, {_NEW}); END",
)


def upgrade() -> None:
    op.create_table(
        "raw_document",
        _col("url"),
        _col("source"),
        _col("bsn", nullable=True),
        _col("etag", nullable=True),
        _col("fetched_at", sa.DateTime()),
        _col("document"),
        sa.PrimaryKeyConstraint("url", name="pk_raw_document"),
    )
    op.create_index("ix_raw_document_bsn", "raw_document", ["bsn"])
    op.create_table(
        "person",
        _col("id", sa.Integer()),
        _col("bsn"),
        _col("url"),
        _col("voornamen"),
        _col("voorvoegsel"),
        _col("geslachtsnaam"),
        _col("geboortedatum", sa.Date(), nullable=True),
        _col("geslacht"),
        _col("straat"),
        _col("huisnummer", sa.Integer(), nullable=True),
        _col("huisletter"),
        _col("toevoeging"),
        _col("postcode"),
        _col("woonplaats"),
        _col("adresseerbaar_object_id"),
        _col("geheimhouding", sa.Boolean()),
        _col("in_onderzoek", sa.Boolean()),
        _col("overleden", sa.Boolean()),
        _col("overlijdensdatum", sa.Date(), nullable=True),
        _col("curatele", sa.Boolean()),
        _col("fetched_at", sa.DateTime()),
        sa.PrimaryKeyConstraint("id", name="pk_person"),
        sa.UniqueConstraint("bsn", name="uq_person_bsn"),
    )
    op.create_table(
        "household_link",
        _col("bsn"),
        _col("member_bsn"),
        _col("relation"),
        _col("same_address", sa.Boolean()),
        sa.PrimaryKeyConstraint("bsn", "member_bsn", name="pk_household_link"),
    )
    op.create_index("ix_household_link_member_bsn", "household_link", ["member_bsn"])
    _owned(
        "zaak",
        "url",
        _col("identificatie"),
        _col("zaaktype"),
        _col("omschrijving"),
        _col("startdatum", sa.Date(), nullable=True),
        _col("einddatum", sa.Date(), nullable=True),
        _col("uiterlijke_einddatum", sa.Date(), nullable=True),
        _col("status_url", nullable=True),
        _col("status_text"),
        _col("etag", nullable=True),
    )
    _owned(
        "status",
        "url",
        _col("zaak_url"),
        _col("statustype"),
        _col("datum", sa.DateTime()),
        _col("toelichting"),
    )
    op.create_index("ix_status_zaak_url", "status", ["zaak_url"])
    _owned(
        "besluit",
        "url",
        _col("zaak_url"),
        _col("identificatie"),
        _col("besluittype"),
        _col("datum", sa.Date(), nullable=True),
        _col("ingangsdatum", sa.Date(), nullable=True),
        _col("vervaldatum", sa.Date(), nullable=True),
        _col("toelichting"),
    )
    _owned(
        "document",
        "url",
        _col("identificatie"),
        _col("titel"),
        _col("creatiedatum", sa.Date(), nullable=True),
        _col("vertrouwelijkheidaanduiding"),
        _col("formaat"),
        _col("bestandsnaam"),
        _col("bestandsomvang", sa.Integer(), nullable=True),
        _col("informatieobjecttype"),
        _col("versie", sa.Integer()),
    )
    _owned(
        "klantcontact",
        "uuid",
        _col("url"),
        _col("kanaal"),
        _col("onderwerp"),
        _col("inhoud"),
        _col("plaatsgevonden_op", sa.DateTime()),
        _col("vertrouwelijk", sa.Boolean()),
    )
    _owned(
        "internetaak",
        "uuid",
        _col("url"),
        _col("actor"),
        _col("status"),
        _col("gevraagde_handeling"),
        _col("toegewezen_op", sa.DateTime(), nullable=True),
        _col("due", sa.Date(), nullable=True),
        bsn_nullable=True,
    )
    _owned(
        "voorziening",
        "url",
        _col("objecttype"),
        _col("product"),
        _col("domein"),
        _col("vorm"),
        _col("omvang"),
        _col("status"),
        _col("startdatum", sa.Date(), nullable=True),
        _col("einddatum", sa.Date(), nullable=True),
    )
    op.create_table(
        "scope",
        _col("bsn"),
        _col("kind"),
        _col("until", sa.DateTime(), nullable=True),
        _col("added_at", sa.DateTime()),
        sa.PrimaryKeyConstraint("bsn", "kind", name="pk_scope"),
    )
    for statement in _SEARCH_INDEX:
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("the cache is never downgraded; an older app refuses a newer database")
