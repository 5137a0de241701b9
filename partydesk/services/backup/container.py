"""The encrypted container of backups (.pdbak) and transfer packages (.pdpkg).

Layout (all integers big-endian):

    preamble   MAGIC (8) | format version u16 | kind u8 | u32 n | n bytes of public JSON
               public JSON = cipher, KDF name and parameters (Argon2id salt/t/m/p, or the
               local key's salt), chunk size, and "compression": "zstd" when the payload is
               compressed: nothing about the office or its data.
    file key   AES-256-GCM(key from the KDF, 32 random bytes)   nonce = 0 (12 bytes), 48 bytes
    checksum   SHA-256 of preamble + file key + frame 0 (unkeyed: tells "damaged" from "wrong passphrase")
    frame 0    u32 n | AES-256-GCM(metadata JSON)          nonce = 0 (11 bytes) | 0x02
    frame i    u32 n | AES-256-GCM(payload chunk i)        nonce = i (11 bytes) | 0x01 if last else 0x00

Every AES-GCM step authenticates the whole preamble as associated data. The payload is
encrypted under a random file key that the passphrase's key wraps, as age does with its
scrypt recipient stanza: the writer can encrypt while the KDF still runs, and the key that
wraps it is fresh per file (fresh salt), so the fixed wrapping nonce never repeats under a key.
The counter and the last-chunk flag in the frame nonces are age's STREAM construction (Hoang,
Reyhanitabar, Rogaway, Vizár 2015): reordered, dropped or appended chunks and a file cut at a
chunk boundary all fail authentication. Local automatic backups use a random key file kept in
the data folder (see create.py) expanded per file with HKDF-SHA256.

Passphrase keys come from Argon2id with argon2-cffi's RFC 9106 low-memory profile (t=3, 64 MiB,
4 lanes), the parameters RFC 9106 §4 calls uniformly safe when 2 GiB cannot be spared (an
office PC cannot). OWASP's password storage guide puts Argon2id first, with a minimum of
19 MiB and t=2 (for scrypt: N=2**17); this profile asks five times that memory-time of every
guess. Its lanes run on both cores of an old PC, where scrypt runs on one: about 0.1-0.15 s
instead of 0.4 s for the clerk, on the same 2-core machine.

Backups are format 4: their payload is one zstd frame (see compression.py), split into the
chunks. Transfer packages carry gzip text already and are not compressed again; they stay
format 3, which builds from before compression read too (two offices rarely update together).
Format 2 (builds before Argon2id) wrapped the file key with scrypt (N=2**17, r=8, p=1);
format 1 had no file key slot: the KDF's key encrypted the frames directly. Both are still
read: the KDF's name and parameters are in the public JSON.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from argon2 import low_level, profiles
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from partydesk.services.backup import compression as zstd_payload
from partydesk.services.backup.drive_read import open_from_drive
from partydesk.services.backup.errors import KIND_BACKUP, KIND_NAMES, KIND_TRANSFER, MESSAGES, BackupError, kind_name  # noqa: F401  (read from here by the others)

MAGIC = b"\x89PDESK\r\n"  # PNG's trick: high bit and CRLF catch text-mode copies
FORMAT_VERSION = 4
FORMAT_UNCOMPRESSED = 3  # the newest format a file without compression needs
CHUNK_SIZE = 1 << 20
PASSPHRASE_KDF = profiles.RFC_9106_LOW_MEMORY
MIN_PASSPHRASE = 8
TAG = 16
WRAPPED_KEY_SIZE = 32 + TAG
_WRAP_NONCE = bytes(12)
_MAX_PREAMBLE_JSON = 64 * 1024
_MAX_FRAME = CHUNK_SIZE + TAG + 64 * 1024
_FLAG_CHUNK, _FLAG_LAST, _FLAG_META = 0, 1, 2

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

@dataclass(frozen=True)
class Secret:
    """What unlocks a file: a passphrase, or this installation's local backup key."""

    passphrase: str | None = None
    local_key: bytes | None = None


def check_passphrase(passphrase: str) -> str:
    from partydesk.domain.errors import ValidationError

    if len(passphrase or "") < MIN_PASSPHRASE:
        raise ValidationError("passphrase", MESSAGES["short_passphrase"], n=MIN_PASSPHRASE)
    return passphrase


