"""One job at a time in a second thread: work that overlaps the caller's (syncing written data)."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor


class OneJobThread:
    """A worker thread that runs one job at a time; what a job raised is raised by the next wait."""

    def __init__(self):
        self._pool = ThreadPoolExecutor(max_workers=1)
        self._pending: Future | None = None

    def busy(self) -> bool:
        return self._pending is not None and not self._pending.done()

    def run(self, job: Callable[..., object], *args: object) -> None:
        """Start job(*args) once the previous job has finished."""
        self.wait()
        self._pending = self._pool.submit(job, *args)

    def wait(self) -> None:
        pending, self._pending = self._pending, None
        if pending is not None:
            pending.result()

    def close(self) -> None:
        """Wait for the last job (raising what it raised) and end the thread."""
        try:
            self.wait()
        finally:
            self._pool.shutdown(wait=True)
