"""Talk records: heart-to-heart, reminder, admonishment... with follow-ups that must not be forgotten.

Content of a confidential talk (and of every 诫勉谈话) is returned only to roles allowed to
read it; others see that the talk exists, its date and its follow-up state.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Select, and_, or_, select
from sqlalchemy.orm import aliased

from partydesk.domain.compliance import is_follow_up_overdue
from partydesk.domain.dates import parse_date
from partydesk.domain.enums import TalkKind
from partydesk.domain.errors import ValidationError
from partydesk.domain.limits import TEXT_LIMITS
from partydesk.domain.talks import check_follow_up_due, check_talker
from partydesk.i18n import QT_TRANSLATE_NOOP
from partydesk.services import audit
from partydesk.services.access import Permission, allows, require
from partydesk.services.common import (
    Page,
    get_live,
    id_of,
    like_pattern,
    limit_text,
    live_or_deleted,
    page_of,
    soft_delete,
    sorted_by,
    stamp_new,
)
from partydesk.store.db import Database
from partydesk.store.models import Branch, Member, Talk

LIMITS = TEXT_LIMITS["talk"]


@dataclass
class TalkInput:
    kind: TalkKind
    on_date: date | str
    member_uuid: str
    talker_member_uuid: str | None = None
    talker_name: str = ""
    place: str = ""
    summary: str = ""
    response: str = ""
    follow_up: str = ""
    follow_up_due: date | str | None = None
    follow_up_done: date | str | None = None
    confidential: bool = False


@dataclass(frozen=True)
class TalkRow:
    uuid: str
    on_date: date
    kind: TalkKind
    member_uuid: str
    member_name: str
    branch_name: str
    talker: str
    follow_up_due: date | None
    follow_up_done: date | None
    confidential: bool
    overdue: bool
    content_hidden: bool
    summary: str
    deleted_at: datetime | None = None


@dataclass(frozen=True)
class TalkDetail:
    uuid: str
    kind: TalkKind
    on_date: date
    member_uuid: str
    member_name: str
    talker_member_uuid: str | None
    talker_name: str
    place: str
    summary: str
    response: str
    follow_up: str
    follow_up_due: date | None
    follow_up_done: date | None
    confidential: bool
    content_hidden: bool

    def as_input(self) -> TalkInput:
        """For editing; only callable when the content is visible (else it would be wiped)."""
        if self.content_hidden:
            raise PermissionError("confidential content is hidden")
        return TalkInput(self.kind, self.on_date, self.member_uuid, self.talker_member_uuid, self.talker_name,
                         self.place, self.summary, self.response, self.follow_up, self.follow_up_due,
                         self.follow_up_done, self.confidential)


@dataclass(frozen=True)
class TalkQuery:
    search: str = ""
    year: int | None = None
    branch_uuid: str | None = None
    member_uuid: str | None = None
    kinds: tuple[TalkKind, ...] = ()
    open_follow_ups: bool = False
    overdue_on: date | None = None
    deleted: bool = False
    sort: str = "date"
    descending: bool = True
    offset: int = 0
    limit: int = 100


def is_confidential(kind: TalkKind, flag: bool) -> bool:
    return bool(flag) or TalkKind(kind).always_confidential


def content_visible(db: Database, kind: TalkKind, flag: bool) -> bool:
    return not is_confidential(kind, flag) or allows(db.actor, Permission.READ_CONFIDENTIAL)


def _optional_date(value, field_name: str) -> date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return parse_date(value, field_name)


def _apply(talk: Talk, data: TalkInput, session) -> None:
    talk.kind = TalkKind(data.kind)
    talk.on_date = parse_date(data.on_date, "on_date")
    member_id = id_of(session, Member, data.member_uuid, "member")
    if member_id is None:
        raise ValidationError("member", QT_TRANSLATE_NOOP("ValidationError", "Choose the member talked with"))
    talk.member_id = member_id
    talk.talker_member_id = id_of(session, Member, data.talker_member_uuid, "talker")
    talk.talker_name = limit_text(data.talker_name, "talker", LIMITS["talker_name"])
    check_talker(talk.talker_member_id is not None, talk.talker_name)
    talk.place = limit_text(data.place, "place", LIMITS["place"])
    talk.summary = limit_text(data.summary, "summary", LIMITS["summary"])
    talk.response = limit_text(data.response, "response", LIMITS["response"])
    talk.follow_up = limit_text(data.follow_up, "follow_up", LIMITS["follow_up"])
    talk.follow_up_due = _optional_date(data.follow_up_due, "follow_up_due")
    talk.follow_up_done = _optional_date(data.follow_up_done, "follow_up_done")
    check_follow_up_due(talk.on_date, talk.follow_up_due)
    talk.confidential = is_confidential(talk.kind, data.confidential)


def create_talk(db: Database, data: TalkInput) -> str:
    require(db, Permission.WRITE_RECORDS)
    if is_confidential(data.kind, data.confidential):
        require(db, Permission.READ_CONFIDENTIAL)
    with db.write() as session:
        return create_talk_in(session, db, data).uuid


def create_talk_in(session, db: Database, data: TalkInput) -> Talk:
    """Add a talk inside the caller's transaction (a reminder answered by a talk saves both at once)."""
    talk = Talk()
    stamp_new(talk, db)
    _apply(talk, data, session)
    session.add(talk)
    session.flush()
    audit.record(session, db.actor, "talk.create", "talk", talk.uuid)
    return talk


