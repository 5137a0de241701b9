"""Demo members drifting away month by month: absent from every meeting, most of them behind with dues too.

The early reminders (早提醒) need them: a secretary trying the demo sees on the first run who is
drifting and why, at each level. They are drawn from their own random stream, so the rest of
the office is what it was without them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from partydesk.domain.dues import month_index, month_of
from partydesk.domain.enums import BranchRole, MemberStatus
from partydesk.services.demo.names import Person
from partydesk.services.demo.writer import ABSENT

SHARE = 0.03  # of a branch's full members who are not on its committee
# Months absent up to the last finished month, in turn: levels 1, 3 and 2 first (3, 6, 5 months),
# then one more of level 1 and 3, and one not yet reminded (2 months).
RUNS = (3, 6, 5, 4, 7, 2)
DUES_LAG = (0, 0, 1, 2, None)  # months before the dues stop too; None: the member still pays


@dataclass(frozen=True)
class Drift:
    absent_from: date
    unpaid_from: int | None  # month index of the first month not paid


def last_finished_month(year: int, today: date) -> int:
    return min(month_index(year, 12), month_index(today.year, today.month) - 1)


def choose_drifters(rng: random.Random, party: list[Person], year: int, today: date, already: int) -> dict[int, Drift]:
    """member id -> Drift for a few of the branch's ordinary full members; `already` drifting in earlier branches."""
    candidates = [p for p in party if p.status is MemberStatus.FULL and p.role is BranchRole.NONE
                  and p.joined_on < date(year, 1, 1)]
    if len(candidates) < 8:
        return {}
    last = last_finished_month(year, today)
    available = last - month_index(year, 1) + 1
    drifts = {}
    for n, person in enumerate(rng.sample(candidates, max(1, round(len(candidates) * SHARE)))):
        run = min(RUNS[(already + n) % len(RUNS)], available)
        if run < 1:
            break
        first = last - run + 1
        lag = rng.choice(DUES_LAG)
        unpaid = first + lag if lag is not None and first + lag <= last else None
        drifts[person.id] = Drift(date(*month_of(first), 1), unpaid)
    return drifts


def absent_when_drifting(marks: list[tuple], drifts: dict[int, Drift], on: date) -> list[tuple]:
    """The marks with each drifting member absent (缺席, no hours) from the month they drift away."""
    return [(mark[0], ABSENT, "", 0.0) if mark[0] in drifts and on >= drifts[mark[0]].absent_from else mark
            for mark in marks]
