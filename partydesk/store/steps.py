"""Named steps of long writes (backup, restore, transfer import) where a test can stop the process.

A kill test starts the program with PARTYDESK_TEST_STOP_AT=<step> and PARTYDESK_TEST_STOP_FD=<fd of
a pipe>: on reaching that step the program writes the step's name to the pipe and waits there, so
the test kills it at exactly that point, however fast or loaded the machine is.
"""

from __future__ import annotations

import os
import threading

STOP_AT = "PARTYDESK_TEST_STOP_AT"
STOP_FD = "PARTYDESK_TEST_STOP_FD"
LONGEST_WAIT = 600.0  # seconds: a stopped process whose test died does not linger for ever


def reached(step: str) -> None:
    """Stop here (report through the pipe, then wait to be killed) when a test asked for this step."""
    if os.environ.get(STOP_AT) != step:
        return
    fd = int(os.environ[STOP_FD])
    os.write(fd, f"{step}\n".encode())
    threading.Event().wait(LONGEST_WAIT)
    os._exit(70)  # nobody killed us: end without finishing the step's work
