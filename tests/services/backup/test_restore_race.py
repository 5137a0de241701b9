"""A restore and a writer in another connection or process are strictly ordered, or the writer is refused."""

from __future__ import annotations

import sqlite3

import pytest

from partydesk.config import resolve
from partydesk.domain.errors import DatabaseRefused
from partydesk.services import backup
from partydesk.store import guard
from partydesk.store.migrate import open_database

from ..helpers import BACKUP_PASS, add_member

pytestmark = pytest.mark.sqlite_only  # restores replace the database file


def names_in(path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {row[0] for row in conn.execute("SELECT name FROM member")}
    finally:
        conn.close()


@pytest.fixture
def saved(made):
    """The live database, a backup of it, and a second 'process' (its own engine) on the same folder."""
    db, info = made
    other = open_database(db.location)
    yield db, info, other
    other.dispose()


@pytest.mark.parametrize("stage", ["marked", "kept", "restored"])
def test_a_writer_at_each_step_of_a_restore_is_refused_and_nothing_is_lost(saved, branch_uuid, monkeypatch, stage):
    db, info, other = saved
    add_member(other, branch_uuid, name="先写入")  # committed before: must be in the kept copy
    refusals = []

    def writer_arrives(at: str) -> None:
        if at == stage:
            with pytest.raises(DatabaseRefused) as refused:
                add_member(other, branch_uuid, name="被拒绝")
            refusals.append(str(refused.value))

    monkeypatch.setattr(guard, "stage_hook", writer_arrives)
    result = backup.restore_backup(db, info.path, BACKUP_PASS)
    assert len(refusals) == 1 and "restore is in progress" in refusals[0]
    assert "先写入" in names_in(result.kept_copy)
    assert "先写入" not in names_in(db.path) and "被拒绝" not in names_in(db.path) | names_in(result.kept_copy)
    add_member(other, branch_uuid, name="后写入")  # the same open engine, after: lands in the restored data
    assert "后写入" in names_in(db.path)
    assert not (db.path.parent / guard.MARKER).exists()


def test_a_second_restore_while_one_runs_is_refused(saved, monkeypatch):
    db, info, other = saved
    seen = []

    def second_restore(at: str) -> None:
        if at == "kept":
            with pytest.raises(DatabaseRefused, match="restore is in progress"):
                backup.restore_backup(other, info.path, BACKUP_PASS)
            seen.append(at)

    monkeypatch.setattr(guard, "stage_hook", second_restore)
    backup.restore_backup(db, info.path, BACKUP_PASS)
    assert seen == ["kept"]


def test_a_marker_left_by_a_killed_restore_does_not_block_writers(db, branch_uuid):
    (db.path.parent / guard.MARKER).write_text("999999999\n")
    add_member(db, branch_uuid, name="照常写入")
    assert "照常写入" in names_in(db.path)


def test_a_failed_restore_leaves_the_live_database_writable(saved, branch_uuid, monkeypatch):
    db, info, other = saved

    def power_gone(at: str) -> None:
        if at == "kept":
            raise OSError("simulated failure")

    monkeypatch.setattr(guard, "stage_hook", power_gone)
    with pytest.raises(OSError):
        backup.restore_backup(db, info.path, BACKUP_PASS)
    add_member(other, branch_uuid, name="仍可写入")
    assert "仍可写入" in names_in(db.path)


def test_the_restored_data_is_in_place_for_a_fresh_open(saved):
    db, info, _other = saved
    backup.restore_backup(db, info.path, BACKUP_PASS)
    again = open_database(resolve(db.location.data_dir))
    try:
        assert again.unwritable is None
    finally:
        again.dispose()


def poison(db, sql: str) -> None:
    with db.engine.begin() as conn:
        conn.exec_driver_sql(sql)


@pytest.mark.parametrize("sql, part", [
    ("UPDATE member SET status = 'BOGUS'", "member.status"),
    ("UPDATE member SET birth_date = '31/02/1990'", "member.birth_date"),
    ("UPDATE member SET created_at = 'yesterday'", "member.created_at"),
])
def test_a_backup_holding_rows_the_program_cannot_read_is_not_restored(made, tmp_path, sql, part):
    db, _good = made
    poison(db, sql)
    stick = tmp_path / "poisoned"
    stick.mkdir()
    info = backup.create_backup(db, stick / "poisoned.pdbak", BACKUP_PASS)
    poison(db, "UPDATE member SET status = 'FULL', birth_date = NULL, created_at = '2026-01-01 00:00:00'")
    before = names_in(db.path)
    with pytest.raises(backup.BackupError) as refused:
        backup.restore_backup(db, info.path, BACKUP_PASS)
    assert refused.value.key == "damaged_part" and part in str(refused.value)
    assert names_in(db.path) == before


def test_doctor_reports_rows_it_cannot_read(made):
    from partydesk.services.health import diagnose

    db, _info = made
    poison(db, "UPDATE member SET status = 'BOGUS'")
    found = diagnose(db, db.location)
    assert found.unreadable == {"member.status": 3}
    assert any("member.status" in problem for problem in found.problems)


def test_a_transfer_import_and_an_automatic_backup_during_a_restore_are_refused(saved, tmp_path, monkeypatch):
    from partydesk.services import offices, transfer

    db, info, other = saved
    sender = open_database(resolve(tmp_path / "sender"))
    offices.init_office(sender, "另一个党委")
    add_member(sender, offices.create_branch(sender, "第二党支部").uuid, name="远方来")
    package = transfer.export_package(sender, tmp_path, BACKUP_PASS)
    sender.dispose()
    refused = []

    def others_arrive(at: str) -> None:
        if at == "kept":
            for attempt in (lambda: transfer.import_package(other, package.path, BACKUP_PASS),
                            lambda: backup.auto_backup(other)):
                with pytest.raises(DatabaseRefused, match="restore is in progress"):
                    attempt()
                refused.append(at)

    monkeypatch.setattr(guard, "stage_hook", others_arrive)
    backup.restore_backup(db, info.path, BACKUP_PASS)
    assert refused == ["kept", "kept"]
    assert "远方来" not in names_in(db.path)
    monkeypatch.setattr(guard, "stage_hook", lambda at: None)
    transfer.import_package(other, package.path, BACKUP_PASS)  # after the restore: into the restored data
    assert "远方来" in names_in(db.path)
