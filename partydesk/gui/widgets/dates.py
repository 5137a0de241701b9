"""A date field that accepts 2026-11-24, 2026.11.24, 2026年11月24日 or 20261124 and shows ISO."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QMessageBox, QToolButton, QWidget

from partydesk.domain.dates import format_date, parse_date
from partydesk.domain.errors import ValidationError


def future_date_confirmed(parent: QWidget, what: str, day: date | None, today: date) -> bool:
    """A date after today is allowed (a planned step) but asked about: it is most often a typing slip."""
    if day is None or day <= today:
        return True
    text = QCoreApplication.translate("DateEdit", "%1 is dated %2, which is in the future. Save it anyway?")
    answer = QMessageBox.question(parent, QCoreApplication.translate("DateEdit", "Date in the future"),
                                  text.replace("%1", what).replace("%2", format_date(day)),
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


class DateEdit(QWidget):
    """Text entry for a date with a small calendar button; `value()` validates through the domain."""

    changed = Signal()

    def __init__(self, field: str = "on_date", parent: QWidget | None = None, *, optional: bool = True):
        super().__init__(parent)
        self.field = field
        self.optional = optional
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(self.tr("YYYY-MM-DD"))  # a hint, never a date that looks typed
        self.line.setMaxLength(20)
        self.line.editingFinished.connect(self._normalise)
        self.line.textChanged.connect(self.changed)
        self.button = QToolButton(self)
        self.button.setText("…")
        self.button.setToolTip(self.tr("Pick a date from a calendar"))
        self.button.setFocusPolicy(Qt.NoFocus)
        self.button.clicked.connect(self._pick)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line)

    def text(self) -> str:
        return self.line.text()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        self.line.setText(text)

    def value(self) -> date | None:
        """The date typed, None when empty and optional; ValidationError naming the field otherwise."""
        text = self.line.text().strip()
        if not text and self.optional:
            return None
        return parse_date(text, self.field)

    def set_value(self, value: date | None) -> None:
        self.line.setText(format_date(value))

    def _normalise(self) -> None:
        try:
            value = self.value()
        except ValidationError:
            return
        if value is not None:
            self.line.setText(format_date(value))

    def _pick(self) -> None:
        calendar = QCalendarWidget(self)
        calendar.setWindowFlags(Qt.Popup)
        calendar.setGridVisible(True)
        try:
            current = self.value()
        except ValidationError:
            current = None
        if current:
            calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        calendar.activated.connect(lambda day: self._picked(calendar, day))
        calendar.clicked.connect(lambda day: self._picked(calendar, day))
        calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        calendar.show()
        calendar.setFocus()

    def _picked(self, calendar: QCalendarWidget, day: QDate) -> None:
        self.set_value(date(day.year(), day.month(), day.day()))
        calendar.close()
        calendar.deleteLater()
        self.line.setFocus()
