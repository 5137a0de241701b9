"""The four pages of the import wizard: pick the file, check the mapping, see the report, confirm."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from partydesk.gui.importing.report_model import OutcomeModel
from partydesk.services.importing import IGNORE, Action, import_field_label


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


class _Page(QWizardPage):
    """A page whose Next/Finish may wait for work in a worker before moving on."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._passed = False
        self.error = QLabel(self)
        self.error.setObjectName("importError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setTextInteractionFlags(Qt.TextSelectableByMouse)

    def show_error(self, text: str) -> None:
        self.error.setText(text)

    def pass_on(self) -> None:
        """Called when the work is done: let the wizard move on (validatePage now says yes)."""
        self._passed = True
        wizard = self.wizard()
        if wizard.currentPage() is self:
            wizard.next() if wizard.nextId() != -1 else wizard.button(wizard.WizardButton.FinishButton).click()

    def take_pass(self) -> bool:
        passed, self._passed = self._passed, False
        return passed


class FilePage(_Page):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("importFilePage")
        self.setTitle(self.tr("Choose the spreadsheet"))
        self.setSubTitle(self.tr(
            "An Excel, WPS or LibreOffice workbook (.xlsx, .xls, .et, .ods) or a CSV file (UTF-8, GBK or UTF-16)."))
        self.path = QLineEdit(self)
        self.path.setObjectName("importPath")
        browse = QPushButton(self.tr("Bro&wse…"), self)
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.target = QComboBox(self)
        self.target.setObjectName("importTarget")
        self.target_label = QLabel(self)
        self.target_label.setBuddy(self.target)
        form = QFormLayout()
        form.addRow(self.tr("&File:"), row)
        form.addRow(self.target_label, self.target)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.error)
        self.path.textChanged.connect(lambda _: (self.show_error(""), self.completeChanged.emit()))

    def browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the spreadsheet"), self.path.text(),
            self.tr("Spreadsheets (*.xlsx *.xls *.et *.ods *.csv *.txt);;All files (*)"))
        if chosen:
            self.path.setText(chosen)

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:  # noqa: N802
        if self.take_pass():
            return True
        self.show_error("")
        self.wizard().compute_preview(None, self)
        return False


class MappingPage(_Page):
    """One labelled combo a column (Tab moves through them), so the keyboard alone can fix a guess."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("importMappingPage")
        self.setTitle(self.tr("Check the columns"))
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("importMapping")
        self.scroll.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.error)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:  # noqa: N802
        preview = self.wizard().preview
        self.info.setText(self.tr("Sheet “%1”, header on row %2. Change a column’s field if it was guessed wrong.")
                          .replace("%1", preview.sheet_name).replace("%2", str(preview.header_row)))
        holder = QWidget(self.scroll)
        form = QFormLayout(holder)
        self.combos = []
        for index, heading in enumerate(preview.columns):
            combo = QComboBox(holder)
            combo.addItem(import_field_label(IGNORE), IGNORE)
            for field in self.wizard().fields:
                combo.addItem(import_field_label(field), field)
            combo.setCurrentIndex(max(0, combo.findData(preview.mapping.get(index, IGNORE))))
            no_heading = self.tr("(no heading)")
            label = QLabel(f"{column_letter(index)}  {heading or no_heading}", holder)
            label.setBuddy(combo)
            combo.setAccessibleName(label.text())
            form.addRow(label, combo)
            self.combos.append(combo)
        self.scroll.setWidget(holder)
        if self.combos:
            self.combos[0].setFocus()

    def mapping(self) -> dict[int, str]:
        return {i: combo.currentData() for i, combo in enumerate(self.combos) if combo.currentData() != IGNORE}

    def validatePage(self) -> bool:  # noqa: N802
        if self.take_pass():
            return True
        mapping = self.mapping()
        if len(set(mapping.values())) != len(mapping):
            self.show_error(self.tr("Each field can come from one column only."))
            return False
        if mapping == self.wizard().preview.mapping:
            return True
        self.show_error("")
        self.wizard().compute_preview(mapping, self)
        return False


class ReportPage(_Page):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("importReportPage")
        self.setTitle(self.tr("Check every row"))
        self.counts = QLabel(self)
        self.counts.setObjectName("importCounts")
        self.counts.setWordWrap(True)
        self.only_problems = QCheckBox(self.tr("Show only rejected and skipped rows"), self)
        self.only_problems.toggled.connect(lambda _: self.initializePage())
        self.model = OutcomeModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("importReport")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.only_problems)
        layout.addWidget(self.view, 1)

    def initializePage(self) -> None:  # noqa: N802
        preview = self.wizard().preview
        outcomes = preview.outcomes
        if self.only_problems.isChecked():
            outcomes = [o for o in outcomes if o.action in (Action.REJECT, Action.SKIP)]
        self.model.set_outcomes(outcomes)
        self.view.resizeColumnsToContents()
        self.counts.setText(counts_text(preview))


def counts_text(preview) -> str:
    text = QCoreApplication.translate("ImportReport", "%1 new, %2 updated, %3 skipped, %4 rejected.")
    for number, action in enumerate((Action.CREATE, Action.UPDATE, Action.SKIP, Action.REJECT), start=1):
        text = text.replace(f"%{number}", str(len(preview.of(action))))
    if preview.new_groups:
        groups = "、".join(preview.new_groups)
        text += " " + QCoreApplication.translate("ImportReport", "New Party groups: %1.").replace("%1", groups)
    return text


class ConfirmPage(_Page):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("importConfirmPage")
        self.setTitle(self.tr("Import"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.only_valid = QCheckBox(self.tr("Import only the valid rows and leave the rejected ones out"), self)
        self.only_valid.setObjectName("importOnlyValid")
        self.only_valid.toggled.connect(lambda _: self.completeChanged.emit())
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.only_valid)
        layout.addStretch(1)
        layout.addWidget(self.error)
        self.setFinalPage(True)

    def initializePage(self) -> None:  # noqa: N802
        preview = self.wizard().preview
        rejected = len(preview.of(Action.REJECT))
        text = counts_text(preview)
        if rejected:
            text += "\n\n" + self.tr(
                "With rejected rows nothing is imported, unless you choose to leave them out. "
                "You can also correct the file and start again."
            )
        self.summary.setText(text)
        self.only_valid.setVisible(bool(rejected))
        self.only_valid.setChecked(False)

    def isComplete(self) -> bool:  # noqa: N802
        preview = self.wizard().preview
        return preview is not None and (not preview.of(Action.REJECT) or self.only_valid.isChecked())

    def validatePage(self) -> bool:  # noqa: N802
        if self.take_pass():
            return True
        self.show_error("")
        self.wizard().run_import(self.only_valid.isChecked(), self)
        return False
