"""Study calendar: keyboard attendance checklist, study plan in a worker, minutes, field errors."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from partydesk.domain.enums import ActivityKind, ActivityState, AttendanceStatus, Frequency
from partydesk.gui.calendar.activity_dialog import ActivityDialog
from partydesk.gui.calendar.attendance_dialog import AttendanceDialog
from partydesk.gui.calendar.minutes_dialog import MinutesDialog
from partydesk.gui.calendar.plan_dialog import PlanDialog
from partydesk.services import attendance, calendar, offices


def planned_activity(db) -> str:
    page = calendar.query_activities(db, calendar.ActivityQuery(states=(ActivityState.PLANNED,), limit=50))
    return next(row.uuid for row in page.rows if row.branch_name)


def test_attendance_checklist_by_keyboard(window, qtbot, demo_db):
    uuid = planned_activity(demo_db)
    hours = calendar.get_activity(demo_db, uuid).planned_hours
    dialog = AttendanceDialog(window, uuid)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    lines = dialog.model.lines
    assert len(lines) >= 3 and all(line.status is AttendanceStatus.PRESENT for line in lines)
    view = dialog.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key_3)  # first member absent, cursor moves down
    qtbot.keyClick(view, Qt.Key_2)  # second on leave: the reason editor opens
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "ill")
    qtbot.keyClick(editor, Qt.Key_Return)
    assert "缺席 1" in dialog.summary.text() and "请假 1" in dialog.summary.text()
    qtbot.keyClick(view, Qt.Key_S, Qt.ControlModifier)
    assert dialog.result() == 1
    sheet = {line.member_uuid: line for line in attendance.attendance_sheet(demo_db, uuid)}
    assert sheet[lines[0].member_uuid].status is AttendanceStatus.ABSENT
    assert sheet[lines[1].member_uuid].status is AttendanceStatus.LEAVE
    assert sheet[lines[1].member_uuid].leave_reason == "ill"
    assert sheet[lines[2].member_uuid].hours == hours
    assert dialog.saved_summary.present == len(lines) - 2
    assert calendar.get_activity(demo_db, uuid).state is ActivityState.HELD


def test_study_plan_creates_the_right_dates_in_a_worker(window, qtbot, demo_db):
    dialog = PlanDialog(window, 2027)
    qtbot.addWidget(dialog)
    dialog.kind.set_value(ActivityKind.PARTY_LECTURE)
    dialog.title.setText("季度党课")
    dialog.frequency.set_value(Frequency.QUARTERLY)
    dialog.month.setValue(2)
    dialog.day.setValue(10)
    assert "2027-02-10" in dialog.preview.text() and "2027-11-10" in dialog.preview.text()
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.result() == 1, timeout=10_000)
    page = calendar.query_activities(demo_db, calendar.ActivityQuery(
        year=2027, kinds=(ActivityKind.PARTY_LECTURE,), search="季度党课", limit=50))
    assert [row.on_date for row in page.rows] == [date(2027, 2, 10), date(2027, 5, 10), date(2027, 8, 10),
                                                   date(2027, 11, 10)]
    assert "4" in window.statusBar().currentMessage()


def test_a_weekly_plan_without_weekday_is_refused_under_the_field(window, qtbot):
    dialog = PlanDialog(window, 2027)
    qtbot.addWidget(dialog)
    dialog.frequency.set_value(Frequency.WEEKLY)
    dialog.accept()
    assert dialog.form.errors["day"].isVisibleTo(dialog)
    assert not window.busy


def test_minutes_are_saved_and_undone(window, qtbot, demo_db):
    uuid = planned_activity(demo_db)
    dialog = MinutesDialog(window, uuid)
    qtbot.addWidget(dialog)
    dialog.text.setPlainText("一、传达学习文件。二、讨论。")
    dialog.accept()
    assert calendar.get_activity(demo_db, uuid).minutes.startswith("一、")
    window.undo_stack.undo()
    assert calendar.get_activity(demo_db, uuid).minutes == ""


def test_activity_dialog_reads_chinese_dates_and_shows_time_errors(window, qtbot, demo_db):
    window.tabs.setCurrentWidget(window.calendar_tab)
    dialog = ActivityDialog(window, None)
    qtbot.addWidget(dialog)
    dialog.title.setText("专题学习")
    dialog.on_date.setText("2026年12月3日")
    dialog.start.setText("9点")
    dialog.end.setText("8:00")
    dialog.accept()
    assert dialog.result() == 0
    assert dialog.form.errors["end_time"].isVisibleTo(dialog)
    dialog.end.setText("下午3点")
    dialog.accept()
    assert dialog.result() == 1
    detail = calendar.get_activity(demo_db, dialog.uuid)
    assert detail.on_date == date(2026, 12, 3) and detail.end_time.hour == 15
    assert window.calendar_tab.model.row_of(dialog.uuid) >= 0 or window.calendar_tab.model.canFetchMore()


def test_a_study_plan_made_by_mistake_is_taken_back_with_its_planned_activities(window, qtbot, demo_db, answer_yes):
    from partydesk.gui.calendar.plans_dialog import PlansDialog

    calendar.create_study_plan(demo_db, calendar.PlanInput(
        kind=ActivityKind.THEME_DAY, title="错误的计划", year=2028, frequency=Frequency.MONTHLY, day=9,
        branch_uuid=offices.list_branches(demo_db)[0].uuid))
    held = calendar.query_activities(demo_db, calendar.ActivityQuery(year=2028, limit=1)).rows[0].uuid
    attendance.record_attendance(demo_db, held, [])  # one of them took place after all
    dialog = PlansDialog(window, 2028)
    qtbot.addWidget(dialog)
    assert [row.title for row in dialog.rows] == ["错误的计划"] and dialog.table.item(0, 1).text() == "错误的计划"
    assert dialog.table.item(0, 4).text() == "12"
    dialog.delete_plan()
    assert dialog.rows == [] and dialog.empty.isVisibleTo(dialog) and not dialog.delete_button.isEnabled()
    left = calendar.query_activities(demo_db, calendar.ActivityQuery(year=2028, limit=50)).rows
    assert [row.uuid for row in left] == [held]
    assert "11" in window.statusBar().currentMessage()


def test_the_calendar_button_opens_the_years_plans(window, qtbot, monkeypatch):
    from partydesk.gui.calendar import plans_dialog

    opened = []
    monkeypatch.setattr(plans_dialog.PlansDialog, "exec", lambda self: opened.append(self.year.value()))
    window.tabs.setCurrentWidget(window.calendar_tab)
    window.calendar_tab.findChild(QPushButton, "planButton").click()
    assert opened and opened[0] >= 2000


def test_a_viewer_sees_the_plans_but_cannot_change_them(window, qtbot):
    from partydesk.domain.actor import Actor
    from partydesk.domain.enums import Role
    from partydesk.gui.calendar.plans_dialog import PlansDialog

    window.db.actor = Actor("kan", Role.VIEWER, "")
    dialog = PlansDialog(window, window.calendar_tab.today.year)
    qtbot.addWidget(dialog)
    assert dialog.rows and not dialog.new_button.isEnabled() and not dialog.delete_button.isEnabled()
