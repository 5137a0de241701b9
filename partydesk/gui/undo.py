"""Undo for this session's edits: each command calls the services again (never raw SQL)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from partydesk.domain.errors import PartydeskError


class ServiceCommand(QUndoCommand):
    """An action already done through a service; undo and redo call the inverse / same service."""

    def __init__(self, window, text: str, undo: Callable[[], object], redo: Callable[[], object],
                 topics: tuple[str, ...]):
        super().__init__(text)
        self.main = window
        self._undo, self._redo = undo, redo
        self.topics = topics
        self._done_already = True

    def redo(self) -> None:
        if self._done_already:  # QUndoStack.push() calls redo(); the service already ran.
            self._done_already = False
            return
        self._call(self._redo)

    def undo(self) -> None:
        self._call(self._undo)

    def _call(self, fn: Callable[[], object]) -> None:
        try:
            fn()
        except PartydeskError as error:
            self.setObsolete(True)
            self.main.show_error(str(error))
        self.main.notify_changed(*self.topics)
