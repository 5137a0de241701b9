"""Overview: figures from the dashboard service, hours credited by attendance show up, click-through works."""

from __future__ import annotations

from datetime import date

from partydesk.domain.enums import ActivityKind, AttendanceStatus
from partydesk.gui.calendar.attendance_dialog import AttendanceDialog
from partydesk.services import calendar, roster
from partydesk.services.dashboard import dashboard

TODAY = date.today()


def show_overview(window, qtbot):
    window.tabs.setCurrentWidget(window.dashboard_tab)
    qtbot.waitUntil(lambda: not window.busy and window.dashboard_tab.data is not None, timeout=15_000)
    return window.dashboard_tab


def test_the_overview_shows_the_service_figures(window, qtbot, demo_db):
    tab = show_overview(window, qtbot)
    expected = dashboard(demo_db, TODAY.year, TODAY)
    assert tab.members_tile.value == str(expected.members)
    assert tab.below_tile.value == str(expected.below_count)
    assert tab.overdue_tile.value == str(expected.overdue_follow_ups.count)
    assert len(tab.bars.rows) == len(expected.branches)
    assert tab.grid.meetings == expected.meetings


def test_hours_credited_by_the_attendance_checklist_reach_the_overview(window, qtbot, demo_db):
    tab = show_overview(window, qtbot)
    member = tab.data.below.first[0]
    before_count = tab.data.below_count
    missing = member.required - member.hours
    branch_uuid = roster.get_member(demo_db, member.member_uuid).branch_uuid
    activity = calendar.create_activity(demo_db, calendar.ActivityInput(
        ActivityKind.TRAINING, "补学专题培训", TODAY, branch_uuid=branch_uuid, planned_hours=min(missing, 24)))
    dialog = AttendanceDialog(window, activity)
    qtbot.addWidget(dialog)
    row = next(i for i, line in enumerate(dialog.model.lines) if line.member_uuid == member.member_uuid)
    assert dialog.model.lines[row].status is AttendanceStatus.PRESENT
    dialog.model.setData(dialog.model.index(row, 4), str(min(missing, 24)))
    dialog.accept()
    assert dialog.result() == 1
    qtbot.waitUntil(lambda: not window.busy and tab.data.below_count < before_count, timeout=15_000)
    assert member.member_uuid not in tab.data.below.member_query.uuids
    assert tab.below_tile.value == str(tab.data.below_count)


def test_clicking_a_figure_opens_the_list_behind_it(window, qtbot, demo_db):
    tab = show_overview(window, qtbot)
    tab.below_tile.click()
    assert window.tabs.currentWidget() is window.roster_tab
    assert window.roster_tab.model.total == tab.data.below_count
    assert window.roster_tab.override_bar.isVisible()
    window.roster_tab.clear_override()
    assert window.roster_tab.model.total > tab.data.below_count
    window.tabs.setCurrentWidget(tab)
    tab.overdue_tile.click()
    assert window.tabs.currentWidget() is window.talks_tab
    assert window.talks_tab.model.total == tab.data.overdue_follow_ups.count
    assert all(row.overdue for row in window.talks_tab.model.rows)
    window.tabs.setCurrentWidget(tab)
    first_branch = tab.data.branches[0]
    tab.bars.rows[0][0].click()
    assert window.roster_tab.branch_box.value() == first_branch.branch_uuid
    window.tabs.setCurrentWidget(tab)
    tab.grid.opened.emit(0)
    assert window.tabs.currentWidget() is window.calendar_tab
    assert window.calendar_tab.model.total > 0


def test_the_overview_warns_until_a_usb_backup_is_made(window, qtbot, demo_db, monkeypatch, tmp_path, fast_kdf):
    from PySide6.QtWidgets import QDialog

    from partydesk.services import backup

    tab = show_overview(window, qtbot)
    assert not tab.backup_warning.isHidden()
    assert "7" in tab.backup_warning.text() and tab.backup_warning.isEnabled()
    opened = []
    monkeypatch.setattr(QDialog, "exec", lambda dialog: opened.append(type(dialog).__name__) or 0)
    tab.backup_warning.click()
    assert opened == ["BackupDialog"]
    backup.create_backup(demo_db, tmp_path, "correct horse battery")
    window.notify_changed("settings")
    qtbot.waitUntil(lambda: not window.busy and not tab.data.backup.usb_overdue, timeout=15_000)
    assert tab.backup_warning.isHidden()


def test_the_overview_shows_probation_over_and_ending_soon_apart(window, qtbot, demo_db):
    tab = show_overview(window, qtbot)
    expected = dashboard(demo_db, TODAY.year, TODAY)
    due, soon = expected.probationary_due, expected.probationary_due_soon
    assert tab.probation_tile.value == str(due.count)
    detail = tab.tr("(%1 more within %2 days)").replace("%1", str(soon.count)).replace("%2", "30")
    assert detail in tab.probation_tile.text()
    card = tab.probation_card.table
    assert card.rowCount() == len(due.first) + len(soon.first)
    states = [card.item(row, 3).text() for row in range(card.rowCount())]
    within = tab.tr("within %1 days").replace("%1", "30")
    assert states == [tab.tr("now")] * len(due.first) + [within] * len(soon.first)
    assert tab.tr("now") != within


def test_the_overview_fits_a_1024_pixel_screen_without_scrolling_sideways(window, qtbot, demo_db):
    from PySide6.QtWidgets import QScrollArea

    window.resize(1024, 740)
    tab = show_overview(window, qtbot)
    tab.probation_tile.set_value("1", "（另有3名30日内期满）" * 3)  # a long detail wraps, the tile grows down
    scroll = tab.findChild(QScrollArea, "overviewScroll")
    body = scroll.widget()
    assert body.minimumSizeHint().width() <= scroll.viewport().width()
    assert tab.probation_tile.minimumSizeHint().width() <= 200
    assert tab.probation_tile.heightForWidth(200) > tab.week_tile.heightForWidth(200)
