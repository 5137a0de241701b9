"""The part of the screen a window may use, so that nothing opens larger than a 1024×768 office PC."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FRAME = QSize(16, 40)  # the window manager's border and title bar, outside the widget's own size


def free_area(widget: QWidget) -> QSize:
    """The screen's available size (less the task bar) where `widget` will appear."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry().size() if screen is not None else QSize(1024, 728)


def fitting_size(widget: QWidget, wanted: QSize) -> QSize:
    """`wanted`, shrunk to the screen's free area less the window frame and title bar."""
    return wanted.boundedTo(free_area(widget) - FRAME)
