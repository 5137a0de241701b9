"""Roster tab (花名册): SQL-side search, filters by branch / group / status, recycle bin."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QPushButton

from partydesk.domain.enums import MemberStatus
from partydesk.gui.operations import Topic
from partydesk.gui.widgets.choices import ChoiceBox, fill_branches
from partydesk.gui.widgets.record_tab import RecordTab
from partydesk.gui.widgets.table import Column
from partydesk.i18n import QT_TRANSLATE_NOOP
from partydesk.services import offices, roster

ON_ROSTER = "on_roster"
EVERYONE = "everyone"

COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda r: r.name, "name"),
    Column(QT_TRANSLATE_NOOP("Columns", "Gender"), lambda r: r.gender, "gender"),
    Column(QT_TRANSLATE_NOOP("Columns", "Birth date"), lambda r: r.birth_date, "birth_date"),
    Column(QT_TRANSLATE_NOOP("Columns", "Resident ID"), lambda r: r.resident_id_masked),
    Column(QT_TRANSLATE_NOOP("Columns", "Phone"), lambda r: r.phone_masked),
    Column(QT_TRANSLATE_NOOP("Columns", "Branch"), lambda r: r.branch_name, "branch"),
    Column(QT_TRANSLATE_NOOP("Columns", "Party group"), lambda r: r.group_name, "group"),
    Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: r.status, "status"),
    Column(QT_TRANSLATE_NOOP("Columns", "Branch role"), lambda r: r.branch_role),
    Column(QT_TRANSLATE_NOOP("Columns", "Joined"), lambda r: r.joined_on, "joined_on"),
    Column(QT_TRANSLATE_NOOP("Columns", "Full member since"), lambda r: r.full_on, "full_on"),
    Column(QT_TRANSLATE_NOOP("Columns", "Job / post"), lambda r: r.post, "post"),
    Column(QT_TRANSLATE_NOOP("Columns", "Flowing"), lambda r: r.is_flowing),
)


class RosterTab(RecordTab):
    topics = (Topic.MEMBERS,)
    record_topic = Topic.MEMBERS
    default_sort = "roster"

    def __init__(self, window):
        self.status_button = None
        super().__init__(window, "rosterTab", "rosterTable", "rosterSearch")
        self.search.setPlaceholderText(self.tr("Name, pinyin initials, phone or ID tail"))

    def build_filters(self) -> None:
        self.branch_box = self.add_filter(self.tr("Branch"), ChoiceBox(self))
        self.group_box = self.add_filter(self.tr("Group"), ChoiceBox(self))
        self.status_box = self.add_filter(self.tr("Status"), ChoiceBox(self))
        self.status_box.add(self.tr("On the roster"), ON_ROSTER)
        for status in MemberStatus:
            self.status_box.add(status.label(), status)
        self.status_box.add(self.tr("Everyone (incl. transferred out)"), EVERYONE)
        self.load_branches()
        self.branch_box.currentIndexChanged.connect(self._branch_changed)
        self.group_box.currentIndexChanged.connect(self.filter_changed)
        self.status_box.currentIndexChanged.connect(self.filter_changed)

    def columns(self):
        return COLUMNS

    def extra_buttons(self):
        self.status_button = QPushButton(self.tr("Change s&tatus…"), self)
        self.status_button.clicked.connect(self.change_status_current)
        return [self.status_button]

    def load_branches(self) -> None:
        fill_branches(self.branch_box, offices.list_branches(self.db), any_text=self.tr("All branches"))
        self._fill_groups()

    def _fill_groups(self) -> None:
        fill_branches(self.group_box, offices.list_groups(self.db, self.branch_box.value()),
                      any_text=self.tr("All groups"))

    def _branch_changed(self) -> None:
        self._fill_groups()
        self.filter_changed()

    def query(self) -> roster.MemberQuery:
        status = self.status_box.value()
        statuses = (status,) if isinstance(status, MemberStatus) else ()
        return roster.MemberQuery(
            search=self.search.text().strip(),
            branch_uuid=self.branch_box.value(),
            group_uuid=self.group_box.value(),
            statuses=statuses, on_roster_only=status == ON_ROSTER, deleted=self.in_bin,
        )

    def fetch(self, offset, limit, sort, descending):
        query = replace(self.base_query(), search=self.search.text().strip(), deleted=self.in_bin, offset=offset,
                        limit=limit, sort=sort or "roster", descending=descending)
        return roster.query_members(self.db, query)

    def show_filtered(self, *, branch_uuid: str | None = None, status: MemberStatus | None = None,
                      search: str = "") -> None:
        """Click-through from the overview: show the roster narrowed down."""
        self.bin_box.setChecked(False)
        self.override = None
        self.override_bar.hide()
        for box, value in ((self.branch_box, branch_uuid), (self.status_box, status or ON_ROSTER)):
            box.blockSignals(True)
            box.set_value(value)
            box.blockSignals(False)
        self._fill_groups()
        self.search.setText(search)
        self.search.flush()

    def on_changed(self, topics: set) -> None:
        if topics & {Topic.SETTINGS, Topic.ALL}:
            self.load_branches()
        super().on_changed(topics)

    # -- actions -------------------------------------------------------------------------------
    def new_record(self) -> None:
        from partydesk.gui.roster.dialog import MemberDialog

        dialog = MemberDialog(self.main, None, branch_uuid=self.branch_box.value())
        if dialog.exec():
            self.show_saved(dialog.saved_uuid)

    def edit_record(self, uuid: str) -> None:
        from partydesk.gui.roster.dialog import MemberDialog

        MemberDialog(self.main, uuid).exec()

    def open_record(self, uuid: str) -> None:
        from partydesk.gui.roster.member_page import MemberPage

        MemberPage(self.main, uuid).exec()

    def change_status_current(self) -> None:
        from partydesk.gui.roster.status_dialog import StatusDialog

        uuid = self.current_uuid()
        if uuid and not self.in_bin:
            StatusDialog(self.main, uuid).exec()

    def _bin_toggled(self, on: bool) -> None:
        if self.status_button is not None:
            self.status_button.setEnabled(not on)
        super()._bin_toggled(on)

    def delete_record(self, uuid: str) -> None:
        roster.delete_member(self.db, uuid)

    def restore_record(self, uuid: str) -> None:
        roster.restore_member(self.db, uuid)
