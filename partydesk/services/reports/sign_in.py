"""签到表: the members of the activity's body on its date, in roster order, to be signed by hand."""

from __future__ import annotations

import math
from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from partydesk.domain.enums import AttendanceStatus
from partydesk.services import attendance, calendar
from partydesk.services.offices import local_office
from partydesk.services.reports.cjk import CJKParagraph
from partydesk.services.reports.common import (
    CELL_PADDING,
    STYLES,
    Document,
    data_table,
    escape,
    fitted,
    form_table,
    gap,
    one_line,
    para,
)
from partydesk.services.reports.minutes import when
from partydesk.store.db import Database

TITLE = "签到表"
COLUMNS = ("序号", "姓名", "党小组", "签名", "备注")
COLUMN_WIDTHS = (14 * mm, 32 * mm, 40 * mm, 50 * mm, 38 * mm)
HEADER_HEIGHT = 9 * mm
ROW_HEIGHT = 11 * mm  # room for a handwritten signature
FUZZ = 0.5  # points kept free so reportlab's float sums never push a row over
CELL_TOP_BOTTOM = 7  # the grid's top and bottom cell padding


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


def _boxed(text: str, width: float) -> tuple[object, float]:
    """A remark in a font small enough for the signature row; a longer one makes its row taller."""
    if not text:
        return "", ROW_HEIGHT
    room = ROW_HEIGHT - CELL_TOP_BOTTOM
    for size in (9, 8, 7, 6):
        paragraph = CJKParagraph(escape(text), ParagraphStyle(f"remark{size}", parent=STYLES["small"],
                                                             fontSize=size, leading=size * 1.2))
        needed = paragraph.wrap(width - 2 * CELL_PADDING, 1e9)[1]
        if needed <= room:
            return paragraph, ROW_HEIGHT
    return paragraph, needed + CELL_TOP_BOTTOM


def _unit_column(activity, lines) -> tuple[list[str], list[str]]:
    """党小组 for a branch's activity; 党支部 when the whole office is expected."""
    columns = list(COLUMNS)
    if activity.branch_uuid:
        return columns, [line.group_name for line in lines]
    columns[2] = "党支部"
    return columns, [line.branch_name for line in lines]


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
            ["应到人数", str(sum(1 for line in lines if line.expected)), "实到人数", ""],
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
    columns, units = _unit_column(activity, lines)
    body, heights = [], []
    for n, (line, unit) in enumerate(zip(lines, units, strict=True)):
        remark, height = _boxed(_remark(line), COLUMN_WIDTHS[4])
        body.append([str(n + 1), one_line(line.name, COLUMN_WIDTHS[1]), fitted(unit, COLUMN_WIDTHS[2]), "", remark])
        heights.append(height)
    body += [[str(n + 1), "", "", "", ""] for n in range(len(lines), total)]
    heights += [ROW_HEIGHT] * (total - len(lines))
    table = data_table([columns, *body], COLUMN_WIDTHS, [HEADER_HEIGHT, *heights],
                       extra=[("ALIGN", (0, 1), (0, -1), "CENTER"), ("ALIGN", (1, 1), (1, -1), "CENTER")])
    document.story = [heading, info, gap(4), table]
    return document
