"""积分: members × quarter with totals and stars; Enter opens the entries behind a member's number."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from partydesk.domain.vanguard import quarter_end, star_text
from partydesk.gui.operations import Topic
from partydesk.gui.widgets.choices import ChoiceBox
from partydesk.gui.widgets.dates import DateEdit
from partydesk.gui.widgets.dialog import RecordDialog, line
from partydesk.gui.widgets.member_picker import MemberPicker
from partydesk.gui.widgets.quarters import quarter_box, quarter_label
from partydesk.gui.widgets.search import SearchBox
from partydesk.gui.widgets.table import Column, PagedTableModel, RecordTable, list_table
from partydesk.i18n import QT_TRANSLATE_NOOP
from partydesk.services import vanguard


def _quarter(index: int):
    """A quarter's change; blank for quarters after the one chosen (not counted yet)."""
    return lambda r: f"{r.quarters[index]:+d}" if index < len(r.quarters) else ""


COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("Columns", "Branch"), lambda r: r.branch_name),
    Column(QT_TRANSLATE_NOOP("Columns", "Base"), lambda r: r.base, numeric=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Q1"), _quarter(0), numeric=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Q2"), _quarter(1), numeric=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Q3"), _quarter(2), numeric=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Q4"), _quarter(3), numeric=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Added"), lambda r: r.added, numeric=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Deducted"), lambda r: r.deducted, numeric=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Total"), lambda r: r.total, numeric=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Stars"), lambda r: star_text(r.stars)),
)


class PointsPage(QWidget):
    def __init__(self, tab):
        super().__init__(tab)
        self.tab, self.main, self.db = tab, tab.main, tab.db
        self.setObjectName("pointsPage")
        self.search = SearchBox(self)
        self.search.setObjectName("pointsSearch")
        self.search.setPlaceholderText(self.tr("Name or pinyin initials"))
        self.search.search.connect(lambda _text: self.refresh())
        self.quarter = quarter_box(self, "pointsQuarter")
        self.quarter.currentIndexChanged.connect(lambda _index: self.refresh())
        quarter_caption = QLabel(quarter_label(), self)
        quarter_caption.setBuddy(self.quarter)
        self.table = RecordTable("pointsTable", self)
        self.table.setSortingEnabled(False)
        self.model = PagedTableModel(COLUMNS, self.fetch, self)
        self.model.uuid_at = lambda row: self.model.rows[row].member_uuid if 0 <= row < len(self.model.rows) else None
        self.table.setModel(self.model)
        self.table.setSortingEnabled(False)
        self.table.activated_row.connect(self.open_lines)
        self.count = QLabel(self)
        self.model.reloaded.connect(lambda total: self.count.setText(self.tr("%n member(s)", "", total)))
        add = QPushButton(self.tr("&Add points entry…"), self)
        add.clicked.connect(self.add_entry)
        details = QPushButton(self.tr("Entries &behind the number…"), self)
        details.clicked.connect(lambda: self.open_lines(self.table.currentIndex().row()))
        items = QPushButton(self.tr("Points ite&ms…"), self)
        items.clicked.connect(self.open_items)
        notice = QPushButton(self.tr("Print the &notice…"), self)
        notice.setObjectName("printPoints")
        notice.clicked.connect(self.print_notice)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(details)
        buttons.addWidget(items)
        buttons.addWidget(notice)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        top = QHBoxLayout()
        top.addWidget(quarter_caption)
        top.addWidget(self.quarter)
        top.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def fetch(self, offset, limit, _sort, _descending):
        return vanguard.points_summary(self.db, vanguard.PointsQuery(
            self.tab.year(), self.tab.branch(), self.quarter.value(), search=self.search.text().strip(),
            by_quarter=True, offset=offset, limit=limit))

    def refresh(self) -> None:
        self.model.reload()

    def open_lines(self, row: int) -> None:
        if 0 <= row < len(self.model.rows):
            PointLinesDialog(self.db, self.model.rows[row], self.tab.year(), self, self.quarter.value()).exec()

    def print_notice(self) -> None:
        """积分公示表 of the chosen year, branch and quarter, made in a worker, shown in the preview."""
        from partydesk.gui.dues.tab import print_pdf
        from partydesk.services import reports

        request = reports.Request(year=self.tab.year(), branch=self.tab.branch(), printed_on=date.today(),
                                  quarter=self.quarter.value())
        print_pdf(self.main, self.tr("Points notice"), lambda db, progress, cancelled: (
            reports.make_report(db, "points", request, progress, cancelled),
            reports.suggested_name(db, "points", request)))

    def open_items(self) -> None:
        from partydesk.gui.vanguard.items import PointItemsDialog

        PointItemsDialog(self.main, self).exec()

    def add_entry(self) -> None:
        row = self.table.currentIndex().row()
        member = self.model.rows[row] if 0 <= row < len(self.model.rows) else None
        if PointEntryDialog(self.main, member, self).exec():
            self.main.notify_changed(Topic.VANGUARD)


