"""Sending a message: validated first, then ONE local transaction with every outbox entry it consists of.

A message is up to five kinds of entry, all in the conversation's outbox record so that FIFO sends them in
order (and the messages of one conversation in the order they were written):

1. a new conversation: the `gesprek` object (OBJECT kind);
2. each attachment: a Documenten API document (DOCUMENT kind, found again by its identificatie);
3. the `bericht` object (OBJECT kind), pointing at its conversation (filled in from the entry of 1. when
   the conversation is new) and at its attachments by identificatie;
4. to or from the citizen, or a hand-off: a klantcontact (kanaal "berichtenbox"), so other systems see it;
5. a hand-off to a colleague or team: an interne taak about that klantcontact, naming the conversation.

Every entry carries `messaging: {conversation, message}` in its payload, so the pane can show the message
with the state of all its parts. Nothing here needs the network.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from caseworker.domain.bsn import InvalidBsn, normalize_bsn
from caseworker.events import EventBus
from caseworker.messaging.attachments import MAX_ATTACHMENTS, AttachmentRefused, check_size, file_format
from caseworker.messaging.local import META, pending_key
from caseworker.messaging.model import (
    BERICHT,
    BERICHT_VERSION,
    GESPREK,
    GESPREK_VERSION,
    KANAAL,
    Attachment,
    Conversation,
    Participant,
    Soort,
    attachment_data,
    stamp,
)
from caseworker.security.audit import Action, ProcessingLog
from caseworker.services.writes import HANDELING_MAX, INHOUD_MAX, ONDERWERP_MAX, TOELICHTING_MAX, InvalidInput
from caseworker.store import Store, Writer
from caseworker.store import outbox_queries as q
from caseworker.sync.outbox import Kind, changed_event, enqueue, new_op_id, reference

TEKST_MAX = 4000  # bericht.tekst in the objecttype
PURPOSE = "berichten met inwoner en betrokkenen"
_ACTOR = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.@-]{0,79}")
# Typed text only: control characters other than tab and newlines, and bidirectional overrides (which can
# make a text read differently from what it says), are refused.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")
_LOG = ProcessingLog()


@dataclass(frozen=True)
class Me:
    """The user as a sender: `actor_url` once Klantinteracties told it (messages then carry it as ref)."""

    user_id: str
    naam: str
    actor_url: str = ""

    @property
    def participant(self) -> Participant:
        return Participant(Soort.MEDEWERKER, self.naam or self.user_id, self.actor_url, self.user_id)

    @property
    def keys(self) -> dict[str, str]:
        """How a stored message names its sender when it is this user (see `model.message_row`)."""
        return {"identificatie": self.user_id, "ref": self.actor_url}


@dataclass(frozen=True)
class Documents:
    """Where attachments go: the municipality (RSIN) and the catalogus' document type for them."""

    bronorganisatie: str
    informatieobjecttype: str


@dataclass(frozen=True)
class NewAttachment:
    bestandsnaam: str
    content: bytes


@dataclass(frozen=True)
class Outgoing:
    """What the user wrote. `conversation` None starts one with `onderwerp`; `recipient` is a participant
    of the conversation or, for a hand-off, a colleague or team (`naam` = their identificatie)."""

    bsn: str
    recipient: Participant
    tekst: str
    conversation: Conversation | None = None
    onderwerp: str = ""
    attachments: tuple[NewAttachment, ...] = ()
    draft_key: str | None = None


@dataclass(frozen=True)
class Sent:
    """What `send_message` changed."""

    bsn: str
    conversation: str  # the conversation's key (new conversations: "op:<op_id>")
    message: str  # the message's key while it waits: "op:<op_id>"
    op_ids: frozenset[str]


# -- validation -----------------------------------------------------------------------------------------


def plain_text(label: str, value: str, limit: int) -> str:
    text = value.strip()
    if not text:
        raise InvalidInput(f"Vul {label} in.")
    if len(text) > limit:
        raise InvalidInput(f"{label.capitalize()} is te lang: {len(text)} tekens, hoogstens {limit}.")
    if _CONTROL.search(text):
        raise InvalidInput(f"{label.capitalize()} bevat tekens die niet in een tekst horen.")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidInput(f"{label.capitalize()} bevat ongeldige tekens.") from None
    return text


