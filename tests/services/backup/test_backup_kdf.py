"""The passphrase KDF new files get (outside the fast_kdf fixture, which swaps it for a cheap one)."""

from __future__ import annotations

from argon2 import profiles

from partydesk.services.backup import container as backup_format
from partydesk.services.backup.container import Secret


def test_new_files_use_argon2id_with_the_rfc_9106_low_memory_profile():
    kdf = backup_format.new_kdf(Secret("correct horse battery staple"))
    expected = profiles.RFC_9106_LOW_MEMORY
    assert (kdf["name"], kdf["t"], kdf["m"], kdf["p"], kdf["v"]) == ("argon2id", 3, 64 * 1024, 4, 19)
    assert (kdf["t"], kdf["m"], kdf["p"]) == (expected.time_cost, expected.memory_cost, expected.parallelism)


def test_the_salt_is_fresh_per_file():
    secret = Secret("correct horse battery staple")
    assert backup_format.new_kdf(secret)["salt"] != backup_format.new_kdf(secret)["salt"]
