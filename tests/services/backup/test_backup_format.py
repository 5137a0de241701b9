"""The container's file key, its read-back check and the files older builds wrote."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import struct

import pytest
import zstandard
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from partydesk.services import backup
from partydesk.services.backup import container as backup_format
from partydesk.services.backup import create as backup_create
from partydesk.services.backup import drive_read as drive_read
from partydesk.services.backup import restore as backup_restore
from partydesk.services.backup.container import BackupError, Secret
from partydesk.services.common import never_cancelled, no_progress
from partydesk.store.base import utcnow

from ..helpers import BACKUP_PASS as PASS
from ..helpers import add_member, add_minutes_filler, table_counts

pytestmark = [pytest.mark.usefixtures("fast_kdf"), pytest.mark.sqlite_only]  # database files


def plaintext_of(db, info, tmp_path) -> bytes:
    target = tmp_path / "plain.sqlite3"
    backup.decrypt_payload(info.path, Secret(PASS), target, no_progress, never_cancelled)
    return target.read_bytes()


def metadata_of(info) -> dict:
    with open(info.path, "rb") as stream:
        return backup_format.open_container(stream, info.path, Secret(PASS), backup_format.KIND_BACKUP).metadata


@pytest.mark.parametrize(("where", "reading"), [("body", 1), ("end", 1), ("header", 2)])
def test_a_drive_that_reads_back_other_bytes_fails_the_backup(made, monkeypatch, where, reading):
    """Reading 1 checks the payload; reading 2 the header, written after it."""
    db, info = made
    previous = info.path.read_bytes()
    readings = []

    def flaky_drive(path, block=None):
        readings.append(path)
        if len(readings) == reading:
            data = bytearray(path.read_bytes())
            data[{"header": 300, "body": len(data) // 2, "end": len(data) - 1}[where]] ^= 0x40
            path.write_bytes(bytes(data))
        return drive_read.open_from_drive(path, block)

    monkeypatch.setattr(backup_format, "open_from_drive", flaky_drive)
    with pytest.raises(BackupError) as error:
        backup.create_backup(db, info.path, PASS)
    assert error.value.key == "read_back_failed" and "unchanged" in str(error.value)
    assert len(readings) == reading
    assert info.path.read_bytes() == previous
    assert not list(info.path.parent.glob("*.partial"))


def test_the_header_is_written_after_the_payload_was_read_back_and_read_back_itself(made, monkeypatch):
    db, info = made
    steps = []
    real_write = backup_format._write_synced_at

    def reading(path, block=None):
        with open(path, "rb") as stream:
            backup_format.read_preamble(stream, path, None)
            header_written = any(stream.read(backup_format.WRAPPED_KEY_SIZE))
        steps.append("read header" if header_written else "read payload")
        return drive_read.open_from_drive(path, block)

    def writing(path, offset, data):
        steps.append("write header")
        real_write(path, offset, data)

    monkeypatch.setattr(backup_format, "open_from_drive", reading)
    monkeypatch.setattr(backup_format, "_write_synced_at", writing)
    made_again = backup.create_backup(db, info.path, PASS)
    assert steps == ["read payload", "write header", "read header"]
    assert backup.verify_backup(made_again.path, PASS, db).sha256 == made_again.sha256


def test_a_header_the_drive_did_not_keep_fails_the_backup(made, monkeypatch):
    db, info = made
    previous = info.path.read_bytes()
    monkeypatch.setattr(backup_format, "_write_synced_at", lambda path, offset, data: None)  # a lying drive cache
    with pytest.raises(BackupError) as error:
        backup.create_backup(db, info.path, PASS)
    assert error.value.key == "read_back_failed"
    assert info.path.read_bytes() == previous
    assert not list(info.path.parent.glob("*.partial"))


def test_the_file_key_is_wrapped_and_the_header_written_after_the_payload(made):
    db, _ = made
    add_minutes_filler(db)
    info = backup.create_backup(db, made[1].path.with_name("text.pdbak"), PASS)
    data = info.path.read_bytes()
    with open(info.path, "rb") as stream:
        version, _, _, preamble = backup_format.read_preamble(stream, info.path, None)
    assert version == backup_format.FORMAT_VERSION == 4
    assert json.loads(preamble[15:])["compression"] == "zstd"
    wrapped = data[len(preamble) : len(preamble) + backup_format.WRAPPED_KEY_SIZE]
    assert any(wrapped)  # the space kept for the header was filled in
    key = backup_format.derive_key(json.loads(preamble[15:])["kdf"], Secret(PASS))
    file_key = AESGCM(key).decrypt(bytes(12), wrapped, preamble)
    assert len(file_key) == 32 and file_key != key
    stored = stored_payload(data, preamble, file_key)
    assert metadata_of(info)["sha256"] == info.sha256 == hashlib.sha256(stored).hexdigest()
    database = plaintext_of(db, info, info.path.parent)
    assert zstandard.ZstdDecompressor().decompress(stored) == database
    assert len(stored) < len(database) / 2


def stored_payload(data: bytes, preamble: bytes, file_key: bytes) -> bytes:
    """The frames of a file opened by hand, from the layout in backup_format's docstring."""
    aead, at, index, parts = AESGCM(file_key), len(preamble) + backup_format.WRAPPED_KEY_SIZE + 32, 0, []
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        last = at + 4 + length == len(data)
        flag = 2 if index == 0 else int(last)
        plain = aead.decrypt(index.to_bytes(11, "big") + bytes([flag]), data[at + 4 : at + 4 + length], preamble)
        parts.append(plain if index else b"")
        at, index = at + 4 + length, index + 1
    return b"".join(parts)


