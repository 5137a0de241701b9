"""会议记录: the minutes of one activity for the paper file, with attendance and photos."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import CondPageBreak, Flowable, Image, KeepTogether, PageBreak

from partydesk.domain.enums import AttendanceStatus
from partydesk.services import attachments, attendance, calendar
from partydesk.services.calendar import ActivityDetail
from partydesk.services.offices import local_office
from partydesk.services.reports.common import (
    Document,
    chinese_date,
    clock,
    fitted,
    form_table,
    gap,
    heading,
    hours_text,
    name_list,
    para,
    ruled_lines,
    signature_line,
    text_block,
)
from partydesk.store.db import Database

HAND_LINES = 18
LIST_CELL_WIDTH = 146 * mm - 12  # the spanned value cell less its padding
LIST_CELL_HEIGHT = 60 * mm  # a longer name list leaves the form (a cell cannot run over pages)
PHOTO_BOX = (170 * mm, 95 * mm)  # two photos and captions fit one page
TITLE = "会议记录"


@dataclass(frozen=True)
class Photo:
    """One picture for the 活动照片 appendix: encoded image bytes and its caption."""

    data: bytes
    caption: str = ""


def activity_photos(db: Database, activity_uuid: str) -> list[Photo]:
    """The activity's photos (留痕) in the order they were attached."""
    return [
        Photo(attachments.get_image(db, info.uuid), info.caption or info.filename)
        for info in attachments.list_attachments(db, "activity", activity_uuid)
    ]


def when(activity: ActivityDetail) -> str:
    """2026年3月15日（星期日）14:30—16:30."""
    times = "—".join(t for t in (clock(activity.start_time), clock(activity.end_time)) if t)
    return f"{chinese_date(activity.on_date, weekday=True)} {times}".strip()


def _items(lines, status: AttendanceStatus, with_reason: bool = False) -> list[str]:
    """Each person as one unbreakable item: a name, or "name（reason）" for leave."""
    chosen = [line for line in lines if line.status is status]
    if with_reason:
        return [f"{line.name}（{line.leave_reason}）" if line.leave_reason else line.name for line in chosen]
    return [line.name for line in chosen]


NAME_LISTS = (
    ("出席人员", AttendanceStatus.PRESENT, False),
    ("请假人员及事由", AttendanceStatus.LEAVE, True),
    ("缺席人员", AttendanceStatus.ABSENT, False),
)


def attendance_rows(lines) -> tuple[list[list], list[Flowable]]:
    """应到/实到/请假/缺席 rows of the form, and the name lists too long for a cell.

    应到 is always the members of the body on the activity's date (`attendance.expected_members`).
    Before any mark is recorded the counts and names are left blank to fill by hand. A list
    taller than LIST_CELL_HEIGHT moves below the form as a numbered paragraph that may run
    over pages; its cell then says where it went.
    """
    expected = sum(1 for line in lines if line.expected)
    recorded = [line for line in lines if line.recorded]
    if not recorded:
        return [
            ["应到人数", str(expected), "实到人数", ""],
            ["请假人数", "", "缺席人数", ""],
            *[[label, "", "", ""] for label, _, _ in NAME_LISTS],
        ], []
    count = {status: sum(1 for line in recorded if line.status is status) for status in AttendanceStatus}
    rows = [
        ["应到人数", str(expected), "实到人数", str(count[AttendanceStatus.PRESENT])],
        ["请假人数", str(count[AttendanceStatus.LEAVE]), "缺席人数", str(count[AttendanceStatus.ABSENT])],
    ]
    below: list[Flowable] = []
    moved = 0
    for label, status, with_reason in NAME_LISTS:
        items = _items(recorded, status, with_reason)
        cell: Flowable = name_list(items)
        if cell.wrap(LIST_CELL_WIDTH, 1e9)[1] > LIST_CELL_HEIGHT:
            moved += 1
            below += [*heading(f"{moved}. {label}（{len(items)}人）"), name_list(items, "plain")]
            cell = para(f"共{len(items)}人，名单见表后第{moved}项")
        rows.append([label, cell, "", ""])
    return rows, below


def info_table(activity: ActivityDetail, lines) -> list[Flowable]:
    """The form (kind, topic, time, place, people, attendance), then any name list moved below it."""
    attendance_part, below = attendance_rows(lines)
    rows = [
        ["会议类型", activity.kind.zh, "学时", hours_text(activity.planned_hours)],
        ["会议主题", fitted(activity.title, 146 * mm), "", ""],
        ["会议时间", fitted(when(activity), 146 * mm), "", ""],
        ["会议地点", fitted(activity.place, 146 * mm), "", ""],
        ["主持人", fitted(activity.host, 64 * mm), "记录人", fitted(activity.recorder, 58 * mm)],
        ["主讲人", fitted(activity.speaker, 64 * mm), "所属组织", fitted(activity.branch_name, 58 * mm)],
        *attendance_part,
    ]
    spans = [("SPAN", (1, row), (3, row)) for row, cells in enumerate(rows) if cells[2] == ""]
    # Rows left blank for names written by hand get room for a line of handwriting.
    heights = [14 * mm if cells[2] == "" and cells[1] == "" else None for cells in rows]
    table = form_table(rows, [28 * mm, 64 * mm, 24 * mm, 58 * mm], label_columns=(0, 2), extra=spans,
                       row_heights=heights)
    return [table, *below]


def content(activity: ActivityDetail) -> list[Flowable]:
    """The minutes text with its paragraphs, or ruled lines to write them by hand."""
    paragraphs = text_block(activity.minutes)
    if paragraphs:
        return paragraphs
    return [ruled_lines(HAND_LINES, 174 * mm)]


def photo_pages(photos: Sequence[Photo]) -> list[Flowable]:
    """活动照片: each photo scaled into half a page, with its caption under it."""
    if not photos:
        return []
    story: list[Flowable] = [PageBreak(), para("活动照片", "title")]
    for number, photo in enumerate(photos, start=1):
        reader = ImageReader(io.BytesIO(photo.data))
        width, height = reader.getSize()
        scale = min(PHOTO_BOX[0] / width, PHOTO_BOX[1] / height)
        image = Image(io.BytesIO(photo.data), width * scale, height * scale)
        caption = para(f"图{number}  {photo.caption}".strip(), "cell_center")
        story.append(KeepTogether([image, gap(2), caption, gap(6)]))
    return story


def minutes_document(db: Database, activity_uuid: str, printed_on: date | None = None,
                     photos: Sequence[Photo] | None = None) -> Document:
    activity = calendar.get_activity(db, activity_uuid)
    lines = attendance.attendance_sheet(db, activity_uuid)
    office = local_office(db)
    document_title = f"{activity.branch_name or (office.name if office else '')}{TITLE}"
    story: list[Flowable] = [
        para(document_title, "title"),
        *info_table(activity, lines),
        gap(5),
        *heading("会议内容"),
        *content(activity),
        CondPageBreak(20 * mm),
        gap(6),
        signature_line("主持人签字", "记录人签字"),
        *photo_pages(activity_photos(db, activity_uuid) if photos is None else photos),
    ]
    return Document(TITLE, office.name if office else "", story, printed_on or date.today())
