"""What the messaging pane shows: conversations (`gesprek` objects), their messages (`bericht` objects) and
the state of the user's own messages on their way to the server (DESIGN §9).

Objects of both versions of the project objecttypes are read (resources/objecttypes/): version 1 as the
demo municipality seeds them, version 2 as this client writes them (with the BSN, the recipient and
attachments pointed at by their document identificatie).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

GESPREK = "gesprek"
BERICHT = "bericht"
GESPREK_VERSION = 2
BERICHT_VERSION = 2
KANAAL = "berichtenbox"  # the klantcontact channel of a message to or from the citizen


class Soort(StrEnum):
    """Who takes part: the citizen (portal), a care provider, a colleague or a team."""

    BURGER = "burger"
    ZORGAANBIEDER = "zorgaanbieder"
    MEDEWERKER = "medewerker"
    TEAM = "team"

    @property
    def internal(self) -> bool:
        return self in (Soort.MEDEWERKER, Soort.TEAM)


class ConversationKind(StrEnum):
    """The outside party a conversation is with: the citizen, a care provider, or colleagues only."""

    BURGER = "burger"
    ZORGAANBIEDER = "zorgaanbieder"
    INTERN = "intern"


class Delivery(StrEnum):
    RECEIVED = "ontvangen"
    QUEUED = "wacht op verzending"
    SENT = "verzonden"
    FAILED = "mislukt"


@dataclass(frozen=True)
class Participant:
    soort: Soort
    naam: str
    ref: str = ""  # partij or actor URL, once known
    identificatie: str = ""  # a colleague's or team's actoridentificator

    def as_data(self) -> dict[str, str]:
        data = {"soort": self.soort.value, "naam": self.naam}
        return data | {k: v for k, v in (("ref", self.ref), ("identificatie", self.identificatie)) if v}


@dataclass(frozen=True)
class Attachment:
    bestandsnaam: str
    formaat: str = ""
    identificatie: str = ""
    bronorganisatie: str = ""
    url: str = ""  # the document, when the sender knew it; else found by identificatie


@dataclass(frozen=True)
class Message:
    key: str  # the object URL, or "op:<op_id>" while waiting in the outbox
    conversation: str  # the conversation's key
    bsn: str
    afzender: Participant
    ontvanger: Participant | None
    tekst: str
    verzonden_op: datetime
    bijlagen: tuple[Attachment, ...] = ()
    delivery: Delivery = Delivery.RECEIVED
    error: str = ""  # why it failed, for the user (Dutch)
    retry_op: str | None = None  # the outbox entry to retry when it failed
    unread: bool = False

    @property
    def internal(self) -> bool:
        """A remark between colleagues (hidden in presentation mode). A message without a recipient
        (objecttype version 1) is to everyone in the conversation, so not internal."""
        return self.afzender.soort.internal and self.ontvanger is not None and self.ontvanger.soort.internal


@dataclass(frozen=True)
class Conversation:
    key: str  # the gesprek URL, or "op:<op_id>" while it waits in the outbox
    bsn: str
    onderwerp: str
    deelnemers: tuple[Participant, ...]
    aangemaakt_op: datetime
    zaak_url: str | None = None
    client_op_id: str | None = None
    last_activity: datetime | None = None
    last_message: str = ""
    unread: int = 0
    pending: int = 0  # own messages not yet on the server
    failed: int = 0

    @property
    def kind(self) -> ConversationKind:
        soorten = {p.soort for p in self.deelnemers}
        if Soort.BURGER in soorten:
            return ConversationKind.BURGER
        if Soort.ZORGAANBIEDER in soorten:
            return ConversationKind.ZORGAANBIEDER
        return ConversationKind.INTERN

    @property
    def activity(self) -> datetime:
        return self.last_activity or self.aangemaakt_op

    def participant(self, soort: Soort) -> Participant | None:
        return next((p for p in self.deelnemers if p.soort is soort), None)


@dataclass(frozen=True)
class NewMessages:
    """Core event: `count` messages arrived in conversation `gesprek` of client `bsn` (by polling)."""

    bsn: str
    gesprek: str
    count: int


@dataclass(frozen=True)
class UnreadCounts:
    total: int = 0
    per_client: Mapping[str, int] = field(default_factory=dict)


# -- timestamps -----------------------------------------------------------------------------------------


def stamp(moment: datetime) -> str:
    """`verzonden_op` as version 2 writes it: UTC, whole seconds, `Z`. One format for every writer makes
    text order equal time order, which the `verzonden_op__gt__` poll filter relies on."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_stamp(text: str) -> datetime:
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