def test_a_flipped_byte_in_the_wrapped_key_is_damage_not_a_wrong_passphrase(made, tmp_path):
    db, info = made
    data = bytearray(info.path.read_bytes())
    with open(info.path, "rb") as stream:
        preamble = backup_format.read_preamble(stream, info.path, None)[3]
    data[len(preamble) + 5] ^= 0x01
    bad = tmp_path / "bad.pdbak"
    bad.write_bytes(bytes(data))
    with pytest.raises(BackupError) as error:
        backup.read_backup_info(bad, PASS)
    assert error.value.key == "damaged"


def scrypt_kdf() -> dict:
    """The KDF of format 1 and 2 files (cheaper N than they used: the tests need correctness only)."""
    return {"name": "scrypt", "salt": "c2FsdHNhbHRzYWx0c2FsdA==", "n": 1 << 12, "r": 8, "p": 1}


def write_format_1(path, kdf: dict, key: bytes, metadata: dict, payload: bytes) -> None:
    """What development builds before the file key wrote: the KDF's key encrypts every frame."""
    public = json.dumps({"cipher": "AES-256-GCM", "kdf": kdf, "chunk": backup_format.CHUNK_SIZE}, sort_keys=True)
    public = public.encode()
    preamble = backup_format.MAGIC + struct.pack(">HBI", 1, backup_format.KIND_BACKUP, len(public)) + public
    aead = AESGCM(key)

    def frame(index: int, flag: int, data: bytes) -> bytes:
        sealed = aead.encrypt(index.to_bytes(11, "big") + bytes([flag]), data, preamble)
        return struct.pack(">I", len(sealed)) + sealed

    meta = frame(0, 2, json.dumps(metadata, ensure_ascii=False).encode())
    chunks = [payload[i : i + backup_format.CHUNK_SIZE] for i in range(0, len(payload), backup_format.CHUNK_SIZE)]
    body = b"".join(frame(i + 1, int(i == len(chunks) - 1), chunk) for i, chunk in enumerate(chunks))
    path.write_bytes(preamble + hashlib.sha256(preamble + meta).digest() + meta + body)


def test_format_1_backups_are_still_restored(made, branch_uuid, tmp_path):
    db, info = made
    payload = plaintext_of(db, info, tmp_path)
    metadata = {key: value for key, value in metadata_of(info).items() if key != "checked"}
    metadata["sha256"] = hashlib.sha256(payload).hexdigest()  # format 1 stored the database as it is
    kdf = scrypt_kdf()
    old = tmp_path / "old.pdbak"
    write_format_1(old, kdf, backup_format.derive_key(kdf, Secret(PASS)), metadata, payload)
    expected = table_counts(db)
    add_member(db, branch_uuid, name="赵一")
    assert backup.verify_backup(old, PASS, db).counts == info.counts
    backup_restore.restore_backup(db, old, PASS)
    assert table_counts(db) == expected


def test_format_2_backups_with_scrypt_are_still_restored(db, branch_uuid, monkeypatch, tmp_path):
    with monkeypatch.context() as older_build:
        older_build.setattr(backup_format, "FORMAT_VERSION", 2)
        older_build.setattr(backup_create, "new_kdf", lambda secret: scrypt_kdf())
        old = backup.create_backup(db, tmp_path / "format2.pdbak", PASS)
    with open(old.path, "rb") as stream:
        version, _, public, _ = backup_format.read_preamble(stream, old.path, None)
    assert (version, public["kdf"]["name"]) == (2, "scrypt")
    expected = table_counts(db)
    add_member(db, branch_uuid, name="钱二")
    backup_restore.restore_backup(db, old.path, PASS)
    assert table_counts(db) == expected


