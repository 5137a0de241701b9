"""Benchmarks of issue 6, each against its raw floor in the same run.

- Backup of a ~100 MB database incl. verification vs a bare sqlite3 backup-API copy (goal <= 2x),
  both onto the local disk, and both onto a real exFAT stick image where root and FUSE allow.
- Restore of that backup vs the same floor (goal <= 2x).
- Transfer import of 10,000 changed members into a 100,000-member database (goal < 10 s).

The passphrase KDF (Argon2id, RFC 9106 low-memory profile, ~0.1 s on two cores) is a fixed cost
by design; the ratios are printed with and without it so a slow machine's figures can be read
either way, and so is the restore the dialog and the CLI run after showing the header (the key is
unlocked then, not twice).
In a VM with free page reporting, fresh memory can cost a host fault per page (about 0.4 s per
150 MB of new page cache): take the best of the interleaved rounds, and read the medians beside them.

Run with: python -m pytest tests/bench/test_bench_backup.py -m bench --benchmark-enable -s
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import time
from datetime import date, timedelta

import pytest
from sqlalchemy import insert, select, update

from partydesk.config import resolve
from partydesk.domain.enums import BranchRole, Gender, MemberStatus
from partydesk.services import backup, offices, transfer
from partydesk.services.backup import container as backup_format
from partydesk.services.backup import restore as backup_restore
from partydesk.services.transfer import receive as transfer_import
from partydesk.store.base import new_uuid, utcnow
from partydesk.store.migrate import open_database
from partydesk.store.models import Branch, Member

pytestmark = pytest.mark.bench

PASS = "correct horse battery staple"
BIG_MEMBERS = 100_000
CHANGED = 10_000
ROUNDS = 5
NOTE = "参加社区志愿服务，协助网格员走访独居老人，记录困难群众诉求并跟进落实。" * 8


def add_members(db, count: int, branch_uuid: str, origin: str, stamp) -> None:
    """Members by Core bulk insert (the fixture, not the thing measured)."""
    with db.write() as session:
        branch_id = session.scalar(select(Branch.id).where(Branch.uuid == branch_uuid))
        rows = [
            {
                "uuid": new_uuid(), "created_at": stamp, "updated_at": stamp, "origin": origin, "deleted_at": None,
                "name": "王" + "伟芳娜敏静丽强磊军洋"[i % 10] + "伟芳娜敏静丽强磊军洋"[(i // 10) % 10],
                "name_initials": "wwf", "gender": Gender.MALE if i % 2 else Gender.FEMALE, "ethnicity": "汉族",
                "birth_date": date(1950, 1, 1) + timedelta(days=i % 18_000), "resident_id": None,
                "education": "大学", "phone": f"138{i:08d}", "address": "某某小区", "branch_id": branch_id,
                "party_group_id": None, "status": MemberStatus.FULL, "branch_role": BranchRole.NONE,
                "applied_on": None, "activist_on": None, "candidate_on": None, "joined_on": date(1990, 7, 1),
                "full_on": date(1991, 7, 1), "post": "", "exemplar_post": "", "is_flowing": False,
                "notes": NOTE, "roster_order": i,
            }
            for i in range(count)
        ]
        for start in range(0, count, 10_000):
            session.execute(insert(Member.__table__), rows[start : start + 10_000])


def timed(fn, rounds: int = 3) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def floor_copy(source, target) -> None:
    """The bare floor: sqlite3's online backup API into a new file (committed and synced)."""
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    with dst:
        src.backup(dst)
    dst.close()
    src.close()


def remove_last_round(*paths) -> None:
    for path in paths:
        if os.path.exists(path):
            os.remove(path)
    os.sync()  # let the filesystem finish freeing them before the clock starts


def kdf_seconds() -> float:
    secret = backup_format.Secret(passphrase=PASS)
    return timed(lambda: backup_format.derive_key(backup_format.new_kdf(secret), secret), rounds=2)


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    folder = tmp_path_factory.mktemp("big")
    db = open_database(resolve(folder / "data"))
    office = offices.init_office(db, "某某街道党工委")
    branch = offices.create_branch(db, "第一党支部")
    add_members(db, BIG_MEMBERS, branch.uuid, office.uuid, utcnow())
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    yield db, folder
    db.dispose()


