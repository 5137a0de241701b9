"""生成宣传图: choose a template, look at the poster, cover and thumbnail at real size, save them and copy the text."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from partydesk.gui.operations import Topic, runner_for, show_status
from partydesk.gui.publicity import buddy_label
from partydesk.gui.widgets.choices import ChoiceBox
from partydesk.services import publicity
from partydesk.services.publicity import Channel, PosterTemplate, Prepared, SourceRef

ZOOMS = (25, 50, 75, 100, 150, 200)


def folder_name(prepared: Prepared, today: date) -> str:
    """宣传_2026-12-06_学习贯彻… : a folder per post, safe on FAT sticks."""
    title = re.sub(r'[\\/:*?"<>|\s…]+', "_", prepared.copy.title)[:40].strip("_")
    return "_".join(part for part in ("宣传", today.isoformat(), title) if part)


class PosterDialog(QDialog):
    """The post of one record (or a notice); nothing is logged until it is saved."""

    def __init__(self, window, ref: SourceRef, today: date | None = None, parent: QWidget | None = None):
        super().__init__(parent or window)
        self.main, self.db, self.ref = window, window.db, ref
        self.today = today or date.today()
        self.prepared: Prepared | None = None
        self.saved_to: Path | None = None
        self.setObjectName("posterDialog")
        self.setWindowTitle(self.tr("Make a poster"))
        self.resize(1000, 660)  # fits 1024×768 less the task bar
        self.template_box = ChoiceBox(self)
        self.template_box.setObjectName("posterTemplate")
        for template in PosterTemplate:
            self.template_box.add(template.label(), template)
        self.channel_box = ChoiceBox(self)
        self.channel_box.setObjectName("posterChannel")
        for channel in Channel:
            self.channel_box.add(channel.label(), channel)
        self.body = QPlainTextEdit(self)
        self.body.setObjectName("posterBody")
        self.body.setPlaceholderText(self.tr("Leave empty for the text made from the record"))
        self.body.setMaximumHeight(120)
        if ref.kind is publicity.SourceKind.NOTICE:
            self.body.setPlainText(ref.text)
        self.copy_text = QPlainTextEdit(self)
        self.copy_text.setObjectName("posterCopy")
        self.copy_text.setReadOnly(True)
        redraw = QPushButton(self.tr("&Redraw"), self)
        redraw.clicked.connect(self.redraw)
        self.template_box.currentIndexChanged.connect(self.redraw)
        form = QFormLayout()
        form.addRow(self.tr("&Template:"), self.template_box)
        form.addRow(self.tr("&Channel:"), self.channel_box)
        form.addRow(self.tr("&Body:"), self.body)
        form.addRow("", redraw)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(QLabel(self.tr("Text for the group chat and the official account:")))
        left.addWidget(self.copy_text, 1)
        notice = QLabel(self.tr("Members without consent are shown as 张**; only pictures ticked “public” are used."))
        notice.setWordWrap(True)
        left.addWidget(notice)
        self.photo_warning = QLabel(self)
        self.photo_warning.setObjectName("posterPhotoWarning")
        self.photo_warning.setWordWrap(True)
        self.photo_warning.setStyleSheet("color: #b00020;")
        self.photo_warning.hide()
        left.addWidget(self.photo_warning)
        layout = QHBoxLayout()
        layout.addLayout(left, 2)
        layout.addLayout(self._preview(), 3)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("&Save to folder…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("posterSave")
        self.save_button.clicked.connect(self.save)
        self.copy_button = buttons.addButton(self.tr("Copy &text"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        buttons.addButton(self.tr("&Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        for button in (self.save_button, self.copy_button):
            button.setEnabled(False)
        outer = QVBoxLayout(self)
        outer.addLayout(layout, 1)
        outer.addWidget(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, lambda: self._zoom_step(1))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, lambda: self._zoom_step(-1))
        self.redraw()

    def _preview(self) -> QVBoxLayout:
        self.zoom_box = QComboBox(self)
        self.zoom_box.setObjectName("posterZoom")
        for percent in ZOOMS:
            self.zoom_box.addItem(self.tr("Real size") if percent == 100 else f"{percent}%", percent)
        self.zoom_box.setCurrentIndex(ZOOMS.index(50))
        self.zoom_box.currentIndexChanged.connect(self._show_images)
        self.tabs = QTabWidget(self)
        self.labels: list[QLabel] = []
        for caption in (self.tr("Long poster"), self.tr("Cover 900×383"), self.tr("Thumbnail 500×500")):
            label = QLabel(self)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            area = QScrollArea(self)
            area.setWidget(label)
            area.setWidgetResizable(False)
            area.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            self.tabs.addTab(area, caption)
            self.labels.append(label)
        self.pixmaps: list[QPixmap] = []
        zoom = QHBoxLayout()
        zoom.addWidget(buddy_label(self.tr("&Zoom:"), self.zoom_box))
        zoom.addWidget(self.zoom_box)
        zoom.addStretch(1)
        column = QVBoxLayout()
        column.addLayout(zoom)
        column.addWidget(self.tabs, 1)
        return column

    @property
    def template(self) -> PosterTemplate:
        return self.template_box.value()

    def redraw(self) -> None:
        body = self.body.toPlainText().strip() or None
        db, ref, template, today = self.db, self.ref, self.template, self.today

        def job(progress, cancelled):  # holds no widget: the dialog may close while it draws
            return publicity.prepare(db, ref, template, today, body)

        runner_for(self.main)(self.tr("Drawing the poster…"), job, on_done=self._shown)

    def _shown(self, prepared: Prepared) -> None:
        if not isValid(self) or prepared.template is not self.template:  # closed, or a newer choice is drawing
            return
        self.prepared = prepared
        self.copy_text.setPlainText(prepared.copy.as_text())
        self.pixmaps = []
        for data in (prepared.poster, prepared.cover, prepared.thumb):
            pixmap = QPixmap()
            pixmap.loadFromData(data)
            self.pixmaps.append(pixmap)
        self._show_images()
        refused = prepared.source.not_in_photos
        self.photo_warning.setText(self.tr("%1 participant(s) did not agree to be shown: check that they are not "
                                           "in the pictures used.").replace("%1", str(refused)))
        self.photo_warning.setVisible(refused > 0)
        for button in (self.save_button, self.copy_button):
            button.setEnabled(True)

    def _zoom_step(self, step: int) -> None:
        index = min(max(self.zoom_box.currentIndex() + step, 0), len(ZOOMS) - 1)
        self.zoom_box.setCurrentIndex(index)

    def _show_images(self) -> None:
        percent = self.zoom_box.currentData()
        for label, pixmap in zip(self.labels, self.pixmaps, strict=False):
            shown = pixmap if percent == 100 else pixmap.scaledToWidth(
                max(1, pixmap.width() * percent // 100), Qt.TransformationMode.SmoothTransformation)
            label.setPixmap(shown)
            label.resize(shown.size())

    def copy_to_clipboard(self) -> None:
        if self.prepared is not None:
            QGuiApplication.clipboard().setText(self.prepared.copy.as_text())
            show_status(self.main, self.tr("The text is on the clipboard."))

    def choose_folder(self) -> str:
        """Where to save: a folder, opening on the USB stick when one is plugged in; tests replace this."""
        from partydesk.gui.backup.drives import writable_drives

        sticks = writable_drives()
        return QFileDialog.getExistingDirectory(self, self.tr("Save the poster to"),
                                                str(sticks[0].path) if sticks else "")

    def save(self) -> None:
        if self.prepared is None:
            return
        chosen = self.choose_folder()
        if not chosen:
            return
        prepared, channel = self.prepared, self.channel_box.value()
        folder, db = Path(chosen) / folder_name(prepared, self.today), self.db

        def job(progress, cancelled):
            return publicity.save(db, prepared, folder, channel)

        runner_for(self.main)(self.tr("Saving the poster…"), job, on_done=lambda _files: self._saved(folder),
                              changes=(Topic.PUBLICITY,))

    def _saved(self, folder: Path) -> None:
        self.saved_to = folder
        self.copy_to_clipboard()
        show_status(self.main, self.tr("Saved to %1; the text is on the clipboard.").replace("%1", str(folder)))
