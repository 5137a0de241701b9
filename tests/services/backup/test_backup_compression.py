"""Backups carry their database zstd-compressed (format 4); transfer packages stay format 3."""

from __future__ import annotations

import json
import random
import sqlite3

import pytest
import zstandard

from partydesk.services import backup, transfer
from partydesk.services.backup import compression as payload_zstd
from partydesk.services.backup import container as backup_format
from partydesk.services.backup import files as backup_files
from partydesk.services.backup import restore as backup_restore
from partydesk.services.backup.container import BackupError, Secret
from partydesk.services.common import never_cancelled
from partydesk.services.transfer import receive as transfer_import

from ..helpers import BACKUP_PASS as PASS
from ..helpers import add_member, add_minutes_filler, table_counts

pytestmark = [pytest.mark.usefixtures("fast_kdf"), pytest.mark.sqlite_only]  # database files
CHUNK = 1 << 16


def pieces(data: bytes, size: int = 1000) -> list[bytes]:
    return [data[i : i + size] for i in range(0, len(data), size)]


def test_compressed_pieces_are_whole_chunks_and_come_back_in_bounded_views():
    data = b"\xe7\xac\xac\xe4\xb8\x80\xe5\x85\x9a\xe6\x94\xaf\xe9\x83\xa8 minutes " * 50_000
    packed = list(payload_zstd.compressed(pieces(data), len(data), CHUNK))
    assert all(len(piece) == CHUNK for piece in packed[:-1]) and 0 < len(packed[-1]) <= CHUNK
    assert sum(map(len, packed)) < len(data) / 20
    views = [bytes(view) for view in payload_zstd.decompressed(iter(packed), len(data), CHUNK)]
    assert b"".join(views) == data and max(map(len, views)) <= CHUNK


def test_an_empty_payload_is_one_small_frame():
    packed = list(payload_zstd.compressed([], 0, CHUNK))
    assert len(packed) == 1
    assert list(payload_zstd.decompressed(iter(packed), 0, CHUNK)) == []


