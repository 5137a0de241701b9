"""First start on an empty database: name the office, or fill it with demo data to look around."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QProgressBar

from partydesk.domain.errors import PartydeskError
from partydesk.gui.widgets.dialog import RecordDialog, line
from partydesk.gui.workers import Task
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
        self.progress = QProgressBar(self)
        self.progress.setObjectName("demoProgress")
        self.progress.hide()
        self.task = None  # the demo being built, while it is
        self.cancelling = False
        self.finish_layout(self.demo, self.progress)
        self.resize(520, 220)

    def accept(self) -> None:
        if self.task is not None:
            return
        if not self.demo.isChecked():
            super().accept()
            return
        self.build_demo()

    def build_demo(self) -> None:
        """The demo office is built in a worker (a few seconds) while a progress bar moves; Cancel stops it."""
        from partydesk.services import demo

        self.form.clear_errors()
        self.task = Task(demo.populate, self.db, members=120, year=date.today().year, seed=1,
                         office_name=self.office.text())
        self.task.signals.progress.connect(self._progressed)
        self.task.signals.done.connect(lambda _summary: self._built())
        self.task.signals.failed.connect(lambda error, _trace: self._failed(error))
        for widget in (self.office, self.branch, self.demo, self.save_button):
            widget.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        QThreadPool.globalInstance().start(self.task)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _built(self) -> None:
        self.task = None
        QDialog.accept(self)

    def _failed(self, error: BaseException) -> None:
        self.task = None
        if self.cancelling:
            QDialog.reject(self)
            return
        self.progress.hide()
        for widget in (self.office, self.branch, self.demo, self.save_button):
            widget.setEnabled(True)
        self.show_error(error if isinstance(error, PartydeskError) else PartydeskError(type(error).__name__))

    def reject(self) -> None:
        if self.task is not None:  # the worker stops at its next check and rolls back; then the dialog closes
            self.cancelling = True
            self.task.cancel()
            return
        super().reject()

    def save(self) -> None:
        offices.init_office(self.db, self.office.text())
        if self.branch.text().strip():
            offices.create_branch(self.db, self.branch.text())


def _demo_available() -> bool:
    from importlib.util import find_spec

    return find_spec("partydesk.services.demo") is not None


def ensure_office(db) -> bool:
    """True when the database has an office (asking for one on first start); False to quit."""
    if offices.local_office(db) is not None:
        return True
    return bool(FirstRunDialog(db).exec())
