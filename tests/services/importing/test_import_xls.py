"""Old Excel 97-2003 (.xls) and WPS (.et) workbooks, written by a real .xls writer (xlwt)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
import xlwt

from partydesk.domain.errors import ValidationError
from partydesk.services import roster
from partydesk.services.importing import Action, ImportRejected, preview_roster_import, run_roster_import
from partydesk.services.importing.sheets import open_sheet
from tests.services.helpers import TODAY, table_counts
from tests.services.importing.test_import_roster import ID_LI, ID_SUN, ID_X

DATE_STYLE = xlwt.easyxf(num_format_str="yyyy-mm-dd")
TEXT_STYLE = xlwt.easyxf(num_format_str="@")


def write_xls(path, rows, title_rows=(), sheet_name="花名册", notes_first=False):
    """An .xls as Excel 97-2003 keeps it: a title row above the header, dates as date cells."""
    book = xlwt.Workbook(encoding="utf-8")
    if notes_first:
        book.add_sheet("说明").write(0, 0, "填表说明：每行一名党员")
    sheet = book.add_sheet(sheet_name)
    for r, values in enumerate([*title_rows, *rows]):
        for c, value in enumerate(values):
            if value is None:
                continue
            style = xlwt.Style.default_style
            if isinstance(value, (date, datetime)):
                style = DATE_STYLE
            elif c == 2:
                style = TEXT_STYLE
            sheet.write(r, c, value, style)
    if notes_first:
        sheet.set_selected(True)
        book.active_sheet = 1
    book.save(str(path))
    return path


HEADER = ["序号", "姓名", "身份证号码", "入党时间", "出生年月", "所在党小组"]


def test_xls_imports_with_title_rows_dates_and_text_ids(db, branch_uuid, tmp_path):
    path = write_xls(tmp_path / "花名册.xls", [
        HEADER,
        [1, "王伟", ID_X, date(1988, 2, 1), 1965.03, "第一小组"],
        [2, "李娜", ID_LI, datetime(2012, 6, 30), "1972年11月", "第一小组"],
        [None, None, None, None, None, None],
        ["合计", "2人"],
    ], title_rows=[["某某社区党员花名册"]])
    preview = preview_roster_import(db, path, today=TODAY)
    assert (preview.kind, preview.header_row) == ("roster", 2)
    assert [o.action for o in preview.outcomes] == [Action.CREATE, Action.CREATE, Action.SKIP, Action.SKIP]
    assert run_roster_import(db, preview, today=TODAY).imported == 2
    members = {m.name: roster.get_member(db, m.uuid) for m in roster.query_members(db).rows}
    assert members["王伟"].joined_on == date(1988, 2, 1) and members["李娜"].joined_on == date(2012, 6, 30)
    assert members["王伟"].birth_date == date(1965, 3, 12)  # the ID's birth date wins over 1965.03


def test_an_id_stored_as_a_number_is_rejected_with_all_or_nothing(db, branch_uuid, tmp_path):
    path = write_xls(tmp_path / "numbers.xls", [
        HEADER,
        [1, "王伟", ID_X, date(1988, 2, 1)],
        [2, "孙明", float(ID_SUN), date(2010, 7, 1)],
    ])
    before = table_counts(db)
    with pytest.raises(ImportRejected) as caught:
        run_roster_import(db, path, today=TODAY)
    rejected = caught.value.result.rejected
    assert [(r["row"], r["field"]) for r in rejected] == [(3, "resident_id")]
    assert "number" in rejected[0]["reason"]
    assert table_counts(db) == before
    assert run_roster_import(db, path, skip_invalid=True, today=TODAY).imported == 1


def test_xls_dates_follow_the_workbooks_datemode(tmp_path):
    # A 1904-based workbook (old Mac Excel) stores the same day as a serial number 1,462 smaller.
    path = tmp_path / "mac.xls"
    book = xlwt.Workbook(encoding="utf-8")
    book.dates_1904 = True
    sheet = book.add_sheet("花名册")
    sheet.write(0, 0, "姓名")
    sheet.write(0, 1, "入党时间")
    sheet.write(1, 0, "王伟")
    sheet.write(1, 1, date(1988, 2, 1), DATE_STYLE)
    book.save(str(path))
    rows = dict(open_sheet(path).rows())
    assert rows[2] == ("王伟", datetime(1988, 2, 1))


def test_a_wps_et_file_and_a_notes_sheet_first(db, branch_uuid, tmp_path):
    path = write_xls(tmp_path / "花名册.et", [HEADER, [1, "王伟", ID_X, date(1988, 2, 1)]], notes_first=True)
    opened = open_sheet(path)
    assert (opened.kind, opened.sheet_name) == ("xls", "花名册")
    assert run_roster_import(db, path, today=TODAY).imported == 1


def test_a_truncated_xls_is_the_damaged_file_error(db, branch_uuid, tmp_path):
    good = write_xls(tmp_path / "good.xls", [HEADER, [1, "王伟", ID_X, date(1988, 2, 1)]])
    cut = tmp_path / "cut.xls"
    cut.write_bytes(good.read_bytes()[:1200])
    with pytest.raises(ValidationError) as caught:
        run_roster_import(db, cut, today=TODAY)
    assert caught.value.field == "file" and "damaged" in str(caught.value)
