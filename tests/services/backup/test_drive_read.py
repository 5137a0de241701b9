"""Reading back from the drive: direct reads in aligned blocks, or the cache dropped where there are none."""

from __future__ import annotations

import errno
import os
import threading

import pytest

from partydesk.services.backup import drive_read as drive_read


@pytest.fixture
def content(tmp_path):
    path = tmp_path / "written.bin"
    data = os.urandom(3 * 8192 + 1234)  # not a whole number of blocks
    path.write_bytes(data)
    return path, data


def opened_directly(path):
    try:
        return drive_read.DirectReader(os.open(path, os.O_RDONLY | os.O_DIRECT))
    except (AttributeError, OSError):
        pytest.skip("this system or filesystem has no direct reads")


@pytest.mark.parametrize("sizes", [[1, 7, 4096, 5000, 100_000], [8192] * 5, [3, 20_000, 1]])
def test_direct_reads_return_the_file_whatever_the_read_sizes(content, monkeypatch, sizes):
    path, data = content
    monkeypatch.setattr(drive_read.DirectReader, "BLOCK", 8192)  # several blocks for a small file
    with opened_directly(path) as stream:
        pieces = [stream.read(size) for size in sizes]
        assert stream.tell() == min(sum(sizes), len(data))
    assert b"".join(pieces) == data[: sum(sizes)]


def test_the_next_block_is_read_ahead_in_a_second_thread(content, monkeypatch):
    path, data = content
    monkeypatch.setattr(drive_read.DirectReader, "BLOCK", 8192)
    reads = []
    real_preadv = os.preadv

    def preadv(fd, buffers, offset):
        reads.append((offset, threading.current_thread() is threading.main_thread()))
        return real_preadv(fd, buffers, offset)

    with opened_directly(path) as stream:
        monkeypatch.setattr(drive_read.os, "preadv", preadv)
        assert stream.read() == data
    assert reads == [(0, True), (8192, False), (16384, False), (24576, False)]  # the last block is short: no more


def test_reading_the_start_of_a_file_reads_only_a_small_block(content, monkeypatch):
    path, data = content
    opened_directly(path).close()
    reads = []
    real_preadv = os.preadv

    def preadv(fd, buffers, offset):
        reads.append(sum(len(b) for b in buffers))
        return real_preadv(fd, buffers, offset)

    monkeypatch.setattr(drive_read.os, "preadv", preadv)
    with drive_read.open_from_drive(path, block=300) as stream:  # e.g. a backup's header
        assert stream.read(300) == data[:300]
    assert reads and max(reads) == 4096 and len(reads) <= 2  # one sector-aligned block, and one read ahead


def test_direct_reads_seek_and_report_the_size(content):
    path, data = content
    with opened_directly(path) as stream:
        assert os.fstat(stream.fileno()).st_size == len(data)
        stream.seek(10_000)
        assert stream.read(10) == data[10_000:10_010]
        stream.seek(-5, os.SEEK_END)
        assert stream.read() == data[-5:]
        assert stream.read(1) == b""


def test_without_direct_reads_the_cache_is_dropped_and_the_file_read(content, monkeypatch):
    path, data = content
    dropped = []
    real_open = os.open

    def refuse_direct(file, flags, *args):
        if flags & getattr(os, "O_DIRECT", 0):
            raise OSError(errno.EINVAL, "direct reads not supported")  # tmpfs, some FUSE drivers
        return real_open(file, flags, *args)

    monkeypatch.setattr(drive_read.os, "open", refuse_direct)
    monkeypatch.setattr(drive_read, "drop_cache", dropped.append)
    with drive_read.open_from_drive(path) as stream:
        assert stream.read() == data
    assert dropped == [path]


def test_the_drive_is_read_directly_where_it_can_be(content):
    path, data = content
    opened_directly(path).close()
    with drive_read.open_from_drive(path) as stream:
        assert isinstance(stream, drive_read.DirectReader)
        assert stream.read() == data


def test_a_driver_that_opens_direct_but_refuses_the_reads_gets_the_plain_path(content, monkeypatch):
    path, data = content
    opened_directly(path).close()

    def refuse(*args):
        raise OSError(errno.EINVAL, "Invalid argument")

    monkeypatch.setattr(drive_read.os, "preadv", refuse)
    with drive_read.open_from_drive(path) as stream:
        assert not isinstance(stream, drive_read.DirectReader)
        assert stream.read() == data
