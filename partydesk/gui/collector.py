"""Python's cyclic garbage collection only on the UI thread, where Qt objects may be destroyed.

The collector runs in whichever thread happens to allocate past the threshold. When that is a
worker (a poster render, a backup) and the garbage holds a widget from a closed dialog, Qt
destroys the widget off the UI thread and the process dies with a segmentation fault. So automatic
collection is switched off and this timer collects, by the same thresholds, on the UI thread.

Start-up allocates some hundred thousand objects (modules, classes, the ORM's mappers, the window)
that live as long as the program. Collecting them once, in the middle of start-up, cost 0.1–0.3 s
before the roster appeared; so nothing is collected until the window says start-up is over
(`start_up_over`, or START_TICKS at the latest). SETTLE_MS later, once the first paint is long done,
start-up's garbage is collected once and what is left is frozen out of every later collection
(frozen at once, the garbage would have been kept for the program's lifetime).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500
START_TICKS = 20  # collect anyway after 10 s if no window ever says start-up is over (a sign-in left open)
SETTLE_MS = 3000  # after the window is up: the clerk is reading it, not yet typing


def collect_due() -> int:
    """Collect the oldest generation whose count is past its threshold; the number of objects freed."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    for generation in (2, 1, 0):
        if thresholds[generation] and counts[generation] > thresholds[generation]:
            return gc.collect(generation)
    return 0


class MainThreadCollector(QObject):
    """Owned by the QApplication: `gc.disable()` for its lifetime and `collect_due()` every half second."""

    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS, settle_ms: int = SETTLE_MS):
        super().__init__(parent)
        gc.disable()
        self.starting = True
        self.ticks = 0
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        self.timer.start(interval_ms)
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setInterval(settle_ms)
        self.settle.timeout.connect(self._collect_then_freeze)

    def _tick(self) -> None:
        self.ticks += 1
        if not self.starting or self.ticks > START_TICKS:
            collect_due()

    def start_up_done(self) -> None:
        """The window is up: in SETTLE_MS, free start-up's garbage and freeze the rest (once)."""
        if self.starting and not self.settle.isActive():
            self.settle.start()

    def _collect_then_freeze(self) -> None:
        """What start-up made and still holds lives as long as the program: out of later collections."""
        if self.starting:
            gc.collect()
            gc.freeze()
            self.starting = False


def start_up_over(app: QObject | None) -> None:
    """The window is up: later collections skip the objects start-up made (no-op without a collector)."""
    collector = app.findChild(MainThreadCollector) if app is not None else None
    if collector is not None:
        collector.start_up_done()


def collect_on_ui_thread(app: QObject) -> MainThreadCollector:
    """Install the collector once per application (and switch automatic collection off again)."""
    existing = app.findChild(MainThreadCollector)
    if existing is None:
        return MainThreadCollector(app)
    gc.disable()
    return existing
