"""`partydesk transfer import|conflicts|resolve` when the receiving office already holds the sender's people."""

from __future__ import annotations

import pytest

from partydesk.services import demo, exporting, importing, offices, roster, transfer
from partydesk.store.migrate import open_database
from tests.cli.conftest import Cli
from tests.conftest import DEMO_TODAY, DEMO_YEAR

PASS = "correct horse battery"
ZH = {"PARTYDESK_LANG": "zh_CN"}


@pytest.fixture
def shared(tmp_path, fast_kdf, fresh_location):
    """A village (demo roster, one member's post changed after the county copied the roster) and its package."""
    village = open_database(fresh_location(tmp_path / "village"))
    demo.populate(village, members=30, year=DEMO_YEAR, seed=7, today=DEMO_TODAY)
    exporting.export_roster(village, tmp_path / "roster.xlsx", full_ids=True)
    county_location = fresh_location(tmp_path / "county")
    county = open_database(county_location)
    offices.init_office(county, "某某县委组织部")
    for branch in offices.list_branches(village):
        offices.create_branch(county, branch.name)
    importing.run_roster_import(county, tmp_path / "roster.xlsx")
    member = roster.query_members(village).rows[0]
    data = roster.get_member(village, member.uuid).as_input()
    data.post = "村委会主任"
    roster.update_member(village, member.uuid, data, today=DEMO_TODAY)
    package = transfer.export_package(village, tmp_path, PASS)
    village.dispose()
    county.dispose()
    secret = tmp_path / "pass.txt"
    secret.write_text(PASS + "\n", encoding="utf-8")
    cli = Cli(tmp_path / "county", None if county_location.is_sqlite else county_location.db_url)
    return cli, str(package.path), str(secret), member.name


def test_import_says_what_was_linked_and_conflicts_read_in_words(shared):
    cli, package, secret, name = shared
    imported = cli("transfer", "import", package, "--passphrase-file", secret, env=ZH)
    assert imported.code == 0, imported.err
    assert "本单位已有（已关联）" in imported.out and "请用 `partydesk transfer conflicts` 查看" in imported.out
    listed = cli("transfer", "conflicts", env=ZH)
    assert listed.code == 0, listed.err
    post = next(d["label"] for c in cli("transfer", "conflicts", "--json", env=ZH).json()
                for d in c["differences"] if d["field"] == "post")
    assert f"党员 {name}" in listed.out and f"字段: {post}, 本单位: " in listed.out and "对方: 村委会主任" in listed.out
    assert "字段: 上级党组织, 本单位: 某某县委组织部" in listed.out
    for internal in ("branch_id", "created_at", "origin", "roster_order", "_id"):
        assert internal not in listed.out
    as_json = cli("transfer", "conflicts", "--json").json()
    assert all(c["differences"] for c in as_json)


def test_bulk_and_per_field_resolution(shared):
    cli, package, secret, _ = shared
    assert cli("transfer", "import", package, "--passphrase-file", secret).code == 0
    waiting = cli("transfer", "conflicts", "--json").json()
    member = next(c for c in waiting if c["entity_type"] == "member")
    unknown = cli("transfer", "resolve", member["uuid"], "--field", "no-such-field")
    assert unknown.code == 1 and "no-such-field" in unknown.err
    nothing = cli("transfer", "resolve")
    assert nothing.code == 1 and "--all-theirs" in nothing.err
    post = next(d["label"] for d in member["differences"] if d["field"] == "post")
    one = cli("transfer", "resolve", member["uuid"], "--field", post)
    assert one.code == 0 and "1" in one.out
    rest = cli("transfer", "resolve", "--all-ours", env=ZH)
    assert rest.code == 0 and f"已处理 {len(waiting) - 1} 条冲突" in rest.out
    assert cli("transfer", "conflicts", "--json").json() == []
