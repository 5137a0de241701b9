"""Table model of an import preview: one line per spreadsheet row and what happens to it."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from partydesk.i18n import QT_TRANSLATE_NOOP
from partydesk.services.importing import Action, RowOutcome, import_field_label

COLORS = {Action.REJECT: QColor("#fde2e2"), Action.SKIP: QColor("#f0f0f0"), Action.UPDATE: QColor("#e8f0fe")}


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportReport", text)


def action_label(action: Action) -> str:
    return _t(ACTION_LABELS[action])


ACTION_LABELS = {
    Action.CREATE: QT_TRANSLATE_NOOP("ImportReport", "New"),
    Action.UPDATE: QT_TRANSLATE_NOOP("ImportReport", "Update"),
    Action.SKIP: QT_TRANSLATE_NOOP("ImportReport", "Skipped"),
    Action.REJECT: QT_TRANSLATE_NOOP("ImportReport", "Rejected"),
}
HEADERS = (
    QT_TRANSLATE_NOOP("ImportReport", "Row"), QT_TRANSLATE_NOOP("ImportReport", "Outcome"),
    QT_TRANSLATE_NOOP("ImportReport", "Name"), QT_TRANSLATE_NOOP("ImportReport", "Field"),
    QT_TRANSLATE_NOOP("ImportReport", "Reason"),
)


class OutcomeModel(QAbstractTableModel):

    def __init__(self, parent=None):
        super().__init__(parent)
        self.outcomes: list[RowOutcome] = []

    def set_outcomes(self, outcomes) -> None:
        self.beginResetModel()
        self.outcomes = list(outcomes)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.outcomes)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if role != Qt.DisplayRole or orientation != Qt.Horizontal:
            return None
        return _t(HEADERS[section])

    def data(self, index, role=Qt.DisplayRole):
        outcome = self.outcomes[index.row()]
        if role == Qt.DisplayRole:
            field = import_field_label(outcome.field) if outcome.field else ""
            return (str(outcome.row), action_label(outcome.action), outcome.name, field, outcome.reason)[index.column()]
        if role == Qt.BackgroundRole and outcome.action in COLORS:
            return QBrush(COLORS[outcome.action])
        if role == Qt.ToolTipRole and index.column() == 4:
            return outcome.reason
        return None
