"""`partydesk backup ...` and `partydesk transfer ...` through the console program."""

from __future__ import annotations

import os
import stat

import pytest

from tests.server import on_server

PASS = "correct horse battery"


@pytest.fixture
def secret(tmp_path):
    path = tmp_path / "pass.txt"
    path.write_text(PASS + "\n", encoding="utf-8")
    return str(path)


@pytest.mark.sqlite_only  # a server's database is backed up by its administrator: the command refuses
def test_create_verify_list_restore(cli_records, secret, tmp_path):
    cli = cli_records
    made = cli("backup", "create", "--to", str(tmp_path), "--passphrase-file", secret, "--json")
    assert made.code == 0, made.err
    info = made.json()["backup"]
    assert info["counts"]["member"] == 3 and info["office_name"] == "昇平社区党委"
    path = info["path"]

    checked = cli("backup", "verify", path, "--passphrase-file", secret)
    assert checked.code == 0 and "昇平社区党委" in checked.out

    refused = cli("backup", "restore", path, "--passphrase-file", secret)
    assert refused.code == 1 and "--yes" in refused.err

    restored = cli("backup", "restore", path, "--passphrase-file", secret, "--yes", "--json")
    assert restored.code == 0, restored.err
    assert restored.json()["kept_copy"].endswith(".sqlite3")
    again = cli("backup", "restore", path, "--passphrase-file", secret, "--yes")
    assert again.code == 0 and "Previous database kept as" in again.out and "pre-restore-" in again.out
    assert "kept_copy" not in again.out and "Migrated from" not in again.out  # labels, and only what happened

    assert cli("backup", "auto", "--json").code == 0
    listed = cli("backup", "list", "--json")
    assert listed.code == 0 and listed.json()[0]["info"]["counts"]["member"] == 3
    status = cli("backup", "status", "--json").json()
    assert status["usb_overdue"] is False and status["last_local_at"]


@pytest.mark.sqlite_only  # backs up the database file
def test_passphrase_from_environment_and_wrong_one(cli_office, tmp_path, secret):
    cli = cli_office
    target = str(tmp_path / "x.pdbak")
    assert cli("backup", "create", "--to", target, "--passphrase-file", secret).code == 0
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("something else entirely\n", encoding="utf-8")
    result = cli("backup", "verify", target, "--passphrase-file", str(wrong))
    assert result.code == 1 and "passphrase" in result.err.lower() and "Traceback" not in result.err


@pytest.mark.skipif(not on_server(), reason="only a server database refuses backups")
def test_a_backup_of_a_server_database_is_refused_in_one_line_naming_its_administrator(cli_office, tmp_path, secret):
    result = cli_office("backup", "create", "--to", str(tmp_path), "--passphrase-file", secret)
    assert result.code == 1 and "administrator" in result.err and "Traceback" not in result.err
    assert not list(tmp_path.glob("*.pdbak"))


def test_no_passphrase_without_terminal_is_a_clear_error(cli_office, tmp_path):
    result = cli_office("backup", "create", "--to", str(tmp_path / "x.pdbak"))
    assert result.code == 1 and "PARTYDESK_PASSPHRASE" in result.err


def test_not_a_backup(cli_office, tmp_path):
    junk = tmp_path / "junk.pdbak"
    junk.write_bytes(b"hello")
    result = cli_office("backup", "verify", str(junk))
    assert result.code == 1 and "not a partydesk backup" in result.err


def test_transfer_export_import_conflicts(cli_records, secret, tmp_path, new_cli):
    sender = cli_records
    receiver = new_cli(tmp_path / "receiver")
    assert receiver("init", "--office", "某某街道党工委").code == 0
    exported = sender("transfer", "export", "--to", str(tmp_path), "--passphrase-file", secret, "--json")
    assert exported.code == 0, exported.err
    path = exported.json()["path"]
    assert exported.json()["counts"]["member"] == 3

    first = receiver("transfer", "import", path, "--passphrase-file", secret, "--json")
    assert first.code == 0, first.err
    assert first.json()["inserted"]["member"] == 3
    again = receiver("transfer", "import", path, "--passphrase-file", secret)
    assert again.code == 0 and "already imported" in again.out
    own = sender("transfer", "import", path, "--passphrase-file", secret)
    assert own.code == 0 and "this office" in own.out
    listed = receiver("transfer", "conflicts", "--json")
    assert listed.code == 0 and listed.json() == []
    scoped = sender("transfer", "export", "--to", str(tmp_path / "b.pdpkg"), "--branch", sender.branches[1],
                    "--all-history", "--passphrase-file", secret, "--json")
    assert scoped.code == 0 and scoped.json()["counts"]["member"] == 1


@pytest.mark.sqlite_only
@pytest.mark.skipif(os.name == "nt", reason="POSIX modes")
def test_a_backup_made_from_the_console_is_owner_only_under_the_usual_umask(cli_office, secret, tmp_path):
    target = tmp_path / "x.pdbak"
    old = os.umask(0o022)
    try:
        assert cli_office("backup", "create", "--to", str(target), "--passphrase-file", secret).code == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
