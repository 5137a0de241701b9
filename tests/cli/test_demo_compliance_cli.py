"""`partydesk demo` and `partydesk compliance` through a subprocess: exit codes, JSON shape, one-line errors."""

from __future__ import annotations

import pytest

from tests.cli.test_cli_core import one_line_error

DEMO = ("demo", "--members", "150", "--year", "2026", "--seed", "5", "--today", "2026-11-26")


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory, new_cli):
    """One demo made through the CLI per module; each test works on a copy."""
    template = new_cli(tmp_path_factory.mktemp("cli-demo") / "data")
    result = template(*DEMO, "--json")
    assert result.code == 0, result.err
    return template, result.json()


@pytest.fixture
def cli_demo(tmp_path, new_cli, demo_template):
    template, data = demo_template
    return new_cli(tmp_path / "data", template=template), data


def test_demo_fills_an_empty_database(cli_demo):
    cli, data = cli_demo
    assert data["counts"]["member"] == 150 and data["counts"]["attendance"] > 1000
    assert data["office"]["name"].endswith("社区党委") and data["year"] == 2026
    members = cli("list", "members", "--json").json()
    assert members["total"] > 100


def test_demo_twice_is_refused_and_changes_nothing(cli_demo):
    cli, data = cli_demo
    message = one_line_error(cli(*DEMO))
    assert "empty database" in message
    assert cli("compliance", "--year", "2026", "--json").json()["members"] > 0


def test_demo_names_the_office_and_prints_a_table(cli):
    result = cli("demo", "--members", "20", "--office", "喆赟社区党委", "--today", "2026-11-26")
    assert result.code == 0, result.err
    assert "喆赟社区党委" in result.out and "member" in result.out and "Traceback" not in result.err


def test_demo_bad_member_count_is_one_line(cli):
    one_line_error(cli("demo", "--members", "0"))
    one_line_error(cli("demo", "--members", "lots"), code=2)


def test_compliance_json_is_the_report(cli_demo):
    cli, _ = cli_demo
    result = cli("compliance", "--year", "2026", "--today", "2026-11-26", "--json", "--limit", "3")
    assert result.code == 0, result.err
    data = result.json()
    assert data["members"] == data["compliant"] + data["below"] > 0
    assert len(data["members_below"]) == 3 and data["rules"]["required_hours_cadre"] == 56
    assert {"branches", "shortfalls", "without_talk", "overdue_follow_ups", "probationary_due",
            "probationary_due_soon"} <= set(data)
    assert all("completion" in branch for branch in data["branches"])
    branch = data["branches"][1]["branch_uuid"]
    only = cli("compliance", "--year", "2026", "--today", "2026-11-26", "--branch", branch, "--json").json()
    assert [b["branch_uuid"] for b in only["branches"]] == [branch]


def test_compliance_summary_for_people(cli_demo):
    cli, _ = cli_demo
    result = cli("compliance", "--year", "2026", "--today", "2026-11-26")
    assert result.code == 0, result.err
    assert "Below required hours" in result.out and "第一党支部" in result.out


def test_compliance_bad_input_is_one_line(cli_demo):
    cli, _ = cli_demo
    one_line_error(cli("compliance", "--year", "2026", "--branch", "no-such-branch"))
    one_line_error(cli("compliance", "--year", "twenty"), code=2)
    one_line_error(cli("compliance"), code=2)


def test_compliance_needs_an_office(cli):
    message = one_line_error(cli("compliance", "--year", "2026"))
    assert "No office" in message
