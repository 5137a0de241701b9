"""年度党员教育培训情况统计: a year of study, meetings, hours, service and talks, per branch or office."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from partydesk.domain.enums import ActivityKind, ActivityState, MemberStatus, ServiceCategory, TalkKind, TopicArea
from partydesk.services.common import Cancelled, OperationCancelled, Progress, never_cancelled, no_progress
from partydesk.services.offices import local_office
from partydesk.services.reports import annual_hours
from partydesk.services.reports.annual_counts import YearCounts, year_counts
from partydesk.services.reports.charts import bar_chart
from partydesk.services.reports.common import (
    Document,
    data_table,
    fitted,
    gap,
    grid_table,
    heading,
    hours_text,
    para,
)
from partydesk.services.reports.roster import organisation_name
from partydesk.store.db import Database

TITLE = "年度党员教育培训情况统计"


@dataclass(frozen=True)
class YearRecords:
    """Everything of one year the summary counts, for one branch or the whole office."""

    organisation: str
    year: int
    counts: YearCounts
    hours: annual_hours.HoursFigures


def gather(db: Database, year: int, branch_uuid: str | None, today: date) -> YearRecords:
    """The counts and the compliance figures, queried side by side (SQLite reads run in parallel)."""
    organisation = organisation_name(db, branch_uuid)
    with ThreadPoolExecutor(max_workers=1) as pool:
        counts = pool.submit(year_counts, db, year, branch_uuid, today)
        hours = annual_hours.figures(db, year, branch_uuid, today)
        return YearRecords(organisation, year, counts.result(), hours)


def overview(records: YearRecords) -> Flowable:
    counts, hours = records.counts, records.hours
    members = counts.members
    services, talk_total = counts.service_total(), counts.talk_total()
    rows = [
        ["项目", "数量", "项目", "数量"],
        ["党员总数", f"{members[MemberStatus.FULL] + members[MemberStatus.PROBATIONARY]} 人",
         "其中预备党员", f"{members[MemberStatus.PROBATIONARY]} 人"],
        ["开展学习教育活动", f"{counts.held} 次", "计划未开展", f"{counts.activity_states[ActivityState.PLANNED]} 次"],
        ["参加人次", f"{counts.present} 人次", "累计学时", f"{hours_text(hours.total_hours)} 学时"],
        ["人均学时", f"{hours_text(hours.average_hours)} 学时", "学时未达标", f"{hours.below_count} 人"],
        ["服务实践", f"{services.entries} 次", "服务群众", f"{services.people_served} 人次"],
        ["谈心谈话等", f"{talk_total.talks} 次", "跟进逾期", f"{talk_total.overdue} 次"],
        ["预备期已满待转正", f"{len(hours.probationary_due)} 人",
         f"{hours.rules.probation_due_soon_days}日内预备期满", f"{len(hours.probationary_due_soon)} 人"],
        ["新媒体宣传", f"{counts.publicity} 次", "", ""],
    ]
    return grid_table(rows, [45 * mm, 42 * mm, 45 * mm, 42 * mm], extra=[("ALIGN", (1, 1), (-1, -1), "CENTER")])


def activities_section(records: YearRecords) -> list[Flowable]:
    counts = records.counts
    kinds = [kind for kind in ActivityKind if kind in counts.activity_kinds]
    by_kind = counts.activity_kinds
    kind_rows = [["活动类别", "开展次数", "参加人次", "活动学时"]] + [
        [kind.zh, str(by_kind[kind].held), str(by_kind[kind].present), hours_text(by_kind[kind].hours)]
        for kind in kinds
    ] + [["合计", str(counts.held), str(counts.present), hours_text(sum(c.hours for c in by_kind.values()))]]
    topic_rows = [["主题领域", "开展次数"]] + [[area.zh, str(counts.topics[area])] for area in TopicArea
                                             if counts.topics[area]]
    story: list[Flowable] = [
        grid_table(kind_rows, [60 * mm, 38 * mm, 38 * mm, 38 * mm], extra=[("ALIGN", (1, 1), (-1, -1), "CENTER")]),
        gap(3),
    ]
    if kinds:
        story.append(bar_chart("各类活动开展次数", [k.zh for k in kinds], [by_kind[k].held for k in kinds]))
    story += [gap(3), KeepTogether([para("按主题领域", "plain"), gap(1), grid_table(
        topic_rows, [87 * mm, 87 * mm], extra=[("ALIGN", (1, 1), (-1, -1), "CENTER")])])]
    return story


def services_section(records: YearRecords) -> Flowable:
    services = records.counts.services
    rows = [["服务类别", "次数", "参与人次", "服务学时", "服务群众"]]
    for category in ServiceCategory:
        if category in services:
            count = services[category]
            rows.append([category.zh, str(count.entries), str(count.participants), hours_text(count.hours),
                         str(count.people_served)])
    total = records.counts.service_total()
    rows.append(
        ["合计", str(total.entries), str(total.participants), hours_text(total.hours), str(total.people_served)]
    )
    return grid_table(
        rows, [58 * mm, 29 * mm, 29 * mm, 29 * mm, 29 * mm], extra=[("ALIGN", (1, 1), (-1, -1), "CENTER")]
    )


def talks_section(records: YearRecords) -> Flowable:
    """Counts only: a summary never shows what was said in a talk."""
    talks = records.counts.talks
    rows = [["谈话类型", "次数", "跟进已完成", "跟进逾期"]]
    rows += [
        [kind.zh, str(talks[kind].talks), str(talks[kind].followed_up), str(talks[kind].overdue)]
        for kind in TalkKind
        if kind in talks
    ]
    total = records.counts.talk_total()
    rows.append(["合计", str(total.talks), str(total.followed_up), str(total.overdue)])
    return grid_table(rows, [60 * mm, 38 * mm, 38 * mm, 38 * mm], extra=[("ALIGN", (1, 1), (-1, -1), "CENTER")])


def probation_section(records: YearRecords) -> list[Flowable]:
    """Probationary members whose year is over (the branch must decide) and those whose year ends soon."""
    hours = records.hours
    soon = f"{hours.rules.probation_due_soon_days}日内期满"
    people = [(p, "预备期已满，待讨论转正") for p in hours.probationary_due]
    people += [(p, soon) for p in hours.probationary_due_soon]
    if not people:
        return [para("无预备期已满或即将期满的预备党员。", "plain")]
    widths = [28 * mm, 44 * mm, 28 * mm, 28 * mm, 46 * mm]
    rows = [["姓名", "党支部", "接收日期", "预备期满", "状态"]] + [
        [
            fitted(p.name, widths[0]),
            fitted(p.branch_name, widths[1]),
            p.joined_on.isoformat(),
            p.probation_ends.isoformat(),
            fitted(state, widths[4]),
        ]
        for p, state in people
    ]
    return [data_table(rows, widths, extra=[("ALIGN", (2, 1), (3, -1), "CENTER")])]


def annual_document(
    db: Database,
    year: int,
    branch_uuid: str | None = None,
    printed_on: date | None = None,
    today: date | None = None,
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
) -> Document:
    today = today or date.today()
    if cancelled():
        raise OperationCancelled()
    records = gather(db, year, branch_uuid, today)
    progress(1, 2)
    office = local_office(db)
    story: list[Flowable] = [
        para(f"{records.organisation}{year}年度党员教育培训情况统计", "title"),
        *heading("一、基本情况"),
        overview(records),
        *heading("二、学习教育活动开展情况"),
        *activities_section(records),
        *heading("三、“三会一课”及主题党日落实情况"),
        *annual_hours.meetings_section(records.hours),
        *heading("四、党员学时情况"),
        *annual_hours.hours_section(records.hours),
        *heading("五、服务实践情况"),
        services_section(records),
        *heading("六、谈心谈话情况"),
        talks_section(records),
        *heading("七、预备党员转正情况"),
        *probation_section(records),
    ]
    progress(2, 2)
    return Document(TITLE, office.name if office else "", story, printed_on or today)
