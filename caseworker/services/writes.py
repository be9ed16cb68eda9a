"""The write use cases: register a contact, create / complete / hand over a task, take clients along,
purge the cache, and autosave drafts.

Every function validates all of its input first (a refusal is `InvalidInput`, a KnownError with a Dutch
message, and writes nothing), then writes in ONE local transaction: the outbox entry (the pending record the
views show), the processing-log entry (action `wijzigen`) and, where given, the removal of the draft the
text came from. The server is reached later by the outbox (`caseworker.sync.outbox`), so every use case
works offline. Each returns `Changes` (STYLE practice 2) and emits `OutboxChanged` on `events` when the
outbox changed.

All functions block (SQLite with synchronous=FULL): the UI calls them in an executor, never on the loop.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection

from caseworker.domain.bsn import InvalidBsn, normalize_bsn
from caseworker.domain.client import TASK_DEADLINE_PREFIX
from caseworker.errors import KnownError
from caseworker.events import EventBus
from caseworker.security.audit import Action, ProcessingLog
from caseworker.store import RETENTION_DAYS, ScopeKind, Store, Writer
from caseworker.store import outbox_queries as q
from caseworker.sync.outbox import Kind, Outbox, State, changed_event, enqueue, new_op_id

KANALEN = ("telefoon", "balie", "huisbezoek", "e-mail", "brief", "berichtenbox")
ONDERWERP_MAX = 200
# Klantinteracties 0.9 limits `klantcontact.inhoud` to 1000 characters: a longer text would be refused
# by the server hours later, when the citizen has gone, so it is refused here while the user still types.
INHOUD_MAX = 1000
HANDELING_MAX = 200  # internetaak.gevraagdeHandeling
TOELICHTING_MAX = 1000  # internetaak.toelichting, deadline line included
DRAFT_MAX = 100_000  # characters of a draft's JSON: far above any form, far below trouble
TAKE_ALONG_MAX_DAYS = 14
_ZAAK_IDENTIFICATIE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,39}")
_ACTOR = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.@-]{0,79}")
# Control characters other than tab and newlines have no place in typed text, and bidirectional
# overrides can make a text read differently from what it says.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")

PURPOSE_CONTACT = "klantcontact registreren"
PURPOSE_TASK = "taak voor een klant"
_LOG = ProcessingLog()


class InvalidInput(KnownError):
    """The user's input cannot be used; nothing was written."""


@dataclass(frozen=True)
class Changes:
    """What a use case changed, so each view refreshes only what it must."""

    bsns: frozenset[str] = frozenset()  # clients whose view changed
    sections: frozenset[str] = frozenset()  # client-view sections: klantcontacten, internetaken, scope, …
    op_ids: frozenset[str] = frozenset()  # new or changed outbox entries
    removed_clients: int = 0  # clients purged from the cache


@dataclass(frozen=True)
class FollowUp:
    """A task for a colleague or team, created with a contact."""

    actor: str  # the actor's identificatie (actoridentificator objectId), e.g. "wt-noord"
    gevraagde_handeling: str
    toelichting: str = ""
    due: date | None = None


@dataclass(frozen=True)
class Draft:
    key: str
    bsn: str | None
    content: dict[str, Any]
    updated_at: datetime


# -- validation -----------------------------------------------------------------------------------------


def _bsn(text: str) -> str:
    try:
        return normalize_bsn(text)
    except InvalidBsn as exc:
        raise InvalidInput(str(exc)) from None


def _text(label: str, value: str, limit: int, *, required: bool = True) -> str:
    text = value.strip()
    if required and not text:
        raise InvalidInput(f"Vul {label} in.")
    if len(text) > limit:
        raise InvalidInput(f"{label.capitalize()} is te lang: {len(text)} tekens, hoogstens {limit}.")
    if _CONTROL.search(text):
        raise InvalidInput(f"{label.capitalize()} bevat tekens die niet in een tekst horen.")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates: not text at all
        raise InvalidInput(f"{label.capitalize()} bevat ongeldige tekens.") from None
    return text


def _kanaal(value: str) -> str:
    if value not in KANALEN:
        raise InvalidInput(f"Kies een kanaal: {', '.join(KANALEN)}.")
    return value


def _pattern(label: str, value: str, pattern: re.Pattern[str]) -> str:
    if not pattern.fullmatch(value):
        raise InvalidInput(f"{label.capitalize()} '{value[:40]}' is geen geldige code.")
    return value


