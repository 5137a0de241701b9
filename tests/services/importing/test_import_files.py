"""Files as they arrive: GBK and UTF-8 CSV, and every unusable file refused with a plain message."""

from __future__ import annotations

import zipfile
from datetime import date, datetime

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from partydesk.domain.errors import ValidationError
from partydesk.services import roster
from partydesk.services.importing import Action, preview_roster_import, run_roster_import
from partydesk.services.importing import sheets as importing_sheets
from partydesk.services.importing.cells import date_cell, resident_id_cell
from partydesk.services.importing.headers import ROSTER_HEADERS, detect_header
from tests.services.helpers import TODAY, table_counts
from tests.services.importing.test_import_roster import ID_LI, ID_X, save

CSV_TEXT = (
    "某某社区党员花名册,,,,\r\n"
    "序号,姓名,性别,身份证号,入党时间,所在党小组\r\n"
    f"1,王伟,男,{ID_X},1988年2月,第一小组\r\n"
    f"2,李娜,女,{ID_LI},2012.06,第一小组\r\n"
    ",,,,,\r\n"
    "合计,2人,,,,\r\n"
)


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-8-sig", "utf-8"])
def test_csv_in_every_encoding_excel_writes(db, tmp_path, encoding):
    path = tmp_path / "花名册.csv"
    path.write_bytes(CSV_TEXT.encode(encoding))
    preview = preview_roster_import(db, path, today=TODAY)
    assert preview.header_row == 2
    assert [o.action for o in preview.outcomes] == [Action.CREATE, Action.CREATE, Action.SKIP, Action.SKIP]
    result = run_roster_import(db, path, today=TODAY)
    assert result.imported == 2
    assert sorted(r.name for r in roster.query_members(db).rows) == ["李娜", "王伟"]


def test_tab_separated_text_is_read_too(db, tmp_path):
    path = tmp_path / "roster.txt"
    path.write_text(CSV_TEXT.replace(",", "\t"), encoding="utf-8")
    assert run_roster_import(db, path, today=TODAY).imported == 2


def refused(db, path, *words):
    before = table_counts(db)
    with pytest.raises(ValidationError) as caught:
        run_roster_import(db, path, today=TODAY)
    assert caught.value.field == "file"
    for word in words:
        assert word in str(caught.value)
    assert table_counts(db) == before
    return caught.value


def test_password_protected_workbook(db, tmp_path):
    # Excel saves an encrypted .xlsx as an OLE compound file holding an EncryptionInfo stream.
    header = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504)
    directory = "EncryptionInfo".encode("utf-16-le") + bytes(50) + "EncryptedPackage".encode("utf-16-le")
    path = tmp_path / "加密.xlsx"
    path.write_bytes(header + directory + bytes(2048))
    refused(db, path, "password")


def test_an_ole_file_that_is_not_a_workbook_is_damaged(db, tmp_path):
    path = tmp_path / "old.xls"
    path.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(4096))
    refused(db, path, "damaged")


