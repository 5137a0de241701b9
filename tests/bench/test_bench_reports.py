"""Benchmarks of issue 5, each against its floor in the same run.

- Roster PDF of 10,000 members vs a bare reportlab Table of the same rows (goal <= 1.5x). The
  floor's only style command is the font (without it the Chinese text has no glyphs); it has no
  grid, alignment, page frame or masking, and runs reportlab's own page splitting.
- Annual summary of a 10,000-member office (goal: under 3 s).

Run with: python -m pytest tests/bench/test_bench_reports.py -m bench --benchmark-enable -s
"""

from __future__ import annotations

import io
import statistics
import time
from datetime import date

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from partydesk.config import resolve
from partydesk.domain.dates import format_date
from partydesk.services import demo
from partydesk.services.reports import annual_pdf, roster_pdf
from partydesk.services.reports.fonts import register_fonts
from partydesk.services.reports.roster import COLUMNS, roster_rows
from partydesk.store.migrate import open_database

pytestmark = pytest.mark.bench
TODAY = date(2026, 11, 26)
MEMBERS = 10_000


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    path = tmp_path_factory.mktemp("bench-reports")
    db = open_database(resolve(path))
    demo.populate(db, members=MEMBERS, year=2026, seed=11, today=TODAY)
    db.dispose()
    return path


@pytest.fixture(scope="module")
def office(folder):
    db = open_database(resolve(folder))
    yield db
    db.dispose()


def bare_table_pdf(rows: list[list[str]]) -> bytes:
    """The floor: one unstyled Table with a repeated header, laid out by reportlab alone."""
    buffer = io.BytesIO()
    table = Table(rows, repeatRows=1)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), register_fonts())]))
    SimpleDocTemplate(buffer, pagesize=landscape(A4)).build([table])
    return buffer.getvalue()


def plain_rows(db) -> list[list[str]]:
    rows = [[name for name, _ in COLUMNS]]
    for number, r in enumerate(roster_rows(db, None), start=1):
        rows.append([str(number), r.name, r.gender.zh if r.gender else "", format_date(r.birth_date),
                     r.resident_id_masked, r.branch_name, r.group_name, r.status.zh, r.branch_role.zh,
                     format_date(r.joined_on), format_date(r.full_on), r.phone_masked, r.post])
    return rows


def seconds(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def test_bench_roster_10k_vs_bare_table(office, benchmark):
    rows = plain_rows(office)
    assert len(rows) > 8000
    floor = seconds(lambda: bare_table_pdf(rows))
    ours = benchmark.pedantic(lambda: roster_pdf(office, None, TODAY), rounds=1, iterations=1)
    ours_seconds = benchmark.stats.stats.median
    ratio = ours_seconds / floor
    print(f"\n[roster] {len(rows) - 1} members: ours {ours_seconds:.2f} s, bare Table {floor:.2f} s, "
          f"ratio {ratio:.2f}x (goal <= 1.5x); {len(ours) / 1e6:.1f} MB")
    assert ratio <= 1.5


def cold_annual(folder) -> float:
    """One summary on a freshly opened database: nothing cached by the compliance service."""
    db = open_database(resolve(folder))
    try:
        return seconds(lambda: annual_pdf(db, 2026, None, TODAY, today=TODAY))
    finally:
        db.dispose()


def test_bench_annual_summary_10k(folder, office, benchmark):
    annual_pdf(office, 2026, None, TODAY, today=TODAY)  # imports and font loading
    cold = [cold_annual(folder) for _ in range(3)]
    warm = [seconds(lambda: annual_pdf(office, 2026, None, TODAY, today=TODAY)) for _ in range(3)]
    benchmark.pedantic(lambda: annual_pdf(office, 2026, None, TODAY, today=TODAY), rounds=1, iterations=1)
    print(f"\n[annual] {MEMBERS} members: cold median {statistics.median(cold):.2f} s {[round(r, 2) for r in cold]}, "
          f"warm (compliance standing cached) {statistics.median(warm):.2f} s (goal < 3 s)")
    assert statistics.median(cold) < 3.0
