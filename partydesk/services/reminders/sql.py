"""The SQL aggregates behind the reminders: consecutive missed and unpaid months per member."""

from __future__ import annotations

from datetime import date

from sqlalchemy import case, func, select

from partydesk.domain.dues import month_of
from partydesk.domain.enums import THREE_MEETINGS_ONE_LECTURE, ActivityKind, ActivityState, AttendanceStatus
from partydesk.services.dues.sql import greatest, least, month_number
from partydesk.store.models import Activity, Attendance, DuesBase, DuesPayment, Member

MEETING_KINDS = (*THREE_MEETINGS_ONE_LECTURE, ActivityKind.THEME_DAY)


def first_day(index: int) -> date:
    year, month = month_of(index)
    return date(year, month, 1)


def missed_meeting_runs(last: int, first: int, minimum: int, member_id: int | None = None):
    """member_id, months, since: months with only 缺席 marks after the last month with 出席 or 请假."""
    # The meetings of the window with their month, worked out once per meeting, not once per mark:
    # a materialized CTE (SQLite 3.35+, PostgreSQL 12+) keeps the database from inlining it.
    meetings = (
        select(Activity.id, month_number(Activity.on_date).label("mi"))
        .where(Activity.deleted_at.is_(None), Activity.state != ActivityState.CANCELLED,
               Activity.kind.in_(MEETING_KINDS), Activity.on_date >= first_day(first),
               Activity.on_date < first_day(last + 1))
        .cte("meetings").prefix_with("MATERIALIZED")
    )
    per_month = (
        select(Attendance.member_id, meetings.c.mi,
               func.sum(case((Attendance.status != AttendanceStatus.ABSENT, 1), else_=0)).label("kept"))
        .join(meetings, meetings.c.id == Attendance.activity_id)
        .where(Attendance.deleted_at.is_(None), *([Attendance.member_id == member_id] if member_id is not None else []))
        .group_by(Attendance.member_id, meetings.c.mi)
        .subquery()
    )
    kept_since = func.sum(case((per_month.c.kept > 0, 1), else_=0)).over(
        partition_by=per_month.c.member_id, order_by=per_month.c.mi.desc())
    ranked = select(per_month.c.member_id, per_month.c.mi, kept_since.label("kept_since")).subquery()
    months = func.count().label("months")
    return (select(ranked.c.member_id, months, func.min(ranked.c.mi).label("since"))
            .where(ranked.c.kept_since == 0).group_by(ranked.c.member_id).having(func.count() >= minimum)
            .subquery())


def dues_arrears_runs(last: int, first: int, minimum: int, member_id: int | None = None):
    """member_id, months, since: owed months (a base that year, after joining) after the last paid month."""
    paid_index = DuesPayment.year * 12 + DuesPayment.month - 1
    last_paid = (select(DuesPayment.member_id, func.max(paid_index).label("k"))
                 .where(DuesPayment.deleted_at.is_(None), paid_index <= last,
                        *([DuesPayment.member_id == member_id] if member_id is not None else []))
                 .group_by(DuesPayment.member_id).subquery())
    joined = func.coalesce(month_number(Member.joined_on), 0)
    low = greatest(DuesBase.year * 12, func.coalesce(last_paid.c.k, -1) + 1, joined, first)
    high = least(DuesBase.year * 12 + 11, last)
    per_year = (
        select(DuesBase.member_id, (high - low + 1).label("n"), low.label("lo"))
        .join(Member, Member.id == DuesBase.member_id)
        .outerjoin(last_paid, last_paid.c.member_id == DuesBase.member_id)
        .where(DuesBase.deleted_at.is_(None), DuesBase.year.between(month_of(first)[0], month_of(last)[0]),
               high >= low, *([DuesBase.member_id == member_id] if member_id is not None else []))
        .subquery()
    )
    months = func.sum(per_year.c.n)
    return (select(per_year.c.member_id, months.label("months"), func.min(per_year.c.lo).label("since"))
            .group_by(per_year.c.member_id).having(months >= minimum).subquery())
