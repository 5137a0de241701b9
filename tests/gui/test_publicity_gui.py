"""生成宣传图 from the calendar, the consent register on the member page, 可公开 ticks and the publicity log."""

from __future__ import annotations

from datetime import date

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from partydesk.domain.enums import ActivityState
from partydesk.gui.calendar.activity_dialog import ActivityDialog
from partydesk.gui.publicity.consent import ConsentPanel
from partydesk.gui.publicity.dialog import PosterDialog
from partydesk.gui.publicity.log_view import PublicityLogDialog
from partydesk.gui.roster.member_page import MemberPage
from partydesk.services import attachments, calendar, publicity
from partydesk.services.publicity import Channel, PosterTemplate, SourceKind, SourceRef

TODAY = date(2026, 12, 6)


def held_activity(db) -> str:
    return calendar.query_activities(db, calendar.ActivityQuery(states=(ActivityState.HELD,), limit=1)).rows[0].uuid


def drawn(dialog, qtbot) -> None:
    qtbot.waitUntil(lambda: dialog.prepared is not None and dialog.save_button.isEnabled(), timeout=20_000)


def test_a_poster_is_previewed_at_real_size_saved_logged_and_its_text_copied(window, qtbot, demo_db, tmp_path):
    dialog = PosterDialog(window, SourceRef(SourceKind.ACTIVITY, held_activity(demo_db)), today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    drawn(dialog, qtbot)
    dialog.zoom_box.setCurrentIndex(dialog.zoom_box.findData(100))
    assert dialog.labels[0].pixmap().width() == 1080 and dialog.labels[1].pixmap().size().toTuple() == (900, 383)
    dialog.prepared = None
    dialog.template_box.set_value(PosterTemplate.PLAIN)
    drawn(dialog, qtbot)
    assert dialog.prepared.template is PosterTemplate.PLAIN
    dialog.channel_box.set_value(Channel.NOTICE_BOARD)
    dialog.choose_folder = lambda: str(tmp_path)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved_to is not None, timeout=20_000)
    assert Image.open(dialog.saved_to / "thumb.png").size == (500, 500)
    assert QGuiApplication.clipboard().text() == dialog.prepared.copy.as_text()
    [row] = publicity.publicity_log(demo_db)
    assert row.channel is Channel.NOTICE_BOARD
    log = PublicityLogDialog(window, TODAY)
    qtbot.addWidget(log)
    assert log.model.rowCount() == 1 and log.model.row_cells(0)[0][3] == "宣传栏"


def test_the_calendar_button_opens_the_poster_of_the_selected_activity(window, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(PosterDialog, "exec", lambda self: opened.append(self.ref))
    window.tabs.setCurrentWidget(window.calendar_tab)
    qtbot.waitUntil(lambda: not window.busy, timeout=10_000)
    tab = window.calendar_tab
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.findChild(type(tab.new_button), "posterButton"), Qt.LeftButton)
    assert opened and opened[0].kind is SourceKind.ACTIVITY and opened[0].uuid == tab.current_uuid()
    qtbot.waitUntil(lambda: not window.busy, timeout=20_000)


def test_consent_recorded_on_the_member_page_withdraws_the_previous_one(window, qtbot, demo_db):
    member = window.roster_tab.model.rows[0].uuid
    page = MemberPage(window, member, today=TODAY)
    qtbot.addWidget(page)
    panel = page.findChild(ConsentPanel, "consentPanel")
    before = len(publicity.consent_history(demo_db, member))
    panel.name_box.setChecked(False)
    panel.photo_box.setChecked(True)
    panel.on_date.set_value(TODAY)
    panel.record()
    qtbot.waitUntil(lambda: len(publicity.consent_history(demo_db, member)) == before + 1, timeout=10_000)
    assert publicity.current_consent(demo_db, member) == publicity.Consent(name=False, photo=True)
    qtbot.waitUntil(lambda: panel.table.rowCount() == before + 1, timeout=10_000)
    assert "不同意" in panel.current.text()


def test_a_picture_ticked_public_in_the_activity_dialog_is_stored_public(window, qtbot, demo_db, tmp_path):
    photo = tmp_path / "合影.jpg"
    Image.new("RGB", (1200, 900), (180, 20, 30)).save(photo)
    activity = held_activity(demo_db)
    dialog = ActivityDialog(window, activity)
    qtbot.addWidget(dialog)
    dialog.attachments.add_paths([photo])
    dialog.attachments.list.item(dialog.attachments.list.count() - 1).setCheckState(Qt.Checked)
    dialog.accept()
    [stored] = [a for a in attachments.list_attachments(demo_db, "activity", activity) if a.filename == "合影.jpg"]
    assert stored.is_public
    again = ActivityDialog(window, activity)
    qtbot.addWidget(again)
    again.attachments.list.item(again.attachments.list.count() - 1).setCheckState(Qt.Unchecked)
    again.accept()
    assert not attachments.list_attachments(demo_db, "activity", activity)[-1].is_public
