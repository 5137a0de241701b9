"""OneJobThread: one job at a time, failures surface at the next wait."""

from __future__ import annotations

import threading

import pytest

from partydesk.services.backup.background import OneJobThread


def test_jobs_run_one_after_another_in_order():
    worker, done = OneJobThread(), []
    for n in range(5):
        worker.run(done.append, n)
    worker.close()
    assert done == [0, 1, 2, 3, 4]


def test_busy_while_a_job_runs_and_a_failure_is_raised_by_the_next_call():
    worker, release = OneJobThread(), threading.Event()
    worker.run(release.wait)
    assert worker.busy()
    release.set()
    worker.wait()
    assert not worker.busy()

    def fail():
        raise OSError(5, "Input/output error")

    worker.run(fail)
    with pytest.raises(OSError):
        worker.run(print)
    with pytest.raises(OSError):
        worker.run(fail)
        worker.close()
