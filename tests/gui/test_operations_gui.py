"""gui/operations: one way to run a service call, the change notice it sends, and what a feature sees of the window."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from partydesk.gui.operations import Host, Topic, host_of, notify_changed, run_inline, runner_for


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
