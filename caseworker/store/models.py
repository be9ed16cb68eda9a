"""The tables of the local cache (schema 0001): raw API documents beside typed projections, and scopes.

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


# The tables whose rows belong to one client through their `bsn` column (purged together).
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
)