def _b64(data: bytes) -> str:
    import base64

    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    import base64

    return base64.b64decode(text.encode("ascii"), validate=True)


def new_kdf(secret: Secret) -> dict:
    """Fresh public KDF parameters for a new file (new salt, hence a new key)."""
    salt = os.urandom(16)
    if secret.local_key is not None:
        return {"name": "local-key", "salt": _b64(salt)}
    cost = PASSPHRASE_KDF
    return {
        "name": "argon2id", "salt": _b64(salt), "v": cost.version,
        "t": cost.time_cost, "m": cost.memory_cost, "p": cost.parallelism,
    }


def derive_key(kdf: dict, secret: Secret, path: object = "") -> bytes:
    """The file's 256-bit AES key from its public KDF parameters and the secret."""
    salt = _unb64(kdf["salt"])
    if kdf["name"] == "local-key":
        if secret.local_key is None:
            raise BackupError("local_key_missing" if secret.passphrase is None else "wrong_passphrase", path=path)
        hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"partydesk local backup v1")
        return hkdf.derive(secret.local_key)
    if kdf["name"] not in _PASSPHRASE_KDFS:
        raise BackupError("damaged", path=path)
    if not secret.passphrase:
        raise BackupError("passphrase_needed", path=path)
    return _PASSPHRASE_KDFS[kdf["name"]](kdf, secret.passphrase.encode("utf-8"), salt, path)


def _argon2id(kdf: dict, passphrase: bytes, salt: bytes, path: object) -> bytes:
    t, m, p = int(kdf["t"]), int(kdf["m"]), int(kdf["p"])
    if kdf.get("v") != low_level.ARGON2_VERSION or not (1 <= t <= 32 and 1 <= p <= 16 and 8 * p <= m <= 1 << 20):
        raise BackupError("damaged", path=path)  # parameters no writer uses, or that would exhaust memory
    return low_level.hash_secret_raw(
        passphrase, salt, time_cost=t, memory_cost=m, parallelism=p, hash_len=32, type=low_level.Type.ID
    )


def _scrypt(kdf: dict, passphrase: bytes, salt: bytes, path: object) -> bytes:
    n, r, p = int(kdf["n"]), int(kdf["r"]), int(kdf["p"])
    if n > 1 << 22 or r > 32 or p > 16:  # refuse parameters that would exhaust memory
        raise BackupError("damaged", path=path)
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase)


_PASSPHRASE_KDFS = {"argon2id": _argon2id, "scrypt": _scrypt}  # scrypt: files of format 1 and 2


def _nonce(index: int, flag: int) -> bytes:
    return index.to_bytes(11, "big") + bytes([flag])


def preamble_bytes(kind: int, kdf: dict, compression: str | None = None) -> bytes:
    public = {"cipher": "AES-256-GCM", "kdf": kdf, "chunk": CHUNK_SIZE}
    if compression:
        public["compression"] = compression
    encoded = json.dumps(public, sort_keys=True).encode()
    version = FORMAT_VERSION if compression else FORMAT_UNCOMPRESSED
    return MAGIC + struct.pack(">HBI", version, kind, len(encoded)) + encoded


@dataclass(frozen=True)
class Written:
    """What write_container wrote: the file key, the payload's size as sealed in frames, and
    where the header goes."""

    key: bytes
    size: int
    preamble: bytes
    header_size: int

    @property
    def frames_at(self) -> int:
        return len(self.preamble) + self.header_size


def _meta_frame(aead: AESGCM, metadata: dict, preamble: bytes) -> bytes:
    frame = aead.encrypt(_nonce(0, _FLAG_META), json.dumps(metadata, ensure_ascii=False).encode(), preamble)
    return struct.pack(">I", len(frame)) + frame


def _header(file_key: bytes, wrapping_key: bytes, metadata: dict, preamble: bytes) -> bytes:
    """Wrapped file key, checksum and metadata frame (see the layout above)."""
    meta_frame = _meta_frame(AESGCM(file_key), metadata, preamble)
    wrapped = AESGCM(wrapping_key).encrypt(_WRAP_NONCE, file_key, preamble)
    return wrapped + hashlib.sha256(preamble + wrapped + meta_frame).digest() + meta_frame


