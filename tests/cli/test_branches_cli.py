"""`partydesk list branches`, `--branch NAME`, and errors as JSON for scripts."""

from __future__ import annotations

import json


def test_list_branches_gives_uuid_name_kind_parent_and_member_count(cli_records):
    result = cli_records("list", "branches", "--json")
    assert result.code == 0, result.err
    committee, *rows = result.json()["rows"]
    assert committee["name"] == "昇平社区党委" and committee["kind"] == "COMMITTEE"
    assert [row["name"] for row in rows] == ["第一党支部", "第二党支部"]
    assert [row["members"] for row in rows] == [2, 1]
    assert all(len(row["uuid"]) == 36 and row["kind"] == "BRANCH" for row in rows)
    assert all(row["parent_uuid"] == committee["uuid"] and row["parent"] == "昇平社区党委" for row in rows)


def test_list_branches_as_a_table_shows_the_names_and_uuids(cli_records):
    result = cli_records("list", "branches")
    uuids = [row["uuid"] for row in cli_records("list", "branches", "--json").json()["rows"]]
    assert result.code == 0 and "第一党支部" in result.out and all(uuid in result.out for uuid in uuids)


def test_branch_option_takes_a_name_as_well_as_a_uuid(cli_records):
    by_name = cli_records("list", "members", "--branch", "第二党支部", "--json").json()
    uuid = cli_records("list", "branches", "--json").json()["rows"][2]["uuid"]
    by_uuid = cli_records("list", "members", "--branch", uuid, "--json").json()
    assert [row["name"] for row in by_name["rows"]] == ["张堃"] == [row["name"] for row in by_uuid["rows"]]
    compliance = cli_records("compliance", "--year", "2026", "--branch", "第一党支部", "--json")
    assert compliance.code == 0, compliance.err
    assert [b["branch_name"] for b in compliance.json()["branches"]] == ["第一党支部"]


def test_an_unknown_branch_name_is_one_line_on_stderr(cli_records):
    result = cli_records("list", "members", "--branch", "第九党支部")
    assert result.code == 1 and result.out == ""
    assert result.err.count("\n") == 1 and "第九党支部" in result.err


def test_with_json_an_error_is_a_json_object_on_stdout(cli_records):
    result = cli_records("list", "members", "--branch", "第九党支部", "--json")
    assert result.code == 1 and result.err == ""
    error = json.loads(result.out)
    assert "第九党支部" in error["error"] and error["field"] == "branch" and error["row"] is None
