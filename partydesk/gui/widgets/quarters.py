"""The quarter a points table or 积分公示表 covers: the whole year, or the year to the end of 第一季度…第四季度."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from partydesk.gui.widgets.choices import ChoiceBox
from partydesk.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Quarters"
LABEL = QT_TRANSLATE_NOOP("Quarters", "&Quarter:")
CHOICES = (
    (QT_TRANSLATE_NOOP("Quarters", "Whole year"), None),
    (QT_TRANSLATE_NOOP("Quarters", "First quarter"), 1),
    (QT_TRANSLATE_NOOP("Quarters", "Second quarter"), 2),
    (QT_TRANSLATE_NOOP("Quarters", "Third quarter"), 3),
    (QT_TRANSLATE_NOOP("Quarters", "Fourth quarter"), 4),
)


def quarter_label() -> str:
    return QCoreApplication.translate(CONTEXT, LABEL)


def quarter_box(parent: QWidget | None = None, name: str = "quarterBox") -> ChoiceBox:
    """Whole year first (the default), then the four quarters; `value()` is None or 1–4."""
    box = ChoiceBox(parent)
    box.setObjectName(name)
    for text, value in CHOICES:
        box.add(QCoreApplication.translate(CONTEXT, text), value)
    return box
