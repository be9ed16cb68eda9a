"""Zaken with their statussen, rollen, resultaten, besluiten, documents, audit trail and voorzieningen.

Zaken are first planned as small records for every client, then sorted by start date and rendered, so the
store's creation order (the servers' default "newest first") follows the story.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from caseworker.sandbox.demo import DOMAIN_JEUGD, DOMAIN_WMO, MUNICIPALITY_LABEL, RSIN
from caseworker.sandbox.store import Doc

from ._context import Context, initials, jsonb_order, stamp, stamp_seconds, url_of
from .catalogi import ASSESSMENT, CLOSED, DECISION, DECISIONS, RECEIVED, VERTROUWELIJK, Catalog, ZaaktypeUrls
from .objects import ObjectTypes, write_object
from .organisation import Organisation, Provider, Worker
from .pdf import make_pdf
from .population import Household, Person

WIJKTEAM_DOMAINS = (DOMAIN_WMO, DOMAIN_JEUGD)
# Which zaaktypen fit which household, with weights.
_NEEDS = {
    "elderly": (("WMO-HH", 4), ("WMO-HM", 3), ("WMO-WA", 2), ("WMO-BG", 1)),
    "family": (("JW-AMB", 4), ("PW-LO", 2), ("SHV", 2), ("WMO-BG", 1)),
    "adult": (("PW-LO", 4), ("SHV", 3), ("WMO-BG", 2), ("WMO-HM", 1)),
}
# Share of households of each kind with a client of the municipality.
_CLIENT_SHARE = {
    "alleenstaand": 0.55,
    "paar": 0.35,
    "gezin": 0.55,
    "eenoudergezin": 0.75,
    "oudere": 0.65,
    "ouderpaar": 0.55,
    "kostendelers": 0.6,
    "studenten": 0.1,
}
_OMVANG = {  # product -> (units per week range, unit); absent for one-off provisions
    "hulp bij het huishouden": ((2, 4), "uur"),
    "individuele begeleiding": ((1, 4), "uur"),
    "ambulante jeugdhulp": ((2, 6), "uur"),
}


@dataclass(eq=False)
class Client:
    person: Person
    household: Household
    demo: bool = False
    zaken: list[ZaakInfo] = field(default_factory=list)
    partij_url: str = ""  # set once the Klantinteracties partij is written


@dataclass(eq=False)
class ZaakPlan:
    client: Client
    zaaktype: ZaaktypeUrls
    stages: list[tuple[int, date]]  # (stage, day) of every status set, oldest first
    outcome: str | None  # resultaat of a closed zaak
    decision: str | None  # toekenning/afwijzing once decided
    behandelaar: Worker

    @property
    def closed(self) -> bool:
        return self.stages[-1][0] == CLOSED

    @property
    def start(self) -> date:
        return self.stages[0][1]


@dataclass(eq=False)
class ZaakInfo:
    """What the contact and messaging generators need to know about a rendered zaak."""

    plan: ZaakPlan
    url: str
    identificatie: str
    voorziening: str | None  # object URL


# --- planning ----------------------------------------------------------------------------------------------


def _needs(household: Household, ctx: Context) -> str:
    if household.kind in ("oudere", "ouderpaar"):
        return "elderly"
    if any(p.age(ctx.today) < 18 for p in household.members):
        return "family"
    return "adult"


def select_clients(ctx: Context, households: list[Household]) -> list[Client]:
    clients = []
    for household in households:
        # Someone who died recently may still have a zaak (the household help stops, say).
        adults = household.adults(ctx.today) or [p for p in household.members if p.age(ctx.today) >= 18]
        if adults and ctx.chance(_CLIENT_SHARE[household.kind]):
            clients.append(Client(ctx.pick(adults), household))
    return clients


def _stages(ctx: Context, start: date, last_stage: int, skip_decision: bool) -> list[tuple[int, date]]:
    """Status history from `start`, one to three weeks apart, cut off where it would reach today."""
    stages = [(RECEIVED, start)]
    day = start
    for stage in range(ASSESSMENT, last_stage + 1):
        if stage == DECISION and skip_decision:
            continue
        day += timedelta(days=ctx.rng.randint(3, 21))
        if day >= ctx.today:
            break
        stages.append((stage, day))
    return stages


def _plan_zaak(
    ctx: Context, client: Client, zaaktype: ZaaktypeUrls, is_open: bool, behandelaar: Worker
) -> ZaakPlan:
    if is_open:
        last = ctx.weighted(((RECEIVED, 3), (ASSESSMENT, 4), (DECISION, 2)))
        stages = _stages(ctx, ctx.days_ago(5, 100), last, skip_decision=False)
        outcome = None
    else:
        outcome = ctx.weighted((("toegekend", 75), ("afgewezen", 18), ("ingetrokken", 7)))
        stages = _stages(ctx, ctx.days_ago(120, 1000), CLOSED, skip_decision=outcome == "ingetrokken")
    if is_open and stages[-1][0] == DECISION:
        decision: str | None = ctx.weighted((("toekenning", 85), ("afwijzing", 15)))
    else:
        decision = DECISIONS.get(outcome or "")
    return ZaakPlan(client, zaaktype, stages, outcome, decision, behandelaar)


def _behandelaar(
    ctx: Context, org: Organisation, client: Client, domain: str, chosen: dict[str, Worker]
) -> Worker:
    """The same worker handles all of a client's zaken in one domain; a quarter go to a team as a whole."""
    if domain not in chosen:
        if client.demo and domain in WIJKTEAM_DOMAINS:
            chosen[domain] = org.demo_user()
        else:
            candidates = org.for_domain(domain)
            teams = [w for w in candidates if w.is_team]
            people = [w for w in candidates if not w.is_team]
            chosen[domain] = ctx.pick(teams if ctx.chance(0.25) else people)
    return chosen[domain]


