"""Exports that print and open as typed: print setup in .xlsx, checked with LibreOffice; CSV IDs read back."""

from __future__ import annotations

from datetime import date

import openpyxl
import pypdfium2
import pytest
from openpyxl.utils import get_column_letter

from partydesk.services import exporting
from partydesk.services.exporting.sheets import roster_columns
from partydesk.services.importing import run_roster_import
from tests.services.exporting.test_export import ID_A, ID_B, office  # noqa: F401 (fixture)
from tests.services.helpers import TODAY, add_member
from tests.services.office_suite import CSV_UTF8, convert, needs_soffice

DIGITS = "零一二三四五六七八九"


def many_members(db, branch_uuid, count: int) -> None:
    for index in range(count):
        name = "成员" + "".join(DIGITS[int(d)] for d in f"{index:03d}")
        add_member(db, branch_uuid, name, address="某某小区" + "长" * 20, post="社区网格员", notes="备注" * 10)


def test_roster_xlsx_is_set_up_to_print_on_landscape_a4(db, office, tmp_path):  # noqa: F811
    path = exporting.export_roster(db, tmp_path / "花名册.xlsx", today=date(2026, 12, 6)).path
    sheet = openpyxl.load_workbook(path)["花名册"]
    setup = sheet.page_setup
    assert (setup.orientation, int(setup.paperSize), setup.fitToWidth, setup.fitToHeight) == ("landscape", 9, 1, 0)
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == "$2:$2" and sheet.freeze_panes == "A3"
    last = get_column_letter(len(roster_columns()))
    for column in ("A", last):  # the header row: framed cells
        border = sheet[f"{column}2"].border
        assert border.left.style == border.right.style == border.top.style == border.bottom.style == "thin"
    framed = {str(ranges.sqref): [rule.dxf.border for rule in ranges.rules] for ranges in sheet.conditional_formatting}
    assert list(framed) == [f"A3:{last}5"]  # every data cell, the title row left out
    border = framed[f"A3:{last}5"][0]
    assert border.left.style == border.right.style == border.top.style == border.bottom.style == "thin"


@needs_soffice
def test_libreoffice_prints_the_roster_on_landscape_pages_with_the_header_repeated(db, office, branch_uuid,  # noqa: F811
                                                                                      tmp_path):
    many_members(db, branch_uuid, 150)
    path = exporting.export_roster(db, tmp_path / "roster.xlsx", today=date(2026, 12, 6)).path
    pdf = pypdfium2.PdfDocument(convert(path, "pdf", tmp_path / "pdf"))
    try:
        assert len(pdf) >= 2
        headers = [c.header for c in roster_columns()]
        for index in range(len(pdf)):
            page = pdf[index]
            width, height = page.get_size()
            assert width > height and round(width) in range(838, 846)  # A4 landscape, 842 x 595 pt
            text = page.get_textpage().get_text_range().replace("\r", "").replace("\n", "")
            assert all(h in text for h in headers), f"page {index + 1} lacks a header column"
        first = pdf[0].get_textpage().get_text_range()
        assert "测试社区党委" in first and "2026年12月6日" in first
    finally:
        pdf.close()


@needs_soffice
def test_libreoffice_reads_csv_ids_and_phones_back_as_the_exact_text(db, office, tmp_path):  # noqa: F811
    path = exporting.export_roster(db, tmp_path / "花名册.csv", full_ids=True).path
    book = openpyxl.load_workbook(convert(path, "xlsx", tmp_path / "lo", infilter=CSV_UTF8), data_only=True)
    rows = [[c.value for c in r] for r in book.active.iter_rows()]
    by_name = {r[1]: r for r in rows[1:]}
    assert by_name["王伟"][4] == ID_A and by_name["李娜"][4] == ID_B
    assert by_name["王伟"][16] == "13812345678"


def test_csv_export_imports_back_with_ids_unwrapped(db, office, tmp_path):  # noqa: F811
    path = exporting.export_roster(db, tmp_path / "花名册.csv", full_ids=True).path
    result = run_roster_import(db, path, today=TODAY)
    assert (result.updated, result.rejected) == (3, [])


@pytest.mark.parametrize("kind", ["activities", "services", "talks"])
def test_every_xlsx_export_has_the_title_row_and_print_setup(db, office, tmp_path, kind):  # noqa: F811
    path = exporting.EXPORTS[kind](db, tmp_path / f"{kind}.xlsx", today=date(2026, 12, 6)).path
    for sheet in openpyxl.load_workbook(path).worksheets:
        assert sheet["A1"].value.startswith("测试社区党委  ") and sheet["A1"].value.endswith("  2026年12月6日")
        assert (sheet.page_setup.orientation, sheet.page_setup.fitToWidth) == ("landscape", 1)
        assert sheet.print_title_rows == "$2:$2" and sheet.freeze_panes == "A3"
        assert sheet["A2"].border.bottom.style == "thin" and len(sheet.conditional_formatting) == 1
