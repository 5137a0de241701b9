"""The main window: menus, tool bar, the five tabs, status bar and the "what changed" signal."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QStyle,
    QTabWidget,
)
from shiboken6 import isValid

from partydesk.gui import settings
from partydesk.gui.collector import start_up_over
from partydesk.gui.lazy_tabs import LazyTabs, TabPage
from partydesk.gui.operations import Operations, Topic
from partydesk.gui.undo import ServiceCommand
from partydesk.gui.widgets.screen import fitting_size
from partydesk.gui.widgets.toolbar import show_shortcut
from partydesk.resources import resource_path
from partydesk.services.backup import backup_status
from partydesk.services.offices import local_office
from partydesk.services.roster import MemberQuery, query_members

TAB_PAGES = (
    TabPage("dashboard", "partydesk.gui.dashboard.tab", "DashboardTab", "dashboardTab"),
    TabPage("roster", "partydesk.gui.roster.tab", "RosterTab", "rosterTab"),
    TabPage("calendar", "partydesk.gui.calendar.tab", "CalendarTab", "calendarTab"),
    TabPage("service", "partydesk.gui.service.tab", "ServiceTab", "serviceTab"),
    TabPage("talks", "partydesk.gui.talks.tab", "TalksTab", "talksTab"),
    TabPage("vanguard", "partydesk.gui.vanguard.tab", "VanguardTab", "vanguardTab"),
    TabPage("dues", "partydesk.gui.dues.tab", "DuesTab", "duesTab"),
)
RECORD_TABS = ("roster", "calendar", "service", "talks")


def app_icon() -> QIcon:
    return QIcon(str(resource_path("icons", "partydesk.svg")))


class MainWindow(QMainWindow):
    changed = Signal(set)

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.constructed = False  # the saved tab is built when the window is shown, not while it is made
        self.db = db
        self.operations = Operations(self, self.notify_changed)
        self.undo_stack = QUndoStack(self)
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.refresh_title()
        self._build_tabs()
        self._build_status_bar()
        self.menus: dict[str, QMenu] = {}
        self.own_actions: list[QAction] = []
        self._build_menus()
        self.changed.connect(self._on_changed)
        if not settings.restore_geometry(self, "main"):
            self.resize(fitting_size(self, QSize(1200, 760)))  # the first start on a 1024×768 screen fits it
        self.tabs.setCurrentIndex(int(settings.settings().value("main/tab", 0) or 0))
        self.refresh_status()
        self._install_features()
        self.constructed = True

    # -- construction --------------------------------------------------------------------------
    def refresh_title(self) -> None:
        office = local_office(self.db)
        name = office.name if office else ""
        self.setWindowTitle(self.tr("Party Desk") + (f" — {name}" if name else ""))

    def _build_tabs(self) -> None:
        """Every tab with its title and Alt key; a page is built when first shown (or asked for)."""
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        self.pages = LazyTabs(self.tabs, lambda page_class: page_class(self))
        titles = (
            self.tr("&Overview"),
            self.tr("&Roster"),
            self.tr("Study ca&lendar"),
            self.tr("&Service practice"),
            self.tr("Tal&ks"),
            self.tr("Vang&uard"),
            self.tr("Dues (&Z)"),
        )
        for spec, title in zip(TAB_PAGES, titles, strict=True):
            self.pages.add(spec, title)
        self.setCentralWidget(self.tabs)
        self.tabs.currentChanged.connect(self._tab_changed)

    dashboard_tab = property(lambda self: self.pages.page("dashboard"))
    roster_tab = property(lambda self: self.pages.page("roster"))
    calendar_tab = property(lambda self: self.pages.page("calendar"))
    service_tab = property(lambda self: self.pages.page("service"))
    talks_tab = property(lambda self: self.pages.page("talks"))
    vanguard_tab = property(lambda self: self.pages.page("vanguard"))
    dues_tab = property(lambda self: self.pages.page("dues"))

    def record_tabs(self) -> list:
        """The four record tabs (built now if they were not yet)."""
        return [self.pages.page(key) for key in RECORD_TABS]

    def built_record_tabs(self) -> list:
        """The record tabs built so far: one not built yet has nothing to refresh, save or act on."""
        return [self.pages.pages[key] for key in RECORD_TABS if self.pages.is_built(key)]

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.location_label = QLabel(self)
        self.location_label.setObjectName("databaseLocation")
        self.members_label = QLabel(self)
        self.backup_label = QLabel(self)
        for label in (self.location_label, self.members_label, self.backup_label):
            bar.addPermanentWidget(label)

    def _action(
        self, menu: QMenu, text: str, slot, shortcut=None, icon: QStyle.StandardPixmap | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.triggered.connect(slot)
        menu.addAction(action)
        self.own_actions.append(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        titles = {
            "file": self.tr("&File"),
            "edit": self.tr("&Edit"),
            "records": self.tr("Re&cords"),
            "data": self.tr("&Data"),
            "reports": self.tr("Re&ports"),
            "tools": self.tr("&Tools"),
            "help": self.tr("&Help"),
        }
        for key, title in titles.items():
            self.menus[key] = bar.addMenu(title)
        m = self.menus
        self._action(m["file"], self.tr("&Settings…"), self.open_settings)
        m["file"].addSeparator()
        self._action(m["file"], self.tr("&Quit"), self.close, QKeySequence.Quit)
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.Redo)
        m["edit"].addActions([undo, redo])
        m["edit"].addSeparator()
        self.new_action = self._action(
            m["edit"], self.tr("&New…"), lambda: self._on_tab("new_record"), QKeySequence.New, QStyle.SP_FileIcon
        )
        self.edit_action = self._action(
            m["edit"],
            self.tr("&Edit…"),
            lambda: self._on_tab("edit_current"),
            "Ctrl+E",
            QStyle.SP_FileDialogDetailedView,
        )
        self.delete_action = self._action(
            m["edit"],
            self.tr("&Delete"),
            lambda: self._on_tab("delete_selected"),
            QKeySequence.Delete,
            QStyle.SP_TrashIcon,
        )
        m["edit"].addSeparator()
        self._action(m["edit"], self.tr("&Find"), lambda: self._on_tab("focus_search"), QKeySequence.Find)
        self.refresh_action = self._action(
            m["edit"],
            self.tr("Refres&h"),
            lambda: self.notify_changed(Topic.ALL),
            QKeySequence.Refresh,
            QStyle.SP_BrowserReload,
        )
        self._action(m["records"], self.tr("New &member…"), lambda: self._go(self.roster_tab, "new_record"))
        self._action(m["records"], self.tr("New &activity…"), lambda: self._go(self.calendar_tab, "new_record"))
        self._action(m["records"], self.tr("New study &plan…"), lambda: self._go(self.calendar_tab, "new_plan"))
        self._action(
            m["records"],
            self.tr("Atte&ndance of the selected activity…"),
            lambda: self._go(self.calendar_tab, "open_attendance"),
            "Ctrl+T",
        )
        self._action(m["records"], self.tr("New &service entry…"), lambda: self._go(self.service_tab, "new_record"))
        self._action(m["records"], self.tr("New &talk record…"), lambda: self._go(self.talks_tab, "new_record"))
        self._action(m["tools"], self.tr("&Branches and Party groups…"), self.open_org)
        self._action(m["tools"], self.tr("&Settings…"), self.open_settings)
        self._action(m["help"], self.tr("&Keyboard shortcuts"), self.show_shortcuts, QKeySequence.HelpContents)
        self._action(m["help"], self.tr("&About Party Desk"), self.about)
        tools = self.addToolBar(self.tr("Main"))
        tools.setObjectName("mainToolBar")
        tools.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        tools.addActions([self.new_action, self.edit_action, self.delete_action, undo, self.refresh_action])
        for action in (self.new_action, self.edit_action, self.delete_action, undo, self.refresh_action):
            show_shortcut(action)
        self.undo_action = undo
        self.undo_stack.undoTextChanged.connect(self._label_undo)

    def _install_features(self) -> None:
        """The feature packages' menu entries, in menu order (their dialogs load when first used)."""
        from partydesk.gui.accounts import actions as accounts
        from partydesk.gui.backup import actions as backup
        from partydesk.gui.importing import actions as importing
        from partydesk.gui.publicity import actions as publicity
        from partydesk.gui.reports import actions as reports

        self.report_actions = reports.install(self)
        publicity.install(self)
        self.auto_backups = backup.install(self)
        importing.install(self)
        self.account_actions = accounts.install(self)

    # -- contract for features -----------------------------------------------------------------
    def notify_changed(self, *topics: Topic) -> None:
        self.changed.emit(set(topics) or {Topic.ALL})

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def show_error(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Party Desk"), text)

    def push_undo(self, text: str, undo, redo, *topics: Topic) -> None:
        self.undo_stack.push(ServiceCommand(self, text, undo, redo, topics))

    def _label_undo(self, _text: str) -> None:
        """The tool bar says what Ctrl+Z will undo: "撤销 新建活动 (Ctrl+Z)"."""
        if isValid(self.undo_action):  # the stack empties itself while the window is being destroyed
            show_shortcut(self.undo_action)

    def clear_undo(self) -> None:
        """Forget what could be undone: after a change that cannot be, Ctrl+Z must not undo an older one."""
        self.undo_stack.clear()

    @property
    def busy(self) -> bool:
        return self.operations.busy

    # -- behaviour -----------------------------------------------------------------------------
    def current_record_tab(self):
        tab = self.tabs.currentWidget()
        return tab if tab in self.built_record_tabs() else None

    def _on_tab(self, method: str) -> None:
        tab = self.current_record_tab()
        if tab is None:
            if method in ("new_record", "focus_search"):
                self._go(self.roster_tab, method)
            return
        getattr(tab, method)()

    def _go(self, tab, method: str) -> None:
        self.tabs.setCurrentWidget(tab)
        getattr(tab, method)()

    def _tab_changed(self, _index: int) -> None:
        if self.constructed:
            self.pages.build_current()
        tab = self.current_record_tab()
        for action in (self.edit_action, self.delete_action):
            action.setEnabled(tab is not None)

    def _on_changed(self, topics: set) -> None:
        for tab in self.pages.built_pages():
            tab.on_changed(topics)
        if topics & {Topic.MEMBERS, Topic.SETTINGS, Topic.ALL}:
            self.refresh_status()
        if topics & {Topic.SETTINGS, Topic.ALL}:
            self.refresh_title()  # the office may have a new name

    def refresh_status(self) -> None:
        path = self.db.path
        self.location_label.setText(self.tr("Database: %1").replace("%1", str(path or self.db.engine.url)))
        self.operations.read(lambda: query_members(self.db, MemberQuery(limit=0)).total, self._show_member_count)
        self.operations.read(self._backup_status, self._show_backup_status)

    def _show_member_count(self, total: int) -> None:
        self.members_label.setText(self.tr("%n member(s) on the roster", "", total))

    def _backup_status(self):
        return backup_status(self.db)  # in a worker, like the member count

    def _show_backup_status(self, status) -> None:
        if status.by_server:
            from partydesk.gui.backup import server

            self.backup_label.setText(server.translated(server.STATUS_TEXT))
            return
        times = [t for t in (status.last_local_at, status.last_usb_at) if t is not None]
        if not times:
            self.backup_label.setText(self.tr("No backup yet"))
            return
        days = (datetime.utcnow() - max(times)).days
        text = self.tr("Last backup: %n day(s) ago", "", days) if days > 0 else self.tr("Last backup: today")
        self.backup_label.setText(text + (self.tr(" · USB copy overdue") if status.usb_overdue else ""))

    def open_org(self) -> None:
        from partydesk.gui.org_dialog import OrgDialog

        OrgDialog(self).exec()

    def open_settings(self) -> None:
        from partydesk.gui.settings_dialog import SettingsDialog

        SettingsDialog(self).exec()

    def show_shortcuts(self) -> None:
        rows = [
            ("Ctrl+N", self.tr("New record in the current tab")),
            ("Enter", self.tr("Open the selected record")),
            ("Ctrl+E", self.tr("Edit the selected record")),
            ("Delete", self.tr("Move to the recycle bin")),
            ("Ctrl+Z", self.tr("Undo the last change")),
            ("Ctrl+F", self.tr("Search")),
            ("F5", self.tr("Refresh")),
            ("Ctrl+T", self.tr("Attendance of the selected activity")),
            ("Ctrl+S", self.tr("Save a dialog")),
            ("1 / 2 / 3", self.tr("Attendance list: present / on leave / absent")),
            ("Alt+" + self.tr("underlined letter"), self.tr("Go to that tab, menu, button or field")),
        ]
        text = (
            "<table cellpadding=4>"
            + "".join(f"<tr><td><b>{key}</b></td><td>{what}</td></tr>" for key, what in rows)
            + "</table>"
        )
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), text)

    def about(self) -> None:
        from partydesk import __version__

        QMessageBox.about(
            self,
            self.tr("About Party Desk"),
            self.tr(
                "Party Desk %1: roster, study calendar, service practice and talk records for grassroots "
                "Party organization offices. Works offline; not for classified material."
            ).replace("%1", __version__),
        )

    def showEvent(self, event) -> None:  # noqa: N802
        self.operations.resume()  # shown again after it was closed
        self._tab_changed(self.tabs.currentIndex())  # builds the page of the tab shown first
        super().showEvent(event)
        start_up_over(QApplication.instance())

    def closeEvent(self, event) -> None:  # noqa: N802
        settings.save_geometry(self, "main")  # as the clerk left it, even if the window waits for its work
        settings.settings().setValue("main/tab", self.tabs.currentIndex())
        for tab in self.built_record_tabs():
            tab.table.save_state()
        if not self.operations.stop(then=self.close):  # work still in a worker: cancelled, then closed again
            event.ignore()
            self._say_closing()
            return
        super().closeEvent(event)

    def _say_closing(self) -> None:
        """A short word while the work in progress stops (shown only if that takes a moment)."""
        if self.findChild(QProgressDialog, "closingNotice") is not None:
            return
        notice = QProgressDialog(self.tr("Stopping the work in progress, then closing…"), "", 0, 0, self)
        notice.setObjectName("closingNotice")
        notice.setWindowTitle(self.tr("Party Desk"))
        notice.setCancelButton(None)
        notice.setWindowModality(Qt.WindowModality.WindowModal)
        notice.setMinimumDuration(400)
        notice.setValue(0)
