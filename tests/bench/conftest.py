"""A 100,000-member demo office with a year of attendance, built once and cached between runs.

The cache lives in the system temp dir, keyed by the schema head and the demo generator's
source, so a changed generator or migration builds a fresh one.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import time
from datetime import date
from pathlib import Path

import pytest

from partydesk.config import resolve
from partydesk.services import demo
from partydesk.services.demo import names as demo_names
from partydesk.store.migrate import head_revision, open_database

BENCH_MEMBERS = 100_000
BENCH_YEAR = 2026
BENCH_TODAY = date(2026, 11, 26)
BENCH_SEED = 2026


def _cache_key() -> str:
    digest = hashlib.sha256()
    for module in (demo, demo_names):
        digest.update(Path(module.__file__).read_bytes())
    digest.update(f"{head_revision()}/{BENCH_MEMBERS}/{BENCH_SEED}/{BENCH_TODAY}".encode())
    return digest.hexdigest()[:16]


def build_demo(folder: Path, members: int = BENCH_MEMBERS) -> float:
    """Populate a fresh database in `folder`; the seconds it took."""
    database = open_database(resolve(folder))
    try:
        started = time.perf_counter()
        demo.populate(database, members=members, year=BENCH_YEAR, seed=BENCH_SEED, today=BENCH_TODAY)
        return time.perf_counter() - started
    finally:
        database.dispose()


@pytest.fixture(scope="session")
def demo_100k() -> Path:
    """Folder of the cached 100,000-member demo database (open it read-only in spirit: don't write)."""
    root = Path(tempfile.gettempdir()) / "partydesk-bench-cache"
    folder = root / _cache_key()
    if not (folder / "partydesk.sqlite3").exists():
        root.mkdir(parents=True, exist_ok=True)
        building = Path(tempfile.mkdtemp(prefix="building-", dir=root))
        seconds = build_demo(building)
        print(f"\nbuilt the {BENCH_MEMBERS:,}-member demo in {seconds:.1f} s")
        os.replace(building, folder) if not folder.exists() else shutil.rmtree(building)
    return folder


@pytest.fixture(scope="session")
def demo_100k_db(demo_100k):
    database = open_database(resolve(demo_100k))
    yield database
    database.dispose()


RATIOS: list[str] = []  # every ratio_line of the run, printed again in the terminal summary


def ratio_line(name: str, ours: float, floor: float, goal: float, floor_name: str = "raw sqlite3") -> str:
    ratio = ours / floor if floor else float("inf")
    verdict = "ok" if ratio <= goal else "OVER GOAL"
    line = (f"{name}: ours {ours * 1000:.1f} ms, {floor_name} {floor * 1000:.1f} ms, "
            f"ratio {ratio:.2f}x (goal <= {goal}x) {verdict}")
    RATIOS.append(line)
    return line


def pytest_terminal_summary(terminalreporter) -> None:
    """The ratios show after the run without -s (pytest captures what the benchmarks print)."""
    if RATIOS:
        terminalreporter.write_sep("=", "ratios against the floors")
        for line in RATIOS:
            terminalreporter.write_line(line)


def best_of(fn, rounds: int, clock=time.perf_counter) -> float:
    """Best time of `rounds` calls (the least disturbed by other work on the machine).

    The default clock is the wall; `time.process_time` counts only this process's CPU, which
    other engineers' work on a shared machine does not inflate (for work done in this thread).
    """
    times = []
    for _ in range(rounds):
        started = clock()
        fn()
        times.append(clock() - started)
    return min(times)
