"""Attendance from a filled sign-in sheet (签到表)."""

from __future__ import annotations

import openpyxl
import pytest

from partydesk.domain.enums import ActivityKind, AttendanceStatus
from partydesk.services import attendance, calendar
from partydesk.services.importing import (
    Action,
    ImportRejected,
    preview_attendance_import,
    run_attendance_import,
)
from tests.services.helpers import TODAY, add_member, table_counts
from tests.services.importing.test_import_roster import make_id, save

ID_LIU = make_id("19700303")


@pytest.fixture
def activity(db, branch_uuid):
    for name in ("王伟", "李娜", "张强", "赵敏"):
        add_member(db, branch_uuid, name)
    add_member(db, branch_uuid, "刘洋", resident_id=ID_LIU)
    add_member(db, branch_uuid, "刘洋")
    return calendar.create_activity(db, calendar.ActivityInput(
        ActivityKind.BRANCH_MEETING, "学习党的二十届四中全会精神", "2026-11-20", branch_uuid, planned_hours=2))


def sign_in_sheet(path) -> str:
    book = openpyxl.Workbook()
    ws = book.active
    ws["A1"] = "支部党员大会签到表"
    ws.merge_cells("A1:E1")
    ws.append(["时间：2026年11月20日", None, "地点：党群服务中心"])
    ws.append(["序号", "姓名", "身份证号码", "签到", "请假事由"])
    ws.append([1, "王 伟", None, "王伟", None])
    ws.append([2, "李娜", None, None, "住院"])
    ws.append([3, "张强", None, None, None])
    ws.append([4, "赵敏", None, "请假", "出差"])
    ws.append([5, "刘洋", ID_LIU, "√", None])
    ws.append([6, "孙悟空", None, "√", None])
    ws.append([7, "王伟", None, "√", None])
    ws.append(["应到5人，实到2人"])
    return save(book, path)


def test_sign_in_sheet_preview_and_all_or_nothing(db, activity, tmp_path):
    path = sign_in_sheet(tmp_path / "签到表.xlsx")
    preview = preview_attendance_import(db, path, activity, today=TODAY)
    rows = {o.row: o for o in preview.outcomes}
    assert preview.header_row == 3
    assert rows[4].action is Action.REJECT and rows[10].action is Action.REJECT  # 王伟 twice
    assert (rows[5].action, rows[5].reason) == (Action.CREATE, "请假（住院）")
    assert rows[6].reason == "缺席"
    assert rows[8].action is Action.CREATE  # the ID tells the two 刘洋 apart
    assert (rows[9].action, rows[9].field) == (Action.REJECT, "name")
    assert rows[11].action is Action.SKIP
    before = table_counts(db)
    with pytest.raises(ImportRejected):
        run_attendance_import(db, path, activity, today=TODAY)
    assert table_counts(db) == before


def test_skip_invalid_records_the_valid_marks(db, activity, tmp_path):
    path = sign_in_sheet(tmp_path / "签到表.xlsx")
    result = run_attendance_import(db, path, activity, skip_invalid=True, today=TODAY)
    assert (result.imported, len(result.rejected)) == (4, 3)
    summary = attendance.attendance_summary(db, activity)
    assert (summary.present, summary.leave, summary.absent) == (1, 2, 1)
    assert summary.hours_credited == 2
    lines = {line.name: line for line in attendance.attendance_sheet(db, activity) if line.recorded}
    assert lines["李娜"].leave_reason == "住院"
    again = preview_attendance_import(db, path, activity, today=TODAY)
    assert {o.row: o.action for o in again.outcomes}[5] is Action.UPDATE


def test_status_column_and_name_without_id_ambiguity(db, activity, tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["姓名", "出席情况", "备注"])
    book.active.append(["王伟", "出席", None])
    book.active.append(["李娜", "缺席", None])
    book.active.append(["张强", "迟到", None])
    book.active.append(["刘洋", "出席", None])
    preview = preview_attendance_import(db, save(book, tmp_path / "s.xlsx"), activity, today=TODAY)
    rows = {o.row: o for o in preview.outcomes}
    assert rows[2].reason == AttendanceStatus.PRESENT.label()
    assert rows[3].reason == AttendanceStatus.ABSENT.label()
    assert (rows[4].action, rows[4].field) == (Action.REJECT, "attendance")
    assert (rows[5].action, rows[5].field) == (Action.REJECT, "name") and "2" in rows[5].reason


def test_a_bare_list_of_names_means_present(db, activity, tmp_path):
    path = tmp_path / "names.csv"
    path.write_bytes("序号,姓名\r\n1,王伟\r\n2,赵敏\r\n".encode("gbk"))
    result = run_attendance_import(db, path, activity, today=TODAY)
    assert result.imported == 2
    assert attendance.attendance_summary(db, activity).present == 2
