"""Honours, manual points and grades from spreadsheets: matched by ID or name, a row report, all or nothing."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook

from partydesk.domain.enums import MemberStatus
from partydesk.domain.vanguard import Grade, HonourLevel
from partydesk.services import vanguard
from partydesk.services.importing import ImportRejected, preview_vanguard_import, run_vanguard_import
from tests.services.helpers import TODAY, add_member, resident_id, table_counts

ID = resident_id()


@pytest.fixture
def people(db, branch_uuid):
    return {"wang": add_member(db, branch_uuid, name="王昇", resident_id=ID),
            "li": add_member(db, branch_uuid, name="李玥", status=MemberStatus.PROBATIONARY, full_on=None)}


def _csv(tmp_path, text: str, encoding: str = "utf-8-sig"):
    path = tmp_path / "sheet.csv"
    path.write_bytes(text.encode(encoding))
    return path


def test_honours_of_members_and_branches_arrive_from_an_xlsx(db, people, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["2026年度表彰名册"])
    sheet.append(["序号", "姓名", "身份证号码", "获表彰集体", "表彰名称", "级别", "颁发单位", "文号", "表彰时间",
                  "先进事迹"])
    sheet.append([1, "王昇", ID, None, "优秀共产党员", "县级", "中共某县委", "某发〔2026〕3号", date(2026, 6, 28),
                  "事迹"])
    sheet.append([2, None, None, "第一党支部", "先进基层党组织", "党委", "某社区党委", None, "2026-06-30", None])
    path = tmp_path / "honours.xlsx"
    book.save(path)
    result = run_vanguard_import(db, "honours", path, today=TODAY)
    assert (result.imported, result.rejected) == (2, [])
    rows = {r.title: r for r in vanguard.query_honours(db).rows}
    assert rows["优秀共产党员"].level is HonourLevel.COUNTY and rows["优秀共产党员"].member_uuid == people["wang"]
    assert rows["先进基层党组织"].holder_name == "第一党支部" and rows["先进基层党组织"].on_date == date(2026, 6, 30)


def test_one_bad_row_refuses_the_whole_file_unless_only_valid_rows_are_wanted(db, people, tmp_path):
    path = _csv(tmp_path, "姓名,积分项代码,日期,事由\n王昇,INDUSTRY,2026-03-01,带头种植\n赵无名,INDUSTRY,2026-03-01,\n"
                          "王昇,MEETING,2026-03-02,\n王昇,CRITICISM,2026年4月1日,会上批评\n")
    before = table_counts(db)["point_entry"]
    preview = preview_vanguard_import(db, "points", path, today=TODAY)
    assert [(o.row, o.field) for o in preview.outcomes if o.action.value == "reject"] == [(3, "name"), (4, "item")]
    with pytest.raises(ImportRejected) as raised:
        run_vanguard_import(db, "points", path, today=TODAY)
    assert len(raised.value.result.rejected) == 2 and table_counts(db)["point_entry"] == before
    result = run_vanguard_import(db, "points", path, skip_invalid=True, today=TODAY)
    assert result.imported == 2
    assert vanguard.member_points(db, people["wang"], 2026).total == 60 + 3 - 3


def test_grades_are_imported_for_a_year_and_probationers_are_rejected(db, people, tmp_path):
    path = _csv(tmp_path, "姓名,评议等次,评定依据\n王昇,不合格,长期不参加组织生活\n李玥,合格,\n", encoding="gbk")
    with pytest.raises(ImportRejected) as raised:
        run_vanguard_import(db, "grades", path, year=2026, today=date(2026, 12, 20))
    assert raised.value.result.rejected[0]["row"] == 3
    run_vanguard_import(db, "grades", path, year=2026, skip_invalid=True, today=date(2026, 12, 20))
    grades = {line.name: line.grade for line in vanguard.appraisal_sheet(db, 2026)}
    assert grades == {"王昇": Grade.UNQUALIFIED, "李玥": None}
    assert [c.due_on for c in vanguard.open_corrections(db)] == [date(2027, 6, 20)]


def test_a_hostile_file_is_reported_not_run(db, people, tmp_path):
    path = _csv(tmp_path, "姓名,评议等次\n=cmd|' /C calc'!A0,优秀\n王昇,'; DROP TABLE appraisal; --\n")
    preview = preview_vanguard_import(db, "grades", path, year=2026, today=TODAY)
    assert [o.action.value for o in preview.outcomes] == ["reject", "reject"]
    assert table_counts(db)["appraisal"] == 0
