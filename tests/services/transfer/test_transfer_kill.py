"""SIGKILL during a transfer import: the receiving database has all of the package or none of it.

The kills land at named steps (store/steps.py), not after a delay, so the outcome is the same on any machine.
"""

from __future__ import annotations

import signal
import sqlite3

import pytest

from partydesk.config import resolve
from partydesk.services import offices, transfer
from partydesk.store.base import utcnow
from partydesk.store.migrate import open_database
from tests.bench.test_bench_backup import add_members
from tests.services.backup.test_backup_kill import kill_at

PASS = "correct horse battery"
MEMBERS = 300

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals"),
]


def members_in(path) -> int:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return conn.execute("SELECT count(*) FROM member").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.parametrize("step, arrived", [("transfer.merged", 0), ("transfer.committed", MEMBERS)])
def test_an_import_killed_before_or_after_its_commit_leaves_all_or_nothing(tmp_path, step, arrived):
    sender = open_database(resolve(tmp_path / "sender"))
    receiver = open_database(resolve(tmp_path / "receiver"))
    try:
        origin = offices.init_office(sender, "某某社区党委")
        branch = offices.create_branch(sender, "第一党支部")
        add_members(sender, MEMBERS, branch.uuid, origin.uuid, utcnow())
        offices.init_office(receiver, "某某街道党工委")
        package = transfer.export_package(sender, tmp_path, PASS)
    finally:
        sender.dispose()
        receiver.dispose()
    secret = tmp_path / "pass.txt"
    secret.write_text(PASS, encoding="utf-8")

    kill_at(step, receiver.path.parent, "transfer", "import", str(package.path), "--passphrase-file", str(secret))

    assert members_in(receiver.path) == arrived
    again = transfer.import_package(receiver, package.path, PASS)  # a second try: the rest, or nothing new
    receiver.dispose()
    assert again.already_imported == bool(arrived)
    assert members_in(receiver.path) == MEMBERS
