"""A county that already holds a village's people (from a roster import) receives the village's package."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from partydesk.config import resolve
from partydesk.services import exporting, importing, offices, roster, transfer
from partydesk.services.transfer import receive
from partydesk.services.transfer.describe import skip_reason
from partydesk.services.transfer.link import BOOKKEEPING
from partydesk.services.transfer.merge import MergeContext, merge_table
from partydesk.services.transfer.rows import columns
from partydesk.store.migrate import open_database
from partydesk.store.models import Member, PartyGroup

from ..helpers import table_counts

PASS = "correct horse battery"
HISTORY = ("activity", "attendance", "member_event", "talk", "service_entry", "service_participant", "study_plan")

pytestmark = pytest.mark.usefixtures("fast_kdf")


@pytest.fixture
def county(demo_db, tmp_path):
    """The county started from the village's roster export: same people, its own uuids."""
    exporting.export_roster(demo_db, tmp_path / "roster.xlsx", full_ids=True)
    db = open_database(resolve(tmp_path / "county"))
    offices.init_office(db, "某某县委组织部")
    for branch in offices.list_branches(demo_db):
        offices.create_branch(db, f" {branch.name} ")  # typed with stray spaces
    importing.run_roster_import(db, tmp_path / "roster.xlsx")
    yield db
    db.dispose()


def send(village, county, tmp_path, **options):
    package = transfer.export_package(village, tmp_path, PASS, **options)
    return receive.import_package(county, package.path, PASS)


def uuids(db, model) -> set[str]:
    with db.read() as session:
        return set(session.scalars(select(model.uuid)))


def test_the_village_package_adds_its_history_without_duplicating_branches_groups_or_people(demo_db, county, tmp_path):
    before = table_counts(county)
    village = table_counts(demo_db)
    result = send(demo_db, county, tmp_path)
    after = table_counts(county)
    assert after["branch"] == before["branch"] + 1  # only the village's committee is new
    assert after["party_group"] == before["party_group"] == village["party_group"]
    assert after["member"] == before["member"] == village["member"]
    assert result.linked["member"] == village["member"] and result.linked["party_group"] == village["party_group"]
    assert uuids(county, Member) == uuids(demo_db, Member)  # linked: later packages merge by uuid
    assert uuids(county, PartyGroup) == uuids(demo_db, PartyGroup)
    for name in HISTORY:
        assert after[name] == village[name], name  # events the roster import wrote are not doubled
    assert result.skipped == {} and result.skip_reasons == {}


def test_conflicts_name_only_fields_a_person_can_decide_in_words(demo_db, county, tmp_path):
    result = send(demo_db, county, tmp_path)
    conflicts = receive.list_conflicts(county)
    assert len(conflicts) == result.conflicts
    assert len(conflicts) < 60  # not one per member
    for conflict in conflicts:
        assert conflict.differences and conflict.record
        assert not {d.field for d in conflict.differences} & (BOOKKEEPING | {"roster_order", "sort_order"})
    branch = next(c for c in conflicts if c.entity_type == "branch")
    (parent,) = branch.differences
    assert (parent.ours, parent.theirs) == ("某某县委组织部", offices.local_office(demo_db).name)
    assert "this office: 某某县委组织部" in parent.sentence() and "_id" not in parent.sentence()


def test_take_all_theirs_and_keep_all_ours_settle_every_conflict_at_once(demo_db, tmp_path, county):
    send(demo_db, county, tmp_path)
    waiting = receive.list_conflicts(county)
    members = [c for c in waiting if c.entity_type == "member"]
    assert receive.resolve_conflicts(county, transfer.KEEP_LOCAL,
                                     conflict_uuids=[c.uuid for c in waiting if c.entity_type != "member"]) > 0
    assert receive.resolve_conflicts(county, transfer.TAKE_INCOMING) == len(members)
    assert receive.list_conflicts(county) == []
    for conflict in members:
        ours, theirs = roster.get_member(county, conflict.entity_uuid), roster.get_member(demo_db, conflict.entity_uuid)
        assert (ours.post, ours.exemplar_post) == (theirs.post, theirs.exemplar_post)
    parents = {b.name: b.parent_uuid for b in offices.list_branches(county)}
    assert len(set(parents.values())) == 1  # kept ours: still under the county


