"""The integral client view (DESIGN §3): everything a caseworker sees of one client, each section stamped
with where it came from and how old it is. Plain frozen dataclasses, no I/O; built by
`caseworker.store.reads.client_view`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from caseworker.domain.bsn import mask_bsn
from caseworker.domain.household import Member
from caseworker.domain.person import Person

# A section fetched longer ago than this is shown as possibly out of date, even without an error.
STALE_AFTER = timedelta(hours=1)

# Social-domain areas, told apart by the zaaktype's `trefwoorden` (Catalogi has no domain field).
DOMAINS = ("wmo", "jeugd", "participatie", "schuldhulp")

# A task that is still to be handled once its due date has passed is overdue.
TASK_OPEN = "te_verwerken"


class SectionName(StrEnum):
    PERSON = "person"
    HOUSEHOLD = "household"
    ZAKEN = "zaken"
    BESLUITEN = "besluiten"
    DOCUMENTEN = "documenten"
    KLANTCONTACTEN = "klantcontacten"
    INTERNETAKEN = "internetaken"
    VOORZIENINGEN = "voorzieningen"


# The API each section comes from (keys of caseworker.api.apis.STANDARD_PATHS).
SECTION_SOURCES: Mapping[SectionName, str] = {
    SectionName.PERSON: "brp",
    SectionName.HOUSEHOLD: "brp",
    SectionName.ZAKEN: "zaken",
    SectionName.BESLUITEN: "besluiten",
    SectionName.DOCUMENTEN: "documenten",
    SectionName.KLANTCONTACTEN: "klantinteracties",
    SectionName.INTERNETAKEN: "klantinteracties",
    SectionName.VOORZIENINGEN: "objects",
}

SOURCE_LABELS: Mapping[str, str] = {
    "brp": "BRP",
    "zaken": "Zaken",
    "besluiten": "Besluiten",
    "documenten": "Documenten",
    "klantinteracties": "Klantinteracties",
    "objects": "Objecten",
}


@dataclass(frozen=True)
class Section:
    """Where one section of the view comes from: its API, when it was last fetched, and the last failure
    (empty when the last refresh worked)."""

    name: SectionName
    source: str
    fetched_at: datetime | None
    error: str = ""
    error_at: datetime | None = None
    stale: bool = True

    def age(self, now: datetime) -> timedelta | None:
        return now - self.fetched_at if self.fetched_at else None

    def label(self, now: datetime) -> str:
        """What the section header says: `BRP, 09:14` or `cache, gisteren 16:02, niet bijgewerkt`."""
        if self.fetched_at is None:
            return "nog niet opgehaald" + (", geen verbinding" if self.error else "")
        when = _when(self.fetched_at, now)
        if self.error:
            return f"cache, {when}, niet bijgewerkt"
        if self.stale:
            return f"cache, {when}"
        return f"{SOURCE_LABELS.get(self.source, self.source)}, {when}"


def section_state(
    name: SectionName,
    fetched_at: datetime | None,
    error: str,
    error_at: datetime | None,
    *,
    now: datetime,
    stale_after: timedelta = STALE_AFTER,
) -> Section:
    stale = fetched_at is None or bool(error) or now - fetched_at > stale_after
    return Section(name, SECTION_SOURCES[name], fetched_at, error, error_at, stale)


@dataclass(frozen=True)
class StatusEntry:
    omschrijving: str
    datum: datetime
    toelichting: str = ""


@dataclass(frozen=True)
class Role:
    """Who is involved in a zaak: `rol` is the generic role (behandelaar, initiator, …)."""

    rol: str
    naam: str
    betrokkene_type: str


@dataclass(frozen=True)
class Decision:
    """A besluit (beschikking) taken in a zaak."""

    url: str
    zaak_url: str
    identificatie: str
    datum: date | None
    ingangsdatum: date | None
    vervaldatum: date | None
    toelichting: str


@dataclass(frozen=True)
class DocumentInfo:
    """Metadata of a document; the content is downloaded only when opened."""

    url: str
    identificatie: str
    titel: str
    creatiedatum: date | None
    formaat: str
    bestandsnaam: str
    bestandsomvang: int | None
    vertrouwelijkheid: str
    zaak_url: str | None = None


@dataclass(frozen=True)
class Case:
    """A zaak with what the caseworker needs to see of it."""

    url: str
    identificatie: str
    omschrijving: str
    zaaktype: str  # the zaaktype's omschrijving, "" when the catalogus is not cached yet
    domain: str  # one of DOMAINS, or "" when unknown
    startdatum: date | None
    einddatum: date | None
    uiterlijke_einddatum: date | None
    status: str  # the current status, resolved through the catalogus
    statuses: tuple[StatusEntry, ...] = ()  # oldest first
    roles: tuple[Role, ...] = ()
    decisions: tuple[Decision, ...] = ()
    documents: tuple[DocumentInfo, ...] = ()

    @property
    def is_open(self) -> bool:
        return self.einddatum is None


@dataclass(frozen=True)
class Provision:
    """A voorziening (Wmo or Jeugdwet) the client receives."""

    url: str
    product: str
    domein: str
    vorm: str  # ZIN or PGB
    omvang: str  # "4 uur per week", "" for one-off provisions
    status: str
    startdatum: date | None
    einddatum: date | None
    zaak_url: str | None = None


@dataclass(frozen=True)
class ContactMoment:
    """A klantcontact; `pending` ones are registered here and not yet sent (their `key` is the op_id)."""

    key: str
    kanaal: str
    onderwerp: str
    inhoud: str
    plaatsgevonden_op: datetime
    vertrouwelijk: bool = False
    pending: bool = False
    error: str = ""  # why sending failed, shown until the user retries or edits


@dataclass(frozen=True)
class Task:
    """An internetaak about the client."""

    uuid: str
    url: str
    gevraagde_handeling: str
    status: str
    actor: str
    toegewezen_op: datetime | None
    due: date | None

    def overdue(self, today: date) -> bool:
        return self.status == TASK_OPEN and self.due is not None and self.due < today


@dataclass(frozen=True)
class ClientView:
    """One client, integrally: sections come from the cache and say how old they are."""

    person: Person
    household: tuple[Member, ...]  # without the client; family first, then co-residents
    cases: tuple[Case, ...]  # open cases first, newest first
    provisions: tuple[Provision, ...]
    contacts: tuple[ContactMoment, ...]  # newest first, pending ones on top
    tasks: tuple[Task, ...]  # open first, by due date
    documents: tuple[DocumentInfo, ...]  # all of the client's documents, newest first
    sections: Mapping[SectionName, Section]

    @property
    def bsn(self) -> str:
        return self.person.bsn

    @property
    def masked_bsn(self) -> str:
        return mask_bsn(self.person.bsn)

    def section(self, name: SectionName) -> Section:
        return self.sections[name]

    @property
    def stale_sections(self) -> list[Section]:
        return [s for s in self.sections.values() if s.stale]


def domain_of(trefwoorden: list[str]) -> str:
    """The social-domain area among a zaaktype's labels, or "" when it names none."""
    return next((word for word in trefwoorden if word.lower() in DOMAINS), "").lower()


def _when(moment: datetime, now: datetime) -> str:
    local, today = moment.astimezone(), now.astimezone().date()
    clock = local.strftime("%H:%M")
    if local.date() == today:
        return clock
    if local.date() == today - timedelta(days=1):
        return f"gisteren {clock}"
    return local.strftime("%d-%m-%Y %H:%M")
