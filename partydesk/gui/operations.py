"""The one way the window runs a service call: in a worker, with progress and Cancel, errors shown, then
the change notice — as Anki's aqt.operations. Also what a feature may use of the window (`Host`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QMenu, QMessageBox, QProgressDialog, QWidget
from shiboken6 import isValid

from partydesk.domain.errors import PartydeskError
from partydesk.gui.workers import Task
from partydesk.services.common import OperationCancelled

if TYPE_CHECKING:
    from partydesk.store.db import Database


class Topic(StrEnum):
    """What changed, so each open view reloads only what it shows."""

    MEMBERS = "members"
    ACTIVITIES = "activities"
    ATTENDANCE = "attendance"
    SERVICES = "services"
    TALKS = "talks"
    DUES = "dues"
    ATTACHMENTS = "attachments"
    PUBLICITY = "publicity"
    SETTINGS = "settings"
    VANGUARD = "vanguard"  # honours, points entries, grades
    ALL = "all"


Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


def _t(text: str) -> str:
    return QCoreApplication.translate("Operations", text)


class Operations(QObject):
    """Runs service calls off the UI thread for one window and knows whether any is still running.

    When the window closes (`stop`), every task is asked to cancel, nothing new starts, and what the
    tasks still send back is dropped: the window or a dialog may be gone by then. A service cancelled
    rolls back (nothing half-done is saved), so stopping never loses data that was saved.
    """

    def __init__(self, window: QWidget, notify: Callable[..., None]):
        super().__init__(window)
        self.window = window
        self.notify = notify
        self.pool = QThreadPool.globalInstance()
        self.tasks: set[Task] = set()  # what the clerk waits for: reads and work with a progress dialog
        self.silent: set[Task] = set()  # background work, never counted as busy
        self.stopping = False
        self._when_stopped: Callable[[], None] | None = None

    @property
    def busy(self) -> bool:
        return bool(self.tasks)

    @property
    def running(self) -> bool:
        """Any task still in a worker, background work included."""
        return bool(self.tasks or self.silent)

    def stop(self, then: Callable[[], None]) -> bool:
        """Cancel every task and drop its result; True when none was running, else `then()` once the last ends."""
        self.stopping = True
        if not self.running:
            return True
        self._when_stopped = then
        for task in self.tasks | self.silent:
            task.cancel()
        return False

    def run(self, title: str, fn: Callable[..., Any], *args: Any, on_done: Done | None = None,
            on_error: Failed | None = None, changes: Iterable[Topic] = (), **kwargs: Any) -> Task:
        """`fn(*args, progress=, cancelled=, **kwargs)` in a worker with a progress dialog and Cancel.

        On success the `changes` are announced, then `on_done(result)`; a failure goes to `on_error`
        or is shown (a cancel in the status bar, a user error as a message, a bug with its trace).
        """
        task = Task(fn, *args, **kwargs)
        if self.stopping:  # the window is closing: nothing new starts
            return task
        dialog = self._progress_dialog(title, task)
        changes = tuple(changes)
        task.signals.done.connect(lambda result: self._done(task, dialog, result, on_done, changes))
        task.signals.failed.connect(lambda error, trace: self._failed(task, dialog, error, trace, on_error))
        return self._start(task)

    def read(self, fn: Callable[[], Any], on_done: Done) -> Task:
        """Read something in a worker without a progress dialog (status bar, overview figures)."""
        task = Task(lambda progress, cancelled: fn())
        task.signals.done.connect(lambda result: self._quietly(task, on_done, result))
        task.signals.failed.connect(lambda error, trace: self._quietly(task, self._show_briefly, error))
        return self._start(task)

    def background(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[], None],
                   on_error: Failed) -> Task:
        """Silent work the user did not ask for (the automatic backup): never counted as busy."""
        task = Task(fn, *args)
        task.signals.done.connect(lambda _result: self._ended(task) and on_done())
        task.signals.failed.connect(lambda error, _trace: self._ended(task) and on_error(error))
        return self._start(task, self.silent)

    def resume(self) -> None:
        """The window is shown again after it was closed: work may start again (not while it is still closing)."""
        if not self.running:
            self.stopping, self._when_stopped = False, None

    def _start(self, task: Task, tasks: set[Task] | None = None) -> Task:
        if self.stopping:
            return task
        (self.tasks if tasks is None else tasks).add(task)
        self.pool.start(task)
        return task

    def _ended(self, task: Task) -> bool:
        """Forget a task that has ended; True when its result may still be shown (the window is not closing)."""
        self.tasks.discard(task)
        self.silent.discard(task)
        if self.stopping and not self.running and self._when_stopped is not None:
            then, self._when_stopped = self._when_stopped, None
            if isValid(self.window):
                QTimer.singleShot(0, self, then)  # after this task's own clean-up
        return not self.stopping and isValid(self.window)

    def _progress_dialog(self, title: str, task: Task) -> QProgressDialog:
        dialog = QProgressDialog(title, _t("Cancel"), 0, 0, self.window)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(task.cancel)
        task.signals.progress.connect(lambda done, total: (dialog.setMaximum(total), dialog.setValue(done)))
        return dialog

    def _quietly(self, task: Task, callback: Callable[[Any], None], value: Any) -> None:
        if self._ended(task):  # else the window is closing or gone while the worker was reading
            callback(value)

    def _show_briefly(self, error: BaseException) -> None:
        show_status(self.window, str(error) if isinstance(error, PartydeskError) else type(error).__name__)

    def _done(self, task: Task, dialog: QProgressDialog, result: Any, on_done: Done | None,
              changes: tuple[Topic, ...]) -> None:
        if not self._finish(task, dialog):
            return
        if changes:
            self.notify(*changes)
        if on_done is not None:
            on_done(result)

    def _failed(self, task: Task, dialog: QProgressDialog, error: BaseException, trace: str,
                on_error: Failed | None) -> None:
        if not self._finish(task, dialog):
            return
        if on_error is not None:
            on_error(error)
        elif isinstance(error, OperationCancelled):
            show_status(self.window, _t("Cancelled; nothing was changed."))
        elif isinstance(error, PartydeskError):
            QMessageBox.warning(self.window, _t("Party Desk"), str(error))
        else:
            box = QMessageBox(QMessageBox.Critical, _t("Party Desk"),
                              _t("Something went wrong and the work was stopped. Nothing half-done was saved."),
                              QMessageBox.Ok, self.window)
            box.setDetailedText(trace)
            box.exec()

    def _finish(self, task: Task, dialog: QProgressDialog) -> bool:
        """Close the task's progress dialog; True when its result may still be shown."""
        if isValid(dialog):
            dialog.reset()
            dialog.close()
            dialog.deleteLater()
        return self._ended(task)