def test_per_field_takes_only_the_named_fields(demo_db, county, tmp_path):
    uuid = roster.query_members(demo_db).rows[0].uuid
    data = roster.get_member(demo_db, uuid).as_input()
    data.post, data.address = "村委会主任", "春城社区8号"
    roster.update_member(demo_db, uuid, data, today=date(2026, 11, 26))
    send(demo_db, county, tmp_path)
    conflict = next(c for c in receive.list_conflicts(county) if c.entity_uuid == uuid)
    assert {d.field for d in conflict.differences} == {"post", "address"}
    transfer.resolve_conflict(county, conflict.uuid, transfer.TAKE_INCOMING, fields=("address",))
    mine = roster.get_member(county, uuid)
    assert mine.address == "春城社区8号" and mine.post != "村委会主任"


def test_a_later_package_merges_by_uuid_with_no_new_conflicts(demo_db, county, tmp_path):
    send(demo_db, county, tmp_path)
    receive.resolve_conflicts(county, transfer.TAKE_INCOMING)
    uuid = roster.query_members(demo_db).rows[1].uuid
    data = roster.get_member(demo_db, uuid).as_input()
    data.phone = "13800000000"
    roster.update_member(demo_db, uuid, data, today=date(2026, 11, 27))
    result = send(demo_db, county, tmp_path)
    assert result.conflicts == 0 and result.updated.get("member") == 1 and not result.linked
    with county.read() as session:
        assert session.scalar(select(Member.phone).where(Member.uuid == uuid)) == "13800000000"


def test_rows_whose_parent_is_missing_are_skipped_with_a_reason(county):
    member_cols = columns("attendance")
    row = {c: None for c in member_cols}
    row.update(uuid="6f1d0c2e-0000-4000-8000-000000000001", activity_id="no-such-activity", member_id=None,
               created_at=datetime(2026, 11, 1).isoformat(), updated_at=datetime(2026, 11, 1).isoformat())
    with county.write() as session:
        ctx = MergeContext(session.connection(), "p", "o", None, datetime(2026, 12, 1))
        merge_table(ctx, "attendance", member_cols, [[row[c] for c in member_cols]])
        assert dict(ctx.reasons) == {("attendance", "missing_activity"): 1}
    assert skip_reason("missing_activity") == "its activity is neither in this office nor in the package"


def test_a_branch_name_held_twice_here_links_one_and_keeps_the_other(demo_db, county, tmp_path):
    name = offices.list_branches(demo_db)[0].name
    offices.create_branch(county, name, parent_uuid=offices.list_branches(county, kinds=tuple(offices.OrgKind))[0].uuid)
    result = send(demo_db, county, tmp_path)
    assert result.linked["member"] == table_counts(demo_db)["member"]
    assert sum(1 for b in offices.list_branches(county) if b.name.strip() == name) == 2


def test_a_second_village_s_branch_of_the_same_name_is_not_linked_to_the_first_s(demo_db, county, db, branch_uuid,
                                                                                  tmp_path):
    from ..helpers import add_member, resident_id

    (tmp_path / "a").mkdir()
    send(demo_db, county, tmp_path / "a")
    first = {b.name.strip(): b.uuid for b in offices.list_branches(county)}["第一党支部"]
    other = add_member(db, branch_uuid, name="区外党员", resident_id=resident_id(region="110101", seq="071"))
    (tmp_path / "b").mkdir()
    result = send(db, county, tmp_path / "b")
    assert result.inserted["branch"] == 2 and not result.linked.get("branch")  # its committee and its 第一党支部
    assert roster.get_member(county, other).branch_uuid == branch_uuid != first


def test_history_of_a_member_waiting_in_a_conflict_is_skipped_with_that_reason(county):
    cols = columns("attendance")
    row = {c: None for c in cols}
    row.update(uuid="6f1d0c2e-0000-4000-8000-000000000002", activity_id=None, member_id="held-member",
               created_at=datetime(2026, 11, 1).isoformat(), updated_at=datetime(2026, 11, 1).isoformat())
    with county.write() as session:
        ctx = MergeContext(session.connection(), "p", "o", None, datetime(2026, 12, 1))
        ctx.held["member"] = {"held-member"}
        merge_table(ctx, "attendance", cols, [[row[c] for c in cols]])
        assert dict(ctx.reasons) == {("attendance", "held_member"): 1}
    assert "waits in a conflict" in skip_reason("held_member")
