"""Backups on a real exFAT stick through exfat-fuse, the driver Kylin V10 office PCs use (tests/exfat.py)."""

from __future__ import annotations

import pytest

from partydesk.services import backup
from partydesk.services.backup import files as backup_files
from partydesk.services.backup import restore as backup_restore
from partydesk.services.backup.container import BackupError

from ..helpers import BACKUP_PASS as PASS
from ..helpers import add_member, table_counts

pytestmark = pytest.mark.sqlite_only  # database files


@pytest.fixture
def exfat_stick(exfat_stick_of):
    return exfat_stick_of()


def test_a_backup_on_an_exfat_stick_verifies_and_restores(made, exfat_stick, branch_uuid):
    db, _ = made
    info = backup.create_backup(db, exfat_stick.path, PASS)
    assert info.path.parent == exfat_stick.path and not list(exfat_stick.path.glob("*.partial"))
    assert backup.verify_backup(info.path, PASS, db).sha256 == info.sha256
    expected = table_counts(db)
    add_member(db, branch_uuid, name="后来者")
    backup_restore.restore_backup(db, info.path, PASS)
    assert table_counts(db) == expected


def test_pulling_the_exfat_stick_out_mid_write_keeps_the_previous_backup(made, exfat_stick, monkeypatch):
    db, _ = made
    target = exfat_stick.path / "office.pdbak"
    previous = backup.create_backup(db, target, PASS)
    before = table_counts(db)
    written = []
    real_write = backup_files.EarlyWriteback.write

    def write_then_pull(self, data):
        written.append(len(data))
        if sum(written) > 1_000_000 >= sum(written[:-1]):  # a megabyte in: out it comes
            exfat_stick.pull_out()
        return real_write(self, data)

    monkeypatch.setattr(backup_files.EarlyWriteback, "write", write_then_pull)
    with pytest.raises(BackupError) as error:
        backup.create_backup(db, target, PASS)
    assert error.value.key == "io_error" and "pulled out" in str(error.value)
    assert table_counts(db) == before
    monkeypatch.undo()
    exfat_stick.plug_in()  # the clerk plugs it in again
    assert backup.verify_backup(target, PASS, db).sha256 == previous.sha256
    assert sorted(p.name for p in exfat_stick.path.iterdir() if p.suffix == ".pdbak") == ["office.pdbak"]