def _contact_fields(
    kanaal: str,
    onderwerp: str,
    inhoud: str,
    zaak_identificatie: str | None,
    gelukt: bool,
    vertrouwelijk: bool,
) -> dict[str, Any]:
    """The validated fields of a contact moment the user enters (on registration and on an edit)."""
    return {
        "kanaal": _kanaal(kanaal),
        "onderwerp": _text("het onderwerp", onderwerp, ONDERWERP_MAX),
        "inhoud": _text("de inhoud", inhoud, INHOUD_MAX),
        "zaak_identificatie": (
            _pattern("het zaaknummer", zaak_identificatie, _ZAAK_IDENTIFICATIE)
            if zaak_identificatie
            else None
        ),
        "gelukt": bool(gelukt),
        "vertrouwelijk": bool(vertrouwelijk),
    }


def _follow_up(follow_up: FollowUp) -> dict[str, Any]:
    """The validated fields of a task as the outbox payload holds them."""
    lines = [f"{TASK_DEADLINE_PREFIX}{follow_up.due.isoformat()}"] if follow_up.due else []
    toelichting = _text("de toelichting", follow_up.toelichting, TOELICHTING_MAX, required=False)
    return {
        "actor": _pattern("de collega of het team", follow_up.actor, _ACTOR),
        "gevraagde_handeling": _text("de gevraagde handeling", follow_up.gevraagde_handeling, HANDELING_MAX),
        "toelichting": _text(
            "de toelichting", "\n".join([*lines, toelichting]), TOELICHTING_MAX, required=False
        ),
    }


# -- shared steps ---------------------------------------------------------------------------------------


def _log(writer: Writer, *, user: str, bsn: str, purpose: str, result: str, now: datetime) -> None:
    _LOG.append(
        writer, user=user, action=Action.WIJZIGEN, subject_bsn=bsn, purpose=purpose, result=result, now=now
    )


def _emit(store: Store, events: EventBus | None) -> None:
    if events is not None:
        events.emit(changed_event(store))


def _enqueue_task(
    writer: Writer, *, bsn: str, task: dict[str, Any], contact: dict[str, Any], now: datetime
) -> str:
    """A task entry: about a contact on the server (`klantcontact_uuid`) or one still in the outbox
    (`depends_on` its op_id, in the same record so that FIFO sends the contact first)."""
    op_id = new_op_id()
    record_key = contact.pop("record_key", None) or f"internetaak:{op_id}"
    enqueue(
        writer,
        kind=Kind.INTERNETAAK,
        record_key=record_key,
        bsn=bsn,
        payload={**task, **contact},
        now=now,
        op_id=op_id,
    )
    return op_id


# -- contacts and tasks ---------------------------------------------------------------------------------


def register_contact(
    store: Store,
    *,
    user: str,
    bsn: str,
    kanaal: str,
    onderwerp: str,
    inhoud: str,
    zaak_identificatie: str | None = None,
    gelukt: bool = True,
    vertrouwelijk: bool = False,
    follow_up: FollowUp | None = None,
    now: datetime,
    purpose: str = PURPOSE_CONTACT,
    draft_key: str | None = None,
    events: EventBus | None = None,
) -> Changes:
    """A contact moment with the citizen (and optionally a follow-up task), pending until sent.

    `draft_key`: the autosaved draft the text came from, removed in the same transaction.
    """
    bsn = _bsn(bsn)
    payload: dict[str, Any] = {
        **_contact_fields(kanaal, onderwerp, inhoud, zaak_identificatie, gelukt, vertrouwelijk),
        "plaatsgevonden_op": now.astimezone(UTC).isoformat(),
        "partij": _partij_names(store, bsn),
    }
    task = _follow_up(follow_up) if follow_up else None
    op_id = new_op_id()
    record_key = f"klantcontact:{op_id}"
    with store.write() as writer:
        enqueue(
            writer,
            kind=Kind.KLANTCONTACT,
            record_key=record_key,
            bsn=bsn,
            payload=payload,
            now=now,
            op_id=op_id,
        )
        op_ids = {op_id}
        if task is not None:
            contact = {"depends_on": op_id, "record_key": record_key}
            op_ids.add(_enqueue_task(writer, bsn=bsn, task=task, contact=contact, now=now))
        _log(writer, user=user, bsn=bsn, purpose=purpose, result="klantcontact vastgelegd", now=now)
        if draft_key is not None:
            q.delete_draft(writer, draft_key)
    _emit(store, events)
    sections = {"klantcontacten", "internetaken"} if task else {"klantcontacten"}
    return Changes(bsns=frozenset({bsn}), sections=frozenset(sections), op_ids=frozenset(op_ids))


def edit_contact(
    store: Store,
    outbox: Outbox,
    op_id: str,
    *,
    user: str,
    kanaal: str,
    onderwerp: str,
    inhoud: str,
    zaak_identificatie: str | None = None,
    gelukt: bool = True,
    vertrouwelijk: bool = False,
    now: datetime,
    purpose: str = PURPOSE_CONTACT,
    events: EventBus | None = None,
) -> Changes:
    """Change a contact moment no server has yet (the form submitted again), validated exactly as
    `register_contact` validates it; `Outbox.edit` refuses it once it may have reached the server."""
    changes = _contact_fields(kanaal, onderwerp, inhoud, zaak_identificatie, gelukt, vertrouwelijk)
    return _edit(store, outbox, op_id, Kind.KLANTCONTACT, changes, user, now, purpose, events)


