"""Chinese by default with nothing left in English; English selectable and visibly different."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from partydesk.domain.enums import ActivityState
from partydesk.gui.settings import LANGUAGE_KEY, settings
from partydesk.services import calendar, service_log, talks

MNEMONIC = re.compile(r"\(&?[A-Z]\)|&(?=\S)")
ALLOWED = re.compile(
    r"\b(Ctrl\+\w|Ctrl|Space|Enter|Up/Down|Del|Esc|F\d{1,2}|USB|JPEG|PNG|X|T|J|D|O)\b|U(?=盘)|\.\.\.|…|%"
    r"|\*\.\w+"
)  # key names stay as printed on the keys
MARKUP = re.compile(r"<[^>]+>|&nbsp;")
DATA_WIDGETS = {"attachmentList", "memberMatches", "chosenMembers", "databaseLocation"}


def english_left(text: str) -> str:
    cleaned = ALLOWED.sub("", MNEMONIC.sub("", MARKUP.sub("", text or "")))
    return cleaned if re.search(r"[A-Za-z]", cleaned) else ""


def visible_texts(top: QWidget) -> list[tuple[str, str]]:
    """Every label, button, placeholder, header and title shown in `top` (not the user's data)."""
    found = [("windowTitle", top.windowTitle())]
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or widget.objectName() in DATA_WIDGETS:
            continue
        kind = type(widget).__name__
        if isinstance(widget, (QLabel, QAbstractButton)):
            found.append((kind, widget.text()))
        elif isinstance(widget, (QLineEdit, QPlainTextEdit)):
            found.append((kind, widget.placeholderText()))
        elif isinstance(widget, QGroupBox):
            found.append((kind, widget.title()))
        elif isinstance(widget, QTabWidget):
            found.extend((kind, widget.tabText(i)) for i in range(widget.count()))
        if isinstance(widget, QComboBox) and widget.objectName() != "languageBox":
            found.extend((kind, widget.itemText(i)) for i in range(widget.count()))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            found.extend((kind, str(model.headerData(c, Qt.Horizontal) or "")) for c in range(model.columnCount()))
        if widget.toolTip():
            found.append((kind + ".toolTip", widget.toolTip()))
    return found


def assert_all_chinese(top: QWidget) -> None:
    english = [(kind, text) for kind, text in visible_texts(top) if english_left(text)]
    assert not english, english


def menu_texts(window) -> list[tuple[str, str]]:
    """Menu titles and this window's own actions (feature helpers test the actions they add)."""
    found = [(key, menu.title()) for key, menu in window.menus.items()]
    found.extend(("action", action.text()) for action in window.own_actions)
    return found


def test_no_english_left_in_the_window(window, qtbot):
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda: not window.busy, timeout=15_000)
        assert_all_chinese(window)
    english = [(key, text) for key, text in menu_texts(window) if english_left(text)]
    assert not english, english
    assert window.roster_tab.count_label.text().startswith("共")
    assert "花名册共" in window.members_label.text()


def dialogs(window, db):
    from partydesk.gui.calendar.activity_dialog import ActivityDialog
    from partydesk.gui.calendar.attendance_dialog import AttendanceDialog
    from partydesk.gui.calendar.minutes_dialog import MinutesDialog
    from partydesk.gui.calendar.plan_dialog import PlanDialog
    from partydesk.gui.calendar.plans_dialog import PlansDialog
    from partydesk.gui.first_run import FirstRunDialog
    from partydesk.gui.org_dialog import OrgDialog
    from partydesk.gui.publicity.dialog import PosterDialog
    from partydesk.gui.publicity.log_view import PublicityLogDialog
    from partydesk.gui.roster.dialog import MemberDialog
    from partydesk.gui.roster.member_page import MemberPage
    from partydesk.gui.roster.status_dialog import StatusDialog
    from partydesk.gui.service.dialog import ServiceDialog
    from partydesk.gui.settings_dialog import SettingsDialog
    from partydesk.gui.talks.dialog import FollowUpDoneDialog, TalkDialog
    from partydesk.services.publicity import SourceKind, SourceRef

    member = window.roster_tab.model.rows[0].uuid
    activity = calendar.query_activities(db, calendar.ActivityQuery(states=(ActivityState.HELD,), limit=1)).rows[0].uuid
    entry = service_log.query_entries(db, service_log.ServiceQuery(limit=1)).rows[0].uuid
    talk = talks.query_talks(db, talks.TalkQuery(limit=1)).rows[0].uuid
    yield MemberDialog(window, None)
    yield MemberDialog(window, member)
    yield StatusDialog(window, member)
    yield MemberPage(window, member)
    yield ActivityDialog(window, None)
    yield ActivityDialog(window, activity)
    yield PlanDialog(window, 2027)
    yield PlansDialog(window, window.calendar_tab.today.year)
    yield AttendanceDialog(window, activity)
    yield MinutesDialog(window, activity)
    yield ServiceDialog(window, None)
    yield ServiceDialog(window, entry)
    yield TalkDialog(window, None)
    yield TalkDialog(window, talk)
    yield FollowUpDoneDialog(window, talk, window.talks_tab.today)
    yield SettingsDialog(window)
    yield FirstRunDialog(db)
    yield OrgDialog(window)
    yield PosterDialog(window, SourceRef(SourceKind.SERVICE, entry))
    yield PublicityLogDialog(window)