def write_container(
    out: BinaryIO,
    kind: int,
    kdf: dict,
    metadata: dict,
    payload: BinaryIO,
    payload_size: int,
    progress: Progress,
    cancelled: Cancelled,
    compress: bool = False,
) -> Written:
    """The preamble, space for the header, and the payload encrypted under a fresh file key.

    The header (wrapped file key, checksum, metadata with the SHA-256 of the payload as stored:
    compressed, when it is) is written by `finish_container` once the frames have been read
    back from the drive.
    """
    file_key = AESGCM.generate_key(bit_length=256)
    preamble = preamble_bytes(kind, kdf, zstd_payload.NAME if compress else None)
    header_size = len(_header(file_key, bytes(32), {**metadata, "sha256": "0" * 64}, preamble))
    out.write(preamble)
    out.write(bytes(header_size))
    plain = _stream_chunks(payload, payload_size, progress)
    chunks = zstd_payload.compressed(plain, payload_size, CHUNK_SIZE) if compress else plain
    sealed = _write_frames(out, AESGCM(file_key), preamble, chunks, cancelled)
    return Written(file_key, sealed, preamble, header_size)


def finish_container(
    path: Path,
    kind: int,
    written: Written,
    wrapping_key: Callable[[], bytes],
    metadata: dict,
    progress: Progress,
    cancelled: Cancelled,
) -> str:
    """Read the payload back from the drive, write the header with its SHA-256, read that back too.

    Every frame's GCM tag is checked, with the chunk order and the size: the tags were computed
    over exactly what was written, so any changed, lost or repeated byte on the drive fails here
    (a dying or fake-capacity stick). The SHA-256 is of the payload the drive gave back, which
    the tags prove is what was encrypted; it is computed while the drive is read, when the CPU
    would wait anyway (and a compressed payload is small). `wrapping_key` (the passphrase KDF)
    is only waited for then. Returns the payload's SHA-256.
    """
    try:
        sha256 = _read_payload_back(path, written, progress, cancelled)
    except BackupError:
        raise BackupError("read_back_failed", folder=path.parent) from None
    full = {**metadata, "sha256": sha256}
    header = _header(written.key, wrapping_key(), full, written.preamble)
    if len(header) != written.header_size:
        raise AssertionError("metadata changed length while the payload was written")
    _write_synced_at(path, len(written.preamble), header)
    try:
        with open_from_drive(path, block=written.frames_at) as stream:  # the header, not 4 MB more
            opened = open_container(stream, path, Secret(), kind, key=written.key)
            if opened.metadata != full or stream.tell() != written.frames_at:
                raise BackupError("damaged", path=path)
    except BackupError:
        raise BackupError("read_back_failed", folder=path.parent) from None
    return sha256


def _read_payload_back(path: Path, written: Written, progress: Progress, cancelled: Cancelled) -> str:
    """SHA-256 of the payload as the drive returns it, every frame checked."""
    digest = hashlib.sha256()
    with open_from_drive(path) as stream:
        stream.seek(written.frames_at)
        done = 0
        end = os.fstat(stream.fileno()).st_size
        for chunk in _decrypted(stream, end, AESGCM(written.key), written.preamble, path, cancelled):
            digest.update(chunk)
            done += len(chunk)
            progress(done, written.size)
    if done != written.size:
        raise BackupError("damaged", path=path)
    return digest.hexdigest()


def _write_synced_at(path: Path, offset: int, data: bytes) -> None:
    with open(path, "r+b") as out:
        out.seek(offset)
        out.write(data)
        out.flush()
        os.fsync(out.fileno())


