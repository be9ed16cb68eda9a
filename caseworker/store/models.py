"""The tables of the local cache: raw API documents beside typed projections and scopes (schema 0001);
the outbox, conflicts, the processing log, per-section sync state and drafts (schema 0002); the messaging
projections, read state and poll cursors (schema 0003).

Every row that holds personal data carries `bsn`, the client it belongs to, so that purging a client is
one delete per table (`caseworker.store.retention`). The source, ETag and fetch time of a projection are
those of its raw document (same `url`). All times are stored as UTC.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import DateTime as SaDateTime
from sqlalchemy import Dialect, MetaData, String, TypeDecorator
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class UtcDateTime(TypeDecorator[datetime]):
    """An aware datetime stored as naive UTC text, so that SQL comparisons of stored times are right."""

    impl = SaDateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("store times must be timezone-aware")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return value.replace(tzinfo=UTC) if value is not None else None


class Base(DeclarativeBase):
    metadata = MetaData(
        naming_convention={
            "ix": "ix_%(table_name)s_%(column_0_N_name)s",
            "uq": "uq_%(table_name)s_%(column_0_name)s",
            "pk": "pk_%(table_name)s",
        }
    )
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UtcDateTime(), str: String()}


class RawDocument(Base):
    """An API resource exactly as the server sent it; re-projecting it never needs a download."""

    __tablename__ = "raw_document"
    url: Mapped[str] = mapped_column(primary_key=True)
    source: Mapped[str]  # the API: brp, zaken, besluiten, documenten, klantinteracties, objects
    bsn: Mapped[str | None] = mapped_column(index=True)
    etag: Mapped[str | None]
    fetched_at: Mapped[datetime]
    document: Mapped[str]  # JSON text


class PersonRow(Base):
    __tablename__ = "person"
    # An explicit INTEGER PRIMARY KEY: the FTS index points at it, and VACUUM may renumber implicit rowids.
    id: Mapped[int] = mapped_column(primary_key=True)
    bsn: Mapped[str] = mapped_column(unique=True)
    url: Mapped[str]
    voornamen: Mapped[str]
    voorvoegsel: Mapped[str]
    geslachtsnaam: Mapped[str]
    geboortedatum: Mapped[date | None]
    geslacht: Mapped[str]
    straat: Mapped[str]
    huisnummer: Mapped[int | None]
    huisletter: Mapped[str]
    toevoeging: Mapped[str]
    postcode: Mapped[str]  # 1234AB: no space, upper case, so the search index sees one token
    woonplaats: Mapped[str]
    adresseerbaar_object_id: Mapped[str]
    geheimhouding: Mapped[bool]
    in_onderzoek: Mapped[bool]
    overleden: Mapped[bool]
    overlijdensdatum: Mapped[date | None]
    curatele: Mapped[bool]
    fetched_at: Mapped[datetime]


class HouseholdLink(Base):
    __tablename__ = "household_link"
    bsn: Mapped[str] = mapped_column(primary_key=True)  # the client
    member_bsn: Mapped[str] = mapped_column(primary_key=True, index=True)
    relation: Mapped[str]
    same_address: Mapped[bool]


class ZaakRow(Base):
    __tablename__ = "zaak"
    url: Mapped[str] = mapped_column(primary_key=True)
    bsn: Mapped[str] = mapped_column(index=True)
    identificatie: Mapped[str]
    zaaktype: Mapped[str]
    omschrijving: Mapped[str]
    startdatum: Mapped[date | None]
    einddatum: Mapped[date | None]
    uiterlijke_einddatum: Mapped[date | None]
    status_url: Mapped[str | None]
    status_text: Mapped[str]  # the statustype's omschrijving, resolved through the catalogus
    etag: Mapped[str | None]  # the base version for conflict checks before a change (DESIGN §6)


class StatusRow(Base):
    __tablename__ = "status"
    url: Mapped[str] = mapped_column(primary_key=True)
    bsn: Mapped[str] = mapped_column(index=True)
    zaak_url: Mapped[str] = mapped_column(index=True)
    statustype: Mapped[str]
    datum: Mapped[datetime]
    toelichting: Mapped[str]


class BesluitRow(Base):
    __tablename__ = "besluit"
    url: Mapped[str] = mapped_column(primary_key=True)
    bsn: Mapped[str] = mapped_column(index=True)
    zaak_url: Mapped[str]
    identificatie: Mapped[str]
    besluittype: Mapped[str]
    datum: Mapped[date | None]
    ingangsdatum: Mapped[date | None]
    vervaldatum: Mapped[date | None]
    toelichting: Mapped[str]


class DocumentRow(Base):
    """Metadata only: the content is downloaded when opened and never cached."""

    __tablename__ = "document"
    url: Mapped[str] = mapped_column(primary_key=True)
    bsn: Mapped[str] = mapped_column(index=True)
    identificatie: Mapped[str]
    titel: Mapped[str]
    creatiedatum: Mapped[date | None]
    vertrouwelijkheidaanduiding: Mapped[str]
    formaat: Mapped[str]
    bestandsnaam: Mapped[str]
    bestandsomvang: Mapped[int | None]
    informatieobjecttype: Mapped[str]
    versie: Mapped[int]


class KlantcontactRow(Base):
    __tablename__ = "klantcontact"
    uuid: Mapped[str] = mapped_column(primary_key=True)
    url: Mapped[str]
    bsn: Mapped[str] = mapped_column(index=True)
    kanaal: Mapped[str]
    onderwerp: Mapped[str]
    inhoud: Mapped[str]
    plaatsgevonden_op: Mapped[datetime]
    vertrouwelijk: Mapped[bool]


class InterneTaakRow(Base):
    __tablename__ = "internetaak"
    uuid: Mapped[str] = mapped_column(primary_key=True)
    url: Mapped[str]
    bsn: Mapped[str | None] = mapped_column(index=True)  # None: a task not about one client
    actor: Mapped[str]
    status: Mapped[str]
    gevraagde_handeling: Mapped[str]
    toegewezen_op: Mapped[datetime | None]
    due: Mapped[date | None]


class VoorzieningRow(Base):
    """A provision (Objects API record data) granted to a client."""

    __tablename__ = "voorziening"
    url: Mapped[str] = mapped_column(primary_key=True)
    bsn: Mapped[str] = mapped_column(index=True)
    objecttype: Mapped[str]
    product: Mapped[str]
    domein: Mapped[str]
    vorm: Mapped[str]
    omvang: Mapped[str]
    status: Mapped[str]
    startdatum: Mapped[date | None]
    einddatum: Mapped[date | None]


class ScopeRow(Base):
    """Why a client's data may stay in the cache (DESIGN §5, data minimisation)."""

    __tablename__ = "scope"
    bsn: Mapped[str] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(primary_key=True)  # caseworker.store.retention.ScopeKind
    until: Mapped[datetime | None]
    added_at: Mapped[datetime]


