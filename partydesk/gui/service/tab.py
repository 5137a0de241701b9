"""Service practice list: filter by year, category and member; SQL does the work."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QPushButton

from partydesk.domain.enums import ServiceCategory
from partydesk.gui.operations import Topic
from partydesk.gui.widgets.choices import ChoiceBox, enum_box
from partydesk.gui.widgets.record_tab import RecordTab
from partydesk.gui.widgets.table import Column
from partydesk.i18n import QT_TRANSLATE_NOOP
from partydesk.services import service_log

COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Columns", "Date"), lambda r: r.on_date, "date"),
    Column(QT_TRANSLATE_NOOP("Columns", "Category"), lambda r: r.category, "category"),
    Column(QT_TRANSLATE_NOOP("Columns", "Title"), lambda r: r.title, "title"),
    Column(QT_TRANSLATE_NOOP("Columns", "Branch"), lambda r: r.branch_name, "branch"),
    Column(QT_TRANSLATE_NOOP("Columns", "Place"), lambda r: r.place),
    Column(QT_TRANSLATE_NOOP("Columns", "Time spent (h)"), lambda r: r.hours, "hours", numeric=True),
    Column(QT_TRANSLATE_NOOP("Columns", "People served"), lambda r: r.people_served, "people_served", numeric=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Participants"), lambda r: r.participant_names),
    Column(QT_TRANSLATE_NOOP("Columns", "Outcome"), lambda r: r.outcome.replace("\n", " ")[:80]),
)


class ServiceTab(RecordTab):
    topics = (Topic.SERVICES, Topic.MEMBERS)
    record_topic = Topic.SERVICES
    default_sort = "date"

    def __init__(self, window, today: date | None = None):
        self.today = today or date.today()
        self.member_uuid: str | None = None
        super().__init__(window, "serviceTab", "serviceTable", "serviceSearch")
        self.model.descending = self.model.default_descending = True
        self.search.setPlaceholderText(self.tr("Title, place or description"))

    def build_filters(self) -> None:
        self.year_box = self.add_filter(self.tr("Year"), ChoiceBox(self))
        self.year_box.add(self.tr("All years"), None)
        for year in range(self.today.year + 1, self.today.year - 8, -1):
            self.year_box.add(str(year), year)
        self.year_box.set_value(self.today.year)
        self.category_box = self.add_filter(self.tr("Category"),
                                            enum_box(ServiceCategory, any_text=self.tr("All categories")))
        self.member_button = QPushButton(self.tr("By &member…"), self)
        self.member_button.clicked.connect(self.pick_member)
        self.filters.addWidget(self.member_button)
        for box in (self.year_box, self.category_box):
            box.currentIndexChanged.connect(self.filter_changed)

    def columns(self):
        return COLUMNS

    def extra_buttons(self):
        self.poster_button = QPushButton(self.tr("&Generate poster…"), self)
        self.poster_button.setObjectName("posterButton")
        self.poster_button.clicked.connect(self.open_poster)
        return [self.poster_button]

    def open_poster(self) -> None:
        from partydesk.gui.publicity.actions import open_poster
        from partydesk.services.publicity import SourceKind

        open_poster(self.main, SourceKind.SERVICE, None if self.in_bin else self.current_uuid())

    def query(self) -> service_log.ServiceQuery:
        category = self.category_box.value()
        return service_log.ServiceQuery(
            search=self.search.text().strip(),
            year=self.year_box.value(),
            categories=(category,) if category else (),
            deleted=self.in_bin,
        )

    def fetch(self, offset, limit, sort, descending):
        query = replace(self.base_query(), search=self.search.text().strip(), deleted=self.in_bin, offset=offset,
                        limit=limit, sort=sort, descending=descending)
        return service_log.query_entries(self.db, query)

    def show_member(self, member_uuid: str, name: str) -> None:
        """Entries one member took part in, any year."""
        self.show_query(service_log.ServiceQuery(member_uuid=member_uuid),
                        self.tr("service practice of %1").replace("%1", name))

    def pick_member(self) -> None:
        from partydesk.gui.widgets.member_picker import PickMemberDialog

        dialog = PickMemberDialog(self.db, self)
        if dialog.exec() and dialog.picked:
            self.show_member(*dialog.picked)

    def new_record(self) -> None:
        from partydesk.gui.service.dialog import ServiceDialog

        dialog = ServiceDialog(self.main, None)
        if dialog.exec():
            self.show_saved(dialog.uuid)

    def edit_record(self, uuid: str) -> None:
        from partydesk.gui.service.dialog import ServiceDialog

        ServiceDialog(self.main, uuid).exec()

    def delete_record(self, uuid: str) -> None:
        service_log.delete_entry(self.db, uuid)

    def restore_record(self, uuid: str) -> None:
        service_log.restore_entry(self.db, uuid)
