"""gui/operations: one way to run a service call, the change notice it sends, and what a feature sees of the window."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog, QWidget
from shiboken6 import delete

from partydesk.gui.operations import Host, Topic, host_of, notify_changed, run_inline, runner_for
from partydesk.services.common import OperationCancelled


def add(a, b, progress, cancelled):
    progress(1, 1)
    return a + b


def test_a_successful_operation_announces_its_changes_before_its_callback(window, qtbot):
    seen = []
    window.changed.connect(lambda topics: seen.append(("changed", topics)))
    window.operations.run("加法", add, 1, 2, changes=(Topic.TALKS,), on_done=lambda r: seen.append(("done", r)))
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5000)
    assert seen == [("changed", {Topic.TALKS}), ("done", 3)]
    assert not window.busy


def test_a_failed_operation_announces_nothing(window, qtbot):
    seen, errors = [], []
    window.changed.connect(seen.append)

    def fails(progress, cancelled):
        raise ValueError("no")

    window.operations.run("失败", fails, changes=(Topic.MEMBERS,), on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert seen == [] and isinstance(errors[0], ValueError)


def test_topics_are_the_strings_views_compare_with():
    assert Topic.MEMBERS == "members" and {Topic.ALL} & {"all"}


def test_a_dialog_finds_the_window_it_belongs_to(window, qtbot):
    dialog = QDialog(window)
    child = QWidget(dialog)
    assert isinstance(window, Host)
    assert host_of(child) is window
    assert runner_for(child) == window.operations.run
    seen = []
    window.changed.connect(seen.append)
    notify_changed(child, Topic.SETTINGS)
    assert seen == [{Topic.SETTINGS}]


def test_a_dialog_on_its_own_runs_its_work_inline(qtbot):
    alone = QWidget()
    qtbot.addWidget(alone)
    assert host_of(alone) is None and runner_for(alone) is run_inline
    notify_changed(alone, Topic.ALL)  # nobody to tell: nothing happens
    results = []
    run_inline("加法", add, 2, 3, on_done=results.append)
    qtbot.waitUntil(lambda: results == [5], timeout=5000)


class Blocked:
    """A job that blocks in its worker until the test lets it go: no sleeps, no timing."""

    def __init__(self, result=None):
        self.started, self.release, self.ended = threading.Event(), threading.Event(), threading.Event()
        self.saw_cancel: list[bool] = []
        self.result = result

    def __call__(self, progress=None, cancelled=None):
        self.started.set()
        try:
            assert self.release.wait(60), "the test never let the job go"
            self.saw_cancel.append(bool(cancelled and cancelled()))
            if cancelled is not None and cancelled():
                raise OperationCancelled()  # as a service does: its transaction rolled back
            return self.result
        finally:
            self.ended.set()


@pytest.fixture
def quiet_window(zh, make_window, db, qtbot, monkeypatch):
    """A window on a small office, its start-up reads done; any message box would be a failure."""
    window = make_window(db)
    qtbot.waitUntil(lambda: not window.busy, timeout=10_000)
    boxes = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box.text()) or 0)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: boxes.append(a[2]))
    window.boxes = boxes
    return window


def test_closing_during_a_read_cancels_it_drops_its_result_and_closes_when_it_has_ended(quiet_window, qtbot):
    window, job, results = quiet_window, Blocked(result=42), []
    task = window.operations.read(job, results.append)
    assert job.started.wait(10)
    assert window.close() is False and window.isVisible()  # waits for the worker instead of freezing in it
    assert task.is_cancelled()
    job.release.set()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert results == [] and not window.operations.running


def test_closing_during_an_import_asks_it_to_cancel_and_waits_with_a_short_message(quiet_window, qtbot):
    window, job, done, errors = quiet_window, Blocked(), [], []
    window.operations.run("导入", job, on_done=done.append, on_error=errors.append, changes=(Topic.MEMBERS,))
    assert job.started.wait(10)
    window.close()
    notice = window.findChild(QProgressDialog, "closingNotice")
    assert notice is not None and "关闭" in notice.labelText()
    assert window.isVisible() and window.busy
    job.release.set()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert job.saw_cancel == [True]
    assert done == [] and errors == [] and window.boxes == []  # the window is going: no "cancelled" message


def test_a_running_automatic_backup_is_cancelled_and_waited_for_too(quiet_window, qtbot):
    window, job, seen = quiet_window, Blocked(), []
    window.operations.background(job, on_done=lambda: seen.append("done"), on_error=seen.append)
    assert job.started.wait(10) and not window.busy  # background work is not "busy"...
    assert window.close() is False  # ...but the window does not close under it
    job.release.set()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert job.saw_cancel == [True] and seen == []


def test_nothing_new_starts_once_the_window_is_closing(quiet_window, qtbot):
    window, job, late = quiet_window, Blocked(), Blocked()
    window.operations.read(job, lambda _result: None)
    assert job.started.wait(10)
    window.close()
    window.operations.read(late, lambda _result: None)  # a tab's timer, the status bar's refresh
    job.release.set()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert not late.started.is_set()


def test_a_result_arriving_after_the_window_was_destroyed_touches_nothing(zh, db, qtbot, capfd):
    from partydesk.gui.main_window import MainWindow

    window = MainWindow(db)
    window.show()
    qtbot.waitUntil(lambda: not window.busy, timeout=10_000)
    job, results = Blocked(result=1), []
    task = window.operations.read(job, results.append)
    assert job.started.wait(10)
    window.close()
    delete(window)  # destroyed while its worker still reads
    job.release.set()
    assert task.finished.wait(10)
    qtbot.waitUntil(lambda: job.ended.is_set())
    QCoreApplication.processEvents()
    assert results == []
    assert "deleted" not in capfd.readouterr().err


def test_a_window_shown_again_after_it_closed_runs_work_again(quiet_window, qtbot):
    window, results = quiet_window, []
    window.close()
    assert not window.isVisible()
    window.show()
    window.operations.read(lambda: 7, results.append)
    qtbot.waitUntil(lambda: results == [7], timeout=10_000)