@runtime_checkable
class Host(Protocol):
    """What a feature (a tab, a dialog, a menu's actions) may use of the main window."""

    db: Database
    operations: Operations
    menus: dict[str, QMenu]

    def notify_changed(self, *topics: Topic) -> None: ...

    def push_undo(self, text: str, undo: Callable[[], object], redo: Callable[[], object], *topics: Topic) -> None: ...

    def show_status(self, text: str) -> None: ...

    def show_error(self, text: str) -> None: ...

    def refresh_title(self) -> None: ...

    def refresh_status(self) -> None: ...


def host_of(widget: QObject | None) -> Host | None:
    """The main window a widget belongs to, or None for a dialog opened on its own (tests, first run)."""
    while widget is not None and not isinstance(widget, Host):
        widget = widget.parent()
    return widget


def show_status(widget: QObject | None, text: str) -> None:
    host = host_of(widget)
    if host is not None:
        host.show_status(text)


def notify_changed(widget: QObject | None, *topics: Topic) -> None:
    host = host_of(widget)
    if host is not None:
        host.notify_changed(*topics)


def run_inline(title: str, fn: Callable[..., Any], *args: Any, on_done: Done | None = None,
               on_error: Failed | None = None, changes: Iterable[Topic] = (), **kwargs: Any) -> None:
    """Run on the UI thread right after the current event: for a dialog used without a main window."""

    def work() -> None:
        try:
            result = fn(*args, progress=lambda done, total: None, cancelled=lambda: False, **kwargs)
        except Exception as error:  # handed to the caller like the worker does
            if on_error is None:
                raise
            on_error(error)
            return
        if on_done is not None:
            on_done(result)

    QTimer.singleShot(0, work)


def runner_for(widget: QObject | None) -> Callable[..., Any]:
    """The window's `operations.run` (worker, progress, Cancel) when there is a window, else inline."""
    host = host_of(widget)
    return host.operations.run if host is not None else run_inline
