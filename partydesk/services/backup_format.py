"""The encrypted container of backups (.pdbak) and transfer packages (.pdpkg).

Layout (all integers big-endian):

    preamble   MAGIC (8) | format version u16 | kind u8 | u32 n | n bytes of public JSON
               public JSON = cipher, KDF name and parameters (scrypt salt/N/r/p, or the
               local key's salt), chunk size: nothing about the office or its data.
    checksum   SHA-256 of preamble + frame 0 (unkeyed: tells "damaged" from "wrong passphrase")
    frame 0    u32 n | AES-256-GCM(metadata JSON)          nonce = 0 (11 bytes) | 0x02
    frame i    u32 n | AES-256-GCM(payload chunk i)        nonce = i (11 bytes) | 0x01 if last else 0x00

Every frame authenticates the whole preamble as associated data. The counter and the
last-chunk flag in the nonce are age's STREAM construction (Hoang, Reyhanitabar, Rogaway,
Vizár 2015): reordered, dropped or appended chunks and a file cut at a chunk boundary all
fail authentication. Each file has a fresh random salt, hence a fresh key, so counter
nonces never repeat under one key. Passphrase keys come from scrypt (N=2**17, r=8, p=1:
128 MiB, about 0.3 s); local automatic backups use a random key file kept in the data
folder (see backup.py) expanded per file with HKDF-SHA256.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
from dataclasses import dataclass
from typing import BinaryIO, Callable, Iterator

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from partydesk.domain.errors import PartydeskError
from partydesk.i18n import QT_TRANSLATE_NOOP, translate

MAGIC = b"\x89PDESK\r\n"  # PNG's trick: high bit and CRLF catch text-mode copies
FORMAT_VERSION = 1
KIND_BACKUP = 1
KIND_TRANSFER = 2
CHUNK_SIZE = 1 << 20
SCRYPT_N = 1 << 17
SCRYPT_R = 8
SCRYPT_P = 1
MIN_PASSPHRASE = 8
TAG = 16
_MAX_PREAMBLE_JSON = 64 * 1024
_MAX_FRAME = CHUNK_SIZE + TAG + 64 * 1024
_FLAG_CHUNK, _FLAG_LAST, _FLAG_META = 0, 1, 2

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

MESSAGES = {
    "not_container": QT_TRANSLATE_NOOP("Backup", "{path} is not a partydesk backup or transfer package."),
    "wrong_kind": QT_TRANSLATE_NOOP("Backup", "{path} is a {found}, not a {expected}."),
    "newer_format": QT_TRANSLATE_NOOP(
        "Backup", "{path} was written by a newer version of partydesk (format {version}). Install the newer version."
    ),
    "damaged": QT_TRANSLATE_NOOP(
        "Backup", "{path} is damaged (a part of it was changed or lost). Use another copy of the backup."
    ),
    "truncated": QT_TRANSLATE_NOOP(
        "Backup", "{path} is incomplete: the copy was cut off (stick pulled out or disk full). Use another copy."
    ),
    "wrong_passphrase": QT_TRANSLATE_NOOP("Backup", "Wrong passphrase for {path}."),
    "passphrase_needed": QT_TRANSLATE_NOOP("Backup", "{path} is protected by a passphrase: enter it."),
    "local_key_missing": QT_TRANSLATE_NOOP(
        "Backup", "{path} is an automatic backup of another installation: its key is not on this computer."
    ),
    "short_passphrase": QT_TRANSLATE_NOOP("ValidationError", "The passphrase needs at least {n} characters"),
}
KIND_NAMES = {KIND_BACKUP: QT_TRANSLATE_NOOP("Backup", "backup"), KIND_TRANSFER: QT_TRANSLATE_NOOP("Backup", "transfer package")}


class BackupError(PartydeskError):
    """A backup or package cannot be written or read; the message says why in plain words."""

    def __init__(self, key: str, **params: object):
        self.key = key
        self.params = params
        template = MESSAGES.get(key, key)
        super().__init__(translate("Backup", template, **params))


def kind_name(kind: int) -> str:
    return translate("Backup", KIND_NAMES.get(kind, "?"))


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
    return {"name": "scrypt", "salt": _b64(salt), "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P}


def derive_key(kdf: dict, secret: Secret, path: object = "") -> bytes:
    """The file's 256-bit AES key from its public KDF parameters and the secret."""
    salt = _unb64(kdf["salt"])
    if kdf["name"] == "local-key":
        if secret.local_key is None:
            raise BackupError("local_key_missing" if secret.passphrase is None else "wrong_passphrase", path=path)
        hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"partydesk local backup v1")
        return hkdf.derive(secret.local_key)
    if kdf["name"] == "scrypt":
        if not secret.passphrase:
            raise BackupError("passphrase_needed", path=path)
        n, r, p = int(kdf["n"]), int(kdf["r"]), int(kdf["p"])
        if n > 1 << 22 or r > 32 or p > 16:  # refuse parameters that would exhaust memory
            raise BackupError("damaged", path=path)
        return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(secret.passphrase.encode("utf-8"))
    raise BackupError("damaged", path=path)