def test_no_english_left_in_any_dialog(window, qtbot, demo_db):
    for dialog in dialogs(window, demo_db):
        qtbot.addWidget(dialog)
        dialog.show()
        assert_all_chinese(dialog)
        dialog.reject()


def test_field_errors_are_in_chinese(window, qtbot):
    from partydesk.gui.roster.dialog import MemberDialog

    dialog = MemberDialog(window, None)
    qtbot.addWidget(dialog)
    dialog.name.setText("张三")
    dialog.birth_date.setText("2026-13-45")
    dialog.accept()
    shown = [label.text() for label in dialog.findChildren(QLabel, "fieldError") if label.isVisibleTo(dialog)]
    assert shown and all(not english_left(text) for text in shown), shown


@pytest.mark.parametrize(
    "language, roster_title, save", [("en", "&Roster", "&Save"), ("zh_CN", "花名册(&R)", "保存(&S)")]
)
def test_the_language_switch_changes_visible_text(
    language, roster_title, save, make_window, demo_db, qtbot, monkeypatch
):
    from partydesk.gui import i18n as gui_i18n
    from partydesk.gui.roster.dialog import MemberDialog
    from partydesk.gui.settings_dialog import SettingsDialog

    settings().setValue(LANGUAGE_KEY, language)
    from partydesk.gui import settings as gui_settings

    gui_i18n.install(gui_settings.language())
    try:
        window = make_window(demo_db)
        assert window.tabs.tabText(1) == roster_title
        dialog = MemberDialog(window, None)
        qtbot.addWidget(dialog)
        assert dialog.save_button.text() == save
        gender = dialog.gender.itemText(1)
        assert gender == ("Male" if language == "en" else "男")
        chooser = SettingsDialog(window)
        qtbot.addWidget(chooser)
        chooser.language.set_value("zh_CN" if language == "en" else "en")
        chooser.accept()
        assert gui_settings.language() == ("zh_CN" if language == "en" else "en")
    finally:
        gui_i18n.uninstall()


def test_each_dialog_gives_every_field_its_own_alt_key(window, qtbot, demo_db):
    for dialog in dialogs(window, demo_db):
        qtbot.addWidget(dialog)
        dialog.show()
        keys = []
        for widget in dialog.findChildren(QWidget):
            if isinstance(widget, (QLabel, QAbstractButton)) and widget.isVisibleTo(dialog):
                keys.extend(key.upper() for key in re.findall(r"&(\w)", MARKUP.sub("", widget.text())))
        duplicated = sorted({key for key in keys if keys.count(key) > 1})
        assert not duplicated, (type(dialog).__name__, duplicated)
        dialog.reject()


def test_the_window_has_no_clashing_alt_keys_on_any_tab(window, qtbot):
    from PySide6.QtWidgets import QToolButton

    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda: not window.busy, timeout=15_000)
        texts = [menu.title() for menu in window.menus.values()]
        texts += [window.tabs.tabText(i) for i in range(window.tabs.count())]
        texts += [
            w.text()
            for w in window.findChildren(QWidget)
            if isinstance(w, (QLabel, QAbstractButton)) and not isinstance(w, QToolButton) and w.isVisibleTo(window)
        ]
        keys = [key.upper() for text in texts for key in re.findall(r"&(\w)", MARKUP.sub("", text))]
        duplicated = sorted({key for key in keys if keys.count(key) > 1})
        assert not duplicated, (window.tabs.tabText(index), duplicated)
