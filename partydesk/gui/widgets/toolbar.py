"""Tool bar buttons that show their real key instead of a menu mnemonic that does nothing there."""

from __future__ import annotations

import re

from PySide6.QtGui import QAction, QKeySequence

MNEMONIC = re.compile(r"\(&\w\)|&(?=\w)")


def show_shortcut(action: QAction) -> None:
    """Label a tool bar button "打印… (Ctrl+P)": "(P)" would be shown there but Alt+P does nothing."""
    text = MNEMONIC.sub("", action.text())
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setIconText(f"{text} ({keys})" if keys else text)
    action.setToolTip(action.iconText())
