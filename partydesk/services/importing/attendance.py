"""Attendance from a filled sign-in sheet (签到表): one member a row, by resident ID or name.

The status comes from a 出席情况 column (出席/请假/缺席), else from a 签到 column (any mark
means present; empty means leave when a reason is given, else absent); a bare list of names
means everyone listed was present.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from partydesk.domain.enums import AttendanceStatus
from partydesk.domain.errors import ValidationError
from partydesk.i18n import QT_TRANSLATE_NOOP, translate
from partydesk.services.access import Permission, require
from partydesk.services.attendance import Mark, record_attendance
from partydesk.services.common import Cancelled, Progress, get_live, never_cancelled, no_progress
from partydesk.services.importing.cells import ATTENDANCE_WORDS, attendance_cell, normalise_name, resident_id_cell
from partydesk.services.importing.common import (
    Action,
    ImportPreview,
    ImportRejected,
    ImportResult,
    RowOutcome,
    Table,
    check_cancel,
    classified_rows,
    open_table,
)
from partydesk.services.importing.headers import ATTENDANCE_HEADERS
from partydesk.services.importing.sheets import cell_text, match_text
from partydesk.store.db import Database
from partydesk.store.models import Activity, Attendance, Member

REQUIRED = ("name", "resident_id")


@dataclass(frozen=True)
class _Line:
    row: int
    name: str
    mark: Mark


def preview_attendance_import(
    db: Database, path: str | Path, activity_uuid: str, mapping: dict[int, str] | None = None,
    progress: Progress = no_progress, cancelled: Cancelled = never_cancelled, today: date | None = None,
) -> ImportPreview:
    """Match every row to a member and read its mark; write nothing."""
    require(db, Permission.IMPORT)
    table = open_table(path, ATTENDANCE_HEADERS, REQUIRED, mapping)
    outcomes, _ = _read(db, table, activity_uuid, today or date.today(), progress, cancelled)
    sheet = table.sheet
    return ImportPreview(
        path=sheet.path, kind="attendance", sheet_name=sheet.sheet_name, encoding=sheet.encoding,
        header_row=table.header.row, columns=table.header.columns, mapping=dict(table.mapping),
        outcomes=tuple(outcomes), activity_uuid=activity_uuid,
    )


def run_attendance_import(
    db: Database, source: ImportPreview | str | Path, activity_uuid: str | None = None, skip_invalid: bool = False,
    mapping: dict[int, str] | None = None, progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled, today: date | None = None,
) -> ImportResult:
    """Record the marks in one transaction (the calendar's record_attendance)."""
    require(db, Permission.IMPORT)
    if isinstance(source, ImportPreview):
        path, mapping, activity_uuid = source.path, source.mapping, source.activity_uuid
    else:
        path = Path(source)
    if not activity_uuid:
        raise ValidationError("activity", QT_TRANSLATE_NOOP("ValidationError", "Choose the activity"))
    table = open_table(path, ATTENDANCE_HEADERS, REQUIRED, mapping)
    outcomes, lines = _read(db, table, activity_uuid, today or date.today(), progress, cancelled)
    result = ImportResult.from_outcomes(outcomes, written=True)
    if result.rejected and not skip_invalid:
        raise ImportRejected(ImportResult.from_outcomes(outcomes, written=False))
    check_cancel(cancelled)
    if lines:
        record_attendance(db, activity_uuid, [line.mark for line in lines])
    return result


def _read(db: Database, table: Table, activity_uuid: str, today: date, progress: Progress,
          cancelled: Cancelled) -> tuple[list[RowOutcome], list[_Line]]:
    with db.read() as session:
        activity = get_live(session, Activity, activity_uuid, "activity")
        members = _Members(session, activity)
    outcomes: list[RowOutcome] = []
    lines: list[_Line] = []
    total = max(table.sheet.row_count, 1)
    for number, values, reason in classified_rows(table, progress, cancelled, total):
        if reason:
            outcomes.append(RowOutcome(number, Action.SKIP, reason=reason))
            continue
        cells = {field: values[i] if i < len(values) else None for i, field in table.mapping.items()}
        name = normalise_name(cells.get("name"))
        try:
            uuid = members.find(cells, today)
            mark = Mark(uuid, *_status(cells), hours=_hours(cells.get("hours")))
        except ValidationError as error:
            outcomes.append(RowOutcome(number, Action.REJECT, name, error.field, error.message))
            continue
        lines.append(_Line(number, name or members.names[uuid], mark))
    progress(total, total)
    outcomes += _duplicates(lines)
    rejected = {o.row for o in outcomes if o.action is Action.REJECT}
    lines = [line for line in lines if line.row not in rejected]
    for line in lines:
        action = Action.UPDATE if line.mark.member_uuid in members.marked else Action.CREATE
        outcomes.append(
            RowOutcome(line.row, action, line.name, reason=_describe(line.mark), uuid=line.mark.member_uuid)
        )
    return sorted(outcomes, key=lambda o: o.row), lines


def _status(cells: dict) -> tuple[AttendanceStatus, str]:
    reason = cell_text(cells.get("leave_reason"))
    if "attendance" in cells:
        status = attendance_cell(cells["attendance"], "attendance", date.today())
    elif "signature" in cells:
        mark = match_text(cells["signature"])
        status = ATTENDANCE_WORDS.get(mark.lower(), AttendanceStatus.PRESENT) if mark else None
    else:
        status = AttendanceStatus.PRESENT
    if status is None:
        status = AttendanceStatus.LEAVE if reason else AttendanceStatus.ABSENT
    return status, reason if status is AttendanceStatus.LEAVE else ""


def _hours(value) -> float | None:
    text = cell_text(value)
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        raise ValidationError("hours", QT_TRANSLATE_NOOP("ValidationError", "Hours must be a number")) from None


def _describe(mark: Mark) -> str:
    status = AttendanceStatus(mark.status).label()
    return f"{status}（{mark.leave_reason}）" if mark.leave_reason else status


def _duplicates(lines: list[_Line]) -> list[RowOutcome]:
    rows: dict[str, list[int]] = {}
    for line in lines:
        rows.setdefault(line.mark.member_uuid, []).append(line.row)
    outcomes = []
    for line in lines:
        same = rows[line.mark.member_uuid]
        if len(same) > 1:
            others = ", ".join(str(r) for r in same if r != line.row)
            reason = translate(
                "ValidationError",
                QT_TRANSLATE_NOOP("ValidationError", "The same member is also in row {rows} of this file"),
                rows=others,
            )
            outcomes.append(RowOutcome(line.row, Action.REJECT, line.name, "member", reason))
    return outcomes


class _Members:
    """Live members by resident ID and by name; the activity's own branch wins a name clash."""

    def __init__(self, session, activity: Activity):
        rows = session.execute(
            select(Member.uuid, Member.name, Member.resident_id, Member.branch_id).where(Member.deleted_at.is_(None))
        ).all()
        self.names = {uuid: name for uuid, name, _, _ in rows}
        self.by_id = {rid: uuid for uuid, _, rid, _ in rows if rid}
        self.by_name: dict[str, list[tuple[str, int]]] = {}
        for uuid, name, _, branch_id in rows:
            self.by_name.setdefault(name, []).append((uuid, branch_id))
        self.branch_id = activity.branch_id
        self.marked = set(
            session.scalars(
                select(Member.uuid)
                .join(Attendance, Attendance.member_id == Member.id)
                .where(Attendance.activity_id == activity.id, Attendance.deleted_at.is_(None))
            )
        )

    def find(self, cells: dict, today: date) -> str:
        resident_id = resident_id_cell(cells.get("resident_id"), "resident_id", today)
        if resident_id:
            if resident_id not in self.by_id:
                raise ValidationError(
                    "resident_id", QT_TRANSLATE_NOOP("ValidationError", "No member on the roster has this resident ID")
                )
            return self.by_id[resident_id]
        name = normalise_name(cells.get("name"))
        if not name:
            raise ValidationError("name", QT_TRANSLATE_NOOP("ValidationError", "Enter the name"))
        found = self.by_name.get(name, [])
        if len(found) > 1:
            found = [f for f in found if f[1] == self.branch_id] or found
        if not found:
            raise ValidationError(
                "name", QT_TRANSLATE_NOOP("ValidationError", "No member called {name} on the roster"), name=name
            )
        if len(found) > 1:
            raise ValidationError(
                "name",
                QT_TRANSLATE_NOOP(
                    "ValidationError", "{count} members are called {name}; add a 身份证号码 column to tell them apart"
                ),
                count=len(found),
                name=name,
            )
        return found[0][0]
