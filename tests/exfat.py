"""A real exFAT stick for tests: a loop-mounted image through exfat-fuse, the driver Kylin V10 uses.

Pulling it out is killing its FUSE driver (and waiting for it to be gone). Tests skip where root,
loop devices or the tools lack.
"""

from __future__ import annotations

import os
import select
import shutil
import signal
import subprocess
from pathlib import Path

import pytest

TOOLS = ("mkfs.exfat", "mount.exfat-fuse", "losetup", "umount", "pgrep")


def run(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run(command, capture_output=True, text=True, timeout=60)


class ExfatStick:
    def __init__(self, image: Path, mount_point: Path):
        self.image, self.path, self.loop = image, mount_point, ""

    @classmethod
    def made(cls, folder: Path, size: int) -> ExfatStick:
        """A freshly formatted stick of `size` bytes, plugged in (or the test is skipped)."""
        if os.geteuid() != 0 or not all(shutil.which(t) for t in TOOLS) or not os.path.exists("/dev/fuse") \
                or not hasattr(os, "pidfd_open"):
            pytest.skip("needs root, /dev/fuse, exfatprogs and exfat-fuse")
        stick = cls(folder / "exfat.img", folder / "exfat")
        stick.path.mkdir()
        with open(stick.image, "wb") as out:
            out.truncate(size)
        if run("mkfs.exfat", str(stick.image)).returncode != 0:
            pytest.skip("mkfs.exfat failed")
        stick.plug_in()
        return stick

    def plug_in(self) -> None:
        if not self.loop:
            self.loop = run("losetup", "-f", "--show", str(self.image)).stdout.strip()
        if not self.loop or run("mount.exfat-fuse", self.loop, str(self.path)).returncode != 0:
            self.remove()
            pytest.skip("cannot mount an exFAT image here (no loop device or FUSE)")

    def pull_out(self) -> None:
        """Kill the driver and wait until it has exited (it holds the loop device until then), then detach."""
        found = run("pgrep", "-f", f"^mount.exfat-fuse {self.loop} {self.path}$").stdout.split()
        for pid in map(int, found):
            try:
                handle = os.pidfd_open(pid)
            except ProcessLookupError:
                continue
            try:
                signal.pidfd_send_signal(handle, signal.SIGKILL)
                select.select([handle], [], [], 60)  # readable once the process has exited
            finally:
                os.close(handle)
        run("umount", "-l", str(self.path))

    def remove(self) -> None:
        self.pull_out()
        if self.loop:
            run("losetup", "-d", self.loop)
            self.loop = ""
