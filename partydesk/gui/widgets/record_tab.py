"""A record tab: search and filters above a paged table, recycle-bin view, standard actions."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from partydesk.domain.errors import PartydeskError
from partydesk.gui.operations import Topic
from partydesk.gui.widgets.search import SearchBox
from partydesk.gui.widgets.table import Column, PagedTableModel, RecordTable
from partydesk.i18n import QT_TRANSLATE_NOOP


def _t(text: str) -> str:
    return QCoreApplication.translate("RecordTab", text)


QT_TRANSLATE_NOOP("RecordTab", "Search")
QT_TRANSLATE_NOOP("RecordTab", "&New…")
QT_TRANSLATE_NOOP("RecordTab", "Ed&it…")
QT_TRANSLATE_NOOP("RecordTab", "&Restore")
QT_TRANSLATE_NOOP("RecordTab", "Recycle &bin")
QT_TRANSLATE_NOOP("RecordTab", "{count} records")
QT_TRANSLATE_NOOP("RecordTab", "{count} records in the recycle bin")
QT_TRANSLATE_NOOP("RecordTab", "Move to recycle bin")
QT_TRANSLATE_NOOP("RecordTab", "Move {count} selected record(s) to the recycle bin? They can be restored from there.")
QT_TRANSLATE_NOOP("RecordTab", "Delete")
QT_TRANSLATE_NOOP("RecordTab", "Restore")
QT_TRANSLATE_NOOP("RecordTab", "Showing: {caption}")
QT_TRANSLATE_NOOP("RecordTab", "Show &all")
QT_TRANSLATE_NOOP("RecordTab", "Saved; the record is not in the list as it is filtered now.")

SEEK_ROWS = 5000  # a saved record further down than this is not looked for (100,000 members: 25 pages)


class RecordTab(QWidget):
    """Subclasses give columns, fetch a page, and open/create/delete/restore records."""

    topics: tuple[str, ...] = ()
    record_topic = ""
    default_sort = ""

    def __init__(self, window, name: str, table_name: str, search_name: str | None = None):
        super().__init__(window)
        self.main = window
        self.db = window.db
        self.setObjectName(name)
        self.setAccessibleName(name)
        self.search = SearchBox(self)
        self.search.setObjectName(search_name or f"{name}Search")
        self.search.setAccessibleName(self.search.objectName())
        self.search.setPlaceholderText(_t("Search"))
        self.search.search.connect(lambda _text: self.refresh())
        self.filters = QHBoxLayout()
        self.bin_box = QCheckBox(_t("Recycle &bin"), self)
        self.bin_box.toggled.connect(self._bin_toggled)
        self.new_button = QPushButton(_t("&New…"), self)
        self.new_button.clicked.connect(self.new_record)
        self.edit_button = QPushButton(_t("Ed&it…"), self)
        self.edit_button.clicked.connect(self.edit_current)
        self.restore_button = QPushButton(_t("&Restore"), self)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_button.hide()
        self.count_label = QLabel(self)
        self.override = None
        self.override_bar = QWidget(self)
        self.override_label = QLabel(self.override_bar)
        self.override_label.setStyleSheet("font-weight: bold; color: #8a1c1c;")
        self.show_all_button = QPushButton(_t("Show &all"), self.override_bar)
        self.show_all_button.clicked.connect(self.clear_override)
        row = QHBoxLayout(self.override_bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.override_label)
        row.addWidget(self.show_all_button)
        row.addStretch(1)
        self.override_bar.hide()
        self.table = RecordTable(table_name, self)
        self.model = PagedTableModel(self.columns(), self.fetch, self, default_sort=self.default_sort)
        self.model.reloaded.connect(self._show_count)
        self.table.setModel(self.model)
        self.table.activated_row.connect(lambda _row: self.open_current())
        self.search.results = self.table
        self.stale = True
        self.tabs_ordered = False
        self._layout()
        self.build_filters()
        self.refresh()

    # -- to override ---------------------------------------------------------------------------
    def columns(self) -> Sequence[Column]:
        raise NotImplementedError

    def fetch(self, offset: int, limit: int, sort: str, descending: bool):
        raise NotImplementedError

    def new_record(self) -> None:
        raise NotImplementedError

    def edit_record(self, uuid: str) -> None:
        raise NotImplementedError

    def delete_record(self, uuid: str) -> None:
        raise NotImplementedError

    def restore_record(self, uuid: str) -> None:
        raise NotImplementedError

    def open_record(self, uuid: str) -> None:
        self.edit_record(uuid)

    def extra_buttons(self) -> list[QWidget]:
        return []

    def build_filters(self) -> None:
        """Add the tab's filter boxes (`add_filter`) and connect them; the first query follows."""

    # -- shared behaviour ----------------------------------------------------------------------
    def _layout(self) -> None:
        self.fill_list_panel(QVBoxLayout(self))

    def fill_list_panel(self, layout: QVBoxLayout) -> None:
        """Search and filters, buttons with the count, the override bar and the table, top to bottom."""
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addLayout(self.filters)
        bar.addStretch(1)
        bar.addWidget(self.bin_box)
        buttons = QHBoxLayout()
        self.extra_widgets = self.extra_buttons()
        for widget in (self.new_button, self.edit_button, *self.extra_widgets, self.restore_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        layout.addLayout(bar)
        layout.addLayout(buttons)
        layout.addWidget(self.override_bar)
        layout.addWidget(self.table, 1)

    @property
    def in_bin(self) -> bool:
        return self.bin_box.isChecked()

    def add_filter(self, label: str, widget: QWidget) -> QWidget:
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        self.filters.addWidget(caption)
        self.filters.addWidget(widget)
        return widget

    def base_query(self):
        """The list the overview asked for, else the one the search box and filters describe."""
        return self.override if self.override is not None else self.query()

    def query(self):
        raise NotImplementedError

    def show_query(self, query, caption: str) -> None:
        """Show exactly what `query` selects (a click-through from the overview)."""
        self.bin_box.setChecked(False)
        self.override = query
        self.override_label.setText(_t("Showing: {caption}").format(caption=caption))
        self.override_bar.show()
        self.refresh()

    def clear_override(self) -> None:
        self.override = None
        self.override_bar.hide()
        self.refresh()

    def filter_changed(self, *_args) -> None:
        if self.override is not None:
            self.override = None
            self.override_bar.hide()
        self.refresh()

    def refresh(self) -> None:
        """Ask the database again now if the tab is on screen, else when it is next shown."""
        if not self.isVisible():
            self.stale = True
            return
        self.load()

    def load(self) -> None:
        self.stale = False
        keep, depth = self.current_uuid(), self.model.rowCount()
        self.model.reload()
        if keep and self.seek(keep, depth) >= 0:  # as deep as the list was read before, not deeper
            self.table.select_uuid(keep)

    def order_tabs(self) -> None:
        """Tab from the search box through the filters and buttons to the table, as they are laid out.

        Subclasses add filters and buttons after the table exists, so creation order would put them
        behind it, where Tab never reaches them.
        """
        chain: list[QWidget] = [self.search]
        for index in range(self.filters.count()):
            widget = self.filters.itemAt(index).widget()
            if widget is not None and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                chain.append(widget)
        chain += [self.bin_box, self.new_button, self.edit_button, *self.extra_widgets, self.restore_button,
                  self.show_all_button, self.table]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)
        self.tabs_ordered = True

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not self.tabs_ordered:
            self.order_tabs()
        if self.stale:
            self.load()

    def on_changed(self, topics: set) -> None:
        if Topic.ALL in topics or topics & set(self.topics):
            self.refresh()

    def _show_count(self, total: int) -> None:
        template = "{count} records in the recycle bin" if self.in_bin else "{count} records"
        self.count_label.setText(_t(template).format(count=total))

    def _bin_toggled(self, on: bool) -> None:
        self.restore_button.setVisible(on)
        self.new_button.setEnabled(not on)
        self.edit_button.setEnabled(not on)
        self.refresh()

    def show_saved(self, uuid: str | None) -> bool:
        """Select and scroll to a record just saved, reading further pages if needed (up to SEEK_ROWS)."""
        if not uuid:
            return False
        if self.stale or not self.model.loaded:
            self.load()
        if self.seek(uuid) < 0:
            self.main.show_status(_t("Saved; the record is not in the list as it is filtered now."))
            return False
        self.table.clearSelection()
        self.table.select_uuid(uuid)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def seek(self, uuid: str, depth: int = SEEK_ROWS) -> int:
        """The row of `uuid`, reading further pages while fewer than `depth` rows are read; -1 if not found."""
        row = self.model.row_of(uuid)
        while row < 0 and self.model.canFetchMore() and self.model.rowCount() < depth:
            self.model.fetchMore()
            row = self.model.row_of(uuid)
        return row

    def current_uuid(self) -> str | None:
        return self.table.current_uuid()

    def selected_uuids(self) -> list[str]:
        return self.table.selected_uuids()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.ShortcutFocusReason)
        self.search.selectAll()

    def open_current(self) -> None:
        uuid = self.current_uuid()
        if uuid is None:
            return
        if self.in_bin:
            self.restore_selected()
        else:
            self.open_record(uuid)

    def edit_current(self) -> None:
        uuid = self.current_uuid()
        if uuid and not self.in_bin:
            self.edit_record(uuid)

    def delete_selected(self) -> None:
        uuids = self.selected_uuids()
        if not uuids or self.in_bin:
            return
        answer = QMessageBox.question(
            self, _t("Move to recycle bin"),
            _t("Move {count} selected record(s) to the recycle bin? They can be restored from there.").format(
                count=len(uuids)),
            QMessageBox.Yes | QMessageBox.No, QMessageBox.Yes,
        )
        if answer != QMessageBox.Yes:
            return
        self._each(uuids, self.delete_record, self.restore_record, _t("Delete"))

    def restore_selected(self) -> None:
        uuids = self.selected_uuids()
        if uuids and self.in_bin:
            self._each(uuids, self.restore_record, self.delete_record, _t("Restore"))

    def _each(self, uuids: list[str], do, undo, text: str) -> None:
        done = []
        try:
            for uuid in uuids:
                do(uuid)
                done.append(uuid)
        except PartydeskError as error:
            self.main.show_error(str(error))
        if done:
            self.main.push_undo(f"{text} ({len(done)})", lambda: [undo(u) for u in done],
                                  lambda: [do(u) for u in done], self.record_topic)
            self.main.notify_changed(self.record_topic)
