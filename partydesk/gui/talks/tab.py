"""Talk records: overdue follow-ups in red, confidential content shown as 「保密」 to roles that cannot read it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QPushButton

from partydesk.domain.enums import TalkKind
from partydesk.gui.operations import Topic
from partydesk.gui.widgets.choices import ChoiceBox, enum_box
from partydesk.gui.widgets.record_tab import RecordTab
from partydesk.gui.widgets.table import Column
from partydesk.i18n import QT_TRANSLATE_NOOP, translate
from partydesk.services import talks

CONFIDENTIAL = QT_TRANSLATE_NOOP("Columns", "Confidential")
OVERDUE = QColor("#fde2e2")


def _summary(row) -> str:
    if row.content_hidden:
        return "「" + translate("Columns", CONFIDENTIAL) + "」"
    return row.summary.replace("\n", " ")[:80]


COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Columns", "Date"), lambda r: r.on_date, "date"),
    Column(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda r: r.kind, "kind"),
    Column(QT_TRANSLATE_NOOP("Columns", "Member"), lambda r: r.member_name, "member"),
    Column(QT_TRANSLATE_NOOP("Columns", "Branch"), lambda r: r.branch_name),
    Column(QT_TRANSLATE_NOOP("Columns", "Talker"), lambda r: r.talker),
    Column(QT_TRANSLATE_NOOP("Columns", "Follow-up due"), lambda r: r.follow_up_due, "follow_up_due"),
    Column(QT_TRANSLATE_NOOP("Columns", "Follow-up done"), lambda r: r.follow_up_done),
    Column(CONFIDENTIAL, lambda r: r.confidential),
    Column(QT_TRANSLATE_NOOP("Columns", "Summary"), _summary),
)


class TalksTab(RecordTab):
    topics = (Topic.TALKS, Topic.MEMBERS)
    record_topic = Topic.TALKS
    default_sort = "date"

    def __init__(self, window, today: date | None = None):
        self.today = today or date.today()
        self.done_button = None
        super().__init__(window, "talksTab", "talksTable", "talksSearch")
        self.model.descending = self.model.default_descending = True
        self.model.highlight = lambda row: OVERDUE if row.overdue else None
        self.search.setPlaceholderText(self.tr("Member or talker name"))

    def build_filters(self) -> None:
        self.year_box = self.add_filter(self.tr("Year"), ChoiceBox(self))
        self.year_box.add(self.tr("All years"), None)
        for year in range(self.today.year + 1, self.today.year - 8, -1):
            self.year_box.add(str(year), year)
        self.year_box.set_value(self.today.year)
        self.kind_box = self.add_filter(self.tr("Kind"), enum_box(TalkKind, any_text=self.tr("All kinds")))
        self.overdue_box = QCheckBox(self.tr("&Overdue follow-ups only"), self)
        self.filters.addWidget(self.overdue_box)
        self.member_uuid: str | None = None
        for box in (self.year_box, self.kind_box):
            box.currentIndexChanged.connect(self.filter_changed)
        self.overdue_box.toggled.connect(self._overdue_toggled)

    def columns(self):
        return COLUMNS

    def extra_buttons(self):
        self.done_button = QPushButton(self.tr("Follow-up &done…"), self)
        self.done_button.clicked.connect(self.complete_current)
        return [self.done_button]

    def _overdue_toggled(self, on: bool) -> None:
        if on:
            self.year_box.set_value(None)
        self.refresh()

    def query(self) -> talks.TalkQuery:
        kind = self.kind_box.value()
        overdue = self.overdue_box.isChecked()
        return talks.TalkQuery(
            search=self.search.text().strip(),
            year=self.year_box.value(),
            kinds=(kind,) if kind else (), overdue_on=self.today if overdue else None,
            member_uuid=self.member_uuid, deleted=self.in_bin,
        )

    def fetch(self, offset, limit, sort, descending):
        query = replace(self.query(), offset=offset, limit=limit, sort=sort, descending=descending)
        return talks.query_talks(self.db, query, self.today)

    def show_overdue(self) -> None:
        self.bin_box.setChecked(False)
        self.overdue_box.setChecked(True)

    def _bin_toggled(self, on: bool) -> None:
        if self.done_button is not None:
            self.done_button.setEnabled(not on)
        super()._bin_toggled(on)

    def new_record(self) -> None:
        from partydesk.gui.talks.dialog import TalkDialog

        dialog = TalkDialog(self.main, None)
        if dialog.exec():
            self.show_saved(dialog.uuid)

    def edit_record(self, uuid: str) -> None:
        from partydesk.gui.talks.dialog import TalkDialog

        TalkDialog(self.main, uuid).exec()

    def complete_current(self) -> None:
        from partydesk.gui.talks.dialog import FollowUpDoneDialog

        uuid = self.current_uuid()
        if uuid and not self.in_bin:
            FollowUpDoneDialog(self.main, uuid, self.today).exec()

    def delete_record(self, uuid: str) -> None:
        talks.delete_talk(self.db, uuid)

    def restore_record(self, uuid: str) -> None:
        talks.restore_talk(self.db, uuid)

