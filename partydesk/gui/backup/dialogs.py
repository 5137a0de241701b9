"""Back up to a USB stick, and restore a backup after seeing what it holds."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from partydesk.domain.errors import PartydeskError
from partydesk.gui.backup.drives import DrivePicker, fit_to_items
from partydesk.gui.backup.passphrase import PassphraseFields
from partydesk.gui.operations import Topic, notify_changed, runner_for
from partydesk.gui.widgets.dialog import wide_enough
from partydesk.services import backup
from partydesk.services.backup import BackupError
from partydesk.services.common import OperationCancelled, local_time


def local_stamp(moment: datetime) -> str:
    """A stored UTC time as the clerk's wall-clock time."""
    return local_time(moment).strftime("%Y-%m-%d %H:%M")


def _held(text: str, *values: object) -> str:
    """One translated line of the holdings, its %1, %2 filled in."""
    line = QApplication.translate("BackupHoldings", text)
    for number, value in enumerate(values, start=1):
        line = line.replace(f"%{number}", str(value))
    return line


def holdings_text(info: backup.BackupInfo) -> str:
    """What a backup holds, in the words of the office."""
    counts = info.counts
    lines = [
        _held(QT_TRANSLATE_NOOP("BackupHoldings", "Office: %1"), info.office_name),
        _held(QT_TRANSLATE_NOOP("BackupHoldings", "Made: %1"), local_stamp(info.created_at)),
        _held(QT_TRANSLATE_NOOP("BackupHoldings", "Members: %1"), counts.get("member", 0)),
        _held(QT_TRANSLATE_NOOP("BackupHoldings", "Activities: %1, attendance records: %2"),
              counts.get("activity", 0), counts.get("attendance", 0)),
        _held(QT_TRANSLATE_NOOP("BackupHoldings", "Service entries: %1, talk records: %2"),
              counts.get("service_entry", 0), counts.get("talk", 0)),
        _held(QT_TRANSLATE_NOOP("BackupHoldings", "Photos and scans: %1"), counts.get("attachment", 0)),
        _held(QT_TRANSLATE_NOOP("BackupHoldings", "Program version: %1"), info.program_version),
    ]
    return "\n".join(lines)


class StickWriteDialog(QDialog):
    """What writing to a stick shares (backup, transfer export): the stick on top, a passphrase typed
    twice, a start button enabled when both are good, and plain words when writing fails.

    A subclass creates `self.passphrase` and its own fields, calls `lay_out`, and implements `write`.
    """

    def __init__(self, db, parent=None, run_task=None, drives=None):
        super().__init__(parent)
        self.db = db
        self.run_task = run_task or runner_for(parent)
        self.picker = DrivePicker(self, drives)
        self.passphrase: PassphraseFields
        wide_enough(self)

    def lay_out(self, middle: Sequence[QWidget | QLayout], start_text: str, start_name: str) -> None:
        """The stick, `middle`, then the buttons (created last, so Tab goes top to bottom)."""
        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel, self)
        self.start_button = self.buttons.addButton(start_text, QDialogButtonBox.AcceptRole)
        self.start_button.setObjectName(start_name)
        layout = QVBoxLayout(self)
        for part in (self.picker, *middle, self.buttons):
            if isinstance(part, QLayout):
                layout.addLayout(part)
            else:
                layout.addWidget(part)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        self.picker.changed.connect(self._update)
        self.passphrase.changed.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.start_button.setEnabled(self.picker.folder() is not None and self.passphrase.is_acceptable())

    def start(self) -> None:
        folder = self.picker.folder()
        if folder is None or not self.passphrase.is_acceptable() or not folder_present(self, folder):
            return
        self.start_button.setEnabled(False)
        self.write(folder)

    def write(self, folder: Path) -> None:
        """Run the writing task with on_done=self._done and on_error=self._failed."""
        raise NotImplementedError

    def _failed(self, error: BaseException) -> None:
        self._update()
        show_failure(self, error)


class BackupDialog(StickWriteDialog):
    """Choose a stick, set a passphrase twice, write and verify the backup with progress."""

    def __init__(self, db, parent=None, run_task=None, drives=None):
        super().__init__(db, parent, run_task, drives)
        self.result_info: backup.BackupInfo | None = None
        self.setObjectName("backupDialog")
        self.setWindowTitle(self.tr("Back up to a USB stick"))
        self.passphrase = PassphraseFields(self, confirm=True)
        note = QLabel(self.tr(
            "The backup is encrypted. Write the passphrase down and keep it apart from the stick: "
            "without it nobody, not even you, can open the backup."), self)
        note.setWordWrap(True)
        self.lay_out((self.passphrase, note), self.tr("&Back up"), "startBackup")

    def write(self, folder: Path) -> None:
        self.run_task(self.tr("Writing and checking the backup…"), backup.create_backup, self.db, folder,
                      self.passphrase.text(), on_done=self._done, on_error=self._failed)

    def _done(self, info: backup.BackupInfo) -> None:
        self.result_info = info
        notify_changed(self, Topic.SETTINGS)
        QMessageBox.information(self, self.windowTitle(), self.tr(
            "The backup was written and checked:\n%1\n\n%2").replace("%1", str(info.path))
            .replace("%2", holdings_text(info)))
        self.accept()


