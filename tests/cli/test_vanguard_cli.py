"""`partydesk honours|points|review`: the console records honours, points and grades and prints them."""

from __future__ import annotations


def test_honours_are_added_for_a_member_or_a_branch_and_listed(cli_records, tmp_path):
    citation = tmp_path / "事迹.txt"
    citation.write_text("扎根社区二十年，带领居民……", encoding="utf-8")
    wang = cli_records.members["王昇"]
    added = cli_records("honours", "add", "--member", wang, "--title", "优秀共产党员", "--level", "县级",
                        "--on", "2026-06-28", "--issuer", "中共某县委", "--doc-no", "某发〔2026〕3号",
                        "--citation-file", str(citation))
    assert added.code == 0, added.err
    branch = cli_records("honours", "add", "--branch", cli_records.branches[0], "--title", "先进基层党组织",
                         "--level", "COMMITTEE", "--on", "2026-07-01")
    assert branch.code == 0, branch.err
    listed = cli_records("honours", "list", "--year", "2026", "--json")
    assert listed.code == 0, listed.err
    rows = {r["title"]: r for r in listed.json()}
    assert rows["优秀共产党员"]["citation"].startswith("扎根社区") and rows["优秀共产党员"]["level"] == "COUNTY"
    assert rows["先进基层党组织"]["holder_name"] == "第一党支部"
    table = cli_records("honours", "list")
    assert "优秀共产党员" in table.out and "县级" in table.out


def test_a_wrong_level_or_both_holders_is_refused_without_a_traceback(cli_records):
    wang = cli_records.members["王昇"]
    wrong = cli_records("honours", "add", "--member", wang, "--title", "称号", "--level", "乡级", "--on", "2026-01-01")
    assert wrong.code == 1 and "Traceback" not in wrong.err and "支部" in wrong.err
    both = cli_records("honours", "add", "--member", wang, "--branch", cli_records.branches[0], "--title", "称号",
                       "--level", "支部", "--on", "2026-01-01")
    assert both.code == 2


def test_points_items_entries_and_the_summary_with_its_detail(cli_records):
    wang = cli_records.members["王昇"]
    items = cli_records("points", "items", "--json").json()
    assert {"MEETING", "ABSENCE", "SERVICE", "INDUSTRY"} <= {i["code"] for i in items}
    added = cli_records("points", "add", "--member", wang, "--item", "INDUSTRY", "--on", "2026-08-01",
                        "--note", "带头种植")
    assert added.code == 0, added.err
    summary = cli_records("points", "summary", "--year", "2026", "--detail", "--json")
    assert summary.code == 0, summary.err
    rows = {r["name"]: r for r in summary.json()}
    wang_row = rows["王昇"]  # service +2, industry +3
    assert (wang_row["base"], wang_row["added"], wang_row["deducted"], wang_row["total"], wang_row["stars"]) == (
        60, 5, 0, 65, 1)
    assert [e["item_code"] for e in wang_row["entries"]] == ["SERVICE", "INDUSTRY"]
    q2 = cli_records("points", "summary", "--year", "2026", "--quarter", "2", "--branch", cli_records.branches[0],
                     "--json").json()
    assert {r["name"]: r["total"] for r in q2} == {"王昇": 62, "李玥": 60}
    table = cli_records("points", "summary", "--year", "2026", "--detail")
    assert "★" in table.out and "带头种植" in table.out
    refused = cli_records("points", "add", "--member", wang, "--item", "MEETING", "--on", "2026-08-01")
    assert refused.code == 1 and "automatically" in refused.err


def test_review_sets_grades_refuses_probationers_and_warns_over_a_third(cli_records):
    wang, li, zhang = (cli_records.members[n] for n in ("王昇", "李玥", "张堃"))
    done = cli_records("review", "set", "--member", wang, "--year", "2026", "--grade", "excellent",
                       "--basis", "带头作用突出", "--on", "2026-12-20", "--json")
    assert done.code == 0, done.err
    assert done.json()["warnings"][0]["branch_name"] == "第一党支部"
    refused = cli_records("review", "set", "--member", li, "--year", "2026", "--grade", "qualified")
    assert refused.code == 1 and "not graded" in refused.err
    unqualified = cli_records("review", "set", "--member", zhang, "--year", "2026", "--grade", "unqualified",
                              "--on", "2026-12-20")
    assert unqualified.code == 0 and "2027-06-20" in unqualified.out
    listed = cli_records("review", "list", "--year", "2026", "--json").json()
    grades = {r["name"]: r["grade"] for r in listed["rows"]}
    assert grades == {"王昇": "EXCELLENT", "李玥": None, "张堃": "UNQUALIFIED"}
    assert [w["branch_name"] for w in listed["warnings"]] == ["第一党支部"]
    bad = cli_records("review", "set", "--member", wang, "--year", "2026", "--grade", "great")
    assert bad.code == 2
    table = cli_records("review", "list", "--year", "2026")
    assert "warning: 第一党支部" in table.out


