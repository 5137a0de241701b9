"""Reading a file back from the drive itself, not from the copy the OS keeps in memory.

A read-back check must see what the stick or disk returns. `O_DIRECT` (Linux) reads the
drive into our own buffer: no cached copy to be fooled by, and no 150 MB of cache filled with
an encrypted file this PC never reads again (an old office PC needs that memory for the
database). Where the drive or the system has no direct reads (Windows, tmpfs, some FUSE
drivers), the OS is asked to drop its cached pages and the file is read normally.
"""

from __future__ import annotations

import io
import mmap
import os
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import BinaryIO

_ALIGN = 4096  # direct reads need offsets and sizes in whole sectors; 4 KiB suits every drive


class DirectReader(io.RawIOBase):
    """A read-only, seekable file read straight from the drive in aligned blocks."""

    BLOCK = 4 << 20

    def __init__(self, fd: int, block: int | None = None):
        super().__init__()
        self._fd = fd
        self._size = -(-(block or self.BLOCK) // _ALIGN) * _ALIGN
        self._blocks = [mmap.mmap(-1, self._size), mmap.mmap(-1, self._size)]  # page-aligned, as direct reads require
        self._views = [memoryview(buffer) for buffer in self._blocks]  # [0] is read from, [1] is read ahead into
        self._ahead: tuple[int, Future] | None = None  # (offset, the read of the next block)
        self._reader = ThreadPoolExecutor(max_workers=1)
        self._start = self._length = self._pos = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._fd

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: os.fstat(self._fd).st_size}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def readinto(self, buffer) -> int:
        view, done = memoryview(buffer).cast("B"), 0
        while done < len(view):
            if not self._start <= self._pos < self._start + self._length and not self._load():
                break
            offset = self._pos - self._start
            count = min(len(view) - done, self._length - offset)
            view[done : done + count] = self._views[0][offset : offset + count]
            done += count
            self._pos += count
        return done

    def _load(self) -> int:
        """Read the aligned block holding the current position; 0 at the end of the file.

        The next block is read in a second thread meanwhile, as the OS reads ahead for a plain
        read: the drive is kept busy while the caller decrypts this one.
        """
        if 0 < self._length < self._size and self._pos >= self._start + self._length:
            return 0  # past the short block that ends the file
        start = self._pos - self._pos % _ALIGN
        ahead, self._ahead = self._ahead, None
        length = ahead[1].result() if ahead else 0  # the buffer must be free before anything else
        if ahead and ahead[0] == start:
            self._blocks.reverse()
            self._views.reverse()
        else:
            length = os.preadv(self._fd, [self._blocks[0]], start)
        self._start, self._length = start, length
        if length == self._size:
            self._ahead = (start + length, self._reader.submit(os.preadv, self._fd, [self._blocks[1]], start + length))
        return max(0, length - (self._pos - start))

    def close(self) -> None:
        if not self.closed:
            self._reader.shutdown(wait=True)
            os.close(self._fd)
            for view, block in zip(self._views, self._blocks, strict=True):
                view.release()
                block.close()
        super().close()


def open_from_drive(path: Path, block: int | None = None) -> BinaryIO:
    """The file opened for reading what the drive holds (see the module's note).

    `block`: how much to read at a time, when only the start of a big file is wanted.
    """
    if hasattr(os, "O_DIRECT") and hasattr(os, "preadv"):
        try:
            reader = DirectReader(os.open(path, os.O_RDONLY | os.O_DIRECT), block)
        except OSError:
            pass  # EINVAL: this filesystem has no direct reads
        else:
            try:
                reader.read(1)  # some drivers accept the flag at open and refuse the reads
                reader.seek(0)
                return reader
            except OSError:
                reader.close()
    drop_cache(path)
    return open(path, "rb")


def drop_cache(path: Path) -> None:
    """Ask the OS to forget the file's cached pages (those already on the drive)."""
    if not hasattr(os, "posix_fadvise"):
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    except OSError:
        pass
    finally:
        os.close(fd)
