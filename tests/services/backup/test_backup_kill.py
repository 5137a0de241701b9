"""SIGKILL during backup and restore (power cut, task manager): nothing half-done survives."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from partydesk.services import backup

from ..helpers import add_member

PASS = "correct horse battery"
ROUNDS = 5

pytestmark = [
    pytest.mark.sqlite_only,  # database files
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals"),
]


def cli(data_dir: Path, *args: str) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PARTYDESK_")}
    env["PARTYDESK_DATA_DIR"] = str(data_dir)
    return subprocess.Popen(
        [sys.executable, "-m", "partydesk", "--data-dir", str(data_dir), *args],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def kill_after(process: subprocess.Popen, delay: float) -> bool:
    """SIGKILL after delay; True when the process was still running (really killed)."""
    time.sleep(delay)
    alive = process.poll() is None
    if alive:
        process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)
    return alive


def seconds_to_finish(process: subprocess.Popen) -> float:
    """How long an unkilled run takes here: the kills below land inside such a run, however fast it is."""
    start = time.perf_counter()
    assert process.wait(timeout=120) == 0, process.stderr.read()
    return time.perf_counter() - start


def members_and_integrity(path: Path) -> tuple[int, str]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM member").fetchone()[0], conn.execute(
            "PRAGMA integrity_check"
        ).fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def office(db, branch_uuid, tmp_path):
    """A database of ~15 MB (so a backup takes a while) and a passphrase file."""
    for name in ("王昇", "李玥", "张堃"):
        add_member(db, branch_uuid, name=name)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE filler(x BLOB)")
        for _ in range(15):
            conn.exec_driver_sql("INSERT INTO filler VALUES (randomblob(1000000))")
    secret = tmp_path / "pass.txt"
    secret.write_text(PASS + "\n", encoding="utf-8")
    db.dispose()
    return db, secret


def test_kill_during_backup_leaves_previous_backup_and_live_database_intact(office, tmp_path):
    db, secret = office
    stick = tmp_path / "stick"
    stick.mkdir()
    target = stick / "office.pdbak"
    full = seconds_to_finish(
        cli(db.path.parent, "backup", "create", "--to", str(target), "--passphrase-file", str(secret))
    )
    rng = random.Random(6)
    killed = 0
    for _ in range(ROUNDS):
        previous = target.read_bytes()
        process = cli(db.path.parent, "backup", "create", "--to", str(target), "--passphrase-file", str(secret))
        killed += kill_after(process, rng.uniform(0.55, 0.97) * full)
        assert members_and_integrity(db.path) == (3, "ok")
        now = target.read_bytes()
        if now != previous:  # the new backup finished before the kill: it must be complete
            assert backup.verify_backup(target, PASS).counts["member"] == 3
        else:
            assert backup.verify_backup(target, PASS).sha256
        assert [p.name for p in stick.iterdir() if p.suffix == ".pdbak"] == [target.name]
    assert killed >= 2


def test_kill_during_restore_leaves_old_or_new_database_whole(office, tmp_path):
    db, secret = office
    target = tmp_path / "office.pdbak"
    seconds_to_finish(cli(db.path.parent, "backup", "create", "--to", str(target), "--passphrase-file", str(secret)))
    full = seconds_to_finish(
        cli(db.path.parent, "backup", "restore", str(target), "--yes", "--passphrase-file", str(secret))
    )
    rng = random.Random(7)
    killed = 0
    for round_ in range(ROUNDS):
        conn = sqlite3.connect(db.path)  # make the live database differ from the backup
        conn.execute("UPDATE member SET notes = ?", (f"round {round_}",))
        conn.execute("DELETE FROM member WHERE id = (SELECT max(id) FROM member) AND (SELECT count(*) FROM member) = 3")
        conn.commit()
        conn.close()
        before = members_and_integrity(db.path)[0]
        process = cli(db.path.parent, "backup", "restore", str(target), "--yes", "--passphrase-file", str(secret))
        killed += kill_after(process, rng.uniform(0.55, 0.97) * full)
        count, check = members_and_integrity(db.path)
        assert check == "ok"
        assert count in (before, 3)
        status = cli(db.path.parent, "backup", "status")
        assert status.wait(timeout=60) == 0, status.stderr.read()
    assert killed >= 2
