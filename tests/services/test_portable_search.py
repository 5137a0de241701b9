"""Searching the calendar, service log, talks and roster ignores letter case on SQLite and PostgreSQL alike."""

from __future__ import annotations

from datetime import date

from partydesk.domain.enums import ActivityKind, ServiceCategory, TalkKind
from partydesk.services import calendar, roster, service_log, talks

from .helpers import add_member


def test_calendar_search_ignores_letter_case(db, branch_uuid):
    calendar.create_activity(db, calendar.ActivityInput(
        kind=ActivityKind.PARTY_LECTURE, title="党课：AI 与基层治理", on_date="2026.3.5", branch_uuid=branch_uuid,
        start_time="9:00", end_time="12:00", place="Wuhua 活动室"))
    for text in ("ai", "AI", "wuhua", "WUHUA"):
        assert calendar.query_activities(db, calendar.ActivityQuery(search=text)).total == 1, text


def test_service_log_search_ignores_letter_case(db, branch_uuid):
    member = add_member(db, branch_uuid)
    service_log.create_entry(db, service_log.ServiceInput(
        category=ServiceCategory.PETITION, title="Wi-Fi 义务维修", on_date="2026-04-01", hours=3, people_served=5,
        participants=[service_log.Participant(member)]))
    for text in ("wi-fi", "WI-FI", "Wi-Fi"):
        assert service_log.query_entries(db, service_log.ServiceQuery(search=text)).total == 1, text


def test_talk_search_ignores_letter_case(db, branch_uuid):
    member = add_member(db, branch_uuid, "Anna 王")
    talks.create_talk(db, talks.TalkInput(on_date="2026-05-01", member_uuid=member, talker_name="Li Shuji",
                                          kind=TalkKind.HEART_TO_HEART, summary="谈工作"))
    for text in ("anna", "ANNA", "li shuji", "LI SHUJI"):
        assert talks.query_talks(db, talks.TalkQuery(search=text), today=date(2026, 11, 26)).total == 1, text


def test_roster_search_ignores_letter_case(db, branch_uuid):
    add_member(db, branch_uuid, "Maria 阿依")
    for text in ("maria", "MARIA"):
        assert roster.query_members(db, roster.MemberQuery(search=text)).total == 1, text
