"""党费 reads: the member × month grid of a branch, who owes which months, and the yearly totals."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from partydesk.domain.dues import DuesCategory, DuesRules, month_index, month_label, monthly_dues
from partydesk.domain.members import PARTY_MEMBERS
from partydesk.services.access import Permission, require
from partydesk.services.common import get_live
from partydesk.services.dues.records import dues_rules, from_fen
from partydesk.services.dues.sql import greatest, month_number
from partydesk.store.db import Database
from partydesk.store.models import Branch, DuesBase, DuesPayment, Member

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class LedgerCell:
    """One month of one member: due (None when nothing is owed that month) and what was paid."""

    due: Decimal | None
    paid: Decimal | None
    payment_uuid: str | None = None
    receipt_no: str = ""
    paid_on: date | None = None
    proxy_name: str = ""


@dataclass(frozen=True)
class LedgerRow:
    member_uuid: str
    name: str
    branch_uuid: str
    branch_name: str
    category: DuesCategory | None
    base: Decimal | None
    monthly: Decimal | None
    cells: tuple[LedgerCell, ...]  # January .. December
    due: Decimal
    paid: Decimal
    unpaid_months: tuple[str, ...]

    @property
    def owed(self) -> Decimal:
        return max(self.due - self.paid, ZERO)


@dataclass(frozen=True)
class BranchTotal:
    branch_uuid: str
    branch_name: str
    members: int
    due: Decimal
    paid: Decimal

    @property
    def owed(self) -> Decimal:
        return max(self.due - self.paid, ZERO)


def counted_until(year: int, today: date) -> int:
    """The last month of `year` that is owed by now: the last finished month, or December."""
    return min(month_index(year, 12), month_index(today.year, today.month) - 1)


def _scope(session, branch_uuid: str | None) -> list:
    """Live party members, of the branch (and the branches under it) when one is given."""
    conditions = [Member.deleted_at.is_(None), Member.status.in_(PARTY_MEMBERS)]
    if branch_uuid:
        branch = get_live(session, Branch, branch_uuid, "branch")
        children = session.scalars(select(Branch.id).where(Branch.parent_id == branch.id)).all()
        conditions.append(Member.branch_id.in_([branch.id, *children]))  # an IN the member index can serve
    return conditions


def _members(session, scope: list):
    return session.execute(
        select(Member.id, Member.uuid, Member.name, Branch.uuid, Branch.name, Member.joined_on)
        .join(Branch, Branch.id == Member.branch_id).where(*scope)
        .order_by(Branch.sort_order, Branch.id, Member.roster_order, Member.id)).all()


def _in_scope(column, scope: list):
    """`column` (a member id) among the members of the scope, decided by the database."""
    return column.in_(select(Member.id).join(Branch, Branch.id == Member.branch_id).where(*scope))


def _bases(session, year: int, scope: list) -> dict[int, tuple[DuesCategory, int]]:
    rows = session.execute(select(DuesBase.member_id, DuesBase.category, DuesBase.base_fen)
                           .where(DuesBase.year == year, DuesBase.deleted_at.is_(None),
                                  _in_scope(DuesBase.member_id, scope)))
    return {member_id: (category, base) for member_id, category, base in rows}


def _payments(session, year: int, scope: list) -> dict[int, dict[int, tuple]]:
    rows = session.execute(select(DuesPayment.member_id, DuesPayment.month, DuesPayment.amount_fen,
                                  DuesPayment.uuid, DuesPayment.receipt_no, DuesPayment.paid_on,
                                  DuesPayment.proxy_name)
                           .where(DuesPayment.year == year, DuesPayment.deleted_at.is_(None),
                                  _in_scope(DuesPayment.member_id, scope)))
    paid: dict[int, dict[int, tuple]] = defaultdict(dict)
    for member_id, month, *payment in rows:
        paid[member_id][month] = tuple(payment)
    return paid


def _row(member, year: int, until: int, base, paid: dict, rules: DuesRules) -> LedgerRow:
    _id, uuid, name, branch_uuid, branch, joined = member
    monthly = monthly_dues(base[0], from_fen(base[1]), rules) if base else None
    first = month_index(joined.year, joined.month) if joined else month_index(year, 1)
    cells, due, total, unpaid = [], ZERO, ZERO, []
    for month in range(1, 13):
        index = month_index(year, month)
        owed = monthly if monthly is not None and index >= first else None
        fen, payment_uuid, receipt, paid_on, proxy = paid.get(month, (None, None, "", None, ""))
        amount = from_fen(fen) if fen is not None else None
        cells.append(LedgerCell(owed, amount, payment_uuid, receipt, paid_on, proxy))
        total += amount or ZERO
        if owed is not None and index <= until:
            due += owed
            if amount is None:
                unpaid.append(month_label(index))
    return LedgerRow(uuid, name, branch_uuid, branch, base[0] if base else None, from_fen(base[1]) if base else None,
                     monthly, tuple(cells), due, total, tuple(unpaid))


def ledger(db: Database, year: int, branch_uuid: str | None = None, today: date | None = None) -> list[LedgerRow]:
    """Every party member of the branch (or office) with the year's twelve months, due and paid."""
    require(db, Permission.READ)
    rules, until = dues_rules(db), counted_until(year, today or date.today())
    with db.read() as session:
        scope = _scope(session, branch_uuid)
        members = _members(session, scope)
        bases, paid = _bases(session, year, scope), _payments(session, year, scope)
    return [_row(m, year, until, bases.get(m[0]), paid.get(m[0], {}), rules) for m in members]