def _write_frames(out, aead: AESGCM, preamble: bytes, chunks: Iterable, cancelled: Cancelled) -> int:
    """Frames 1..n, one per chunk of at most CHUNK_SIZE (one empty frame for none); the bytes sealed."""
    from partydesk.services.common import OperationCancelled

    chunks = iter(chunks)
    sealed = bytearray(CHUNK_SIZE + TAG)  # one buffer takes each sealed frame: no fresh megabyte per chunk
    done, index, chunk = 0, 1, next(chunks, b"")
    while True:
        if cancelled():
            raise OperationCancelled()
        following = next(chunks, None)  # whether this chunk is the last one goes into its nonce
        frame = memoryview(sealed)[: len(chunk) + TAG]
        aead.encrypt_into(_nonce(index, _FLAG_LAST if following is None else _FLAG_CHUNK), chunk, preamble, frame)
        out.write(struct.pack(">I", len(frame)))
        out.write(frame)
        done += len(chunk)
        if following is None:
            return done
        chunk, index = following, index + 1


def _stream_chunks(stream: BinaryIO, size: int, progress: Progress) -> Iterator[memoryview]:
    """The chunks of a stream, reported as they are read.

    Two buffers take turns, so a chunk stays valid while the one after it is read.
    """
    buffers, done = [bytearray(CHUNK_SIZE), bytearray(CHUNK_SIZE)], 0
    while True:
        buffers.reverse()
        chunk = memoryview(buffers[0])[: _fill(stream, buffers[0])]
        if not chunk:
            return
        done += len(chunk)
        progress(done, size)
        yield chunk


def _fill(stream: BinaryIO, buffer) -> int:
    """Read into buffer until it is full or the stream ends; the number of bytes read."""
    view, got = memoryview(buffer), 0
    while got < len(view):
        n = stream.readinto(view[got:])
        if not n:
            break
        got += n
    return got


@dataclass
class OpenedContainer:
    """A container whose preamble was read and whose metadata decrypted."""

    path: object
    kind: int
    kdf: dict
    metadata: dict
    preamble: bytes
    aead: AESGCM
    stream: BinaryIO
    size: int
    key: bytes
    compression: str | None = None
    digest: object = field(default_factory=hashlib.sha256)

    def chunks(self, cancelled: Cancelled) -> Iterator[memoryview]:
        """The payload's plaintext in order; raises BackupError on damage or truncation."""
        decrypted = _decrypted(self.stream, self.size, self.aead, self.preamble, self.path, cancelled)
        frames = _hashed(decrypted, self.digest)
        return _decompressed(frames, self.metadata, self.path) if self.compression else frames

    def payload_sha256(self) -> str:
        """SHA-256 of the payload as stored (compressed, when it is), once `chunks` has run to the end."""
        return self.digest.hexdigest()


def _hashed(frames: Iterator[memoryview], digest) -> Iterator[memoryview]:
    for frame in frames:
        digest.update(frame)
        yield frame


def _decompressed(frames: Iterator[memoryview], metadata: dict, path: object) -> Iterator[memoryview]:
    size = metadata.get("size")
    if not isinstance(size, int):
        raise BackupError("damaged", path=path)
    try:
        yield from zstd_payload.decompressed(frames, size, CHUNK_SIZE)
    except zstd_payload.DecompressionError:
        raise BackupError("damaged", path=path) from None


def _decrypted(
    stream: BinaryIO, end: int, aead: AESGCM, preamble: bytes, path: object, cancelled: Cancelled
) -> Iterator[memoryview]:
    """The frames from the stream's position to `end` (its size), decrypted and checked in order.

    Each chunk is a view into one buffer, valid until the next one is taken.
    """
    from partydesk.services.common import OperationCancelled

    frame_buffer, plain = bytearray(_MAX_FRAME), bytearray(_MAX_FRAME)
    index = 1
    while True:
        if cancelled():
            raise OperationCancelled()
        frame = _read_frame_into(stream, frame_buffer, path)
        last = stream.tell() >= end
        chunk = memoryview(plain)[: len(frame) - TAG]
        try:
            aead.decrypt_into(_nonce(index, _FLAG_LAST if last else _FLAG_CHUNK), frame, preamble, chunk)
        except InvalidTag:
            raise BackupError(_why_bad(aead, preamble, index, frame, last), path=path) from None
        yield chunk
        if last:
            return
        index += 1


def _why_bad(aead: AESGCM, preamble: bytes, index: int, frame, last: bool) -> str:
    """A last frame that opens as a middle one: the file was cut at a frame boundary."""
    if last:
        try:
            aead.decrypt(_nonce(index, _FLAG_CHUNK), frame, preamble)
            return "truncated"
        except InvalidTag:
            pass
    return "damaged"


