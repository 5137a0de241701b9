"""Roster service: validation, history, recycle bin, masking and the SQL-side query."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from partydesk.domain.actor import Actor
from partydesk.domain.enums import BranchRole, Gender, MemberEventKind, MemberStatus, Role
from partydesk.domain.errors import NotFoundError, PermissionDenied, ValidationError
from partydesk.services import offices, roster

from .helpers import TODAY, add_member, resident_id, table_counts


def test_create_member_fills_gender_and_birth_date_from_the_id(db, branch_uuid):
    uuid = add_member(db, branch_uuid, resident_id=resident_id(seq="024"))
    member = roster.get_member(db, uuid)
    assert member.birth_date == date(1965, 3, 12)
    assert member.gender is Gender.FEMALE
    assert member.resident_id_masked == "530112********0" + resident_id(seq="024")[-3:]


def test_bad_id_is_rejected_naming_the_field_and_nothing_is_written(db, branch_uuid):
    before = table_counts(db)
    bad = resident_id()[:-1] + ("0" if resident_id()[-1] != "0" else "1")
    with pytest.raises(ValidationError) as error:
        add_member(db, branch_uuid, resident_id=bad)
    assert error.value.field == "resident_id"
    assert table_counts(db) == before


def test_duplicate_resident_id_among_live_members_is_rejected(db, branch_uuid):
    add_member(db, branch_uuid, "李昇", resident_id=resident_id())
    with pytest.raises(ValidationError, match="李昇") as error:
        add_member(db, branch_uuid, "王喆", resident_id=resident_id())
    assert error.value.field == "resident_id"


def test_deleted_member_frees_the_id_and_restore_rechecks_it(db, branch_uuid):
    first = add_member(db, branch_uuid, "李昇", resident_id=resident_id())
    roster.delete_member(db, first)
    second = add_member(db, branch_uuid, "王喆", resident_id=resident_id())
    with pytest.raises(ValidationError):
        roster.restore_member(db, first)
    roster.delete_member(db, second)
    roster.restore_member(db, first)
    assert roster.get_member(db, first).name == "李昇"


def test_saving_the_masked_form_keeps_the_stored_id_and_phone(db, branch_uuid):
    uuid = add_member(db, branch_uuid, resident_id=resident_id(), phone="13812343456")
    detail = roster.get_member(db, uuid)
    roster.update_member(db, uuid, replace(detail.as_input(), post="村主任"), today=TODAY)
    assert roster.reveal_resident_id(db, uuid) == resident_id()
    assert roster.reveal_phone(db, uuid) == "13812343456"
    assert roster.get_member(db, uuid).post == "村主任"


def test_status_change_is_history_and_member_is_kept(db, branch_uuid):
    uuid = add_member(db, branch_uuid)
    roster.change_status(db, uuid, MemberStatus.TRANSFERRED_OUT, "2026-10-01", note="迁往外省")
    history = roster.member_history(db, uuid)
    assert [h.kind for h in history] == [MemberEventKind.JOINED, MemberEventKind.BECAME_FULL,
                                         MemberEventKind.TRANSFERRED_OUT]
    assert history[-1].note == "迁往外省"
    assert roster.query_members(db).total == 0
    assert roster.query_members(db, roster.MemberQuery(on_roster_only=False)).total == 1


def test_probationary_to_full_records_the_full_date(db, branch_uuid):
    uuid = add_member(db, branch_uuid, status=MemberStatus.PROBATIONARY, joined_on=date(2025, 10, 1), full_on=None)
    roster.change_status(db, uuid, MemberStatus.FULL, date(2026, 10, 1), today=TODAY)
    member = roster.get_member(db, uuid)
    assert member.full_on == date(2026, 10, 1)
    assert roster.member_history(db, uuid)[-1].kind is MemberEventKind.BECAME_FULL


def test_query_searches_name_initials_phone_and_id_tail(db, branch_uuid):
    add_member(db, branch_uuid, "张三丰", phone="13900001111", resident_id=resident_id(seq="035"))
    add_member(db, branch_uuid, "李四", phone="13700002222")
    def find(text):
        return [r.name for r in roster.query_members(db, roster.MemberQuery(search=text)).rows]

    assert find("三") == ["张三丰"]
    assert find("zsf") == ["张三丰"]
    assert find("0000222") == ["李四"]
    assert find(resident_id(seq="035")[-4:]) == ["张三丰"]
    assert find("%") == []


def test_query_pages_sorts_and_counts_in_sql(db, branch_uuid):
    for index in range(25):
        add_member(db, branch_uuid, f"党员{chr(0x4e00 + index)}")
    page = roster.query_members(db, roster.MemberQuery(sort="name", offset=20, limit=10))
    assert page.total == 25 and len(page.rows) == 5
    names = [r.name for r in roster.query_members(db, roster.MemberQuery(sort="birth_date", limit=100)).rows]
    assert len(names) == 25


def test_rows_never_carry_a_full_id(db, branch_uuid):
    add_member(db, branch_uuid, resident_id=resident_id())
    row = roster.query_members(db).rows[0]
    assert resident_id() not in repr(row)


def test_filters_by_branch_group_and_status(db, branch_uuid):
    other = offices.create_branch(db, "第二党支部").uuid
    group = offices.create_group(db, other, "一组").uuid
    add_member(db, branch_uuid, "甲")
    add_member(db, other, "乙", party_group_uuid=group, branch_role=BranchRole.SECRETARY)
    add_member(db, other, "丙", status=MemberStatus.ACTIVIST, joined_on=None, full_on=None)
    assert roster.query_members(db, roster.MemberQuery(branch_uuid=other)).total == 2
    assert [r.name for r in roster.query_members(db, roster.MemberQuery(group_uuid=group)).rows] == ["乙"]
    statuses = (MemberStatus.ACTIVIST,)
    assert [r.name for r in roster.query_members(db, roster.MemberQuery(statuses=statuses)).rows] == ["丙"]


def test_group_of_another_branch_is_rejected(db, branch_uuid):
    other = offices.create_branch(db, "第二党支部").uuid
    group = offices.create_group(db, other, "一组").uuid
    with pytest.raises(ValidationError) as error:
        add_member(db, branch_uuid, party_group_uuid=group)
    assert error.value.field == "party_group"


def test_recycle_bin_lists_deleted_members(db, branch_uuid):
    uuid = add_member(db, branch_uuid)
    roster.delete_member(db, uuid)
    assert roster.query_members(db).total == 0
    assert [r.uuid for r in roster.query_members(db, roster.MemberQuery(deleted=True)).rows] == [uuid]
    with pytest.raises(NotFoundError):
        roster.get_member(db, uuid)


def test_viewer_may_read_but_not_write(db, branch_uuid):
    uuid = add_member(db, branch_uuid)
    db.actor = Actor("viewer", Role.VIEWER)
    assert roster.query_members(db).total == 1
    with pytest.raises(PermissionDenied):
        roster.delete_member(db, uuid)
    with pytest.raises(PermissionDenied):
        roster.reveal_resident_id(db, uuid)


def test_every_write_is_audited(db, branch_uuid):
    before = table_counts(db)["audit_event"]
    uuid = add_member(db, branch_uuid)
    roster.delete_member(db, uuid)
    roster.restore_member(db, uuid)
    assert table_counts(db)["audit_event"] == before + 3


def test_the_whole_roster_counted_from_indexes_matches_the_list_among_the_departed_and_the_binned(db, branch_uuid):
    other = offices.create_branch(db, "第二党支部").uuid
    for index, status in enumerate(MemberStatus):
        name, seq = "成员" + "甲乙丙丁戊己庚辛"[index], f"{index:03d}"
        uuid = add_member(db, (branch_uuid, other)[index % 2], name, resident_id=resident_id(seq=seq))
        if not status.is_on_roster:
            roster.change_status(db, uuid, status, "2026-10-01", note="离开")
    roster.delete_member(db, add_member(db, other, "已删除"))
    on_roster = tuple(status for status in MemberStatus if status.is_on_roster)
    whole = roster.query_members(db, roster.MemberQuery(limit=100))
    spelled_out = roster.query_members(db, roster.MemberQuery(statuses=on_roster, limit=100))  # the counting query
    assert whole.total == spelled_out.total == len(whole.rows) == len(on_roster)
    assert [row.uuid for row in whole.rows] == [row.uuid for row in spelled_out.rows]
    assert roster.query_members(db, roster.MemberQuery(limit=0)) == roster.Page([], len(on_roster))
