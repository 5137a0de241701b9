"""Annual summary and member education file: figures that match the services, an empty year, privacy."""

from __future__ import annotations

import re
from datetime import date

import pytest

from partydesk.domain.enums import ActivityState, MemberStatus, TalkKind
from partydesk.services import calendar, offices, roster, service_log, talks
from partydesk.services.calendar import ActivityQuery
from partydesk.services.compliance import compliance_report
from partydesk.services.member_year import member_year
from partydesk.services.reports import annual_pdf, member_file_pdf
from partydesk.services.roster import MemberQuery
from partydesk.services.talks import TalkInput, TalkQuery
from tests.services.reports.test_reports_support import (
    assert_embedded_cjk_only,
    bad_line_starts,
    needs_poppler,
    page_texts,
    pdf_text,
)

pytestmark = needs_poppler
TODAY = date(2026, 11, 26)


def compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def hours(value: float) -> str:
    return f"{value:g}"


@pytest.fixture
def office_summary(demo_db) -> str:
    return compact(pdf_text(annual_pdf(demo_db, 2026, None, TODAY, today=TODAY)))


def test_annual_summary_totals_match_the_services(demo_db, office_summary):
    text = office_summary
    party = roster.query_members(demo_db, MemberQuery(statuses=(MemberStatus.FULL, MemberStatus.PROBATIONARY),
                                                      limit=0)).total
    held = calendar.query_activities(demo_db, ActivityQuery(year=2026, states=(ActivityState.HELD,), limit=5000)).rows
    entries = service_log.query_entries(demo_db, service_log.ServiceQuery(year=2026, limit=5000)).rows
    talk_rows = talks.query_talks(demo_db, TalkQuery(year=2026, limit=5000), TODAY).rows
    assert "春城社区党委" in text or offices.local_office(demo_db).name in text
    assert f"党员总数{party}人" in text
    assert f"开展学习教育活动{len(held)}次" in text
    assert f"参加人次{sum(a.present for a in held)}人次" in text
    assert f"服务实践{len(entries)}次" in text
    assert f"服务群众{sum(e.people_served for e in entries)}人次" in text
    assert f"谈心谈话等{len(talk_rows)}次" in text
    for section in ("一、基本情况", "二、学习教育活动开展情况", "三会一课", "四、党员学时情况", "五、服务实践情况",
                    "六、谈心谈话情况"):
        assert section in text


def test_office_summary_lists_each_branch(demo_db, office_summary):
    for branch in offices.list_branches(demo_db):
        assert branch.name in office_summary


def test_branch_summary_names_members_below_requirement_as_the_compliance_report(demo_db):
    branch = offices.list_branches(demo_db)[0]
    data = annual_pdf(demo_db, 2026, branch.uuid, TODAY, today=TODAY)
    text = pdf_text(data, layout=True)
    assert f"{branch.name}2026年度党员教育培训情况统计" in compact(text)
    report = compliance_report(demo_db, 2026, TODAY, branch.uuid, list_limit=0)
    assert report.below == len(report.members_below) > 0
    for member in report.members_below:
        line = next(row for row in text.splitlines() if re.search(rf"\s{member.name}\s", row) and branch.name in row)
        assert re.search(rf"{hours(member.required)}\s+{hours(member.hours)}\s+{hours(member.shortfall)}\s*$", line)
        # The member's own file shows the same hours.
        assert member_year(demo_db, member.member_uuid, 2026, TODAY).hours == member.hours
    flat = compact(text)
    assert f"未达标{report.below}人" in flat and f"人均{hours(report.average_hours)}学时" in flat
    assert_embedded_cjk_only(data)
    assert bad_line_starts(data) == []


def test_office_summary_hours_and_meetings_match_the_compliance_report(demo_db, office_summary):
    report = compliance_report(demo_db, 2026, TODAY)
    assert f"学时未达标{report.below}人" in office_summary
    assert f"人均学时{hours(report.average_hours)}学时" in office_summary
    for branch in report.branches:
        assert compact(f"{branch.branch_name}{branch.members}") in office_summary
        for shortfall in branch.shortfalls:
            assert shortfall.period in office_summary


def test_annual_summary_of_an_empty_year(demo_db):
    data = annual_pdf(demo_db, 2031, None, TODAY, today=TODAY)
    text = compact(pdf_text(data))
    assert "2031年度党员教育培训情况统计" in text
    assert "开展学习教育活动0次" in text and "服务实践0次" in text and "谈心谈话等0次" in text
    assert_embedded_cjk_only(data)


def test_annual_summary_for_an_office_without_branches_or_members(db):
    text = compact(pdf_text(annual_pdf(db, 2026, None, TODAY, today=TODAY)))
    assert "党员总数0人" in text and "人均0学时" in text


@pytest.fixture
def member(demo_db):
    return roster.query_members(demo_db, MemberQuery(statuses=(MemberStatus.FULL,), limit=1)).rows[0]


def test_member_file_lists_the_year_with_hours_against_the_requirement(demo_db, member):
    data = member_file_pdf(demo_db, member.uuid, 2026, TODAY, today=TODAY)
    text = compact(pdf_text(data))
    year = member_year(demo_db, member.uuid, 2026, TODAY)
    assert year.activities, "the demo member took part in activities"
    assert "党员教育培训档案（2026年度）" in text and member.name in text
    assert f"累计{hours(year.hours)}学时；应修{hours(year.required)}学时" in text
    assert f"全年参加活动{year.present}次（请假{year.leave}次，缺席{year.absent}次）" in text
    for line in year.activities:
        assert compact(line.title) in text
    if year.services:
        assert f"本人计入服务学时{hours(year.service_hours)}学时" in text
    assert member.resident_id_masked in text
    for entry in roster.member_history(demo_db, member.uuid):
        assert entry.kind.zh in text
    assert "党支部书记签字" in text
    assert all("公民身份号码" not in page or "*" in page for page in page_texts(data))
    assert_embedded_cjk_only(data)


def test_member_file_never_shows_a_confidential_talk(demo_db, member):
    open_talk = talks.create_talk(demo_db, TalkInput(TalkKind.HEART_TO_HEART, date(2026, 3, 3), member.uuid,
                                                     talker_name="公开谈话人"))
    talks.create_talk(demo_db, TalkInput(TalkKind.ADMONISHMENT, date(2026, 4, 4), member.uuid,
                                         talker_name="保密谈话人", summary="不应出现"))
    text = compact(pdf_text(member_file_pdf(demo_db, member.uuid, 2026, TODAY)))
    assert "公开谈话人" in text
    assert "保密谈话人" not in text and "诫勉谈话" not in text and "不应出现" not in text
    assert open_talk


def test_member_file_of_an_empty_year(demo_db, member):
    text = compact(pdf_text(member_file_pdf(demo_db, member.uuid, 2031, TODAY)))
    assert "本年度无参加活动记录" in text and "本年度无服务实践记录" in text and "本年度无谈心谈话记录" in text
    assert "累计0学时" in text and "尚差" in text


def test_member_file_of_an_activist_has_no_hours_requirement(db, branch_uuid):
    from partydesk.services.roster import MemberInput

    activist = roster.create_member(db, MemberInput(name="赵积极", branch_uuid=branch_uuid,
                                                    status=MemberStatus.ACTIVIST, activist_on=date(2025, 3, 1))).uuid
    text = compact(pdf_text(member_file_pdf(db, activist, 2026, TODAY, today=TODAY)))
    assert "不计入党员学时考核" in text and "应修" not in text and "赵积极" in text
