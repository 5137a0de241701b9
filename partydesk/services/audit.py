"""Append-only, hash-chained audit log: every write, reveal, export, backup, login."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from uuid import UUID

from sqlalchemy import event, or_, select
from sqlalchemy.orm import Session

from partydesk.domain.actor import Actor
from partydesk.i18n import QT_TRANSLATE_NOOP, translate
from partydesk.services.access import Permission, require
from partydesk.services.common import Page, like_pattern, local_time, page_of
from partydesk.store.base import utcnow
from partydesk.store.db import Database
from partydesk.store.models import AuditEvent

_TAIL = "partydesk.audit.tail"
_PENDING = "partydesk.audit.pending"
_BATCH = 500
_INSERT = AuditEvent.__table__.insert()
ACTOR_LENGTH = 40

MODIFIED = "modified"
MISSING_BEFORE = "missing_before"
REASONS = {
    MODIFIED: QT_TRANSLATE_NOOP("Audit", "event {event_id} was changed after it was written"),
    MISSING_BEFORE: QT_TRANSLATE_NOOP("Audit", "events before event {event_id} were deleted or reordered"),
}


@dataclass(frozen=True)
class BrokenLink:
    """The first event whose hash or link to its predecessor does not check out."""

    event_id: int
    reason: str

    @property
    def message(self) -> str:
        return translate("Audit", REASONS[self.reason], event_id=self.event_id)


@dataclass(frozen=True)
class EventRow:
    id: int
    at: datetime
    actor: str
    action: str
    entity_type: str
    entity_uuid: str
    detail: str

    @property
    def at_local(self) -> datetime:
        """`at` (stored as naive UTC) in this computer's time zone, naive."""
        return local_time(self.at)

    def as_dict(self) -> dict:
        return {
            "id": self.id, "at": self.at_local.isoformat(sep=" "), "actor": self.actor, "action": self.action,
            "entity_type": self.entity_type, "entity_uuid": self.entity_uuid, "detail": json.loads(self.detail or "{}"),
        }


def event_hash(
    prev_hash: str, at: str, actor: str, action: str, entity_type: str, entity_uuid: str, detail: str
) -> str:
    payload = json.dumps([prev_hash, at, actor, action, entity_type, entity_uuid, detail], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _current_transaction(session: Session):
    return session.get_nested_transaction() or session.get_transaction()


def _tail(session: Session, transaction) -> str:
    """Hash of the newest event, remembered for the rest of this (sub)transaction once read.

    Writes run under BEGIN IMMEDIATE, so no other writer can append while the transaction
    lives; a rolled-back savepoint changes the current transaction and forces a fresh read.
    """
    cached = session.info.get(_TAIL)
    if cached is not None and cached[0] is transaction:
        return cached[1]
    return session.scalar(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)) or ""


def record(
    session: Session,
    actor: Actor,
    action: str,
    entity_type: str = "",
    entity_uuid: str = "",
    detail: dict | None = None,
    *,
    at: datetime | None = None,
) -> None:
    """Append one event in the caller's transaction, chained to the previous one.

    `at` (naive UTC) defaults to now; sign-in passes its injected clock. Events are
    buffered and inserted together before the (sub)transaction commits: a bulk import logs
    one event per row, and a statement per event would add ~15% to it (tests/bench).
    """
    transaction = _current_transaction(session)
    prev_hash = _tail(session, transaction)
    at = (at or utcnow()).replace(microsecond=0)
    name = actor.username[:ACTOR_LENGTH]
    detail_text = json.dumps(detail, ensure_ascii=False, sort_keys=True, default=str) if detail else "{}"
    digest = event_hash(prev_hash, at.isoformat(), name, action, entity_type, entity_uuid, detail_text)
    if _PENDING not in session.info:
        session.info[_PENDING] = (session.connection(), [])
    pending = session.info[_PENDING][1]
    pending.append(
        {
            # Derived from the unique, chained hash: cheaper than a uuid4 per event.
            "uuid": str(UUID(digest[:32])),
            "at": at,
            "actor": name,
            "action": action,
            "entity_type": entity_type,
            "entity_uuid": entity_uuid,
            "detail": detail_text,
            "prev_hash": prev_hash,
            "hash": digest,
        }
    )
    session.info[_TAIL] = (transaction, digest)
    if len(pending) >= _BATCH:
        _write_pending(session)