def arrears(db: Database, year: int, branch_uuid: str | None = None, today: date | None = None) -> list[LedgerRow]:
    """Members who owe at least one month of the year so far."""
    return [row for row in ledger(db, year, branch_uuid, today) if row.unpaid_months]


def branch_totals(db: Database, year: int, today: date | None = None) -> list[BranchTotal]:
    """应交, 实交 and 欠交 per branch for the year so far, aggregated in SQL (one row per distinct due)."""
    require(db, Permission.READ)
    rules, until = dues_rules(db), counted_until(year, today or date.today())
    party = (Member.deleted_at.is_(None), Member.status.in_(PARTY_MEMBERS))
    first = func.coalesce(greatest(month_number(Member.joined_on), year * 12), year * 12).label("first")
    with db.read() as session:
        branches = session.execute(select(Branch.id, Branch.uuid, Branch.name).where(Branch.deleted_at.is_(None))
                                   .order_by(Branch.sort_order, Branch.id)).all()
        members = dict(session.execute(select(Member.branch_id, func.count()).where(*party)
                                       .group_by(Member.branch_id)).all())
        dues_groups = session.execute(
            select(Member.branch_id, DuesBase.category, DuesBase.base_fen, first, func.count())
            .join(DuesBase, DuesBase.member_id == Member.id)
            .where(*party, DuesBase.year == year, DuesBase.deleted_at.is_(None))
            .group_by(Member.branch_id, DuesBase.category, DuesBase.base_fen, first)).all()
        paid = dict(session.execute(
            select(Member.branch_id, func.sum(DuesPayment.amount_fen))
            .join(DuesPayment, DuesPayment.member_id == Member.id)
            .where(*party, DuesPayment.year == year, DuesPayment.deleted_at.is_(None))
            .group_by(Member.branch_id)).all())
    due: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for branch_id, category, base_fen, first_month, count in dues_groups:
        months = max(0, until - int(first_month) + 1)
        due[branch_id] += monthly_dues(category, from_fen(base_fen), rules) * months * count
    return [BranchTotal(uuid, name, members[branch_id], due[branch_id], from_fen(int(paid.get(branch_id) or 0)))
            for branch_id, uuid, name in branches if members.get(branch_id)]
