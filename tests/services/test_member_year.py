"""A member's year: hours as the compliance report counts them, talks respecting confidentiality."""

from __future__ import annotations

from datetime import date

from partydesk.domain.actor import Actor
from partydesk.domain.enums import AttendanceStatus, Role, TalkKind
from partydesk.services import compliance, roster, talks
from partydesk.services.member_year import member_year

YEAR = 2026
TODAY = date(2026, 11, 26)


def test_hours_equal_the_compliance_report(demo_db):
    report = compliance.compliance_report(demo_db, YEAR, TODAY, list_limit=0)
    for row in report.members_below[:5]:
        year = member_year(demo_db, row.member_uuid, YEAR, TODAY)
        assert (year.hours, year.required, year.shortfall) == (row.hours, row.required, row.shortfall)
    full = roster.query_members(demo_db, roster.MemberQuery(limit=1)).rows[0]
    year = member_year(demo_db, full.uuid, YEAR, TODAY)
    assert year.counted
    assert year.hours == sum(a.hours for a in year.activities if a.status is AttendanceStatus.PRESENT)
    assert year.present + year.leave + year.absent == len(year.activities) > 0
    assert [a.on_date for a in year.activities] == sorted(a.on_date for a in year.activities)
    assert year.history == tuple(roster.member_history(demo_db, full.uuid))


def test_services_and_talks_of_the_member(demo_db):
    entry = demo_db
    from partydesk.services import service_log

    row = service_log.query_entries(entry, service_log.ServiceQuery(year=YEAR, limit=1)).rows[0]
    participant = service_log.get_entry(entry, row.uuid).participants[0]
    year = member_year(demo_db, participant.member_uuid, YEAR, TODAY)
    assert row.uuid in {s.uuid for s in year.services}
    assert year.service_hours >= participant.hours


def test_confidential_talk_content_stays_hidden_from_a_clerk(demo_db):
    secret = talks.query_talks(demo_db, talks.TalkQuery(kinds=(TalkKind.ADMONISHMENT,), limit=1), TODAY).rows
    member_uuid = secret[0].member_uuid if secret else roster.query_members(demo_db).rows[0].uuid
    if not secret:
        talks.create_talk(demo_db, talks.TalkInput(TalkKind.ADMONISHMENT, date(2026, 5, 1), member_uuid,
                                                   talker_name="书记", summary="诫勉内容"))
    demo_db.actor = Actor("clerk", Role.CLERK)
    year = member_year(demo_db, member_uuid, YEAR, TODAY)
    hidden = [t for t in year.talks if t.kind is TalkKind.ADMONISHMENT]
    assert hidden and all(t.content_hidden and t.summary == "" for t in hidden)
