"""Python's cyclic garbage collection only on the UI thread, where Qt objects may be destroyed.

The collector runs in whichever thread happens to allocate past the threshold. When that is a
worker (a poster render, a backup) and the garbage holds a widget from a closed dialog, Qt
destroys the widget off the UI thread and the process dies with a segmentation fault. So automatic
collection is switched off and this timer collects, by the same thresholds, on the UI thread.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


def collect_due() -> int:
    """Collect the oldest generation whose count is past its threshold; the number of objects freed."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    for generation in (2, 1, 0):
        if thresholds[generation] and counts[generation] > thresholds[generation]:
            return gc.collect(generation)
    return 0


class MainThreadCollector(QObject):
    """Owned by the QApplication: `gc.disable()` for its lifetime and `collect_due()` every half second."""

    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS):
        super().__init__(parent)
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(collect_due)
        self.timer.start(interval_ms)


def collect_on_ui_thread(app: QObject) -> MainThreadCollector:
    """Install the collector once per application (and switch automatic collection off again)."""
    existing = app.findChild(MainThreadCollector)
    if existing is None:
        return MainThreadCollector(app)
    gc.disable()
    return existing
