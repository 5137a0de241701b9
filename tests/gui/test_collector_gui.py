"""Garbage is collected on the UI thread only: a worker that allocates never frees a widget."""

from __future__ import annotations

import gc
import threading
import weakref

from partydesk.gui.app import application
from partydesk.gui.collector import MainThreadCollector, collect_due


class Cycle:
    def __init__(self):
        self.me = self


def _garbage_freed_by(freed_on: list[str]) -> None:
    cycle = Cycle()
    weakref.finalize(cycle, lambda: freed_on.append(threading.current_thread().name))
    del cycle


def _allocate_in_a_worker() -> None:
    def churn():
        kept = [[i] for i in range(50_000)]  # far past the first generation's threshold
        del kept

    worker = threading.Thread(target=churn, name="worker")
    worker.start()
    worker.join()


def test_the_application_switches_automatic_collection_off_and_collects_on_its_own_thread(qapp, qtbot):
    application()
    collectors = qapp.findChildren(MainThreadCollector)
    assert len(collectors) == 1
    assert not gc.isenabled()
    assert collectors[0].timer.isActive()
    application()
    assert len(qapp.findChildren(MainThreadCollector)) == 1


def test_garbage_made_before_a_worker_allocates_is_freed_on_the_ui_thread(qapp):
    gc.enable()  # as Python starts
    application()
    gc.collect()
    freed_on: list[str] = []
    _garbage_freed_by(freed_on)
    _allocate_in_a_worker()
    assert freed_on == []
    thresholds = gc.get_threshold()
    gc.set_threshold(1)  # any count is past it
    try:
        collect_due()
    finally:
        gc.set_threshold(*thresholds)
    assert freed_on == [threading.current_thread().name]


def test_nothing_is_collected_before_a_threshold_is_passed():
    gc.collect()
    assert collect_due() == 0
