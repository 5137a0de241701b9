"""Compliance report on the 100,000-member demo vs the same aggregates by hand in raw sqlite3 (goal <= 2x).

Run with: python -m pytest tests/bench/test_bench_compliance.py -m bench --benchmark-enable -s
"""

from __future__ import annotations

import sqlite3
import time
from collections import defaultdict
from datetime import date, timedelta

import pytest

from partydesk.domain.compliance import ComplianceRules, meeting_shortfalls
from partydesk.domain.enums import ActivityKind
from partydesk.domain.members import is_due_for_full_membership, is_due_soon_for_full_membership
from partydesk.services import compliance, dashboard
from tests.bench.conftest import BENCH_TODAY, BENCH_YEAR, best_of, ratio_line

pytestmark = pytest.mark.bench

ROUNDS = 3
LIMIT = 100
CADRE_ROLES = ("SECRETARY", "DEPUTY_SECRETARY", "COMMITTEE_MEMBER")

STANDING = """
SELECT m.id, m.branch_id, coalesce(h.hours, 0.0),
       CASE WHEN m.branch_role IN ('SECRETARY', 'DEPUTY_SECRETARY', 'COMMITTEE_MEMBER') THEN 56.0 ELSE 32.0 END
FROM member m LEFT JOIN (
    SELECT member_id, sum(hours) AS hours FROM attendance
    WHERE deleted_at IS NULL AND status = 'PRESENT' AND activity_id IN (
        SELECT id FROM activity WHERE deleted_at IS NULL AND state != 'CANCELLED' AND on_date BETWEEN ? AND ?)
    GROUP BY member_id) h ON h.member_id = m.id
WHERE m.deleted_at IS NULL AND m.status IN ('PROBATIONARY', 'FULL')
ORDER BY m.id"""
HELD = """
SELECT CASE WHEN coalesce(a.branch_id, g.branch_id) IN (SELECT id FROM branch WHERE kind != 'BRANCH') THEN NULL
            ELSE coalesce(a.branch_id, g.branch_id) END, a.kind, a.on_date, count(*)
FROM activity a LEFT JOIN party_group g ON g.id = a.party_group_id
WHERE a.deleted_at IS NULL AND a.on_date BETWEEN ? AND ? AND a.state != 'CANCELLED'
  AND (a.state = 'HELD' OR EXISTS (SELECT 1 FROM attendance t WHERE t.activity_id = a.id AND t.deleted_at IS NULL))
GROUP BY coalesce(a.branch_id, g.branch_id), a.kind, a.on_date"""
WITHOUT_TALK = """
FROM member m JOIN branch b ON b.id = m.branch_id
LEFT JOIN (SELECT member_id, count(*) AS talks FROM talk WHERE deleted_at IS NULL AND on_date BETWEEN ? AND ?
           GROUP BY member_id) t ON t.member_id = m.id
WHERE m.deleted_at IS NULL AND m.status IN ('PROBATIONARY', 'FULL') AND coalesce(t.talks, 0) < 1"""
OVERDUE = """
FROM talk t JOIN member m ON m.id = t.member_id JOIN branch b ON b.id = m.branch_id
WHERE t.deleted_at IS NULL AND m.deleted_at IS NULL AND t.follow_up_done IS NULL AND t.follow_up_due < ?"""


def as_day(value) -> date:
    """A date as the driver returns it: an ISO string from sqlite3, a date from psycopg."""
    return value if isinstance(value, date) else date.fromisoformat(value)


def raw_report(path) -> dict:
    """The report's numbers computed by hand in raw sqlite3."""
    connection = sqlite3.connect(path)
    try:
        return raw_figures(connection, lambda day: day.isoformat())
    finally:
        connection.close()