def test_the_three_documents_are_printed_to_pdf(cli_records, tmp_path):
    for document, extra in (("honours", ()), ("points", ("--quarter", "2")), ("review", ())):
        target = tmp_path / f"{document}.pdf"
        result = cli_records("report", document, "--year", "2026", *extra, "-o", str(target))
        assert result.code == 0, result.err
        assert target.read_bytes().startswith(b"%PDF")
    wrong = cli_records("report", "points", "--year", "2026", "--quarter", "5", "-o", str(tmp_path / "x.pdf"))
    assert wrong.code == 2 and "quarter" in wrong.err


def test_grades_are_exported_and_imported_from_the_console(cli_records, tmp_path):
    sheet = tmp_path / "grades.csv"
    sheet.write_text("姓名,评议等次,评定依据\n王昇,合格,\n张堃,优秀,带头作用突出\n", encoding="utf-8-sig")
    dry = cli_records("import", "grades", str(sheet), "--year", "2026", "--dry-run", "--json")
    assert dry.code == 0 and dry.json()["imported"] == 2, dry.err
    done = cli_records("import", "grades", str(sheet), "--year", "2026")
    assert done.code == 0, done.err
    out = tmp_path / "back.xlsx"
    exported = cli_records("export", "grades", "-o", str(out), "--year", "2026", "--json")
    assert exported.code == 0 and exported.json()["rows"] == 2
    missing_year = cli_records("import", "grades", str(sheet))
    assert missing_year.code == 2


ZH = {"PARTYDESK_LANG": "zh_CN"}


def _header(result) -> list[str]:
    assert result.code == 0, result.err
    return result.out.splitlines()[0].split()


def test_the_vanguard_tables_and_messages_speak_chinese_under_chinese(cli_records):
    wang, zhang = cli_records.members["王昇"], cli_records.members["张堃"]
    cli_records("honours", "add", "--member", wang, "--title", "优秀共产党员", "--level", "COUNTY",
                "--on", "2026-06-28")
    assert _header(cli_records("honours", "list", env=ZH)) == [
        "日期", "表彰对象", "党支部", "表彰名称", "级别", "颁发单位", "文号", "撤销日期"]
    assert _header(cli_records("points", "items", env=ZH)) == ["代码", "积分项", "分值", "类别", "年度上限", "来源"]
    summary = cli_records("points", "summary", "--year", "2026", "--detail", env=ZH)
    assert _header(summary) == ["姓名", "党支部", "基础分", "加分", "减分", "总积分", "星级"]
    assert "日期  积分项" in summary.out and "说明" in summary.out
    excellent = cli_records("review", "set", "--member", wang, "--year", "2026", "--grade", "excellent", env=ZH)
    assert "提醒：第一党支部评定 1 人，优秀 1 人，超过三分之一（最多 0 人）" in excellent.out
    unqualified = cli_records("review", "set", "--member", zhang, "--year", "2026", "--grade", "unqualified",
                              "--on", "2026-12-20", env=ZH)
    assert "限期改正至 2027-06-20" in unqualified.out
    basic = cli_records("review", "set", "--member", zhang, "--year", "2026", "--grade", "basic", env=ZH)
    assert "基本合格：请进行提醒谈话" in basic.out
    listing = cli_records("review", "list", "--year", "2026", env=ZH)
    assert _header(listing) == [
        "姓名", "党支部", "身份", "评议等次", "学时", "应完成学时", "缺席", "积分", "表彰", "谈话"]
    assert "warning" not in listing.out and "提醒：第一党支部" in listing.out


def test_the_vanguard_tables_stay_english_in_english(cli_records):
    assert _header(cli_records("points", "items"))[:3] == ["Code", "Item", "Points"]
    cli_records("review", "set", "--member", cli_records.members["王昇"], "--year", "2026", "--grade", "excellent")
    assert "warning: 第一党支部" in cli_records("review", "list", "--year", "2026").out
