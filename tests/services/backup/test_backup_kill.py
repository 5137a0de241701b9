"""SIGKILL during backup and restore (power cut, task manager): nothing half-done survives.

Each kill lands at a named step (store/steps.py): the child reports the step through a pipe and
waits there, so the outcome does not depend on how fast or how loaded the machine is.
"""

from __future__ import annotations

import os
import select
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from partydesk.services import backup
from partydesk.store import guard, steps

from ..helpers import add_member

PASS = "correct horse battery"
LONGEST_WAIT = 300  # seconds before a child that never reports its step fails the test (never in a passing run)

pytestmark = [
    pytest.mark.sqlite_only,  # database files
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals"),
]


def cli(data_dir: Path, *args: str, env_extra: dict | None = None, pass_fds: tuple = ()) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PARTYDESK_")}
    env["PARTYDESK_DATA_DIR"] = str(data_dir)
    env.update(env_extra or {})
    return subprocess.Popen(
        [sys.executable, "-m", "partydesk", "--data-dir", str(data_dir), *args],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        pass_fds=pass_fds,
    )


def finished(process: subprocess.Popen) -> None:
    assert process.wait(timeout=LONGEST_WAIT) == 0, process.stderr.read()
    process.stderr.close()


def kill_at(step: str, data_dir: Path, *args: str) -> None:
    """Run the command until it reaches `step`, then SIGKILL it there (failing if it never gets there)."""
    read, write = os.pipe()
    try:
        process = cli(data_dir, *args, env_extra={steps.STOP_AT: step, steps.STOP_FD: str(write)}, pass_fds=(write,))
    finally:
        os.close(write)  # the child's copy is the only writer left: its exit ends the pipe
    try:
        with os.fdopen(read, "rb") as pipe:
            ready, _, _ = select.select([pipe], [], [], LONGEST_WAIT)
            said = pipe.readline() if ready else b""
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
        process.wait()
    error = process.stderr.read().decode(errors="replace")
    process.stderr.close()
    assert said == f"{step}\n".encode(), f"the command never reached {step}: {error}"
    assert process.returncode == -signal.SIGKILL


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
    """A database of ~4 MB (a backup of it is written in several chunks) and a passphrase file."""
    for name in ("王昇", "李玥", "张堃"):
        add_member(db, branch_uuid, name=name)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE filler(x BLOB)")
        for _ in range(4):
            conn.exec_driver_sql("INSERT INTO filler VALUES (randomblob(1000000))")
    secret = tmp_path / "pass.txt"
    secret.write_text(PASS + "\n", encoding="utf-8")
    db.dispose()
    return db, secret


BACKUP_STEPS = {  # step -> does the new backup replace the previous one?
    "backup.snapshot": False,
    "backup.half-written": False,
    "backup.written": False,
    "backup.replaced": True,
}


@pytest.mark.parametrize("step", list(BACKUP_STEPS))
def test_a_backup_killed_at_each_step_leaves_the_previous_backup_or_the_new_one_whole(office, tmp_path, step):
    db, secret = office
    stick = tmp_path / "stick"
    stick.mkdir()
    target = stick / "office.pdbak"
    create = ("backup", "create", "--to", str(target), "--passphrase-file", str(secret))
    backup.create_backup(db, target, PASS)
    db.dispose()
    previous = target.read_bytes()
    conn = sqlite3.connect(db.path)  # the next backup differs from the previous one
    conn.execute("DELETE FROM member WHERE id = (SELECT max(id) FROM member)")
    conn.commit()
    conn.close()

    kill_at(step, db.path.parent, *create)

    assert members_and_integrity(db.path) == (2, "ok")
    if BACKUP_STEPS[step]:
        assert backup.verify_backup(target, PASS).counts["member"] == 2
    else:
        assert target.read_bytes() == previous
        assert backup.verify_backup(target, PASS).counts["member"] == 3
    assert [p.name for p in stick.iterdir() if p.suffix == ".pdbak"] == [target.name]
    backup.create_backup(db, target, PASS)  # the next backup clears what the killed one left
    assert sorted(p.name for p in stick.iterdir()) == [target.name]
    assert backup.verify_backup(target, PASS).counts["member"] == 2


RESTORE_STEPS = {  # step -> is the backup's data live after the kill?
    "restore.checked": False,
    "locked": False,
    "kept": False,
    "restored": True,
}


@pytest.mark.parametrize("step", list(RESTORE_STEPS))
def test_a_restore_killed_at_each_step_leaves_the_old_or_the_new_database_whole(office, tmp_path, step):
    db, secret = office
    target = tmp_path / "office.pdbak"
    backup.create_backup(db, target, PASS)
    db.dispose()
    conn = sqlite3.connect(db.path)  # make the live database differ from the backup
    conn.execute("UPDATE member SET notes = 'changed after the backup'")
    conn.execute("DELETE FROM member WHERE id = (SELECT max(id) FROM member)")
    conn.commit()
    conn.close()
    restore = ("backup", "restore", str(target), "--yes", "--passphrase-file", str(secret))

    kill_at(step, db.path.parent, *restore)

    assert members_and_integrity(db.path) == ((3 if RESTORE_STEPS[step] else 2), "ok")
    assert (db.path.parent / guard.MARKER).exists()  # left by the killed restore: it must not block anyone
    finished(cli(db.path.parent, "backup", "status"))
    backup.restore_backup(db, target, PASS)  # a second try completes
    assert members_and_integrity(db.path) == (3, "ok")
    assert not (db.path.parent / guard.MARKER).exists()
