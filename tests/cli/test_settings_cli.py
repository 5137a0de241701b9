"""`partydesk settings show|set`: the office's requirements and sign-in rules by name."""

from __future__ import annotations

from partydesk.services import office_rules


def test_settings_are_shown_and_changed_all_or_none(cli_office):
    shown = cli_office("settings", "show", "--json")
    assert shown.code == 0, shown.err
    assert shown.json()["usb_backup_max_age_days"] == 7 and set(shown.json()) == set(office_rules.NAMES)
    changed = cli_office(
        "settings", "set", "usb_backup_max_age_days=14", "required_hours_member=40.5", "idle_minutes=5"
    )
    assert changed.code == 0, changed.err
    refused = cli_office("settings", "set", "idle_minutes=6", "max_failures=2")
    assert refused.code == 1 and "max_failures" in refused.err
    after = cli_office("settings", "show", "--json").json()
    assert (after["usb_backup_max_age_days"], after["required_hours_member"], after["idle_minutes"]) == (14, 40.5, 5)
    table = cli_office("settings", "show")
    assert "days before the USB backup reminder" in table.out


def test_unknown_names_and_values_are_usage_errors(cli_office):
    unknown = cli_office("settings", "set", "colour=red")
    assert unknown.code == 2 and "unknown setting 'colour'" in unknown.err
    not_a_number = cli_office("settings", "set", "lock_minutes=soon")
    assert not_a_number.code == 2 and "needs a number" in not_a_number.err
    wrong_kind = cli_office("settings", "set", "talks_per_member_per_year=1.5")
    assert wrong_kind.code == 1 and "talks_per_member_per_year" in wrong_kind.err


def test_the_dues_and_reminder_rules_are_shown_and_changed_by_name(cli_office):
    shown = cli_office("settings", "show", "--json").json()
    assert (shown["farmer_amount"], shown["rounding_step"]) == (1.0, 0.01)
    assert [shown[f"level{n}_months"] for n in (1, 2, 3)] == [3, 5, 6]
    assert (shown["hours_from_month"], shown["hours_margin"]) == (4, 8.0)
    changed = cli_office("settings", "set", "farmer_amount=0.5", "rounding_step=0.1", "level1_months=2",
                         "hours_margin=6.5")
    assert changed.code == 0, changed.err
    assert cli_office("settings", "set", "correction_notice_days=10").code == 0
    after = cli_office("settings", "show", "--json").json()
    assert after["correction_notice_days"] == 10
    assert (after["farmer_amount"], after["rounding_step"], after["level1_months"], after["hours_margin"]) == (
        0.5, 0.1, 2, 6.5)
    assert "months missed in a row before a level 1 reminder" in cli_office("settings", "show").out
    assert cli_office("settings", "set", "correction_notice_days=45").code == 0
    assert cli_office("settings", "set", "level1_months=3").code == 0  # the other reminder rules stay as stored
    after = cli_office("settings", "show", "--json").json()
    assert (after["correction_notice_days"], after["level1_months"], after["hours_margin"]) == (45, 3, 6.5)


def test_bad_dues_and_reminder_rules_name_their_field_and_change_nothing(cli_office):
    before = cli_office("settings", "show", "--json").json()
    farmer = cli_office("settings", "set", "usb_backup_max_age_days=30", "farmer_amount=1.5")
    assert farmer.code == 1 and "Farmers' monthly dues" in farmer.err and "0.20 to 1.00" in farmer.err
    levels = cli_office("settings", "set", "level2_months=7")  # above level 3 (6): the levels must rise
    assert levels.code == 1 and "Months for reminder levels 1-3" in levels.err
    half_month = cli_office("settings", "set", "hours_from_month=4.5")
    assert half_month.code == 1 and "Study hours checked from month" in half_month.err
    step = cli_office("settings", "set", "rounding_step=0.05")
    assert step.code == 1 and "Dues rounded to" in step.err
    for hostile in ("farmer_amount=NaN", "farmer_amount=Infinity", "farmer_amount==1+1", "hours_margin=nan"):
        refused = cli_office("settings", "set", hostile)
        assert refused.code in (1, 2), hostile
    assert cli_office("settings", "show", "--json").json() == before
