"""Export to .xlsx and CSV: text IDs, real dates, masking, permissions, audit, and round trips."""

from __future__ import annotations

import csv
from dataclasses import asdict
from datetime import date, datetime

import openpyxl
import pytest
from sqlalchemy import select

from partydesk.config import resolve
from partydesk.domain.actor import Actor
from partydesk.domain.enums import (
    ActivityKind,
    AttendanceStatus,
    BranchRole,
    MemberStatus,
    Role,
    ServiceCategory,
    TalkKind,
)
from partydesk.domain.errors import PermissionDenied, ValidationError
from partydesk.services import attendance, calendar, exporting, offices, roster, service_log, talks
from partydesk.services.common import OperationCancelled
from partydesk.services.exporting.sheets import roster_columns
from partydesk.services.importing import Action, preview_roster_import, run_roster_import
from partydesk.store.migrate import open_database
from partydesk.store.models import AuditEvent
from tests.services.helpers import TODAY, add_member, table_counts
from tests.services.importing.test_import_roster import make_id

ID_A = make_id("19650312", ending="X")
ID_B = make_id("19900701")


@pytest.fixture
def office(db, branch_uuid):
    group = offices.create_group(db, branch_uuid, "第一党小组")
    a = add_member(db, branch_uuid, "王伟", resident_id=ID_A, phone="13812345678", ethnicity="汉族", education="大专",
                   party_group_uuid=group.uuid, branch_role=BranchRole.SECRETARY, post="在外经商（成都）",
                   exemplar_post="3号楼责任区", notes="老党员", address="某某小区3栋",
                   applied_on=date(1987, 1, 5), activist_on=date(1987, 6, 1), candidate_on=date(1988, 1, 1),
                   joined_on=date(1988, 2, 1), full_on=date(1989, 2, 1))
    b = add_member(db, branch_uuid, "李娜", resident_id=ID_B, status=MemberStatus.PROBATIONARY,
                   joined_on=date(2026, 3, 1), full_on=None, is_flowing=True)
    add_member(db, branch_uuid, "张强")
    activity = calendar.create_activity(db, calendar.ActivityInput(
        ActivityKind.PARTY_LECTURE, "学习党章", "2026-03-05", branch_uuid, planned_hours=2))
    calendar.create_activity(db, calendar.ActivityInput(ActivityKind.THEME_DAY, "植树", "2025-03-12", branch_uuid))
    attendance.record_attendance(db, activity, [
        attendance.Mark(a), attendance.Mark(b, AttendanceStatus.LEAVE, "出差")])
    service_log.create_entry(db, service_log.ServiceInput(
        ServiceCategory.VOLUNTEER, "清扫楼道", "2026-04-01", branch_uuid, hours=2, people_served=30,
        participants=[service_log.Participant(a), service_log.Participant(b)]))
    talks.create_talk(db, talks.TalkInput(TalkKind.HEART_TO_HEART, "2026-05-06", b, talker_name="赵书记",
                                          summary="谈学习体会"))
    talks.create_talk(
        db, talks.TalkInput(TalkKind.ADMONISHMENT, "2026-06-06", a, talker_name="纪委", summary="机密内容")
    )
    talks.create_talk(
        db,
        talks.TalkInput(TalkKind.REMINDER, "2026-07-06", a, talker_name="纪委", summary="保密提醒", confidential=True),
    )
    return {"a": a, "b": b, "activity": activity}


def sheet_rows(path):
    book = openpyxl.load_workbook(path)
    return book, [list(r) for r in book.active.iter_rows()]


def test_roster_xlsx_has_text_ids_real_dates_frozen_header_and_masks_by_default(db, office, tmp_path):
    result = exporting.export_roster(db, tmp_path / "花名册.xlsx", today=date(2026, 12, 6))
    assert result.rows == 3 and not result.full_ids
    book, rows = sheet_rows(result.path)
    assert rows[0][0].value == "测试社区党委  党员花名册  2026年12月6日"
    headers = [c.value for c in rows[1]]
    assert headers == [c.header for c in roster_columns()]
    sheet = book.active
    assert sheet.freeze_panes == "A3"
    assert sheet.column_dimensions["E"].width > 18
    wang = dict(zip(headers, rows[2], strict=False))
    assert wang["公民身份号码"].value == ID_A[:6] + "********" + ID_A[-4:]
    assert wang["公民身份号码"].data_type == "s" and wang["公民身份号码"].number_format == "@"
    assert wang["联系电话"].value == "138****5678"
    assert isinstance(wang["入党时间"].value, datetime) and wang["入党时间"].number_format == "yyyy-mm-dd"
    assert wang["党内职务"].value == "书记" and wang["人员类别"].value == "正式党员"


