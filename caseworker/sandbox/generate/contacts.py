"""Klantinteracties for clients (partij, digitale adressen, contacts, interne taken) and message threads."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

from caseworker.sandbox.demo import (
    CHANNEL_DESK,
    CHANNEL_EMAIL,
    CHANNEL_HOME_VISIT,
    CHANNEL_PHONE,
    CHANNEL_PORTAL,
    TASK_DEADLINE_PREFIX,
)
from caseworker.sandbox.store import Doc

from ._context import EMPTY_ADDRESS, Context, initials, partij_doc, ref, stamp, stamp_seconds, url_of
from .cases import Client, ZaakInfo
from .objects import ObjectTypes, write_object
from .organisation import Organisation

# (kanaal, weight, onderwerp, inhoud, client initiated); `{zaak}` is the zaaktype's description.
_CONTACTS = (
    (CHANNEL_PHONE, 5, "Vraag over {zaak}", "Inwoner belt met een vraag over de voortgang.", True),
    (CHANNEL_DESK, 2, "Stukken afgegeven voor {zaak}", "Inwoner heeft aanvullende stukken afgegeven.", True),
    (
        CHANNEL_HOME_VISIT,
        3,
        "Huisbezoek {zaak}",
        "Gesprek thuis over de situatie en de ondersteuningsvraag.",
        False,
    ),
    (CHANNEL_EMAIL, 3, "E-mail over {zaak}", "Inwoner mailt over een afspraak.", True),
    (CHANNEL_PORTAL, 2, "Bericht over {zaak}", "Bericht via de berichtenbox verstuurd.", False),
)
_TASKS = (
    "Terugbellen over de voortgang",
    "Aanvullende stukken beoordelen",
    "Verslag van het huisbezoek uitwerken",
    "Afspraak voor evaluatie inplannen",
    "Zorgaanbieder vragen om startdatum",
)


@dataclass
class _Partij:
    key: str
    betrokkenen: list[Doc]
    digitale_adressen: list[Doc]


class ContactWriter:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.demo_overdue = False

    def client(self, client: Client) -> None:
        partij = _Partij(self.ctx.new_uuid(), [], [])
        client.partij_url = url_of("klantinteracties/partijen", partij.key)
        partij.digitale_adressen = self.digitale_adressen(client, partij.key)
        for _ in range(self.ctx.rng.randint(2, 5) if client.demo else self.ctx.rng.randint(1, 3)):
            self.klantcontact(client, partij)
        self.ctx.put("klantinteracties/partijen", partij.key, self.partij_doc(client, partij))

    def digitale_adressen(self, client: Client, partij_key: str) -> list[Doc]:
        person = client.person
        wanted = []
        if self.ctx.chance(0.8):
            local = unicodedata.normalize("NFKD", f"{person.voornamen.split()[0]}.{person.geslachtsnaam}")
            local = "".join(c for c in local.lower() if c.isascii() and (c.isalnum() or c == "."))
            wanted.append(("email", f"{local}@example.org", "prive"))
        if self.ctx.chance(0.6):
            wanted.append(("telefoonnummer", f"06{self.ctx.rng.randint(0, 99_999_999):08d}", "mobiel"))
        refs = []
        for index, (soort, adres, omschrijving) in enumerate(wanted):
            key = self.ctx.new_uuid()
            doc = {
                "uuid": key,
                "url": url_of("klantinteracties/digitaleadressen", key),
                "verstrektDoorBetrokkene": None,
                "verstrektDoorPartij": ref("klantinteracties/partijen", partij_key),
                "adres": adres,
                "soortDigitaalAdres": soort,
                "isStandaardAdres": index == 0,
                "omschrijving": omschrijving,
                "referentie": "",
                "verificatieDatum": None,
            }
            self.ctx.put("klantinteracties/digitaleadressen", key, doc)
            refs.append(ref("klantinteracties/digitaleadressen", key))
        return refs

    def partij_doc(self, client: Client, partij: _Partij) -> Doc:
        person = client.person
        identificator_key = self.ctx.new_uuid()
        identificator = {
            "uuid": identificator_key,
            "url": url_of("klantinteracties/partij-identificatoren", identificator_key),
            "identificeerdePartij": ref("klantinteracties/partijen", partij.key),
            "anderePartijIdentificator": "",
            "partijIdentificator": {
                "codeObjecttype": "natuurlijk_persoon",
                "codeSoortObjectId": "bsn",
                "objectId": person.bsn,
                "codeRegister": "brp",
            },
            "subIdentificatorVan": None,
        }
        self.ctx.put("klantinteracties/partij-identificatoren", identificator_key, identificator)
        return partij_doc(
            partij.key,
            "persoon",
            {"contactnaam": contactnaam(client), "volledigeNaam": person.volledige_naam},
            identificatoren=[identificator],
            betrokkenen=partij.betrokkenen,
            digitale_adressen=partij.digitale_adressen,
            geheim=person.secret,
            actief=person.deceased is None,
        )

    def klantcontact(self, client: Client, partij: _Partij) -> None:
        ctx = self.ctx
        # Contacts are mostly about current zaken, and recent, so follow-up tasks fall due around today.
        zaak = ctx.pick([z for z in client.zaken if not z.plan.closed] or client.zaken)
        kanaal, _, onderwerp, inhoud, initiator = ctx.weighted([(c, c[1]) for c in _CONTACTS])
        if zaak.plan.closed:
            earliest, end = zaak.plan.start, zaak.plan.stages[-1][1]
        else:
            earliest, end = max(zaak.plan.start, ctx.today - timedelta(days=30)), ctx.today
        day = earliest + timedelta(days=ctx.rng.randint(0, max(0, (end - earliest).days - 1)))
        moment = ctx.moment(day)
        key = ctx.new_uuid()
        betrokkene = self.betrokkene(client, partij, key, initiator)
        onderwerpobject = self.onderwerpobject(key, zaak)
        actor = zaak.plan.behandelaar.actor
        self.actorklantcontact(actor, key)
        tasks = (
            self.interne_taken(client, zaak, key, moment.date())
            if ctx.chance(0.4 if client.demo else 0.25)
            else []
        )
        doc = {
            **ref("klantinteracties/klantcontacten", key),
            "gingOverOnderwerpobjecten": [onderwerpobject],
            "hadBetrokkenActoren": [actor],
            "omvatteBijlagen": [],
            "hadBetrokkenen": [betrokkene],
            "leiddeTotInterneTaken": tasks,
            "nummer": None,
            "referentienummer": None,
            "kanaal": kanaal,
            "onderwerp": onderwerp.format(zaak=zaak.plan.zaaktype.spec.omschrijving),
            "inhoud": inhoud,
            "reactie": "",
            "indicatieContactGelukt": True,
            "hoofdOnderwerpType": "",
            "verdereActieOndernomen": bool(tasks),
            "taal": "nld",
            # Home-visit notes hold what the client said at the kitchen table: internal only.
            "vertrouwelijk": kanaal == CHANNEL_HOME_VISIT and ctx.chance(0.5),
            "plaatsgevondenOp": stamp_seconds(moment),
            "metadata": {},
        }
        ctx.put("klantinteracties/klantcontacten", key, doc)
        partij.betrokkenen.append(ref("klantinteracties/betrokkenen", betrokkene["uuid"]))

    def betrokkene(self, client: Client, partij: _Partij, klantcontact: str, initiator: bool) -> Doc:
        key = self.ctx.new_uuid()
        self.ctx.put(
            "klantinteracties/betrokkenen",
            key,
            {
                **ref("klantinteracties/betrokkenen", key),
                "wasPartij": ref("klantinteracties/partijen", partij.key),
                "hadKlantcontact": ref("klantinteracties/klantcontacten", klantcontact),
                "digitaleAdressen": [],
                "bezoekadres": EMPTY_ADDRESS,
                "correspondentieadres": EMPTY_ADDRESS,
                "contactnaam": contactnaam(client),
                "volledigeNaam": client.person.volledige_naam,
                "rol": "klant",
                "organisatienaam": "",
                "initiator": initiator,
            },
        )
        return ref("klantinteracties/betrokkenen", key)

    def onderwerpobject(self, klantcontact: str, zaak: ZaakInfo) -> Doc:
        key = self.ctx.new_uuid()
        self.ctx.put(
            "klantinteracties/onderwerpobjecten",
            key,
            {
                **ref("klantinteracties/onderwerpobjecten", key),
                "klantcontact": ref("klantinteracties/klantcontacten", klantcontact),
                "wasKlantcontact": None,
                "onderwerpobjectidentificator": {
                    "objectId": zaak.identificatie,
                    "codeObjecttype": "zaak",
                    "codeRegister": "openzaak",
                    "codeSoortObjectId": "identificatie",
                },
            },
        )
        return ref("klantinteracties/onderwerpobjecten", key)

    def actorklantcontact(self, actor: Doc, klantcontact: str) -> None:
        key = self.ctx.new_uuid()
        self.ctx.put(
            "klantinteracties/actorklantcontacten",
            key,
            {
                **ref("klantinteracties/actorklantcontacten", key),
                "actor": ref("klantinteracties/actoren", actor["uuid"]),
                "klantcontact": ref("klantinteracties/klantcontacten", klantcontact),
            },
        )

    def interne_taken(self, client: Client, zaak: ZaakInfo, klantcontact: str, day: date) -> list[Doc]:
        ctx = self.ctx
        key = ctx.new_uuid()
        assigned = ctx.moment(day)
        deadline = day + timedelta(days=ctx.rng.randint(3, 14))
        # Most tasks past their deadline were done in time; the rest are the overdue ones a demo should show.
        done = zaak.plan.closed or ctx.chance(0.85 if deadline < ctx.today else 0.15)
        overdue = not done and deadline < ctx.today
        if client.demo and not self.demo_overdue and deadline < ctx.today and not zaak.plan.closed:
            overdue, done = True, False  # even a tiny demo town shows the demo user an overdue task
        self.demo_overdue |= client.demo and overdue
        last_day = min(deadline, ctx.today - timedelta(days=1))
        finished = day + timedelta(days=ctx.rng.randint(0, max(0, (last_day - day).days)))
        actor = ref("klantinteracties/actoren", zaak.plan.behandelaar.actor_uuid)
        ctx.put(
            "klantinteracties/internetaken",
            key,
            {
                **ref("klantinteracties/internetaken", key),
                "nummer": None,
                "referentienummer": None,
                "gevraagdeHandeling": ctx.pick(_TASKS),
                "aanleidinggevendKlantcontact": ref("klantinteracties/klantcontacten", klantcontact),
                "toegewezenAanActor": actor,
                "toegewezenAanActoren": [actor],
                "toelichting": f"{TASK_DEADLINE_PREFIX}{deadline.isoformat()}\nZaak {zaak.identificatie}.",
                "status": "verwerkt" if done else "te_verwerken",
                "toegewezenOp": stamp(assigned),
                "afgehandeldOp": stamp(max(ctx.moment(finished), assigned + timedelta(minutes=30)))
                if done
                else None,
            },
        )
        return [ref("klantinteracties/internetaken", key)]


def contactnaam(client: Client) -> Doc:
    person = client.person
    return {
        "voorletters": initials(person.voornamen, dotted=False)[:10],
        "voornaam": person.voornamen.split()[0],
        "voorvoegselAchternaam": person.voorvoegsel,
        "achternaam": person.geslachtsnaam,
    }


_MESSAGES = (
    ("burger", "Goedemiddag, wanneer komt de hulp voor het eerst langs?"),
    ("zorgaanbieder", "Wij kunnen volgende week dinsdagochtend starten. Past dat?"),
    ("burger", "Dinsdag is prima, dank u wel."),
    ("medewerker", "Fijn dat het geregeld is. Ik bel over zes weken om te horen hoe het gaat."),
)
_QUESTIONS = (  # a zaak without a care provider: the citizen and the caseworker
    ("burger", "Goedemorgen, ik heb de brief over mijn aanvraag gekregen. Wat moet ik nog opsturen?"),
    (
        "medewerker",
        "Goedemorgen, wilt u de loonstroken van de laatste drie maanden sturen? Dan kan ik verder.",
    ),
    ("burger", "Ik stuur ze vandaag nog op."),
)


def write_conversations(ctx: Context, org: Organisation, types: ObjectTypes, clients: list[Client]) -> None:
    """A message thread (gesprek + berichten) for every demo client with an open zaak: the citizen and the
    demo user, and the care provider when the zaak granted a provision."""
    demo_user = org.demo_user()
    for client in clients:
        zaak = next((z for z in client.zaken if not z.plan.closed), None) if client.demo else None
        if zaak is None:
            continue
        spec = zaak.plan.zaaktype.spec
        senders = {
            "burger": {"soort": "burger", "naam": client.person.volledige_naam, "ref": client.partij_url},
            "medewerker": {"soort": "medewerker", "naam": demo_user.naam, "ref": demo_user.actor["url"]},
        }
        if zaak.voorziening:
            provider = next(p for p in org.providers if p.domain == spec.domein)
            senders["zorgaanbieder"] = {
                "soort": "zorgaanbieder",
                "naam": provider.naam,
                "ref": provider.partij_url,
            }
        started = ctx.moment(zaak.plan.stages[-1][1])
        gesprek = {
            "bsn": client.person.bsn,
            "zaak": zaak.url,
            "onderwerp": f"Start {spec.product}" if zaak.voorziening else spec.omschrijving,
            "deelnemers": list(senders.values()),
            "aangemaakt_op": stamp_seconds(started),
        }
        gesprek_url = write_object(ctx, types, "gesprek", [(started.date(), gesprek)])
        messages = _MESSAGES if zaak.voorziening else _QUESTIONS
        for number, (sender, text) in enumerate(messages, start=1):
            sent = started + timedelta(minutes=40 * number)
            bericht = {
                "gesprek": gesprek_url,
                "afzender": senders[sender],
                "tekst": text,
                "verzonden_op": stamp_seconds(sent),
                "bijlagen": [],
            }
            write_object(ctx, types, "bericht", [(sent.date(), bericht)])