def _read_exact(stream: BinaryIO, n: int, path: object) -> bytes:
    data = stream.read(n)
    if len(data) != n:
        raise BackupError("truncated", path=path)
    return data


def _frame_length(stream: BinaryIO, path: object) -> int:
    (length,) = struct.unpack(">I", _read_exact(stream, 4, path))
    if length < TAG or length > _MAX_FRAME:
        raise BackupError("damaged", path=path)
    return length


def _read_frame(stream: BinaryIO, path: object) -> bytes:
    return _read_exact(stream, _frame_length(stream, path), path)


def _read_frame_into(stream: BinaryIO, buffer: bytearray, path: object) -> memoryview:
    frame = memoryview(buffer)[: _frame_length(stream, path)]
    if _fill(stream, frame) != len(frame):
        raise BackupError("truncated", path=path)
    return frame


def read_preamble(stream: BinaryIO, path: object, expected_kind: int | None) -> tuple[int, int, dict, bytes]:
    """(format version, kind, public JSON, raw preamble) after checking magic, version and kind."""
    head = stream.read(len(MAGIC) + 7)
    if len(head) < len(MAGIC) or head[: len(MAGIC)] != MAGIC:
        raise BackupError("not_container", path=path)
    if len(head) < len(MAGIC) + 7:
        raise BackupError("truncated", path=path)
    version, kind, length = struct.unpack(">HBI", head[len(MAGIC) :])
    if version > FORMAT_VERSION:
        raise BackupError("newer_format", path=path, version=version)
    if length > _MAX_PREAMBLE_JSON:
        raise BackupError("damaged", path=path)
    raw = _read_exact(stream, length, path)
    try:
        public = json.loads(raw)
    except ValueError:
        raise BackupError("damaged", path=path) from None
    if expected_kind is not None and kind != expected_kind and kind in KIND_NAMES:
        raise BackupError("wrong_kind", path=path, found=kind_name(kind), expected=kind_name(expected_kind))
    if kind not in KIND_NAMES or not isinstance(public, dict) or "kdf" not in public:
        raise BackupError("damaged", path=path)
    return version, kind, public, head + raw


def open_container(
    stream: BinaryIO, path: object, secret: Secret, expected_kind: int | None, key: bytes | None = None
) -> OpenedContainer:
    """Check the preamble, unlock the file key and decrypt the metadata; the payload stays unread.

    `key` is the file key when the caller has it already (reading back what it wrote, or a
    restore after showing the header): no second KDF run.
    """
    size = os.fstat(stream.fileno()).st_size
    version, kind, public, preamble = read_preamble(stream, path, expected_kind)
    wrapped = _read_exact(stream, WRAPPED_KEY_SIZE, path) if version >= 2 else b""
    checksum = _read_exact(stream, 32, path)
    meta_frame = _read_frame(stream, path)
    framed = struct.pack(">I", len(meta_frame)) + meta_frame
    if hashlib.sha256(preamble + wrapped + framed).digest() != checksum:
        raise BackupError("damaged", path=path)
    try:
        key = key or _unwrap(derive_key(public["kdf"], secret, path), wrapped, preamble)
        aead = AESGCM(key)
        metadata = json.loads(aead.decrypt(_nonce(0, _FLAG_META), meta_frame, preamble))
    except InvalidTag:
        raise BackupError("wrong_passphrase", path=path) from None
    except (KeyError, TypeError, ValueError, AttributeError, OverflowError):  # KDF fields of the wrong type
        raise BackupError("damaged", path=path) from None
    compression = public.get("compression")
    if compression not in (None, zstd_payload.NAME):
        raise BackupError("damaged", path=path)
    return OpenedContainer(path, kind, public["kdf"], metadata, preamble, aead, stream, size, key, compression)


def _unwrap(unlocking_key: bytes, wrapped: bytes, preamble: bytes) -> bytes:
    """The file key; format 1 files had none (the KDF's key encrypted the frames)."""
    return AESGCM(unlocking_key).decrypt(_WRAP_NONCE, wrapped, preamble) if wrapped else unlocking_key
