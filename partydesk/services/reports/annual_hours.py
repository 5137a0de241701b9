"""Study hours per member and 三会一课 held vs required, for the annual summary.

Aggregated in SQL (one query for all members' hours, one for held meetings) so a
10,000-member office still prints in seconds; the rules come from `domain.compliance`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether
from sqlalchemy import func, select

from partydesk.domain.compliance import ComplianceRules, hours_shortfall, meeting_shortfalls, periods, required_hours
from partydesk.domain.enums import ActivityKind, ActivityState, BranchRole, MemberStatus, OrgKind
from partydesk.services.access import Permission, require
from partydesk.services.reports.charts import column_chart
from partydesk.services.reports.common import data_table, fitted, gap, grid_table, hours_text, para
from partydesk.services.settings import compliance_rules
from partydesk.store.db import Database
from partydesk.store.models import Activity, Attendance, Branch, Member

PARTY_MEMBERS = (MemberStatus.FULL, MemberStatus.PROBATIONARY)
BANDS = ((0, 0, "0"), (0.5, 8, "0.5–8"), (8.5, 16, "8.5–16"), (16.5, 24, "16.5–24"), (24.5, 32, "24.5–32"),
         (32.5, 40, "32.5–40"), (40.5, 56, "40.5–56"), (56.5, float("inf"), "56以上"))


@dataclass(frozen=True)
class MemberHours:
    name: str
    branch: str
    role: BranchRole
    hours: float
    required: float

    @property
    def missing(self) -> float:
        return hours_shortfall(self.hours, self.required)


@dataclass(frozen=True)
class BranchMeetings:
    """Per requirement kind: (held this year, required this year, periods already missed)."""

    branch: str
    counts: dict


@dataclass(frozen=True)
class HoursFigures:
    rules: ComplianceRules
    members: list[MemberHours]
    meetings: list[BranchMeetings]
    whole_office: bool

    @property
    def total_hours(self) -> float:
        return sum(m.hours for m in self.members)

    @property
    def average_hours(self) -> float:
        return round(self.total_hours / len(self.members), 1) if self.members else 0.0

    @property
    def below(self) -> list[MemberHours]:
        return [m for m in self.members if m.missing > 0]

    @property
    def below_count(self) -> int:
        return len(self.below)


def _year_span(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def member_hours(session, year: int, branch_uuid: str | None, rules: ComplianceRules) -> list[MemberHours]:
    """Every party member of the scope with the study hours credited to them in `year`."""
    start, end = _year_span(year)
    credited = (
        select(Attendance.member_id, func.sum(Attendance.hours).label("hours"))
        .join(Activity, Activity.id == Attendance.activity_id)
        .where(Attendance.deleted_at.is_(None), Activity.deleted_at.is_(None), Activity.on_date.between(start, end))
        .group_by(Attendance.member_id)
        .subquery()
    )
    stmt = (
        select(Member.name, Branch.name, Member.branch_role, func.coalesce(credited.c.hours, 0))
        .join(Branch, Branch.id == Member.branch_id)
        .outerjoin(credited, credited.c.member_id == Member.id)
        .where(Member.deleted_at.is_(None), Member.status.in_(PARTY_MEMBERS))
        .order_by(Branch.sort_order, Member.roster_order, Member.id)
    )
    if branch_uuid:
        stmt = stmt.where(Branch.uuid == branch_uuid)
    return [MemberHours(name, branch, role, float(hours), required_hours(role, rules))
            for name, branch, role, hours in session.connection().execute(stmt).all()]


def branch_meetings(session, year: int, branch_uuid: str | None, rules: ComplianceRules,
                    today: date) -> list[BranchMeetings]:
    """Held vs required 三会一课/主题党日 for each branch in scope."""
    start, end = _year_span(year)
    branches = select(Branch.id, Branch.name).where(Branch.deleted_at.is_(None), Branch.kind == OrgKind.BRANCH)
    if branch_uuid:
        branches = branches.where(Branch.uuid == branch_uuid)
    branch_rows = session.connection().execute(branches.order_by(Branch.sort_order, Branch.id)).all()
    held: dict[int, dict[ActivityKind, list[date]]] = defaultdict(lambda: defaultdict(list))
    for branch_id, kind, on in session.connection().execute(
        select(Activity.branch_id, Activity.kind, Activity.on_date)
        .where(Activity.deleted_at.is_(None), Activity.state == ActivityState.HELD,
               Activity.on_date.between(start, end), Activity.branch_id.is_not(None))
    ).all():
        held[branch_id][kind].append(on)
    result = []
    for branch_id, name in branch_rows:
        dates = held[branch_id]
        missed = defaultdict(list)
        for shortfall in meeting_shortfalls(dates, year, rules, today):
            missed[shortfall.kind].append(shortfall.period.label)
        counts = {
            requirement.kind: (len(dates.get(requirement.kind, ())),
                               len(periods(year, requirement.frequency)) * requirement.min_count,
                               missed[requirement.kind])
            for requirement in rules.meeting_requirements
        }
        result.append(BranchMeetings(name, counts))
    return result


def figures(db: Database, year: int, branch_uuid: str | None, today: date) -> HoursFigures:
    require(db, Permission.READ)
    rules = compliance_rules(db)
    with db.read() as session:
        members = member_hours(session, year, branch_uuid, rules)
        meetings = branch_meetings(session, year, branch_uuid, rules, today)
    return HoursFigures(rules, members, meetings, branch_uuid is None)


def meetings_section(figures: HoursFigures) -> list[Flowable]:
    kinds = [r.kind for r in figures.rules.meeting_requirements]
    if not figures.meetings:
        return [para("本单位未设党支部，无需统计。", "plain")]
    width = 174 * mm
    first = 38 * mm
    rest = (width - first) / max(len(kinds), 1)
    header = ["党支部", *(para(kind.zh, "cell_center") for kind in kinds)]
    rows = [header]
    for branch in figures.meetings:
        cells = [fitted(branch.branch, first)]
        for kind in kinds:
            held, required, missed = branch.counts[kind]
            cells.append(f"{held}/{required}" + ("*" if missed else ""))
        rows.append(cells)
    note = para("表中为“已开次数/全年应开次数”；带 * 者有已结束的期次未按要求召开。", "small")
    missed_rows = [["党支部", "未按期召开", "期次"]] + [
        [fitted(branch.branch, 44 * mm), kind.zh, para("、".join(branch.counts[kind][2]), "small")]
        for branch in figures.meetings for kind in kinds if branch.counts[kind][2]
    ]
    story: list[Flowable] = [grid_table(rows, [first] + [rest] * len(kinds),
                                        extra=[("ALIGN", (1, 1), (-1, -1), "CENTER")]), gap(1), note]
    if len(missed_rows) > 1:
        story += [gap(2), data_table(missed_rows, [44 * mm, 36 * mm, 94 * mm])]
    return story


def band_counts(members: list[MemberHours]) -> list[int]:
    return [sum(1 for m in members if low <= m.hours <= high) for low, high, _ in BANDS]


def hours_section(figures: HoursFigures) -> list[Flowable]:
    members = figures.members
    rules = figures.rules
    story: list[Flowable] = [KeepTogether([
        para(f"全年应修学时：党员 {hours_text(rules.required_hours_member)} 学时，"
             f"支部书记、委员 {hours_text(rules.required_hours_cadre)} 学时。"
             f"党员 {len(members)} 人，人均 {hours_text(figures.average_hours)} 学时，"
             f"未达标 {figures.below_count} 人。", "plain"),
        gap(2),
        column_chart("党员学时分布（人数）", [label for *_, label in BANDS], band_counts(members),
                     axis_note="横轴：全年已修学时；纵轴：党员人数"),
    ])]
    if figures.whole_office:
        story += [gap(2), branch_hours_table(figures)]
    elif figures.below:
        rows = [["序号", "姓名", "党支部", "应修学时", "已修学时", "差额"]] + [
            [str(n), fitted(m.name, 30 * mm), fitted(m.branch, 50 * mm), hours_text(m.required),
             hours_text(m.hours), hours_text(m.missing)]
            for n, m in enumerate(figures.below, start=1)
        ]
        story += [gap(2), para("学时未达标党员名单", "plain"), gap(1),
                  data_table(rows, [14 * mm, 30 * mm, 50 * mm, 26 * mm, 26 * mm, 28 * mm],
                             extra=[("ALIGN", (0, 1), (-1, -1), "CENTER")])]
    return story


def branch_hours_table(figures: HoursFigures) -> Flowable:
    """Office summary: hours per branch (the names are in each branch's own summary)."""
    by_branch: dict[str, list[MemberHours]] = defaultdict(list)
    for member in figures.members:
        by_branch[member.branch].append(member)
    rows = [["党支部", "党员人数", "累计学时", "人均学时", "达标人数", "未达标人数"]]
    for branch, members in by_branch.items():
        total = sum(m.hours for m in members)
        below = sum(1 for m in members if m.missing > 0)
        rows.append([fitted(branch, 44 * mm), str(len(members)), hours_text(total),
                     hours_text(round(total / len(members), 1)),
                     str(len(members) - below), str(below)])
    return data_table(rows, [44 * mm, 26 * mm, 26 * mm, 26 * mm, 26 * mm, 26 * mm],
                      extra=[("ALIGN", (1, 1), (-1, -1), "CENTER")])
