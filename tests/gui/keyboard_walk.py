"""Every dialog and window of the program, and what a keyboard user needs of each (used by the walker test)."""

from __future__ import annotations

import re

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTabBar,
    QTextEdit,
    QToolBar,
    QToolButton,
    QWidget,
)

MARKUP = re.compile(r"<[^>]+>|&nbsp;|&&")
SCREEN = (1024, 728)  # 1024×768 less the Windows task bar: the available geometry
TITLE_BAR = 31  # the window frame's title bar sits above the client area the dialog's size measures
INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QCheckBox, QRadioButton,
          QAbstractScrollArea, QCalendarWidget)
LEAVES = (QLineEdit, QAbstractSpinBox, QComboBox, QAbstractScrollArea, QCalendarWidget, QAbstractButton, QLabel,
          QProgressBar, QTabBar, QToolBar, QDialogButtonBox)


def mnemonics(text: str) -> list[str]:
    return [key.upper() for key in re.findall(r"&(\w)", MARKUP.sub("", text or ""))]


def duplicated(keys: list[str]) -> list[str]:
    return sorted({key for key in keys if keys.count(key) > 1})


def shown(top: QWidget, kinds) -> list:
    return [w for w in top.findChildren(QWidget) if isinstance(w, kinds) and w.isVisibleTo(top) and w.window() is top]


def dialog_mnemonics(top: QWidget) -> list[str]:
    keys = []
    for widget in shown(top, (QLabel, QAbstractButton)):
        if isinstance(widget, QToolButton) and widget.defaultAction() is not None:
            continue  # a tool bar button shows its action's text without the mnemonic
        keys += mnemonics(widget.text())
    return keys


def menu_mnemonics(menu: QMenu) -> list[str]:
    return [key for action in menu.actions() if action.isVisible() for key in mnemonics(action.text())]


def takes_typing(widget: QWidget | None) -> bool:
    return isinstance(widget, INPUTS)


def labelled_buddies(top: QWidget) -> list[tuple[QLabel, QWidget, str]]:
    """(label, buddy, Alt letter) for each visible label with a mnemonic and a buddy."""
    found = []
    for label in shown(top, QLabel):
        keys = mnemonics(label.text())
        if keys and label.buddy() is not None and label.buddy().isEnabled():
            found.append((label, label.buddy(), keys[0]))
    return found


def typed_into(widget: QWidget) -> str:
    if isinstance(widget, (QLineEdit,)):
        return widget.text()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return widget.toPlainText()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    return ""


def rect_in(top: QWidget, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(top, widget.rect().topLeft()), widget.size())


def leaves(top: QWidget) -> list[QWidget]:
    """Visible widgets a user sees as one thing (a line edit with its clear button is one)."""
    found = []

    def walk(parent: QWidget) -> None:
        for child in parent.findChildren(QWidget, options=Qt.FindDirectChildrenOnly):
            if not child.isVisibleTo(top) or child.isWindow() or child.width() <= 1 or child.height() <= 1:
                continue
            if isinstance(child, LEAVES):
                if not (isinstance(child, QLabel) and not child.text() and child.pixmap().isNull()):
                    found.append(child)
                continue
            walk(child)

    walk(top)
    return found


def overlaps(top: QWidget) -> list[tuple[str, str]]:
    boxes = [(w, rect_in(top, w)) for w in leaves(top)]
    clashes = []
    for index, (first, one) in enumerate(boxes):
        for second, other in boxes[index + 1:]:
            common = one.intersected(other)
            if common.width() > 2 and common.height() > 2 and not first.isAncestorOf(second) \
                    and not second.isAncestorOf(first):
                clashes.append((describe(first), describe(second)))
    return clashes


def describe(widget: QWidget) -> str:
    text = getattr(widget, "text", lambda: "")
    text = text() if callable(text) else ""
    return f"{type(widget).__name__}:{widget.objectName()}:{text}"


def fits_screen(top: QWidget) -> bool:
    """Within 1024×768's available area, leaving room for the title bar (the test screen is 800×800: a
    window sized to its screen is measured on that)."""
    width, height = SCREEN
    minimum = top.minimumSizeHint()
    return max(top.width(), minimum.width()) <= width and max(top.height(), minimum.height()) <= height - TITLE_BAR


def focus_now() -> QWidget | None:
    return QApplication.focusWidget()


def is_button(widget: QWidget | None) -> bool:
    return isinstance(widget, QPushButton)
