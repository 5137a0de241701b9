"""新媒体宣传 in the window: the 生成宣传图 dialog, the consent register on the member page, the publicity log."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A caption whose Alt key moves the focus to `buddy`."""
    from partydesk.gui.widgets.form import typing_target

    label = QLabel(text, buddy.parentWidget())
    label.setBuddy(typing_target(buddy))  # a date field's editor, not its NoFocus wrapper
    return label