@pytest.mark.parametrize("where", ["short", "long", "after", "cut"])
def test_a_payload_that_does_not_decode_to_its_size_is_refused(where):
    data = bytes(range(256)) * 4000
    packed = b"".join(payload_zstd.compressed([data], len(data), CHUNK))
    size, stream = len(data), packed
    if where == "short":
        size += 1
    elif where == "long":
        size -= 1
    elif where == "after":
        stream = packed + b"more"
    else:
        stream = packed[: len(packed) // 2]
    with pytest.raises(payload_zstd.DecompressionError):
        list(payload_zstd.decompressed(iter(pieces(stream)), size, CHUNK))


def test_a_header_that_states_another_size_makes_the_backup_damaged(db, tmp_path):
    add_minutes_filler(db)
    info = backup.create_backup(db, tmp_path / "office.pdbak", PASS)
    with open(info.path, "rb") as stream:
        opened = backup_format.open_container(stream, info.path, Secret(PASS), backup_format.KIND_BACKUP)
        assert opened.compression == "zstd"
        opened.metadata["size"] += 4096
        with pytest.raises(BackupError) as error:
            list(opened.chunks(never_cancelled))
    assert error.value.key == "damaged"


def test_an_unknown_compression_is_damage(made, tmp_path):
    _, info = made
    data = info.path.read_bytes()
    with open(info.path, "rb") as stream:
        version, kind, public, preamble = backup_format.read_preamble(stream, info.path, None)
    public["compression"] = "lzma"
    bad = tmp_path / "bad.pdbak"
    bad.write_bytes(backup_format.MAGIC + preamble[len(backup_format.MAGIC) : len(backup_format.MAGIC) + 3]
                    + len(json.dumps(public, sort_keys=True)).to_bytes(4, "big")
                    + json.dumps(public, sort_keys=True).encode() + data[len(preamble) :])
    with pytest.raises(BackupError) as error:
        backup.read_backup_info(bad, PASS)
    assert error.value.key == "damaged"


def test_a_compressible_database_fits_a_stick_with_less_room_than_its_size(db, branch_uuid, small_drive):
    add_member(db, branch_uuid, name="孙三")
    add_minutes_filler(db)  # more than the 600 KB drive holds
    info = backup.create_backup(db, small_drive / "office.pdbak", PASS)
    expected = table_counts(db)
    assert info.size > 1_000_000 > 3 * info.path.stat().st_size
    add_member(db, branch_uuid, name="周四")
    backup_restore.restore_backup(db, info.path, PASS)
    assert table_counts(db) == expected


def test_a_database_of_scans_that_would_not_shrink_is_stored_as_it_is(made, branch_uuid):
    db, _ = made  # its filler is 2.5 MB of random bytes, as JPEG scans are to zstd; 2.5 MB more
    with db.engine.begin() as conn:  # outweigh the schema's many empty (compressible) pages
        conn.exec_driver_sql("INSERT INTO filler VALUES (randomblob(2500000))")
    info = backup.create_backup(db, made[1].path.with_name("scans.pdbak"), PASS)
    with open(info.path, "rb") as stream:
        version, _, public, _ = backup_format.read_preamble(stream, info.path, None)
    assert version == 3 and "compression" not in public
    assert info.path.stat().st_size > info.size
    expected = table_counts(db)
    add_member(db, branch_uuid, name="郑六")
    backup_restore.restore_backup(db, info.path, PASS)
    assert table_counts(db) == expected


def test_compressibility_is_judged_on_samples_across_the_file(tmp_path):
    text, noise = tmp_path / "text.bin", tmp_path / "noise.bin"
    text.write_bytes("第一党支部 会议记录 ".encode() * 200_000)
    noise.write_bytes(random.Random(6).randbytes(3 << 20))
    assert payload_zstd.worth_compressing(text, text.stat().st_size)
    assert not payload_zstd.worth_compressing(noise, noise.stat().st_size)


def test_transfer_packages_stay_format_3_so_older_builds_read_them(db, tmp_path, monkeypatch):
    package = transfer.export_package(db, tmp_path, PASS)
    with open(package.path, "rb") as stream:
        version, _, public, _ = backup_format.read_preamble(stream, package.path, None)
    assert version == 3 and "compression" not in public
    monkeypatch.setattr(backup_format, "FORMAT_VERSION", 3)  # a build from before compression
    metadata = transfer_import._decrypt(package.path, PASS, tmp_path / "payload", never_cancelled)
    assert metadata["package_uuid"] and (tmp_path / "payload").stat().st_size


def test_the_check_and_the_copy_read_the_same_state_while_the_program_writes(db, branch_uuid, tmp_path):
    source, checker = backup_files.readers_of_one_state(db.path, 2)
    try:
        add_member(db, branch_uuid, name="后来者")  # a commit right after: neither reader sees it
        counts = [conn.execute("SELECT count(*) FROM member").fetchone()[0] for conn in (source, checker)]
        assert counts[0] == counts[1] == table_counts(db)["member"] - 1
        snap = tmp_path / "snap.sqlite3"
        backup_files.snapshot(source, snap)
        assert sqlite3.connect(snap).execute("SELECT count(*) FROM member").fetchone()[0] == counts[0]
    finally:
        source.close()
        assert backup_files.checked_and_closed(checker, "quick_check") == "ok"


def test_the_readers_wait_for_a_write_in_progress_and_then_see_it(db, branch_uuid, monkeypatch):
    add_member(db, branch_uuid, name="吴五")
    writer = sqlite3.connect(db.path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE member SET notes = 'during the backup'")
    real_connect = sqlite3.connect

    class Guard:
        """The write lock's guard finds the write in progress, and the writer commits while it waits."""

        def __init__(self, connection):
            self.connection = connection

        def execute(self, sql):
            if sql == "BEGIN IMMEDIATE":
                probe = real_connect(db.path, timeout=0, isolation_level=None)
                with pytest.raises(sqlite3.OperationalError, match="locked"):
                    probe.execute("BEGIN IMMEDIATE")
                probe.close()
                writer.execute("COMMIT")
            return self.connection.execute(sql)

        def close(self):
            self.connection.close()

    def connect(target, *args, **kwargs):  # the read-only readers (uri=True) stay real
        connection = real_connect(target, *args, **kwargs)
        return connection if kwargs.get("uri") else Guard(connection)

    monkeypatch.setattr(backup_files.sqlite3, "connect", connect)
    try:
        readers = backup_files.readers_of_one_state(db.path, 2)
    finally:
        monkeypatch.undo()
        writer.close()
    notes = [conn.execute("SELECT DISTINCT notes FROM member").fetchall() for conn in readers]
    for conn in readers:
        conn.close()
    assert notes[0] == notes[1] == [("during the backup",)]


@pytest.mark.parametrize("value", ["printf('%0100d', i)", "randomblob(400)"])  # checked beside the copy; after it
def test_a_real_damaged_live_database_is_not_backed_up(db, tmp_path, value):
    with db.engine.begin() as conn:  # a table and its index over many pages
        conn.exec_driver_sql("CREATE TABLE filler(x)")
        conn.exec_driver_sql(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) "
            f"INSERT INTO filler SELECT {value} FROM n"
        )
        conn.exec_driver_sql("CREATE INDEX filler_x ON filler(x)")
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = sqlite3.connect(db.path).execute("PRAGMA page_size").fetchone()[0]
    with open(db.path, "r+b") as live:  # scribble over a b-tree page in the middle of the file
        live.seek((db.path.stat().st_size // page_size // 2) * page_size)
        live.write(b"\xff" * 64)
    with pytest.raises(BackupError) as error:
        backup.create_backup(db, tmp_path / "office.pdbak", PASS)
    assert error.value.key == "live_damaged"
    assert not list(tmp_path.glob("office.pdbak*"))


def test_zstd_checks_its_own_content_checksum():
    data = b"abc" * 10_000
    frame = bytearray(b"".join(payload_zstd.compressed([data], len(data), CHUNK)))
    frame[-1] ^= 1  # the XXH64 at the frame's end
    with pytest.raises(payload_zstd.DecompressionError):
        list(payload_zstd.decompressed(iter([bytes(frame)]), len(data), CHUNK))
    assert zstandard.frame_content_size(bytes(frame)) == len(data)
