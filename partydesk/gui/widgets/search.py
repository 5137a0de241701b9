"""A search box that waits for a typing pause (250 ms) before asking the database again."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

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

    def flush(self) -> None:
        """Search now (Enter, or the pause elapsed)."""
        self.timer.stop()
        self.search.emit(self.text().strip())
