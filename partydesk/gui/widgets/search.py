"""A search box that waits for a typing pause (250 ms) before asking the database again; ↓ goes to the results."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QWidget

DEBOUNCE_MS = 250


class SearchBox(QLineEdit):
    search = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.flush)
        self.textChanged.connect(lambda _text: self.timer.start())
        self.returnPressed.connect(self.flush)
        self.results: QAbstractItemView | None = None

    def keyPressEvent(self, event) -> None:  # noqa: N802
        plain = event.modifiers() == Qt.KeyboardModifier.NoModifier
        if event.key() == Qt.Key.Key_Down and self.results is not None and plain:
            if self.timer.isActive():  # results of what is typed, not of the text before the pause
                self.flush()
            self.go_to_results()
            return
        super().keyPressEvent(event)

    def go_to_results(self) -> None:
        """Focus the list of matches on its current row (the first one if none is current)."""
        view = self.results
        model = view.model() if view is not None else None
        if view is None or model is None or model.rowCount() == 0:
            return
        if not view.currentIndex().isValid():
            first = model.index(0, 0)
            view.setCurrentIndex(first)
            selection = view.selectionModel()
            if selection is not None and not selection.hasSelection():
                selection.select(first, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                 | QItemSelectionModel.SelectionFlag.Rows)
        view.setFocus(Qt.FocusReason.TabFocusReason)

    def flush(self) -> None:
        """Search now (Enter, or the pause elapsed)."""
        self.timer.stop()
        self.search.emit(self.text().strip())
