"""The integral client view (DESIGN §3): everything a caseworker sees of one client, each section stamped
with where it came from and how old it is. Plain frozen dataclasses, no I/O; built by
`caseworker.store.reads.client_view`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
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
# Klantinteracties 0.9 gives a task no due date; the municipality's convention is a first line
# "Deadline: YYYY-MM-DD" in the toelichting.
TASK_DEADLINE_PREFIX = "Deadline: "

# Presentation mode (DESIGN §7) turns the screen to the client. ZGW ranks vertrouwelijkheidaanduiding
# openbaar < beperkt_openbaar < intern < zaakvertrouwelijk < vertrouwelijk < …; from "intern" upwards an item
# is for the organisation, not for whoever looks at the screen, so only these two levels stay visible.
# An empty or unknown level is hidden: failing closed is the safe side when the screen faces the client.
PRESENTABLE_LEVELS = frozenset({"openbaar", "beperkt_openbaar"})


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


class Freshness(StrEnum):
    """How current a section's data is: what its header says, in whatever language the UI words it."""

    NOT_FETCHED = "not_fetched"  # nothing fetched yet
    NOT_FETCHED_OFFLINE = "not_fetched_offline"  # nothing fetched yet, and the last try failed
    NOT_UPDATED = "not_updated"  # the cached copy: the last refresh failed
    CACHED = "cached"  # the cached copy, older than STALE_AFTER
    CURRENT = "current"  # fresh from the source


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

    @property
    def freshness(self) -> Freshness:
        if self.fetched_at is None:
            return Freshness.NOT_FETCHED_OFFLINE if self.error else Freshness.NOT_FETCHED
        if self.error:
            return Freshness.NOT_UPDATED
        return Freshness.CACHED if self.stale else Freshness.CURRENT

    def label(self, now: datetime) -> str:
        """The header in Dutch, for logs and tests: `BRP, 09:14` or `cache, gisteren 16:02, niet bijgewerkt`.
        The UI words `freshness` and `fetched_at` itself (ui.client.section.source_text), in its language."""
        if self.fetched_at is None:
            return "nog niet opgehaald" + (", geen verbinding" if self.error else "")
        when = _when(self.fetched_at, now)
        return {
            Freshness.NOT_UPDATED: f"cache, {when}, niet bijgewerkt",
            Freshness.CACHED: f"cache, {when}",
        }.get(self.freshness, f"{SOURCE_LABELS.get(self.source, self.source)}, {when}")


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

    @property
    def changed_at(self) -> datetime | None:
        """When the zaak last changed as far as the cache knows: its newest status, else its start."""
        if self.statuses:
            return self.statuses[-1].datum
        return at_day(self.startdatum) if self.startdatum else None


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

    def active(self, today: date) -> bool:
        """Started (or without a start date) and not ended before today."""
        started = self.startdatum is None or self.startdatum <= today
        return started and (self.einddatum is None or self.einddatum >= today)


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
    # A task created or changed here that no server has yet: its outbox entry and that entry's state
    # (pending, in_flight, failed, conflict) with the reason of a failure; empty once the server has it.
    op_id: str = ""
    sync_state: str = ""
    error: str = ""

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


def task_due(toelichting: str) -> date | None:
    """The due date a task's toelichting starts with (`Deadline: 2026-12-01`), or None."""
    first = toelichting.split("\n", 1)[0].strip()
    if not first.startswith(TASK_DEADLINE_PREFIX):
        return None
    try:
        return date.fromisoformat(first.removeprefix(TASK_DEADLINE_PREFIX).strip())
    except ValueError:
        return None


def presentable(vertrouwelijkheid: str) -> bool:
    """Whether a document of this level may be on screen in presentation mode (see PRESENTABLE_LEVELS)."""
    return vertrouwelijkheid.strip().lower() in PRESENTABLE_LEVELS


def for_presentation(view: ClientView) -> ClientView:
    """The view as the client may see it: without confidential contacts (internal notes), documents above
    the presentable levels, colleagues' tasks, and the remarks caseworkers add to status changes."""
    cases = tuple(
        replace(
            case,
            statuses=tuple(replace(s, toelichting="") for s in case.statuses),
            documents=tuple(d for d in case.documents if presentable(d.vertrouwelijkheid)),
        )
        for case in view.cases
    )
    return replace(
        view,
        cases=cases,
        contacts=tuple(c for c in view.contacts if not c.vertrouwelijk),
        tasks=(),
        documents=tuple(d for d in view.documents if presentable(d.vertrouwelijkheid)),
    )


class TimelineKind(StrEnum):
    CONTACT = "contact"
    STATUS = "status"
    BESLUIT = "besluit"
    DOCUMENT = "document"


@dataclass(frozen=True)
class TimelineEntry:
    """One thing that happened with the client: a contact, a status change, a besluit or a document."""

    kind: TimelineKind
    moment: datetime
    title: str
    detail: str = ""
    kanaal: str = ""  # contacts only
    zaak: str = ""  # the zaak's identificatie, where the entry belongs to one
    key: str = ""
    pending: bool = False
    error: str = ""


def timeline(view: ClientView) -> tuple[TimelineEntry, ...]:
    """Every contact, status change, besluit and document of the client, newest first."""
    zaak_ids = {case.url: case.identificatie for case in view.cases}
    entries = [
        TimelineEntry(
            TimelineKind.CONTACT,
            c.plaatsgevonden_op,
            c.onderwerp,
            c.inhoud,
            c.kanaal,
            "",
            c.key,
            c.pending,
            c.error,
        )
        for c in view.contacts
    ]
    for case in view.cases:
        entries += [
            TimelineEntry(
                TimelineKind.STATUS, s.datum, s.omschrijving, s.toelichting, zaak=case.identificatie
            )
            for s in case.statuses
        ]
        entries += [
            TimelineEntry(
                TimelineKind.BESLUIT,
                at_day(d.datum),
                d.identificatie,
                d.toelichting,
                zaak=case.identificatie,
                key=d.url,
            )
            for d in case.decisions
            if d.datum is not None
        ]
    entries += [
        TimelineEntry(
            TimelineKind.DOCUMENT,
            at_day(d.creatiedatum),
            d.titel,
            d.bestandsnaam,
            zaak=zaak_ids.get(d.zaak_url or "", ""),
            key=d.url,
        )
        for d in view.documents
        if d.creatiedatum is not None
    ]
    return tuple(sorted(entries, key=lambda e: e.moment, reverse=True))


def at_day(day: date) -> datetime:
    """A date as the start of that day (UTC), so that dated and timed items sort together."""
    return datetime.combine(day, time.min, tzinfo=UTC)


def is_new(moment: datetime | None, since: datetime | None) -> bool:
    """Whether something happened after the user last opened the client (nothing is new at a first
    opening: there is no earlier look to compare with)."""
    return since is not None and moment is not None and moment > since
