"""Refuse to keep the live database on a USB stick or a network share."""

from __future__ import annotations

import os
import sys
from pathlib import Path

NETWORK_FS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "fuse.sshfs", "9p", "afs", "davfs", "fuse.davfs2"}
REMOVABLE_FS = {"vfat", "exfat", "msdos", "fuseblk", "iso9660", "udf"}


def _mount_of(path: Path) -> tuple[str, str, str] | None:
    """(device, mount point, fs type) of the deepest /proc/mounts entry containing path."""
    try:
        lines = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return None
    best = None
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        device, mount, fstype = parts[0], parts[1].replace("\\040", " "), parts[2]
        if (str(path) == mount or str(path).startswith(mount.rstrip("/") + "/")) and (
            best is None or len(mount) > len(best[1])
        ):
            best = (device, mount, fstype)
    return best


def _block_is_removable(device: str) -> bool:
    name = Path(device).name
    sys_block = Path("/sys/class/block") / name
    if not sys_block.exists():
        return False
    disk = sys_block.resolve()
    candidates = [disk, disk.parent]
    return any((c / "removable").is_file() and (c / "removable").read_text().strip() == "1" for c in candidates)


def _existing_ancestor(path: Path) -> Path:
    path = path.resolve()
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


def linux_drive_problem(path: Path) -> str | None:
    mount = _mount_of(_existing_ancestor(path))
    if mount is None:
        return None
    device, _, fstype = mount
    if fstype in NETWORK_FS:
        return "network"
    if device.startswith("/dev/") and _block_is_removable(device):
        return "removable"
    if fstype in REMOVABLE_FS and ("/media/" in str(path) or str(path).startswith("/run/media/")):
        return "removable"
    return None


def windows_drive_problem(path: Path) -> str | None:
    import ctypes

    root = os.path.splitdrive(str(_existing_ancestor(path)))[0] + "\\"
    if root.startswith("\\\\"):
        return "network"
    kind = ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root))
    return {2: "removable", 4: "network"}.get(kind)


def drive_problem(path: Path) -> str | None:
    """'removable', 'network' or None for a local fixed disk."""
    if sys.platform.startswith("win"):
        return windows_drive_problem(path)
    if sys.platform.startswith("linux"):
        return linux_drive_problem(path)
    return None
