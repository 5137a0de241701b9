"""党费收缴登记表, 党费收缴情况公示 and 提醒清单: Chinese text in the embedded font, the right figures, no IDs."""

from __future__ import annotations

from datetime import date

from partydesk.domain.dues import month_index
from partydesk.services import dues, offices, reports, roster
from partydesk.services.roster import MemberQuery
from tests.conftest import DEMO_TODAY
from tests.services.reports.test_reports_support import pdf_fonts, pdf_text


def test_the_register_lists_the_branch_month_with_a_signature_column(demo_db):
    branch = offices.list_branches(demo_db)[0]
    data = reports.dues_register_pdf(demo_db, branch.uuid, month_index(2026, 10), today=DEMO_TODAY)
    text = pdf_text(data)
    assert "党费收缴登记表" in text and "本人签名" in text and "2026年10月" in text
    row = next(r for r in dues.ledger(demo_db, 2026, branch.uuid, DEMO_TODAY) if r.cells[9].paid is not None)
    assert row.name in text and f"{row.cells[9].paid:.2f}" in text
    assert all(font["emb"] == "yes" for font in pdf_fonts(data))


def test_the_publicity_shows_names_and_amounts_but_no_resident_ids(demo_db):
    data = reports.dues_publicity_pdf(demo_db, 2026, today=DEMO_TODAY)
    text = pdf_text(data)
    assert "党费收缴情况公示" in text and "欠交" in text
    members = roster.query_members(demo_db, MemberQuery(limit=20)).rows
    for member in members:
        full = roster.reveal_resident_id(demo_db, member.uuid)
        assert full not in text and full[:6] + "********" not in text
    total = dues.branch_totals(demo_db, 2026, DEMO_TODAY)[0]
    assert f"{total.due:.2f}" in text


def test_the_reminder_list_is_in_chinese_and_counts_every_open_reminder(demo_db):
    data = reports.reminders_pdf(demo_db, today=date(2026, 12, 6))
    text = pdf_text(data)
    assert "提醒清单" in text and "连续未交纳党费" in text and "未交纳党费" in text
    assert "No dues" not in text


def test_the_reminder_list_names_a_correction_period_and_its_due_date_in_chinese(db, branch_uuid):
    from partydesk.domain.vanguard import Grade
    from partydesk.services import vanguard
    from tests.services.helpers import add_member

    member = add_member(db, branch_uuid, "王昇")
    vanguard.set_grade(db, member, 2025, Grade.UNQUALIFIED, decided_on=date(2026, 5, 6))
    text = pdf_text(reports.reminders_pdf(db, today=date(2026, 12, 6)))
    assert "限期改正到期" in text and "2026年11月6日" in text and "支部研究" in text
    assert "Graded" not in text
