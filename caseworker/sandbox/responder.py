"""The demo's other side of a conversation: plays the citizen (through the portal) or the care provider.

When a caseworker's `bericht` object is created in a conversation, the responder answers after a short
delay with a plausible Dutch plain-text reply, now and then with a small PDF, as the recipient the message
was addressed to (the citizen when it names none). Like a portal, it registers a citizen's reply as a
klantcontact (kanaal "berichtenbox") with the citizen's partij. It talks to the sandbox over HTTP with the
demo credentials, as any outside system would, so its writes pass the same validation and faults.

Deterministic for a seed and a sequence of messages: every draw comes from one seeded generator, in the
order the messages arrive. Off unless asked for (`--responder` in the CLI, `responder=` in tests).
"""

from __future__ import annotations

import base64
import logging
import random
import threading
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import httpx

from caseworker.sandbox import credentials
from caseworker.sandbox.auth import make_zgw_token
from caseworker.sandbox.demo import CHANNEL_PORTAL, RSIN
from caseworker.sandbox.generate.pdf import make_pdf
from caseworker.sandbox.klanten import KLANTINTERACTIES
from caseworker.sandbox.objects import OBJECTS
from caseworker.sandbox.zgw import CATALOGI, DOCUMENTEN

log = logging.getLogger(__name__)

BERICHT_VERSION = 2
_CASEWORKER = ("medewerker", "team")
_REPLIES = {
    "burger": (
        "Dank u wel voor uw bericht. Ik heb het gelezen en kom er morgen op terug.",
        "Dat is goed. Kunt u mij laten weten wanneer iemand langskomt?",
        "Fijn, dank u. Ik stuur de gevraagde gegevens mee.",
        "Ik begrijp het. Mag mijn dochter bij het gesprek zijn?",
        "Dinsdag of donderdag komt mij het beste uit, liefst in de ochtend.",
    ),
    "zorgaanbieder": (
        "Bedankt voor de aanvraag. Wij plannen de intake binnen twee weken in.",
        "Wij hebben de cliënt gesproken; het verslag volgt in de bijlage.",
        "De begeleiding kan volgende week starten. Graag uw akkoord.",
        "We zien dat de indicatie bijna afloopt. Zullen we een evaluatie plannen?",
    ),
}
_ATTACHMENT_TITLES = {"burger": "Gegevens inwoner", "zorgaanbieder": "Verslag zorgaanbieder"}


@dataclass(frozen=True)
class Reply:
    """What the responder decided for one message (all random draws made at once, in arrival order)."""

    delay: float
    tekst: str
    attachment: bool


class Responder:
    def __init__(
        self, *, delay: tuple[float, float] = (2.0, 5.0), seed: int = 1, attachment_rate: float = 0.3
    ) -> None:
        self.delay = delay
        self.attachment_rate = attachment_rate
        self._rng = random.Random(seed)  # noqa: S311 - reproducible demo behaviour, not secrets
        self._lock = threading.Lock()
        self._timers: set[threading.Timer] = set()
        self._base_url: str | None = None
        self._stopped = False
        self.replies = 0  # replies written (tests wait on the server's objects instead)

    def bind(self, base_url: str) -> None:
        """The sandbox's own address, known once it listens."""
        self._base_url = base_url

    def object_created(self, document: dict[str, Any]) -> None:
        """Called by the sandbox for every object created over HTTP (in a request thread: never blocks)."""
        data = (document.get("record") or {}).get("data") or {}
        sender = (data.get("afzender") or {}).get("soort")
        if "gesprek" not in data or sender not in _CASEWORKER:
            return
        who = (data.get("ontvanger") or {}).get("soort", "burger")
        if who not in _REPLIES:
            return  # a hand-off between colleagues: nobody outside answers that
        with self._lock:
            if self._stopped:
                return
            reply = Reply(
                self._rng.uniform(*self.delay),
                self._rng.choice(_REPLIES[who]),
                self._rng.random() < self.attachment_rate,
            )
            timer = threading.Timer(reply.delay, self._answer, args=(data, who, reply))
            timer.daemon = True
            self._timers.add(timer)
        timer.start()

    def stop(self) -> None:
        with self._lock:
            self._stopped = True
            timers, self._timers = self._timers, set()
        for timer in timers:
            timer.cancel()

    def _answer(self, data: dict[str, Any], who: str, reply: Reply) -> None:
        with self._lock:
            self._timers = {t for t in self._timers if t is not threading.current_thread()}
        if self._base_url is None or self._stopped:
            return
        try:
            with httpx.Client(base_url=self._base_url, timeout=10) as client:
                _Conversation(client, data, who).answer(reply)
            self.replies += 1
        except (httpx.HTTPError, KeyError, ValueError) as exc:
            # The demo goes on without this reply; the caseworker's message itself was stored.
            log.warning("responder could not answer: %s", type(exc).__name__)


