"""The office of this installation, its Party committee, branches and Party groups."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from partydesk.domain.enums import OrgKind
from partydesk.domain.errors import ValidationError
from partydesk.i18n import QT_TRANSLATE_NOOP
from partydesk.services import audit
from partydesk.services.access import Permission, require
from partydesk.services.common import get_live, id_of, require_text, stamp_new
from partydesk.store.db import Database
from partydesk.store.models import Branch, Member, Office, PartyGroup


@dataclass(frozen=True)
class OfficeInfo:
    uuid: str
    name: str


@dataclass(frozen=True)
class BranchInfo:
    uuid: str
    name: str
    kind: OrgKind
    parent_uuid: str | None
    member_count: int = 0


@dataclass(frozen=True)
class GroupInfo:
    uuid: str
    name: str
    branch_uuid: str


def local_office(db: Database) -> OfficeInfo | None:
    office = Office.__table__.c  # table columns: the window's title needs no mapper configured at start
    with db.read() as session:
        row = session.execute(select(office.uuid, office.name).where(office.is_local.is_(True))).first()
        return OfficeInfo(row.uuid, row.name) if row else None


def init_office(db: Database, name: str) -> OfficeInfo:
    """Name this installation's office and create its Party committee (once)."""
    require(db, Permission.SETTINGS)
    name = require_text(name, "office", 100)
    with db.write() as session:
        if session.scalar(select(Office).where(Office.is_local.is_(True))) is not None:
            raise ValidationError(
                "office", QT_TRANSLATE_NOOP("ValidationError", "This database already belongs to an office")
            )
        office = Office(name=name, is_local=True)
        session.add(office)
        session.flush()
        office.origin = office.uuid
        committee = Branch(name=name, kind=OrgKind.COMMITTEE, origin=office.uuid)
        session.add(committee)
        session.flush()
        audit.record(session, db.actor, "office.init", "office", office.uuid, {"name": name})
    db.forget_office()
    return OfficeInfo(office.uuid, office.name)


def rename_office(db: Database, name: str) -> None:
    """The office's name as printed on every document (e.g. a typo at the first start, a reorganisation)."""
    require(db, Permission.SETTINGS)
    name = require_text(name, "office", 100)
    with db.write() as session:
        office = session.scalar(select(Office).where(Office.is_local.is_(True)))
        old, office.name = office.name, name
        audit.record(session, db.actor, "office.rename", "office", office.uuid, {"from": old, "name": name})


def rename_branch(db: Database, uuid: str, name: str) -> None:
    _rename(db, Branch, "branch", uuid, name)


def rename_group(db: Database, uuid: str, name: str) -> None:
    _rename(db, PartyGroup, "party_group", uuid, name)


def _rename(db: Database, model, kind: str, uuid: str, name: str) -> None:
    require(db, Permission.WRITE_RECORDS)
    name = require_text(name, kind, 100)
    with db.write() as session:
        record = get_live(session, model, uuid, kind)
        old, record.name = record.name, name
        audit.record(session, db.actor, f"{kind}.rename", kind, uuid, {"from": old, "name": name})


def _next_sort_order(session, column) -> int:
    """One past the highest (a count repeats orders once rows are removed); writers take turns: no race."""
    return session.scalar(select(func.coalesce(func.max(column), -1) + 1))


def create_branch(
    db: Database, name: str, kind: OrgKind = OrgKind.BRANCH, parent_uuid: str | None = None
) -> BranchInfo:
    require(db, Permission.WRITE_RECORDS)
    name = require_text(name, "branch", 100)
    with db.write() as session:
        parent_id = id_of(session, Branch, parent_uuid, "branch")
        if parent_id is None:
            parent_id = session.scalar(select(Branch.id).where(Branch.kind == OrgKind.COMMITTEE).order_by(Branch.id))
        order = _next_sort_order(session, Branch.sort_order)
        branch = Branch(name=name, kind=kind, parent_id=parent_id, sort_order=order)
        stamp_new(branch, db)
        session.add(branch)
        session.flush()
        audit.record(session, db.actor, "branch.create", "branch", branch.uuid, {"name": name})
        return BranchInfo(branch.uuid, branch.name, branch.kind, parent_uuid)


def create_group(db: Database, branch_uuid: str, name: str) -> GroupInfo:
    require(db, Permission.WRITE_RECORDS)
    name = require_text(name, "party_group", 100)
    with db.write() as session:
        branch = get_live(session, Branch, branch_uuid, "branch")
        order = _next_sort_order(session, PartyGroup.sort_order)
        group = PartyGroup(branch_id=branch.id, name=name, sort_order=order)
        stamp_new(group, db)
        session.add(group)
        session.flush()
        audit.record(session, db.actor, "party_group.create", "party_group", group.uuid, {"name": name})
        return GroupInfo(group.uuid, group.name, branch.uuid)


def list_branches(db: Database, *, kinds: tuple[OrgKind, ...] = (OrgKind.BRANCH,)) -> list[BranchInfo]:
    """Branches in their order, with the number of members on their roster."""
    branch, member = Branch.__table__.c, Member.__table__.c  # table columns: read at start, before any mapper
    with db.read() as session:
        parent = Branch.__table__.alias("parent")
        counts = (
            select(member.branch_id, func.count().label("n"))
            .where(member.deleted_at.is_(None))
            .group_by(member.branch_id)
            .subquery()
        )
        rows = session.execute(
            select(branch.uuid, branch.name, branch.kind, parent.c.uuid, func.coalesce(counts.c.n, 0))
            .select_from(Branch.__table__)
            .outerjoin(parent, parent.c.id == branch.parent_id)
            .outerjoin(counts, counts.c.branch_id == branch.id)
            .where(branch.deleted_at.is_(None), branch.kind.in_(kinds))
            .order_by(branch.sort_order, branch.id)
        ).all()
        return [BranchInfo(*row) for row in rows]


def find_branch(db: Database, text: str) -> BranchInfo:
    """The branch (党支部, 党总支 or 党委) whose uuid or exact name is `text`."""
    wanted = (text or "").strip()
    branches = list_branches(db, kinds=tuple(OrgKind))
    named = [branch for branch in branches if branch.uuid == wanted] or [b for b in branches if b.name == wanted]
    if len(named) == 1:
        return named[0]
    if named:
        raise ValidationError(
            "branch",
            QT_TRANSLATE_NOOP(
                "ValidationError", "{count} branches are named {name}: give the uuid from `partydesk list branches`"
            ),
            count=len(named),
            name=wanted,
        )
    raise ValidationError(
        "branch",
        QT_TRANSLATE_NOOP(
            "ValidationError", "No branch is named {name} or has that uuid: see `partydesk list branches`"
        ),
        name=wanted,
    )


def list_groups(db: Database, branch_uuid: str | None = None) -> list[GroupInfo]:
    group, branch = PartyGroup.__table__.c, Branch.__table__.c  # like list_branches: no mapper needed
    with db.read() as session:
        query = (
            select(group.uuid, group.name, branch.uuid)
            .join_from(PartyGroup.__table__, Branch.__table__, branch.id == group.branch_id)
            .where(group.deleted_at.is_(None))
            .order_by(group.sort_order, group.id)
        )
        if branch_uuid:
            query = query.where(branch.uuid == branch_uuid)
        return [GroupInfo(*row) for row in session.execute(query).all()]