class RestoreDialog(QDialog):
    """Pick a backup (stick or automatic), see what it holds, then confirm the restore."""

    def __init__(self, db, parent=None, run_task=None):
        super().__init__(parent)
        self.db = db
        self.run_task = run_task or runner_for(parent)
        self.info: backup.BackupInfo | None = None
        self.unlocked: backup.UnlockedBackup | None = None
        self.result: backup.RestoreResult | None = None
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore a backup"))
        wide_enough(self)
        self.sources = QListWidget(self)
        self.sources.setObjectName("backupSources")
        choose = QPushButton(self.tr("Choose a backup &file…"), self)
        self.passphrase = PassphraseFields(self, confirm=False)
        self.show_button = QPushButton(self.tr("&Show what it holds"), self)
        self.show_button.setObjectName("showHoldings")
        self.summary = QLabel(self.tr("Choose a backup, enter its passphrase and press Show what it holds."), self)
        self.summary.setObjectName("holdings")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel, self)
        self.restore_button = self.buttons.addButton(self.tr("&Restore…"), QDialogButtonBox.AcceptRole)
        self.restore_button.setObjectName("startRestore")
        self.restore_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Automatic backups on this computer, or a file from a stick:"), self))
        layout.addWidget(self.sources)
        layout.addWidget(choose)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.show_button)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        choose.clicked.connect(self.choose_file)
        self.show_button.clicked.connect(self.show_holdings)
        self.sources.currentItemChanged.connect(lambda *_: self._source_changed())
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        self._fill_local()

    def _fill_local(self) -> None:
        try:
            listed = backup.list_backups(self.db)
        except PartydeskError:
            listed = []
        for entry in listed:
            when = local_stamp(entry.info.created_at) if entry.info else entry.path.name
            self._add(entry.path, self.tr("Automatic backup of %1").replace("%1", when), automatic=True)
        self.sources.setCurrentRow(-1)

    def _add(self, path: Path, label: str, automatic: bool = False) -> None:
        item = QListWidgetItem(label)
        item.setData(Qt.UserRole, str(path))
        item.setData(Qt.UserRole + 1, automatic)
        self.sources.addItem(item)
        self.sources.setCurrentItem(item)
        fit_to_items(self.sources)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a backup"), "",
                                              self.tr("partydesk backups (*.pdbak)"))
        if path:
            self.add_file(Path(path))

    def add_file(self, path: Path) -> None:
        self._add(path, str(path))

    def _source_changed(self) -> None:
        item = self.sources.currentItem()
        automatic = bool(item and item.data(Qt.UserRole + 1))
        self.passphrase.setEnabled(not automatic)
        self.info = self.unlocked = None
        self.restore_button.setEnabled(False)

    def path(self) -> Path | None:
        item = self.sources.currentItem()
        return Path(item.data(Qt.UserRole)) if item is not None else None

    def show_holdings(self) -> None:
        path = self.path()
        if path is None:
            return
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            self.unlocked = backup.unlock_backup(path, self.passphrase.text() or None, self.db)
            self.info = self.unlocked.info
        except (PartydeskError, OSError) as error:
            self.info = self.unlocked = None
            self.summary.setText(str(error))
        else:
            self.summary.setText(holdings_text(self.info))
        finally:
            QApplication.restoreOverrideCursor()
        self.restore_button.setEnabled(self.info is not None)

    def confirm(self) -> None:
        if self.info is None:
            return
        answer = QMessageBox.question(self, self.windowTitle(), self.tr(
            "Replace the current database with this backup?\n\n%1\n\nThe current database is kept in the "
            "backups folder, so this can be undone.").replace("%1", holdings_text(self.info)))
        if answer != QMessageBox.Yes:
            return
        self.restore_button.setEnabled(False)
        self.run_task(self.tr("Checking and restoring the backup…"), backup.restore_backup, self.db,
                      self.info.path, self.passphrase.text() or None, unlocked=self.unlocked,
                      on_done=self._done, on_error=self._failed)

    def _done(self, result: backup.RestoreResult) -> None:
        self.result = result
        notify_changed(self, Topic.ALL)  # the window's title follows the office's name too
        QMessageBox.information(self, self.windowTitle(), self.tr(
            "The backup was restored. The database you had before is kept as:\n%1"
        ).replace("%1", str(result.kept_copy)))
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.restore_button.setEnabled(self.info is not None)
        show_failure(self, error)


def folder_present(parent, folder: Path) -> bool:
    """A stick pulled out after it was listed: say so instead of writing a file named like it."""
    if folder.is_dir():
        return True
    show_failure(parent, BackupError("no_folder", folder=folder))
    return False


def show_failure(parent, error: BaseException) -> None:
    """Say plainly what happened; a cancel is not an error."""
    if isinstance(error, OperationCancelled):
        text = QApplication.translate("BackupDialog", "Cancelled. Nothing was written; earlier files are unchanged.")
        QMessageBox.information(parent, parent.windowTitle(), text)
        return
    QMessageBox.warning(parent, parent.windowTitle(), str(error))