def update_talk(db: Database, uuid: str, data: TalkInput) -> None:
    require(db, Permission.WRITE_RECORDS)
    with db.write() as session:
        talk = get_live(session, Talk, uuid, "talk")
        if not content_visible(db, talk.kind, talk.confidential) or is_confidential(data.kind, data.confidential):
            require(db, Permission.READ_CONFIDENTIAL)
        _apply(talk, data, session)
        audit.record(session, db.actor, "talk.update", "talk", uuid)


def complete_follow_up(db: Database, uuid: str, done_on: date | str) -> None:
    """Mark a follow-up done; allowed without seeing confidential content."""
    require(db, Permission.WRITE_RECORDS)
    with db.write() as session:
        talk = get_live(session, Talk, uuid, "talk")
        talk.follow_up_done = parse_date(done_on, "follow_up_done")
        audit.record(session, db.actor, "talk.follow_up_done", "talk", uuid)


def delete_talk(db: Database, uuid: str) -> None:
    require(db, Permission.WRITE_RECORDS)
    with db.write() as session:
        talk = get_live(session, Talk, uuid, "talk")
        if talk.confidential:
            require(db, Permission.READ_CONFIDENTIAL)
        soft_delete(talk)
        audit.record(session, db.actor, "talk.delete", "talk", uuid)


def restore_talk(db: Database, uuid: str) -> None:
    require(db, Permission.WRITE_RECORDS)
    with db.write() as session:
        talk = get_live(session, Talk, uuid, "talk", deleted=True)
        if talk.confidential:
            require(db, Permission.READ_CONFIDENTIAL)
        talk.deleted_at = None
        audit.record(session, db.actor, "talk.restore", "talk", uuid)


def get_talk(db: Database, uuid: str, *, deleted: bool = False) -> TalkDetail:
    require(db, Permission.READ)
    with db.read() as session:
        t = get_live(session, Talk, uuid, "talk", deleted=deleted)
        member = session.get(Member, t.member_id)
        talker = session.get(Member, t.talker_member_id) if t.talker_member_id else None
        visible = content_visible(db, t.kind, t.confidential)
        hide = (lambda text: text) if visible else (lambda text: "")
        detail = TalkDetail(
            t.uuid,
            t.kind,
            t.on_date,
            member.uuid,
            member.name,
            talker.uuid if talker else None,
            t.talker_name or (talker.name if talker else ""),
            t.place,
            hide(t.summary),
            hide(t.response),
            hide(t.follow_up),
            t.follow_up_due,
            t.follow_up_done,
            t.confidential,
            not visible,
        )
    if detail.confidential and visible:
        with db.write() as session:
            audit.record(session, db.actor, "talk.read_confidential", "talk", uuid)
    return detail


TALK_SORTS = {
    "date": (Talk.on_date, Talk.id),
    "kind": (Talk.kind, Talk.on_date),
    "member": ("member_name", Talk.on_date),
    "follow_up_due": (Talk.follow_up_due, Talk.on_date),
}


def talk_select(query: TalkQuery) -> Select:
    talker = aliased(Member)
    stmt = (
        select(
            Talk.uuid,
            Talk.on_date,
            Talk.kind,
            Member.uuid,
            Member.name.label("member_name"),
            Branch.name,
            Talk.talker_name,
            talker.name,
            Talk.follow_up_due,
            Talk.follow_up_done,
            Talk.confidential,
            Talk.summary,
            Talk.deleted_at,
        )
        .join(Member, Member.id == Talk.member_id)
        .join(Branch, Branch.id == Member.branch_id)
        .outerjoin(talker, talker.id == Talk.talker_member_id)
    )
    stmt = live_or_deleted(stmt, Talk, query.deleted)
    if query.search.strip():
        pattern = like_pattern(query.search.strip())
        stmt = stmt.where(
            or_(
                Member.name.ilike(pattern, escape="\\"),
                Talk.talker_name.ilike(pattern, escape="\\"),
                talker.name.ilike(pattern, escape="\\"),
            )
        )
    if query.year:
        stmt = stmt.where(Talk.on_date.between(date(query.year, 1, 1), date(query.year, 12, 31)))
    if query.branch_uuid:
        stmt = stmt.where(Branch.uuid == query.branch_uuid)
    if query.member_uuid:
        stmt = stmt.where(Member.uuid == query.member_uuid)
    if query.kinds:
        stmt = stmt.where(Talk.kind.in_(query.kinds))
    if query.open_follow_ups:
        stmt = stmt.where(Talk.follow_up_due.is_not(None), Talk.follow_up_done.is_(None))
    if query.overdue_on:
        stmt = stmt.where(and_(Talk.follow_up_due < query.overdue_on, Talk.follow_up_done.is_(None)))
    return sorted_by(stmt, TALK_SORTS, query.sort, "date", query.descending)


def query_talks(db: Database, query: TalkQuery = TalkQuery(), today: date | None = None) -> Page[TalkRow]:
    """One page of talk records; confidential content left out for roles that may not read it."""
    require(db, Permission.READ)
    today = today or date.today()
    may_read = allows(db.actor, Permission.READ_CONFIDENTIAL)
    with db.read() as session:
        rows, total = page_of(session, talk_select(query), query.offset, query.limit)
    result = []
    for (
        uuid,
        on,
        kind,
        member_uuid,
        member_name,
        branch,
        talker_name,
        talker_member,
        due,
        done,
        confidential,
        summary,
        deleted_at,
    ) in rows:
        hidden = confidential and not may_read
        result.append(
            TalkRow(
                uuid,
                on,
                kind,
                member_uuid,
                member_name,
                branch,
                talker_name or talker_member or "",
                due,
                done,
                confidential,
                is_follow_up_overdue(due, done, today),
                hidden,
                "" if hidden else summary,
                deleted_at,
            )
        )
    return Page(result, total)
