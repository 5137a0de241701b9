"""Honours, points entries and grades exported under the importer's headers: a round trip into another office."""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook

from partydesk.config import resolve
from partydesk.domain.vanguard import Grade, HonourLevel
from partydesk.services import exporting, offices, vanguard
from partydesk.services.importing import run_vanguard_import
from partydesk.store.migrate import open_database
from tests.services.helpers import TODAY, add_member, resident_id


def test_exports_read_back_into_an_office_with_the_same_people(db, branch_uuid, tmp_path):
    wang = add_member(db, branch_uuid, name="王昇", resident_id=resident_id(), phone="13812345678")
    vanguard.add_honour(db, vanguard.HonourInput("优秀共产党员", HonourLevel.COUNTY, date(2026, 6, 28),
                                                 member_uuid=wang, citation="事迹"))
    vanguard.add_entry(db, wang, "INDUSTRY", date(2026, 3, 1), note="带头种植")
    vanguard.set_grade(db, wang, 2026, Grade.EXCELLENT, "带头作用突出", decided_on=date(2026, 12, 20))
    files = {kind: exporting.export_vanguard(db, kind, tmp_path / f"{kind}.xlsx").path
             for kind in ("honours", "points", "grades")}
    sheet = load_workbook(files["points"]).active
    assert [c.value for c in sheet[1]][:3] == ["姓名", "所在党支部", "积分项代码"]
    assert "13812345678" not in str([[c.value for c in row] for row in sheet.iter_rows()])
    other = open_database(resolve(tmp_path / "other"))
    offices.init_office(other, "另一社区党委")
    branch = offices.create_branch(other, "第一党支部").uuid
    same = add_member(other, branch, name="王昇", resident_id=resident_id())
    for kind, path in files.items():
        run_vanguard_import(other, kind, path, year=2026, today=TODAY)
    assert vanguard.member_points(other, same, 2026).total == vanguard.member_points(db, wang, 2026).total
    assert vanguard.appraisal_sheet(other, 2026)[0].grade is Grade.EXCELLENT
    other.dispose()


def test_a_csv_export_of_one_year(db, branch_uuid, tmp_path):
    wang = add_member(db, branch_uuid, name="王昇")
    vanguard.add_honour(db, vanguard.HonourInput("优秀党务工作者", "党委", "2025-07-01", member_uuid=wang))
    vanguard.add_honour(db, vanguard.HonourInput("优秀共产党员", "支部", "2026-07-01", member_uuid=wang))
    result = exporting.export_vanguard(db, "honours", tmp_path / "h.csv", year=2026)
    text = (tmp_path / "h.csv").read_text(encoding="utf-8-sig")
    assert result.rows == 1 and "优秀共产党员" in text and "优秀党务工作者" not in text
