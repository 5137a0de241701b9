"""The demo's 先锋模范: honours around 七一, posts from the roster's free text, manual points, last year's grades.

Runs inside the demo's transaction after the bulk rows are in, reading the members it needs.
"""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date

from sqlalchemy import insert, select
from sqlalchemy.engine import Connection

from partydesk.domain.enums import BranchRole, MemberStatus
from partydesk.domain.vanguard import (
    Grade,
    HonourLevel,
    correction_due,
    excellent_limit,
    guess_post_kind,
    post_outcome,
)
from partydesk.store.base import new_uuid, utcnow
from partydesk.store.models import (
    Appraisal,
    Branch,
    Correction,
    ExemplarPost,
    Member,
    PointEntry,
    PointItem,
    Recognition,
)

MANUAL = (("INDUSTRY", 0.06, ("带头发展特色种植", "带头创办合作社", "带动群众增收")),
          ("VOLUNTEER", 0.12, ("带头参加社区志愿服务", "参加文明创建志愿活动")),
          ("CRITICISM", 0.015, ("无故不交党费被批评教育", "组织生活迟到多次被批评教育")))
ISSUERS = {HonourLevel.BRANCH: "{branch}", HonourLevel.COMMITTEE: "{office}", HonourLevel.COUNTY: "中共某县委"}


def add_vanguard(conn: Connection, rng: random.Random, year: int, today: date, origin: str) -> dict[str, int]:
    """Add the demo's vanguard records; the number of rows added per table."""
    members = conn.execute(
        select(Member.id, Member.branch_id, Member.status, Member.branch_role, Member.exemplar_post)
        .where(Member.status.in_((MemberStatus.FULL, MemberStatus.PROBATIONARY)))
        .order_by(Member.id)
    ).all()
    branches = dict(conn.execute(select(Branch.id, Branch.name)).all())
    office = branches.get(min(branches), "") if branches else ""
    common = {"origin": origin, "created_at": utcnow(), "updated_at": utcnow()}
    rows: dict[type, list[dict]] = defaultdict(list)
    _posts(rows, rng, members, year, today)
    _honours(rows, rng, members, branches, office, year, today)
    _manual_points(conn, rows, rng, members, year, today)
    _grades(rows, rng, members, year - 1, date(year, 1, 20), today)
    counts = {}
    for model in (Recognition, ExemplarPost, PointEntry, Appraisal):
        if rows[model]:
            conn.execute(insert(model), [{**common, "uuid": new_uuid(), **row} for row in rows[model]])
        counts[model.__tablename__] = len(rows[model])
    _corrections(conn, rows[Correction], common)
    counts["correction"] = len(rows[Correction])
    return counts


def _posts(rows, rng, members, year: int, today: date) -> None:
    scored = today >= date(year, 12, 1)
    for member_id, _branch, _status, _role, text in members:
        if not (text or "").strip():
            continue
        score = rng.randrange(62, 100) if scored else None
        withdrawn = date(year, 12, 1) if score is not None and post_outcome(score).value == "WITHDRAWN" else None
        rows[ExemplarPost].append({"member_id": member_id, "kind": guess_post_kind(text), "title": text.strip(),
                                   "term_start": date(year, 1, 1), "term_end": date(year, 12, 31), "score": score,
                                   "withdrawn_on": withdrawn, "note": ""})


def _honours(rows, rng, members, branches, office: str, year: int, today: date) -> None:
    on = date(year, 6, 28)
    if today <= on:
        return
    full = [m for m in members if m[2] is MemberStatus.FULL]
    for member_id, branch_id, _status, role, _text in full:
        chance = rng.random()
        if chance < 0.025:
            title, level = "优秀共产党员", HonourLevel.BRANCH if rng.random() < 0.6 else HonourLevel.COMMITTEE
        elif chance < 0.03 and role in (BranchRole.SECRETARY, BranchRole.COMMITTEE_MEMBER):
            title, level = "优秀党务工作者", HonourLevel.COMMITTEE
        elif chance < 0.032:
            title, level = "优秀共产党员", HonourLevel.COUNTY
        else:
            continue
        issuer = ISSUERS[level].format(branch=branches.get(branch_id, ""), office=office)
        rows[Recognition].append(_honour(member_id, None, title, level, on, issuer, rng))
    branch_ids = sorted({m[1] for m in full})
    if branch_ids:
        rows[Recognition].append(_honour(None, rng.choice(branch_ids), "先进基层党组织", HonourLevel.COMMITTEE, on,
                                         office, rng))


def _honour(member_id, branch_id, title: str, level: HonourLevel, on: date, issuer: str, rng) -> dict:
    return {"member_id": member_id, "branch_id": branch_id, "title": title, "level": level, "on_date": on,
            "issuer": issuer, "doc_no": f"〔{on.year}〕{rng.randrange(1, 40)}号",
            "citation": "该同志立足岗位、服务群众，在社区治理和志愿服务中发挥了先锋模范作用。", "note": "",
            "revoked_on": None, "revoked_reason": ""}


def _manual_points(conn, rows, rng, members, year: int, today: date) -> None:
    items = dict(conn.execute(select(PointItem.code, PointItem.id).where(PointItem.deleted_at.is_(None))).all())
    last = min(today, date(year, 12, 31))
    span = (last - date(year, 1, 1)).days
    if span <= 0:
        return
    for member_id, *_rest in members:
        for code, chance, notes in MANUAL:
            if code in items and rng.random() < chance:
                on = date.fromordinal(date(year, 1, 1).toordinal() + rng.randrange(span))
                points = 3 if code != "VOLUNTEER" else 1
                rows[PointEntry].append({"member_id": member_id, "item_id": items[code], "on_date": on,
                                         "points": points, "note": rng.choice(notes)})


def _grades(rows, rng, members, year: int, decided: date, today: date) -> None:
    if today <= decided:
        return
    by_branch: dict[int, list[int]] = defaultdict(list)
    for member_id, branch_id, status, _role, _text in members:
        if status is MemberStatus.FULL:
            by_branch[branch_id].append(member_id)
    for branch_id, ids in by_branch.items():
        excellent = set(rng.sample(ids, min(excellent_limit(len(ids)), round(len(ids) * 0.25))))
        for member_id in ids:
            chance = rng.random()
            grade = (Grade.EXCELLENT if member_id in excellent else Grade.UNQUALIFIED if chance < 0.005
                     else Grade.BASIC if chance < 0.04 else Grade.QUALIFIED)
            rows[Appraisal].append({"member_id": member_id, "branch_id": branch_id, "year": year, "grade": grade,
                                    "basis": "", "decided_on": decided})
            if grade is Grade.UNQUALIFIED:
                due = correction_due(decided)
                done = due < today
                rows[Correction].append({"member_id": member_id, "year": year, "starts_on": decided, "due_on": due,
                                         "closed_on": due if done else None,
                                         "outcome": "已按期改正" if done else ""})


def _corrections(conn, corrections: list[dict], common: dict) -> None:
    """Corrections point at their appraisal, whose id exists only once it is inserted."""
    for row in corrections:
        appraisal_id = conn.scalar(select(Appraisal.id).where(Appraisal.member_id == row["member_id"],
                                                              Appraisal.year == row["year"]))
        values = {k: v for k, v in row.items() if k != "year"}
        conn.execute(insert(Correction), [{**common, "uuid": new_uuid(), "appraisal_id": appraisal_id, **values}])
