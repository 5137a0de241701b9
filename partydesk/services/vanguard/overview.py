"""The overview's 先锋模范 figures: honours this year, members under the base, appraisal progress per branch."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from partydesk.services.access import Permission, require
from partydesk.services.vanguard.appraisal import appraisal_sheet
from partydesk.services.vanguard.honours import HonourQuery, query_honours
from partydesk.services.vanguard.points import PointsQuery, points_summary
from partydesk.store.db import Database
from partydesk.store.models import Appraisal


@dataclass(frozen=True)
class BranchProgress:
    branch_name: str
    graded: int
    gradable: int


@dataclass(frozen=True)
class VanguardOverview:
    year: int
    honours: int
    members: int
    below_base: int
    appraisal_year: int
    progress: tuple[BranchProgress, ...]


def vanguard_overview(db: Database, year: int) -> VanguardOverview:
    """Figures for `year`; the appraisal shown is the latest year graded (this or last), else this year."""
    require(db, Permission.READ)
    honours = query_honours(db, HonourQuery(year=year, include_revoked=False, limit=0)).total
    points = points_summary(db, PointsQuery(year)).rows
    with db.read() as session:
        latest = session.scalar(select(func.max(Appraisal.year)).where(
            Appraisal.deleted_at.is_(None), Appraisal.year.between(year - 1, year)))
    appraisal_year = latest or year
    progress: dict[str, list[int]] = {}
    for line in appraisal_sheet(db, appraisal_year):
        if line.refusal is None:
            counts = progress.setdefault(line.branch_name, [0, 0])
            counts[0] += line.grade is not None
            counts[1] += 1
    return VanguardOverview(
        year, honours, len(points), sum(1 for p in points if p.total < p.base), appraisal_year,
        tuple(BranchProgress(name, graded, gradable) for name, (graded, gradable) in progress.items()))


