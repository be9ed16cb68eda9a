"""Messaging in the local cache: the projections of conversations and messages, read state per user, poll
cursors, and the user's own messages while they wait in the outbox.

Every function blocks (SQLite) and takes the connection of the caller's read or write transaction.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Table, and_, func, literal_column, select
from sqlalchemy.dialects.sqlite import insert

from caseworker.messaging.model import (
    BERICHT,
    GESPREK,
    Conversation,
    Delivery,
    Message,
    UnreadCounts,
    attachment,
    conversation_from_row,
    conversation_row,
    message_from_row,
    message_row,
    parse_stamp,
    participant,
    record_data,
)
from caseworker.store import outbox_queries as q
from caseworker.store.models import Base, ConversationRow, MessagePollRow, MessageReadRow, MessageRow
from caseworker.sync.outbox import Kind, State

OPEN_STATES = (State.PENDING, State.IN_FLIGHT, State.FAILED, State.CONFLICT)
PENDING_PREFIX = "op:"
META = "messaging"  # payload key of every outbox entry a message consists of


def _table(model: type[Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def pending_key(op_id: str) -> str:
    return f"{PENDING_PREFIX}{op_id}"


# -- projections ----------------------------------------------------------------------------------------


def save_conversation(conn: Connection, url: str, data: Mapping[str, Any]) -> None:
    row = conversation_row(url, data)
    statement = insert(_table(ConversationRow)).values(row)
    conn.execute(statement.on_conflict_do_update(index_elements=["url"], set_=row))


def save_message(
    conn: Connection, url: str, data: Mapping[str, Any], bsn: str, *, me: Mapping[str, str]
) -> bool:
    """Store a message; True when it was not known yet."""
    row = message_row(url, data, bsn, me=me)
    statement = insert(_table(MessageRow)).values(row).on_conflict_do_nothing(index_elements=["url"])
    return bool(conn.execute(statement).rowcount)


def known_conversations(conn: Connection, urls: Iterable[str]) -> set[str]:
    wanted = list(urls)
    if not wanted:
        return set()
    return set(conn.scalars(select(ConversationRow.url).where(ConversationRow.url.in_(wanted))))


def conversation_bsn(conn: Connection, url: str) -> str | None:
    return conn.scalar(select(ConversationRow.bsn).where(ConversationRow.url == url))


def absorb_sent(conn: Connection, *, me: Mapping[str, str]) -> set[str]:
    """Project the user's conversations and messages the outbox has delivered (from the object document
    the outbox stored); returns the clients whose messages changed.

    Needed because the poll cannot be relied on for them: a message written offline carries the time it
    was written, which may lie before the poll cursor by the time it reaches the server.
    """
    changed: set[str] = set()
    sent = [e for e in q.entries(conn, states=(State.SENT,), kind=Kind.OBJECT) if META in e.payload]
    known = set(conn.scalars(select(MessageRow.url))) | set(conn.scalars(select(ConversationRow.url)))
    for entry in sent:
        if entry.result_url is None or entry.result_url in known or entry.bsn is None:
            continue
        document = q.raw_document(conn, entry.result_url)
        if document is None:
            continue
        data = record_data(document)
        if entry.payload["objecttype"] == GESPREK:
            save_conversation(conn, entry.result_url, data)
        else:
            save_message(conn, entry.result_url, data, entry.bsn, me=me)
        changed.add(entry.bsn)
    return changed


# -- read state -----------------------------------------------------------------------------------------


def _unread_filter(user: str) -> Any:
    read = select(MessageReadRow.message_url).where(MessageReadRow.user == user)
    return and_(MessageRow.from_me.is_(False), MessageRow.url.not_in(read))


def mark_read(conn: Connection, user: str, gesprek_url: str, now: datetime) -> int:
    """Mark every message of the conversation read for `user`; returns how many were unread."""
    rows = conn.execute(
        select(MessageRow.url, MessageRow.bsn).where(
            MessageRow.gesprek_url == gesprek_url, _unread_filter(user)
        )
    ).all()
    if rows:
        values = [{"user": user, "message_url": url, "bsn": bsn, "read_at": now} for url, bsn in rows]
        conn.execute(insert(_table(MessageReadRow)).on_conflict_do_nothing(), values)
    return len(rows)


def unread_counts(conn: Connection, user: str, bsns: Iterable[str] | None = None) -> UnreadCounts:
    query = select(MessageRow.bsn, func.count()).where(_unread_filter(user)).group_by(MessageRow.bsn)
    if bsns is not None:
        query = query.where(MessageRow.bsn.in_(list(bsns)))
    per_client = {bsn: int(count) for bsn, count in conn.execute(query)}
    return UnreadCounts(total=sum(per_client.values()), per_client=per_client)


# -- poll cursors ---------------------------------------------------------------------------------------


def cursors(conn: Connection, bsns: Sequence[str]) -> dict[str, str]:
    rows = conn.execute(select(MessagePollRow.bsn, MessagePollRow.cursor).where(MessagePollRow.bsn.in_(bsns)))
    return {bsn: cursor for bsn, cursor in rows}


def set_cursors(conn: Connection, bsns: Iterable[str], cursor: str, now: datetime) -> None:
    values = [{"bsn": bsn, "cursor": cursor, "polled_at": now} for bsn in bsns]
    if values:
        statement = insert(_table(MessagePollRow))
        conn.execute(
            statement.on_conflict_do_update(
                index_elements=["bsn"],
                set_={"cursor": statement.excluded.cursor, "polled_at": statement.excluded.polled_at},
            ),
            values,
        )


# -- reading conversations and threads ------------------------------------------------------------------


def conversations(conn: Connection, user: str, bsns: Sequence[str] | None = None) -> list[Conversation]:
    """The conversations of these clients (all cached ones without `bsns`), with their last message, unread
    count and waiting own messages, newest activity first; conversations still in the outbox included."""
    query = select(_table(ConversationRow))
    if bsns is not None:
        query = query.where(ConversationRow.bsn.in_(list(bsns)))
    rows = [dict(r._mapping) for r in conn.execute(query)]
    lasts = _last_messages(conn, [r["url"] for r in rows])
    unread = _unread_per_conversation(conn, user, [r["url"] for r in rows])
    own = _own_pending(conn, bsns)
    found = [_summary(conversation_from_row(r), lasts.get(r["url"]), unread[r["url"]], own) for r in rows]
    found += [_summary(c, None, 0, own) for c in _pending_conversations(conn, bsns)]
    return sorted(found, key=lambda c: c.activity, reverse=True)


def _summary(
    conversation: Conversation, last: tuple[datetime, str] | None, unread: int, own: list[Message]
) -> Conversation:
    mine = [m for m in own if m.conversation in conversation_keys(conversation)]
    moments = [(m.verzonden_op, m.tekst) for m in mine] + ([last] if last else [])
    latest = max(moments, default=None)
    return replace(
        conversation,
        last_activity=latest[0] if latest else None,
        last_message=latest[1] if latest else "",
        unread=unread,
        pending=sum(m.delivery is Delivery.QUEUED for m in mine),
        failed=sum(m.delivery is Delivery.FAILED for m in mine),
    )


def conversation_keys(conversation: Conversation) -> set[str]:
    """The keys own messages may name it by: its URL, and its outbox key if it was created here."""
    keys = {conversation.key}
    if conversation.client_op_id:
        keys.add(pending_key(conversation.client_op_id))
    return keys


def _last_messages(conn: Connection, urls: list[str]) -> dict[str, tuple[datetime, str]]:
    if not urls:
        return {}
    newest = (
        select(MessageRow.gesprek_url, func.max(MessageRow.verzonden_op).label("at"))
        .where(MessageRow.gesprek_url.in_(urls))
        .group_by(MessageRow.gesprek_url)
        .subquery()
    )
    rows = conn.execute(
        select(MessageRow.gesprek_url, MessageRow.verzonden_op, MessageRow.tekst).join(
            newest,
            and_(MessageRow.gesprek_url == newest.c.gesprek_url, MessageRow.verzonden_op == newest.c.at),
        )
    )
    return {url: (at, tekst) for url, at, tekst in rows}


def _unread_per_conversation(conn: Connection, user: str, urls: list[str]) -> Counter[str]:
    if not urls:
        return Counter()
    rows = conn.execute(
        select(MessageRow.gesprek_url, func.count())
        .where(MessageRow.gesprek_url.in_(urls), _unread_filter(user))
        .group_by(MessageRow.gesprek_url)
    )
    return Counter({url: int(count) for url, count in rows})


def thread(conn: Connection, conversation: Conversation, user: str) -> list[Message]:
    """The messages of a conversation, oldest first: received and sent ones, then the user's own that
    wait in the outbox (in the order written)."""
    read = set(
        conn.scalars(
            select(MessageReadRow.message_url)
            .join(MessageRow, MessageRow.url == MessageReadRow.message_url)
            .where(MessageReadRow.user == user, MessageRow.gesprek_url == conversation.key)
        )
    )
    rows = [
        dict(row._mapping)
        for row in conn.execute(
            select(_table(MessageRow))
            .where(MessageRow.gesprek_url == conversation.key)
            # Stored order breaks ties: timestamps have whole seconds, a reply may come in the same one.
            .order_by(MessageRow.verzonden_op, literal_column("message.rowid"))
        )
    ]
    stored = [
        message_from_row(
            row, conversation=conversation.key, unread=not row["from_me"] and row["url"] not in read
        )
        for row in rows
    ]
    keys = conversation_keys(conversation)
    return stored + [m for m in _own_pending(conn, [conversation.bsn]) if m.conversation in keys]


# -- the user's own messages in the outbox --------------------------------------------------------------


def _open_entries(conn: Connection, bsns: Sequence[str] | None) -> list[q.Entry]:
    found = q.entries(conn, states=OPEN_STATES)
    return [e for e in found if META in e.payload and (bsns is None or e.bsn in bsns)]


def _own_pending(conn: Connection, bsns: Sequence[str] | None) -> list[Message]:
    """Own messages no server has yet, with the state of the entries they consist of (attachments, the
    bericht, its klantcontact and a hand-off task): failed when one of them failed."""
    parts: dict[str, list[q.Entry]] = defaultdict(list)
    berichten: list[q.Entry] = []
    for entry in _open_entries(conn, bsns):
        parts[entry.payload[META]["message"]].append(entry)
        if entry.kind == Kind.OBJECT and entry.payload["objecttype"] == BERICHT:
            berichten.append(entry)
    return [_pending_message(entry, parts[entry.payload[META]["message"]]) for entry in berichten]


def _pending_message(entry: q.Entry, parts: list[q.Entry]) -> Message:
    data = entry.payload["data"]
    failed = next((p for p in parts if p.state in (State.FAILED, State.CONFLICT)), None)
    return Message(
        key=pending_key(entry.op_id),
        conversation=entry.payload[META]["conversation"],
        bsn=str(entry.bsn),
        afzender=participant(data["afzender"]),
        ontvanger=participant(data["ontvanger"]) if data.get("ontvanger") else None,
        tekst=data["tekst"],
        verzonden_op=parse_stamp(data["verzonden_op"]),
        bijlagen=tuple(attachment(item) for item in data.get("bijlagen", [])),
        delivery=Delivery.FAILED if failed else Delivery.QUEUED,
        error=failed.last_error if failed else "",
        retry_op=failed.op_id if failed else None,
    )


def _pending_conversations(conn: Connection, bsns: Sequence[str] | None) -> list[Conversation]:
    found = []
    for entry in _open_entries(conn, bsns):
        if entry.kind == Kind.OBJECT and entry.payload["objecttype"] == GESPREK:
            row = conversation_row(pending_key(entry.op_id), {**entry.payload["data"], "client_op_id": None})
            found.append(conversation_from_row(row))
    return found
