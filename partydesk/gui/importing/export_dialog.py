"""Export dialog: what to export, which year, masked or full IDs, and where to save it."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from partydesk.domain.errors import PartydeskError
from partydesk.gui.operations import runner_for, show_status
from partydesk.services import exporting
from partydesk.services.access import Permission, allows
from partydesk.services.common import OperationCancelled


class ExportDialog(QDialog):
    def __init__(self, db, parent=None, run_task=None, today: date | None = None):
        super().__init__(parent)
        self.db = db
        self.run_task = run_task or runner_for(parent)
        self.result_info: exporting.ExportResult | None = None
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))
        self.kind = QComboBox(self)
        self.kind.setObjectName("exportKind")
        for key, label in (
            ("roster", self.tr("Roster (花名册)")),
            ("activities", self.tr("Activities and attendance")),
            ("services", self.tr("Service practice")),
            ("talks", self.tr("Talk records (not confidential)")),
            ("dues", self.tr("Party dues payments (党费)")),
        ):
            self.kind.addItem(label, key)
        self.year = QSpinBox(self)
        self.year.setRange(1990, 2100)
        self.year.setValue((today or date.today()).year)
        self.all_years = QCheckBox(self.tr("All years"), self)
        year_row = QHBoxLayout()
        year_row.addWidget(self.year)
        year_row.addWidget(self.all_years)
        self.full_ids = QCheckBox(self.tr("Full resident IDs and phone numbers (recorded in the log)"), self)
        self.full_ids.setObjectName("exportFullIds")
        self.full_ids.setEnabled(allows(db.actor, Permission.EXPORT_FULL_ID))
        self.path = QLineEdit(self)
        self.path.setObjectName("exportPath")
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        self.note = QLabel(self)
        self.note.setObjectName("exportNote")
        self.note.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("&Export:"), self.kind)
        form.addRow(self.tr("&Year:"), year_row)
        form.addRow("", self.full_ids)
        form.addRow(self.tr("Save &as:"), path_row)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _kind_changed(self) -> None:
        roster = self.kind.currentData() == "roster"
        self.year.setEnabled(not roster)
        self.all_years.setEnabled(not roster)
        self.full_ids.setVisible(roster)
        self.note.setText(self._note(self.kind.currentData()))
        self.note.setVisible(bool(self.note.text()))

    def _note(self, kind: str) -> str:
        if kind == "talks":
            return self.tr(
                "Confidential talks (诫勉谈话 and talks marked 保密) are not exported; the file ends "
                "with a note saying how many were left out."
            )
        if kind == "activities":
            return self.tr(
                "One row per activity; the attendance marks go to a second sheet, or with CSV to a "
                "second file ending in _出勤记录.csv."
            )
        if kind == "dues":
            return self.tr(
                "One row per member and month paid, with receipt, proxy and 补交; names only, no ID numbers."
            )
        if kind == "roster":
            return self.tr(
                "An .xlsx file prints on landscape A4 and keeps resident IDs as text; choose it unless "
                "another program needs CSV."
            )
        return ""

    def browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as"), self.path.text(), self.tr("Excel workbook (*.xlsx);;CSV for Excel (*.csv)")
        )
        if chosen:
            self.path.setText(chosen)

    def start(self) -> None:
        """Export in a worker; the dialog closes when the file is written."""
        path = self.path.text().strip()
        if not path:
            self.error.setText(self.tr("Choose where to save the file."))
            return
        kind = self.kind.currentData()
        if kind == "roster":
            kwargs = {"full_ids": self.full_ids.isChecked()}
        else:
            kwargs = {"year": None if self.all_years.isChecked() else self.year.value()}
        self.error.setText("")
        self.run_task(
            self.tr("Exporting…"),
            exporting.EXPORTS[kind],
            self.db,
            path,
            on_done=self._done,
            on_error=self._failed,
            **kwargs,
        )

    def _done(self, result: exporting.ExportResult) -> None:
        self.result_info = result
        show_status(self, self.done_message(result))
        self.accept()

    def done_message(self, result: exporting.ExportResult) -> str:
        """What the status bar says: rows, file, and any confidential talks left out."""
        message = self.tr("Wrote %1 rows to %2").replace("%1", str(result.rows)).replace("%2", str(result.path))
        for also in result.extra_paths:
            message += self.tr("; attendance marks in %1").replace("%1", str(also))
        if result.withheld:
            message += self.tr("; %1 confidential talks withheld (not exported)").replace("%1", str(result.withheld))
        return message

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, OperationCancelled):
            self.error.setText(self.tr("Cancelled; no file was written."))
        elif isinstance(error, PartydeskError):
            self.error.setText(str(error))
        else:
            self.error.setText(self.tr("Something went wrong: %1").replace("%1", repr(error)))
