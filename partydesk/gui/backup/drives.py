"""Pick where a backup goes: removable drives first (USB sticks), or any folder."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStorageInfo, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

STICK_FILESYSTEMS = {"vfat", "exfat", "msdos", "fat32", "fat", "ntfs", "fuseblk"}


@dataclass(frozen=True)
class Drive:
    path: Path
    name: str
    free_bytes: int
    removable: bool


def _linux_removable(device: str) -> bool:
    """/sys/block/<disk>/removable, or a USB device path, for a /dev/... partition."""
    name = Path(device).name
    node = Path("/sys/class/block") / name
    if not node.exists():
        return False
    disk = node.resolve()
    for candidate in (disk, disk.parent):
        flag = candidate / "removable"
        if flag.is_file() and flag.read_text().strip() == "1":
            return True
    return "/usb" in str(disk)


def _windows_removable(root: str) -> bool:
    import ctypes

    root = root.replace("/", "\\")  # GetDriveTypeW wants "E:\\"; 2 is DRIVE_REMOVABLE
    return ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root if root.endswith("\\") else root + "\\")) == 2


def is_removable(volume: QStorageInfo) -> bool:
    root = volume.rootPath()
    if sys.platform.startswith("win"):
        return _windows_removable(root)
    device = bytes(volume.device().data()).decode(errors="replace")
    if sys.platform.startswith("linux") and device.startswith("/dev/") and _linux_removable(device):
        return True
    fs = bytes(volume.fileSystemType().data()).decode(errors="replace").lower()
    return fs in STICK_FILESYSTEMS and root.startswith(("/media/", "/run/media/", "/Volumes/"))


def writable_drives(removable_only: bool = True) -> list[Drive]:
    """Mounted, ready, writable volumes; USB sticks (removable) only by default."""
    drives = []
    for volume in QStorageInfo.mountedVolumes():
        if not volume.isValid() or not volume.isReady() or volume.isReadOnly():
            continue
        removable = is_removable(volume)
        if removable_only and not removable:
            continue
        name = volume.displayName() or volume.rootPath()
        drives.append(Drive(Path(volume.rootPath()), name, volume.bytesAvailable(), removable))
    return drives


def fit_to_items(listing: QListWidget) -> None:
    """Widen the list to its longest entry (up to 4/5 of the screen): no stick or file name is cut off."""
    screen = listing.screen().availableGeometry().width() if listing.screen() else 1280
    scroll_bar = listing.verticalScrollBar().sizeHint().width()
    wanted = listing.sizeHintForColumn(0) + 2 * listing.frameWidth() + scroll_bar + 8
    listing.setMinimumWidth(min(max(wanted, listing.minimumWidth()), screen * 4 // 5))


def size_text(size: int) -> str:
    return f"{size / 1e9:.1f} GB" if size >= 1e9 else f"{size / 1e6:.0f} MB"


class DrivePicker(QWidget):
    """A list of USB sticks plus "Other folder…"; `folder()` is the choice."""

    changed = Signal()

    def __init__(self, parent=None, drives: list[Drive] | None = None):
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setObjectName("driveList")
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        refresh = QPushButton(self.tr("&Look again"), self)
        other = QPushButton(self.tr("Other &folder…"), self)
        other.setObjectName("otherFolder")
        buttons = QHBoxLayout()
        buttons.addWidget(refresh)
        buttons.addWidget(other)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("USB sticks and other removable drives:"), self))
        layout.addWidget(self.list)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        refresh.clicked.connect(lambda: self.fill(None))
        other.clicked.connect(self.choose_folder)
        self.list.currentItemChanged.connect(lambda *_: self.changed.emit())
        self.fill(drives)

    def fill(self, drives: list[Drive] | None) -> None:
        self.list.clear()
        for drive in writable_drives() if drives is None else drives:
            free = self.tr("%1 free").replace("%1", size_text(drive.free_bytes))
            self.add_folder(drive.path, f"{drive.name}  ({drive.path}) — {free}")
        self.hint.setText("" if self.list.count() else self.tr(
            "No USB stick found. Plug one in and press Look again, or choose another folder."))
        if self.list.count():
            self.list.setCurrentRow(0)
        self.changed.emit()

    def add_folder(self, path: Path, label: str | None = None) -> None:
        item = QListWidgetItem(label or str(path))
        item.setData(Qt.UserRole, str(path))
        self.list.addItem(item)
        self.list.setCurrentItem(item)
        fit_to_items(self.list)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder"))
        if folder:
            self.add_folder(Path(folder))
            self.hint.setText("")

    def folder(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(Qt.UserRole)) if item is not None else None
