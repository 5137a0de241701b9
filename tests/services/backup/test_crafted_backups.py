"""Backups whose encryption and checksum are valid but whose header fields are not: refused, naming the part."""

from __future__ import annotations

import hashlib
import json
import struct

import pytest

from partydesk.services import backup
from partydesk.services.backup import container as backup_format
from partydesk.services.backup import create as backup_create
from partydesk.services.backup import restore as backup_restore
from partydesk.services.backup.container import BackupError, Secret
from partydesk.services.common import never_cancelled, no_progress
from partydesk.store.base import utcnow

from ..helpers import BACKUP_PASS as PASS
from ..helpers import table_counts

pytestmark = [pytest.mark.usefixtures("fast_kdf"), pytest.mark.sqlite_only]  # database files

DROP = object()

METADATA_CASES = {
    "created_at missing": ("created_at", DROP),
    "created_at yesterday": ("created_at", "yesterday"),
    "created_at 31/02/1990": ("created_at", "31/02/1990"),
    "created_at a number": ("created_at", 20261206),
    "office a list": ("office", ["x"]),
    "office name a number": ("office", {"name": 5, "uuid": ""}),
    "counts a list": ("counts", [1, 2]),
    "counts negative": ("counts", {"member": -3}),
    "counts a string": ("counts", {"member": "3"}),
    "size negative": ("size", -1),
    "size a string": ("size", "big"),
    "schema_revision a list": ("schema_revision", ["0001"]),
    "program_version a dict": ("program_version", {}),
    "checked a number": ("checked", 1),
}


def crafted_backup(db, target, monkeypatch, key, value):
    """A backup written with the real container code (valid key, checksum), one metadata field changed."""
    real_write = backup_create.write_container

    def write_changed(out, kind, kdf, metadata, *rest, **options):
        if value is DROP:
            metadata.pop(key)
        else:
            metadata[key] = value
        return real_write(out, kind, kdf, metadata, *rest, **options)

    with monkeypatch.context() as patch:
        patch.setattr(backup_create, "write_container", write_changed)
        patch.setattr(backup_create, "info_of", lambda *args: None)
        backup_create.write_backup(db, target, Secret(passphrase=PASS), no_progress, never_cancelled, utcnow())


@pytest.mark.parametrize("case", list(METADATA_CASES))
def test_a_backup_with_a_bad_header_field_is_refused_naming_it(made, tmp_path, monkeypatch, case):
    db, _info = made
    key, value = METADATA_CASES[case]
    target = tmp_path / "crafted.pdbak"
    crafted_backup(db, target, monkeypatch, key, value)
    before = table_counts(db)
    for read in (lambda: backup.read_backup_info(target, PASS),
                 lambda: backup.verify_backup(target, PASS),
                 lambda: backup_restore.restore_backup(db, target, PASS)):
        with pytest.raises(BackupError) as refused:
            read()
        assert refused.value.key == "damaged_part" and f"metadata {key}" in str(refused.value)
        assert "damaged or not a partydesk file" in str(refused.value)
    assert table_counts(db) == before


KDF_CASES = {
    "salt a number": {"salt": 123},
    "salt a list": {"salt": ["c2FsdA=="]},
    "salt not base64": {"salt": "not base64!"},
    "time cost negative": {"t": -1},
    "memory cost negative": {"m": -1024},
    "time cost infinite": {"t": float("inf")},
    "parallelism a list": {"p": [1]},
    "kdf name a number": {"name": 7},
}


def with_kdf(info, tmp_path, change) -> str:
    """The backup with its public KDF parameters changed and its checksum made consistent again."""
    data = info.path.read_bytes()
    with open(info.path, "rb") as stream:
        _, _, public, preamble = backup_format.read_preamble(stream, info.path, None)
    public["kdf"].update(change)
    raw = json.dumps(public, sort_keys=True).encode()
    head = backup_format.MAGIC + struct.pack(">HBI", 3, backup_format.KIND_BACKUP, len(raw)) + raw
    wrapped = data[len(preamble):][: backup_format.WRAPPED_KEY_SIZE]
    frames = data[len(preamble) + backup_format.WRAPPED_KEY_SIZE + 32:]
    meta = frames[: 4 + struct.unpack(">I", frames[:4])[0]]
    bad = tmp_path / "hostile.pdbak"
    bad.write_bytes(head + wrapped + hashlib.sha256(head + wrapped + meta).digest() + frames)
    return str(bad)


@pytest.mark.parametrize("case", list(KDF_CASES))
def test_kdf_parameters_of_the_wrong_type_are_damage_not_a_traceback(made, tmp_path, case):
    _db, info = made
    bad = with_kdf(info, tmp_path, KDF_CASES[case])
    with pytest.raises(BackupError) as refused:
        backup.read_backup_info(bad, PASS)
    assert refused.value.key == "damaged"
