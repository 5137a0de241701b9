"""表彰名册, 积分公示表 and 民主评议党员结果统计表 as pdftotext reads them; the member file's 先锋模范 section."""

from __future__ import annotations

import re
from datetime import date

import pytest

from partydesk.domain.enums import MemberStatus
from partydesk.domain.vanguard import Grade, HonourLevel
from partydesk.services import offices, vanguard
from partydesk.services.reports import honours_pdf, member_file_pdf, points_pdf, review_pdf
from tests.services.helpers import add_member, resident_id
from tests.services.reports.test_reports_support import assert_embedded_cjk_only, needs_poppler, pdf_text

pytestmark = needs_poppler
PRINTED = date(2026, 12, 20)
ID = resident_id()


def compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture
def office(db, branch_uuid):
    second = offices.create_branch(db, "第二党支部").uuid
    wang = add_member(db, branch_uuid, name="王昇", resident_id=ID, phone="13812345678")
    li = add_member(db, branch_uuid, name="李玥", status=MemberStatus.PROBATIONARY, full_on=None)
    zhang = add_member(db, second, name="张堃", resident_id=resident_id(seq="061"))
    vanguard.add_honour(db, vanguard.HonourInput("优秀共产党员", HonourLevel.COUNTY, date(2026, 6, 28),
                                                 member_uuid=wang, issuer="中共某县委", doc_no="某发〔2026〕3号"))
    vanguard.add_honour(db, vanguard.HonourInput("先进基层党组织", HonourLevel.COMMITTEE, date(2026, 6, 30),
                                                 branch_uuid=second, issuer="某社区党委"))
    revoked = vanguard.add_honour(db, vanguard.HonourInput("撤销的称号", HonourLevel.BRANCH, date(2026, 3, 1),
                                                           member_uuid=zhang))
    vanguard.revoke_honour(db, revoked, date(2026, 4, 1), "事迹失实")
    vanguard.add_entry(db, wang, "INDUSTRY", date(2026, 8, 1), note="带头种植")
    vanguard.set_grade(db, wang, 2026, Grade.EXCELLENT, "带头作用突出", decided_on=PRINTED)
    vanguard.set_grade(db, zhang, 2026, Grade.BASIC, decided_on=PRINTED)
    return {"wang": wang, "li": li, "zhang": zhang}


def test_the_honours_roll_lists_standing_honours_of_people_and_branches(db, office):
    data = honours_pdf(db, 2026, printed_on=PRINTED)
    text = compact(pdf_text(data))
    assert "2026年度表彰名册" in text and "优秀共产党员" in text and "先进基层党组织" in text
    assert "某发〔2026〕3号" in text and "撤销的称号" not in text
    assert "共2项，其中表彰个人1项、集体1项" in text
    assert_embedded_cjk_only(data)


def test_the_points_notice_shows_names_points_and_stars_but_no_ids_or_phones(db, office):
    data = points_pdf(db, 2026, quarter=3, printed_on=PRINTED)
    text = compact(pdf_text(data))
    assert "党员积分公示表" in text and "2026年第三季度" in text
    assert "王昇第一党支部60" in text and "68★" in text  # county honour +5, industry +3
    assert ID not in text and ID[-4:] not in text and "13812345678" not in text and "5678" not in text
    assert_embedded_cjk_only(data)


def test_the_review_table_counts_each_grade_per_branch_and_lists_the_members(db, office):
    text = compact(pdf_text(review_pdf(db, 2026, printed_on=PRINTED)))
    assert "2026年度民主评议党员结果统计表" in text
    assert "第一党支部21" in text  # two members, one probationer not graded
    assert "1/1（超过三分之一）" in text
    assert "1王昇正式党员优秀" in text and "2李玥预备党员不评等次" in text and "1张堃正式党员基本合格" in text
    assert "带头作用突出" in text


def test_the_member_file_gains_honours_points_and_grades(db, office):
    text = compact(pdf_text(member_file_pdf(db, office["wang"], 2026, printed_on=PRINTED, today=PRINTED)))
    assert "五、先锋模范" in text and "优秀共产党员" in text
    assert "总积分68（★）" in text and "2026优秀" in text and "带头作用突出" in text
