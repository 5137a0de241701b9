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


def test_nothing_is_collected_while_the_program_starts_and_what_start_up_made_is_then_frozen(qapp, qtbot):
    from PySide6.QtCore import QObject

    owner = QObject()
    collector = MainThreadCollector(owner, interval_ms=60_000, settle_ms=0)  # ticked by hand, settled by the loop
    freed_on: list[str] = []
    thresholds = gc.get_threshold()
    gc.set_threshold(1)
    try:
        _garbage_freed_by(freed_on)
        collector._tick()
        assert freed_on == []  # a collection now would walk everything start-up is still making
        collector.start_up_done()
        collector._tick()
        assert freed_on == [] and collector.starting  # not while the window paints for the first time
        qtbot.waitUntil(lambda: not collector.starting)
        assert gc.get_freeze_count() > 0
        _garbage_freed_by(freed_on)
        collector._tick()
        assert len(freed_on) == 2  # start-up's garbage when it settled, then this one as before
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()
        owner.deleteLater()


def test_start_up_garbage_is_freed_a_few_seconds_after_the_window_is_up_and_what_it_keeps_is_frozen(qapp, qtbot):
    from PySide6.QtCore import QObject

    from partydesk.gui.collector import SETTLE_MS

    owner = QObject()
    collector = MainThreadCollector(owner, interval_ms=60_000)
    assert collector.settle.interval() == SETTLE_MS and 1000 <= SETTLE_MS <= 10_000  # off the first paint
    collector.settle.setInterval(0)  # the clock, driven by the test's event loop instead of the wall
    freed_on: list[str] = []
    kept = Cycle()  # start-up's: the ORM's mappers, the window
    _garbage_freed_by(freed_on)  # start-up's garbage: a parsed file, a query's rows
    try:
        collector.start_up_done()
        collector.start_up_done()  # said twice (a second window): still one settle
        assert freed_on == [] and collector.settle.isActive()
        qtbot.waitUntil(lambda: not collector.starting)
        assert freed_on == [threading.current_thread().name]
        assert not any(found is kept for found in gc.get_objects())  # frozen: no collection walks it again
        frozen = gc.get_freeze_count()
        collector.start_up_done()
        assert not collector.settle.isActive() and gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
        owner.deleteLater()


def test_a_start_that_never_says_it_is_over_is_collected_after_a_while(qapp):
    from PySide6.QtCore import QObject

    from partydesk.gui.collector import START_TICKS

    owner = QObject()
    collector = MainThreadCollector(owner, interval_ms=60_000)
    freed_on: list[str] = []
    thresholds = gc.get_threshold()
    gc.set_threshold(1)
    try:
        _garbage_freed_by(freed_on)
        for _ in range(START_TICKS):
            collector._tick()
        assert freed_on == []
        collector._tick()
        assert freed_on == [threading.current_thread().name]
    finally:
        gc.set_threshold(*thresholds)
        owner.deleteLater()
