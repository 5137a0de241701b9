"""Files damaged or written by careless tools: stale sizes, broken XML, UTF-16 text, giant cells."""

from __future__ import annotations

import dataclasses
import re
import zipfile
from contextlib import contextmanager

import openpyxl
import pytest

from partydesk.domain.errors import ValidationError
from partydesk.services import roster
from partydesk.services.importing import common, preview_roster_import, run_roster_import
from tests.services.helpers import TODAY, table_counts
from tests.services.importing.test_import_roster import ID_LI, ID_X


def cjk_name(index: int) -> str:
    digits = "零一二三四五六七八九"
    return "党员" + "".join(digits[int(d)] for d in f"{index:04d}")


def roster_book(path, rows: int):
    book = openpyxl.Workbook()
    book.active.append(["姓名", "性别", "入党时间"])
    for index in range(rows):
        book.active.append([cjk_name(index), "男" if index % 2 else "女", "2001-03-01"])
    book.save(path)
    return path


def rewrite_sheet_xml(path, change) -> None:
    """Rewrite xl/worksheets/sheet1.xml inside the package as a careless tool would leave it."""
    with zipfile.ZipFile(path) as source:
        parts = [(item, source.read(item.filename)) for item in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item, data in parts:
            target.writestr(item, change(data) if item.filename == "xl/worksheets/sheet1.xml" else data)


def declare_dimension(path, ref: str) -> None:
    declared = f'<dimension ref="{ref}"/>'.encode()
    rewrite_sheet_xml(path, lambda xml: re.sub(rb'<dimension ref="[^"]*" ?/>', declared, xml))


def test_a_stale_dimension_does_not_drop_rows(db, branch_uuid, tmp_path):
    path = roster_book(tmp_path / "stale.xlsx", 500)
    declare_dimension(path, "A1:V21")
    result = run_roster_import(db, path, today=TODAY)
    assert (result.imported, result.skipped, result.rejected) == (500, [], [])
    assert roster.query_members(db, roster.MemberQuery(limit=1)).total == 500


def test_a_declared_full_sheet_reads_only_the_cells_that_are_there(db, branch_uuid, tmp_path):
    path = roster_book(tmp_path / "huge.xlsx", 5)
    declare_dimension(path, "A1:XFD1048576")
    opened = common.open_sheet(path)
    rows = list(opened.rows())
    assert [len(values) for _, values in rows] == [3] * 6  # not 16,384 cells a row
    assert run_roster_import(db, path, today=TODAY).imported == 5


def test_the_file_is_read_before_the_write_lock_is_taken(db, branch_uuid, tmp_path, monkeypatch):
    path = roster_book(tmp_path / "roster.xlsx", 30)
    state = {"writing": False, "rows_read_while_writing": 0, "rows_read": 0}
    real_write, real_open = db.write, common.open_sheet

    @contextmanager
    def tracked_write():
        state["writing"] = True
        try:
            with real_write() as session:
                yield session
        finally:
            state["writing"] = False

    def tracked_open(target):
        sheet = real_open(target)

        def rows():
            for row in sheet.rows():
                state["rows_read"] += 1
                state["rows_read_while_writing"] += state["writing"]
                yield row
        return dataclasses.replace(sheet, _rows=rows)

    monkeypatch.setattr(db, "write", tracked_write)
    monkeypatch.setattr(common, "open_sheet", tracked_open)
    preview_roster_import(db, path, today=TODAY)
    assert run_roster_import(db, path, today=TODAY).imported == 30
    assert state["rows_read"] == 2 * 31 and state["rows_read_while_writing"] == 0


@pytest.mark.parametrize("row", [3, 400], ids=["in the header search", "further down"])
def test_malformed_xml_inside_a_workbook_is_the_damaged_file_error(db, branch_uuid, tmp_path, row):
    path = roster_book(tmp_path / "flipped.xlsx", 500)
    # One flipped bit: 'r' (0x72) becomes 's' (0x73) in one closing tag, so the XML no longer parses.
    rewrite_sheet_xml(path, lambda xml: xml.replace(f'<row r="{row}">'.encode(), f'<sow r="{row}">'.encode(), 1))
    before = table_counts(db)
    for attempt in (preview_roster_import, run_roster_import):
        with pytest.raises(ValidationError) as caught:
            attempt(db, path, today=TODAY)
        assert caught.value.field == "file" and "damaged" in str(caught.value)
    assert table_counts(db) == before


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_utf16_csv_with_a_bom_is_read(db, branch_uuid, tmp_path, encoding):
    text = f"姓名\t身份证号\t入党时间\r\n王伟\t{ID_X}\t1988-02\r\n李娜\t{ID_LI}\t2012-06\r\n"
    bom = {"utf-16": b"", "utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}[encoding]
    path = tmp_path / "unicode.txt"
    path.write_bytes(bom + text.encode(encoding))
    result = run_roster_import(db, path, today=TODAY)
    assert result.imported == 2
    assert sorted(r.name for r in roster.query_members(db).rows) == ["李娜", "王伟"]


def test_a_csv_cell_over_the_limit_names_the_limit_and_the_row(db, branch_uuid, tmp_path):
    path = tmp_path / "giant.csv"
    path.write_text("姓名,备注\r\n王伟,短\r\n李娜," + "长" * 140_000 + "\r\n", encoding="utf-8")
    before = table_counts(db)
    with pytest.raises(ValidationError) as caught:
        run_roster_import(db, path, today=TODAY)
    message = str(caught.value)
    assert "131072" in message and "Row 3" in message and "damaged" not in message
    assert table_counts(db) == before