def test_full_ids_need_the_right_and_are_audited(db, office, tmp_path):
    db.actor = Actor("clerk1", Role.CLERK)
    with pytest.raises(PermissionDenied):
        exporting.export_roster(db, tmp_path / "full.xlsx", full_ids=True)
    assert not (tmp_path / "full.xlsx").exists()
    exporting.export_roster(db, tmp_path / "masked.xlsx")
    db.actor = Actor("shuji", Role.SECRETARY)
    result = exporting.export_roster(db, tmp_path / "full.xlsx", full_ids=True)
    _, rows = sheet_rows(result.path)
    assert rows[2][4].value == ID_A
    with db.read() as session:
        events = session.execute(
            select(AuditEvent.actor, AuditEvent.action, AuditEvent.detail).where(AuditEvent.action == "export.roster")
        ).all()
    assert [(e.actor, '"full_ids": true' in e.detail) for e in events] == [("clerk1", False), ("shuji", True)]


def test_viewer_cannot_export(db, office, tmp_path):
    db.actor = Actor("guest", Role.VIEWER)
    with pytest.raises(PermissionDenied):
        exporting.export_roster(db, tmp_path / "x.xlsx")


def test_roster_csv_is_utf8_with_bom_and_keeps_ids_text_for_excel(db, office, tmp_path):
    result = exporting.export_roster(db, tmp_path / "花名册.csv", full_ids=True)
    raw = result.path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw and b"\t" not in raw
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][1] == "姓名" and rows[1][1] == "王伟"
    assert rows[1][4] == f'="{ID_A}"' and rows[1][16] == '="13812345678"' and rows[1][14] == "1988-02-01"


def roster_snapshot(database):
    page = roster.query_members(database, roster.MemberQuery(limit=100, sort="name"))
    keep = []
    for row in page.rows:
        detail = asdict(roster.get_member(database, row.uuid))
        for volatile in ("uuid", "branch_uuid", "party_group_uuid", "updated_at", "deleted_at"):
            detail.pop(volatile)
        keep.append(detail)
    return keep


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_full_id_export_imports_back_to_the_same_data(db, office, tmp_path, suffix):
    path = exporting.export_roster(db, tmp_path / f"roundtrip{suffix}", full_ids=True).path
    other = open_database(resolve(tmp_path / "other"))
    try:
        offices.init_office(other, "另一个党委")
        offices.create_branch(other, "第一党支部")
        result = run_roster_import(other, path, today=TODAY)
        assert (result.imported, result.rejected) == (3, [])
        assert roster_snapshot(other) == roster_snapshot(db)
        phones = {r.name: roster.reveal_phone(other, r.uuid) for r in roster.query_members(other).rows}
        assert phones["王伟"] == "13812345678"
    finally:
        other.dispose()
    again = preview_roster_import(db, path, today=TODAY)
    assert [o.action for o in again.outcomes] == [Action.UPDATE, Action.UPDATE, Action.UPDATE]
    before = roster_snapshot(db)
    run_roster_import(db, again, today=TODAY)
    assert roster_snapshot(db) == before


def test_masked_export_is_refused_on_import_row_by_row(db, office, tmp_path):
    path = exporting.export_roster(db, tmp_path / "masked.xlsx").path
    preview = preview_roster_import(db, path, today=TODAY)
    assert [o.field for o in preview.outcomes if o.action is Action.REJECT] == ["resident_id", "resident_id"]


