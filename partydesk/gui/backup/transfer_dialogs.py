"""Transfer packages: export to a stick, import from one, and decide conflicts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
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
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
)

from partydesk.domain.errors import PartydeskError
from partydesk.gui.backup.dialogs import StickWriteDialog, local_stamp, show_failure
from partydesk.gui.backup.passphrase import PassphraseFields
from partydesk.gui.operations import Topic, notify_changed, runner_for
from partydesk.gui.widgets.dialog import wide_enough
from partydesk.gui.widgets.table import list_table
from partydesk.services import offices, transfer

# Tables counted in the export and import summaries (images count once, as their attachments).
SHOWN_TABLES = tuple(name for name in transfer.TABLES if name != "attachment_blob")
table_label = transfer.table_label


class TransferExportDialog(StickWriteDialog):
    """Choose the stick and the branch; the package holds what changed since the last export."""

    def __init__(self, db, parent=None, run_task=None, drives=None):
        super().__init__(db, parent, run_task, drives)
        self.result_info: transfer.ExportResult | None = None
        self.setObjectName("transferExportDialog")
        self.setWindowTitle(self.tr("Export a transfer package"))
        self.scope = QComboBox(self)
        self.scope.setObjectName("transferScope")
        self.scope.addItem(self.tr("The whole office"), None)
        for branch in offices.list_branches(db):
            self.scope.addItem(branch.name, branch.uuid)
        self.everything = QCheckBox(self.tr("Everything, not only what changed since the last export"), self)
        self.passphrase = PassphraseFields(self, confirm=True)
        form = QFormLayout()
        form.addRow(self.tr("&Records of:"), self.scope)
        form.addRow("", self.everything)
        advice = QLabel(self.tr("Tell the receiving office the passphrase by phone or in person, never on the stick."),
                        self)
        self.lay_out((form, self.passphrase, advice), self.tr("&Export"), "startExport")

    def write(self, folder: Path) -> None:
        self.run_task(self.tr("Writing the transfer package…"), transfer.export_package, self.db, folder,
                      self.passphrase.text(), branch_uuid=self.scope.currentData(), full=self.everything.isChecked(),
                      on_done=self._done, on_error=self._failed)

    def _done(self, result: transfer.ExportResult) -> None:
        self.result_info = result
        counts = ", ".join(f"{table_label(k)} {n}" for k, n in result.counts.items() if n and k in SHOWN_TABLES)
        QMessageBox.information(self, self.windowTitle(), self.tr(
            "The package was written and checked:\n%1\n\n%2").replace("%1", str(result.path))
            .replace("%2", counts or self.tr("Nothing changed since the last export.")))
        self.accept()


class TransferImportDialog(QDialog):
    """Open a package from another office and merge it."""

    def __init__(self, db, parent=None, run_task=None):
        super().__init__(parent)
        self.db = db
        self.run_task = run_task or runner_for(parent)
        self.result: transfer.ImportResult | None = None
        self.setObjectName("transferImportDialog")
        self.setWindowTitle(self.tr("Import a transfer package"))
        wide_enough(self)
        self.file = QLineEdit(self)
        self.file.setObjectName("packageFile")
        browse = QPushButton(self.tr("&Choose…"), self)
        row = QHBoxLayout()
        row.addWidget(self.file)
        row.addWidget(browse)
        self.passphrase = PassphraseFields(self, confirm=False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel, self)
        self.start_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.AcceptRole)
        self.start_button.setObjectName("startImport")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Package file (.pdpkg) from the stick:"), self))
        layout.addLayout(row)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.buttons)
        browse.clicked.connect(self.choose_file)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a package"), "",
                                              self.tr("Transfer packages (*.pdpkg)"))
        if path:
            self.file.setText(path)

    def start(self) -> None:
        if not self.file.text().strip():
            return
        self.start_button.setEnabled(False)
        self.run_task(self.tr("Importing the package…"), transfer.import_package, self.db,
                      Path(self.file.text().strip()), self.passphrase.text(), on_done=self._done, on_error=self._failed)

    def _done(self, result: transfer.ImportResult) -> None:
        self.result = result
        notify_changed(self, Topic.ALL)
        QMessageBox.information(self, self.windowTitle(), self.summary(result))
        if result.conflicts:
            ConflictsDialog(self.db, self.parent() or self).exec()
        self.accept()

    def summary(self, result: transfer.ImportResult) -> str:
        if result.own_office:
            return self.tr("This package was made by this office; nothing was imported.")
        if result.already_imported:
            return self.tr("This package was already imported; nothing changed.")
        text = self.tr("Package of %1 made %2:").replace("%1", result.origin_name).replace(
            "%2", local_stamp(result.created_at))
        for key in SHOWN_TABLES:
            new, changed = result.inserted.get(key, 0), result.updated.get(key, 0)
            if new or changed:
                text += "\n" + self.tr("%1: %2 new, %3 updated").replace("%1", table_label(key)).replace(
                    "%2", str(new)).replace("%3", str(changed))
            if result.linked.get(key):
                text += "\n" + self.tr("%1: %2 already here, now linked").replace("%1", table_label(key)).replace(
                    "%2", str(result.linked[key]))
        for name, reasons in result.skip_reasons.items():
            for code, count in reasons.items():
                text += "\n" + self.tr("%1: %2 skipped because %3").replace("%1", transfer.table_label(name)).replace(
                    "%2", str(count)).replace("%3", transfer.skip_reason(code))
        if result.conflicts:
            text += "\n\n" + self.tr("%1 record(s) were changed here and there; please decide each.").replace(
                "%1", str(result.conflicts))
        return text

    def _failed(self, error: BaseException) -> None:
        self.start_button.setEnabled(True)
        show_failure(self, error)


class ConflictsDialog(QDialog):
    """Records that differ here and there: read each difference in words, keep ours or take theirs,
    for the chosen record, for its ticked fields, or for every record at once."""

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.conflicts: list[transfer.Conflict] = []
        self.setObjectName("conflictsDialog")
        self.setWindowTitle(self.tr("Transfer conflicts"))
        wide_enough(self)
        self.table = list_table("conflictTable", [self.tr("Kind"), self.tr("Record"), self.tr("Differs in")], self)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.fields = QListWidget(self)
        self.fields.setObjectName("conflictFields")
        self.count = QLabel(self)
        keep = self._button(self.tr("&Keep ours"), "keepLocal", lambda: self.resolve(transfer.KEEP_LOCAL))
        take = self._button(self.tr("&Take theirs"), "takeIncoming", lambda: self.resolve(transfer.TAKE_INCOMING))
        ticked = self._button(self.tr("Take theirs for the ticked &fields"), "takeTicked", self.take_ticked)
        keep_all = self._button(self.tr("Keep &all ours"), "keepAllLocal",
                                lambda: self.resolve_all(transfer.KEEP_LOCAL))
        take_all = self._button(self.tr("Take all t&heirs"), "takeAllIncoming",
                                lambda: self.resolve_all(transfer.TAKE_INCOMING))
        close = QPushButton(self.tr("Close"), self)
        one, every = QHBoxLayout(), QHBoxLayout()
        for button in (keep, take, ticked):
            one.addWidget(button)
        one.addStretch(1)
        every.addWidget(self.count)
        every.addStretch(1)
        for button in (keep_all, take_all, close):
            every.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 3)
        layout.addWidget(QLabel(self.tr("Differences (tick the fields to take from the other office):"), self))
        layout.addWidget(self.fields, 2)
        layout.addLayout(one)
        layout.addLayout(every)
        close.clicked.connect(self.accept)
        self.table.itemSelectionChanged.connect(self._show_detail)
        self.reload()

    def _button(self, text: str, name: str, action) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(action)
        return button

    def reload(self) -> None:
        self.conflicts = transfer.list_conflicts(self.db)
        self.table.setRowCount(len(self.conflicts))
        for row, c in enumerate(self.conflicts):
            differs = "、".join(d.label for d in c.differences)
            cells = (transfer.table_label(c.entity_type), c.record, differs)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.count.setText(self.tr("%1 waiting").replace("%1", str(len(self.conflicts))))
        if self.conflicts:
            self.table.selectRow(0)
        self._show_detail()

    def _current(self):
        row = self.table.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def _show_detail(self) -> None:
        self.fields.clear()
        c = self._current()
        if c is None:
            self.fields.addItem(self.tr("No conflicts are waiting."))
            return
        for difference in c.differences:
            item = QListWidgetItem(difference.sentence(), self.fields)
            item.setData(Qt.UserRole, difference.field)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Unchecked)

    def ticked_fields(self) -> tuple[str, ...]:
        items = (self.fields.item(i) for i in range(self.fields.count()))
        return tuple(i.data(Qt.UserRole) for i in items if i.data(Qt.UserRole) and i.checkState() == Qt.Checked)

    def take_ticked(self) -> None:
        fields = self.ticked_fields()
        if fields:
            self.resolve(transfer.TAKE_INCOMING, fields)

    def resolve(self, choice: str, fields: tuple[str, ...] | None = None) -> None:
        c = self._current()
        if c is not None:
            self._run(lambda: transfer.resolve_conflict(self.db, c.uuid, choice, fields=fields))

    def resolve_all(self, choice: str) -> None:
        if not self.conflicts:
            return
        question = (self.tr("Keep this office's version of all %1 records?") if choice == transfer.KEEP_LOCAL
                    else self.tr("Take the other office's version of all %1 records?"))
        answer = QMessageBox.question(self, self.windowTitle(), question.replace("%1", str(len(self.conflicts))))
        if answer == QMessageBox.Yes:
            self._run(lambda: transfer.resolve_conflicts(self.db, choice))

    def _run(self, action) -> None:
        try:
            action()
        except PartydeskError as error:
            QMessageBox.warning(self, self.windowTitle(), str(error))
            return
        notify_changed(self, Topic.ALL)
        self.reload()
