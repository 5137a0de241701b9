"""发布同意: the register of members' consent to have their name or photo published, newest first."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from partydesk.domain.dates import parse_date
from partydesk.domain.limits import TEXT_LIMITS
from partydesk.domain.publicity import NO_CONSENT, Consent
from partydesk.services import audit
from partydesk.services.access import Permission, require
from partydesk.services.common import get_live, limit_text, stamp_new
from partydesk.store.db import Database
from partydesk.store.models import Member, PublishConsent


@dataclass(frozen=True)
class ConsentEntry:
    """One line of a member's register: what was agreed on a day, and when it stopped counting."""

    uuid: str
    publish_name: bool
    publish_photo: bool
    given_on: date
    withdrawn_on: date | None
    note: str

    @property
    def current(self) -> bool:
        return self.withdrawn_on is None


def _current_row(session: Session, member_id: int) -> PublishConsent | None:
    return session.scalar(
        select(PublishConsent)
        .where(PublishConsent.member_id == member_id, PublishConsent.deleted_at.is_(None),
               PublishConsent.withdrawn_on.is_(None))
        .order_by(PublishConsent.given_on.desc(), PublishConsent.id.desc())
    )


def _entry(row: PublishConsent) -> ConsentEntry:
    return ConsentEntry(row.uuid, row.publish_name, row.publish_photo, row.given_on, row.withdrawn_on, row.note)


def set_consent(db: Database, member_uuid: str, *, name: bool, photo: bool, on: date | str,
                note: str = "") -> ConsentEntry:
    """Record what the member agrees to from `on`; the previous consent is withdrawn that day."""
    require(db, Permission.WRITE_RECORDS)
    on_date = parse_date(on, "on")
    note = limit_text(note, "note", TEXT_LIMITS["publish_consent"]["note"])
    with db.write() as session:
        member = get_live(session, Member, member_uuid, "member")
        previous = _current_row(session, member.id)
        if previous is not None:
            previous.withdrawn_on = max(on_date, previous.given_on)
        row = PublishConsent(member_id=member.id, publish_name=bool(name), publish_photo=bool(photo),
                             given_on=on_date, note=note)
        stamp_new(row, db)
        session.add(row)
        session.flush()
        audit.record(session, db.actor, "consent.set", "member", member_uuid,
                     {"name": bool(name), "photo": bool(photo), "on": on_date.isoformat()})
        return _entry(row)


def consent_history(db: Database, member_uuid: str) -> list[ConsentEntry]:
    """The member's register, newest first (the first row is the one that counts when current)."""
    require(db, Permission.READ)
    with db.read() as session:
        member = get_live(session, Member, member_uuid, "member")
        rows = session.scalars(
            select(PublishConsent).where(PublishConsent.member_id == member.id, PublishConsent.deleted_at.is_(None))
            .order_by(PublishConsent.given_on.desc(), PublishConsent.id.desc())
        ).all()
        return [_entry(row) for row in rows]


def current_consent(db: Database, member_uuid: str) -> Consent:
    require(db, Permission.READ)
    with db.read() as session:
        member = get_live(session, Member, member_uuid, "member")
        row = _current_row(session, member.id)
        return Consent(row.publish_name, row.publish_photo) if row else NO_CONSENT


def consents_by_id(session: Session, member_ids: Iterable[int]) -> dict[int, Consent]:
    """Current consent of each member id (NO_CONSENT where none), in one query."""
    ids = sorted(set(member_ids))
    found: dict[int, Consent] = dict.fromkeys(ids, NO_CONSENT)
    for start in range(0, len(ids), 500):
        rows = session.execute(
            select(PublishConsent.member_id, PublishConsent.publish_name, PublishConsent.publish_photo)
            .where(PublishConsent.member_id.in_(ids[start:start + 500]), PublishConsent.deleted_at.is_(None),
                   PublishConsent.withdrawn_on.is_(None))
            .order_by(PublishConsent.given_on, PublishConsent.id)
        ).all()
        for member_id, name, photo in rows:  # ascending: the newest row wins
            found[member_id] = Consent(bool(name), bool(photo))
    return found
