"""The console contract: exit codes 0/1/2, JSON shapes, one-line errors and never a traceback."""

from __future__ import annotations

import argparse
import re

import pytest
from sqlalchemy import create_engine

from partydesk import __version__
from partydesk.store.db import engine_url
from tests.server import on_server


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
    assert data["schema_revision"] == data["schema_head"]
    if on_server():  # the server checks its own pages; its settings are the administrator's
        assert data["integrity"] == "not applicable" and not data["pragmas"]
    else:
        assert data["integrity"] == "ok"
        assert data["pragmas"] == {"journal_mode": "wal", "foreign_keys": "1", "synchronous": "2"}
    assert data["office"] == "昇平社区党委"
    assert data["row_counts"]["branch"]["rows"] == 3  # the committee and two branches
    assert data["row_counts"]["member"] == {"rows": 0, "deleted": 0}
    assert data["font_present"] is True
    assert on_server() or data["free_disk_bytes"] > 0


def test_doctor_human_output_lists_checks_and_tables(cli_office):
    result = cli_office("doctor")
    assert result.code == 0, result.err
    assert "Integrity:" in result.out and ("not applicable" if on_server() else "ok") in result.out
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
    assert "Traceback" not in result.err


def test_newer_database_is_refused_without_traceback(cli_office):
    engine = create_engine(engine_url(cli_office.location().db_url))
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    engine.dispose()
    message = one_line_error(cli_office("doctor"))
    assert "newer version" in message


@pytest.mark.sqlite_only  # the database file
def test_a_file_that_is_not_a_database_gives_one_line(cli):
    cli.data_dir.mkdir(parents=True)
    (cli.data_dir / "partydesk.sqlite3").write_bytes(b"this is not sqlite" * 100)
    one_line_error(cli("doctor"))


@pytest.mark.sqlite_only  # where the database file goes
def test_data_dir_option_beats_the_environment(cli, tmp_path):
    other = tmp_path / "other"
    result = cli("--data-dir", str(other), "init", "--office", "昇平社区党委", "--json")
    assert result.code == 0, result.err
    assert (other / "partydesk.sqlite3").exists()
    assert not (cli.data_dir / "partydesk.sqlite3").exists()


def test_list_members_json_has_uuids_and_masked_fields(cli_records):
    result = cli_records("list", "members", "--json")
    assert result.code == 0, result.err
    data = result.json()
    assert data["kind"] == "members" and data["total"] == 3 and data["offset"] == 0
    by_name = {row["name"]: row for row in data["rows"]}
    assert set(by_name) == {"王昇", "李玥", "张堃"}
    assert by_name["李玥"]["uuid"] == cli_records.members["李玥"]
    assert by_name["李玥"]["status"] == "PROBATIONARY"
    assert {"resident_id_masked", "phone_masked", "branch_name"} <= set(by_name["王昇"])
    assert "resident_id" not in by_name["王昇"]


def test_list_members_filters_by_search_branch_and_status(cli_records):
    first, second = cli_records.branches
    assert [r["name"] for r in cli_records("list", "members", "--search", "堃", "--json").json()["rows"]] == ["张堃"]
    in_first = cli_records("list", "members", "--branch", first, "--json").json()
    assert {r["name"] for r in in_first["rows"]} == {"王昇", "李玥"}
    probationary = cli_records("list", "members", "--status", "预备党员", "--json").json()
    assert [r["name"] for r in probationary["rows"]] == ["李玥"]


def test_list_limit_and_offset_page_in_sql(cli_records):
    page = cli_records("list", "members", "--sort", "name", "--limit", "1", "--offset", "1", "--json").json()
    assert page["total"] == 3 and len(page["rows"]) == 1 and page["offset"] == 1


def test_list_activities_by_year(cli_records):
    data = cli_records("list", "activities", "--year", "2026", "--json").json()
    rows = [(r["title"], r["kind"], r["on_date"]) for r in data["rows"]]
    assert rows == [("学习党章", "PARTY_LECTURE", "2026-03-05")]
    assert cli_records("list", "activities", "--json").json()["total"] == 2


def test_list_services_and_talks_as_json(cli_records):
    services = cli_records("list", "services", "--year", "2026", "--json").json()
    assert services["total"] == 1
    assert services["rows"][0]["participant_count"] == 1 and services["rows"][0]["people_served"] == 30
    talk_rows = cli_records("list", "talks", "--json").json()["rows"]
    assert [(r["member_name"], r["kind"], r["member_uuid"]) for r in talk_rows] == [
        ("李玥", "HEART_TO_HEART", cli_records.members["李玥"])
    ]


def test_list_human_table_shows_labels_and_a_count_line(cli_records):
    result = cli_records("list", "members", "--sort", "name")
    assert result.code == 0, result.err
    header = result.out.splitlines()[0].split()
    assert header[:3] == ["Name", "Gender", "Born"]
    assert "预备党员" in result.out
    assert result.out.rstrip().endswith("members: 1-3 of 3")


def test_list_recycle_bin_is_separate(cli_records):
    assert cli_records("list", "talks", "--deleted", "--json").json() == {
        "kind": "talks",
        "total": 0,
        "offset": 0,
        "rows": [],
    }


def test_list_unknown_branch_is_a_clear_error(cli_records):
    message = one_line_error(cli_records("list", "members", "--branch", "not-a-uuid"))
    assert "not-a-uuid" in message


