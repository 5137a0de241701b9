"""Transfer packages between offices: merge by uuid, idempotent, conflicts listed, deletions carried."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from partydesk.domain.enums import AttendanceStatus
from partydesk.services import attendance, offices, roster, transfer
from partydesk.services.backup.container import BackupError
from partydesk.services.transfer import receive as transfer_import
from partydesk.services.transfer.rows import TABLES
from partydesk.store.models import Member, Office

from ..helpers import add_member, resident_id, table_counts

PASS = "correct horse battery"


pytestmark = pytest.mark.usefixtures("fast_kdf")


def send(sender, receiver, tmp_path, **options):
    package = transfer.export_package(sender, tmp_path, PASS, **options)
    return package, transfer_import.import_package(receiver, package.path, PASS)


def member_names(db) -> dict[str, str]:
    with db.read() as session:
        return dict(session.execute(select(Member.uuid, Member.name)).all())


def test_whole_demo_office_arrives_with_links_intact(demo_db, receiver, tmp_path):
    package, result = send(demo_db, receiver, tmp_path)
    sent, got = table_counts(demo_db), table_counts(receiver)
    for name in TABLES:
        if name == "branch":
            assert got[name] == sent[name] + 1  # plus the receiver's own committee
        else:
            assert got[name] == sent[name], name
    assert result.inserted["member"] == sent["member"] and result.conflicts == 0
    assert package.counts["member"] == sent["member"]
    with receiver.read() as session:
        origin = session.scalar(select(Office).where(Office.uuid == demo_db.office_uuid))
        assert origin is not None and not origin.is_local
    some = roster.query_members(demo_db).rows[0]
    assert roster.get_member(receiver, some.uuid).branch_name == roster.get_member(demo_db, some.uuid).branch_name


def test_importing_twice_changes_nothing(demo_db, receiver, tmp_path):
    package, _ = send(demo_db, receiver, tmp_path)
    before = table_counts(receiver)
    again = transfer_import.import_package(receiver, package.path, PASS)
    assert again.already_imported and table_counts(receiver) == before
    resent, result = send(demo_db, receiver, tmp_path, full=True)  # same rows, new package
    after = table_counts(receiver)
    assert {k: v for k, v in after.items() if k not in ("audit_event",)} == {
        k: v for k, v in before.items() if k not in ("audit_event",)
    }
    assert not result.inserted and not result.updated and result.conflicts == 0


def test_own_package_changes_nothing(db, branch_uuid, tmp_path):
    add_member(db, branch_uuid)
    package = transfer.export_package(db, tmp_path, PASS)
    before = table_counts(db)
    result = transfer_import.import_package(db, package.path, PASS)
    assert result.own_office and table_counts(db) == before


def test_changes_flow_incrementally_and_newer_wins(db, branch_uuid, receiver, tmp_path):
    uuid = add_member(db, branch_uuid, name="王昇")
    other = add_member(db, branch_uuid, name="李玥", resident_id=resident_id(seq="045"))
    send(db, receiver, tmp_path)
    data = roster.get_member(db, uuid).as_input()
    data.name = "王晟"
    roster.update_member(db, uuid, data, today=date(2026, 11, 26))
    package, result = send(db, receiver, tmp_path, now=datetime.now() + timedelta(hours=1))
    assert package.since is not None and package.counts["member"] >= 1
    assert result.updated.get("member") == 1 and result.conflicts == 0
    assert member_names(receiver)[uuid] == "王晟" and member_names(receiver)[other] == "李玥"


def test_soft_delete_is_carried(db, branch_uuid, receiver, tmp_path):
    uuid = add_member(db, branch_uuid)
    send(db, receiver, tmp_path)
    roster.delete_member(db, uuid)
    send(db, receiver, tmp_path)
    with receiver.read() as session:
        assert session.scalar(select(Member.deleted_at).where(Member.uuid == uuid)) is not None


def test_both_sides_changed_is_listed_and_resolved(db, branch_uuid, receiver, tmp_path):
    uuid = add_member(db, branch_uuid, name="王昇")
    send(db, receiver, tmp_path)
    for office, name in ((db, "王晟"), (receiver, "王胜")):
        data = roster.get_member(office, uuid).as_input()
        data.name = name
        roster.update_member(office, uuid, data, today=date(2026, 11, 26))
    _, result = send(db, receiver, tmp_path)
    assert result.conflicts == 1
    assert member_names(receiver)[uuid] == "王胜"  # nothing decided yet
    conflicts = transfer_import.list_conflicts(receiver)
    assert len(conflicts) == 1 and conflicts[0].entity_uuid == uuid
    assert conflicts[0].local["name"] == "王胜" and conflicts[0].incoming["name"] == "王晟"
    _, again = send(db, receiver, tmp_path, full=True)
    assert len(transfer_import.list_conflicts(receiver)) == 1  # listed once, not twice

    transfer_import.resolve_conflict(receiver, conflicts[0].uuid, transfer_import.TAKE_INCOMING)
    assert member_names(receiver)[uuid] == "王晟"
    assert transfer_import.list_conflicts(receiver) == []


def test_keep_local_keeps_and_wins_later(db, branch_uuid, receiver, tmp_path):
    uuid = add_member(db, branch_uuid, name="王昇")
    send(db, receiver, tmp_path)
    for office, name in ((db, "王晟"), (receiver, "王胜")):
        data = roster.get_member(office, uuid).as_input()
        data.name = name
        roster.update_member(office, uuid, data, today=date(2026, 11, 26))
    send(db, receiver, tmp_path)
    conflict = transfer_import.list_conflicts(receiver)[0]
    transfer_import.resolve_conflict(receiver, conflict.uuid, transfer_import.KEEP_LOCAL)
    send(db, receiver, tmp_path, full=True)
    assert member_names(receiver)[uuid] == "王胜"
    assert transfer_import.list_conflicts(receiver) == []


def test_same_person_entered_twice_is_a_conflict_not_an_error(db, branch_uuid, receiver, tmp_path):
    add_member(db, branch_uuid, name="王昇", resident_id=resident_id(seq="051"))
    theirs = offices.create_branch(receiver, "本级支部").uuid
    mine = add_member(receiver, theirs, name="王昇", resident_id=resident_id(seq="051"))
    _, result = send(db, receiver, tmp_path)
    assert result.conflicts == 1 and result.inserted.get("member") is None
    conflict = transfer_import.list_conflicts(receiver)[0]
    assert conflict.local["uuid"] == mine
    transfer_import.resolve_conflict(receiver, conflict.uuid, transfer_import.TAKE_INCOMING)
    assert conflict.entity_uuid in member_names(receiver) and mine not in member_names(receiver)


def test_branch_scope_sends_only_that_branch(db, branch_uuid, receiver, tmp_path):
    second = offices.create_branch(db, "第二党支部").uuid
    inside = add_member(db, branch_uuid, name="王昇")
    outside = add_member(db, second, name="李玥", resident_id=resident_id(seq="061"))
    package, _ = send(db, receiver, tmp_path, branch_uuid=branch_uuid)
    names = member_names(receiver)
    assert inside in names and outside not in names and package.scope == branch_uuid


def test_attendance_links_to_local_ids(demo_db, receiver, tmp_path):
    send(demo_db, receiver, tmp_path)
    with demo_db.read() as session:
        row = session.execute(
            select(Member.uuid).where(Member.deleted_at.is_(None)).limit(1)
        ).scalar_one()
    from partydesk.services import calendar

    activity = calendar.query_activities(demo_db).rows[0].uuid
    attendance.record_attendance(demo_db, activity, [attendance.Mark(row, AttendanceStatus.LEAVE, "出差")])
    _, result = send(demo_db, receiver, tmp_path)
    assert result.conflicts == 0 and result.inserted.get("attendance", 0) + result.updated.get("attendance", 0) == 1
    assert calendar.get_activity(receiver, activity).title == calendar.get_activity(demo_db, activity).title


def test_a_wrong_passphrase_is_refused(db, branch_uuid, receiver, tmp_path):
    add_member(db, branch_uuid)
    package = transfer.export_package(db, tmp_path, PASS)
    before = table_counts(receiver)
    with pytest.raises(BackupError) as error:
        transfer_import.import_package(receiver, package.path, "not the passphrase")
    assert error.value.key == "wrong_passphrase" and table_counts(receiver) == before


@pytest.mark.sqlite_only  # a backup is a copy of the SQLite file
def test_a_backup_file_is_refused_as_a_package(db, branch_uuid, receiver, tmp_path):
    from partydesk.services import backup

    add_member(db, branch_uuid)
    made = backup.create_backup(db, tmp_path / "b.pdbak", PASS)
    with pytest.raises(BackupError) as error:
        transfer_import.import_package(receiver, made.path, PASS)
    assert error.value.key == "wrong_kind"


@pytest.mark.parametrize("damage", ["truncate", "flip"])
def test_damaged_package_changes_nothing(db, branch_uuid, receiver, tmp_path, damage):
    add_member(db, branch_uuid)
    package = transfer.export_package(db, tmp_path, PASS)
    data = bytearray(package.path.read_bytes())
    if damage == "truncate":
        data = data[: len(data) - 7]
    else:
        data[len(data) // 2] ^= 0x40
    package.path.write_bytes(bytes(data))
    before = table_counts(receiver)
    with pytest.raises(BackupError):
        transfer_import.import_package(receiver, package.path, PASS)
    assert table_counts(receiver) == before


def test_cancelled_import_changes_nothing(demo_db, receiver, tmp_path):
    from partydesk.services.common import OperationCancelled

    package = transfer.export_package(demo_db, tmp_path, PASS)
    before = table_counts(receiver)
    calls = iter(range(1000))
    with pytest.raises(OperationCancelled):
        transfer_import.import_package(receiver, package.path, PASS, cancelled=lambda: next(calls) > 3)
    assert table_counts(receiver) == before


def test_photos_travel_with_their_activity_and_are_stored_once(db, branch_uuid, receiver, tmp_path):
    import io

    from PIL import Image

    from partydesk.domain.enums import ActivityKind
    from partydesk.services import attachments, calendar

    planted = calendar.ActivityInput(ActivityKind.THEME_DAY, "植树", "2026-03-12", branch_uuid)
    activity = calendar.create_activity(db, planted)
    picture = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 30, 30)).save(picture, "JPEG")
    attachments.add_attachment(db, "activity", activity, picture.getvalue(), "现场.jpg")
    attachments.add_attachment(db, "activity", activity, picture.getvalue(), "现场-副本.jpg")
    _, result = send(db, receiver, tmp_path)
    assert result.inserted["attachment"] == 2 and result.inserted["attachment_blob"] == 1
    listed = attachments.list_attachments(receiver, "activity", activity)
    assert sorted(a.filename for a in listed) == ["现场-副本.jpg", "现场.jpg"]
    _, again = send(db, receiver, tmp_path, full=True)
    assert again.inserted.get("attachment_blob", 0) == 0 and table_counts(receiver)["attachment_blob"] == 1


def test_an_export_sweeps_the_half_package_a_pulled_stick_left_an_hour_ago(db, tmp_path):
    import os
    import time

    stale = tmp_path / "old.pdpkg.partial"
    stale.write_bytes(b"half")
    os.utime(stale, (time.time() - 7200, time.time() - 7200))
    transfer.export_package(db, tmp_path, PASS)
    assert not stale.exists()
