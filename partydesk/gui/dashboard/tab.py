"""Overview (概览): this year's study hours, meetings, talks and follow-ups, each clicking through to its list.

The tab is built, its modules imported and its figures computed when it is first shown: a window
that opens on another tab does none of that work.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from partydesk.domain.enums import ActivityKind, TalkKind
from partydesk.gui.backup.actions import back_up_to_stick
from partydesk.gui.operations import Topic
from partydesk.services.access import Permission, allows
from partydesk.services.common import local_time

if TYPE_CHECKING:
    from partydesk.services.backup import BackupStatus
    from partydesk.services.dashboard import Dashboard

WARNING_STYLE = ("QPushButton { text-align: left; padding: 8px 12px; border: 1px solid #c62828; border-radius: 6px;"
                 " background: #fdecea; color: #8e0000; font-size: 11pt; }"
                 " QPushButton:hover, QPushButton:focus { border: 2px solid #c8102e; }")


def _kind_label(kind) -> str:
    return ActivityKind(kind).label()


class DashboardTab(QWidget):
    def __init__(self, main, today: date | None = None):
        super().__init__(main)
        self.main, self.db = main, main.db
        self.today = today or date.today()
        self.data: Dashboard | None = None
        self.stale = True
        self.loading = False
        self.setObjectName("dashboardTab")
        self.setAccessibleName("dashboardTab")
        self.built = False
        QVBoxLayout(self).setContentsMargins(0, 0, 0, 0)

    # -- layout --------------------------------------------------------------------------------
    def _build(self) -> None:
        self.built = True
        top = self._build_heading()
        self._build_backup_warning()
        tiles = self._build_tiles()
        bars_box, grid_box = self._build_charts()
        cards = self._build_cards(bars_box)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.addLayout(top)
        layout.addWidget(self.backup_warning)
        layout.addLayout(tiles)
        from partydesk.gui.vanguard.overview import VanguardBox

        self.vanguard_box = VanguardBox(self.main, body)
        layout.addWidget(self.vanguard_box)
        layout.addWidget(self._build_reminders())
        layout.addWidget(grid_box)
        layout.addLayout(cards)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setObjectName("overviewScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.layout().addWidget(scroll)
        scroll.show()  # built while the tab is being shown: Qt would show it only after the next event

    def _build_reminders(self) -> QWidget:
        """早提醒: who is drifting away and why, answered from the keyboard (gui/dues/reminder_panel.py)."""
        from partydesk.gui.dues.reminder_panel import ReminderPanel

        self.reminder_panel = ReminderPanel(self.main, self.today, self)
        return self.reminder_panel

    def _build_heading(self) -> QHBoxLayout:
        """The office's heading, the year and Refresh."""
        self.year_box = QComboBox(self)
        for year in range(self.today.year, self.today.year - 6, -1):
            self.year_box.addItem(str(year), year)
        self.year_box.currentIndexChanged.connect(self.refresh)
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        refresh = QPushButton(self.tr("&Refresh"), self)
        refresh.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        year_label = QLabel(self.tr("&Year"), self)
        year_label.setBuddy(self.year_box)
        top.addWidget(year_label)
        top.addWidget(self.year_box)
        top.addWidget(refresh)

        return top

    def _build_backup_warning(self) -> None:
        """The reminder that the USB copy is overdue (a button that opens the backup)."""
        self.backup_warning = QPushButton(self)
        self.backup_warning.setObjectName("usbBackupWarning")
        self.backup_warning.setStyleSheet(WARNING_STYLE)
        self.backup_warning.setEnabled(allows(self.db.actor, Permission.BACKUP))
        self.backup_warning.clicked.connect(lambda: back_up_to_stick(self.main))
        self.backup_warning.hide()

    def _build_tiles(self) -> QGridLayout:
        """The figures at the top, each opening its list."""
        from partydesk.gui.dashboard.widgets import Tile

        self.members_tile = Tile(self.tr("Party members counted"))
        self.hours_tile = Tile(self.tr("reached the study hours"))
        self.below_tile = Tile(self.tr("below the study hours"), alert=True)
        self.meetings_tile = Tile(self.tr("meeting periods missed"), alert=True)
        self.talk_tile = Tile(self.tr("without a talk this year"), alert=True)
        self.overdue_tile = Tile(self.tr("overdue talk follow-ups"), alert=True)
        self.probation_tile = Tile(self.tr("probation year over: to decide"), alert=True)
        self.week_tile = Tile(self.tr("activities this week"))
        tiles = QGridLayout()
        for index, tile in enumerate((self.members_tile, self.hours_tile, self.below_tile, self.meetings_tile,
                                      self.talk_tile, self.overdue_tile, self.probation_tile, self.week_tile)):
            tiles.addWidget(tile, index // 4, index % 4)
        self.members_tile.clicked.connect(lambda: self._roster())
        self.hours_tile.clicked.connect(lambda: self._roster())
        self.below_tile.clicked.connect(lambda: self._members(self.data.below, self.tr("below the study hours")))
        self.meetings_tile.clicked.connect(lambda: self.grid.setFocus())
        self.talk_tile.clicked.connect(lambda: self._members(self.data.without_talk,
                                                             self.tr("without a talk this year")))
        self.overdue_tile.clicked.connect(self._overdue)
        self.probation_tile.clicked.connect(lambda: self._members(self.data.probationary_due,
                                                                  self.tr("probation year over: to decide")))
        self.week_tile.clicked.connect(self._this_week)

        return tiles

    def _build_charts(self) -> tuple[QGroupBox, QGroupBox]:
        """Hours by branch, and the meetings held against those required by period."""
        from partydesk.gui.dashboard.widgets import STATE_COLORS, BranchBars, MeetingGrid
        from partydesk.services.dashboard import FUTURE, MET, MISSED, OPEN

        self.bars = BranchBars(self)
        self.bars.opened.connect(lambda uuid: self._roster(uuid))
        bars_box = QGroupBox(self.tr("Study hours by branch: members who reached the requirement"))
        QVBoxLayout(bars_box).addWidget(self.bars)
        self.grid = MeetingGrid(_kind_label, self)
        self.grid.setObjectName("meetingGrid")
        self.grid.opened.connect(self._branch_meetings)
        grid_box = QGroupBox(self.tr("三会一课 and 主题党日: held against required, by period"))
        grid_layout = QVBoxLayout(grid_box)
        grid_layout.addWidget(self.grid)
        states = ((MET, self.tr("held")), (MISSED, self.tr("missed")), (OPEN, self.tr("this period, not yet")),
                  (FUTURE, self.tr("to come")))
        legend = QLabel("&nbsp;&nbsp;".join(f'<span style="color:{STATE_COLORS[state].name()}">■</span> {text}'
                                             for state, text in states))
        grid_layout.addWidget(legend)

        return bars_box, grid_box

    def _build_cards(self, bars_box: QGroupBox) -> QGridLayout:
        """The short lists (who is behind, what is overdue, this week), beside the hours chart."""
        from partydesk.gui.dashboard.widgets import ListCard

        show_all = self.tr("Show all…")
        self.below_card = ListCard(self.tr("Members below the study hours"),
                                   [self.tr("Name"), self.tr("Branch"), self.tr("Hours"), self.tr("Required")],
                                   show_all, self)
        self.below_card.more.clicked.connect(self.below_tile.click)
        self.overdue_card = ListCard(self.tr("Overdue talk follow-ups"),
                                     [self.tr("Member"), self.tr("Kind"), self.tr("Due"), self.tr("Days overdue")],
                                     show_all, self)
        self.overdue_card.more.clicked.connect(self._overdue)
        self.talk_card = ListCard(self.tr("Members without a talk this year"), [self.tr("Name"), self.tr("Branch")],
                                  show_all, self)
        self.talk_card.more.clicked.connect(self.talk_tile.click)
        self.probation_card = ListCard(self.tr("Probationary members due"),
                                       [self.tr("Name"), self.tr("Branch"), self.tr("Probation ends"),
                                        self.tr("To decide")], show_all, self)
        self.probation_card.more.clicked.connect(self._probation)
        self.week_card = ListCard(self.tr("This week"), [self.tr("Date"), self.tr("Kind"), self.tr("Title"),
                                                          self.tr("Branch")], show_all, self)
        self.week_card.more.clicked.connect(self._this_week)
        for card in (self.below_card, self.talk_card, self.probation_card):
            card.table.doubleClicked.connect(lambda index, c=card: self._open_member(c.uuids[index.row()]))

        cards = QGridLayout()
        cards.addWidget(bars_box, 0, 0)
        cards.addWidget(self.below_card, 0, 1)
        cards.addWidget(self.overdue_card, 0, 2)
        cards.addWidget(self.week_card, 1, 0)
        cards.addWidget(self.talk_card, 1, 1)
        cards.addWidget(self.probation_card, 1, 2)
        for column in range(3):
            cards.setColumnStretch(column, 1)
        return cards

    # -- loading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Recompute in a worker when on screen; otherwise when next shown."""
        if not self.isVisible():
            self.stale = True
            return
        self.load()

    def load(self) -> None:
        from partydesk.services.dashboard import dashboard

        self.stale = False
        self.loading = True
        year = self.year_box.currentData() or self.today.year
        self.heading.setText(self.tr("Year %1 at a glance (as of %2)").replace("%1", str(year))
                             .replace("%2", self.today.isoformat()))
        self.main.operations.read(lambda: dashboard(self.db, year, self.today), self.show_data)
        self.vanguard_box.load(year)
        self.reminder_panel.load()

    def showEvent(self, event) -> None:  # noqa: N802
        if not self.built:
            self._build()
        super().showEvent(event)
        if self.stale:
            self.load()

    def on_changed(self, topics: set) -> None:
        if topics & {Topic.MEMBERS, Topic.ACTIVITIES, Topic.ATTENDANCE, Topic.TALKS, Topic.SERVICES, Topic.SETTINGS,
                     Topic.VANGUARD, Topic.DUES, Topic.ALL}:
            self.refresh()

    def show_data(self, data: Dashboard) -> None:
        self.loading = False
        self.data = data
        self.members_tile.set_value(str(data.members))
        self.hours_tile.set_value(f"{data.compliant}", self.tr("(%1%, average %2 h)")
                                  .replace("%1", f"{data.completion * 100:.0f}")
                                   .replace("%2", f"{data.average_hours:g}"))
        self.below_tile.set_value(str(data.below_count))
        self.meetings_tile.set_value(str(data.missed_meetings))
        self.talk_tile.set_value(str(data.without_talk.count))
        self.overdue_tile.set_value(str(data.overdue_follow_ups.count))
        self.probation_tile.set_value(
            str(data.probationary_due.count),
            self.tr("(%1 more within %2 days)")
            .replace("%1", str(data.probationary_due_soon.count))
            .replace("%2", str(data.due_soon_days)),
        )
        self.week_tile.set_value(str(data.this_week.count))
        self.show_backup_warning(data.backup)
        figures = self.tr("%1 of %2 members, average %3 h")
        self.bars.set_rows(
            [
                (
                    b.branch_uuid,
                    b.branch_name,
                    b.completion,
                    figures.replace("%1", str(b.compliant))
                    .replace("%2", str(b.members))
                    .replace("%3", f"{b.average_hours:g}"),
                )
                for b in data.branches
            ]
        )
        self.grid.set_meetings(data.meetings)
        self.below_card.set_rows(
            [(m.member_uuid, [m.name, m.branch_name, m.hours, m.required]) for m in data.below.first], data.below.count
        )
        self.overdue_card.set_rows(
            [
                (t.talk_uuid, [t.member_name, TalkKind(t.kind).label(), t.follow_up_due, t.days_overdue])
                for t in data.overdue_follow_ups.first
            ],
            data.overdue_follow_ups.count,
        )
        self.talk_card.set_rows(
            [(m.member_uuid, [m.name, m.branch_name]) for m in data.without_talk.first], data.without_talk.count
        )
        over, soon = self.tr("now"), self.tr("within %1 days").replace("%1", str(data.due_soon_days))
        due, due_soon = data.probationary_due, data.probationary_due_soon
        self.probation_card.set_rows(
            [(p.member_uuid, [p.name, p.branch_name, p.probation_ends, over]) for p in due.first]
            + [(p.member_uuid, [p.name, p.branch_name, p.probation_ends, soon]) for p in due_soon.first],
            due.count + due_soon.count,
        )
        self.week_card.set_rows(
            [(a.uuid, [a.on_date, a.kind, a.title, a.branch_name]) for a in data.this_week.first], data.this_week.count
        )

    def show_backup_warning(self, status: BackupStatus) -> None:
        """The office's rule on USB backups, when it is broken: data that is only on this PC can be lost."""
        self.backup_warning.setVisible(status.usb_overdue)
        if status.last_usb_at is None:
            text = self.tr("No backup on a USB stick yet. The office asks for one at least every %1 days.")
        else:
            text = self.tr(
                "The last backup on a USB stick was %2 days ago; the office asks for one at least every %1 days."
            ).replace("%2", str((self.today - local_time(status.last_usb_at).date()).days))
        text = text.replace("%1", str(status.usb_max_age_days))
        if self.backup_warning.isEnabled():
            text = self.tr("%1 Press here to make one now.").replace("%1", text)
        self.backup_warning.setText(text)

    # -- click-through -------------------------------------------------------------------------
    def _go(self, tab) -> None:
        self.main.tabs.setCurrentWidget(tab)

    def _roster(self, branch_uuid: str | None = None) -> None:
        self.main.roster_tab.show_filtered(branch_uuid=branch_uuid)
        self._go(self.main.roster_tab)

    def _members(self, members, caption: str) -> None:
        if self.data is None:
            return
        if members.member_query is None:
            self._roster()
            return
        self.main.roster_tab.show_query(members.member_query, f"{caption} ({members.count})")
        self._go(self.main.roster_tab)

    def _probation(self) -> None:
        """Both probation lists in the roster: year over, and ending soon."""
        if self.data is None:
            return
        due, soon = self.data.probationary_due, self.data.probationary_due_soon
        if due.member_query is None or soon.member_query is None:
            self._roster()
            return
        query = replace(due.member_query, uuids=due.member_query.uuids + soon.member_query.uuids)
        self.main.roster_tab.show_query(query, f"{self.tr('Probationary members due')} ({due.count + soon.count})")
        self._go(self.main.roster_tab)

    def _overdue(self) -> None:
        self.main.talks_tab.show_overdue()
        self._go(self.main.talks_tab)

    def _this_week(self) -> None:
        if self.data is None:
            return
        query = replace(self.data.this_week.activity_query, limit=200)
        self.main.calendar_tab.show_query(query, self.tr("activities this week"))
        self._go(self.main.calendar_tab)

    def _branch_meetings(self, row: int) -> None:
        branch = self.data.meetings[row]
        self.main.calendar_tab.show_query(
            branch.activity_query, self.tr("%1: meetings of the year").replace("%1", branch.branch_name)
        )
        self._go(self.main.calendar_tab)

    def _open_member(self, uuid: str) -> None:
        from partydesk.gui.roster.member_page import MemberPage

        MemberPage(self.main, uuid, self.data.year if self.data else None, self.today).exec()

    def current_uuid(self) -> str | None:
        return None

    def selected_uuids(self) -> list[str]:
        return []
