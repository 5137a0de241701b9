"""Compliance rules at their boundaries, through the services, on real SQLite files in tmp_path."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import text

from partydesk.domain.enums import (
    ActivityKind,
    ActivityLevel,
    ActivityState,
    AttendanceStatus,
    BranchRole,
    MemberStatus,
    TalkKind,
)
from partydesk.domain.errors import ValidationError
from partydesk.services import calendar, compliance, office_rules, offices, roster, talks
from partydesk.services.attendance import Mark, record_attendance
from tests.services.helpers import add_member, table_counts

YEAR = 2026
TODAY = date(2026, 11, 26)


def activity(db, branch_uuid, kind=ActivityKind.TRAINING, on=date(2026, 3, 10), hours=8.0, **fields) -> str:
    data = calendar.ActivityInput(kind=kind, title=kind.zh, on_date=on, branch_uuid=branch_uuid,
                                  planned_hours=hours, **fields)
    return calendar.create_activity(db, data)


def credit(db, branch_uuid, member_uuid, *hours: float, kind=ActivityKind.TRAINING) -> None:
    """Attend one activity per amount given, credited exactly that many hours."""
    for n, amount in enumerate(hours):
        uuid = activity(db, branch_uuid, kind, date(2026, 2, 1 + n), hours=24.0)
        record_attendance(db, uuid, [Mark(member_uuid, hours=amount)])


def below(report) -> dict[str, float]:
    return {m.name: m.hours for m in report.members_below}


def report(db, today=TODAY, **options):
    return compliance.compliance_report(db, YEAR, today, **options)


def test_31_5_hours_is_below_and_32_is_not(db, branch_uuid):
    short = add_member(db, branch_uuid, "张短")
    enough = add_member(db, branch_uuid, "李够")
    credit(db, branch_uuid, short, 24, 7.5)
    credit(db, branch_uuid, enough, 24, 8)
    result = report(db)
    assert below(result) == {"张短": 31.5}
    assert result.members_below[0].shortfall == 0.5 and result.members_below[0].required == 32
    assert (result.members, result.compliant, result.below) == (2, 1, 1)
    assert result.average_hours == 31.75


def test_cadre_needs_56_hours(db, branch_uuid):
    secretary = add_member(db, branch_uuid, "王书记", branch_role=BranchRole.SECRETARY)
    committee = add_member(db, branch_uuid, "赵委员", branch_role=BranchRole.COMMITTEE_MEMBER)
    leader = add_member(db, branch_uuid, "钱组长", branch_role=BranchRole.GROUP_LEADER)
    credit(db, branch_uuid, secretary, 24, 24, 7.5)
    credit(db, branch_uuid, committee, 24, 24, 8)
    credit(db, branch_uuid, leader, 24, 8)
    result = report(db)
    assert below(result) == {"王书记": 55.5}
    assert result.members_below[0].required == 56


def test_only_present_marks_in_live_held_activities_of_the_year_count(db, branch_uuid):
    member = add_member(db, branch_uuid, "孙喆")
    other = add_member(db, branch_uuid, "周赟")
    counted = activity(db, branch_uuid, hours=20)
    cancelled = activity(db, branch_uuid, hours=20, on=date(2026, 4, 1))
    deleted = activity(db, branch_uuid, hours=20, on=date(2026, 5, 1))
    last_year = activity(db, branch_uuid, hours=20, on=date(2025, 12, 31))
    for uuid in (counted, cancelled, deleted, last_year):
        record_attendance(db, uuid, [Mark(member), Mark(other, AttendanceStatus.LEAVE, "生病住院")])
    detail = calendar.get_activity(db, cancelled)
    calendar.update_activity(db, cancelled, calendar.ActivityInput(**{**vars(detail.as_input()),
                                                                      "state": ActivityState.CANCELLED}))
    calendar.delete_activity(db, deleted)
    hours = {m.name: m.hours for m in compliance.members_below(db, YEAR, today=TODAY).rows}
    assert hours == {"孙喆": 20.0, "周赟": 0.0}


def test_members_not_yet_or_no_longer_in_the_party_are_not_counted(db, branch_uuid):
    add_member(db, branch_uuid, "吴玥")
    add_member(db, branch_uuid, "郑昇", status=MemberStatus.ACTIVIST, joined_on=None, full_on=None,
               applied_on=date(2025, 1, 1), activist_on=date(2025, 6, 1))
    gone = add_member(db, branch_uuid, "冯堃")
    roster.change_status(db, gone, MemberStatus.TRANSFERRED_OUT, date(2026, 6, 1), today=TODAY)
    deleted = add_member(db, branch_uuid, "陈删")
    roster.delete_member(db, deleted)
    result = report(db)
    assert result.members == 1 and below(result) == {"吴玥": 0.0}
    assert [r.name for r in result.without_talk] == ["吴玥"]


def lecture(db, branch_uuid, on, held=True, **fields):
    uuid = activity(db, branch_uuid, ActivityKind.PARTY_LECTURE, on, hours=2, **fields)
    if held:
        member = roster.query_members(db, roster.MemberQuery(limit=1)).rows[0].uuid
        record_attendance(db, uuid, [Mark(member)])
    return uuid


def shortfalls(result, kind):
    return [s.period for s in result.shortfalls if s.kind is kind]


def test_a_quarter_without_a_party_lecture_is_a_shortfall_only_after_it_ended(db, branch_uuid):
    add_member(db, branch_uuid)
    lecture(db, branch_uuid, date(2026, 2, 20))
    lecture(db, branch_uuid, date(2026, 5, 20))
    assert shortfalls(report(db, date(2026, 9, 30)), ActivityKind.PARTY_LECTURE) == []
    in_progress = report(db, date(2026, 9, 30)).branches[0].in_progress
    assert [s.period for s in in_progress if s.kind is ActivityKind.PARTY_LECTURE] == ["2026-Q3"]
    assert shortfalls(report(db, date(2026, 10, 1)), ActivityKind.PARTY_LECTURE) == ["2026-Q3"]


def test_a_month_without_a_theme_day_is_a_shortfall(db, branch_uuid):
    member = add_member(db, branch_uuid)
    for month in (1, 2, 4):
        uuid = activity(db, branch_uuid, ActivityKind.THEME_DAY, date(2026, month, 15), hours=2)
        record_attendance(db, uuid, [Mark(member)])
    assert shortfalls(report(db, date(2026, 5, 1)), ActivityKind.THEME_DAY) == ["2026-03"]
    assert shortfalls(report(db, date(2026, 5, 31)), ActivityKind.THEME_DAY) == ["2026-03"]
    assert shortfalls(report(db, date(2026, 6, 1)), ActivityKind.THEME_DAY) == ["2026-03", "2026-05"]


def test_a_planned_activity_nobody_recorded_is_not_held(db, branch_uuid):
    add_member(db, branch_uuid)
    lecture(db, branch_uuid, date(2026, 2, 20), held=False)
    assert "2026-Q1" in shortfalls(report(db), ActivityKind.PARTY_LECTURE)


def test_a_committee_lecture_counts_for_every_branch_but_not_its_general_meeting(db, branch_uuid):
    second = offices.create_branch(db, "第二党支部").uuid
    add_member(db, branch_uuid)
    add_member(db, second, "王二")
    committee = offices.list_branches(db, kinds=(offices.OrgKind.COMMITTEE,))[0].uuid
    lecture(db, committee, date(2026, 2, 20), level=ActivityLevel.COMMITTEE)
    meeting = activity(db, committee, ActivityKind.BRANCH_MEETING, date(2026, 2, 21), level=ActivityLevel.COMMITTEE)
    record_attendance(db, meeting, [Mark(roster.query_members(db).rows[0].uuid)])
    result = report(db)
    for branch in result.branches:
        kinds = {(s.kind, s.period) for s in branch.shortfalls}
        assert (ActivityKind.PARTY_LECTURE, "2026-Q1") not in kinds
        assert (ActivityKind.BRANCH_MEETING, "2026-Q1") in kinds


def test_talks_follow_ups_and_probation(db, branch_uuid):
    talked = add_member(db, branch_uuid, "已谈")
    silent = add_member(db, branch_uuid, "未谈")
    due = add_member(db, branch_uuid, "预备甲", status=MemberStatus.PROBATIONARY, joined_on=date(2025, 12, 20),
                     full_on=None)
    add_member(db, branch_uuid, "预备乙", status=MemberStatus.PROBATIONARY, joined_on=date(2026, 3, 1), full_on=None)
    talks.create_talk(db, talks.TalkInput(TalkKind.HEART_TO_HEART, date(2026, 4, 1), talked, talker_name="书记"))
    talks.create_talk(db, talks.TalkInput(TalkKind.HEART_TO_HEART, date(2025, 4, 1), silent, talker_name="书记"))
    talks.create_talk(db, talks.TalkInput(TalkKind.REMINDER, date(2026, 10, 1), due, talker_name="书记",
                                          follow_up_due=date(2026, 11, 25)))
    talks.create_talk(db, talks.TalkInput(TalkKind.REMINDER, date(2025, 10, 1), silent, talker_name="书记",
                                          follow_up_due=date(2026, 11, 26)))
    result = report(db)
    assert sorted(r.name for r in result.without_talk) == ["未谈", "预备乙"]
    assert result.without_talk_count == 2
    assert [(f.member_name, f.days_overdue) for f in result.overdue_follow_ups] == [("预备甲", 1)]
    assert result.probationary_due == ()  # 预备甲's year ends on 2026-12-20, after the day judged
    assert [(p.name, p.probation_ends) for p in result.probationary_due_soon] == [("预备甲", date(2026, 12, 20))]
    page = compliance.overdue_follow_ups(db, TODAY)
    assert page.total == 1 == talks.query_talks(db, talks.TalkQuery(overdue_on=TODAY), TODAY).total


def test_members_below_pages_and_the_branch_filter(db, branch_uuid):
    second = offices.create_branch(db, "第二党支部").uuid
    for n in range(5):
        add_member(db, branch_uuid, f"甲{'一二三四五'[n]}")
    add_member(db, second, "乙一")
    first_page = compliance.members_below(db, YEAR, 0, 2, TODAY)
    rest = compliance.members_below(db, YEAR, 2, 10, TODAY)
    assert first_page.total == rest.total == 6 and len(first_page.rows) == 2 and len(rest.rows) == 4
    assert {r.member_uuid for r in first_page.rows}.isdisjoint(r.member_uuid for r in rest.rows)
    only_second = compliance.members_below(db, YEAR, today=TODAY, branch_uuid=second)
    assert [r.name for r in only_second.rows] == ["乙一"]
    branch_report = report(db, branch_uuid=second)
    assert branch_report.members == 1 and [b.branch_name for b in branch_report.branches] == ["第二党支部"]


def test_report_follows_new_attendance_despite_the_cache(db, branch_uuid):
    member = add_member(db, branch_uuid)
    assert report(db).below == 1
    credit(db, branch_uuid, member, 24, 8)
    assert report(db).below == 0


def test_office_rules_override_the_defaults(db, branch_uuid):
    from partydesk.domain.compliance import ComplianceRules
    from partydesk.services import settings

    member = add_member(db, branch_uuid)
    credit(db, branch_uuid, member, 24, 8)
    settings.save_compliance_rules(db, ComplianceRules(required_hours_member=40))
    assert below(report(db)) == {"张堃": 32.0}


def test_failed_attendance_write_leaves_the_database_unchanged(db, branch_uuid):
    first = add_member(db, branch_uuid, "甲")
    second = add_member(db, branch_uuid, "乙")
    uuid = activity(db, branch_uuid, hours=8)
    before = table_counts(db)
    marks = [Mark(first), Mark(second, hours=-3), Mark(first)]
    with pytest.raises(ValidationError) as error:
        record_attendance(db, uuid, marks)
    assert error.value.row == 2
    assert table_counts(db) == before
    assert calendar.get_activity(db, uuid).state is ActivityState.PLANNED
    assert report(db).below == 2


def test_to_dict_is_plain_json(demo_db):
    import json

    data = compliance.compliance_report(demo_db, YEAR, TODAY, list_limit=5).to_dict()
    text = json.dumps(data, ensure_ascii=False)
    assert data["members"] == data["compliant"] + data["below"]
    assert len(data["members_below"]) == 5 and "completion" in data["branches"][0]
    assert data["rules"]["required_hours_member"] == 32 and "第一党支部" in text


def test_branch_shortfalls_agree_with_the_domain_rule_on_every_branch(demo_db):
    from partydesk.domain.compliance import meeting_shortfalls, meetings_in_progress

    for today in (date(2026, 3, 31), date(2026, 7, 1), TODAY, date(2027, 1, 1)):
        details = compliance.report_details(demo_db, YEAR, today)
        ids = {uuid: branch_id for branch_id, uuid in _branch_ids(demo_db)}
        for branch in details.report.branches:
            days = compliance.branch_meeting_days(details.data.held, ids[branch.branch_uuid])
            rules = details.report.rules
            expected = [(s.kind, s.period.label, s.held) for s in meeting_shortfalls(days, YEAR, rules, today)]
            running = [(s.kind, s.period.label, s.held) for s in meetings_in_progress(days, YEAR, rules, today)]
            assert [(s.kind, s.period, s.held) for s in branch.shortfalls] == expected
            assert [(s.kind, s.period, s.held) for s in branch.in_progress] == running


def _branch_ids(db):
    from sqlalchemy import select

    from partydesk.store.models import Branch

    with db.read() as session:
        return session.execute(select(Branch.id, Branch.uuid)).all()


def test_branch_and_office_views_are_cached_side_by_side(db, branch_uuid):
    add_member(db, branch_uuid)
    report(db)
    report(db, branch_uuid=branch_uuid)
    assert len(compliance.rollup._CACHE[db]) == 2
    credit(db, branch_uuid, roster.query_members(db).rows[0].uuid, 24, 8)
    assert report(db).below == 0 and len(compliance.rollup._CACHE[db]) == 1


def test_probationary_due_lists_only_years_over_and_due_soon_looks_ahead_by_the_office_setting(db, branch_uuid):
    for name, joined in [("已满", date(2025, 11, 26)), ("明天满", date(2025, 11, 27)), ("月内满", date(2025, 12, 26)),
                         ("尚早", date(2025, 12, 27))]:
        add_member(db, branch_uuid, name, status=MemberStatus.PROBATIONARY, joined_on=joined, full_on=None)
    result = report(db)
    assert [p.name for p in result.probationary_due] == ["已满"]
    assert [p.name for p in result.probationary_due_soon] == ["明天满", "月内满"]
    assert result.to_dict()["probationary_due_soon"][0]["probation_ends"] == "2026-11-27"
    office_rules.update(db, {"probation_due_soon_days": 7})
    assert [p.name for p in report(db).probationary_due_soon] == ["明天满"]


def _stamp_the_future(db) -> None:
    """Another PC on the same server, its clock a day ahead, was the last to write."""
    with db.engine.begin() as conn:
        for table in ("attendance", "activity", "member"):
            conn.execute(text(f"UPDATE {table} SET updated_at = :later"), {"later": datetime(2099, 1, 1)})


def test_a_change_from_a_pc_whose_clock_is_behind_the_newest_stamp_is_not_hidden_by_the_cache(db, branch_uuid):
    member = add_member(db, branch_uuid, "王慢")
    credit(db, branch_uuid, member, 24)
    later = activity(db, branch_uuid, hours=8.0)
    record_attendance(db, later, [Mark(member, hours=8)])
    _stamp_the_future(db)
    assert report(db).below == 0
    record_attendance(db, later, [Mark(member, hours=4)])  # the same mark changed: no new row, an older stamp
    assert below(report(db)) == {"王慢": 28.0}


def test_the_next_day_computes_the_figures_again(db, branch_uuid):
    member = add_member(db, branch_uuid, "李改")
    credit(db, branch_uuid, member, 24, 8)
    _stamp_the_future(db)
    assert report(db).below == 0
    with db.engine.begin() as conn:  # a change no service made, so no audit event and no new stamp
        conn.execute(text("UPDATE attendance SET hours = 4"))
    assert below(report(db, today=date(2026, 11, 27))) == {"李改": 8.0}
    assert len(compliance.rollup._CACHE[db]) == 1  # yesterday's figures are gone
