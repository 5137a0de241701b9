"""Data menu: import roster, import sign-in sheet, export, save the import template.

The wizard, the export dialog and the spreadsheet services are imported when an entry is chosen,
not at start: the window opens without them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from partydesk.domain.errors import PartydeskError
from partydesk.gui.importing import ATTENDANCE, ROSTER


def install(window) -> list[QAction]:
    """Add the import and export actions to the main window's Data menu."""
    menu = window.menus["data"]
    items = (
        (QCoreApplication.translate("ImportActions", "Import &roster…"), lambda: open_wizard(window, ROSTER)),
        (
            QCoreApplication.translate("ImportActions", "Import &sign-in sheet…"),
            lambda: open_wizard(window, ATTENDANCE),
        ),
        (QCoreApplication.translate("ImportActions", "&Export…"), lambda: open_export(window)),
        (QCoreApplication.translate("ImportActions", "Save import te&mplate…"), lambda: save_template(window)),
    )
    actions = []
    for text, slot in items:
        action = QAction(text, window)
        action.triggered.connect(slot)
        menu.addAction(action)
        actions.append(action)
    return actions


def open_wizard(window, kind: str):
    from partydesk.gui.importing.wizard import ImportWizard

    activity = None
    if kind == ATTENDANCE and window.tabs.currentWidget() is getattr(window, "calendar_tab", None):
        activity = window.calendar_tab.current_uuid()
    wizard = ImportWizard(window.db, kind, window, activity_uuid=activity)
    wizard.open()
    return wizard


def open_export(window) -> None:
    from partydesk.gui.importing.export_dialog import ExportDialog

    ExportDialog(window.db, window).exec()


def save_template(window) -> None:
    from partydesk.services import exporting

    path, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("ImportActions", "Save import template"),
        "党员花名册导入模板.xlsx",
        QCoreApplication.translate("ImportActions", "Excel workbook (*.xlsx)"),
    )
    if not path:
        return
    try:
        exporting.export_template(path)
    except (PartydeskError, OSError) as error:
        window.show_error(str(error))
        return
    window.show_status(QCoreApplication.translate("ImportActions", "Template saved: %1").replace("%1", path))
