"""Forms whose validation errors appear in red under the field they concern, and clear on edit."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from partydesk.domain.errors import PartydeskError, ValidationError

ERROR_STYLE = "color: #b00020;"


def error_label(parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setObjectName("fieldError")
    label.hide()
    return label


def typing_target(widget: QWidget) -> QWidget:
    """The widget that takes the keys: a label's buddy must be it, not a NoFocus wrapper.

    QLabel gives focus to its buddy only when the buddy itself accepts focus; otherwise it calls
    focusNextChild() and the text typed next lands in whichever field follows.
    """
    seen = set()
    proxy = widget.focusProxy()
    while proxy is not None and id(widget) not in seen:
        seen.add(id(widget))
        widget, proxy = proxy, proxy.focusProxy()
    return widget


def edited_signal(widget: QWidget):
    """The signal a field emits when the user changes it (None for widgets without one)."""
    changed = getattr(widget, "changed", None)
    if changed is not None and hasattr(changed, "connect"):
        return changed
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QAbstractSpinBox):
        return getattr(widget, "valueChanged", None) or getattr(widget, "dateChanged", None)
    if isinstance(widget, QAbstractButton):
        return widget.toggled
    return None


class FieldForm(QFormLayout):
    """A QFormLayout that keeps an error label under each field, keyed by the domain's field name."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.errors: dict[str, QLabel] = {}
        self.widgets: dict[str, QWidget] = {}
        self.fields: list[QWidget] = []
        self.general = error_label()

    def add(self, field: str, label: str, widget: QWidget, *aliases: str) -> QWidget:
        """Add a labelled field; errors naming `field` or any alias appear below it until it is edited."""
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(widget)
        message = error_label(holder)
        column.addWidget(message)
        caption = QLabel(label)
        caption.setBuddy(typing_target(widget))
        self.addRow(caption, holder)
        for name in (field, *aliases):
            self.errors[name] = message
            self.widgets[name] = widget
        self.fields.append(widget)
        signal = edited_signal(widget)
        if signal is not None:
            signal.connect(lambda *_args, m=message: self._clear(m))
        return widget

    def first_input(self) -> QWidget | None:
        """The first enabled field that takes typing (where a dialog's focus starts)."""
        for widget in self.fields:
            target = typing_target(widget)
            if widget.isEnabled() and target.isEnabled() and target.focusPolicy() != 0:
                return target
        return None

    def _clear(self, label: QLabel) -> None:
        label.clear()
        label.hide()
        self.general.clear()
        self.general.hide()

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