def edit_task(
    store: Store,
    outbox: Outbox,
    op_id: str,
    follow_up: FollowUp,
    *,
    user: str,
    now: datetime,
    purpose: str = PURPOSE_TASK,
    events: EventBus | None = None,
) -> Changes:
    """Change a new task no server has yet, validated exactly as a follow-up task is on creation."""
    return _edit(store, outbox, op_id, Kind.INTERNETAAK, _follow_up(follow_up), user, now, purpose, events)


def _edit(
    store: Store,
    outbox: Outbox,
    op_id: str,
    kind: Kind,
    changes: dict[str, Any],
    user: str,
    now: datetime,
    purpose: str,
    events: EventBus | None,
) -> Changes:
    with q.reading(store) as conn:
        entry = q.entry(conn, op_id)
    if entry is None or entry.kind != kind or entry.bsn is None:
        raise InvalidInput("Deze wijziging bestaat niet (meer) of is van een andere soort.")
    outbox.edit(op_id, changes)
    with store.write() as writer:
        _log(writer, user=user, bsn=entry.bsn, purpose=purpose, result=f"{kind.value} aangepast", now=now)
    _emit(store, events)
    section = "klantcontacten" if kind is Kind.KLANTCONTACT else "internetaken"
    return Changes(bsns=frozenset({entry.bsn}), sections=frozenset({section}), op_ids=frozenset({op_id}))


def _partij_names(store: Store, bsn: str) -> dict[str, str]:
    """The citizen's name from the cache, for a partij the outbox may have to create."""
    person = store.person(bsn)
    if person is None:
        return {"voornaam": "", "voorvoegsel": "", "achternaam": ""}
    return {
        "voornaam": person.voornamen,
        "voorvoegsel": person.voorvoegsel,
        "achternaam": person.geslachtsnaam,
    }


def create_task(
    store: Store,
    *,
    user: str,
    bsn: str,
    follow_up: FollowUp,
    klantcontact_uuid: str | None = None,
    contact_op_id: str | None = None,
    now: datetime,
    purpose: str = PURPOSE_TASK,
    events: EventBus | None = None,
) -> Changes:
    """A task about a contact: one on the server (`klantcontact_uuid`) or one registered here
    (`contact_op_id`), which may still be waiting in the outbox."""
    bsn = _bsn(bsn)
    task = _follow_up(follow_up)
    if (klantcontact_uuid is None) == (contact_op_id is None):
        raise InvalidInput("Kies het klantcontact waar de taak bij hoort.")
    with store.write() as writer:
        contact = _contact_ref(writer, klantcontact_uuid, contact_op_id)
        op_id = _enqueue_task(writer, bsn=bsn, task=task, contact=contact, now=now)
        _log(writer, user=user, bsn=bsn, purpose=purpose, result="taak aangemaakt", now=now)
    _emit(store, events)
    return Changes(bsns=frozenset({bsn}), sections=frozenset({"internetaken"}), op_ids=frozenset({op_id}))


def _contact_ref(writer: Writer, klantcontact_uuid: str | None, contact_op_id: str | None) -> dict[str, Any]:
    if klantcontact_uuid is not None:
        return {"klantcontact_uuid": klantcontact_uuid}
    assert contact_op_id is not None
    entry = q.entry(q.connection(writer), contact_op_id)
    if entry is None or entry.kind != Kind.KLANTCONTACT:
        raise InvalidInput("Dit klantcontact is niet gevonden. Kies het opnieuw.")
    if entry.state == State.SENT and entry.result_url:
        return {"klantcontact_uuid": entry.result_url.rstrip("/").rsplit("/", 1)[-1]}
    return {"depends_on": entry.op_id, "record_key": entry.record_key}


def complete_task(
    store: Store,
    *,
    user: str,
    bsn: str,
    taak_url: str | None = None,
    task_op_id: str | None = None,
    now: datetime,
    purpose: str = PURPOSE_TASK,
    events: EventBus | None = None,
) -> Changes:
    """Mark a task done (`status: verwerkt`): one on the server (`taak_url`) or one created here."""
    return _change_task(
        store,
        kind=Kind.INTERNETAAK_STATUS,
        changes={"status": "verwerkt"},
        user=user,
        bsn=bsn,
        taak_url=taak_url,
        task_op_id=task_op_id,
        now=now,
        purpose=purpose,
        result="taak afgerond",
        events=events,
    )


