"""After the demo office is made, new records of every kind get fresh ids (PostgreSQL's sequences moved too)."""

from __future__ import annotations

from partydesk.domain.enums import ActivityKind
from partydesk.services import calendar, offices, roster
from tests.services.helpers import add_member


def test_new_member_branch_and_activity_after_the_demo_are_saved(demo_db):
    before = roster.query_members(demo_db, roster.MemberQuery()).total
    branch = offices.create_branch(demo_db, "新建第九党支部")
    add_member(demo_db, branch.uuid, "演示后新党员")
    calendar.create_activity(demo_db, calendar.ActivityInput(
        kind=ActivityKind.PARTY_LECTURE, title="演示后的党课", on_date="2026.12.1", branch_uuid=branch.uuid,
        start_time="9:00", end_time="11:00"))
    assert roster.query_members(demo_db, roster.MemberQuery()).total == before + 1
