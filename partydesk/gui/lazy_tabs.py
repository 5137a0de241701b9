"""Tab pages built when first shown: every tab, its title and its Alt key are there from the start.

Building all seven pages (and importing their modules) at start-up cost more than the roster the clerk
is waiting for. Each tab holds a `PendingPage` until it becomes current, or until code asks for the
page by name (`LazyTabs.page`); then the real page is built and takes the pending page's place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from typing import Any

from PySide6.QtWidgets import QTabWidget, QWidget


@dataclass(frozen=True)
class TabPage:
    """Where a tab's page class lives and the object name it gives itself."""

    key: str
    module: str
    class_name: str
    object_name: str


class PendingPage(QWidget):
    """Stands in a tab until its page is built; named like the page, so a search by name finds the tab."""

    def __init__(self, spec: TabPage, parent: QWidget):
        super().__init__(parent)
        self.spec = spec
        self.setObjectName(spec.object_name)
        self.setAccessibleName(spec.object_name)


class LazyTabs:
    """The pages of a QTabWidget, built on first use by `make(page_class)`."""

    def __init__(self, tabs: QTabWidget, make: Callable[[type], QWidget]):
        self.tabs = tabs
        self.make = make
        self.pages: dict[str, QWidget] = {}
        self.pending: dict[str, PendingPage] = {}

    def add(self, spec: TabPage, title: str) -> None:
        page = PendingPage(spec, self.tabs)
        self.pending[spec.key] = page
        self.tabs.addTab(page, title)

    def page(self, key: str) -> QWidget:
        """The page of this tab, built now if it was not yet."""
        built = self.pages.get(key)
        return built if built is not None else self._build(self.pending[key])

    def built_pages(self) -> list[Any]:
        """The pages built so far, in tab order (a page not built yet has nothing to refresh or save)."""
        widgets = [self.tabs.widget(index) for index in range(self.tabs.count())]
        return [widget for widget in widgets if widget in self.pages.values()]

    def is_built(self, key: str) -> bool:
        return key in self.pages

    def build_current(self) -> None:
        current = self.tabs.currentWidget()
        if isinstance(current, PendingPage):
            self._build(current)

    def _build(self, pending: PendingPage) -> QWidget:
        spec = pending.spec
        page = self.make(getattr(import_module(spec.module), spec.class_name))
        self.pages[spec.key] = page
        del self.pending[spec.key]
        self._swap(pending, page)
        return page

    def _swap(self, pending: PendingPage, page: QWidget) -> None:
        """Put the page where the pending page is, keeping the current tab; no currentChanged for the swap."""
        index = self.tabs.indexOf(pending)
        was_current = self.tabs.currentIndex() == index
        blocked = self.tabs.blockSignals(True)
        try:
            self.tabs.insertTab(index, page, self.tabs.tabText(index))  # inserted first: the current tab stays put
            if was_current:
                self.tabs.setCurrentIndex(index)
            self.tabs.removeTab(index + 1)
        finally:
            self.tabs.blockSignals(blocked)
        pending.setObjectName("")
        pending.deleteLater()