def test_activities_are_one_row_each_with_attendance_beside_them_in_both_formats(db, office, tmp_path):
    path = exporting.export_activities(db, tmp_path / "活动.xlsx", year=2026).path
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["学习活动", "出勤记录"]
    activity_header = [c.value for c in book["学习活动"][2]]
    assert activity_header.count("学时") + activity_header.count("计划学时") == 1
    activities = [[c.value for c in r] for r in book["学习活动"].iter_rows(min_row=3)]
    uuid = office["activity"]
    assert len(activities) == 1 and activities[0][3] == "学习党章" and activities[0][-4:] == [1, 1, 0, uuid]
    marks = [
        dict(zip([c.value for c in book["出勤记录"][2]], [c.value for c in r], strict=True))
        for r in book["出勤记录"].iter_rows(min_row=3)
    ]
    assert [(m["党支部"], m["姓名"], m["出勤情况"], m["请假原因"], m["活动编号"]) for m in marks] == [
        ("第一党支部", "王伟", "出席", None, uuid),
        ("第一党支部", "李娜", "请假", "出差", uuid),
    ]
    result = exporting.export_activities(db, tmp_path / "活动.csv")
    lines = list(csv.reader(result.path.read_text(encoding="utf-8-sig").splitlines()))
    assert len(lines) == 1 + 2  # header, one row per activity (2025 and 2026)
    assert lines[0].count("学时") + lines[0].count("计划学时") == 1
    assert result.extra_paths == (tmp_path / "活动_出勤记录.csv",)
    attendance_lines = list(csv.reader(result.extra_paths[0].read_text(encoding="utf-8-sig").splitlines()))
    assert attendance_lines[0] == [c.header for c in exporting.ATTENDANCE_COLUMNS]
    assert [(r[1], r[4], r[-1]) for r in attendance_lines[1:]] == [
        ("第一党支部", "王伟", uuid),
        ("第一党支部", "李娜", uuid),
    ]


def test_services_list_participants(db, office, tmp_path):
    path = exporting.export_services(db, tmp_path / "服务.xlsx").path
    _, rows = sheet_rows(path)
    assert rows[2][2].value == "清扫楼道" and rows[2][7].value == "王伟、李娜" and rows[2][6].value == 30


def test_talks_withheld_as_confidential_are_counted_and_the_file_says_so(db, office, tmp_path):
    for suffix in (".xlsx", ".csv"):
        result = exporting.export_talks(db, tmp_path / f"谈话{suffix}")
        assert (result.rows, result.withheld) == (1, 2)
        if suffix == ".xlsx":
            text = str([[c.value for c in r] for r in sheet_rows(result.path)[1]])
        else:
            text = result.path.read_text(encoding="utf-8-sig")
        assert "谈学习体会" in text
        assert "机密内容" not in text and "保密提醒" not in text and "纪委" not in text
        assert "另有2条保密谈话记录" in text
    assert exporting.export_talks(db, tmp_path / "2025.xlsx", year=2025).withheld == 0


def test_bad_target_names_and_cancel_leave_no_file(db, office, tmp_path):
    with pytest.raises(ValidationError):
        exporting.export_roster(db, tmp_path / "roster.pdf")
    with pytest.raises(OperationCancelled):
        exporting.export_roster(db, tmp_path / "c.xlsx", cancelled=lambda: True)
    assert list(tmp_path.glob("*c.xlsx*")) == []


def test_template_has_headers_text_columns_and_notes(db, tmp_path):
    path = exporting.export_template(tmp_path / "导入模板.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["花名册", "填写说明"]
    sheet = book["花名册"]
    assert [c.value for c in sheet[1]] == [c.header for c in roster_columns()]
    assert sheet.column_dimensions["E"].number_format == "@"
    notes = [[c.value for c in r] for r in book["填写说明"].iter_rows()]
    assert any(r[0] == "公民身份号码" and "文本" in (r[2] or "") for r in notes)
    sheet.append(
        [
            1,
            "张三",
            "男",
            "汉族",
            make_id("19650312"),
            "1965-03",
            None,
            "正式党员",
            None,
            None,
            None,
            None,
            None,
            None,
            "1988-02",
            None,
        ]
    )
    book.save(path)
    before = table_counts(db)
    preview = preview_roster_import(db, path, today=TODAY)
    assert [o.action for o in preview.outcomes] == [Action.CREATE]
    assert table_counts(db) == before
