"""Roster import from the messy workbooks offices really keep."""

from __future__ import annotations

from datetime import date, datetime

import openpyxl
import pytest

from partydesk.domain.enums import MemberStatus
from partydesk.domain.errors import ValidationError
from partydesk.domain.id_number import check_digit
from partydesk.services import offices, roster
from partydesk.services.common import OperationCancelled
from partydesk.services.importing import (
    Action,
    ImportRejected,
    preview_roster_import,
    run_roster_import,
)
from tests.services.helpers import TODAY, add_member, table_counts


def make_id(birth: str, region: str = "530112", ending: str | None = None, start: int = 23) -> str:
    """A valid ID for a birth date (YYYYMMDD); `ending` asks for a check character such as X."""
    for seq in range(start, 1000):
        first17 = f"{region}{birth}{seq:03d}"
        digit = check_digit(first17)
        if ending is None or digit == ending:
            return first17 + digit
    raise AssertionError("no sequence gives that check character")


ID_X = make_id("19650312", ending="X")
ID_LI = make_id("19721105")
ID_SUN = make_id("19900701")
ID_DUP = make_id("19700101")
ID_ZHENG = make_id("19600606")
ID_NONAME = make_id("19800808")


def save(book: openpyxl.Workbook, path) -> str:
    book.save(path)
    return str(path)


def messy_roster(path) -> str:
    """Title rows with merged cells, header on row 3, every kind of row offices leave in a roster."""
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "党员花名册"
    ws["A1"] = "某某社区党委党员花名册"
    ws.merge_cells("A1:M1")
    ws["A2"] = "填报单位：某某社区    填报日期：2026年11月"
    ws.merge_cells("A2:M2")
    ws.append(["序号", "姓  名", "性别", "民族", "公民身份号码（18位）", "出生日期", "文化程度", "入党日期",
               "转正时间", "党员类别", "所在党小组", "手机号码", "备注"])
    spaced_x = f" {ID_X[:6]} {ID_X[6:14]} {ID_X[14:-1]}x "
    rows = [
        [1, "王  伟", "男", "汉族", spaced_x, "1965.03", "大专", "1988年2月", "1989.02", "正式党员", "第一小组",
         13812345678, None],
        [2, "李娜", "F", "汉族", ID_LI, datetime(1972, 11, 5), "本科", "2012-06", "2013-06", "正式党员", "第二小组",
         None, "调入"],
        [],
        [3, "赵六", "女", None, 530112196503120000, None, None, "1990-07-01", None, None, None, None, None],
        [4, "钱七", "男", None, "5.30112E+17", None, None, "1990-07-01", None, None, None, None, None],
        [5, "孙八", "男", None, ID_SUN, 19900701, None, "2005-01", None, None, None, None, None],
        [6, "周九", "男", None, ID_DUP, None, None, "19950701", None, None, None, None, None],
        [7, "吴十", "女", None, ID_DUP.lower(), None, None, "1995-07", None, None, None, None, None],
        [8, "郑一", None, None, ID_ZHENG, None, None, None, None, None, None, "13900001111", None],
        [9, None, "男", None, ID_NONAME, None, None, "2000-01", None, None, None, None, None],
        [10, "冯二", "女", None, None, 1972.11, None, 1995.7, None, "正式党员", None, None, None],
        [11, "陈三", "男", None, None, 1972.1, None, "1995-07", None, None, None, None, None],
        ["合计", "11人"],
        ["注：1. 身份证号码请使用文本格式"],
        ["2. 出生年月填写到月即可，如 1972.11"],
    ]
    for row in rows:
        ws.append(row)
    return save(book, path)


EXPECTED = {
    4: Action.CREATE, 5: Action.CREATE, 6: Action.SKIP, 7: Action.REJECT, 8: Action.REJECT, 9: Action.REJECT,
    10: Action.REJECT, 11: Action.REJECT, 12: Action.UPDATE, 13: Action.REJECT, 14: Action.CREATE,
    15: Action.REJECT, 16: Action.SKIP, 17: Action.SKIP, 18: Action.SKIP,
}


@pytest.fixture
def zheng(db, branch_uuid):
    """An existing member the file updates by resident ID."""
    return add_member(db, branch_uuid, "郑一", resident_id=ID_ZHENG, education="高中", phone="13000000000",
                      joined_on=date(1985, 7, 1), full_on=date(1986, 7, 1))


