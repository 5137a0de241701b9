"""zstd compression of a backup's database, between the plaintext and the encrypted frames.

A SQLite file holds names, notes and minutes in half-empty pages: zstd level 1 makes it 5-9
times smaller (a demo office of 39 MB: 9x; a roster of real-looking members: 5x). A USB 2.0
stick writes 10-20 MB/s and the backup is read back from it in full, so the clerk waits a
fraction as long, and the stick holds more generations. Level 1 compresses at about 1 GB/s
in zstd's worker threads, beside the encryption; higher levels gain under 2 % here.
Anki packs its collections with zstd for the same reasons.

Compression before encryption leaks only the payload's compressed length, which the file's
size shows anyway; nobody can feed chosen text into a backup and watch it shrink.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator

NAME = "zstd"
LEVEL = 1
THREADS = 2  # zstd's own workers: both cores of an old PC once the check and the KDF are done
SAMPLES, SAMPLE_SIZE = 32, 32 * 1024
WORTH_IT = 0.8  # compressed/plain of the samples above which the file is stored as it is


def worth_compressing(path, size: int) -> bool:
    """Whether a file shrinks enough to pay for compressing it, judged on samples across it.

    A database mostly of scanned JPEGs (留痕) hardly shrinks; zstd would cost time for nothing.
    """
    import zstandard

    if size <= SAMPLES * SAMPLE_SIZE:
        return True
    compressor, plain, packed = zstandard.ZstdCompressor(level=LEVEL), 0, 0
    with open(path, "rb") as stream:
        for index in range(SAMPLES):
            stream.seek(index * (size - SAMPLE_SIZE) // (SAMPLES - 1))
            sample = stream.read(SAMPLE_SIZE)
            plain, packed = plain + len(sample), packed + len(compressor.compress(sample))
    return packed < WORTH_IT * plain


class DecompressionError(ValueError):
    """The compressed payload does not decode (it was authenticated, so a writer's bug)."""


def compressed(chunks: Iterable, size: int, chunk_size: int) -> Iterator[bytes]:
    """The zstd frame of `size` bytes given as chunks, in pieces of chunk_size (the last shorter).

    zstd's worker threads compress while the caller reads, encrypts and writes; the frame
    holds the content size and an XXH64 checksum that decompression checks.
    """
    import zstandard

    compressor = zstandard.ZstdCompressor(level=LEVEL, write_checksum=True, threads=THREADS)
    chunker = compressor.chunker(size=size, chunk_size=chunk_size)
    for chunk in chunks:
        yield from chunker.compress(chunk)
    yield from chunker.finish()


def decompressed(chunks: Iterator, size: int, chunk_size: int) -> Iterator[memoryview]:
    """The `size` bytes of plaintext given as compressed chunks, in views of one reused buffer.

    Each view is valid until the next is taken; output is bounded by chunk_size per step, so a
    highly compressed file needs no more memory than any other. The frames were authenticated
    before they get here, so a mismatch means a writer's bug: it is refused all the same.
    """
    import zstandard

    source = _ChunkStream(chunks)
    reader = zstandard.ZstdDecompressor().stream_reader(source, read_size=chunk_size, read_across_frames=True)
    buffer, done = bytearray(chunk_size), 0
    try:
        while count := reader.readinto(buffer):
            done += count
            if done > size:
                break
            yield memoryview(buffer)[:count]
    except zstandard.ZstdError as error:
        raise DecompressionError(str(error)) from None
    if done != size or source.has_more():
        raise DecompressionError(f"{done} bytes decompressed where {size} were written")


class _ChunkStream(io.RawIOBase):
    """A readable stream over an iterator of byte chunks (the decrypted frames)."""

    def __init__(self, chunks: Iterator):
        super().__init__()
        self._chunks = chunks
        self._left = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if not self._left:
            self._left = memoryview(next(self._chunks, b""))
        count = min(len(buffer), len(self._left))
        buffer[:count] = self._left[:count]
        self._left = self._left[count:]
        return count

    def has_more(self) -> bool:
        """Whether anything is left, reading the chunks to their end (which checks the last frame)."""
        if self._left:
            return True
        return any(len(chunk) for chunk in self._chunks)
