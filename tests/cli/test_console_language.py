"""The console speaks Chinese for a zh_* locale or PARTYDESK_LANG=zh_CN, English otherwise."""

from __future__ import annotations

import json

from partydesk import i18n
from partydesk.cli.language import console_language, console_translation

ZH = {"PARTYDESK_LANG": "zh_CN"}


def test_the_language_follows_partydesk_lang_then_the_locale_variables():
    assert console_language({"PARTYDESK_LANG": "zh_CN", "LANG": "en_US.UTF-8"}) == "zh_CN"
    assert console_language({"PARTYDESK_LANG": "en", "LANG": "zh_CN.UTF-8"}) == "en"
    assert console_language({"LC_ALL": "", "LANG": "zh_CN.UTF-8"}) == "zh_CN"
    assert console_language({"LANG": "zh_TW.UTF-8"}) == "zh_CN"
    assert console_language({"LANG": "C.UTF-8"}) == "en"
    assert console_language({}) == "en"


def test_translation_is_put_back_when_the_command_ends():
    before = i18n.current_translator()
    with console_translation(ZH) as language:
        assert language == "zh_CN"
        assert i18n.translate("Cli", "{path} ({pages} page)", path="a.pdf", pages=1) == "a.pdf（1 页）"
    assert i18n.current_translator() is before
    assert i18n.translate("Cli", "{path} ({pages} page)", path="a.pdf", pages=1) == "a.pdf (1 page)"


def test_a_listing_in_chinese_has_chinese_headers_and_count_line(cli_records):
    for env in (ZH, {"LANG": "zh_CN.UTF-8"}):
        result = cli_records("list", "members", "--sort", "name", env=env)
        assert result.code == 0, result.err
        assert result.out.splitlines()[0].split()[:3] == ["姓名", "性别", "出生日期"]
        assert result.out.rstrip().endswith("党员：第 1-3 条，共 3 条")


def test_errors_and_json_errors_are_in_the_users_language(cli_records):
    result = cli_records("list", "members", "--branch", "第九党支部", env=ZH)
    assert result.code == 1 and "没有名为第九党支部" in result.err
    as_json = cli_records("list", "members", "--branch", "第九党支部", "--json", env=ZH)
    assert json.loads(as_json.out)["error"].startswith("没有名为第九党支部")
    english = cli_records("list", "members", "--branch", "第九党支部")
    assert "No branch is named 第九党支部" in english.err


def test_a_report_says_one_page_in_either_language(cli_records, tmp_path):
    activity = cli_records("list", "activities", "--json").json()["rows"][0]["uuid"]
    english = cli_records("report", "sign-in", "--activity", activity, "-o", str(tmp_path / "a.pdf"))
    chinese = cli_records("report", "sign-in", "--activity", activity, "-o", str(tmp_path / "b.pdf"), env=ZH)
    assert english.code == 0 == chinese.code, english.err + chinese.err
    assert english.out.rstrip().endswith("a.pdf (1 page)")
    assert chinese.out.rstrip().endswith("b.pdf（1 页）")


def test_the_compliance_summary_in_chinese_labels_both_probation_lists(cli_records):
    result = cli_records("compliance", "--year", "2026", "--today", "2026-11-26", env=ZH)
    assert result.code == 0, result.err
    assert "预备期已满待转正:" in result.out and "30日内预备期满:" in result.out and "统计党员数:" in result.out


def test_an_import_row_report_in_chinese_quotes_the_id_as_excel_shows_it(cli_office, tmp_path):
    from tests.cli.test_import_cli import roster_file

    result = cli_office("import", "roster", roster_file(tmp_path / "花名册.xlsx"), "--dry-run", env=ZH)
    assert result.code == 1
    assert "将导入：新增 1 条" in result.out and "行号" in result.out and "跳过原因" in result.out
    assert "5.30112E+17" in result.out


def test_the_export_command_speaks_chinese_too():
    from partydesk.cli.commands.exporting import WITHHELD, WROTE
    from partydesk.cli.language import console_translation
    from partydesk.i18n import translate

    with console_translation({"PARTYDESK_LANG": "zh_CN"}) as language:
        assert language == "zh_CN"
        assert translate("Cli", WROTE, rows=3, file="a.xlsx") == "已写出 3 行到 a.xlsx"
        assert translate("Cli", WITHHELD, count=1).startswith("未导出：1 条保密谈话记录")