def hand_over_task(
    store: Store,
    *,
    user: str,
    bsn: str,
    actor: str,
    taak_url: str | None = None,
    task_op_id: str | None = None,
    now: datetime,
    purpose: str = PURPOSE_TASK,
    events: EventBus | None = None,
) -> Changes:
    """Hand a task over to another colleague or team (`actor`: their identificatie)."""
    return _change_task(
        store,
        kind=Kind.INTERNETAAK_OVERDRACHT,
        changes={"toegewezenAanActoren": [_pattern("de collega of het team", actor, _ACTOR)]},
        user=user,
        bsn=bsn,
        taak_url=taak_url,
        task_op_id=task_op_id,
        now=now,
        purpose=purpose,
        result="taak overgedragen",
        events=events,
    )


def _change_task(
    store: Store,
    *,
    kind: Kind,
    changes: dict[str, Any],
    user: str,
    bsn: str,
    taak_url: str | None,
    task_op_id: str | None,
    now: datetime,
    purpose: str,
    result: str,
    events: EventBus | None,
) -> Changes:
    """An edit of a task, with the version it is based on (the cached document) for the conflict check."""
    bsn = _bsn(bsn)
    if (taak_url is None) == (task_op_id is None):
        raise InvalidInput("Kies de taak die u wilt wijzigen.")
    with store.write() as writer:
        conn = q.connection(writer)
        target = _task_ref(conn, taak_url, task_op_id)
        url = target.get("url")
        base = q.raw_document(conn, url) if url else None
        op_id = enqueue(
            writer,
            kind=kind,
            record_key=target.pop("record_key"),
            bsn=bsn,
            payload={**target, "changes": changes},
            base=base,
            now=now,
        )
        _log(writer, user=user, bsn=bsn, purpose=purpose, result=result, now=now)
    _emit(store, events)
    return Changes(bsns=frozenset({bsn}), sections=frozenset({"internetaken"}), op_ids=frozenset({op_id}))


def _task_ref(conn: Connection, taak_url: str | None, task_op_id: str | None) -> dict[str, Any]:
    if taak_url is not None:
        return {"url": taak_url, "record_key": f"internetaak:{taak_url}"}
    assert task_op_id is not None
    entry = q.entry(conn, task_op_id)
    if entry is None or entry.kind != Kind.INTERNETAAK:
        raise InvalidInput("Deze taak is niet gevonden. Kies hem opnieuw.")
    if entry.state == State.SENT and entry.result_url:
        return {"url": entry.result_url, "record_key": f"internetaak:{entry.result_url}"}
    return {"depends_on": entry.op_id, "record_key": entry.record_key}


# -- the cache ------------------------------------------------------------------------------------------


def take_along(
    store: Store, bsns: Iterable[str], until: datetime, now: datetime, max_days: int = TAKE_ALONG_MAX_DAYS
) -> Changes:
    """Keep these clients in the cache for a visit until `until` (at most `max_days` ahead)."""
    clients = frozenset(_bsn(b) for b in bsns)
    if until <= now:
        raise InvalidInput("Kies een einddatum in de toekomst.")
    if until - now > timedelta(days=max_days):
        raise InvalidInput(f"Meenemen kan voor hoogstens {max_days} dagen. Kies een eerdere einddatum.")
    for bsn in sorted(clients):
        store.set_scope(bsn, ScopeKind.TAKEN_ALONG, now=now, until=until)
    return Changes(bsns=clients, sections=frozenset({"scope"}))


def purge_expired(store: Store, now: datetime, retention_days: int = RETENTION_DAYS) -> Changes:
    """Remove the clients the cache may no longer keep (data minimisation, DESIGN §5)."""
    removed = store.purge_expired(now, retention_days)
    return Changes(sections=frozenset({"cache"}), removed_clients=removed)


# -- drafts ---------------------------------------------------------------------------------------------


def save_draft(store: Store, key: str, bsn: str | None, content: Mapping[str, Any], now: datetime) -> Changes:
    """Autosave what the user is typing (called every few seconds): it survives a crash or a lock."""
    client = _bsn(bsn) if bsn is not None else None
    if len(q.dumps(dict(content))) > DRAFT_MAX:
        raise InvalidInput("Dit concept is te groot om te bewaren. Maak de tekst korter.")
    with store.write() as writer:
        q.save_draft(writer, key, client, dict(content), now)
    return Changes(bsns=frozenset({client}) if client else frozenset(), sections=frozenset({"drafts"}))


def load_draft(store: Store, key: str) -> Draft | None:
    with q.reading(store) as conn:
        row = q.draft(conn, key)
    if row is None:
        return None
    return Draft(
        key=row["key"], bsn=row["bsn"], content=json.loads(row["content"]), updated_at=row["updated_at"]
    )


def discard_draft(store: Store, key: str) -> Changes:
    with store.write() as writer:
        q.delete_draft(writer, key)
    return Changes(sections=frozenset({"drafts"}))
