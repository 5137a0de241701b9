"""The window's frame (menus, tabs, status bar) painted at once, before the database and the ORM load.

Opening the store imports SQLAlchemy and the models and runs the migration check: a few hundred
milliseconds in which the clerk would otherwise see nothing. This frame stands where the main window
will appear, with the same titles, and says what is happening; the main window replaces it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget, QWidget

from partydesk.gui import settings
from partydesk.i18n import QT_TRANSLATE_NOOP

MENUS = ("&File", "&Edit", "Re&cords", "&Data", "Re&ports", "&Tools", "&Help")
TABS = ("&Overview", "&Roster", "Study ca&lendar", "&Service practice", "Tal&ks")
OPENING = QT_TRANSLATE_NOOP("StartFrame", "Opening the database…")


def _main(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class StartFrame(QMainWindow):
    """Menu titles, empty tabs and a status line; nothing in it reacts (the real window is on its way)."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("startFrame")
        self.setWindowTitle(_main("Party Desk"))
        for title in MENUS:
            self.menuBar().addMenu(_main(title)).setEnabled(False)
        tabs = QTabWidget(self)
        for title in TABS:
            tabs.addTab(QWidget(tabs), _main(title))
        tabs.setEnabled(False)
        self.setCentralWidget(tabs)
        message = QLabel(QCoreApplication.translate("StartFrame", OPENING), self)
        message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.statusBar().addWidget(message, 1)
        if not settings.restore_geometry(self, "main"):
            self.resize(1200, 760)


def show_start_frame(app: QApplication) -> StartFrame:
    """Show the frame and paint it now (the database is opened right after, on this thread)."""
    frame = StartFrame()
    frame.show()
    frame.repaint()
    app.processEvents()
    return frame
