"""The console contract: exit codes 0/1/2, JSON shapes, one-line errors and never a traceback."""

from __future__ import annotations

import re
import sqlite3

from partydesk import __version__


def one_line_error(result, code: int = 1) -> str:
    """The error contract: the exit code, a `partydesk: error:` line, never a traceback."""
    assert result.code == code, (result.code, result.out, result.err)
    assert "Traceback" not in result.err
    lines = [line for line in result.err.splitlines() if line.strip()]
    assert lines and re.match(r"partydesk( [\w-]+)*: error: ", lines[-1]), result.err
    if code == 1:
        assert len(lines) == 1 and lines[0].startswith("partydesk: error: "), result.err
    return lines[-1]


def test_version_prints_the_package_version(cli):
    result = cli("--version")
    assert result.code == 0
    assert result.out.strip() == f"partydesk {__version__}"


def test_unknown_command_is_a_usage_error(cli):
    message = one_line_error(cli("no-such-command"), code=2)
    assert "no-such-command" in message


def test_unknown_option_is_a_usage_error(cli):
    one_line_error(cli("doctor", "--frobnicate"), code=2)


def test_data_dir_and_db_url_exclude_each_other(cli, tmp_path):
    one_line_error(cli("--data-dir", str(tmp_path), "--db-url", "sqlite://", "doctor"), code=2)


def test_init_creates_office_and_branches_as_json(cli):
    result = cli("--json", "init", "--office", "昇平社区党委", "--branch", "第一党支部", "--branch", "第二党支部")
    assert result.code == 0, result.err
    data = result.json()
    assert data["office"]["name"] == "昇平社区党委"
    assert re.fullmatch(r"[0-9a-f-]{36}", data["office"]["uuid"])
    assert [b["name"] for b in data["branches"]] == ["第一党支部", "第二党支部"]
    assert data["data_dir"] == str(cli.data_dir.resolve())


def test_init_writes_readable_chinese_not_escapes(cli):
    result = cli("init", "--office", "喆赟社区党委", "--json")
    assert result.code == 0, result.err
    assert "喆赟社区党委" in result.out and "\\u" not in result.out


def test_init_twice_is_refused_with_one_line(cli_office):
    message = one_line_error(cli_office("init", "--office", "另一个党委"))
    assert "already belongs to an office" in message


def test_init_with_blank_branch_changes_nothing(cli):
    one_line_error(cli("init", "--office", "昇平社区党委", "--branch", "  "))
    doctor = cli("doctor", "--json").json()
    assert doctor["office"] is None
    assert doctor["row_counts"]["office"]["rows"] == 0


def test_init_without_office_is_a_usage_error(cli):
    one_line_error(cli("init"), code=2)


def test_doctor_reports_a_healthy_database(cli_office):
    result = cli_office("doctor", "--json")
    assert result.code == 0, result.err
    data = result.json()
    assert data["ok"] is True and data["problems"] == []
    assert data["integrity"] == "ok"
    assert data["schema_revision"] == data["schema_head"]
    assert data["pragmas"] == {"journal_mode": "wal", "foreign_keys": "1", "synchronous": "2"}
    assert data["office"] == "昇平社区党委"
    assert data["row_counts"]["branch"]["rows"] == 3  # the committee and two branches
    assert data["row_counts"]["member"] == {"rows": 0, "deleted": 0}
    assert data["font_present"] is True
    assert data["free_disk_bytes"] > 0


def test_doctor_human_output_lists_checks_and_tables(cli_office):
    result = cli_office("doctor")
    assert result.code == 0, result.err
    assert "Integrity:" in result.out and "ok" in result.out
    assert re.search(r"^member\s+0\s+0$", result.out, re.MULTILINE)
    assert "All checks passed." in result.out


def test_global_json_before_the_command_is_honoured(cli_office):
    assert cli_office("--json", "doctor").json()["ok"] is True


def test_doctor_fails_when_the_font_is_missing(cli_office, tmp_path):
    env = cli_office.env()
    env["PARTYDESK_RESOURCES"] = str(tmp_path / "nowhere")
    cli_office.env = lambda: env
    result = cli_office("doctor")
    assert result.code == 1
    assert "PROBLEM: CJK font missing" in result.out


def test_newer_database_is_refused_without_traceback(cli_office):
    database = cli_office.data_dir / "partydesk.sqlite3"
    with sqlite3.connect(database) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    message = one_line_error(cli_office("doctor"))
    assert "newer version" in message


def test_a_file_that_is_not_a_database_gives_one_line(cli):
    cli.data_dir.mkdir(parents=True)
    (cli.data_dir / "partydesk.sqlite3").write_bytes(b"this is not sqlite" * 100)
    one_line_error(cli("doctor"))


def test_data_dir_option_beats_the_environment(cli, tmp_path):
    other = tmp_path / "other"
    result = cli("--data-dir", str(other), "init", "--office", "昇平社区党委", "--json")
    assert result.code == 0, result.err
    assert (other / "partydesk.sqlite3").exists()
    assert not (cli.data_dir / "partydesk.sqlite3").exists()
