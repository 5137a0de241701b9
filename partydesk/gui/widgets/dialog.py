"""Base of the edit dialogs: fields with their own error labels, Save (Ctrl+S) and Cancel."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from partydesk.domain.errors import PartydeskError
from partydesk.gui import settings
from partydesk.gui.widgets.form import FieldForm
from partydesk.i18n import QT_TRANSLATE_NOOP

QT_TRANSLATE_NOOP("RecordDialog", "&Save")
QT_TRANSLATE_NOOP("RecordDialog", "Cancel")


def line(text: str = "", max_length: int = 200) -> QLineEdit:
    edit = QLineEdit(text)
    edit.setMaxLength(max_length)
    return edit


def text_box(text: str = "", height: int = 70) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(height)
    return box


def wide_enough(dialog: QDialog, digits: int = 60) -> None:
    """Room for notes to wrap in few lines: Qt sizes a dialog by its widgets' hints (a list: 250 px)."""
    dialog.setMinimumWidth(dialog.fontMetrics().horizontalAdvance("0") * digits)


class KeepOpen(Exception):  # noqa: N818 - not an error: the user chose to go back to the form
    """Raised by `save()` when the user answered a question with "not yet": nothing saved, dialog open."""


def focus_chain(top: QWidget) -> list[QWidget]:
    """`top`'s descendants in Tab order (every one, whatever its focus policy)."""
    chain: list[QWidget] = []
    widget = top.nextInFocusChain()
    while widget is not None and widget is not top and len(chain) < 10_000:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def buttons_last(dialog: QWidget, buttons: QWidget) -> None:
    """Move a button row to the end of the Tab order (it was made before the fields, so it came first)."""
    takers = [w for w in focus_chain(dialog) if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    fields = [w for w in takers if w is not buttons and not buttons.isAncestorOf(w)]
    if not fields:
        return
    last = fields[-1]
    for button in [w for w in takers if buttons.isAncestorOf(w)]:
        QWidget.setTabOrder(last, button)
        last = button


class RecordDialog(QDialog):
    """`save()` calls a service; a ValidationError lands under its field and the dialog stays open."""

    geometry_key = ""

    def __init__(self, window, parent: QWidget | None = None):
        super().__init__(parent if parent is not None else (window if isinstance(window, QWidget) else None))
        self.main = window
        self.db = window.db
        self.form = FieldForm()
        self.forms = [self.form]
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.form.general)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(QCoreApplication.translate("RecordDialog", "&Save"),
                                                  QDialogButtonBox.AcceptRole)
        self.buttons.addButton(QCoreApplication.translate("RecordDialog", "Cancel"), QDialogButtonBox.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.Save, self, activated=self.accept)

    def finish_layout(self, *extra: QWidget) -> None:
        self.body.addLayout(self.form)
        for widget in extra:
            self.body.addWidget(widget)
        self.body.addWidget(self.buttons)
        if self.geometry_key:
            settings.restore_geometry(self, self.geometry_key)
        self.start_keyboard()

    def start_keyboard(self) -> None:
        """Tab runs through the fields before Save and Cancel; typing starts in the first field."""
        buttons_last(self, self.buttons)
        first = next((w for w in (form.first_input() for form in self.forms) if w is not None), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        raise NotImplementedError

    def show_error(self, error: PartydeskError) -> None:
        """Put the message under the field it names, in whichever form holds that field."""
        for form in self.forms:
            form.clear_errors()
        field = getattr(error, "field", "")
        target = next((form for form in self.forms if field and field in form.errors), self.form)
        target.show_error(error)

    def accept(self) -> None:
        for form in self.forms:
            form.clear_errors()
        try:
            self.save()
        except PartydeskError as error:
            self.show_error(error)
            return
        except KeepOpen:
            return
        if self.geometry_key:
            settings.save_geometry(self, self.geometry_key)
        super().accept()