def _wanted(ctx: Context, catalog: Catalog, client: Client) -> list[ZaaktypeUrls]:
    needs = _NEEDS[_needs(client.household, ctx)]
    count = ctx.weighted(((1, 45), (2, 30), (3, 15), (4, 10)))
    return [catalog.zaaktypen[ctx.weighted(needs)] for _ in range(count)]


def plan_zaken(
    ctx: Context, catalog: Catalog, org: Organisation, clients: list[Client], caseload: int
) -> list[ZaakPlan]:
    """1-4 zaken per client; `caseload` clients with wijkteam zaken go to the demo user, with an open zaak."""
    wanted = [(client, _wanted(ctx, catalog, client)) for client in clients]
    candidates = [c for c, types in wanted if any(z.spec.domein in WIJKTEAM_DOMAINS for z in types)]
    for client in ctx.rng.sample(candidates, min(caseload, len(candidates))):
        client.demo = True
    plans = []
    for client, zaaktypen in wanted:
        if client.demo:  # the demo user's current (latest) zaak is a wijkteam one
            zaaktypen.sort(key=lambda z: z.spec.domein in WIJKTEAM_DOMAINS)
        chosen: dict[str, Worker] = {}
        for index, zaaktype in enumerate(zaaktypen):
            latest = index == len(zaaktypen) - 1
            is_open = (latest and (client.demo or ctx.chance(0.6))) or ctx.chance(0.08)
            worker = _behandelaar(ctx, org, client, zaaktype.spec.domein, chosen)
            plans.append(_plan_zaak(ctx, client, zaaktype, is_open, worker))
    plans.sort(key=lambda p: p.start)  # stable: ties keep the (deterministic) planning order
    return plans


# --- rendering ---------------------------------------------------------------------------------------------


