"""党员教育培训档案: one member's year of study, service practice, talks and status history."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from partydesk.domain.dates import format_date
from partydesk.services.member_year import MemberYear, member_year
from partydesk.services.offices import local_office
from partydesk.services.reports.common import (
    Document,
    data_table,
    fitted,
    form_table,
    gap,
    heading,
    hours_text,
    para,
    signature_line,
)
from partydesk.services.reports.vanguard import member_vanguard_section
from partydesk.store.db import Database

TITLE = "党员教育培训档案"


def _member_form(member) -> Flowable:
    wide = 52 * mm
    rows = [
        ["姓名", fitted(member.name, wide), "性别", member.gender.zh if member.gender else ""],
        ["出生日期", format_date(member.birth_date), "公民身份号码", member.resident_id_masked],
        ["党支部", fitted(member.branch_name, wide), "党小组", fitted(member.group_name, wide)],
        ["人员类别", member.status.zh, "党内职务", member.branch_role.zh],
        ["入党日期", format_date(member.joined_on), "转正日期", format_date(member.full_on)],
    ]
    return form_table(rows, [28 * mm, 59 * mm, 28 * mm, 59 * mm], label_columns=(0, 2))


def _study_section(year: MemberYear) -> list[Flowable]:
    lines = year.activities
    verdict = "已达标" if year.shortfall == 0 else f"尚差 {hours_text(year.shortfall)} 学时"
    standing = f"应修 {hours_text(year.required)} 学时，{verdict}" if year.counted else "不计入党员学时考核"
    summary = para(f"全年参加活动 {year.present} 次（请假 {year.leave} 次，缺席 {year.absent} 次），"
                   f"累计 {hours_text(year.hours)} 学时；{standing}。", "plain")
    if not lines:
        return [para("本年度无参加活动记录。", "plain"), gap(1), summary]
    rows = [["序号", "日期", "活动类别", "活动名称", "出勤", "学时"]]
    for number, line in enumerate(lines, start=1):
        status = line.status.zh + (f"（{line.leave_reason}）" if line.leave_reason else "")
        rows.append([str(number), format_date(line.on_date), fitted(line.kind.zh, 28 * mm), fitted(line.title, 72 * mm),
                     fitted(status, 24 * mm), hours_text(line.hours if line.credited else 0)])
    table = data_table(rows, [12 * mm, 22 * mm, 28 * mm, 72 * mm, 24 * mm, 16 * mm],
                       extra=[("ALIGN", (0, 1), (1, -1), "CENTER"), ("ALIGN", (4, 1), (-1, -1), "CENTER")])
    return [table, gap(2), summary]


def _service_section(year: MemberYear) -> list[Flowable]:
    if not year.services:
        return [para("本年度无服务实践记录。", "plain")]
    rows = [["序号", "日期", "服务类别", "服务内容", "时长"]]
    rows += [[str(n), format_date(entry.on_date), fitted(entry.category.zh, 34 * mm), fitted(entry.title, 88 * mm),
              hours_text(entry.hours)] for n, entry in enumerate(year.services, start=1)]
    table = data_table(rows, [12 * mm, 22 * mm, 34 * mm, 88 * mm, 18 * mm],
                       extra=[("ALIGN", (0, 1), (1, -1), "CENTER"), ("ALIGN", (4, 1), (4, -1), "CENTER")])
    total = para(f"参加服务实践 {len(year.services)} 次，本人计入服务学时 {hours_text(year.service_hours)} 学时。",
                 "plain")
    return [table, gap(2), total]


def _talks_section(year: MemberYear) -> list[Flowable]:
    """Talks that are not confidential: never even the existence of a confidential one."""
    shown = [row for row in year.talks if not row.confidential]
    if not shown:
        return [para("本年度无谈心谈话记录。", "plain")]
    rows = [["序号", "日期", "谈话类型", "谈话人", "跟进情况"]]
    for n, row in enumerate(shown, start=1):
        rows.append([str(n), format_date(row.on_date), row.kind.zh, fitted(row.talker, 50 * mm), _follow_up(row)])
    return [data_table(rows, [12 * mm, 26 * mm, 36 * mm, 56 * mm, 44 * mm],
                       extra=[("ALIGN", (0, 1), (-1, -1), "CENTER")])]


def _follow_up(row) -> str:
    if row.follow_up_done:
        return "已完成"
    if row.overdue:
        return "逾期未完成"
    return "待跟进" if row.follow_up_due else ""


def _history_section(history) -> list[Flowable]:
    if not history:
        return [para("无身份变动记录。", "plain")]
    rows = [["日期", "事项", "变动后身份", "备注"]]
    rows += [[format_date(entry.on_date), fitted(entry.kind.zh, 44 * mm),
              entry.to_status.zh if entry.to_status else "", para(entry.note)] for entry in history]
    return [data_table(rows, [26 * mm, 44 * mm, 34 * mm, 70 * mm], extra=[("ALIGN", (0, 1), (2, -1), "CENTER")])]


def member_file_document(db: Database, member_uuid: str, year: int, printed_on: date | None = None,
                         today: date | None = None) -> Document:
    printed_on = printed_on or date.today()
    record = member_year(db, member_uuid, year, today or printed_on)
    office = local_office(db)
    story: list[Flowable] = [
        para(f"{TITLE}（{year}年度）", "title"),
        _member_form(record.member),
        *heading("一、学习教育"), *_study_section(record),
        *heading("二、服务实践"), *_service_section(record),
        *heading("三、谈心谈话"), *_talks_section(record),
        *heading("四、身份及组织关系变动"), *_history_section(record.history),
        *heading("五、先锋模范"), *member_vanguard_section(db, member_uuid, year),
        gap(5), signature_line("党支部书记签字", "党员本人签字"),
    ]
    return Document(TITLE, office.name if office else "", story, printed_on)
