"""The 党费 grid kept from the keyboard, the overview's 提醒 panel and each of its answers, the member badge."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QLabel, QPushButton

from partydesk.domain.enums import TalkKind
from partydesk.gui.dues import answers as answer_dialogs
from partydesk.gui.dues import dialogs as dues_dialogs
from partydesk.gui.dues.model import FIRST_MONTH
from partydesk.services import dues, reminders, talks

TODAY = date(2026, 12, 6)


@pytest.fixture
def dues_tab(window, qtbot):
    tab = window.dues_tab
    tab.today = TODAY
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: not window.busy and tab.loaded, timeout=15_000)
    return tab


def reload_done(window, tab, qtbot):
    qtbot.waitUntil(lambda: not window.busy and not tab.stale, timeout=15_000)


def test_space_marks_the_month_paid_for_every_selected_member(window, dues_tab, qtbot, demo_db):
    tab, view = dues_tab, dues_tab.view
    column = FIRST_MONTH + 10  # November: not paid by anyone in the demo (it was judged on 26 November)
    rows = [0, 1, 2]
    uuids = [tab.model.rows[r].member_uuid for r in rows]
    view.setCurrentIndex(tab.model.index(rows[0], column))
    for r in rows:
        view.selectionModel().select(tab.model.index(r, column), QItemSelectionModel.Select)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key_Space)
    qtbot.waitUntil(lambda: not window.busy and all(
        tab.model.rows[r].cells[10].paid is not None for r in rows), timeout=15_000)
    ledger = {r.member_uuid: r for r in dues.ledger(demo_db, 2026, tab.branch_box.value(), TODAY)}
    assert all(ledger[u].cells[10].paid == ledger[u].monthly for u in uuids)
    assert "owed" not in (tab.model.data(tab.model.index(0, column)) or "")


def test_enter_records_one_payment_with_its_receipt_and_delete_cancels_it(window, dues_tab, qtbot, demo_db,
                                                                           monkeypatch, answer_yes):
    tab, view = dues_tab, dues_tab.view
    column = FIRST_MONTH + 10

    def fill_and_save(dialog):
        dialog.receipt.setText("NO-1126")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(dues_dialogs.PaymentDialog, "exec", fill_and_save)
    view.setCurrentIndex(tab.model.index(3, column))
    view.setFocus()
    member = tab.model.rows[3].member_uuid
    qtbot.keyClick(view, Qt.Key_Return)
    qtbot.waitUntil(lambda: not window.busy and tab.model.rows[3].cells[10].receipt_no == "NO-1126", timeout=15_000)
    view.setCurrentIndex(tab.model.index(3, column))
    qtbot.keyClick(view, Qt.Key_Delete)
    qtbot.waitUntil(lambda: not window.busy and tab.model.rows[3].cells[10].paid is None, timeout=15_000)
    row = next(r for r in dues.ledger(demo_db, 2026, None, TODAY) if r.member_uuid == member)
    assert row.cells[10].paid is None


def test_the_grid_shows_arrears_and_the_yearly_totals_per_branch(dues_tab):
    tab = dues_tab
    assert tab.summary.text().count("\n") + 1 == len(tab.totals) >= 2
    owing = [r for r in tab.model.rows if r.unpaid_months]
    assert owing and owing[0].name in tab.arrears.text()
    first_owed = int(owing[0].unpaid_months[0][5:])
    index = tab.model.index(tab.model.rows.index(owing[0]), FIRST_MONTH + first_owed - 1)
    assert tab.model.is_owed(index)


@pytest.fixture
def panel(window, qtbot, demo_db):
    """The overview's reminder panel judged on TODAY, with a member paid up to April: 7 months behind, level 3."""
    row = next(r for r in dues.ledger(demo_db, 2026, None, TODAY)
               if r.unpaid_months == ("2026-11",) and r.cells[0].paid is not None)
    for month in range(5, 11):
        dues.cancel_payment(demo_db, row.cells[month - 1].payment_uuid)
    window.dashboard_tab.today = TODAY
    window.tabs.setCurrentWidget(window.dashboard_tab)
    panel = window.dashboard_tab.reminder_panel
    panel.today = TODAY
    panel.load()
    qtbot.waitUntil(lambda: not window.busy and panel.loaded, timeout=15_000)
    panel.row_member = row.member_uuid
    return panel


def select_member(panel, qtbot, uuid: str) -> reminders.Reminder:
    row = next(i for i, r in enumerate(panel.model.rows) if r.member_uuid == uuid and r.kind.value == "dues_arrears")
    panel.view.selectRow(row)
    panel.view.setFocus()
    return panel.model.rows[row]


def gone(window, panel, reminder) -> bool:
    return not window.busy and all((r.member_uuid, r.kind) != (reminder.member_uuid, reminder.kind)
                                   for r in panel.model.rows)