# -- object data -> rows and back -----------------------------------------------------------------------


def participant(data: Mapping[str, Any]) -> Participant:
    return Participant(
        soort=Soort(data.get("soort", Soort.MEDEWERKER)),
        naam=str(data.get("naam", "")),
        ref=str(data.get("ref", "")),
        identificatie=str(data.get("identificatie", "")),
    )


def attachment(item: Any) -> Attachment:
    """Version 1 lists document URLs, version 2 objects with the identificatie."""
    if isinstance(item, str):
        return Attachment(bestandsnaam=item.rstrip("/").rsplit("/", 1)[-1], url=item)
    return Attachment(
        bestandsnaam=str(item.get("bestandsnaam", "")),
        formaat=str(item.get("formaat", "")),
        identificatie=str(item.get("identificatie", "")),
        bronorganisatie=str(item.get("bronorganisatie", "")),
        url=str(item.get("url", "")),
    )


def attachment_data(item: Attachment) -> dict[str, str]:
    data = {"identificatie": item.identificatie, "bestandsnaam": item.bestandsnaam, "formaat": item.formaat}
    return data | {k: v for k, v in (("bronorganisatie", item.bronorganisatie), ("url", item.url)) if v}


def record_data(document: Mapping[str, Any]) -> dict[str, Any]:
    """The `record.data` of an Objects API object document."""
    data: dict[str, Any] = (document.get("record") or {}).get("data") or {}
    return data


def conversation_row(url: str, data: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "url": url,
        "bsn": str(data["bsn"]),
        "client_op_id": data.get("client_op_id"),
        "zaak_url": data.get("zaak"),
        "onderwerp": str(data.get("onderwerp", "")),
        "deelnemers": json.dumps(list(data.get("deelnemers", [])), ensure_ascii=False),
        "aangemaakt_op": parse_stamp(str(data["aangemaakt_op"])),
    }


def message_row(url: str, data: Mapping[str, Any], bsn: str, *, me: Mapping[str, str]) -> dict[str, Any]:
    """`me`: how this user appears as a sender (`identificatie`, `ref`), to tell own messages apart."""
    afzender = dict(data.get("afzender") or {})
    return {
        "url": url,
        "bsn": bsn,
        "gesprek_url": str(data["gesprek"]),
        "afzender": json.dumps(afzender, ensure_ascii=False),
        "ontvanger": json.dumps(data["ontvanger"], ensure_ascii=False) if data.get("ontvanger") else None,
        "tekst": str(data.get("tekst", "")),
        "verzonden_op": parse_stamp(str(data["verzonden_op"])),
        "bijlagen": json.dumps(list(data.get("bijlagen", [])), ensure_ascii=False),
        "from_me": is_from_me(data, me),
    }


def is_from_me(data: Mapping[str, Any], me: Mapping[str, str]) -> bool:
    afzender = data.get("afzender") or {}
    return afzender.get("soort") == Soort.MEDEWERKER and any(
        value and afzender.get(key) == value for key, value in me.items()
    )


def conversation_from_row(row: Mapping[str, Any], **extra: Any) -> Conversation:
    return Conversation(
        key=row["url"],
        bsn=row["bsn"],
        onderwerp=row["onderwerp"],
        deelnemers=tuple(participant(p) for p in json.loads(row["deelnemers"])),
        aangemaakt_op=row["aangemaakt_op"],
        zaak_url=row["zaak_url"],
        client_op_id=row["client_op_id"],
        **extra,
    )


def message_from_row(row: Mapping[str, Any], *, conversation: str, unread: bool) -> Message:
    return Message(
        key=row["url"],
        conversation=conversation,
        bsn=row["bsn"],
        afzender=participant(json.loads(row["afzender"])),
        ontvanger=participant(json.loads(row["ontvanger"])) if row["ontvanger"] else None,
        tekst=row["tekst"],
        verzonden_op=row["verzonden_op"],
        bijlagen=tuple(attachment(item) for item in json.loads(row["bijlagen"])),
        delivery=Delivery.SENT if row["from_me"] else Delivery.RECEIVED,
        unread=unread,
    )
