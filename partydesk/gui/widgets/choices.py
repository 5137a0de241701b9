"""Combo boxes for enums (labels follow the UI language) and for branches and groups."""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum

from PySide6.QtWidgets import QComboBox, QWidget


class ChoiceBox(QComboBox):
    """Each item stands for a Python value (kept here: Qt would turn an enum into a plain str)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self._values: list = []

    def add(self, text: str, value: object) -> None:
        self._values.append(value)
        self.addItem(text)

    def clear(self) -> None:
        self._values.clear()
        super().clear()

    def value(self):
        index = self.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None

    def findData(self, value: object) -> int:  # noqa: N802 - same meaning as QComboBox's
        return self._values.index(value) if value in self._values else -1

    def set_value(self, value: object) -> None:
        index = self.findData(value)
        if index >= 0:
            self.setCurrentIndex(index)


def enum_box(items: Iterable[Enum], parent: QWidget | None = None, *, any_text: str | None = None,
             skip_empty: bool = True) -> ChoiceBox:
    """A box of enum members by label; with `any_text` a first item meaning "no filter" (None)."""
    box = ChoiceBox(parent)
    if any_text is not None:
        box.add(any_text, None)
    for item in items:
        if skip_empty and not item.label():
            continue
        box.add(item.label(), item)
    return box


def fill_branches(box: ChoiceBox, branches, *, any_text: str | None = None, keep: object = None) -> None:
    """Refill a branch (or group) box from BranchInfo/GroupInfo rows, keeping the choice if possible."""
    current = box.value() if keep is None else keep
    box.blockSignals(True)
    box.clear()
    if any_text is not None:
        box.add(any_text, None)
    for info in branches:
        box.add(info.name, info.uuid)
    box.set_value(current)
    box.blockSignals(False)
