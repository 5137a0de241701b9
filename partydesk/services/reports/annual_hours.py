"""Study hours per member and 三会一课 held vs required, for the annual summary.

The figures are the compliance service's (`compliance_report`, its cached per-member standing
and held meetings), so the printed summary and the dashboard always agree.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether
from sqlalchemy import select

from partydesk.domain.compliance import ComplianceRules, periods
from partydesk.services import compliance
from partydesk.services.compliance import BranchCompliance, MemberHours
from partydesk.services.reports.charts import column_chart
from partydesk.services.reports.common import data_table, fitted, gap, grid_table, hours_text, para
from partydesk.store.db import Database
from partydesk.store.models import Branch

BANDS = ((0, 0, "0"), (0.5, 8, "0.5–8"), (8.5, 16, "8.5–16"), (16.5, 24, "16.5–24"), (24.5, 32, "24.5–32"),
         (32.5, 40, "32.5–40"), (40.5, 56, "40.5–56"), (56.5, float("inf"), "56以上"))


@dataclass(frozen=True)
class BranchMeetings:
    """Per requirement kind: (held this year, required this year, labels of periods already missed)."""

    branch: str
    counts: dict


@dataclass(frozen=True)
class HoursFigures:
    rules: ComplianceRules
    hours: list[float]  # every counted member's credited hours
    total_hours: float
    average_hours: float
    below_count: int
    below: tuple[MemberHours, ...]
    branches: list[tuple[BranchCompliance, float]]  # with each branch's total hours
    meetings: list[BranchMeetings]
    whole_office: bool
    probationary_due: tuple[compliance.ProbationDue, ...] = ()  # probation year over on the day judged
    probationary_due_soon: tuple[compliance.ProbationDue, ...] = ()  # ending within rules.probation_due_soon_days


def _meetings(branch: BranchCompliance, days: dict, year: int, rules: ComplianceRules) -> BranchMeetings:
    counts = {}
    for requirement in rules.meeting_requirements:
        missed = [s.period for s in branch.shortfalls if s.kind is requirement.kind]
        required = len(periods(year, requirement.frequency)) * requirement.min_count
        counts[requirement.kind] = (len(days.get(requirement.kind, ())), required, missed)
    return BranchMeetings(branch.branch_name, counts)


def figures(db: Database, year: int, branch_uuid: str | None, today: date) -> HoursFigures:
    """Hours and meetings of the scope, from one pass of the compliance service."""
    details = compliance.report_details(db, year, today, branch_uuid, list_limit=0 if branch_uuid else 1)
    report, data = details.report, details.data
    with db.read() as session:
        ids = dict(session.execute(select(Branch.uuid, Branch.id).where(
            Branch.uuid.in_([b.branch_uuid for b in report.branches]))).all())
    totals: dict[int, float] = defaultdict(float)
    for _member, branch_id, hours, _required in data.standing:
        totals[branch_id] += hours
    return HoursFigures(
        rules=report.rules, hours=[row[2] for row in data.standing],
        total_hours=sum(row[2] for row in data.standing), average_hours=report.average_hours,
        below_count=report.below, below=report.members_below,
        branches=[(b, totals.get(ids.get(b.branch_uuid), 0.0)) for b in report.branches],
        meetings=[_meetings(b, compliance.branch_meeting_days(data.held, ids.get(b.branch_uuid)), year, report.rules)
                  for b in report.branches],
        whole_office=branch_uuid is None,
        probationary_due=report.probationary_due, probationary_due_soon=report.probationary_due_soon,
    )


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


def band_counts(hours: list[float]) -> list[int]:
    return [sum(1 for value in hours if low <= value <= high) for low, high, _ in BANDS]


def hours_section(figures: HoursFigures) -> list[Flowable]:
    rules = figures.rules
    story: list[Flowable] = [KeepTogether([
        para(f"全年应修学时：党员 {hours_text(rules.required_hours_member)} 学时，"
             f"支部书记、委员 {hours_text(rules.required_hours_cadre)} 学时。"
             f"党员 {len(figures.hours)} 人，人均 {hours_text(figures.average_hours)} 学时，"
             f"未达标 {figures.below_count} 人。", "plain"),
        gap(2),
        column_chart("党员学时分布（人数）", [label for *_, label in BANDS], band_counts(figures.hours),
                     axis_note="横轴：全年已修学时；纵轴：党员人数"),
    ])]
    if figures.whole_office:
        story += [gap(2), branch_hours_table(figures)]
    elif figures.below:
        rows = [["序号", "姓名", "党支部", "应修学时", "已修学时", "差额"]] + [
            [str(n), fitted(m.name, 30 * mm), fitted(m.branch_name, 50 * mm), hours_text(m.required),
             hours_text(m.hours), hours_text(m.shortfall)]
            for n, m in enumerate(figures.below, start=1)
        ]
        story += [gap(2), para("学时未达标党员名单", "plain"), gap(1),
                  data_table(rows, [14 * mm, 30 * mm, 50 * mm, 26 * mm, 26 * mm, 28 * mm],
                             extra=[("ALIGN", (0, 1), (-1, -1), "CENTER")])]
    return story


def branch_hours_table(figures: HoursFigures) -> Flowable:
    """Office summary: hours per branch (the names are in each branch's own summary)."""
    rows = [["党支部", "党员人数", "累计学时", "人均学时", "达标人数", "未达标人数"]]
    for branch, total in figures.branches:
        rows.append([fitted(branch.branch_name, 44 * mm), str(branch.members), hours_text(total),
                     hours_text(branch.average_hours), str(branch.compliant), str(branch.below)])
    return data_table(rows, [44 * mm, 26 * mm, 26 * mm, 26 * mm, 26 * mm, 26 * mm],
                      extra=[("ALIGN", (1, 1), (-1, -1), "CENTER")])