class OutboxEntry(Base):
    """One local write waiting to reach a server (DESIGN §6). Until it is sent, the entry is the pending
    record the views show; on success the server's resource replaces it in the projections.

    Never purged with a client: nothing a user typed is dropped (entries are removed only once sent).
    """

    __tablename__ = "outbox_entry"
    seq: Mapped[int] = mapped_column(primary_key=True)  # FIFO order of the writes
    op_id: Mapped[str] = mapped_column(unique=True)  # stable across retries and restarts
    kind: Mapped[str]  # what the payload is, e.g. "klantcontact", "internetaak", "internetaak_status"
    record_key: Mapped[str] = mapped_column(index=True)  # FIFO and one-in-flight per record
    bsn: Mapped[str | None] = mapped_column(index=True)
    payload: Mapped[str]  # JSON: what the user wrote
    base: Mapped[str | None]  # JSON: the server version the edit was based on (conflict check)
    state: Mapped[str] = mapped_column(index=True)  # pending | in_flight | failed | conflict | sent
    attempts: Mapped[int]
    next_attempt_at: Mapped[datetime | None]
    last_error: Mapped[str]  # the server's message, shown until the user retries or edits
    result_url: Mapped[str | None]  # the created or changed resource, once known
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class ConflictRow(Base):
    """A field that both the user and someone else changed since the base version: the user decides."""

    __tablename__ = "conflict"
    id: Mapped[int] = mapped_column(primary_key=True)
    op_id: Mapped[str] = mapped_column(index=True)
    record_url: Mapped[str]
    field: Mapped[str]
    base: Mapped[str | None]  # JSON values
    mine: Mapped[str | None]
    theirs: Mapped[str | None]
    resolution: Mapped[str | None]  # JSON of the chosen value, once decided
    created_at: Mapped[datetime]