def _nonce(index: int, flag: int) -> bytes:
    return index.to_bytes(11, "big") + bytes([flag])


def preamble_bytes(kind: int, kdf: dict) -> bytes:
    public = json.dumps({"cipher": "AES-256-GCM", "kdf": kdf, "chunk": CHUNK_SIZE}, sort_keys=True).encode()
    return MAGIC + struct.pack(">HBI", FORMAT_VERSION, kind, len(public)) + public


def write_container(
    out: BinaryIO,
    kind: int,
    kdf: dict,
    key: bytes,
    metadata: dict,
    payload: BinaryIO,
    payload_size: int,
    progress: Progress,
    cancelled: Cancelled,
) -> None:
    """Encrypt metadata and the payload stream into `out`, chunk by chunk."""
    from partydesk.services.common import OperationCancelled

    aead = AESGCM(key)
    preamble = preamble_bytes(kind, kdf)
    meta_frame = aead.encrypt(_nonce(0, _FLAG_META), json.dumps(metadata, ensure_ascii=False).encode(), preamble)
    framed_meta = struct.pack(">I", len(meta_frame)) + meta_frame
    out.write(preamble)
    out.write(hashlib.sha256(preamble + framed_meta).digest())
    out.write(framed_meta)
    done, index = 0, 1
    chunk = payload.read(CHUNK_SIZE)
    while True:
        if cancelled():
            raise OperationCancelled()
        following = payload.read(CHUNK_SIZE)
        last = not following
        frame = aead.encrypt(_nonce(index, _FLAG_LAST if last else _FLAG_CHUNK), chunk, preamble)
        out.write(struct.pack(">I", len(frame)))
        out.write(frame)
        done += len(chunk)
        progress(done, payload_size)
        if last:
            return
        chunk, index = following, index + 1


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

    def chunks(self, cancelled: Cancelled) -> Iterator[bytes]:
        """Decrypted payload chunks in order; raises BackupError on damage or truncation."""
        from partydesk.services.common import OperationCancelled

        index = 1
        while True:
            if cancelled():
                raise OperationCancelled()
            frame = _read_frame(self.stream, self.path)
            last = self.stream.tell() >= self.size
            try:
                yield self.aead.decrypt(_nonce(index, _FLAG_LAST if last else _FLAG_CHUNK), frame, self.preamble)
            except InvalidTag:
                raise BackupError(self._why_bad(index, frame, last), path=self.path) from None
            if last:
                return
            index += 1

    def _why_bad(self, index: int, frame: bytes, last: bool) -> str:
        if last:
            try:
                self.aead.decrypt(_nonce(index, _FLAG_CHUNK), frame, self.preamble)
                return "truncated"
            except InvalidTag:
                pass
        return "damaged"


def _read_exact(stream: BinaryIO, n: int, path: object) -> bytes:
    data = stream.read(n)
    if len(data) != n:
        raise BackupError("truncated", path=path)
    return data


def _read_frame(stream: BinaryIO, path: object) -> bytes:
    (length,) = struct.unpack(">I", _read_exact(stream, 4, path))
    if length < TAG or length > _MAX_FRAME:
        raise BackupError("damaged", path=path)
    return _read_exact(stream, length, path)


def read_preamble(stream: BinaryIO, path: object, expected_kind: int | None) -> tuple[int, dict, bytes]:
    """(kind, public JSON, raw preamble) after checking magic, version and kind."""
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
    return kind, public, head + raw


def open_container(
    stream: BinaryIO, path: object, secret: Secret, expected_kind: int | None, key: bytes | None = None
) -> OpenedContainer:
    """Check the preamble, derive the key and decrypt the metadata; the payload stays unread."""
    size = os.fstat(stream.fileno()).st_size
    kind, public, preamble = read_preamble(stream, path, expected_kind)
    checksum = _read_exact(stream, 32, path)
    meta_frame = _read_frame(stream, path)
    framed = struct.pack(">I", len(meta_frame)) + meta_frame
    if hashlib.sha256(preamble + framed).digest() != checksum:
        raise BackupError("damaged", path=path)
    try:
        key = key or derive_key(public["kdf"], secret, path)
        aead = AESGCM(key)
        metadata = json.loads(aead.decrypt(_nonce(0, _FLAG_META), meta_frame, preamble))
    except InvalidTag:
        raise BackupError("wrong_passphrase", path=path) from None
    except (KeyError, TypeError, ValueError):
        raise BackupError("damaged", path=path) from None
    return OpenedContainer(path, kind, public["kdf"], metadata, preamble, aead, stream, size, key)