@pytest.mark.parametrize(
    "change", [{"m": 1 << 22}, {"t": 10_000}, {"p": 0}, {"m": 8}, {"v": 16}, {"name": "pbkdf1"}, {"t": "x"}]
)
def test_kdf_parameters_no_writer_uses_are_damage_not_a_memory_exhaustion(made, tmp_path, change):
    _, info = made
    data = info.path.read_bytes()
    with open(info.path, "rb") as stream:
        _, _, public, preamble = backup_format.read_preamble(stream, info.path, None)
    public["kdf"].update(change)
    raw = json.dumps(public, sort_keys=True).encode()
    head = backup_format.MAGIC + struct.pack(">HBI", 3, backup_format.KIND_BACKUP, len(raw)) + raw
    wrapped = data[len(preamble) :][: backup_format.WRAPPED_KEY_SIZE]
    frames = data[len(preamble) + backup_format.WRAPPED_KEY_SIZE + 32 :]
    meta = frames[: 4 + struct.unpack(">I", frames[:4])[0]]
    checksum = hashlib.sha256(head + wrapped + meta).digest()  # consistent, so the KDF parameters are read
    bad = tmp_path / "hostile.pdbak"
    bad.write_bytes(head + wrapped + checksum + frames)
    with pytest.raises(BackupError) as error:
        backup.read_backup_info(bad, PASS)
    assert error.value.key == "damaged"


def damaged_database(payload: bytes) -> bytes:
    """The same file with one b-tree page of the filler table overwritten: it opens, but is broken."""
    data = bytearray(payload)
    page = struct.unpack(">H", data[16:18])[0] or 65536
    middle = (len(data) // page // 2) * page
    data[middle : middle + page] = b"\x0d" + bytes(page - 1)  # a leaf header claiming nonsense cells
    data[middle + 3 : middle + 5] = b"\xff\xff"
    return bytes(data)


def test_a_header_without_the_creation_check_gets_it_at_restore(made, tmp_path):
    db, info = made
    payload = damaged_database(plaintext_of(db, info, tmp_path))
    probe = tmp_path / "probe.sqlite3"
    probe.write_bytes(payload)
    with sqlite3.connect(probe) as conn:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] != "ok"
    metadata = {key: value for key, value in metadata_of(info).items() if key != "checked"}
    kdf = scrypt_kdf()
    old = tmp_path / "unchecked.pdbak"
    metadata.update(sha256=hashlib.sha256(payload).hexdigest(), size=len(payload))
    write_format_1(old, kdf, backup_format.derive_key(kdf, Secret(PASS)), metadata, payload)
    before = table_counts(db)
    with pytest.raises(BackupError) as error:
        backup_restore.restore_backup(db, old, PASS)
    assert error.value.key == "damaged"
    assert table_counts(db) == before


def test_a_restore_after_showing_the_header_runs_scrypt_once(made, monkeypatch, branch_uuid):
    db, info = made
    runs = []
    derive = backup_format.derive_key
    monkeypatch.setattr(backup_format, "derive_key", lambda *args: runs.append(1) or derive(*args))
    expected = table_counts(db)
    add_member(db, branch_uuid, name="赵一")
    unlocked = backup.unlock_backup(info.path, PASS, db)
    assert "key=" not in repr(unlocked) and unlocked.info.counts == info.counts
    backup_restore.restore_backup(db, info.path, PASS, unlocked=unlocked)
    assert table_counts(db) == expected and len(runs) == 1


def test_two_restores_in_the_same_second_keep_both_previous_databases(made, branch_uuid):
    db, info = made
    add_member(db, branch_uuid, name="赵一")
    first_state = table_counts(db)["member"]
    same_second = utcnow().replace(microsecond=0)
    first = backup_restore.restore_backup(db, info.path, PASS, now=same_second)
    second = backup_restore.restore_backup(db, info.path, PASS, now=same_second)
    assert first.kept_copy != second.kept_copy and first.kept_copy.exists() and second.kept_copy.exists()
    with sqlite3.connect(first.kept_copy) as kept:
        assert kept.execute("SELECT count(*) FROM member").fetchone()[0] == first_state