def outcome_map(preview):
    return {o.row: o for o in preview.outcomes}


def test_preview_reports_every_row_with_spreadsheet_numbers(db, zheng, tmp_path):
    preview = preview_roster_import(db, messy_roster(tmp_path / "花名册.xlsx"), today=TODAY)
    assert preview.header_row == 3
    assert set(preview.mapping.values()) >= {"name", "gender", "resident_id", "birth_date", "joined_on", "phone"}
    rows = outcome_map(preview)
    assert {row: o.action for row, o in rows.items()} == EXPECTED
    assert rows[4].name == "王伟" and "1965-03-12" in rows[4].reason  # the ID's birth date wins: a warning
    assert rows[7].field == "resident_id" and "number" in rows[7].reason
    assert rows[8].field == "resident_id" and "number" in rows[8].reason
    assert rows[9].field == "joined_on" and "18" in rows[9].reason
    assert rows[10].field == rows[11].field == "resident_id"
    assert "11" in rows[10].reason and "10" in rows[11].reason
    assert rows[12].uuid == zheng
    assert rows[13].field == "name"
    assert rows[15].field == "birth_date" and "October" in rows[15].reason
    assert "合计" in rows[16].reason
    assert set(preview.new_groups) == {"第一小组", "第二小组"}


def test_preview_writes_nothing(db, zheng, tmp_path):
    before = table_counts(db)
    preview_roster_import(db, messy_roster(tmp_path / "r.xlsx"), today=TODAY)
    assert table_counts(db) == before


def test_all_or_nothing_rejects_the_whole_file(db, zheng, tmp_path):
    path = messy_roster(tmp_path / "r.xlsx")
    before = table_counts(db)
    with pytest.raises(ImportRejected) as caught:
        run_roster_import(db, path, today=TODAY)
    assert table_counts(db) == before
    assert caught.value.field == "file"
    assert {r["row"] for r in caught.value.result.rejected} == {7, 8, 9, 10, 11, 13, 15}
    assert caught.value.result.written is False


def test_skip_invalid_imports_valid_rows_in_one_go(db, zheng, branch_uuid, tmp_path):
    preview = preview_roster_import(db, messy_roster(tmp_path / "r.xlsx"), today=TODAY)
    result = run_roster_import(db, preview, skip_invalid=True, today=TODAY)
    assert (result.imported, result.updated) == (3, 1)
    assert len(result.rejected) == 7 and len(result.skipped) == 4
    page = roster.query_members(db, roster.MemberQuery(limit=50))
    by_name = {row.name: row for row in page.rows}
    assert set(by_name) == {"王伟", "李娜", "冯二", "郑一"}
    wang = roster.get_member(db, by_name["王伟"].uuid)
    assert wang.resident_id_masked.endswith("X")
    assert wang.birth_date == date(1965, 3, 12)  # the ID wins over 1965.03
    assert (wang.joined_on, wang.full_on) == (date(1988, 2, 1), date(1989, 2, 1))
    assert wang.group_name == "第一小组" and wang.branch_uuid == branch_uuid
    assert roster.reveal_phone(db, wang.uuid) == "13812345678"
    feng = roster.get_member(db, by_name["冯二"].uuid)
    assert (feng.birth_date, feng.joined_on) == (date(1972, 11, 1), date(1995, 7, 1))
    zheng_after = roster.get_member(db, zheng)
    assert zheng_after.education == "高中"  # an empty cell never erases
    assert roster.reveal_phone(db, zheng) == "13900001111"
    assert {g.name for g in offices.list_groups(db)} == {"第一小组", "第二小组"}


def test_status_is_inferred_from_dates_without_a_category_column(db, tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["姓名", "入党时间", "性别"])
    book.active.append(["甲", "2026-03-01", "男"])
    book.active.append(["乙", "2001-03-01", "女"])
    result = run_roster_import(db, save(book, tmp_path / "s.xlsx"), today=TODAY)
    assert result.imported == 2
    statuses = {r.name: r.status for r in roster.query_members(db).rows}
    assert statuses == {"甲": MemberStatus.PROBATIONARY, "乙": MemberStatus.FULL}