class PointLinesDialog(QDialog):
    """The entries behind one member's number, oldest first, each as earned before the caps."""

    def __init__(self, db, member: vanguard.MemberPoints, year: int, parent=None, quarter: int | None = None):
        super().__init__(parent)
        self.setObjectName("pointLinesDialog")
        self.setWindowTitle(self.tr("Points of %1 in %2").replace("%1", member.name).replace("%2", str(year)))
        last = quarter_end(year, quarter or 4)  # the number is the year to the end of the chosen quarter
        lines = [entry for entry in vanguard.point_lines(db, member.member_uuid, year) if entry.on_date <= last]
        headers = [self.tr("Date"), self.tr("Item"), self.tr("Points"), self.tr("Source"), self.tr("Note")]
        self.table = list_table("pointLinesTable", headers, self)
        self.table.setRowCount(len(lines))
        from PySide6.QtWidgets import QTableWidgetItem

        from partydesk.gui.widgets.table import display

        for r, entry in enumerate(lines):
            points = -entry.points if entry.kind.value == "DEDUCT" else entry.points
            for c, value in enumerate((entry.on_date, entry.item_name, f"{points:+d}", entry.source, entry.note)):
                self.table.setItem(r, c, QTableWidgetItem(display(value)))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        summary = QLabel(self.tr("Base %1 + added %2 − deducted %3 = %4 %5 (additions capped at the yearly limit)")
                         .replace("%1", str(member.base)).replace("%2", str(member.added))
                         .replace("%3", str(member.deducted)).replace("%4", str(member.total))
                         .replace("%5", star_text(member.stars)))
        summary.setObjectName("pointLinesSummary")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(720, 480)


class PointEntryDialog(RecordDialog):
    """A manual entry: member, one of the office's hand-entered items, date, note."""

    def __init__(self, window, member: vanguard.MemberPoints | None, parent=None):
        super().__init__(window, parent)
        self.setObjectName("pointEntryDialog")
        self.setWindowTitle(self.tr("New points entry"))
        f = self.form
        self.member = MemberPicker(self.db, self, single=True)
        f.add("member", self.tr("Mem&ber"), self.member)
        if member:
            self.member.add(member.member_uuid, member.name)
        self.item = ChoiceBox()
        f.add("item", self.tr("&Item"), self.item)
        for item in vanguard.list_items(self.db):
            if not item.source.is_automatic:
                sign = "+" if item.kind.value == "ADD" else "−"
                self.item.add(f"{item.name} ({sign}{item.points})", item.code)
        self.on_date = DateEdit("on_date", optional=False)
        f.add("on_date", self.tr("&Date"), self.on_date)
        self.on_date.set_value(date.today())
        self.note = line(max_length=2000)
        f.add("note", self.tr("&Why"), self.note)
        self.finish_layout()

    def save(self) -> None:
        vanguard.add_entry(self.db, self.member.first() or "", self.item.value() or "", self.on_date.value() or "",
                           self.note.text())
