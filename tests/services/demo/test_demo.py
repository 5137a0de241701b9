"""The demo office: deterministic by seed, valid IDs, realistic shape, only into an empty database."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from partydesk.config import resolve
from partydesk.domain.enums import ActivityState, AttendanceStatus, BranchRole, MemberStatus, TalkKind
from partydesk.domain.errors import ValidationError
from partydesk.domain.id_number import parse_resident_id
from partydesk.domain.members import MemberFacts, validate_member
from partydesk.services import demo, offices, roster
from partydesk.services.common import OperationCancelled
from partydesk.services.demo import office as demo_office
from partydesk.store.migrate import open_database
from partydesk.store.models import Activity, Attendance, AuditEvent, Member, MemberEvent, Office, Talk
from tests.conftest import DEMO_TODAY, DEMO_YEAR

TODAY = date(2026, 11, 26)


def _demo(tmp_path, name: str, **options):
    db = open_database(resolve(tmp_path / name))
    summary = demo.populate(db, **{"members": 60, "year": 2026, "seed": 3, "today": TODAY, **options})
    return db, summary


def _people(db):
    with db.read() as session:
        return session.execute(select(Member.name, Member.resident_id, Member.status).order_by(Member.id)).all()


def test_same_seed_gives_same_people(tmp_path):
    first, _ = _demo(tmp_path, "a")
    second, _ = _demo(tmp_path, "b")
    other, _ = _demo(tmp_path, "c", seed=4)
    assert _people(first) == _people(second)
    assert _people(first) != _people(other)


def test_every_demo_member_passes_the_member_rules(demo_db):
    with demo_db.read() as session:
        members = session.scalars(select(Member)).all()
        session.expunge_all()
    assert len(members) == 120
    ids = [m.resident_id for m in members]
    assert len(set(ids)) == len(ids)
    for m in members:
        parsed = parse_resident_id(m.resident_id, TODAY)
        assert (parsed.birth_date, parsed.gender) == (m.birth_date, m.gender)
        assert m.resident_id.startswith("5301")
        facts = MemberFacts(name=m.name, status=m.status, gender=m.gender, birth_date=m.birth_date,
                            resident_id=m.resident_id, applied_on=m.applied_on, activist_on=m.activist_on,
                            candidate_on=m.candidate_on, joined_on=m.joined_on, full_on=m.full_on)
        assert validate_member(facts, TODAY) == [], m.name


def test_demo_office_has_branches_groups_roles_and_every_stage(demo_db):
    branches = offices.list_branches(demo_db)
    names = [b.name for b in branches]
    assert {"第一党支部", "老年党支部", "流动党员党支部", "两新组织党支部"} <= set(names)
    assert all(b.member_count > 0 for b in branches)
    assert len(offices.list_groups(demo_db)) >= len(branches)
    assert offices.local_office(demo_db).name.endswith("社区党委")
    with demo_db.read() as session:
        statuses = dict(session.execute(select(Member.status, func.count()).group_by(Member.status)).all())
        roles = set(session.scalars(select(Member.branch_role).distinct()))
        flowing = session.scalar(select(func.count()).where(Member.is_flowing.is_(True)))
    assert statuses[MemberStatus.FULL] > statuses[MemberStatus.PROBATIONARY] > 0
    assert statuses.get(MemberStatus.ACTIVIST, 0) + statuses.get(MemberStatus.APPLICANT, 0) > 0
    assert {BranchRole.SECRETARY, BranchRole.COMMITTEE_MEMBER, BranchRole.GROUP_LEADER} <= roles
    assert flowing > 0


def test_history_rows_match_the_stage_dates(demo_db):
    page = roster.query_members(demo_db, roster.MemberQuery(statuses=(MemberStatus.PROBATIONARY,)))
    detail = roster.get_member(demo_db, page.rows[0].uuid)
    history = roster.member_history(demo_db, detail.uuid)
    assert history[-1].to_status is MemberStatus.PROBATIONARY and history[-1].on_date == detail.joined_on
    assert TODAY.replace(year=2025) < detail.joined_on < TODAY


def test_activities_are_held_until_today_and_planned_after(demo_db):
    with demo_db.read() as session:
        states = session.execute(select(Activity.on_date, Activity.state, Activity.minutes)).all()
        statuses = set(session.scalars(select(Attendance.status).distinct()))
        reasons = set(
            session.scalars(select(Attendance.leave_reason).where(Attendance.status == AttendanceStatus.LEAVE))
        )
    assert all(state is not ActivityState.HELD for on, state, _ in states if on >= TODAY)
    assert all(minutes for on, state, minutes in states if state is ActivityState.HELD)
    assert any(state is ActivityState.PLANNED for on, state, _ in states if on > TODAY)
    assert statuses == set(AttendanceStatus)
    assert reasons & {"外出务工", "生病住院", "照顾家人"}


def test_talks_of_every_kind_some_confidential_and_overdue(tmp_path):
    db, _ = _demo(tmp_path, "talks", members=600)
    with db.read() as session:
        kinds = set(session.scalars(select(Talk.kind).distinct()))
        confidential = session.scalar(select(func.count()).where(Talk.confidential.is_(True)))
        overdue = session.scalar(select(func.count()).where(Talk.follow_up_due < TODAY, Talk.follow_up_done.is_(None)))
    assert {TalkKind.HEART_TO_HEART, TalkKind.REMINDER, TalkKind.INTEGRITY} <= kinds
    assert confidential > 0 and overdue > 0


def test_sizes_follow_the_member_count(tmp_path):
    db, summary = _demo(tmp_path, "small", members=7)
    assert summary.counts["member"] == 7
    db, summary = _demo(tmp_path, "bigger", members=400)
    assert summary.counts["member"] == 400
    assert summary.counts["branch"] == 1 + 8


def test_one_audit_event_and_a_non_empty_database_is_refused(demo_db):
    with demo_db.read() as session:
        actions = session.scalars(select(AuditEvent.action)).all()
        before = session.scalar(select(func.count()).select_from(Member))
    assert actions == ["demo.populate"]
    with pytest.raises(ValidationError) as error:
        demo.populate(demo_db, members=10, seed=1, today=TODAY)
    assert error.value.field == "office"
    with demo_db.read() as session:
        assert session.scalar(select(func.count()).select_from(Member)) == before


def test_an_initialised_office_is_not_empty(db):
    with pytest.raises(ValidationError):
        demo.populate(db, members=10, today=TODAY)


@pytest.mark.parametrize("members", [0, -5, 2_000_000, "ten", True])
def test_bad_member_count_is_refused(empty_db, members):
    with pytest.raises(ValidationError) as error:
        demo.populate(empty_db, members=members, today=TODAY)
    assert error.value.field == "members"


def test_cancel_leaves_the_database_empty(empty_db):
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(OperationCancelled):
        demo.populate(empty_db, members=300, today=TODAY, cancelled=cancelled)
    with empty_db.read() as session:
        for model in (Office, Member, MemberEvent, Activity, Attendance, AuditEvent):
            assert session.scalar(select(func.count()).select_from(model)) == 0
    demo.populate(empty_db, members=20, today=TODAY)


def test_progress_reaches_the_end(empty_db):
    seen = []
    demo.populate(empty_db, members=50, today=TODAY, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1] and len(seen) > 2


@pytest.mark.sqlite_only  # SQLite's typeof and table_info: a PostgreSQL column refuses a value of another type
def test_demo_rows_are_stored_exactly_like_service_rows(demo_db):
    from partydesk.services import calendar
    from partydesk.services.attendance import Mark, record_attendance
    from tests.services.helpers import add_member, resident_id

    branch = offices.list_branches(demo_db)[0].uuid
    member = add_member(demo_db, branch, "服务", resident_id=resident_id(seq="997"), applied_on=date(1989, 1, 1))
    activity = calendar.create_activity(
        demo_db,
        calendar.ActivityInput(
            kind=calendar.ActivityKind.THEME_DAY,
            title="对照",
            on_date=date(2026, 11, 1),
            branch_uuid=branch,
            start_time="09:00",
            end_time="11:00",
        ),
    )
    record_attendance(demo_db, activity, [Mark(member)])
    with demo_db.engine.connect() as connection:
        for table in ("member", "member_event", "activity", "attendance"):
            columns = [row[1] for row in connection.exec_driver_sql(f"PRAGMA table_info({table})")]
            shape = ", ".join(f"typeof({c}), length({c})" if c.endswith("_at") else f"typeof({c})" for c in columns)
            demo_row, service_row = (
                connection.exec_driver_sql(f"SELECT {shape}, origin FROM {table} ORDER BY id {order} LIMIT 1").one()
                for order in ("ASC", "DESC")
            )
            kinds = zip(demo_row, service_row, strict=False)
            assert all(a == b or "null" in (a, b) for a, b in kinds), table
            assert demo_row[-1] == service_row[-1] == demo_db.office_uuid


def test_generating_in_a_second_process_gives_the_same_office(tmp_path, monkeypatch):
    serial, serial_summary = _demo(tmp_path, "serial", members=200)
    monkeypatch.setattr(demo_office, "PARALLEL_FROM", 1)
    parallel, parallel_summary = _demo(tmp_path, "parallel", members=200)
    assert _people(parallel) == _people(serial)
    assert parallel_summary.counts == serial_summary.counts


def test_cancel_while_a_second_process_generates(empty_db, monkeypatch):
    monkeypatch.setattr(demo_office, "PARALLEL_FROM", 1)
    with pytest.raises(OperationCancelled):
        demo.populate(empty_db, members=300, today=TODAY, cancelled=lambda: True)
    with empty_db.read() as session:
        assert session.scalar(select(func.count()).select_from(Member)) == 0


def test_the_demo_keeps_a_year_of_dues_with_some_arrears(demo_db):
    from partydesk.domain.reminders import ReminderKind
    from partydesk.services import dues, reminders

    rows = dues.ledger(demo_db, DEMO_YEAR, today=DEMO_TODAY)
    assert rows and all(row.category is not None for row in rows)
    paid_up = sum(1 for row in rows if not row.unpaid_months)
    assert 0.7 * len(rows) < paid_up < len(rows)
    found = reminders.reminders(demo_db, DEMO_TODAY)
    assert any(r.kind is ReminderKind.DUES_ARREARS and r.level == 3 for r in found)


def test_the_demo_has_members_drifting_away_at_every_reminder_level(demo_db):
    from partydesk.domain.reminders import ReminderKind
    from partydesk.services import reminders

    found = reminders.reminders(demo_db, DEMO_TODAY)
    drifting = [r for r in found if r.kind is ReminderKind.MISSED_MEETINGS]
    assert {r.level for r in drifting} == {1, 2, 3}
    assert all(r.months >= 3 and r.evidence and r.suggested for r in drifting)
    behind_with_dues = {r.member_uuid for r in found if r.kind is ReminderKind.DUES_ARREARS}
    assert behind_with_dues & {r.member_uuid for r in drifting}  # most drifters stop paying too
    with demo_db.read() as session:
        for reminder in drifting:
            since = date.fromisoformat(reminder.since + "-01")
            marks = session.scalars(
                select(Attendance.status).join(Activity, Activity.id == Attendance.activity_id)
                .join(Member, Member.id == Attendance.member_id)
                .where(Member.uuid == reminder.member_uuid, Activity.on_date >= since)).all()
            assert marks and set(marks) == {AttendanceStatus.ABSENT}, reminder.name  # no leave: no 正当理由


@pytest.mark.parametrize("today", [date(2026, 1, 10), date(2026, 2, 10)])
def test_a_demo_made_early_in_the_year_drifts_only_as_far_as_the_months_finished(tmp_path, today):
    from partydesk.domain.reminders import ReminderKind
    from partydesk.services import reminders

    db, _ = _demo(tmp_path, "early", members=200, today=today)
    found = reminders.reminders(db, today)
    assert not [r for r in found if r.kind is ReminderKind.MISSED_MEETINGS]  # nobody can have missed 3 months yet