class _Conversation:
    """One reply, written over HTTP: optional document, the bericht, and for a citizen the klantcontact."""

    def __init__(self, client: httpx.Client, data: dict[str, Any], who: str) -> None:
        self.client = client
        self.data = data
        self.who = who
        self.token = {"Authorization": f"Token {credentials.api_token()}"}

    def _zgw(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {make_zgw_token(user_id='portaal', user_representation='Portaal')}"}

    def _json(self, response: httpx.Response) -> Any:
        response.raise_for_status()
        return response.json()

    def answer(self, reply: Reply) -> None:
        gesprek = self._json(self.client.get(self.data["gesprek"], headers=self.token))["record"]["data"]
        sender = next(p for p in gesprek["deelnemers"] if p["soort"] == self.who)
        now = datetime.now(UTC)
        bijlagen = [self._document(sender, now)] if reply.attachment else []
        bericht = {
            "gesprek": self.data["gesprek"],
            "bsn": gesprek["bsn"],
            "afzender": sender,
            "ontvanger": self.data["afzender"],
            "tekst": reply.tekst,
            "verzonden_op": now.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "bijlagen": bijlagen,
        }
        self._create_object(bericht, now.date())
        if self.who == "burger":
            self._klantcontact(gesprek, reply.tekst, now)

    def _create_object(self, data: dict[str, Any], today: date) -> None:
        types = self._json(self.client.get(f"{OBJECTS.base}/objecttypes", headers=self.token))["results"]
        type_url = next(t["url"] for t in types if t["name"] == "bericht")
        body = {
            "type": type_url,
            "record": {"typeVersion": BERICHT_VERSION, "data": data, "startAt": str(today)},
        }
        headers = {**self.token, "Content-Crs": "EPSG:4326"}
        self._json(self.client.post(f"{OBJECTS.base}/objects", json=body, headers=headers))

    def _document(self, sender: dict[str, Any], now: datetime) -> dict[str, str]:
        kinds = self._json(self.client.get(f"{CATALOGI.base}/informatieobjecttypen", headers=self._zgw()))
        title = _ATTACHMENT_TITLES[self.who]
        identificatie = f"PORTAAL-{uuid.uuid4().hex[:12].upper()}"
        bestandsnaam = f"{title.lower().replace(' ', '-')}.pdf"
        pdf = make_pdf(title, [f"Van: {sender['naam']}", f"Datum: {now:%d-%m-%Y}", "Voorbeeldstad (fictief)"])
        body = {
            "identificatie": identificatie,
            "bronorganisatie": RSIN,
            "creatiedatum": now.date().isoformat(),
            "titel": title,
            "auteur": sender["naam"],
            "taal": "nld",
            "informatieobjecttype": kinds["results"][0]["url"],
            "vertrouwelijkheidaanduiding": "vertrouwelijk",
            "bestandsnaam": bestandsnaam,
            "formaat": "application/pdf",
            "inhoud": base64.b64encode(pdf).decode("ascii"),
            "bestandsomvang": len(pdf),
        }
        created = self._json(
            self.client.post(
                f"{DOCUMENTEN.base}/enkelvoudiginformatieobjecten", json=body, headers=self._zgw()
            )
        )
        return {
            "identificatie": identificatie,
            "bronorganisatie": RSIN,
            "bestandsnaam": bestandsnaam,
            "formaat": "application/pdf",
            "url": created["url"],
        }

    def _klantcontact(self, gesprek: dict[str, Any], tekst: str, now: datetime) -> None:
        """As the portal does: the citizen's message is a contact with the municipality."""
        params = {
            "partijIdentificator__objectId": gesprek["bsn"],
            "partijIdentificator__codeSoortObjectId": "bsn",
        }
        partijen = self._json(
            self.client.get(f"{KLANTINTERACTIES.base}/partijen", params=params, headers=self.token)
        )["results"]
        if not partijen:
            return  # a citizen without a partij: the portal would create one; the demo has one for each
        body = {
            "klantcontact": {
                "kanaal": CHANNEL_PORTAL,
                "onderwerp": f"Bericht: {gesprek['onderwerp']}"[:200],
                "inhoud": tekst[:1000],
                "indicatieContactGelukt": True,
                "taal": "nld",
                "vertrouwelijk": False,
                "plaatsgevondenOp": now.strftime("%Y-%m-%dT%H:%M:%SZ"),
            },
            "betrokkene": {"wasPartij": {"uuid": partijen[0]["uuid"]}, "rol": "klant", "initiator": True},
        }
        self._json(
            self.client.post(f"{KLANTINTERACTIES.base}/maak-klantcontact", json=body, headers=self.token)
        )
