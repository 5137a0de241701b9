"""How the wizard and the export dialog run a service call: the main window's worker, or inline."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QTimer


def run_inline(title: str, fn: Callable[..., Any], *args: Any, on_done=None, on_error=None, **kwargs: Any) -> None:
    """Run on the UI thread right after the current event (for a wizard used without a main window)."""

    def work() -> None:
        try:
            result = fn(*args, progress=lambda done, total: None, cancelled=lambda: False, **kwargs)
        except Exception as error:  # noqa: BLE001 - handed to the caller like the worker does
            if on_error is None:
                raise
            on_error(error)
            return
        if on_done is not None:
            on_done(result)

    QTimer.singleShot(0, work)


def runner_for(parent) -> Callable[..., Any]:
    """The main window's `run_task` (worker thread, progress, Cancel) when there is one."""
    window = parent
    while window is not None and not hasattr(window, "run_task"):
        window = window.parent()
    return window.run_task if window is not None else run_inline