def test_branch_column_matches_by_name_and_unknown_names_are_rejected(db, tmp_path):
    second = offices.create_branch(db, "第二党支部")
    book = openpyxl.Workbook()
    book.active.append(["姓名", "所在党支部", "入党时间"])
    book.active.append(["甲", "第二党支部", "2001-03-01"])
    book.active.append(["乙", "第九党支部", "2001-03-01"])
    book.active.append(["丙", None, "2001-03-01"])
    preview = preview_roster_import(db, save(book, tmp_path / "b.xlsx"), today=TODAY)
    rows = outcome_map(preview)
    assert rows[2].action is Action.CREATE
    assert (rows[3].action, rows[3].field) == (Action.REJECT, "branch")
    assert (rows[4].action, rows[4].field) == (Action.REJECT, "branch")  # two branches: none chosen
    chosen = preview_roster_import(db, tmp_path / "b.xlsx", branch_uuid=second.uuid, today=TODAY)
    assert outcome_map(chosen)[4].action is Action.CREATE
    by_name = preview_roster_import(db, tmp_path / "b.xlsx", branch_uuid="第二党支部", today=TODAY)
    assert outcome_map(by_name)[4].action is Action.CREATE
    with pytest.raises(ValidationError):
        preview_roster_import(db, tmp_path / "b.xlsx", branch_uuid="no-such-branch", today=TODAY)


def test_user_mapping_replaces_the_automatic_one(db, tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["姓名", "性别", "入党时间", "说明文字"])
    book.active.append(["甲", "男", "2001-03-01", "工会主席"])
    path = save(book, tmp_path / "m.xlsx")
    preview = preview_roster_import(db, path, today=TODAY)
    assert 3 not in preview.mapping
    mapping = {**preview.mapping, 3: "post"}
    run_roster_import(db, path, mapping=mapping, today=TODAY)
    assert roster.query_members(db).rows[0].post == "工会主席"


def test_cancel_rolls_everything_back(db, tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["姓名", "入党时间"])
    for i in range(600):
        book.active.append([f"张{chr(0x4e00 + i)}", "2001-03-01"])
    path = save(book, tmp_path / "big.xlsx")
    before = table_counts(db)
    calls = []
    with pytest.raises(OperationCancelled):
        run_roster_import(db, path, today=TODAY, progress=lambda d, t: calls.append((d, t)),
                          cancelled=lambda: len(calls) >= 3)
    assert table_counts(db) == before
    result = run_roster_import(db, path, today=TODAY, progress=lambda d, t: calls.append((d, t)))
    assert result.imported == 600
    assert calls[-1][0] == calls[-1][1]


def test_import_is_audited(db, tmp_path):
    from sqlalchemy import select

    from partydesk.store.models import AuditEvent

    book = openpyxl.Workbook()
    book.active.append(["姓名", "入党时间"])
    book.active.append(["甲", "2001-03-01"])
    run_roster_import(db, save(book, tmp_path / "a.xlsx"), today=TODAY)
    with db.read() as session:
        actions = list(session.scalars(select(AuditEvent.action)))
    assert "import.roster" in actions and "member.create" in actions


def test_two_row_header_and_prenumbered_blank_rows_are_skipped(db, tmp_path):
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["序号", "姓名", "入党时间", None, "性别"])
    ws.append([None, None, "年", "月", None])
    ws.append([1, "甲", "2001-03", None, "男"])
    ws.append([2, None, None, None, None])
    ws.append([3, None, None, None, None])
    preview = preview_roster_import(db, save(book, tmp_path / "h.xlsx"), today=TODAY)
    assert [(o.row, o.action) for o in preview.outcomes] == [
        (2, Action.SKIP), (3, Action.CREATE), (4, Action.SKIP), (5, Action.SKIP)]


def test_full_width_brackets_and_punctuation_are_kept_as_typed(db, branch_uuid, tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["姓名", "身份证号码", "入党时间", "工作岗位", "家庭住址", "备注", "联系电话", "性别",
                        "人员类别"])
    book.active.append(["王伟", ID_X, "１９８８年２月", "在外经商（成都）", "某某小区３栋，２单元", "党费：已交；",
                        "１３８１２３４５６７８", "男", "正式党员"])
    path = save(book, tmp_path / "fullwidth.xlsx")
    assert run_roster_import(db, path, today=TODAY).imported == 1
    member = roster.get_member(db, roster.query_members(db).rows[0].uuid)
    assert (member.post, member.address, member.notes) == ("在外经商（成都）", "某某小区３栋，２单元", "党费：已交；")
    assert member.joined_on == date(1988, 2, 1)
    assert roster.reveal_phone(db, member.uuid) == "13812345678"