def test_corrupt_and_truncated_workbooks(db, tmp_path):
    good = messy = tmp_path / "good.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["姓名", "入党时间"])
    book.active.append(["甲", "2001-03-01"])
    save(book, good)
    data = messy.read_bytes()
    truncated = tmp_path / "truncated.xlsx"
    truncated.write_bytes(data[: len(data) // 2])
    refused(db, truncated, "damaged")
    garbage = tmp_path / "garbage.xlsx"
    garbage.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 8)
    refused(db, garbage, "damaged")
    not_excel = tmp_path / "other.xlsx"
    with zipfile.ZipFile(not_excel, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    refused(db, not_excel, "damaged")


def test_empty_files(db, tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    refused(db, empty, "empty")
    blank = tmp_path / "blank.csv"
    blank.write_text("\r\n  \r\n", encoding="utf-8")
    refused(db, blank, "empty")
    book = openpyxl.Workbook()
    refused(db, save(book, tmp_path / "empty.xlsx"), "no rows")


def test_non_spreadsheets(db, tmp_path):
    png = tmp_path / "photo.csv"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(100))
    refused(db, png, "not a spreadsheet")
    pdf = tmp_path / "report.xlsx"
    pdf.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    refused(db, pdf, "not a spreadsheet")
    refused(db, tmp_path / "missing.xlsx", "does not exist")


def test_sheet_without_a_recognisable_header(db, tmp_path):
    book = openpyxl.Workbook()
    for row in range(20):
        book.active.append([f"数据{row}", row, "其他"])
    refused(db, save(book, tmp_path / "noheader.xlsx"), "header")


def test_too_large_file_is_refused_before_reading(db, tmp_path, monkeypatch):
    monkeypatch.setattr(importing_sheets, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "big.csv"
    path.write_text("姓名,入党时间\r\n" + "甲,2001-03-01\r\n" * 200, encoding="utf-8")
    refused(db, path, "MB")


def test_notes_sheet_first_still_finds_the_roster(db, tmp_path):
    book = openpyxl.Workbook()
    book.active.title = "说明"
    data = book.create_sheet("花名册")
    data.append(["姓名", "入党时间"])
    data.append(["甲", "2001-03-01"])
    book.active = 1
    assert run_roster_import(db, save(book, tmp_path / "two.xlsx"), today=TODAY).imported == 1


# ---- header detection: property tests ------------------------------------------------------------

FIELDS = [f for f in ROSTER_HEADERS if f != "ignore"]
titles = st.lists(st.sampled_from(["某某社区党员花名册", "填报单位：某某社区", "单位：人", "2026年", "", None]),
                  min_size=1, max_size=4)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(
    above=st.integers(min_value=0, max_value=14),
    fields=st.lists(st.sampled_from(FIELDS), min_size=2, max_size=10, unique=True),
    data=st.data(),
)
def test_header_is_found_wherever_it_sits(above, fields, data):
    if "name" not in fields:
        fields = ["name", *fields[1:]]
    names = [data.draw(st.sampled_from(ROSTER_HEADERS[f])) for f in fields]
    spaced = [data.draw(st.sampled_from([n, f" {n} ", n + "*", n + "（必填）", "\n".join(n)])) for n in names]
    rows = [(i + 1, tuple(data.draw(titles))) for i in range(above)]
    header_row = above + 1
    rows.append((header_row, ("序号", *spaced)))
    rows.append((header_row + 1, (1, "王伟", "男")))
    match = detect_header(rows, ROSTER_HEADERS)
    assert match is not None and match.row == header_row
    assert {index - 1: field for index, field in match.mapping.items()} == dict(enumerate(fields))


# ---- cells -------------------------------------------------------------------------------------------

@given(st.dates(min_value=date(1920, 1, 1), max_value=date(2026, 11, 26)), st.sampled_from(
    ["{y}.{m:02d}", "{y}年{m}月", "{y}-{m:02d}", "{y}/{m}", "{y}{m:02d}{d:02d}", "{y}-{m}-{d}",
     "{y}年{m}月{d}日", "{y}.{m}.{d}"]))
def test_dates_in_the_forms_offices_type(day, form):
    text = form.format(y=day.year, m=day.month, d=day.day)
    expected = day if "{d" in form else day.replace(day=1)
    assert date_cell(text, "joined_on", TODAY) == expected
    assert date_cell(datetime(day.year, day.month, day.day), "joined_on", TODAY) == day


def test_year_month_typed_as_a_number():
    assert date_cell(1972.11, "birth_date", TODAY) == date(1972, 11, 1)
    assert date_cell(1995.7, "joined_on", TODAY) == date(1995, 7, 1)
    assert date_cell(19900701, "birth_date", TODAY) == date(1990, 7, 1)
    with pytest.raises(ValidationError, match="October"):
        date_cell(1972.1, "birth_date", TODAY)
    assert date_cell("  ", "birth_date", TODAY) is None


def test_resident_ids_typed_with_spaces_lower_x_or_stored_as_numbers():
    assert resident_id_cell(f" {ID_X[:-1].lower()} x ".replace(ID_X[:6], ID_X[:6] + " "), "resident_id",
                            TODAY) == ID_X
    for bad in (530112196503120000, 5.30112196503121e17, "5.30112E+17"):
        with pytest.raises(ValidationError, match="number") as caught:
            resident_id_cell(bad, "resident_id", TODAY)
        assert caught.value.field == "resident_id"
    with pytest.raises(ValidationError, match="masked"):
        resident_id_cell("530112********0234", "resident_id", TODAY)


def test_repeated_headers_and_quoted_line_breaks_keep_row_numbers(db, tmp_path):
    path = tmp_path / "printed.csv"
    path.write_text(
        "姓名,入党时间,家庭住址\r\n"
        '甲,2001-03-01,"某某小区\r\n3栋"\r\n'
        "姓名,入党时间,家庭住址\r\n"
        "乙,2002-03-01,某某小区\r\n",
        encoding="utf-8-sig",
    )
    preview = preview_roster_import(db, path, today=TODAY)
    assert [(o.row, o.action) for o in preview.outcomes] == [(2, Action.CREATE), (3, Action.SKIP), (4, Action.CREATE)]
    assert "header" in preview.outcomes[1].reason