def test_the_panel_counts_reminders_per_kind_and_level(panel):
    assert "连续未交纳党费" in panel.counts.text()
    reminder = next(r for r in panel.model.rows if r.member_uuid == panel.row_member)
    assert reminder.level == 3 and reminder.months == 7


def test_t_answers_with_a_prefilled_reminder_talk(window, panel, qtbot, demo_db, monkeypatch):
    reminder = select_member(panel, qtbot, panel.row_member)
    seen = {}

    def fill_and_save(dialog):
        seen["summary"] = dialog.summary.toPlainText()
        seen["kind"] = dialog.kind.value()
        dialog.talker.setText("李书记")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(answer_dialogs.ReminderTalkDialog, "exec", fill_and_save)
    qtbot.keyClick(panel.view, Qt.Key_T)
    qtbot.waitUntil(lambda: gone(window, panel, reminder), timeout=15_000)
    assert seen["kind"] is TalkKind.REMINDER and reminder.evidence in seen["summary"]
    found = talks.query_talks(demo_db, talks.TalkQuery(member_uuid=reminder.member_uuid, kinds=(TalkKind.REMINDER,)))
    assert found.total >= 1


def test_j_records_a_justification_until_a_date(window, panel, qtbot, monkeypatch):
    reminder = select_member(panel, qtbot, panel.row_member)

    def fill_and_save(dialog):
        dialog.note.setText("外出务工")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(answer_dialogs.JustifyDialog, "exec", fill_and_save)
    qtbot.keyClick(panel.view, Qt.Key_J)
    qtbot.waitUntil(lambda: gone(window, panel, reminder), timeout=15_000)


def test_d_dismisses_only_with_a_note(window, panel, qtbot, monkeypatch):
    reminder = select_member(panel, qtbot, panel.row_member)
    attempts = []

    def save_empty_then_with_note(dialog):
        dialog.accept()
        attempts.append(dialog.result())
        dialog.note.setText("已电话联系")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(answer_dialogs.DismissDialog, "exec", save_empty_then_with_note)
    qtbot.keyClick(panel.view, Qt.Key_D)
    qtbot.waitUntil(lambda: gone(window, panel, reminder), timeout=15_000)
    assert attempts == [0]


def test_the_member_page_shows_a_reminder_badge(window, panel, qtbot):
    from partydesk.gui.roster.member_page import MemberPage

    page = MemberPage(window, panel.row_member, 2026, TODAY)
    qtbot.addWidget(page)
    badge = page.findChild(QLabel, "reminderBadge")
    assert badge is not None and "连续未交纳党费" in badge.text()


def test_the_dues_dialogs_are_in_chinese_with_one_alt_key_per_field(window, dues_tab, qtbot, demo_db):
    import re

    from PySide6.QtWidgets import QAbstractButton, QWidget

    from tests.gui.test_language_gui import MARKUP, assert_all_chinese

    row = dues_tab.model.rows[0]
    reminder = reminders.reminders(demo_db, TODAY)[0]
    for dialog in (dues_dialogs.PaymentDialog(window, row, 2026, 11, TODAY), dues_dialogs.BaseDialog(window, row, 2026),
                   answer_dialogs.JustifyDialog(window, reminder, TODAY),
                   answer_dialogs.DismissDialog(window, reminder, TODAY)):
        qtbot.addWidget(dialog)
        dialog.show()
        assert_all_chinese(dialog)
        keys = [key.upper() for w in dialog.findChildren(QWidget) if isinstance(w, (QLabel, QAbstractButton))
                and w.isVisibleTo(dialog)
                for key in re.findall(r"&(\w)", MARKUP.sub("", w.text()))]
        assert len(keys) == len(set(keys)), (type(dialog).__name__, keys)
        dialog.reject()


def test_the_register_and_the_reminder_list_open_in_the_preview(window, dues_tab, qtbot, monkeypatch):
    from partydesk.gui.reports.actions import ReportActions

    shown = []
    monkeypatch.setattr(ReportActions, "preview", lambda self, title, result: shown.append((title, result[1],
                                                                                             result[0][:4])))
    dues_tab.view.setCurrentIndex(dues_tab.model.index(0, FIRST_MONTH + 9))
    dues_tab.print_register()
    qtbot.waitUntil(lambda: not window.busy and len(shown) == 1, timeout=30_000)
    dues_tab.print_publicity()
    qtbot.waitUntil(lambda: not window.busy and len(shown) == 2, timeout=30_000)
    window.tabs.setCurrentWidget(window.dashboard_tab)
    panel = window.dashboard_tab.reminder_panel
    panel.findChild(QPushButton, "printReminders").click()
    qtbot.waitUntil(lambda: not window.busy and len(shown) == 3, timeout=30_000)
    assert [name for _, name, _ in shown] == ["党费收缴登记表-2026-10.pdf", "党费收缴情况公示-2026.pdf",
                                              f"提醒清单_{panel.today.isoformat()}.pdf"]
    assert all(head == b"%PDF" for _, _, head in shown)
