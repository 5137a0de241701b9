"""The overview's 先锋模范 box: honours this year, members under the base, appraisal progress per branch."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QWidget

from partydesk.gui.dashboard.widgets import Tile
from partydesk.services import vanguard


class VanguardBox(QGroupBox):
    """Loads its figures in a worker; a tile opens the 先锋模范 tab."""

    def __init__(self, main, parent: QWidget | None = None):
        super().__init__(parent)
        self.main = main
        self.setObjectName("vanguardOverview")
        self.setTitle(self.tr("Vanguard"))
        self.honours_tile = Tile(self.tr("honours this year"), self)
        self.below_tile = Tile(self.tr("members under the base points"), self, alert=True)
        self.appraisal_tile = Tile(self.tr("graded in the democratic appraisal"), self)
        self.progress = QLabel(self)
        self.progress.setObjectName("appraisalProgress")
        self.progress.setWordWrap(True)
        grid = QGridLayout(self)
        for column, tile in enumerate((self.honours_tile, self.below_tile, self.appraisal_tile)):
            grid.addWidget(tile, 0, column)
            tile.clicked.connect(lambda _checked=False, page=column: self._open(page))
        grid.addWidget(self.progress, 1, 0, 1, 3)

    def load(self, year: int) -> None:
        self.main.operations.read(lambda: vanguard.vanguard_overview(self.main.db, year), self.show_data)

    def show_data(self, data: vanguard.VanguardOverview) -> None:
        self.data = data
        self.honours_tile.set_value(str(data.honours))
        self.below_tile.set_value(str(data.below_base), self.tr("of %1").replace("%1", str(data.members)))
        graded = sum(p.graded for p in data.progress)
        gradable = sum(p.gradable for p in data.progress)
        self.appraisal_tile.set_value(f"{graded}/{gradable}", str(data.appraisal_year))
        self.progress.setText("；".join(f"{p.branch_name} {p.graded}/{p.gradable}" for p in data.progress))

    def _open(self, page: int) -> None:
        tab = self.main.vanguard_tab
        self.main.tabs.setCurrentWidget(tab)
        if page == 2:
            tab.year_box.set_value(self.data.appraisal_year)
        tab.pages.setCurrentIndex(page)
