"""表彰与典型: honours of members and branches (citation, 文号, revocation) and exemplar posts with term scores."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import aliased

from partydesk.domain.dates import parse_date
from partydesk.domain.errors import ValidationError
from partydesk.domain.limits import TEXT_LIMITS
from partydesk.domain.vanguard import (
    HonourLevel,
    PostKind,
    PostOutcome,
    check_one_holder,
    check_post_score,
    check_revoked_on,
    check_term,
    post_outcome,
)
from partydesk.i18n import QT_TRANSLATE_NOOP
from partydesk.services import audit
from partydesk.services.access import Permission, require
from partydesk.services.common import (
    Page,
    get_live,
    id_of,
    like_pattern,
    limit_text,
    page_of,
    require_text,
    soft_delete,
    stamp_new,
)
from partydesk.store.db import Database
from partydesk.store.models import Branch, ExemplarPost, Member, Recognition

HONOUR = TEXT_LIMITS["recognition"]


@dataclass
class HonourInput:
    title: str
    level: HonourLevel | str
    on_date: date | str
    member_uuid: str | None = None
    branch_uuid: str | None = None
    issuer: str = ""
    doc_no: str = ""
    citation: str = ""
    note: str = ""


@dataclass(frozen=True)
class HonourRow:
    uuid: str
    on_date: date
    title: str
    level: HonourLevel
    holder_name: str
    branch_name: str
    member_uuid: str | None
    branch_uuid: str | None
    issuer: str
    doc_no: str
    citation: str
    revoked_on: date | None
    revoked_reason: str


@dataclass(frozen=True)
class HonourQuery:
    year: int | None = None
    branch_uuid: str | None = None
    member_uuid: str | None = None
    level: HonourLevel | None = None
    search: str = ""
    include_revoked: bool = True
    offset: int = 0
    limit: int = 1000


def _level(value: HonourLevel | str) -> HonourLevel:
    try:
        return value if isinstance(value, HonourLevel) else HonourLevel.from_text(str(value))
    except ValueError:
        raise ValidationError("level", QT_TRANSLATE_NOOP(
            "ValidationError", "Level is one of 支部, 党委, 县级, 市级, 省级, 国家级")) from None


def _apply(honour: Recognition, data: HonourInput, session) -> None:
    member_id = id_of(session, Member, data.member_uuid, "member")
    branch_id = id_of(session, Branch, data.branch_uuid, "branch")
    check_one_holder(member_id is not None, branch_id is not None)
    honour.member_id, honour.branch_id = member_id, branch_id
    honour.title = require_text(data.title, "title", HONOUR["title"])
    honour.level = _level(data.level)
    honour.on_date = parse_date(data.on_date, "on_date")
    honour.issuer = limit_text(data.issuer, "issuer", HONOUR["issuer"])
    honour.doc_no = limit_text(data.doc_no, "doc_no", HONOUR["doc_no"])
    honour.citation = limit_text(data.citation, "citation", HONOUR["citation"])
    honour.note = limit_text(data.note, "note", HONOUR["note"])


def add_honour(db: Database, data: HonourInput) -> str:
    require(db, Permission.WRITE_RECORDS)
    with db.write() as session:
        return insert_honour(session, db, data)


def insert_honour(session, db: Database, data: HonourInput) -> str:
    """Within the caller's transaction (imports add many in one)."""
    honour = Recognition()
    stamp_new(honour, db)
    _apply(honour, data, session)
    session.add(honour)
    session.flush()
    audit.record(session, db.actor, "honour.create", "recognition", honour.uuid, {"title": honour.title})
    return honour.uuid


def update_honour(db: Database, uuid: str, data: HonourInput) -> None:
    require(db, Permission.WRITE_RECORDS)
    with db.write() as session:
        _apply(get_live(session, Recognition, uuid, "honour"), data, session)
        audit.record(session, db.actor, "honour.update", "recognition", uuid)


def revoke_honour(db: Database, uuid: str, on_date: date | str, reason: str) -> None:
    """A revoked honour stays on file (with date and reason) but earns no points and leaves the rolls."""
    require(db, Permission.WRITE_RECORDS)
    with db.write() as session:
        honour = get_live(session, Recognition, uuid, "honour")
        honour.revoked_on = parse_date(on_date, "revoked_on")
        check_revoked_on(honour.on_date, honour.revoked_on)
        honour.revoked_reason = require_text(reason, "revoked_reason", HONOUR["revoked_reason"])
        audit.record(session, db.actor, "honour.revoke", "recognition", uuid)


def delete_honour(db: Database, uuid: str) -> None:
    require(db, Permission.WRITE_RECORDS)
    with db.write() as session:
        soft_delete(get_live(session, Recognition, uuid, "honour"))
        audit.record(session, db.actor, "honour.delete", "recognition", uuid)


