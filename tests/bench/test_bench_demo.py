"""`demo --members 100000` must finish in under a minute on a 2-core machine: measured and printed.

Run with: python -m pytest tests/bench/test_bench_demo.py -m bench --benchmark-enable -s
"""

from __future__ import annotations

import resource
import time

import pytest

from tests.bench.conftest import BENCH_MEMBERS, build_demo

pytestmark = pytest.mark.bench

GOAL_SECONDS = 60


def test_bench_demo_100k_members(tmp_path, benchmark):
    before = resource.getrusage(resource.RUSAGE_SELF)
    started = time.perf_counter()
    seconds = build_demo(tmp_path / "demo")
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    verdict = "ok" if seconds < GOAL_SECONDS else "OVER GOAL"
    print(
        f"\ndemo --members {BENCH_MEMBERS:,}: {seconds:.1f} s wall ({cpu:.1f} s CPU; goal < {GOAL_SECONDS} s) {verdict}"
    )
    benchmark.extra_info.update({"seconds": seconds, "cpu_seconds": cpu, "wall_with_open": wall})
    benchmark.pedantic(lambda: None, rounds=1, iterations=1)