class ZaakRenderer:
    """Renders planned zaken and everything hanging off them into the store."""

    def __init__(self, ctx: Context, catalog: Catalog, org: Organisation, types: ObjectTypes) -> None:
        self.ctx = ctx
        self.catalog = catalog
        self.org = org
        self.types = types
        self.applicatie = ctx.new_uuid()

    def render(self, plan: ZaakPlan) -> None:
        ctx = self.ctx
        key = ctx.new_uuid()
        url = url_of("zaken/zaken", key)
        created = ctx.moment(plan.start)
        zaak = self.zaak_doc(plan, key, url, ctx.counter("ZAAK", plan.start), stamp(created))
        self.audit_create(zaak, plan, created)
        zaak["rollen"] = self.rollen(plan, url, stamp(created + timedelta(seconds=1)))
        zaak["status"] = self.statussen(plan, url)[-1]
        voorziening = self.attachments(plan, zaak)
        if plan.closed:
            end = plan.stages[-1][1]
            zaak |= {
                "einddatum": end.isoformat(),
                "archiefnominatie": "vernietigen",
                "archiefactiedatum": _years_later(end, 10).isoformat(),
                "resultaat": self.resultaat(plan, url),
                "startdatumBewaartermijn": end.isoformat(),
            }
        zaak["laatstGemuteerd"] = stamp(ctx.moment(plan.stages[-1][1]))
        ctx.put("zaken/zaken", key, zaak)
        plan.client.zaken.append(ZaakInfo(plan, url, zaak["identificatie"], voorziening))

    def attachments(self, plan: ZaakPlan, zaak: Doc) -> str | None:
        """Documents, besluit, voorziening and support plan of a zaak; returns the voorziening's URL."""
        stages = dict(plan.stages)
        with_plan = bool(plan.zaaktype.spec.product) and ASSESSMENT in stages and plan.decision != "afwijzing"
        with_plan = with_plan and (plan.client.demo or self.ctx.chance(0.3))
        documents = self.documents(plan, zaak, with_plan)
        voorziening = self.voorziening(plan, zaak)
        if with_plan:
            self.support_plan(plan, zaak, documents)
        zaak["zaakinformatieobjecten"] = [self.zaakinformatieobject(zaak["url"], doc) for doc in documents]
        return voorziening

    def zaak_doc(self, plan: ZaakPlan, key: str, url: str, identificatie: str, created: str) -> Doc:
        spec = plan.zaaktype.spec
        doorlooptijd = int(spec.doorlooptijd[1:-1]) * 7  # every zaaktype's doorlooptijd is in weeks (PnW)
        return {
            "url": url,
            "uuid": key,
            "identificatie": identificatie,
            "bronorganisatie": RSIN,
            "omschrijving": spec.omschrijving,
            "toelichting": "",
            "zaaktype": plan.zaaktype.url,
            "registratiedatum": plan.start.isoformat(),
            "verantwoordelijkeOrganisatie": RSIN,
            "startdatum": plan.start.isoformat(),
            "einddatum": None,
            "einddatumGepland": None,
            "uiterlijkeEinddatumAfdoening": (plan.start + timedelta(days=doorlooptijd)).isoformat(),
            "publicatiedatum": None,
            "laatstGemuteerd": created,
            "laatstGeopend": None,
            "communicatiekanaal": "",
            "communicatiekanaalNaam": "",
            "productenOfDiensten": [],
            "vertrouwelijkheidaanduiding": VERTROUWELIJK,
            "betalingsindicatie": "",
            "betalingsindicatieWeergave": "",
            "laatsteBetaaldatum": None,
            "zaakgeometrie": None,
            "verlenging": None,
            "opschorting": {"indicatie": False, "eerdereOpschorting": False, "reden": ""},
            "selectielijstklasse": "",
            "hoofdzaak": None,
            "deelzaken": [],
            "relevanteAndereZaken": [],
            "gerelateerdeZaken": [],
            "eigenschappen": [],
            "rollen": [],
            "status": None,
            "zaakinformatieobjecten": [],
            "zaakobjecten": [],
            "kenmerken": [],
            "archiefnominatie": None,
            "archiefstatus": "nog_te_archiveren",
            "archiefactiedatum": None,
            "resultaat": None,
            "opdrachtgevendeOrganisatie": "",
            "processobjectaard": "",
            "startdatumBewaartermijn": None,
            "processobject": {"datumkenmerk": "", "identificatie": "", "objecttype": "", "registratie": ""},
        }

    def audit_create(self, zaak: Doc, plan: ZaakPlan, created: datetime) -> None:
        worker = plan.behandelaar
        key = self.ctx.new_uuid()
        self.ctx.put(
            "zaken/audittrail",
            key,
            {
                "uuid": key,
                "bron": "ZRC",
                "applicatieId": self.applicatie,
                "applicatieWeergave": f"Zaaksysteem {MUNICIPALITY_LABEL}",
                "gebruikersId": worker.identificatie,
                "gebruikersWeergave": worker.naam,
                "actie": "create",
                "actieWeergave": "Object aangemaakt",
                "resultaat": 201,
                "hoofdObject": zaak["url"],
                "resource": "zaak",
                "resourceUrl": zaak["url"],
                "toelichting": "",
                "resourceWeergave": f"{RSIN} - {zaak['identificatie']}",
                "aanmaakdatum": stamp(created + timedelta(milliseconds=17)),
                "wijzigingen": {"oud": None, "nieuw": jsonb_order(zaak)},
            },
        )

    def rol(
        self, plan: ZaakPlan, zaak_url: str, generiek: str, registered: str, betrokkene: tuple[str, Doc]
    ) -> str:
        key = self.ctx.new_uuid()
        url = url_of("zaken/rollen", key)
        roltype, omschrijving = plan.zaaktype.roltypen[generiek]
        kind, identificatie = betrokkene
        doc: Doc = {
            "url": url,
            "uuid": key,
            "zaak": zaak_url,
            "betrokkene": "",
            "betrokkeneType": kind,
            "afwijkendeNaamBetrokkene": "",
            "roltype": roltype,
            "omschrijving": omschrijving,
            "omschrijvingGeneriek": generiek,
            "roltoelichting": omschrijving,
            "registratiedatum": registered,
            "indicatieMachtiging": "",
            "contactpersoonRol": {"emailadres": "", "functie": "", "telefoonnummer": "", "naam": ""},
            "statussen": [],
            "beginGeldigheid": None,
            "eindeGeldigheid": None,
            "betrokkeneIdentificatie": identificatie,
        }
        if kind == "natuurlijk_persoon":  # only persons carry an authentication context
            doc["authenticatieContext"] = None
        self.ctx.put("zaken/rollen", key, doc)
        return url

    def rollen(self, plan: ZaakPlan, zaak_url: str, registered: str) -> list[str]:
        client = plan.client
        urls = [
            self.rol(
                plan,
                zaak_url,
                "initiator",
                registered,
                ("natuurlijk_persoon", natuurlijk_persoon(client.person)),
            )
        ]
        if plan.zaaktype.spec.domein == DOMAIN_JEUGD:  # parents apply; the child is the one it is about
            minors = [p for p in client.household.members if p.age(self.ctx.today) < 18]
            if minors:
                child = natuurlijk_persoon(self.ctx.pick(minors))
                urls.append(
                    self.rol(plan, zaak_url, "belanghebbende", registered, ("natuurlijk_persoon", child))
                )
        urls.append(
            self.rol(plan, zaak_url, "behandelaar", registered, behandelaar_identificatie(plan.behandelaar))
        )
        return urls

    def statussen(self, plan: ZaakPlan, zaak_url: str) -> list[str]:
        urls = []
        for number, (stage, day) in enumerate(plan.stages, start=1):
            key = self.ctx.new_uuid()
            url = url_of("zaken/statussen", key)
            omschrijving = plan.zaaktype.spec.statuses[stage]
            doc = {
                "url": url,
                "uuid": key,
                "zaak": zaak_url,
                "statustype": plan.zaaktype.statustypen[stage],
                "datumStatusGezet": stamp_seconds(self.ctx.moment(day)),
                "statustoelichting": omschrijving,
                "indicatieLaatstGezetteStatus": number == len(plan.stages),
                "gezetdoor": None,
                "zaakinformatieobjecten": [],
            }
            self.ctx.put("zaken/statussen", key, doc)
            urls.append(url)
        return urls

    def resultaat(self, plan: ZaakPlan, zaak_url: str) -> str:
        key = self.ctx.new_uuid()
        url = url_of("zaken/resultaten", key)
        resultaattype = plan.zaaktype.resultaattypen[plan.outcome or ""]
        self.ctx.put(
            "zaken/resultaten",
            key,
            {"url": url, "uuid": key, "zaak": zaak_url, "resultaattype": resultaattype, "toelichting": ""},
        )
        return url

    # -- documents and decisions

    def documents(self, plan: ZaakPlan, zaak: Doc, with_plan: bool) -> list[Doc]:
        """At most two small PDFs per zaak: beschikking and signed plan first, else request or report."""
        stages = dict(plan.stages)
        docs = []
        if plan.decision and DECISION in stages:
            beschikking = self.document(
                plan, zaak, "beschikking", f"Beschikking {plan.decision}", stages[DECISION]
            )
            self.besluit(plan, zaak, beschikking, stages[DECISION])
            docs.append(beschikking)
            if with_plan and plan.decision == "toekenning":
                docs.append(self.document(plan, zaak, "plan", "Ondersteuningsplan", stages[DECISION]))
        if len(docs) < 2 and ASSESSMENT in stages and plan.zaaktype.spec.domein in WIJKTEAM_DOMAINS:
            docs.append(
                self.document(plan, zaak, "verslag", "Verslag keukentafelgesprek", stages[ASSESSMENT])
            )
        if len(docs) < 2 and self.ctx.chance(0.5):
            docs.append(self.document(plan, zaak, "aanvraag", "Aanvraagformulier", plan.start))
        return docs

    def document(self, plan: ZaakPlan, zaak: Doc, kind: str, titel: str, day: date) -> Doc:
        ctx = self.ctx
        key = ctx.new_uuid()
        url = url_of("documenten/enkelvoudiginformatieobjecten", key)
        person = plan.client.person
        content = make_pdf(
            titel,
            [
                f"Gemeente {MUNICIPALITY_LABEL} - synthetische demodata",
                f"Zaak: {zaak['identificatie']} ({plan.zaaktype.spec.omschrijving})",
                f"Inwoner: {initials(person.voornamen, dotted=True)} {person.surname}",
                f"Datum: {day.isoformat()}",
                f"Behandelaar: {plan.behandelaar.naam}",
            ],
        )
        ctx.store.put_blob(key, content)
        identificatie = ctx.counter("DOCUMENT", day)
        doc = {
            "url": url,
            "identificatie": identificatie,
            "bronorganisatie": RSIN,
            "creatiedatum": day.isoformat(),
            "titel": titel,
            "vertrouwelijkheidaanduiding": VERTROUWELIJK,
            "auteur": plan.behandelaar.naam,
            "status": "definitief",
            "formaat": "application/pdf",
            "taal": "nld",
            "versie": 1,
            "beginRegistratie": stamp(ctx.moment(day)),
            "bestandsnaam": f"{kind}-{zaak['identificatie']}.pdf",
            "inhoud": f"{url}/download?versie=1",
            "bestandsomvang": len(content),
            "link": "",
            "beschrijving": "",
            "ontvangstdatum": day.isoformat() if kind == "aanvraag" else None,
            "verzenddatum": day.isoformat() if kind == "beschikking" else None,
            "indicatieGebruiksrecht": False,
            "verschijningsvorm": "",
            "ondertekening": None,
            "integriteit": None,
            "informatieobjecttype": self.catalog.informatieobjecttypen[kind],
            "locked": False,
            "bestandsdelen": [],
            "trefwoorden": [],
            "lock": "",
        }
        ctx.put("documenten/enkelvoudiginformatieobjecten", key, doc)
        return doc

    def zaakinformatieobject(self, zaak_url: str, document: Doc) -> str:
        key = self.ctx.new_uuid()
        url = url_of("zaken/zaakinformatieobjecten", key)
        self.ctx.put(
            "zaken/zaakinformatieobjecten",
            key,
            {
                "url": url,
                "uuid": key,
                "informatieobject": document["url"],
                "zaak": zaak_url,
                "aardRelatieWeergave": "Hoort bij, omgekeerd: kent",
                "titel": document["titel"],
                "beschrijving": "",
                "registratiedatum": document["beginRegistratie"],
                "vernietigingsdatum": None,
                "status": None,
            },
        )
        return url

    def besluit(self, plan: ZaakPlan, zaak: Doc, beschikking: Doc, day: date) -> None:
        ctx = self.ctx
        key = ctx.new_uuid()
        url = url_of("besluiten/besluiten", key)
        decision = plan.decision or ""
        granted = decision == "toekenning"
        ctx.put(
            "besluiten/besluiten",
            key,
            {
                "url": url,
                "identificatie": ctx.counter("BESLUIT", day),
                "verantwoordelijkeOrganisatie": RSIN,
                "besluittype": self.catalog.besluittypen[decision],
                "zaak": zaak["url"],
                "datum": day.isoformat(),
                "toelichting": f"{decision.capitalize()} {plan.zaaktype.spec.omschrijving}",
                "bestuursorgaan": "College van burgemeester en wethouders",
                "ingangsdatum": day.isoformat(),
                "vervaldatum": (day + timedelta(days=365)).isoformat() if granted else None,
                "vervalreden": "tijdelijk" if granted else "",
                "vervalredenWeergave": "Besluit met tijdelijke werking" if granted else "",
                "publicatiedatum": None,
                "verzenddatum": day.isoformat(),
                "uiterlijkeReactiedatum": (day + timedelta(weeks=6)).isoformat(),
            },
        )
        link = ctx.new_uuid()
        ctx.put(
            "besluiten/besluitinformatieobjecten",
            link,
            {
                "url": url_of("besluiten/besluitinformatieobjecten", link),
                "informatieobject": beschikking["url"],
                "besluit": url,
            },
        )

    # -- voorzieningen

    def voorziening(self, plan: ZaakPlan, zaak: Doc) -> str | None:
        """A granted Wmo/Jeugd provision becomes a voorziening object linked to the zaak by a zaakobject."""
        spec = plan.zaaktype.spec
        stages = dict(plan.stages)
        if plan.decision != "toekenning" or not spec.product or DECISION not in stages:
            return None
        ctx = self.ctx
        decided = stages[DECISION]
        start = decided + timedelta(days=ctx.rng.randint(7, 21))
        end = start + timedelta(days=365) if spec.product in _OMVANG else None
        provider = self.provider(spec.domein)
        pgb = spec.product in _OMVANG and ctx.chance(0.15)
        data: Doc = {
            "bsn": plan.client.person.bsn,
            "zaak": zaak["url"],
            "product": spec.product,
            "domein": spec.domein,
            "vorm": "PGB" if pgb else "ZIN",
            "aanbieder": provider.naam if pgb else provider.partij_url,
            "ingangsdatum": start.isoformat(),
            "einddatum": end.isoformat() if end else None,
            "status": "toegekend",
        }
        if spec.product in _OMVANG:
            (low, high), unit = _OMVANG[spec.product]
            data["omvang"] = {"eenheden_per_week": ctx.rng.randint(low, high), "eenheid": unit}
        history = [(decided, data)]
        for day, status in ((start, "actief"), (end, "beeindigd")):
            if day is not None and day < ctx.today:
                history.append((day, data | {"status": status}))
        url = write_object(ctx, self.types, "voorziening", history)
        zaak["zaakobjecten"].append(self.zaakobject(zaak["url"], url, "voorziening"))
        return url

    def provider(self, domain: str) -> Provider:
        return self.ctx.pick([p for p in self.org.providers if p.domain == domain])

    def zaakobject(self, zaak_url: str, object_url: str, objecttype: str) -> str:
        key = self.ctx.new_uuid()
        url = url_of("zaken/zaakobjecten", key)
        self.ctx.put(
            "zaken/zaakobjecten",
            key,
            {
                "url": url,
                "uuid": key,
                "zaak": zaak_url,
                "object": object_url,
                "zaakobjecttype": "",
                "objectType": "overige",
                "objectTypeOverige": objecttype,
                "objectTypeOverigeDefinitie": None,
                "relatieomschrijving": objecttype.capitalize(),
            },
        )
        return url

    def support_plan(self, plan: ZaakPlan, zaak: Doc, documents: list[Doc]) -> None:
        """The ondersteuningsplan drafted at the kitchen table; signed, with its PDF, once granted."""
        ctx = self.ctx
        stages = dict(plan.stages)
        drafted = stages[ASSESSMENT]
        person = plan.client.person
        pdf = self.catalog.informatieobjecttypen["plan"]
        document = next((d["url"] for d in documents if d["informatieobjecttype"] == pdf), None)
        data: Doc = {
            "bsn": person.bsn,
            "zaak": zaak["url"],
            "doelen": [
                f"Zelfstandig blijven wonen met {plan.zaaktype.spec.product}.",
                "Sociaal netwerk versterken.",
            ],
            "afspraken": [
                _afspraak(person.volledige_naam, "Mantelzorger betrekken bij de planning.", drafted, 14),
                _afspraak(plan.behandelaar.naam, "Evaluatiegesprek inplannen.", drafted, 90),
            ],
            "scenario": {
                "omschrijving": "Gekozen scenario",
                "netto_inkomen_cent": ctx.rng.randint(1200_00, 3200_00),
                # Wmo has a fixed monthly contribution (abonnementstarief); youth care has none.
                "eigen_bijdrage_cent": 0 if plan.zaaktype.spec.domein == DOMAIN_JEUGD else 21_80,
                "vaste_lasten_cent": ctx.rng.randint(700_00, 1500_00),
            },
            "document": None,
            "status": "concept",
        }
        history = [(drafted, data)]
        if document is not None:
            history.append((stages[DECISION], data | {"document": document, "status": "ondertekend"}))
        url = write_object(ctx, self.types, "plan", history)
        zaak["zaakobjecten"].append(self.zaakobject(zaak["url"], url, "plan"))


