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
    para,
    ruled_lines,
    signature_line,
    text_block,
)
from partydesk.store.db import Database

HAND_LINES = 18
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


def _names(lines, status: AttendanceStatus, with_reason: bool = False) -> str:
    chosen = [line for line in lines if line.status is status]
    if with_reason:
        return "、".join(f"{line.name}（{line.leave_reason}）" if line.leave_reason else line.name for line in chosen)
    return "、".join(line.name for line in chosen)


def attendance_rows(lines) -> list[list]:
    """应到/实到/请假/缺席 with names; blanks to fill by hand when nobody was marked yet.

    Once marks are recorded they are the attendance (as `attendance_summary` counts it);
    before that, 应到 is the members the activity is for.
    """
    recorded = [line for line in lines if line.recorded]
    if not recorded:
        return [
            ["应到人数", str(len(lines)), "实到人数", ""],
            ["请假人数", "", "缺席人数", ""],
            ["出席人员", "", "", ""],
            ["请假人员及事由", "", "", ""],
            ["缺席人员", "", "", ""],
        ]
    lines = recorded
    count = {status: sum(1 for line in lines if line.status is status) for status in AttendanceStatus}
    return [
        ["应到人数", str(len(lines)), "实到人数", str(count[AttendanceStatus.PRESENT])],
        ["请假人数", str(count[AttendanceStatus.LEAVE]), "缺席人数", str(count[AttendanceStatus.ABSENT])],
        ["出席人员", para(_names(lines, AttendanceStatus.PRESENT)), "", ""],
        ["请假人员及事由", para(_names(lines, AttendanceStatus.LEAVE, with_reason=True)), "", ""],
        ["缺席人员", para(_names(lines, AttendanceStatus.ABSENT)), "", ""],
    ]


def info_table(activity: ActivityDetail, lines) -> Flowable:
    rows = [
        ["会议类型", activity.kind.zh, "学时", hours_text(activity.planned_hours)],
        ["会议主题", fitted(activity.title, 146 * mm), "", ""],
        ["会议时间", fitted(when(activity), 146 * mm), "", ""],
        ["会议地点", fitted(activity.place, 146 * mm), "", ""],
        ["主持人", fitted(activity.host, 64 * mm), "记录人", fitted(activity.recorder, 58 * mm)],
        ["主讲人", fitted(activity.speaker, 64 * mm), "所属组织", fitted(activity.branch_name, 58 * mm)],
        *attendance_rows(lines),
    ]
    spans = [("SPAN", (1, row), (3, row)) for row, cells in enumerate(rows) if cells[2] == ""]
    # Rows left blank for names written by hand get room for a line of handwriting.
    heights = [14 * mm if cells[2] == "" and cells[1] == "" else None for cells in rows]
    return form_table(rows, [28 * mm, 64 * mm, 24 * mm, 58 * mm], label_columns=(0, 2), extra=spans,
                      row_heights=heights)


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
        info_table(activity, lines),
        gap(5),
        *heading("会议内容"),
        *content(activity),
        CondPageBreak(20 * mm),
        gap(6),
        signature_line("主持人签字", "记录人签字"),
        *photo_pages(activity_photos(db, activity_uuid) if photos is None else photos),
    ]
    return Document(TITLE, office.name if office else "", story, printed_on or date.today())
