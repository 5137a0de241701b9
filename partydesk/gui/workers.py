"""Run one service call in a QThreadPool worker; progress, cancel and the result come back on the UI thread."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal


class TaskSignals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object, str)


class Task(QRunnable):
    """`fn(*args, progress=..., cancelled=..., **kwargs)` off the UI thread."""

    def __init__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any):
        super().__init__()
        self.setAutoDelete(False)
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.signals = TaskSignals()
        self._cancel = threading.Event()
        self.finished = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, done: int, total: int) -> None:
        self.signals.progress.emit(int(done), int(total))

    def run(self) -> None:
        try:
            result = self.fn(*self.args, progress=self._progress, cancelled=self.is_cancelled, **self.kwargs)
        except BaseException as error:  # noqa: BLE001 - every failure goes back to the UI thread
            self.signals.failed.emit(error, traceback.format_exc())
        else:
            self.signals.done.emit(result)
        finally:
            self.finished.set()
