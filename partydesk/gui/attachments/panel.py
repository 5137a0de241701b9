"""Thumbnails of an activity's, service entry's or talk's pictures; changes are saved with the record."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from partydesk.domain.errors import PartydeskError
from partydesk.gui.operations import Topic
from partydesk.services import attachments

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".bmp", ".gif", ".tif", ".tiff", ".webp"}
THUMB = 96
PUBLIC_KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # which 可公开 tick an item is (uuid, or "file:" + path)


@dataclass
class Pending:
    path: Path


def _thumb_from_bytes(data: bytes) -> QIcon:
    image = QImage.fromData(data)
    return QIcon(QPixmap.fromImage(image))


def _thumb_from_file(path: Path) -> QIcon:
    image = QImage(str(path))
    if image.isNull():
        return QIcon()
    return QIcon(QPixmap.fromImage(image.scaled(THUMB * 2, THUMB * 2, Qt.KeepAspectRatio, Qt.SmoothTransformation)))


class ImageViewer(QDialog):
    """A picture at full size (scrolls when larger than the screen)."""

    def __init__(self, data: bytes, title: str, parent=None):
        super().__init__(parent)
        self.setObjectName("imageViewer")
        self.setWindowTitle(title)
        label = QLabel()
        label.setPixmap(QPixmap.fromImage(QImage.fromData(data)))
        area = QScrollArea(self)
        area.setWidget(label)
        area.setAlignment(Qt.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(area)
        screen = QGuiApplication.primaryScreen().availableGeometry()
        self.resize(min(label.sizeHint().width() + 40, screen.width() - 80),
                    min(label.sizeHint().height() + 40, screen.height() - 80))


class AttachmentPanel(QWidget):
    """Shows an owner's attachments; additions and removals are kept until `commit(uuid)`."""

    def __init__(self, window, owner_kind: str, owner_uuid: str | None, parent=None, *, read_only: bool = False):
        super().__init__(parent)
        self.main, self.db = window, window.db
        self.owner_kind, self.owner_uuid = owner_kind, owner_uuid
        self.setObjectName("attachmentPanel")
        self.setAcceptDrops(not read_only)
        self.pending: list[Pending] = []
        self.removed: list[str] = []
        # 可公开 ticks changed since loading: attachment uuid (or "file:" + pending path) -> public
        self.public: dict[str, bool] = {}
        self.stored_public: dict[str, bool] = {}
        self.list = QListWidget(self)
        self.list.setObjectName("attachmentList")
        self.list.setViewMode(QListView.IconMode)
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setFlow(QListView.LeftToRight)
        self.list.setWrapping(False)
        self.list.setFixedHeight(THUMB + 44)
        self.list.itemActivated.connect(self.open_item)
        self.list.itemChanged.connect(self._tick_changed)
        self.list.setToolTip(self.tr("Drag pictures here, or use “Add images…”"))
        self.add_button = QPushButton(self.tr("Add ima&ges…"), self)
        self.add_button.clicked.connect(self.pick)
        self.remove_button = QPushButton(self.tr("Remove imag&e"), self)
        self.remove_button.clicked.connect(self.remove_current)
        for button in (self.add_button, self.remove_button):
            button.setVisible(not read_only)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        ticked = QLabel(self.tr("☑ = public (may appear in posters)"), self)
        ticked.setObjectName("attachmentPublicHint")
        ticked.setWordWrap(True)
        ticked.setMaximumWidth(160)
        buttons.addWidget(ticked)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.load()

    def load(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        if self.owner_uuid:
            for info in attachments.list_attachments(self.db, self.owner_kind, self.owner_uuid):
                if info.uuid in self.removed:
                    continue
                self.stored_public[info.uuid] = info.is_public
                item = QListWidgetItem(_thumb_from_bytes(info.thumbnail), info.filename or info.caption)
                item.setData(Qt.UserRole, info.uuid)
                item.setToolTip(f"{info.filename}  {info.width}×{info.height}")
                self._checkable(item, info.uuid, info.is_public)
        for pending in self.pending:
            item = QListWidgetItem(_thumb_from_file(pending.path), pending.path.name)
            item.setData(Qt.UserRole + 1, str(pending.path))
            self._checkable(item, "file:" + str(pending.path), False)
        self.list.blockSignals(False)

    def _checkable(self, item: QListWidgetItem, key: str, stored: bool) -> None:
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        checked = self.public.get(key, stored)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        item.setData(PUBLIC_KEY_ROLE, key)
        self.list.addItem(item)

    def _tick_changed(self, item: QListWidgetItem) -> None:
        self.public[item.data(PUBLIC_KEY_ROLE)] = item.checkState() == Qt.CheckState.Checked

    def add_paths(self, paths) -> int:
        added = 0
        for path in map(Path, paths):
            if path.suffix.lower() in IMAGE_SUFFIXES and path.is_file():
                self.pending.append(Pending(path))
                added += 1
        self.load()
        return added

    def pick(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add pictures"), "", self.tr("Pictures (*.jpg *.jpeg *.png *.bmp *.gif *.tif *.tiff *.webp)"))
        self.add_paths(files)

    def remove_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        if item.data(Qt.UserRole):
            self.removed.append(item.data(Qt.UserRole))
        else:
            self.pending = [p for p in self.pending if str(p.path) != item.data(Qt.UserRole + 1)]
        self.load()

    def open_item(self, item: QListWidgetItem) -> None:
        uuid = item.data(Qt.UserRole)
        try:
            data = attachments.get_image(self.db, uuid) if uuid else Path(item.data(Qt.UserRole + 1)).read_bytes()
        except (PartydeskError, OSError) as error:
            self.main.show_error(str(error))
            return
        ImageViewer(data, item.text(), self).exec()

    def commit(self, owner_uuid: str) -> None:
        """Save additions (shrunk in the service) and removals for the record just saved."""
        self.owner_uuid = owner_uuid
        changed = {uuid: public for uuid, public in self.public.items()
                   if not uuid.startswith("file:") and uuid not in self.removed
                   and public != self.stored_public.get(uuid, False)}
        if not self.pending and not self.removed and not changed:
            return
        QGuiApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            while self.removed:
                attachments.remove_attachment(self.db, self.removed[0])
                self.removed.pop(0)
            while self.pending:
                path = self.pending[0].path
                self.pending.pop(0)
                uuid = attachments.add_file(self.db, self.owner_kind, owner_uuid, path)
                if self.public.pop("file:" + str(path), False):
                    attachments.set_public(self.db, uuid, True)
            for uuid, public in changed.items():
                attachments.set_public(self.db, uuid, public)
            self.public.clear()
        finally:
            QGuiApplication.restoreOverrideCursor()
            self.load()
            self.main.notify_changed(Topic.ATTACHMENTS)

    # -- drag and drop -------------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if self.add_paths(paths):
            event.acceptProposedAction()
