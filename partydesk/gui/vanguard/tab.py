"""The 先锋模范 tab: one year and branch chosen above three pages (honours, points, appraisal)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from partydesk.gui.operations import Topic
from partydesk.gui.vanguard.appraisal import AppraisalPage
from partydesk.gui.vanguard.honours import HonoursPage
from partydesk.gui.vanguard.points import PointsPage
from partydesk.gui.widgets.choices import ChoiceBox, fill_branches
from partydesk.services import offices

TOPICS = {Topic.VANGUARD, Topic.MEMBERS, Topic.ATTENDANCE, Topic.ACTIVITIES, Topic.SERVICES, Topic.TALKS,
          Topic.SETTINGS, Topic.ALL}


class VanguardTab(QWidget):
    """Pages load when first shown and reload when a topic they show changes."""

    def __init__(self, window, today: date | None = None):
        super().__init__(window)
        self.main, self.db = window, window.db
        self.today = today or date.today()
        self.setObjectName("vanguardTab")
        self.year_box = ChoiceBox(self)
        self.year_box.setObjectName("vanguardYear")
        for year in range(self.today.year + 1, self.today.year - 8, -1):
            self.year_box.add(str(year), year)
        self.year_box.set_value(self.today.year)
        self.branch_box = ChoiceBox(self)
        self.branch_box.setObjectName("vanguardBranch")
        fill_branches(self.branch_box, offices.list_branches(self.db), any_text=self.tr("Whole office"))
        self.pages = QTabWidget(self)
        self.pages.setObjectName("vanguardPages")
        self.honours = HonoursPage(self)
        self.points = PointsPage(self)
        self.appraisal = AppraisalPage(self)
        self.pages.addTab(self.honours, self.tr("Honours and exemplars"))
        self.pages.addTab(self.points, self.tr("Points"))
        self.pages.addTab(self.appraisal, self.tr("Democratic appraisal"))
        top = QHBoxLayout()
        for caption, box in ((self.tr("Year"), self.year_box), (self.tr("Branch"), self.branch_box)):
            label = QLabel(caption, self)
            label.setBuddy(box)
            top.addWidget(label)
            top.addWidget(box)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        self.stale = {self.honours, self.points, self.appraisal}
        self.year_box.currentIndexChanged.connect(self.reload_all)
        self.branch_box.currentIndexChanged.connect(self.reload_all)
        self.pages.currentChanged.connect(lambda _index: self._load_current())

    def year(self) -> int:
        return self.year_box.value() or self.today.year

    def branch(self) -> str | None:
        return self.branch_box.value()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self._load_current()

    def reload_all(self) -> None:
        self.stale = {self.honours, self.points, self.appraisal}
        self._load_current()

    def _load_current(self) -> None:
        current = self.pages.currentWidget()
        if current is self.appraisal and self.appraisal.model.marks():
            return  # unsaved grades stay on screen; saving reloads the sheet
        for page in (self.honours, self.points, self.appraisal):
            if page is current and page in self.stale and self.isVisible():
                self.stale.discard(page)
                page.refresh()

    def on_changed(self, topics: set) -> None:
        if topics & TOPICS:
            self.reload_all()
