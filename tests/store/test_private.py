"""open_private: owner-only from the first byte, binary on every platform, "x" never overwrites."""

from __future__ import annotations

import os
import stat

import pytest

from partydesk.store import private
from partydesk.store.private import open_private


def test_an_exclusive_open_refuses_a_file_that_is_there_and_leaves_it_alone(tmp_path):
    key = tmp_path / "backup.key"
    key.write_bytes(b"the first key")
    with pytest.raises(FileExistsError):
        open_private(key, "xb")
    assert key.read_bytes() == b"the first key"


def test_an_exclusive_open_makes_an_owner_only_file(tmp_path):
    old = os.umask(0o022)
    try:
        with open_private(tmp_path / "backup.key", "xb") as out:
            out.write(b"\n\x00\n")
    finally:
        os.umask(old)
    assert (tmp_path / "backup.key").read_bytes() == b"\n\x00\n"
    if os.name != "nt":
        assert stat.S_IMODE((tmp_path / "backup.key").stat().st_mode) == 0o600


@pytest.mark.parametrize("mode", ["wb", "xb", "w"])
def test_files_are_opened_binary_where_the_c_runtime_has_a_text_mode(tmp_path, monkeypatch, mode):
    """On Windows, without O_BINARY a random key's 0x0A byte is written as 0x0D 0x0A and reads back longer."""
    o_binary = 0x8000  # Windows' value; on Linux the same bit is O_LARGEFILE, harmless
    monkeypatch.setattr(private.os, "O_BINARY", o_binary, raising=False)
    seen: list[int] = []
    real_open = os.open

    def recording_open(path, flags, *args):
        seen.append(flags)
        return real_open(path, flags, *args)

    monkeypatch.setattr(private.os, "open", recording_open)
    open_private(tmp_path / "file", mode).close()
    assert seen and seen[0] & o_binary


@pytest.mark.sqlite_only  # the key of automatic backups, which a server database does not have
def test_the_automatic_backups_key_is_made_through_open_private(db, monkeypatch):
    from partydesk.services.backup import create

    made: list[str] = []
    real = create.open_private

    def recording(path, mode="wb", **kwargs):
        made.append(mode)
        return real(path, mode, **kwargs)

    monkeypatch.setattr(create, "open_private", recording)
    key = create.local_key(db, create=True)
    assert made == ["xb"]
    assert len(key) == 32 and create.local_key(db) == key