def _honour_select(query: HonourQuery, session) -> Select:
    holder_branch = aliased(Branch)
    member_branch = aliased(Branch)
    stmt = (
        select(Recognition.uuid, Recognition.on_date, Recognition.title, Recognition.level,
               func.coalesce(Member.name, holder_branch.name), func.coalesce(member_branch.name, holder_branch.name),
               Member.uuid, holder_branch.uuid, Recognition.issuer, Recognition.doc_no, Recognition.citation,
               Recognition.revoked_on, Recognition.revoked_reason)
        .outerjoin(Member, Member.id == Recognition.member_id)
        .outerjoin(member_branch, member_branch.id == Member.branch_id)
        .outerjoin(holder_branch, holder_branch.id == Recognition.branch_id)
        .where(Recognition.deleted_at.is_(None))
    )
    if query.year:
        stmt = stmt.where(Recognition.on_date.between(date(query.year, 1, 1), date(query.year, 12, 31)))
    if query.branch_uuid:
        branch_id = id_of(session, Branch, query.branch_uuid, "branch")
        stmt = stmt.where(or_(Recognition.branch_id == branch_id, Member.branch_id == branch_id))
    if query.member_uuid:
        stmt = stmt.where(Recognition.member_id == id_of(session, Member, query.member_uuid, "member"))
    if query.level:
        stmt = stmt.where(Recognition.level == query.level)
    if query.search.strip():
        pattern = like_pattern(query.search.strip())
        stmt = stmt.where(or_(Recognition.title.like(pattern, escape="\\"), Member.name.like(pattern, escape="\\"),
                              holder_branch.name.like(pattern, escape="\\")))
    if not query.include_revoked:
        stmt = stmt.where(Recognition.revoked_on.is_(None))
    return stmt.order_by(Recognition.on_date.desc(), Recognition.id.desc())


def query_honours(db: Database, query: HonourQuery = HonourQuery()) -> Page[HonourRow]:
    require(db, Permission.READ)
    with db.read() as session:
        rows, total = page_of(session, _honour_select(query, session), query.offset, query.limit)
    return Page([HonourRow(*row) for row in rows], total)


def get_honour(db: Database, uuid: str) -> HonourRow:
    require(db, Permission.READ)
    with db.read() as session:
        get_live(session, Recognition, uuid, "honour")
        row = session.execute(_honour_select(HonourQuery(), session).where(Recognition.uuid == uuid)).one()
    return HonourRow(*row)


@dataclass(frozen=True)
class PostRow:
    uuid: str
    member_uuid: str
    member_name: str
    kind: PostKind
    title: str
    term_start: date | None
    term_end: date | None
    score: int | None
    outcome: PostOutcome | None
    withdrawn_on: date | None


def _optional_date(value, field: str) -> date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return parse_date(value, field)


def add_post(db: Database, member_uuid: str, kind: PostKind | str, title: str,
             term_start: date | str | None = None, term_end: date | str | None = None) -> str:
    """One term of a 先锋岗 / 示范岗 / 责任区 (a renewal is a new term)."""
    require(db, Permission.WRITE_RECORDS)
    with db.write() as session:
        kind = kind if isinstance(kind, PostKind) else PostKind.from_text(kind)
        post = ExemplarPost(member_id=id_of(session, Member, member_uuid, "member"), kind=kind,
                            title=require_text(title, "title", TEXT_LIMITS["exemplar_post"]["title"]), note="",
                            term_start=_optional_date(term_start, "term_start"),
                            term_end=_optional_date(term_end, "term_end"))
        if post.member_id is None:
            raise ValidationError("member", QT_TRANSLATE_NOOP("ValidationError", "This field is required"))
        check_term(post.term_start, post.term_end)
        stamp_new(post, db)
        session.add(post)
        session.flush()
        audit.record(session, db.actor, "exemplar_post.create", "exemplar_post", post.uuid)
        return post.uuid


def score_post(db: Database, uuid: str, score: int, on_date: date | str) -> PostOutcome:
    """The term's score; below the floor the post is withdrawn on that date."""
    require(db, Permission.WRITE_RECORDS)
    with db.write() as session:
        post = get_live(session, ExemplarPost, uuid, "exemplar_post")
        post.score = check_post_score(score)
        outcome = post_outcome(post.score)
        post.withdrawn_on = parse_date(on_date, "on_date") if outcome is PostOutcome.WITHDRAWN else None
        audit.record(session, db.actor, "exemplar_post.score", "exemplar_post", uuid, {"score": score})
        return outcome


def list_posts(db: Database, member_uuid: str | None = None, current_only: bool = False) -> list[PostRow]:
    require(db, Permission.READ)
    with db.read() as session:
        stmt = (select(ExemplarPost, Member.uuid, Member.name).join(Member, Member.id == ExemplarPost.member_id)
                .where(ExemplarPost.deleted_at.is_(None), Member.deleted_at.is_(None)))
        if member_uuid:
            stmt = stmt.where(Member.uuid == member_uuid)
        if current_only:
            stmt = stmt.where(ExemplarPost.withdrawn_on.is_(None))
        rows = session.execute(stmt.order_by(Member.roster_order, Member.id, ExemplarPost.term_start)).all()
        return [PostRow(p.uuid, m_uuid, name, p.kind, p.title, p.term_start, p.term_end, p.score,
                        None if p.score is None else post_outcome(p.score), p.withdrawn_on)
                for p, m_uuid, name in rows]
