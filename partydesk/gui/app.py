"""Start the window: Qt application, embedded font, translators, one instance per data dir, sign-in."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLockFile, QSettings
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from partydesk.config import Location
from partydesk.domain.actor import SINGLE_USER
from partydesk.domain.errors import PartydeskError
from partydesk.gui import i18n as gui_i18n
from partydesk.gui import settings
from partydesk.gui.collector import collect_on_ui_thread
from partydesk.i18n import QT_TRANSLATE_NOOP, translate
from partydesk.resources import CJK_FONT_FAMILY, cjk_font_path

LOCK_FILE = "partydesk.lock"
FALLBACK_FAMILIES = ["Microsoft YaHei", "SimSun", "Noto Sans CJK SC", "Sans Serif"]

ALREADY_RUNNING = QT_TRANSLATE_NOOP(
    "App", "Party Desk is already open for the data folder {path}. Switch to that window (see the task bar)."
)
CANNOT_OPEN = QT_TRANSLATE_NOOP(
    "App", "The database could not be opened.\n\n{reason}\n\nIf this keeps happening, restore the latest backup "
           "or ask whoever installed the program."
)
CANNOT_OPEN_UNKNOWN = QT_TRANSLATE_NOOP(
    "App", "The database in {path} could not be opened ({kind}). Check that the disk is not full and that the "
           "folder may be written to, then start again. Your data was not changed."
)
TITLE = QT_TRANSLATE_NOOP("App", "Party Desk")
RESTORE_BUTTON = QT_TRANSLATE_NOOP("App", "&Restore a backup…")
RESTORE_OFFER = QT_TRANSLATE_NOOP(
    "App", "You can restore a backup over it now: the file that could not be opened is kept in the backups folder."
)


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with organisation name, the embedded CJK font and the translators."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(settings.ORGANISATION)
    app.setApplicationName(settings.APPLICATION)
    use_embedded_font(app)
    collect_on_ui_thread(app)
    gui_i18n.install(settings.language())
    return app


def use_embedded_font(app: QApplication) -> str:
    """Register resources/fonts' CJK font so rare name characters render on any PC."""
    font_id = QFontDatabase.addApplicationFont(str(cjk_font_path()))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    family = families[0] if families else CJK_FONT_FAMILY
    font = QFont(app.font())
    font.setFamilies([family, *FALLBACK_FAMILIES])
    font.setPointSize(max(font.pointSize(), 10))
    app.setFont(font)
    return family


def _message(kind, text: str) -> None:
    box = QMessageBox(kind, translate("App", TITLE), text, QMessageBox.Ok)
    box.exec()


def single_instance_lock(data_dir: Path) -> QLockFile | None:
    """The held lock for this data folder, or None when another window has it."""
    data_dir.mkdir(parents=True, mode=0o700, exist_ok=True)  # private: it will hold resident IDs
    lock = QLockFile(str(data_dir / LOCK_FILE))
    lock.setStaleLockTime(0)
    return lock if lock.tryLock(200) else None


def restore_box(text: str) -> QMessageBox:
    """Why the database did not open, with "Restore a backup…" and "Close"."""
    offer = translate("App", RESTORE_OFFER)
    box = QMessageBox(QMessageBox.Icon.Critical, translate("App", TITLE), f"{text}\n\n{offer}")
    box.setObjectName("cannotOpen")
    restore = box.addButton(translate("App", RESTORE_BUTTON), QMessageBox.ButtonRole.AcceptRole)
    restore.setObjectName("restoreAtStart")
    box.setDefaultButton(restore)
    box.addButton(QMessageBox.StandardButton.Close)
    return box


def _ask_restore(text: str) -> bool:
    box = restore_box(text)
    box.exec()
    return box.clickedButton() is box.findChild(QPushButton, "restoreAtStart")


def _restore_instead(location: Location, text: str) -> bool:
    """Say why the database did not open; True when the user restored a backup over it (open it again).

    Cancelling the restore comes back to the same message, so "Close" is the only way out.
    """
    if location.db_path is None:  # a server's database: its administrator restores it
        _message(QMessageBox.Icon.Critical, text)
        return False
    from partydesk.gui.backup.rescue import restore_at_start

    while _ask_restore(text):
        if restore_at_start(location):
            return True
    return False


def open_db(location: Location):
    from partydesk.store.migrate import open_database

    while True:
        try:
            db = open_database(location, SINGLE_USER)
        except PartydeskError as error:
            text = translate("App", CANNOT_OPEN, reason=str(error))
        except Exception as error:  # noqa: BLE001 - a dialog, never a traceback
            text = translate("App", CANNOT_OPEN_UNKNOWN, path=str(location.data_dir), kind=type(error).__name__)
        else:
            for notice in db.notices:
                _message(QMessageBox.Icon.Information, notice)
            if db.unwritable:
                _message(QMessageBox.Icon.Warning, db.unwritable)
            return db
        if not _restore_instead(location, text):
            return None


def sign_in(db):
    """The acting user: the accounts helper's sign-in when present, else the single local user."""
    try:
        from partydesk.gui.accounts.login import sign_in as accounts_sign_in
    except ModuleNotFoundError as error:
        if error.name not in ("partydesk.gui.accounts", "partydesk.gui.accounts.login"):
            raise
        return SINGLE_USER
    return accounts_sign_in(db)


def run(location: Location, argv: list[str] | None = None) -> int:
    app = application(argv)
    lock = single_instance_lock(location.data_dir)
    if lock is None:
        _message(QMessageBox.Information, translate("App", ALREADY_RUNNING, path=str(location.data_dir)))
        return 0
    from partydesk.gui.start_frame import show_start_frame

    frame = show_start_frame(app)
    try:
        db = open_db(location)
        if db is None:
            return 1
        try:
            return _run_window(app, db, frame)
        finally:
            db.dispose()
    finally:
        frame.close()
        lock.unlock()


def _run_window(app: QApplication, db, frame) -> int:
    from partydesk.gui.first_run import ensure_office
    from partydesk.gui.main_window import MainWindow

    actor = sign_in(db)
    if actor is None:
        return 0
    db.actor = actor
    if not ensure_office(db):
        return 0
    window = MainWindow(db)
    window.show()
    frame.close()  # the real window now stands where the frame was
    return app.exec()


def point_settings_to(folder: Path) -> None:
    """Keep QSettings in `folder` (tests, portable installs) instead of the user's profile."""
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(folder))


__all__ = ["run", "application", "point_settings_to", "use_embedded_font", "single_instance_lock"]