class ProcessingLogEntry(Base):
    """Processing log (Logboek Dataverwerkingen, NEN 7513): append-only and hash-chained (DESIGN §7)."""

    __tablename__ = "processing_log"
    seq: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime]
    user: Mapped[str]
    action: Mapped[str]  # zoeken | inzien | wijzigen | exporteren
    subject_bsn: Mapped[str | None]
    purpose: Mapped[str]  # the processing activity (doelbinding)
    result: Mapped[str]
    trace_id: Mapped[str]
    prev_hash: Mapped[str]
    hash: Mapped[str] = mapped_column(unique=True)
    uploaded: Mapped[bool]


class SyncStateRow(Base):
    """Per client and section of the client view: when it was last fetched, and the last failure."""

    __tablename__ = "sync_state"
    bsn: Mapped[str] = mapped_column(primary_key=True)
    section: Mapped[str] = mapped_column(primary_key=True)  # person, household, zaken, besluiten, …
    source: Mapped[str]  # the API it comes from
    fetched_at: Mapped[datetime | None]
    error: Mapped[str]  # empty when the last refresh succeeded
    error_at: Mapped[datetime | None]


class DraftRow(Base):
    """Text a user is typing, autosaved so that a crash or a lock loses nothing."""

    __tablename__ = "draft"
    key: Mapped[str] = mapped_column(primary_key=True)  # e.g. "contact:<bsn>", "message:<gesprek>"
    bsn: Mapped[str | None] = mapped_column(index=True)
    content: Mapped[str]  # JSON of the form's fields
    updated_at: Mapped[datetime]


class ConversationRow(Base):
    """A message thread (`gesprek` object) about one client."""

    __tablename__ = "conversation"
    url: Mapped[str] = mapped_column(primary_key=True)
    bsn: Mapped[str] = mapped_column(index=True)
    client_op_id: Mapped[str | None]  # the outbox entry that created it here, if it did
    zaak_url: Mapped[str | None]
    onderwerp: Mapped[str]
    deelnemers: Mapped[str]  # JSON list of {soort, naam, ref?, identificatie?}
    aangemaakt_op: Mapped[datetime]


class MessageRow(Base):
    """One message (`bericht` object) of a conversation."""

    __tablename__ = "message"
    url: Mapped[str] = mapped_column(primary_key=True)
    bsn: Mapped[str] = mapped_column(index=True)
    gesprek_url: Mapped[str] = mapped_column(index=True)
    afzender: Mapped[str]  # JSON {soort, naam, ref?, identificatie?}
    ontvanger: Mapped[str | None]  # JSON, as afzender; None in messages of objecttype version 1
    tekst: Mapped[str]
    verzonden_op: Mapped[datetime]
    bijlagen: Mapped[str]  # JSON list of {identificatie?, bestandsnaam, formaat, url?}
    from_me: Mapped[bool]  # sent by this profile's user: never unread


class MessageReadRow(Base):
    """That a user has read a message (kept locally, per user)."""

    __tablename__ = "message_read"
    user: Mapped[str] = mapped_column(primary_key=True)
    message_url: Mapped[str] = mapped_column(primary_key=True)
    bsn: Mapped[str] = mapped_column(index=True)
    read_at: Mapped[datetime]


class MessagePollRow(Base):
    """Per client: until when new messages have been polled (`verzonden_op` text of the last round)."""

    __tablename__ = "message_poll"
    bsn: Mapped[str] = mapped_column(primary_key=True)
    cursor: Mapped[str]
    polled_at: Mapped[datetime]


# The tables whose rows belong to one client through their `bsn` column (purged together).
# The outbox, drafts and the processing log are deliberately absent: they are never purged with a client.
CLIENT_TABLES = (
    RawDocument,
    PersonRow,
    HouseholdLink,
    ZaakRow,
    StatusRow,
    BesluitRow,
    DocumentRow,
    KlantcontactRow,
    InterneTaakRow,
    VoorzieningRow,
    ScopeRow,
    SyncStateRow,
    ConversationRow,
    MessageRow,
    MessageReadRow,
    MessagePollRow,
)
