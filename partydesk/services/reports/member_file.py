"""党员教育培训档案: one member's year of study, service practice, talks and status history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable
from sqlalchemy import select

from partydesk.domain.compliance import hours_shortfall, required_hours
from partydesk.domain.dates import format_date
from partydesk.domain.enums import ActivityKind, AttendanceStatus, ServiceCategory
from partydesk.services import roster, talks
from partydesk.services.access import Permission, require
from partydesk.services.common import get_live
from partydesk.services.offices import local_office
from partydesk.services.reports.common import (
    Document, data_table, fitted, form_table, gap, heading, hours_text, para, signature_line,
)
from partydesk.services.settings import compliance_rules
from partydesk.store.db import Database
from partydesk.store.models import Activity, Attendance, Member, ServiceEntry, ServiceParticipant

TITLE = "党员教育培训档案"


@dataclass(frozen=True)
class AttendedActivity:
    on_date: date
    kind: ActivityKind
    title: str
    status: AttendanceStatus
    leave_reason: str
    hours: float


@dataclass(frozen=True)
class ServiceLine:
    on_date: date
    category: ServiceCategory
    title: str
    hours: float


def _year(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def attended(db: Database, member_uuid: str, year: int) -> list[AttendedActivity]:
    """The member's attendance marks of the year, in date order."""
    with db.read() as session:
        member = get_live(session, Member, member_uuid, "member")
        rows = session.connection().execute(
            select(Activity.on_date, Activity.kind, Activity.title, Attendance.status, Attendance.leave_reason,
                   Attendance.hours)
            .join(Activity, Activity.id == Attendance.activity_id)
            .where(Attendance.member_id == member.id, Attendance.deleted_at.is_(None),
                   Activity.deleted_at.is_(None), Activity.on_date.between(*_year(year)))
            .order_by(Activity.on_date, Activity.start_time, Activity.id)
        ).all()
    return [AttendedActivity(*row) for row in rows]


def services_of(db: Database, member_uuid: str, year: int) -> list[ServiceLine]:
    """Service practice the member took part in, with the hours credited to them."""
    with db.read() as session:
        member = get_live(session, Member, member_uuid, "member")
        rows = session.connection().execute(
            select(ServiceEntry.on_date, ServiceEntry.category, ServiceEntry.title, ServiceParticipant.hours)
            .join(ServiceEntry, ServiceEntry.id == ServiceParticipant.service_entry_id)
            .where(ServiceParticipant.member_id == member.id, ServiceParticipant.deleted_at.is_(None),
                   ServiceEntry.deleted_at.is_(None), ServiceEntry.on_date.between(*_year(year)))
            .order_by(ServiceEntry.on_date, ServiceEntry.id)
        ).all()
    return [ServiceLine(*row) for row in rows]


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


def _study_section(lines: list[AttendedActivity], required: float) -> list[Flowable]:
    total = sum(line.hours for line in lines)
    missing = hours_shortfall(total, required)
    verdict = "已达标" if missing == 0 else f"尚差 {hours_text(missing)} 学时"
    summary = para(f"全年参加活动 {sum(1 for line in lines if line.status is AttendanceStatus.PRESENT)} 次，"
                   f"累计 {hours_text(total)} 学时；应修 {hours_text(required)} 学时，{verdict}。", "plain")
    if not lines:
        return [para("本年度无参加活动记录。", "plain"), gap(1), summary]
    rows = [["序号", "日期", "活动类别", "活动名称", "出勤", "学时"]]
    for number, line in enumerate(lines, start=1):
        status = line.status.zh + (f"（{line.leave_reason}）" if line.leave_reason else "")
        rows.append([str(number), format_date(line.on_date), fitted(line.kind.zh, 28 * mm), para(line.title),
                     fitted(status, 24 * mm), hours_text(line.hours)])
    table = data_table(rows, [12 * mm, 22 * mm, 28 * mm, 72 * mm, 24 * mm, 16 * mm],
                       extra=[("ALIGN", (0, 1), (1, -1), "CENTER"), ("ALIGN", (4, 1), (-1, -1), "CENTER")])
    return [table, gap(2), summary]


def _service_section(lines: list[ServiceLine]) -> list[Flowable]:
    if not lines:
        return [para("本年度无服务实践记录。", "plain")]
    rows = [["序号", "日期", "服务类别", "服务内容", "学时"]]
    rows += [[str(n), format_date(line.on_date), fitted(line.category.zh, 34 * mm), para(line.title),
              hours_text(line.hours)] for n, line in enumerate(lines, start=1)]
    rows.append(["", "", "", "合计", hours_text(sum(line.hours for line in lines))])
    return [data_table(rows, [12 * mm, 22 * mm, 34 * mm, 88 * mm, 18 * mm],
                       extra=[("ALIGN", (0, 1), (1, -1), "CENTER"), ("ALIGN", (4, 1), (4, -1), "CENTER")])]


def _talks_section(db: Database, member_uuid: str, year: int) -> list[Flowable]:
    """Talks that are not confidential: never even the existence of a confidential one."""
    rows_found = talks.query_talks(db, talks.TalkQuery(member_uuid=member_uuid, year=year, limit=1000,
                                                       descending=False)).rows
    shown = [row for row in rows_found if not row.confidential]
    if not shown:
        return [para("本年度无谈心谈话记录。", "plain")]
    rows = [["序号", "日期", "谈话类型", "谈话人", "跟进情况"]]
    for n, row in enumerate(shown, start=1):
        follow = "已完成" if row.follow_up_done else ("逾期未完成" if row.overdue else ("待跟进" if row.follow_up_due else ""))
        rows.append([str(n), format_date(row.on_date), row.kind.zh, fitted(row.talker, 50 * mm), follow])
    return [data_table(rows, [12 * mm, 26 * mm, 36 * mm, 56 * mm, 44 * mm],
                       extra=[("ALIGN", (0, 1), (-1, -1), "CENTER")])]


def _history_section(db: Database, member_uuid: str) -> list[Flowable]:
    history = roster.member_history(db, member_uuid)
    if not history:
        return [para("无身份变动记录。", "plain")]
    rows = [["日期", "事项", "变动后身份", "备注"]]
    rows += [[format_date(entry.on_date), fitted(entry.kind.zh, 44 * mm),
              entry.to_status.zh if entry.to_status else "", para(entry.note)] for entry in history]
    return [data_table(rows, [26 * mm, 44 * mm, 34 * mm, 70 * mm], extra=[("ALIGN", (0, 1), (2, -1), "CENTER")])]


def member_file_document(db: Database, member_uuid: str, year: int, printed_on: date | None = None) -> Document:
    require(db, Permission.READ)
    member = roster.get_member(db, member_uuid)
    required = required_hours(member.branch_role, compliance_rules(db))
    office = local_office(db)
    story: list[Flowable] = [
        para(f"{TITLE}（{year}年度）", "title"),
        _member_form(member),
        *heading("一、学习教育"), *_study_section(attended(db, member_uuid, year), required),
        *heading("二、服务实践"), *_service_section(services_of(db, member_uuid, year)),
        *heading("三、谈心谈话"), *_talks_section(db, member_uuid, year),
        *heading("四、身份及组织关系变动"), *_history_section(db, member_uuid),
        gap(5), signature_line("党支部书记签字", "党员本人签字"),
    ]
    return Document(TITLE, office.name if office else "", story, printed_on or date.today())
