"""`partydesk reminders` lists a 限期改正 near or past its due date, in the user's language."""

from __future__ import annotations

ZH = {"PARTYDESK_LANG": "zh_CN"}


def test_a_correction_ending_is_listed_by_the_reminders_command(cli_records):
    zhang = cli_records.members["张堃"]
    graded = cli_records("review", "set", "--member", zhang, "--year", "2025", "--grade", "unqualified",
                         "--on", "2026-06-20")
    assert graded.code == 0, graded.err
    found = cli_records("reminders", "--today", "2026-12-06", "--json").json()
    [correction] = [r for r in found if r["kind"] == "correction_due"]
    assert (correction["member_uuid"], correction["level"], correction["period"]) == (zhang, 1, "2026-12-20")
    table = cli_records("reminders", "--today", "2026-12-06", env=ZH)
    assert table.code == 0, table.err
    assert table.out.splitlines()[0].split() == ["等级", "提醒事项", "姓名", "党支部", "情况", "建议"]
    assert "限期改正到期" in table.out and "民主评议不合格，限期改正至2026-12-20" in table.out
    english = cli_records("reminders", "--today", "2026-12-21")
    assert english.out.splitlines()[0].split()[:2] == ["Level", "Kind"]
    assert "Unqualified: to correct by 2026-12-20" in english.out
