"""`backup restore` and `import roster` started together in two processes, many times: no saved row is lost."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import openpyxl
import pytest

from tests.services.importing.test_import_roster import make_id

PASS = "correct horse battery"
ROUNDS = 6
DIGITS = "零一二三四五六七八九"


def han(n: int) -> str:
    return "".join(DIGITS[int(d)] for d in f"{n:02d}")


def roster_book(path, tag: str, rows: int = 40) -> str:
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["姓名", "身份证号码", "入党时间", "所在党支部"])
    for n in range(rows):
        ws.append([f"{tag}{han(n)}", make_id(f"1970{1 + n // 28:02d}{1 + n % 28:02d}"), "1998-07", "第一党支部"])
    book.save(path)
    return str(path)


def names(path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {row[0] for row in conn.execute("SELECT name FROM member")}
    finally:
        conn.close()


def start(cli, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "partydesk", *args], env=cli.env(), text=True,
                            encoding="utf-8", stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@pytest.mark.sqlite_only  # restores a database file
def test_a_restore_and_an_import_in_other_processes_are_ordered_or_the_import_is_refused(cli_office, tmp_path):
    cli = cli_office
    secret = tmp_path / "pass.txt"
    secret.write_text(PASS + "\n", encoding="utf-8")
    made = cli("backup", "create", "--to", str(tmp_path), "--passphrase-file", str(secret), "--json")
    assert made.code == 0, made.err
    backup_file = made.json()["backup"]["path"]
    live = cli.data_dir / "partydesk.sqlite3"
    outcomes = []
    for round_ in range(ROUNDS):
        tag = f"轮{han(round_)}号"
        book = roster_book(tmp_path / f"r{round_}.xlsx", tag)
        kept_before = set((cli.data_dir / "backups").glob("pre-restore-*"))
        restore = start(cli, "backup", "restore", backup_file, "--passphrase-file", str(secret), "--yes")
        writer = start(cli, "import", "roster", book)
        writer_out, writer_err = writer.communicate(timeout=300)
        restore_out, restore_err = restore.communicate(timeout=300)
        assert restore.returncode == 0, restore_err
        (kept,) = set((cli.data_dir / "backups").glob("pre-restore-*")) - kept_before
        imported = {f"{tag}{han(n)}" for n in range(40)}
        if writer.returncode == 0:
            # committed before the restore's copy (kept there) or after the restored data was in place
            assert imported <= names(kept) or imported <= names(live), (writer_out, restore_out)
            outcomes.append("before" if imported <= names(kept) else "after")
        else:
            assert "restore is in progress" in writer_err, writer_err
            assert not imported & (names(kept) | names(live))
            outcomes.append("refused")
    print("outcomes:", outcomes)
