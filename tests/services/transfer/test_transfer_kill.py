"""SIGKILL during a transfer import: the receiving database has all of the package or none of it."""

from __future__ import annotations

import random
import signal
import sqlite3

import pytest

from partydesk.config import resolve
from partydesk.services import offices, transfer
from partydesk.store.base import utcnow
from partydesk.store.migrate import open_database
from tests.bench.test_bench_backup import add_members
from tests.services.backup.test_backup_kill import cli, kill_after

PASS = "correct horse battery"
MEMBERS = 8000

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals"),
]


def test_kill_during_import_leaves_all_or_nothing(tmp_path):
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
    rng = random.Random(9)
    for _ in range(4):
        process = cli(receiver.path.parent, "transfer", "import", str(package.path), "--passphrase-file", str(secret))
        kill_after(process, rng.uniform(0.5, 3.0))
        conn = sqlite3.connect(receiver.path)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            count = conn.execute("SELECT count(*) FROM member").fetchone()[0]
        finally:
            conn.close()
        assert count in (0, MEMBERS)
        if count == MEMBERS:
            break
