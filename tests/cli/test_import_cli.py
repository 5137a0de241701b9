"""`partydesk import` and `partydesk export` in a subprocess, on a data folder in tmp_path."""

from __future__ import annotations

import openpyxl

from tests.services.importing.test_import_roster import make_id

GOOD_ID = make_id("19650312")


def roster_file(path, bad_row: bool = True) -> str:
    book = openpyxl.Workbook()
    ws = book.active
    ws["A1"] = "党员花名册"
    ws.append(["序号", "姓名", "身份证号码", "入党时间", "所在党支部"])
    ws.append([1, "王伟", GOOD_ID, "1988年2月", "第一党支部"])
    if bad_row:
        ws.append([2, "李娜", 530112196503120000, "2012-06", "第一党支部"])
    ws.append(["合计", "2人"])
    book.save(path)
    return str(path)


def test_rejected_rows_exit_1_with_the_json_report_and_nothing_written(cli_office, tmp_path):
    path = roster_file(tmp_path / "花名册.xlsx")
    result = cli_office("import", "roster", path, "--json")
    assert result.code == 1
    report = result.json()
    assert report["imported"] == 1 and report["updated"] == 0
    assert report["skipped"] == [{"row": 5, "reason": "footer or note row: “合计”"}]
    assert [(r["row"], r["field"]) for r in report["rejected"]] == [(4, "resident_id")]
    assert "nothing was imported" in result.err
    exported = cli_office("--json", "export", "roster", "-o", str(tmp_path / "out.csv"))
    assert exported.code == 0 and exported.json()["rows"] == 0


def test_dry_run_then_skip_invalid(cli_office, tmp_path):
    path = roster_file(tmp_path / "花名册.xlsx")
    dry = cli_office("import", "roster", path, "--dry-run")
    assert dry.code == 1 and "would import: 1 new" in dry.out and "Resident ID" in dry.out
    done = cli_office("--json", "import", "roster", path, "--skip-invalid")
    assert done.code == 0 and done.json()["imported"] == 1
    again = cli_office("import", "roster", roster_file(tmp_path / "ok.xlsx", bad_row=False), "--json")
    assert again.code == 0 and again.json()["updated"] == 1


def test_branch_option_and_bad_files(cli_office, tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["姓名", "入党时间"])
    book.active.append(["张强", "2001-03-01"])
    book.save(tmp_path / "nobranch.xlsx")
    no_branch = cli_office("import", "roster", str(tmp_path / "nobranch.xlsx"), "--json")
    assert no_branch.code == 1 and no_branch.json()["rejected"][0]["field"] == "branch"
    listed = cli_office("--json", "export", "template", "-o", str(tmp_path / "模板.xlsx"))
    assert listed.code == 0
    (tmp_path / "empty.csv").write_bytes(b"")
    empty = cli_office("import", "roster", str(tmp_path / "empty.csv"))
    assert empty.code == 1 and "empty" in empty.err and "Traceback" not in empty.err
    protected = tmp_path / "locked.xlsx"
    protected.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504) + "EncryptionInfo".encode("utf-16-le"))
    locked = cli_office("import", "roster", str(protected))
    assert locked.code == 1 and "password" in locked.err


def test_exports_and_attendance_import(cli_records, tmp_path):
    for kind in ("roster", "activities", "services", "talks"):
        for suffix in (".xlsx", ".csv"):
            result = cli_records("--json", "export", kind, "-o", str(tmp_path / f"{kind}{suffix}"), "--year", "2026")
            assert result.code == 0, result.err
            assert (tmp_path / f"{kind}{suffix}").exists()
    full = cli_records("export", "roster", "-o", str(tmp_path / "full.xlsx"), "--full-ids")
    assert full.code == 0 and "full IDs" in full.out
    bad = cli_records("export", "roster", "-o", str(tmp_path / "x.pdf"))
    assert bad.code == 1 and ".xlsx" in bad.err
    activities = openpyxl.load_workbook(tmp_path / "activities.xlsx")["学习活动"]
    assert activities.max_row == 3  # title row, header, the one 2026 activity
    sheet = tmp_path / "签到表.csv"
    sheet.write_bytes("序号,姓名,签到,请假事由\r\n1,王昇,王昇,\r\n2,李玥,,生病\r\n".encode("gbk"))
    uuid = _activity_uuid(cli_records)
    result = cli_records("--json", "import", "attendance", str(sheet), "--activity", uuid)
    assert result.code == 0, result.err
    assert result.json() == {"imported": 2, "updated": 0, "skipped": [], "rejected": []}


def _activity_uuid(cli) -> str:
    from partydesk.services import calendar
    from partydesk.store.migrate import open_database

    db = open_database(cli.location())
    try:
        rows = calendar.query_activities(db, calendar.ActivityQuery(limit=10)).rows
        return next(r.uuid for r in rows if r.title == "学习党章")
    finally:
        db.dispose()


def test_talks_export_says_how_many_confidential_talks_were_withheld(cli_records, tmp_path):
    from partydesk.domain.enums import TalkKind
    from partydesk.services import talks
    from partydesk.store.migrate import open_database

    db = open_database(cli_records.location())
    try:
        talks.create_talk(db, talks.TalkInput(TalkKind.ADMONISHMENT, "2026-06-06", cli_records.members["王昇"],
                                              talker_name="纪委", summary="机密内容"))
    finally:
        db.dispose()
    plain = cli_records("export", "talks", "-o", str(tmp_path / "谈话.xlsx"))
    assert plain.code == 0 and "wrote 1 rows" in plain.out and "withheld: 1 confidential talks" in plain.out
    as_json = cli_records("--json", "export", "talks", "-o", str(tmp_path / "谈话.csv"))
    assert as_json.code == 0 and (as_json.json()["rows"], as_json.json()["withheld"]) == (1, 1)
    activities = cli_records("--json", "export", "activities", "-o", str(tmp_path / "活动.csv"))
    assert activities.json()["also"] == [str(tmp_path / "活动_出勤记录.csv")]
