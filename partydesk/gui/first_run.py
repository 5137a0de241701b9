"""First start on an empty database: name the office, or fill it with demo data to look around."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from PySide6.QtWidgets import QCheckBox, QLabel

from partydesk.gui.widgets.dialog import RecordDialog, line
from partydesk.services import offices


class FirstRunDialog(RecordDialog):
    def __init__(self, db):
        super().__init__(SimpleNamespace(db=db, show_status=lambda text: None), parent=None)
        self.setObjectName("firstRunDialog")
        self.setWindowTitle(self.tr("Welcome to Party Desk"))
        intro = QLabel(self.tr("This database is new. Enter the name of your Party organization "
                               "(e.g. 某某社区党委); branches and members are added afterwards."))
        intro.setWordWrap(True)
        self.body.insertWidget(0, intro)
        self.office = self.form.add("office", self.tr("&Office name"), line(max_length=100))
        self.branch = self.form.add("branch", self.tr("&First branch"), line(max_length=100))
        self.branch.setPlaceholderText(self.tr("e.g. 第一党支部 (more can be added under Tools)"))
        self.demo = QCheckBox(self.tr("Fill with &demo data to try the program (fictitious people)"))
        self.demo.setEnabled(_demo_available())
        self.finish_layout(self.demo)
        self.resize(520, 220)

    def save(self) -> None:
        if self.demo.isChecked():
            from partydesk.services import demo

            demo.populate(self.db, members=120, year=date.today().year, seed=1, office_name=self.office.text())
        else:
            offices.init_office(self.db, self.office.text())
            if self.branch.text().strip():
                offices.create_branch(self.db, self.branch.text())


def _demo_available() -> bool:
    try:
        from partydesk.services import demo
    except ImportError:
        return False
    return True


def ensure_office(db) -> bool:
    """True when the database has an office (asking for one on first start); False to quit."""
    if offices.local_office(db) is not None:
        return True
    return bool(FirstRunDialog(db).exec())
