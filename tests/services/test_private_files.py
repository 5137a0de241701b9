"""Every file the services write with records in it is owner-only (0600) whatever the umask, from its first byte."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from partydesk.services import backup, dues, exporting, reports, transfer
from partydesk.services.backup.files import temp_path, write_atomically
from partydesk.services.exporting.files import atomic

from .helpers import BACKUP_PASS, add_member

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX modes; Windows keeps the profile's ACLs")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def usual_umask():
    """022, as most desktops set it: without care every new file is readable by every account (0644)."""
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.fixture
def office(db, branch_uuid, fast_kdf):
    add_member(db, branch_uuid, name="王昇")
    add_member(db, branch_uuid, name="李玥")
    return db


@pytest.mark.sqlite_only  # a server database is backed up by its administrator
def test_a_backup_written_to_a_stick_is_owner_only(office, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    info = backup.create_backup(office, stick / "office.pdbak", BACKUP_PASS)
    assert mode(info.path) == 0o600


def test_a_transfer_package_is_owner_only(office, tmp_path):
    result = transfer.export_package(office, tmp_path, BACKUP_PASS)
    assert mode(result.path) == 0o600


@pytest.mark.parametrize("name", ["roster.xlsx", "roster.csv"])
def test_a_roster_export_is_owner_only_in_both_formats(office, tmp_path, name):
    assert mode(exporting.export_roster(office, tmp_path / name).path) == 0o600


def test_every_other_export_is_owner_only(office, tmp_path):
    written = [
        exporting.export_talks(office, tmp_path / "talks.xlsx").path,
        exporting.export_services(office, tmp_path / "service.csv").path,
        exporting.export_dues(office, tmp_path / "dues.xlsx").path,
        exporting.export_vanguard(office, "honours", tmp_path / "honours.csv").path,
        exporting.export_template(tmp_path / "template.xlsx"),
    ]
    activities = exporting.export_activities(office, tmp_path / "activities.csv")
    written += [activities.path, *activities.extra_paths]
    dues.export_bases(office, 2026, tmp_path / "bases.xlsx")
    written.append(tmp_path / "bases.xlsx")
    assert {path.name: mode(path) for path in written} == {path.name: 0o600 for path in written}


def test_a_pdf_is_owner_only(tmp_path):
    assert mode(reports.write_pdf(tmp_path / "花名册.pdf", b"%PDF-1.4 records")) == 0o600


def test_an_export_is_owner_only_before_its_first_byte_is_written(tmp_path):
    seen = []
    atomic(tmp_path / "roster.xlsx", lambda partial: seen.append(mode(partial)))
    assert seen == [0o600] and mode(tmp_path / "roster.xlsx") == 0o600


def test_a_backup_file_is_owner_only_before_its_first_byte_is_written(tmp_path):
    final = tmp_path / "office.pdbak"
    partial = final.with_name(final.name + ".partial")
    seen = []

    def write(out):
        seen.append(mode(partial))
        out.write(b"encrypted records")

    write_atomically(final, 0, write, lambda _partial, _written: None)
    assert seen == [0o600] and mode(final) == 0o600


def test_plain_working_copies_are_owner_only_even_in_a_shared_temp_folder(tmp_path):
    with temp_path(tmp_path, ".sqlite3") as plain:
        assert mode(plain) == 0o600 and plain.stat().st_size == 0


def test_a_left_over_readable_partial_is_made_owner_only_again(tmp_path):
    partial = tmp_path / ".roster.csv.partial"
    partial.write_bytes(b"old")
    partial.chmod(0o644)
    seen = []
    atomic(tmp_path / "roster.csv", lambda part: seen.append((mode(part), part.stat().st_size)))
    assert seen == [(0o600, 0)]


@pytest.fixture
def stick_without_modes(monkeypatch):
    def refused(fd, mode):  # vfat mounted without quiet: chmod fails with EPERM
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "fchmod", refused)
    monkeypatch.setattr(os, "chmod", refused)


def test_an_export_to_a_stick_whose_file_system_has_no_modes_is_no_error(office, tmp_path, stick_without_modes):
    assert exporting.export_roster(office, tmp_path / "roster.csv").rows == 2


@pytest.mark.sqlite_only
def test_a_backup_to_a_stick_whose_file_system_has_no_modes_is_no_error(office, tmp_path, stick_without_modes):
    assert backup.create_backup(office, tmp_path / "office.pdbak", BACKUP_PASS).path.exists()


@pytest.mark.sqlite_only
def test_a_backup_on_a_real_exfat_stick_works(office, exfat_stick_of):
    stick = exfat_stick_of()
    info = backup.create_backup(office, stick.path / "office.pdbak", BACKUP_PASS)
    assert backup.verify_backup(info.path, BACKUP_PASS, office).counts["member"] == 2
