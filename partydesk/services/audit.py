"""Append-only, hash-chained audit log: every write, reveal, export, backup, login."""

from __future__ import annotations

import hashlib
import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from partydesk.domain.actor import Actor
from partydesk.store.base import utcnow
from partydesk.store.models import AuditEvent


def event_hash(prev_hash: str, at: str, actor: str, action: str, entity_type: str, entity_uuid: str, detail: str) -> str:
    payload = json.dumps([prev_hash, at, actor, action, entity_type, entity_uuid, detail], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(
    session: Session,
    actor: Actor,
    action: str,
    entity_type: str = "",
    entity_uuid: str = "",
    detail: dict | None = None,
) -> None:
    """Append one event in the caller's transaction, chained to the previous one."""
    prev_hash = session.scalar(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)) or ""
    at = utcnow().replace(microsecond=0)
    detail_text = json.dumps(detail or {}, ensure_ascii=False, sort_keys=True, default=str)
    digest = event_hash(prev_hash, at.isoformat(), actor.username, action, entity_type, entity_uuid, detail_text)
    session.add(
        AuditEvent(
            at=at,
            actor=actor.username,
            action=action,
            entity_type=entity_type,
            entity_uuid=entity_uuid,
            detail=detail_text,
            prev_hash=prev_hash,
            hash=digest,
        )
    )
