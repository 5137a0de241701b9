"""`partydesk dues ...`, `partydesk reminders` and `partydesk report dues|reminders` through a subprocess."""

from __future__ import annotations

from tests.cli.test_cli_core import one_line_error


def test_dues_base_pay_and_list_keep_the_ledger(cli_records):
    cli = cli_records
    wang = cli.members["王昇"]
    base = cli("dues", "base", "set", "--member", wang, "--year", "2026", "--category", "in_service",
               "--base", "5000.01", "--json")
    assert base.code == 0, base.err
    assert base.json()["monthly"] == 75.0
    paid = cli("dues", "pay", "--member", wang, "--month", "2026-01", "--on", "2026-01-20", "--receipt", "A-1",
               "--json")
    assert paid.code == 0, paid.err
    assert paid.json()["amount"] == 75.0
    listed = cli("dues", "list", "--year", "2026", "--today", "2026-04-10", "--json").json()
    row = next(r for r in listed if r["member_uuid"] == wang)
    assert (row["due"], row["paid"], row["unpaid_months"]) == (225.0, 75.0, ["2026-02", "2026-03"])
    human = cli("dues", "list", "--year", "2026", "--branch", cli.branches[0])
    assert human.code == 0 and "王昇" in human.out and "张堃" not in human.out


def test_a_back_payment_warns_on_stderr_and_still_succeeds(cli_records):
    cli = cli_records
    wang = cli.members["王昇"]
    cli("dues", "base", "set", "--member", wang, "--year", "2025", "--category", "retired", "--base", "3000")
    result = cli("dues", "pay", "--member", wang, "--month", "2025-01", "--on", "2026-03-01")
    assert result.code == 0 and "warning:" in result.err and "2025-01" in result.err


def test_bad_dues_input_is_a_one_line_error(cli_records):
    cli = cli_records
    wang = cli.members["王昇"]
    one_line_error(cli("dues", "base", "set", "--member", wang, "--year", "2026", "--category", "in_service",
                       "--base", "-3"))
    one_line_error(cli("dues", "base", "set", "--member", wang, "--year", "2026", "--category", "富豪",
                       "--base", "3"))
    one_line_error(cli("dues", "pay", "--member", wang, "--month", "2026-13"))
    one_line_error(cli("dues", "pay", "--member", wang, "--month", "2026-02"))  # no base for 2026 yet
    one_line_error(cli("dues", "list"), code=2)


def test_reminders_list_objects_with_the_documented_keys(cli_records):
    cli = cli_records
    li = cli.members["李玥"]
    cli("dues", "base", "set", "--member", li, "--year", "2026", "--category", "student")
    result = cli("reminders", "--today", "2026-06-02", "--json")
    assert result.code == 0, result.err
    found = result.json()
    arrears = next(r for r in found if r["kind"] == "dues_arrears")
    keys = {"kind", "member_uuid", "name", "branch", "level", "months", "since", "evidence", "suggested"}
    assert keys <= set(arrears)
    assert (arrears["name"], arrears["months"], arrears["since"], arrears["level"]) == ("李玥", 5, "2026-01", 2)
    scoped = cli("reminders", "--today", "2026-06-02", "--branch", cli.branches[1], "--json").json()
    assert all(r["branch"] != "第一党支部" for r in scoped)
    assert cli("reminders", "--today", "2026-06-02").code == 0


def test_report_dues_and_reminders_write_pdfs(cli_records, tmp_path):
    cli = cli_records
    wang = cli.members["王昇"]
    cli("dues", "base", "set", "--member", wang, "--year", "2026", "--category", "in_service", "--base", "4000")
    cli("dues", "pay", "--member", wang, "--month", "2026-03")
    for args in (("--month", "2026-03", "--branch", cli.branches[0]), ("--year", "2026")):
        result = cli("report", "dues", *args, "-o", str(tmp_path / "dues.pdf"), "--json")
        assert result.code == 0, result.err
        assert result.json()["pages"] >= 1
    result = cli("report", "reminders", "--today", "2026-11-02", "-o", str(tmp_path / "r.pdf"), "--json")
    assert result.code == 0, result.err
    one_line_error(cli("report", "dues", "-o", str(tmp_path / "x.pdf")))


def test_bases_export_and_import_through_the_console(cli_records, tmp_path):
    cli = cli_records
    target = tmp_path / "bases.xlsx"
    exported = cli("dues", "base", "export", "--year", "2026", "-o", str(target), "--json")
    assert exported.code == 0, exported.err
    assert exported.json()["rows"] == 3
    result = cli("dues", "base", "import", str(target), "--year", "2026", "--dry-run", "--json")
    assert result.code == 0, result.err
    assert result.json()["saved"] == 0 and len(result.json()["rows"]) == 3


def test_the_payments_are_exported_by_the_export_command_per_year_and_branch(cli_records, tmp_path):
    cli = cli_records
    wang = cli.members["王昇"]
    cli("dues", "base", "set", "--member", wang, "--year", "2026", "--category", "retired", "--base", "3000")
    for month in ("2026-01", "2026-02"):
        assert cli("dues", "pay", "--member", wang, "--month", month, "--on", "2026-02-10").code == 0
    everyone = cli("export", "dues", "--year", "2026", "-o", str(tmp_path / "党费.csv"), "--json")
    assert everyone.code == 0, everyone.err
    assert everyone.json()["rows"] == 2
    lines = (tmp_path / "党费.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("姓名,所在党支部,所属月份") and lines[1].startswith("王昇,第一党支部,2026-01,15.00")
    other = cli("export", "dues", "--branch", cli.branches[1], "-o", str(tmp_path / "二支部.xlsx"), "--json")
    assert other.code == 0 and other.json()["rows"] == 0


def test_the_dues_tables_and_lines_speak_chinese_under_a_chinese_console(cli_records, tmp_path):
    cli = cli_records
    wang = cli.members["王昇"]
    chinese = {"LANG": "zh_CN.UTF-8"}
    base = cli("dues", "base", "set", "--member", wang, "--year", "2026", "--category", "retired", "--base", "3000",
               env=chinese)
    assert base.code == 0 and base.out.startswith("2026 年：每月"), base.err
    paid = cli("dues", "pay", "--member", wang, "--month", "2026-01", "--on", "2026-01-20", env=chinese)
    assert paid.code == 0 and paid.out.startswith("2026-01：") and " 元（" in paid.out, paid.err
    listed = cli("dues", "list", "--year", "2026", "--today", "2026-04-10", env=chinese)
    assert listed.code == 0, listed.err
    assert listed.out.splitlines()[0].split() == ["姓名", "党支部", "月应交", "应交", "实交", "欠交月份"]
    target = tmp_path / "bases.xlsx"
    exported = cli("dues", "base", "export", "--year", "2026", "-o", str(target), env=chinese)
    assert exported.code == 0 and exported.out.rstrip().endswith("（3 行）"), exported.err
    checked = cli("dues", "base", "import", str(target), "--year", "2026", "--dry-run", env=chinese)
    assert checked.code == 0, checked.err
    assert checked.out.splitlines()[0].split() == ["行号", "姓名", "通过", "说明"]
    assert "（仅检查，未保存）" in checked.out
    english = cli("dues", "list", "--year", "2026", "--today", "2026-04-10", env={"LANG": "C.UTF-8"})
    assert english.out.splitlines()[0].split()[:3] == ["Name", "Branch", "Monthly"]