def _afspraak(wie: str, wat: str, day: date, days_later: int) -> Doc:
    return {"wie": wie, "wat": wat, "wanneer": (day + timedelta(days=days_later)).isoformat()}


def _years_later(day: date, years: int) -> date:
    """Same day `years` later; 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def natuurlijk_persoon(person: Person) -> Doc:
    """`betrokkeneIdentificatie` of a natuurlijk_persoon rol with every sub-field, as Open Zaak returns it."""
    return {
        "inpBsn": person.bsn,
        "anpIdentificatie": "",
        "inpA_nummer": "",
        "geslachtsnaam": person.geslachtsnaam,
        "voorvoegselGeslachtsnaam": person.voorvoegsel,
        "voorletters": initials(person.voornamen, dotted=False),
        "voornamen": person.voornamen,
        "geslachtsaanduiding": person.geslacht.lower(),
        "geboortedatum": person.born.isoformat(),
        "verblijfsadres": None,
        "subVerblijfBuitenland": None,
    }


def behandelaar_identificatie(worker: Worker) -> tuple[str, Doc]:
    if worker.is_team:
        return "organisatorische_eenheid", {
            "identificatie": worker.identificatie,
            "naam": worker.naam,
            "isGehuisvestIn": "",
        }
    return "medewerker", {
        "identificatie": worker.identificatie,
        "achternaam": worker.achternaam,
        "voorletters": worker.voorletters,
        "voorvoegselAchternaam": worker.voorvoegsel,
    }
