"""`partydesk publicity poster|log` and `partydesk consent set` on a small office."""

from __future__ import annotations

from datetime import date

from PIL import Image

from tests.cli.test_cli_core import one_line_error


def first_uuid(cli, *listing: str) -> str:
    result = cli("list", *listing, "--json")
    assert result.code == 0, result.err
    data = result.json()
    return (data["rows"] if isinstance(data, dict) else data)[0]["uuid"]


def test_poster_from_a_service_entry_writes_four_files_and_the_log_lists_it(cli_records, tmp_path):
    cli = cli_records
    service = first_uuid(cli, "services")
    out = tmp_path / "stick"
    result = cli("publicity", "poster", "--service", service, "-o", str(out), "--template", "简洁")
    assert result.code == 0, result.err
    assert sorted(p.name for p in out.iterdir()) == ["copy.txt", "cover.png", "poster.png", "thumb.png"]
    assert Image.open(out / "cover.png").size == (900, 383)
    assert "王昇" not in (out / "copy.txt").read_text("utf-8")  # no consent given yet
    log = cli("publicity", "log", "--year", str(date.today().year), "--json")
    assert log.code == 0, log.err
    items = log.json()["items"]
    assert len(items) == 1 and items[0]["channel"] == "WECHAT_GROUP" and items[0]["source_kind"] == "SERVICE"


def test_consent_set_lets_the_name_appear(cli_records, tmp_path):
    cli = cli_records
    result = cli("consent", "set", "--member", cli.members["王昇"], "--name", "yes", "--photo", "no",
                 "--on", "2026-03-01", "--json")
    assert result.code == 0, result.err
    assert result.json()["publish_name"] is True and result.json()["given_on"] == "2026-03-01"
    notice = tmp_path / "notice.txt"
    notice.write_text("周六学习\n请王昇同志领学，李玥同志做记录。", encoding="utf-8")
    made = cli("publicity", "poster", "--notice-file", str(notice), "-o", str(tmp_path / "out"), "--json")
    assert made.code == 0, made.err
    text = (tmp_path / "out" / "copy.txt").read_text("utf-8")
    assert "王昇" in text and "李玥" not in text and "李**" in text


def test_bad_input_is_one_line_with_the_right_exit_code(cli_records, tmp_path):
    cli = cli_records
    missing = cli("publicity", "poster", "--activity", "no-such-uuid", "-o", str(tmp_path / "x"))
    assert missing.code == 1 and one_line_error(missing)
    usage = cli("consent", "set", "--member", cli.members["王昇"], "--name", "maybe", "--photo", "no")
    assert usage.code == 2
    unreadable = cli("publicity", "poster", "--notice-file", str(tmp_path / "none.txt"), "-o", str(tmp_path / "x"))
    assert unreadable.code == 1 and one_line_error(unreadable)


def test_poster_from_an_exemplar_post_and_a_revoked_honour_refused_in_one_line(cli_records, tmp_path):
    from partydesk.domain.vanguard import HonourLevel, PostKind
    from partydesk.services import vanguard
    from partydesk.store.migrate import open_database

    cli = cli_records
    db = open_database(cli.location())
    try:
        post = vanguard.add_post(db, cli.members["王昇"], PostKind.PIONEER, "便民服务窗口")
        honour = vanguard.add_honour(db, vanguard.HonourInput(
            title="优秀共产党员", level=HonourLevel.BRANCH, on_date="2026-07-01", member_uuid=cli.members["王昇"]))
        vanguard.revoke_honour(db, honour, "2026-09-01", "经查不符合条件")
    finally:
        db.dispose()
    made = cli("publicity", "poster", "--post", post, "-o", str(tmp_path / "post"))
    assert made.code == 0, made.err
    assert "党员先锋岗｜便民服务窗口" in (tmp_path / "post" / "copy.txt").read_text("utf-8")
    refused = cli("publicity", "poster", "--honour", honour, "-o", str(tmp_path / "honour"))
    assert refused.code == 1 and one_line_error(refused) and "2026-09-01" in refused.err
    assert not (tmp_path / "honour").exists()