def raw_figures(connection, day_parameter, placeholder: str = "?") -> dict:
    """The same SQL aggregates and rollups on any DB-API connection with `execute` (sqlite3, psycopg)."""
    def execute(sql: str, params=()):
        return connection.execute(sql.replace("?", placeholder), params)

    first, last = day_parameter(date(BENCH_YEAR, 1, 1)), day_parameter(date(BENCH_YEAR, 12, 31))
    today = day_parameter(BENCH_TODAY)
    # float(): PostgreSQL's CASE of numeric literals comes back as Decimal
    standing = [(i, branch, float(hours), float(required))
                for i, branch, hours, required in execute(STANDING, (first, last)).fetchall()]
    branches = {row[0]: row[1] for row in execute(
        "SELECT id, name FROM branch WHERE deleted_at IS NULL AND kind = 'BRANCH'")}
    tallies = defaultdict(lambda: [0, 0, 0.0])
    for _, branch_id, hours, required in standing:
        tally = tallies[branch_id]
        tally[0] += 1
        tally[1] += hours >= required
        tally[2] += hours
    below = sorted((r for r in standing if r[2] < r[3]), key=lambda r: (r[2] - r[3], r[0]))[:LIMIT]
    ids = ",".join(str(r[0]) for r in below) or "NULL"
    names = dict(execute(f"SELECT id, name FROM member WHERE id IN ({ids})").fetchall())
    held = defaultdict(lambda: defaultdict(list))
    for branch_id, kind, on, count in execute(HELD, (first, last)):
        held[branch_id][kind].extend([on] * count)
    rules, shortfalls = ComplianceRules(), 0
    for branch_id in branches:
        days = {k: [as_day(d) for d in v] for k, v in held[branch_id].items()}
        for kind in ("PARTY_LECTURE", "THEME_DAY"):
            days.setdefault(kind, []).extend(as_day(d) for d in held[None].get(kind, []))
        shortfalls += len(meeting_shortfalls({ActivityKind(k): v for k, v in days.items()}, BENCH_YEAR, rules,
                                             BENCH_TODAY))
    talks_window = (first, min(last, today))
    without_count = execute("SELECT count(*) " + WITHOUT_TALK, talks_window).fetchone()[0]
    without = execute("SELECT m.uuid, m.name, b.name " + WITHOUT_TALK +
                      " ORDER BY b.sort_order, m.roster_order, m.id LIMIT ?", (*talks_window, LIMIT)).fetchall()
    overdue_count = execute("SELECT count(*) " + OVERDUE, (today,)).fetchone()[0]
    overdue = execute("SELECT t.uuid, m.name, t.follow_up_due " + OVERDUE +
                      " ORDER BY t.follow_up_due, t.id LIMIT ?", (today, LIMIT)).fetchall()
    latest = day_parameter(BENCH_TODAY - timedelta(days=335))
    due = [row for row in execute(
        "SELECT m.uuid, m.joined_on FROM member m WHERE m.deleted_at IS NULL AND m.status = 'PROBATIONARY' "
        "AND m.joined_on <= ? ORDER BY m.joined_on, m.id", (latest,))
        if is_due_for_full_membership(as_day(row[1]), BENCH_TODAY)
        or is_due_soon_for_full_membership(as_day(row[1]), BENCH_TODAY, 30)]
    compliant = sum(t[1] for t in tallies.values())
    return {"members": len(standing), "compliant": compliant, "below": len(standing) - compliant,
            "below_names": [names[r[0]] for r in below], "shortfalls": shortfalls, "without_talk": without_count,
            "without_first": len(without), "overdue": overdue_count, "overdue_first": len(overdue), "due": len(due)}


def uncached_report(db):
    compliance.rollup._CACHE.clear()
    return compliance.compliance_report(db, BENCH_YEAR, BENCH_TODAY, list_limit=LIMIT)


def test_bench_compliance_report_vs_raw_sqlite(demo_100k_db, benchmark):
    path = str(demo_100k_db.path)
    expected = raw_report(path)
    report = uncached_report(demo_100k_db)
    assert (report.members, report.compliant, report.below) == (expected["members"], expected["compliant"],
                                                               expected["below"])
    assert [m.name for m in report.members_below] == expected["below_names"]
    assert len(report.shortfalls) == expected["shortfalls"]
    assert (report.without_talk_count, report.overdue_count,
            len(report.probationary_due) + len(report.probationary_due_soon)) == (
        expected["without_talk"], expected["overdue"], expected["due"])

    floor = best_of(lambda: raw_report(path), ROUNDS)
    ours = best_of(lambda: uncached_report(demo_100k_db), ROUNDS)
    line = ratio_line("compliance report (100k members, a year of attendance)", ours, floor, 2.0)
    print("\n" + line)
    benchmark.extra_info.update({"ours_s": ours, "raw_s": floor, "ratio": ours / floor})
    benchmark.pedantic(uncached_report, args=(demo_100k_db,), rounds=1, iterations=1)


def test_bench_dashboard_screen(demo_100k_db, benchmark):
    """One dashboard screen: first load (standing computed) and every later load (standing cached)."""
    compliance.rollup._CACHE.clear()
    started = time.perf_counter()
    board = dashboard.dashboard(demo_100k_db, BENCH_YEAR, BENCH_TODAY)
    first = time.perf_counter() - started
    again = best_of(lambda: dashboard.dashboard(demo_100k_db, BENCH_YEAR, BENCH_TODAY), ROUNDS)
    print(f"\ndashboard (100k members): first load {first * 1000:.0f} ms, cached standing {again * 1000:.0f} ms "
          f"({board.members:,} members, {len(board.branches):,} branches)")
    benchmark.extra_info.update({"first_s": first, "cached_s": again})
    benchmark.pedantic(dashboard.dashboard, args=(demo_100k_db, BENCH_YEAR, BENCH_TODAY), rounds=1, iterations=1)
