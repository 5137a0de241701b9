"""The compliance use cases: the year's report for the office or a branch, and its long lists a page at a time."""

from __future__ import annotations

from datetime import date

from partydesk.services.access import Permission, require
from partydesk.services.common import Page
from partydesk.services.compliance.queries import (
    _branches,
    _member_hours,
    _overdue,
    _overdue_count,
    _probationary_due,
    _without_talk,
    _without_talk_count,
)
from partydesk.services.compliance.rollup import _branch_compliance, below_rows, year_data
from partydesk.services.compliance.shapes import (
    ComplianceReport,
    MemberHours,
    MemberRef,
    OverdueFollowUp,
    ReportDetails,
)
from partydesk.services.settings import compliance_rules
from partydesk.store.db import Database

LIST_LIMIT = 100


def compliance_report(db: Database, year: int, today: date | None = None, branch_uuid: str | None = None,
                      list_limit: int = LIST_LIMIT) -> ComplianceReport:
    """The year's compliance for the office or one branch; long lists cut at `list_limit` (0: all)."""
    return report_details(db, year, today, branch_uuid, list_limit).report


def report_details(db: Database, year: int, today: date | None = None, branch_uuid: str | None = None,
                   list_limit: int = LIST_LIMIT) -> ReportDetails:
    require(db, Permission.READ)
    today = today or date.today()
    rules = compliance_rules(db)
    limit = None if list_limit == 0 else list_limit
    with db.read() as session:
        branches = _branches(session, branch_uuid)
        scope = tuple(branches) if branch_uuid else None
        data = year_data(db, session, year, rules, scope, today)
        cells: dict[str, list] = {}
        branch_rows = _branch_compliance(branches, data, year, rules, today, cells)
        below = below_rows(data)
        total_hours = sum(row[2] for row in data.standing)
        without_talk = tuple(_without_talk(session, year, today, rules, scope, 0, None))
        count = len(data.standing)
        report = ComplianceReport(
            year=year, today=today, branch_uuid=branch_uuid, rules=rules, members=count,
            compliant=count - len(below), below=len(below),
            average_hours=round(total_hours / count, 2) if count else 0.0,
            branches=tuple(branch_rows), members_below=tuple(_member_hours(session, below[:limit])),
            shortfalls=tuple(s for b in branch_rows for s in b.shortfalls),
            without_talk_count=len(without_talk), without_talk=without_talk[:limit],
            overdue_count=_overdue_count(session, today, scope),
            overdue_follow_ups=tuple(_overdue(session, today, scope, 0, limit)),
            **_probationary_due(session, today, rules.probation_due_soon_days, scope),
        )
        return ReportDetails(report, data, cells, without_talk)


def members_below(db: Database, year: int, offset: int = 0, limit: int = LIST_LIMIT, today: date | None = None,
                  branch_uuid: str | None = None) -> Page[MemberHours]:
    """Members below their required hours, largest shortfall first, one page at a time."""
    require(db, Permission.READ)
    today = today or date.today()
    rules = compliance_rules(db)
    with db.read() as session:
        scope = tuple(_branches(session, branch_uuid)) if branch_uuid else None
        below = below_rows(year_data(db, session, year, rules, scope, today))
        return Page(_member_hours(session, below[offset: offset + limit]), len(below))


def members_without_talk(db: Database, year: int, offset: int = 0, limit: int = LIST_LIMIT,
                         today: date | None = None, branch_uuid: str | None = None) -> Page[MemberRef]:
    """Counted members with fewer talks this year than the rules ask, in roster order."""
    require(db, Permission.READ)
    today = today or date.today()
    rules = compliance_rules(db)
    with db.read() as session:
        scope = tuple(_branches(session, branch_uuid)) if branch_uuid else None
        rows = _without_talk(session, year, today, rules, scope, offset, limit)
        return Page(rows, _without_talk_count(session, year, today, rules, scope))


def overdue_follow_ups(db: Database, today: date | None = None, offset: int = 0, limit: int = LIST_LIMIT,
                       branch_uuid: str | None = None) -> Page[OverdueFollowUp]:
    require(db, Permission.READ)
    today = today or date.today()
    with db.read() as session:
        scope = tuple(_branches(session, branch_uuid)) if branch_uuid else None
        return Page(_overdue(session, today, scope, offset, limit), _overdue_count(session, today, scope))
