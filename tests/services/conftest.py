"""Fixtures for service tests beyond the shared ones in tests/conftest.py."""

from __future__ import annotations

import os
import subprocess

import pytest

from partydesk.services import backup

from .helpers import BACKUP_PASS, add_member


@pytest.fixture
def made(db, branch_uuid, tmp_path, fast_kdf):
    """A database with members and a good backup of it on the 'stick' (passphrase BACKUP_PASS)."""
    for name in ("王昇", "李玥", "张堃"):
        add_member(db, branch_uuid, name=name)
    with db.engine.begin() as conn:  # enough pages for several chunks
        conn.exec_driver_sql("CREATE TABLE filler(x BLOB)")
        conn.exec_driver_sql("INSERT INTO filler VALUES (randomblob(2500000))")
    stick = tmp_path / "stick"
    stick.mkdir()
    info = backup.create_backup(db, stick / "office.pdbak", BACKUP_PASS)
    return db, info


@pytest.fixture
def small_drive(tmp_path):
    """A real 600 KB tmpfs (like a nearly full stick); skipped where mounting is not allowed."""
    mount = tmp_path / "small"
    mount.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=600k", "tmpfs", str(mount)],
                                           capture_output=True).returncode != 0:
        pytest.skip("needs root to mount a small tmpfs")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], capture_output=True)