def test_list_bad_year_is_a_usage_error(cli_records):
    assert "not a year" in one_line_error(cli_records("list", "activities", "--year", "20x6"), code=2)
    assert "between" in one_line_error(cli_records("list", "talks", "--year", "99999"), code=2)


def test_list_bad_values_are_usage_errors(cli_records):
    one_line_error(cli_records("list", "members", "--status", "chairman"), code=2)
    one_line_error(cli_records("list", "members", "--limit", "-3"), code=2)
    one_line_error(cli_records("list", "members", "--sort", "salary"), code=2)
    one_line_error(cli_records("list", "members", "--year", "2026"), code=2)
    one_line_error(cli_records("list", "parrots"), code=2)


def test_commands_on_a_database_without_office_say_what_to_do(cli):
    message = one_line_error(cli("list", "members"))
    assert "partydesk init --office" in message


@pytest.mark.sqlite_only  # opening the database file in it fails; a server database does not need the folder
def test_a_data_dir_that_is_a_file_gives_one_line(cli, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    message = one_line_error(cli("--data-dir", str(blocker), "doctor"))
    assert str(blocker) in message


def test_a_database_url_without_its_driver_gives_one_line(cli):
    message = one_line_error(cli("--db-url", "nosuchdb://host/partydesk", "doctor"))
    assert "nosuchdb" in message


def test_no_command_opens_the_window_on_the_chosen_folder(tmp_path, monkeypatch):
    import partydesk.gui.app
    from partydesk.cli.main import main

    opened = []
    monkeypatch.setattr(partydesk.gui.app, "run", lambda location, argv=None: opened.append(location) or 0)
    assert main(["--data-dir", str(tmp_path / "office")]) == 0
    assert main(["--data-dir", str(tmp_path / "other"), "gui"]) == 0
    assert [location.data_dir for location in opened] == [
        (tmp_path / "office").resolve(),
        (tmp_path / "other").resolve(),
    ]
    assert not (tmp_path / "office").exists()  # the window opens the database itself, after its lock


def test_keyboard_interrupt_exits_130_quietly(tmp_path, monkeypatch, capsys):
    import partydesk.gui.app
    from partydesk.cli.main import main

    def interrupted(location, argv=None):
        raise KeyboardInterrupt

    monkeypatch.setattr(partydesk.gui.app, "run", interrupted)
    assert main(["--data-dir", str(tmp_path), "gui"]) == 130
    assert capsys.readouterr().err == ""


@pytest.mark.sqlite_only  # a server's administrator backs it up
def test_doctor_warns_about_a_missing_usb_backup_without_failing(cli_office):
    data = cli_office("doctor", "--json").json()
    assert data["last_usb_backup"] is None
    assert any("USB" in warning for warning in data["warnings"]) and data["ok"] is True


@pytest.mark.skipif(not on_server(), reason="only a server database is backed up by its administrator")
def test_doctor_on_a_server_asks_for_no_usb_backup(cli_office):
    data = cli_office("doctor", "--json").json()
    assert data["last_usb_backup"] is None and data["ok"] is True
    assert not any("USB" in warning for warning in data["warnings"])


def test_the_command_table_names_every_registered_command_and_every_command_module():
    import pkgutil

    from partydesk.cli import commands
    from partydesk.cli.main import build_parser

    full = build_parser()
    registered = next(a for a in full._actions if isinstance(a, argparse._SubParsersAction)).choices
    assert set(commands.COMMANDS) == set(registered)
    modules = {info.name for info in pkgutil.iter_modules(commands.__path__) if not info.name.startswith("_")}
    assert set(commands.COMMANDS.values()) == modules


def test_command_word_skips_global_options():
    from partydesk.cli.main import command_word

    assert command_word(["--data-dir", "list", "--json", "doctor"]) == "doctor"
    assert command_word(["--json", "--user", "admin", "list", "members"]) == "list"
    assert command_word(["--data-dir=/x"]) is None
    assert command_word(["--help"]) == ""


def test_a_reader_that_stops_early_gets_no_traceback(cli_records):
    import subprocess
    import sys

    reader = subprocess.Popen(
        [sys.executable, "-m", "partydesk", "list", "members", "--limit", "0", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=cli_records.env(),
    )
    reader.stdout.close()  # like `| head -0`: nobody reads
    err = reader.stderr.read().decode()
    reader.wait(timeout=120)
    assert "Traceback" not in err and "Exception ignored" not in err
    assert reader.returncode in (0, 141)


def test_tables_align_chinese_by_display_width():
    import io

    from partydesk.cli.output import display_width, print_table, truncate

    assert display_width("王昇ab") == 6
    assert truncate("第一党支部第二党支部", 9) == "第一党支…"
    out = io.StringIO()
    print_table(["Name", "Hours"], [("王昇", 2.0), ("Li", 31.5)], stream=out)
    lines = out.getvalue().splitlines()
    assert lines == ["Name  Hours", "----  -----", "王昇  2", "Li    31.5"]


def test_json_helper_turns_enums_dates_and_dataclasses_into_plain_data():
    from dataclasses import dataclass
    from datetime import date

    from partydesk.cli.output import jsonable
    from partydesk.domain.enums import MemberStatus

    @dataclass
    class Row:
        status: MemberStatus
        joined_on: date
        tags: tuple

    assert jsonable(Row(MemberStatus.FULL, date(2001, 7, 1), ("a",))) == {
        "status": "FULL",
        "joined_on": "2001-07-01",
        "tags": ["a"],
    }
