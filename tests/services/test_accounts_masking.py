"""No full resident ID or phone number leaves the program unless a role asks for it and it is logged.

Searches the actual outputs (service rows, exports, PDFs, console JSON) for the full numbers.
"""

from __future__ import annotations

import csv
import json

import openpyxl
import pypdfium2
import pytest

from partydesk.domain.actor import Actor
from partydesk.domain.enums import ActivityKind, Role, TalkKind
from partydesk.domain.errors import PermissionDenied
from partydesk.domain.masking import mask_phone, mask_resident_id
from partydesk.services import audit, calendar, exporting, reports, roster, talks
from tests.services.helpers import TODAY, add_member, resident_id

FULL_ID = resident_id()
PHONE = "13812343456"
SECRET = "诫勉谈话的具体内容"


@pytest.fixture
def office(db, branch_uuid):
    member = add_member(db, branch_uuid, resident_id=FULL_ID, phone=PHONE)
    talk = talks.create_talk(db, talks.TalkInput(TalkKind.ADMONISHMENT, TODAY, member, talker_name="李书记",
                                                 summary=SECRET, response=SECRET, follow_up=SECRET))
    calendar.create_activity(db, calendar.ActivityInput(ActivityKind.PARTY_LECTURE, "党课", TODAY, branch_uuid))
    return {"db": db, "member": member, "talk": talk}


def leaks(text: str) -> bool:
    return FULL_ID in text or PHONE in text


def pdf_text(data: bytes) -> str:
    document = pypdfium2.PdfDocument(data)
    try:
        return "".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def xlsx_text(path) -> str:
    book = openpyxl.load_workbook(path, read_only=True)
    return " ".join(str(cell) for sheet in book for row in sheet.iter_rows(values_only=True) for cell in row)


def test_service_rows_are_masked_for_every_role(office):
    db = office["db"]
    for role in Role:
        db.actor = Actor("u", role)
        page = roster.query_members(db)
        detail = roster.get_member(db, office["member"])
        assert not leaks(repr(page.rows)) and not leaks(repr(detail))
        assert page.rows[0].resident_id_masked == mask_resident_id(FULL_ID) == FULL_ID[:6] + "********" + FULL_ID[-4:]
        assert detail.phone_masked == mask_phone(PHONE) == "138****3456"


def test_searching_by_the_id_tail_does_not_reveal_it(office):
    rows = roster.query_members(office["db"], roster.MemberQuery(search=FULL_ID[-6:])).rows
    assert len(rows) == 1 and not leaks(repr(rows))


def test_default_exports_are_masked_and_full_ids_need_a_role_and_are_logged(office, tmp_path):
    db = office["db"]
    db.actor = Actor("clerk1", Role.CLERK)
    xlsx = exporting.export_roster(db, tmp_path / "roster.xlsx").path
    assert not leaks(xlsx_text(xlsx))
    csv_path = exporting.export_roster(db, tmp_path / "roster.csv").path
    assert not leaks(csv_path.read_bytes().decode("utf-8-sig", errors="replace"))
    with pytest.raises(PermissionDenied):
        exporting.export_roster(db, tmp_path / "full.xlsx", full_ids=True)
    assert not (tmp_path / "full.xlsx").exists()
    db.actor = Actor("li", Role.SECRETARY)
    full = exporting.export_roster(db, tmp_path / "full.xlsx", full_ids=True)
    assert FULL_ID in xlsx_text(full.path)
    db.actor = Actor("local", Role.ADMIN)
    logged = [json.loads(e.detail) for e in audit.list_events(db, action="export.roster").rows]
    assert {"full_ids": True} .items() <= logged[0].items() and logged[0]["rows"] == 1
    assert not leaks(" ".join(e.detail for e in audit.list_events(db, limit=1000).rows))


def test_talk_export_never_carries_confidential_content(office, tmp_path):
    path = exporting.export_talks(office["db"], tmp_path / "talks.csv").path
    with path.open(encoding="utf-8-sig") as handle:
        assert SECRET not in " ".join(" ".join(row) for row in csv.reader(handle))


@pytest.mark.parametrize("role", [Role.ADMIN, Role.CLERK])
def test_reports_print_masked_numbers(office, role):
    db = office["db"]
    db.actor = Actor("u", role)
    roster_text = pdf_text(reports.roster_pdf(db, printed_on=TODAY))
    assert mask_resident_id(FULL_ID) in roster_text
    assert not leaks(roster_text)
    assert not leaks(pdf_text(reports.member_file_pdf(db, office["member"], 2026, printed_on=TODAY, today=TODAY)))
    talk_text = pdf_text(reports.talk_form_pdf(db, office["talk"], printed_on=TODAY))
    assert not leaks(talk_text)
    assert (SECRET in talk_text) is (role is Role.ADMIN)


def test_console_listing_is_masked(office, capsys):
    from partydesk.cli.main import main

    location = office["db"].location
    where = ["--data-dir", str(location.data_dir)] if location.is_sqlite else ["--db-url", location.db_url]
    code = main([*where, "list", "members", "--json"])
    out = capsys.readouterr().out
    assert code == 0 and "********" in out and not leaks(out)


def test_revealing_is_logged_without_the_number(office):
    db = office["db"]
    db.actor = Actor("li", Role.SECRETARY)
    assert roster.reveal_resident_id(db, office["member"]) == FULL_ID
    assert roster.reveal_phone(db, office["member"]) == PHONE
    db.actor = Actor("local", Role.ADMIN)
    events = audit.list_events(db, user="li").rows
    assert {e.action for e in events} == {"member.reveal_id", "member.reveal_phone"}
    assert not leaks(" ".join(e.detail + e.entity_uuid for e in events))
