"""Forms whose validation errors appear in red under the field they concern."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from partydesk.domain.errors import PartydeskError, ValidationError

ERROR_STYLE = "color: #b00020;"


def error_label(parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setObjectName("fieldError")
    label.hide()
    return label


class FieldForm(QFormLayout):
    """A QFormLayout that keeps an error label under each field, keyed by the domain's field name."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.errors: dict[str, QLabel] = {}
        self.widgets: dict[str, QWidget] = {}
        self.general = error_label()

    def add(self, field: str, label: str, widget: QWidget, *aliases: str) -> QWidget:
        """Add a labelled field; errors naming `field` or any alias appear below it."""
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(widget)
        message = error_label(holder)
        column.addWidget(message)
        caption = QLabel(label)
        caption.setBuddy(widget)
        self.addRow(caption, holder)
        for name in (field, *aliases):
            self.errors[name] = message
            self.widgets[name] = widget
        return widget

    def clear_errors(self) -> None:
        for label in (*self.errors.values(), self.general):
            label.clear()
            label.hide()

    def show_error(self, error: PartydeskError) -> QWidget | None:
        """Show the message under its field (or at the top); focus that field."""
        self.clear_errors()
        field = error.field if isinstance(error, ValidationError) else ""
        label = self.errors.get(field)
        if label is None:
            self.general.setText(str(error))
            self.general.show()
            return None
        label.setText(error.message)
        label.show()
        widget = self.widgets[field]
        widget.setFocus()
        return widget
