"""签到表: the expected members of an activity in roster order, to be signed by hand."""

from __future__ import annotations

import math
from datetime import date

from reportlab.lib.units import mm

from partydesk.domain.enums import AttendanceStatus
from partydesk.services import attendance, calendar
from partydesk.services.offices import local_office
from partydesk.services.reports.common import Document, data_table, fitted, form_table, gap, para
from partydesk.services.reports.minutes import when
from partydesk.services.roster import MemberQuery, query_members
from partydesk.store.db import Database

TITLE = "签到表"
COLUMNS = ("序号", "姓名", "党小组", "签名", "备注")
COLUMN_WIDTHS = (14 * mm, 32 * mm, 40 * mm, 50 * mm, 38 * mm)
HEADER_HEIGHT = 9 * mm
ROW_HEIGHT = 11 * mm  # room for a handwritten signature
FUZZ = 0.5  # points kept free so reportlab's float sums never push a row over


def rows_to_fill(members: int, first_page_rows: int, page_rows: int) -> int:
    """Rows (members and blank ones) that fill whole pages: the first page holds fewer."""
    if members <= first_page_rows:
        return first_page_rows
    extra_pages = math.ceil((members - first_page_rows) / page_rows)
    return first_page_rows + extra_pages * page_rows


def _remark(line) -> str:
    if line.recorded and line.status is AttendanceStatus.LEAVE:
        return f"请假：{line.leave_reason}" if line.leave_reason else "请假"
    return ""


def _unit_column(db: Database, activity, lines) -> tuple[list[str], list[str]]:
    """党小组 for a branch's activity; 党支部 when the whole office is expected."""
    if activity.branch_uuid:
        return list(COLUMNS), [line.group_name for line in lines]
    uuids = tuple(line.member_uuid for line in lines)
    rows = query_members(db, MemberQuery(uuids=uuids, on_roster_only=False, limit=max(len(uuids), 1))).rows
    branch_of = {row.uuid: row.branch_name for row in rows}
    columns = list(COLUMNS)
    columns[2] = "党支部"
    return columns, [branch_of.get(line.member_uuid, "") for line in lines]


def sign_in_document(db: Database, activity_uuid: str, printed_on: date | None = None) -> Document:
    activity = calendar.get_activity(db, activity_uuid)
    lines = attendance.attendance_sheet(db, activity_uuid)
    office = local_office(db)
    office_name = office.name if office else ""
    heading = para(f"{activity.kind.zh}{TITLE}", "title")
    info = form_table(
        [
            ["活动主题", para(activity.title), "", ""],
            ["时间", para(when(activity)), "组织", para(activity.branch_name or office_name)],
            ["地点", para(activity.place), "主持人", para(activity.host)],
            ["应到人数", str(len(lines)), "实到人数", ""],
        ],
        [22 * mm, 76 * mm, 22 * mm, 54 * mm],
        label_columns=(0, 2),
        extra=[("SPAN", (1, 0), (3, 0))],
    )
    document = Document(TITLE, office_name, [], printed_on or date.today())
    width, height = document.frame_size()
    head_height = heading.wrap(width, height)[1] + heading.getSpaceAfter() + info.wrap(width, height)[1] + 4 * mm
    first = int((height - head_height - HEADER_HEIGHT - FUZZ) // ROW_HEIGHT)
    later = int((height - HEADER_HEIGHT - FUZZ) // ROW_HEIGHT)
    total = rows_to_fill(len(lines), first, later)
    columns, units = _unit_column(db, activity, lines)
    body = [[str(n + 1), fitted(line.name, COLUMN_WIDTHS[1]), fitted(unit, COLUMN_WIDTHS[2]), "",
             fitted(_remark(line), COLUMN_WIDTHS[4])] for n, (line, unit) in enumerate(zip(lines, units, strict=False))]
    body += [[str(n + 1), "", "", "", ""] for n in range(len(lines), total)]
    table = data_table([columns, *body], COLUMN_WIDTHS, [HEADER_HEIGHT] + [ROW_HEIGHT] * total,
                       extra=[("ALIGN", (0, 1), (0, -1), "CENTER"), ("ALIGN", (1, 1), (1, -1), "CENTER")])
    document.story = [heading, info, gap(4), table]
    return document
