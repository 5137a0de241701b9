"""Service-practice entries and talk records, including confidentiality by role."""

from __future__ import annotations

from datetime import date

import pytest

from partydesk.domain.actor import Actor
from partydesk.domain.enums import Role, ServiceCategory, TalkKind
from partydesk.domain.errors import PermissionDenied, ValidationError
from partydesk.services import service_log, talks

from .helpers import add_member, table_counts


def entry(participants, **fields):
    fields.setdefault("people_served", 5)
    return service_log.ServiceInput(category=ServiceCategory.PETITION, title="接待群众来访", on_date="2026-04-01",
                                    hours=3, participants=participants, **fields)


def test_service_entry_with_participants(db, branch_uuid):
    a, b = add_member(db, branch_uuid, "甲"), add_member(db, branch_uuid, "乙")
    uuid = service_log.create_entry(db, entry([service_log.Participant(a), service_log.Participant(b, 1.5)]))
    detail = service_log.get_entry(db, uuid)
    assert [(p.name, p.hours) for p in detail.participants] == [("甲", 3.0), ("乙", 1.5)]
    row = service_log.query_entries(db).rows[0]
    assert row.participant_count == 2 and set(row.participant_names.split("、")) == {"甲", "乙"}
    data = detail.as_input()
    data.participants = data.participants[:1]
    service_log.update_entry(db, uuid, data)
    assert service_log.query_entries(db).rows[0].participant_count == 1
    assert service_log.query_entries(db, service_log.ServiceQuery(member_uuid=b)).total == 0


def test_service_entry_needs_a_participant_and_valid_numbers(db, branch_uuid):
    member = add_member(db, branch_uuid)
    before = table_counts(db)
    with pytest.raises(ValidationError) as error:
        service_log.create_entry(db, entry([]))
    assert error.value.field == "member"
    with pytest.raises(ValidationError) as error:
        service_log.create_entry(db, entry([service_log.Participant(member)], people_served=-1))
    assert error.value.field == "people_served"
    assert table_counts(db) == before


def talk(member, **fields):
    fields.setdefault("kind", TalkKind.HEART_TO_HEART)
    fields.setdefault("summary", "谈工作")
    return talks.TalkInput(on_date="2026-05-01", member_uuid=member, talker_name="李书记", **fields)


def test_overdue_follow_ups(db, branch_uuid):
    member = add_member(db, branch_uuid)
    late = talks.create_talk(db, talk(member, follow_up_due="2026-06-01"))
    talks.create_talk(db, talk(member, follow_up_due="2026-12-31"))
    today = date(2026, 11, 26)
    rows = talks.query_talks(db, talks.TalkQuery(overdue_on=today), today=today).rows
    assert [r.uuid for r in rows] == [late] and rows[0].overdue
    talks.complete_follow_up(db, late, "2026-11-20")
    assert talks.query_talks(db, talks.TalkQuery(overdue_on=today), today=today).total == 0


def test_follow_up_cannot_be_due_before_the_talk(db, branch_uuid):
    member = add_member(db, branch_uuid)
    with pytest.raises(ValidationError) as error:
        talks.create_talk(db, talk(member, follow_up_due="2026-04-01"))
    assert error.value.field == "follow_up_due"


def test_admonishment_is_always_confidential_and_hidden_from_clerks(db, branch_uuid):
    member = add_member(db, branch_uuid)
    uuid = talks.create_talk(db, talk(member, kind=TalkKind.ADMONISHMENT, summary="诫勉内容"))
    assert talks.get_talk(db, uuid).confidential
    db.actor = Actor("clerk", Role.CLERK)
    row = talks.query_talks(db).rows[0]
    assert row.content_hidden and row.summary == "" and row.on_date == date(2026, 5, 1)
    detail = talks.get_talk(db, uuid)
    assert detail.content_hidden and detail.summary == ""
    with pytest.raises(PermissionDenied):
        talks.update_talk(db, uuid, talk(member))
    talks.complete_follow_up(db, uuid, "2026-06-01")  # follow-up state is not content


def test_secretary_reading_confidential_content_is_audited(db, branch_uuid):
    member = add_member(db, branch_uuid)
    uuid = talks.create_talk(db, talk(member, confidential=True, summary="保密内容"))
    db.actor = Actor("shuji", Role.SECRETARY)
    before = table_counts(db)["audit_event"]
    assert talks.get_talk(db, uuid).summary == "保密内容"
    assert table_counts(db)["audit_event"] == before + 1


def test_talks_search_by_member_name_and_sort(db, branch_uuid):
    a, b = add_member(db, branch_uuid, "王赟"), add_member(db, branch_uuid, "赵玥")
    talks.create_talk(db, talk(a))
    talks.create_talk(db, talk(b))
    assert [r.member_name for r in talks.query_talks(db, talks.TalkQuery(search="赟")).rows] == ["王赟"]
    assert talks.query_talks(db, talks.TalkQuery(sort="member", descending=True)).total == 2


def test_clerk_may_not_restore_a_confidential_talk(db, branch_uuid):
    member = add_member(db, branch_uuid)
    uuid = talks.create_talk(db, talk(member, confidential=True))
    talks.delete_talk(db, uuid)
    db.actor = Actor("clerk", Role.CLERK)
    with pytest.raises(PermissionDenied):
        talks.restore_talk(db, uuid)
