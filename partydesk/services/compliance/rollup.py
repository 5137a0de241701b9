"""A year's per-member hours and held meetings, cached per database until the data or the day changes."""

from __future__ import annotations

import weakref
from bisect import bisect_left, bisect_right
from datetime import date

from partydesk.domain.compliance import (
    JOINT_KINDS,
    ComplianceRules,
    periods,
)
from partydesk.domain.enums import ActivityKind
from partydesk.services.compliance.queries import _change_token, _standing_select, held_meetings
from partydesk.services.compliance.shapes import BranchCompliance, MeetingShortfall, YearData
from partydesk.store.db import Database

CACHED_YEARS = 4  # office-wide and a few branch views stay cached together


_CACHE: weakref.WeakKeyDictionary[Database, dict] = weakref.WeakKeyDictionary()


def year_data(db: Database, session, year: int, rules: ComplianceRules, scope: tuple[int, ...] | None,
              today: date) -> YearData:
    """Hours of every counted member and the held meetings, cached until the data changes or the day turns.

    `today` in the key bounds what the change token cannot see (a write stamped by a PC whose clock is
    behind, outside the audit log) to the day it was made.
    """
    token = (year, rules, scope, today, _change_token(session))
    cache = _CACHE.setdefault(db, {})
    if token not in cache:
        for stale in [key for key in cache if key[3:] != token[3:]]:
            del cache[stale]  # computed before the data changed or on an earlier day
        while len(cache) >= CACHED_YEARS:
            del cache[next(iter(cache))]
        standing = tuple(session.execute(_standing_select(year, rules, scope)).all())
        cache[token] = YearData(standing, held_meetings(session, year))
    return cache[token]


def below_rows(data: YearData) -> list:
    """Standing rows below their requirement, largest shortfall first."""
    return sorted((row for row in data.standing if row[2] < row[3]), key=lambda r: (r[2] - r[3], r[0]))


def _branch_compliance(branches: dict, data: YearData, year: int, rules: ComplianceRules, today: date,
                       cells_out: dict) -> list[BranchCompliance]:
    tallies: dict[int, list] = {branch_id: [0, 0, 0.0] for branch_id in branches}
    for _, branch_id, hours, required in data.standing:
        tally = tallies.setdefault(branch_id, [0, 0, 0.0])
        tally[0] += 1
        tally[1] += hours >= required
        tally[2] += hours
    year_periods = {r.frequency: periods(year, r.frequency) for r in rules.meeting_requirements}
    result = []
    for branch_id, (uuid, name) in branches.items():
        count, compliant, hours = tallies.get(branch_id, (0, 0, 0.0))
        cells = cells_out[uuid] = list(held_by_period(branch_meeting_days(data.held, branch_id), rules, year_periods))

        def rows(chosen, uuid=uuid, name=name, cells=cells):
            return tuple(MeetingShortfall(uuid, name, r.kind, p.label, p.start, p.end, r.min_count, held)
                         for r, p, held in cells if held < r.min_count and chosen(p))

        result.append(BranchCompliance(
            uuid, name, count, compliant, count - compliant, round(hours / count, 2) if count else 0.0,
            rows(lambda period: period.end < today), rows(lambda period: today in period),
        ))
    return result


def branch_meeting_days(held: dict, branch_id: int) -> dict[ActivityKind, list[date]]:
    """A branch's own held meetings plus the committee's joint 党课 and 主题党日."""
    days = {kind: list(dates) for kind, dates in held.get(branch_id, {}).items()}
    for kind, dates in held.get(None, {}).items():
        if kind in JOINT_KINDS:
            days.setdefault(kind, []).extend(dates)
    return days


def held_by_period(days: dict[ActivityKind, list[date]], rules: ComplianceRules, year_periods: dict):
    """(requirement, period, held count) for every period of every requirement.

    The same tally as domain.compliance.meeting_shortfalls (a shortfall is held < required in a
    period that ended before today; in progress while today is in it), with the year's periods
    computed once for all branches; tests check both agree on every branch.
    """
    for requirement in rules.meeting_requirements:
        dates = sorted(days.get(requirement.kind, ()))
        for period in year_periods[requirement.frequency]:
            yield requirement, period, bisect_right(dates, period.end) - bisect_left(dates, period.start)