def test_bench_backup_and_restore_vs_backup_api(big, benchmark):
    db, folder = big
    size = db.path.stat().st_size
    target = folder / "stick.pdbak"
    figures = {"floor": [], "create": [], "restore": [], "confirmed": [], "kdf": []}
    for _ in range(ROUNDS):  # interleaved, so a busy machine slows floor and ours alike
        # Both write a new file, as a backup to a stick does (its name carries the minute): deleting
        # the last round's 150 MB file is not part of either (it costs 0.1-0.2 s on a disk with discard).
        remove_last_round(folder / "floor.sqlite3", target)
        figures["floor"].append(timed(lambda: floor_copy(db.path, folder / "floor.sqlite3"), rounds=1))
        figures["create"].append(timed(lambda: backup.create_backup(db, target, PASS), rounds=1))
        figures["restore"].append(timed(lambda: backup_restore.restore_backup(db, target, PASS), rounds=1))
        unlocked = backup.unlock_backup(target, PASS, db)  # what the dialog does to show the header
        figures["confirmed"].append(
            timed(lambda u=unlocked: backup_restore.restore_backup(db, target, PASS, unlocked=u), rounds=1))
        figures["kdf"].append(kdf_seconds())
    best = {name: min(times) for name, times in figures.items()}
    middle = {name: statistics.median(times) for name, times in figures.items()}
    floor, kdf = best["floor"], best["kdf"]
    print(
        f"\n[backup] database {size / 1e6:.0f} MB; backup-API floor {floor:.2f} s (median {middle['floor']:.2f} s); "
        f"KDF {kdf:.2f} s; best of {ROUNDS} interleaved rounds"
    )
    for name in ("floor", "create", "restore", "confirmed"):
        print(f"[backup] {name} by round: " + ", ".join(f"{t:.2f}" for t in figures[name]) + " s")
    for name, label in (
        ("create", "create+verify"),
        ("restore", "restore"),
        ("confirmed", "restore after the header was shown (no second KDF)"),
    ):
        ours = best[name]
        paired = statistics.median(t / f for t, f in zip(figures[name], figures["floor"], strict=True))
        print(
            f"[backup] {label}: {ours:.2f} s = {ours / floor:.2f}x (median {middle[name] / middle['floor']:.2f}x, "
            f"same-round median {paired:.2f}x; {max(ours - kdf, 0) / floor:.2f}x without the KDF)"
        )
    benchmark.pedantic(lambda: backup.verify_backup(target, PASS, db), rounds=1, iterations=1)
    assert size > 80e6
    assert backup.read_backup_info(target, PASS).counts["member"] == BIG_MEMBERS
    assert best["create"] / floor <= 2 and best["restore"] / floor <= 2


def test_bench_backup_onto_an_exfat_stick_vs_backup_api_onto_it(big, exfat_stick_of, benchmark):
    """The same on the filesystem of a real stick (exFAT through exfat-fuse, as on Kylin V10).

    Here the drive is the cost: SQLite writes its copy a page at a time through the FUSE driver,
    the backup in large sequential blocks and reads it back in 4 MB ones.
    """
    db, _ = big
    stick = exfat_stick_of(4 * db.path.stat().st_size)
    target, floor_file = stick.path / "stick.pdbak", stick.path / "floor.sqlite3"
    figures = {"floor": [], "create": []}
    for _ in range(3):
        remove_last_round(floor_file, target)
        figures["floor"].append(timed(lambda: floor_copy(db.path, floor_file), rounds=1))
        figures["create"].append(timed(lambda: backup.create_backup(db, target, PASS), rounds=1))
    floor, ours = min(figures["floor"]), min(figures["create"])
    print(
        f"\n[exfat] backup-API floor onto the stick {floor:.2f} s; create+verify {ours:.2f} s = {ours / floor:.2f}x "
        f"(floor by round: {', '.join(f'{t:.2f}' for t in figures['floor'])} s)"
    )
    benchmark.pedantic(lambda: backup.verify_backup(target, PASS, db), rounds=1, iterations=1)
    assert ours / floor <= 2


def test_bench_transfer_import_10k_changed_into_100k(tmp_path, benchmark):
    sender = open_database(resolve(tmp_path / "sender"))
    receiver = open_database(resolve(tmp_path / "receiver"))
    try:
        origin = offices.init_office(sender, "某某社区党委")
        branch = offices.create_branch(sender, "第一党支部")
        add_members(sender, CHANGED, branch.uuid, origin.uuid, utcnow() - timedelta(days=3))
        mine = offices.init_office(receiver, "某某街道党工委")
        local_branch = offices.create_branch(receiver, "本级支部")
        add_members(receiver, BIG_MEMBERS - CHANGED, local_branch.uuid, mine.uuid, utcnow() - timedelta(days=3))

        first = transfer.export_package(sender, tmp_path, PASS)
        start = time.perf_counter()
        result = transfer_import.import_package(receiver, first.path, PASS)
        new_seconds = time.perf_counter() - start
        assert result.inserted["member"] == CHANGED

        later = utcnow() + timedelta(minutes=1)
        with sender.write() as session:
            session.execute(update(Member).values(notes="已转正，调整党小组", updated_at=later))
        second = transfer.export_package(sender, tmp_path / "second.pdpkg", PASS, now=later + timedelta(seconds=1))
        start = time.perf_counter()
        outcome = benchmark.pedantic(
            lambda: transfer_import.import_package(receiver, second.path, PASS), rounds=1, iterations=1
        )
        changed_seconds = time.perf_counter() - start
        kdf = kdf_seconds()
        print(
            f"\n[transfer] 10k new members into 90k: {new_seconds:.2f} s; "
            f"10k changed members into 100k: {changed_seconds:.2f} s (goal < 10 s; KDF {kdf:.2f} s of it)"
        )
        assert outcome.updated["member"] == CHANGED and outcome.conflicts == 0
        assert changed_seconds < 10
    finally:
        sender.dispose()
        receiver.dispose()