def _bsn(text: str) -> str:
    try:
        return normalize_bsn(text)
    except InvalidBsn as exc:
        raise InvalidInput(str(exc)) from None


def _recipient(outgoing: Outgoing) -> Participant:
    recipient = outgoing.recipient
    if recipient.soort.internal:
        if not _ACTOR.fullmatch(recipient.identificatie):
            raise InvalidInput("Kies de collega of het team aan wie u het gesprek overdraagt.")
        return recipient
    if outgoing.conversation is not None and recipient not in outgoing.conversation.deelnemers:
        raise InvalidInput("Deze ontvanger neemt niet deel aan het gesprek. Kies een andere.")
    return recipient


def _attachments(items: Sequence[NewAttachment]) -> list[tuple[NewAttachment, str]]:
    if len(items) > MAX_ATTACHMENTS:
        raise AttachmentRefused(f"Een bericht kan hoogstens {MAX_ATTACHMENTS} bijlagen hebben.")
    checked = []
    for item in items:
        formaat = file_format(item.bestandsnaam)
        check_size(item.bestandsnaam, len(item.content))
        checked.append((item, formaat))
    return checked


def shortened(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# -- the use case ---------------------------------------------------------------------------------------


def send_message(
    store: Store,
    outgoing: Outgoing,
    *,
    me: Me,
    documents: Documents,
    now: datetime,
    events: EventBus | None = None,
) -> Sent:
    """Queue a message (and what belongs to it) for sending; blocks (SQLite), never needs the network.

    InvalidInput or AttachmentRefused (KnownErrors, in Dutch) when it cannot go; nothing is written then,
    so the draft the text came from stays."""
    bsn = _bsn(outgoing.bsn)
    tekst = plain_text("het bericht", outgoing.tekst, TEKST_MAX)
    recipient = _recipient(outgoing)
    attachments = _attachments(outgoing.attachments)
    onderwerp = (
        outgoing.conversation.onderwerp
        if outgoing.conversation
        else plain_text("het onderwerp", outgoing.onderwerp, ONDERWERP_MAX)
    )
    with store.write() as writer:
        plan = _Plan(writer, bsn, me, now, outgoing.conversation)
        plan.conversation_entry(onderwerp, recipient)
        bijlagen = [plan.document(item, formaat, documents) for item, formaat in attachments]
        plan.bericht(recipient, tekst, bijlagen)
        if recipient.soort is Soort.BURGER or recipient.soort.internal:
            contact = plan.klantcontact(store, onderwerp, tekst, internal=recipient.soort.internal)
            if recipient.soort.internal:
                plan.hand_off(contact, recipient, onderwerp, tekst)
        _LOG.append(
            writer,
            user=me.user_id,
            action=Action.WIJZIGEN,
            subject_bsn=bsn,
            purpose=PURPOSE,
            result="bericht verstuurd",
            now=now,
        )
        if outgoing.draft_key is not None:
            q.delete_draft(writer, outgoing.draft_key)
    if events is not None:
        events.emit(changed_event(store))
    return Sent(bsn, plan.key, pending_key(plan.message), frozenset(plan.op_ids))


class _Plan:
    """The entries of one message, written into one transaction in FIFO order."""

    def __init__(
        self, writer: Writer, bsn: str, me: Me, now: datetime, conversation: Conversation | None
    ) -> None:
        self.writer, self.bsn, self.me, self.now = writer, bsn, me, now
        self.conversation = conversation
        self.message = new_op_id()
        self.op_ids: list[str] = []
        self.gesprek_op: str | None = None
        if conversation is None:
            self.gesprek_op = new_op_id()
            self.key = pending_key(self.gesprek_op)
        else:
            self.key = conversation.key
            if conversation.key.startswith("op:"):  # a conversation still in the outbox
                self.gesprek_op = conversation.key.removeprefix("op:")
        # One record per conversation (named after its first key, so it stays the same once sent).
        origin = conversation.client_op_id if conversation and conversation.client_op_id else None
        self.record_key = f"gesprek:{pending_key(origin) if origin else self.key}"

    def _enqueue(self, kind: Kind, payload: dict[str, Any], op_id: str | None = None) -> str:
        meta = {META: {"conversation": self.key, "message": self.message}}
        op_id = enqueue(
            self.writer,
            kind=kind,
            record_key=self.record_key,
            bsn=self.bsn,
            payload={**payload, **meta},
            now=self.now,
            op_id=op_id,
        )
        self.op_ids.append(op_id)
        return op_id

    def conversation_entry(self, onderwerp: str, recipient: Participant) -> None:
        if self.conversation is not None:
            return
        assert self.gesprek_op is not None
        deelnemers = [self.me.participant, recipient]
        data = {
            "bsn": self.bsn,
            "onderwerp": onderwerp,
            "deelnemers": [p.as_data() for p in deelnemers],
            "aangemaakt_op": stamp(self.now),
        }
        payload = {"objecttype": GESPREK, "version": GESPREK_VERSION, "data": data}
        self._enqueue(Kind.OBJECT, payload, op_id=self.gesprek_op)

    def document(self, item: NewAttachment, formaat: str, documents: Documents) -> Attachment:
        op_id = new_op_id()
        zaak_url = self.conversation.zaak_url if self.conversation else None
        payload = {
            "titel": shortened(item.bestandsnaam, 200),
            "bestandsnaam": item.bestandsnaam,
            "formaat": formaat,
            "content_b64": base64.b64encode(item.content).decode("ascii"),
            "informatieobjecttype": documents.informatieobjecttype,
            "bronorganisatie": documents.bronorganisatie,
            "auteur": self.me.naam or self.me.user_id,
            **({"zaak_url": zaak_url} if zaak_url else {}),
        }
        self._enqueue(Kind.DOCUMENT, payload, op_id=op_id)
        # The DOCUMENT kind creates the document with this identificatie (idempotent replays look it up
        # by it), so the bericht can point at it before the document exists.
        identificatie = f"KT-{reference(op_id)}"
        return Attachment(item.bestandsnaam, formaat, identificatie, documents.bronorganisatie)

    def bericht(self, recipient: Participant, tekst: str, bijlagen: list[Attachment]) -> None:
        data: dict[str, Any] = {
            "bsn": self.bsn,
            "afzender": self.me.participant.as_data(),
            "ontvanger": recipient.as_data(),
            "tekst": tekst,
            "verzonden_op": stamp(self.now),
            "bijlagen": [attachment_data(b) for b in bijlagen],
        }
        payload: dict[str, Any] = {"objecttype": BERICHT, "version": BERICHT_VERSION, "data": data}
        if self.gesprek_op is not None:
            payload |= {"depends_on": self.gesprek_op, "dependency_field": "gesprek"}
        else:
            data["gesprek"] = self.key
        self._enqueue(Kind.OBJECT, payload, op_id=self.message)

    def klantcontact(self, store: Store, onderwerp: str, tekst: str, *, internal: bool) -> str:
        person = store.person(self.bsn)
        names = (
            {
                "voornaam": person.voornamen,
                "voorvoegsel": person.voorvoegsel,
                "achternaam": person.geslachtsnaam,
            }
            if person
            else {"voornaam": "", "voorvoegsel": "", "achternaam": ""}
        )
        prefix = "Overdracht gesprek" if internal else "Bericht"
        payload = {
            "kanaal": KANAAL,
            "onderwerp": shortened(f"{prefix}: {onderwerp}", ONDERWERP_MAX),
            "inhoud": shortened(tekst, INHOUD_MAX),
            "zaak_identificatie": None,
            "gelukt": True,
            "vertrouwelijk": internal,  # a hand-off note is for colleagues, not for the citizen's file
            "plaatsgevonden_op": self.now.astimezone(UTC).isoformat(),
            "partij": names,
        }
        return self._enqueue(Kind.KLANTCONTACT, payload)

    def hand_off(self, contact_op: str, colleague: Participant, onderwerp: str, tekst: str) -> None:
        where = (
            f"Gesprek: {self.key}"
            if self.gesprek_op is None
            else f"Gesprek (client_op_id): {self.gesprek_op}"  # the gesprek object carries this id
        )
        payload = {
            "actor": colleague.identificatie,
            "actor_naam": colleague.naam,
            "gevraagde_handeling": shortened(f"Gesprek overnemen: {onderwerp}", HANDELING_MAX),
            "toelichting": shortened(f"{where}\n{tekst}", TOELICHTING_MAX),
            "depends_on": contact_op,
        }
        self._enqueue(Kind.INTERNETAAK, payload)
