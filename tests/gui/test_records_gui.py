"""Service practice, talks and attachments through their dialogs, the way a clerk uses them."""

from __future__ import annotations

import io
from datetime import date

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from partydesk.domain.actor import Actor
from partydesk.domain.enums import Role, ServiceCategory, TalkKind
from partydesk.gui.calendar.activity_dialog import ActivityDialog
from partydesk.gui.service.dialog import ServiceDialog
from partydesk.gui.talks.dialog import TalkDialog
from partydesk.gui.widgets.table import UUID_ROLE
from partydesk.services import attachments, service_log, talks
from partydesk.services.pinyin import initials


def test_a_service_entry_with_participants_picked_by_typing(window, qtbot, demo_db):
    window.tabs.setCurrentWidget(window.service_tab)
    member = window.roster_tab.model.rows[0]
    dialog = ServiceDialog(window, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.category.set_value(ServiceCategory.VOLUNTEER)
    dialog.title.setText("楼道清洁")
    dialog.accept()
    assert dialog.result() == 0
    error = dialog.form.errors["member"]
    assert error.isVisibleTo(dialog) and "参与党员" in error.text()
    picker = dialog.participants
    qtbot.keyClicks(picker.search, initials(member.name))
    qtbot.keyClick(picker.search, Qt.Key_Return)
    assert dialog.result() == 0  # Enter picked a member, it did not save the dialog
    assert member.uuid in picker.uuids()
    dialog.accept()
    assert dialog.result() == 1
    entry = service_log.get_entry(demo_db, dialog.uuid)
    assert entry.category is ServiceCategory.VOLUNTEER and [p.member_uuid for p in entry.participants] == [member.uuid]
    tab = window.service_tab
    tab.show_member(member.uuid, member.name)
    assert dialog.uuid in [row.uuid for row in tab.model.rows]
    assert tab.model.total == service_log.query_entries(
        demo_db, service_log.ServiceQuery(member_uuid=member.uuid)).total


def test_confidential_talks_show_as_confidential_to_a_clerk(window, qtbot, demo_db):
    member = window.roster_tab.model.rows[1]
    uuid = talks.create_talk(demo_db, talks.TalkInput(TalkKind.ADMONISHMENT, date.today(), member.uuid,
                                                      talker_name="书记", summary="诫勉内容",
                                                      follow_up_due=date.today()))
    demo_db.actor = Actor("clerk", Role.CLERK)
    window.tabs.setCurrentWidget(window.talks_tab)
    tab = window.talks_tab
    tab.refresh()
    row = tab.model.row_of(uuid)
    summary_column = len(tab.model.columns) - 1
    assert tab.model.index(row, summary_column).data() == "「保密」"
    dialog = TalkDialog(window, uuid)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.summary.isEnabled() and dialog.summary.toPlainText() == ""
    assert any("保密" in label.text() for label in dialog.findChildren(QLabel))
    dialog.done_on.set_value(date.today())
    dialog.accept()
    assert dialog.result() == 1
    assert talks.get_talk(demo_db, uuid).follow_up_done == date.today()


def test_overdue_follow_ups_are_highlighted(window, qtbot):
    window.tabs.setCurrentWidget(window.talks_tab)
    tab = window.talks_tab
    tab.show_overdue()
    assert tab.model.total > 0
    assert tab.model.index(0, 0).data(Qt.BackgroundRole) is not None
    assert tab.model.index(0, 0).data(UUID_ROLE) == tab.model.rows[0].uuid


def test_pictures_added_in_the_activity_dialog_are_stored_shrunk(window, qtbot, demo_db, tmp_path):
    photo = tmp_path / "现场照片.jpg"
    Image.new("RGB", (3000, 2000), (180, 20, 30)).save(photo)
    not_a_picture = tmp_path / "说明.txt"
    not_a_picture.write_text("x")
    dialog = ActivityDialog(window, None)
    qtbot.addWidget(dialog)
    dialog.title.setText("主题党日活动")
    assert dialog.attachments.add_paths([photo, not_a_picture]) == 1
    assert dialog.attachments.list.count() == 1
    dialog.accept()
    assert dialog.result() == 1
    [stored] = attachments.list_attachments(demo_db, "activity", dialog.uuid)
    assert stored.filename == "现场照片.jpg" and max(stored.width, stored.height) == 2000
    image = Image.open(io.BytesIO(attachments.get_image(demo_db, stored.uuid)))
    assert image.format == "JPEG"
    again = ActivityDialog(window, dialog.uuid)
    qtbot.addWidget(again)
    assert again.attachments.list.count() == 1