def _write_pending(session: Session, *_args) -> None:
    """Insert the buffered events (one executemany) on the connection they were recorded on.

    Straight on the connection, not through the session: inside after_transaction_create
    the session already points at the new savepoint, which has not emitted SAVEPOINT yet.
    """
    buffered = session.info.pop(_PENDING, None)
    if buffered and buffered[1]:
        buffered[0].execute(_INSERT, buffered[1])


@event.listens_for(Session, "after_transaction_create")
def _before_savepoint(session: Session, transaction) -> None:
    # Events of the enclosing transaction must not be undone by rolling back the savepoint;
    # no SAVEPOINT has been emitted yet when this runs.
    if transaction.nested:
        _write_pending(session)


event.listen(Session, "before_commit", _write_pending)


@event.listens_for(Session, "after_transaction_end")
def _forget_rolled_back(session: Session, transaction) -> None:
    # before_commit empties the buffer, so events still here belong to a savepoint or root
    # transaction that was rolled back (flush's internal subtransactions are not that).
    if transaction.nested or transaction.parent is None:
        session.info.pop(_PENDING, None)


def verify_chain(db: Database) -> BrokenLink | None:
    """Recompute every event's hash in id order; the first event that fails, or None if all hold."""
    require(db, Permission.VIEW_AUDIT)
    columns = (
        AuditEvent.id,
        AuditEvent.at,
        AuditEvent.actor,
        AuditEvent.action,
        AuditEvent.entity_type,
        AuditEvent.entity_uuid,
        AuditEvent.detail,
        AuditEvent.prev_hash,
        AuditEvent.hash,
    )
    previous = ""
    with db.read() as session:
        for row in session.execute(select(*columns).order_by(AuditEvent.id)).yield_per(2000):
            if row.prev_hash != previous:
                return BrokenLink(row.id, MISSING_BEFORE)
            expected = event_hash(
                row.prev_hash, row.at.isoformat(), row.actor, row.action, row.entity_type, row.entity_uuid, row.detail
            )
            if row.hash != expected:
                return BrokenLink(row.id, MODIFIED)
            previous = row.hash
    return None


def _utc_start(day: date | datetime) -> datetime:
    """Start of a local calendar day (or a local datetime) as naive UTC, like the stored `at`."""
    local = day if isinstance(day, datetime) else datetime.combine(day, time())
    return local.astimezone().astimezone(UTC).replace(tzinfo=None)


def event_select(
    user: str | None = None, since: date | datetime | None = None, until: date | None = None, action: str | None = None
):
    """Events newest first; `action` "member" matches "member" and "member.*"; dates are local days."""
    query = select(
        AuditEvent.id,
        AuditEvent.at,
        AuditEvent.actor,
        AuditEvent.action,
        AuditEvent.entity_type,
        AuditEvent.entity_uuid,
        AuditEvent.detail,
    )
    if user:
        query = query.where(AuditEvent.actor == user)
    if since is not None:
        query = query.where(AuditEvent.at >= _utc_start(since))
    if until is not None:
        query = query.where(AuditEvent.at < _utc_start(until + timedelta(days=1)))
    if action:
        action = action.strip().rstrip(".*")
        query = query.where(
            or_(AuditEvent.action == action, AuditEvent.action.like(like_pattern(action + ".")[1:], escape="\\"))
        )
    return query.order_by(AuditEvent.id.desc())


def list_events(
    db: Database,
    user: str | None = None,
    since: date | datetime | None = None,
    action: str | None = None,
    offset: int = 0,
    limit: int = 100,
    until: date | None = None,
) -> Page[EventRow]:
    """One page of events matching the filters, newest first, filtered and counted in SQL."""
    require(db, Permission.VIEW_AUDIT)
    with db.read() as session:
        rows, total = page_of(session, event_select(user, since, until, action), offset, limit)
    return Page([EventRow(*row) for row in rows], total)


def known_actors(db: Database) -> list[str]:
    require(db, Permission.VIEW_AUDIT)
    with db.read() as session:
        return list(session.scalars(select(AuditEvent.actor).distinct().order_by(AuditEvent.actor)))


def known_actions(db: Database) -> list[str]:
    require(db, Permission.VIEW_AUDIT)
    with db.read() as session:
        return list(session.scalars(select(AuditEvent.action).distinct().order_by(AuditEvent.action)))
