"""OpenDocument (.ods) rosters: one LibreOffice wrote, one written by hand, and a damaged one."""

from __future__ import annotations

import zipfile
from datetime import date

import openpyxl
import pytest

from partydesk.domain.errors import ValidationError
from partydesk.services import roster
from partydesk.services.importing import Action, preview_roster_import, run_roster_import
from partydesk.services.importing.sheets import open_sheet
from tests.services.helpers import TODAY, table_counts
from tests.services.importing.test_import_roster import ID_LI, ID_X
from tests.services.office_suite import convert, needs_soffice

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')


def ods_by_hand(path, rows) -> None:
    """The smallest package an office suite writes: mimetype first and stored, then content.xml."""
    def cell(value):
        if value is None:
            return "<table:table-cell/>"
        if isinstance(value, date):
            return (f'<table:table-cell office:value-type="date" office:date-value="{value.isoformat()}">'
                    f"<text:p>{value.isoformat()}</text:p></table:table-cell>")
        return f'<table:table-cell office:value-type="string"><text:p>{value}</text:p></table:table-cell>'
    body = "".join("<table:table-row>" + "".join(cell(v) for v in row) + "</table:table-row>" for row in rows)
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS} office:version="1.2">'
               f'<office:body><office:spreadsheet><table:table table:name="花名册">{body}</table:table>'
               "</office:spreadsheet></office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED)
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)


def test_an_ods_roster_imports_with_row_numbers_as_shown(db, branch_uuid, tmp_path):
    path = tmp_path / "花名册.ods"
    ods_by_hand(path, [["某某社区党员花名册"], ["姓名", "身份证号码", "入党时间", "工作岗位"],
                       ["王伟", ID_X, date(1988, 2, 1), "在外经商（成都）"], [None], ["合计", "1人"]])
    preview = preview_roster_import(db, path, today=TODAY)
    assert preview.header_row == 2
    assert [(o.row, o.action) for o in preview.outcomes] == [(3, Action.CREATE), (4, Action.SKIP), (5, Action.SKIP)]
    assert run_roster_import(db, preview, today=TODAY).imported == 1
    member = roster.get_member(db, roster.query_members(db).rows[0].uuid)
    assert (member.joined_on, member.post) == (date(1988, 2, 1), "在外经商（成都）")


def test_a_damaged_ods_is_the_damaged_file_error(db, branch_uuid, tmp_path):
    path = tmp_path / "broken.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content><office:body><table:ta")
    before = table_counts(db)
    with pytest.raises(ValidationError) as caught:
        run_roster_import(db, path, today=TODAY)
    assert caught.value.field == "file" and "damaged" in str(caught.value)
    assert table_counts(db) == before


@needs_soffice
@pytest.mark.parametrize("target", ["ods", "xls:MS Excel 97"], ids=["ods", "xls"])
def test_a_roster_libreoffice_saved_as_ods_or_xls_imports(db, branch_uuid, tmp_path, target):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "花名册"
    sheet["B3"], sheet["C3"], sheet["D3"] = "姓名", "身份证号码", "入党时间"
    sheet["B4"], sheet["C4"], sheet["D4"] = "王伟", ID_X, date(1988, 2, 1)
    sheet["B5"], sheet["C5"], sheet["D5"] = "李娜", int(ID_LI), date(2012, 6, 30)  # an ID stored as a number
    sheet["D4"].number_format = sheet["D5"].number_format = "yyyy-mm-dd"
    book.save(tmp_path / "roster.xlsx")
    path = convert(tmp_path / "roster.xlsx", target, tmp_path / "lo")
    assert open_sheet(path).kind == target[:3]
    preview = preview_roster_import(db, path, today=TODAY)
    assert preview.header_row == 3
    assert [(o.row, o.action, o.field) for o in preview.outcomes] == [
        (4, Action.CREATE, ""), (5, Action.REJECT, "resident_id")]
    assert "number" in preview.outcomes[1].reason
    assert run_roster_import(db, path, skip_invalid=True, today=TODAY).imported == 1
    assert roster.get_member(db, roster.query_members(db).rows[0].uuid).joined_on == date(1988, 2, 1)
