"""The publicity log: every poster saved, newest first, by year (paged by the database)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout

from partydesk.gui.publicity import buddy_label
from partydesk.gui.widgets.choices import ChoiceBox
from partydesk.gui.widgets.table import Column, PagedTableModel, RecordTable
from partydesk.i18n import QT_TRANSLATE_NOOP
from partydesk.services import publicity

COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Columns", "Made"), lambda r: r.made_at.strftime("%Y-%m-%d %H:%M")),
    Column(QT_TRANSLATE_NOOP("Columns", "By"), lambda r: r.made_by),
    Column(QT_TRANSLATE_NOOP("Columns", "From"), lambda r: r.source_kind),
    Column(QT_TRANSLATE_NOOP("Columns", "Channel"), lambda r: r.channel),
    Column(QT_TRANSLATE_NOOP("Columns", "Title"), lambda r: r.title),
)


class PublicityLogDialog(QDialog):
    def __init__(self, window, today: date | None = None):
        super().__init__(window)
        self.db = window.db
        self.today = today or date.today()
        self.setObjectName("publicityLog")
        self.setWindowTitle(self.tr("Publicity log"))
        self.resize(820, 480)
        self.year_box = ChoiceBox(self)
        self.year_box.add(self.tr("All years"), None)
        for year in range(self.today.year, self.today.year - 8, -1):
            self.year_box.add(str(year), year)
        self.year_box.set_value(self.today.year)
        self.year_box.currentIndexChanged.connect(lambda _index: self.model.reload())
        self.count = QLabel(self)
        self.table = RecordTable("publicityLogTable", self)
        self.model: PagedTableModel = PagedTableModel(COLUMNS, self.fetch, self)
        self.model.reloaded.connect(lambda total: self.count.setText(self.tr("%1 posts").replace("%1", str(total))))
        self.table.setModel(self.model)
        top = QHBoxLayout()
        top.addWidget(buddy_label(self.tr("&Year:"), self.year_box))
        top.addWidget(self.year_box)
        top.addStretch(1)
        top.addWidget(self.count)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.model.reload()

    def fetch(self, offset: int, limit: int, sort: str, descending: bool):
        return publicity.log_page(self.db, self.year_box.value(), offset, limit)
