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
