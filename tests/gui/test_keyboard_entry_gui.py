"""What the clerk sees while typing: errors that clear, IDs checked as typed, saved records selected, honest undo."""

from __future__ import annotations

import re
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from partydesk.domain.enums import ActivityKind, Gender, MemberStatus, ServiceCategory
from partydesk.gui.calendar.activity_dialog import ActivityDialog
from partydesk.gui.calendar.attendance_dialog import AttendanceDialog
from partydesk.gui.roster.dialog import MemberDialog
from partydesk.gui.roster.status_dialog import StatusDialog
from partydesk.gui.service.dialog import ServiceDialog
from partydesk.gui.talks.dialog import TalkDialog
from partydesk.gui.widgets.dates import DateEdit
from partydesk.services import calendar, offices, roster

VALID_ID = "110105198005120036"


def error_of(dialog, field):
    label = next(form.errors[field] for form in dialog.forms if field in form.errors)
    return label.text() if label.isVisibleTo(dialog) else ""


def test_a_required_field_error_clears_as_soon_as_the_field_is_typed_in(window, qtbot):
    dialog = MemberDialog(window, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert error_of(dialog, "name")
    qtbot.keyClicks(dialog.name, "Li")
    assert error_of(dialog, "name") == ""


def test_a_wrong_check_digit_shows_while_typing_and_a_valid_id_fills_birth_date_and_gender(window, qtbot):
    dialog = MemberDialog(window, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.resident_id, VALID_ID[:17] + "9")
    assert "校验" in error_of(dialog, "resident_id")
    qtbot.keyClick(dialog.resident_id, Qt.Key_Backspace)
    assert error_of(dialog, "resident_id") == ""
    qtbot.keyClicks(dialog.resident_id, VALID_ID[17])
    assert error_of(dialog, "resident_id") == ""
    assert dialog.birth_date.value() == date(1980, 5, 12)
    assert dialog.gender.value() is Gender.MALE


def test_an_empty_date_field_shows_a_format_hint_not_a_date(qtbot):
    field = DateEdit()
    qtbot.addWidget(field)
    assert field.line.placeholderText()
    assert not re.search(r"\d", field.line.placeholderText())


def test_no_empty_date_or_time_field_in_any_dialog_shows_a_value_as_its_hint(window, qtbot, demo_db):
    from PySide6.QtWidgets import QLineEdit

    from tests.gui.test_language_gui import dialogs

    for dialog in dialogs(window, demo_db):
        qtbot.addWidget(dialog)
        hints = [edit.placeholderText() for edit in dialog.findChildren(QLineEdit)]
        looks_typed = [hint for hint in hints if re.fullmatch(r"[\d:.\-/年月日 ]+", hint) and re.search(r"\d", hint)]
        assert not looks_typed, (type(dialog).__name__, looks_typed)
        dialog.reject()


def accept_with(monkeypatch, dialog_class, fill):
    """Make `dialog_class.exec()` fill the form and press Save instead of waiting for the user."""
    def exec_(dialog):
        fill(dialog)
        dialog.accept()
        return dialog.result()
    monkeypatch.setattr(dialog_class, "exec", exec_)


def test_a_new_member_is_selected_after_saving(window, qtbot, monkeypatch):
    accept_with(monkeypatch, MemberDialog, lambda d: (d.name.setText("甄新来"), d.branch.setCurrentIndex(1)))
    tab = window.roster_tab
    tab.new_record()
    assert tab.model.rows[tab.table.currentIndex().row()].name == "甄新来"
    selected = [tab.model.rows[index.row()].name for index in tab.table.selectionModel().selectedRows()]
    assert selected == ["甄新来"]


def test_a_new_service_entry_and_talk_are_selected_after_saving(window, qtbot, monkeypatch):
    member = window.roster_tab.model.rows[0]

    def service(dialog):
        dialog.category.set_value(ServiceCategory.VOLUNTEER)
        dialog.title.setText("义务理发")
        dialog.participants.add(member.uuid, member.name)

    def talk(dialog):
        dialog.member.add(member.uuid, member.name)
        dialog.talker.setText("书记")
        dialog.summary.setPlainText("谈心")

    accept_with(monkeypatch, ServiceDialog, service)
    accept_with(monkeypatch, TalkDialog, talk)
    for tab, title in ((window.service_tab, "义务理发"), (window.talks_tab, member.name)):
        window.tabs.setCurrentWidget(tab)
        qtbot.waitUntil(lambda: not window.busy, timeout=10_000)
        tab.new_record()
        row = tab.model.rows[tab.table.currentIndex().row()]
        assert title in (getattr(row, "title", "") or getattr(row, "member_name", ""))


def test_a_new_activity_is_selected_and_its_attendance_offered_then_undo_never_reaches_past_it(window, qtbot,
                                                                                                 monkeypatch):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.Yes)
    accept_with(monkeypatch, ActivityDialog, lambda d: (d.kind.set_value(ActivityKind.PARTY_LECTURE),
                                                         d.title.setText("键盘党课"), d.on_date.set_value(
                                                             window.calendar_tab.today)))
    accept_with(monkeypatch, AttendanceDialog, lambda d: None)
    tab = window.calendar_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: not window.busy, timeout=10_000)
    tab.new_record()
    assert tab.model.rows[tab.table.currentIndex().row()].title == "键盘党课"
    assert asked and "出勤" in asked[0]
    uuid = tab.current_uuid()
    assert calendar.get_activity(window.db, uuid).state.name == "HELD"
    assert not window.undo_stack.canUndo()  # a first registration cannot be undone: nothing older is undone instead
    tab.open_attendance()  # saved a second time: now the previous marks can be put back
    assert "键盘党课" in window.undo_stack.undoText() and "出勤" in window.undo_stack.undoText()


def test_a_status_dated_in_the_future_is_asked_about_and_kept_open_when_declined(window, qtbot, monkeypatch):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.No)
    member = next(r for r in window.roster_tab.model.rows if r.status is MemberStatus.PROBATIONARY)
    dialog = StatusDialog(window, member.uuid)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.status.set_value(MemberStatus.FULL)
    dialog.on_date.set_value(date.today() + timedelta(days=30))
    dialog.accept()
    assert asked and "晚于今天" in asked[0]
    assert dialog.isVisible() and dialog.result() == 0
    assert roster.get_member(window.db, member.uuid).status is MemberStatus.PROBATIONARY


def test_attendance_of_a_future_meeting_is_asked_about(window, qtbot, monkeypatch, demo_db):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.No)
    uuid = calendar.create_activity(demo_db, calendar.ActivityInput(
        ActivityKind.PARTY_LECTURE, "未来党课", date.today() + timedelta(days=10),
        branch_uuid=offices.list_branches(demo_db)[0].uuid))
    dialog = AttendanceDialog(window, uuid)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert asked and "晚于今天" in asked[0] and dialog.result() == 0


def test_the_first_run_demo_office_is_built_in_the_background_with_a_progress_bar(zh, empty_db, qtbot):
    from partydesk.gui.first_run import FirstRunDialog

    dialog = FirstRunDialog(empty_db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.office.setText("演示社区党委")
    dialog.demo.setChecked(True)
    dialog.accept()
    assert dialog.progress.isVisible() and not dialog.save_button.isEnabled()  # the window still paints
    qtbot.waitUntil(lambda: dialog.result() == 1, timeout=60_000)
    assert offices.local_office(empty_db).name == "演示社区党委"
