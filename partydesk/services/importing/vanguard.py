"""Honours (表彰), manual points entries and appraisal grades from .xlsx / .csv: a row report, all or nothing.

Each row is written in a savepoint of one transaction: a bad row is reported (and the whole file
refused unless only the valid rows are wanted); a preview does the same and rolls everything back.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from partydesk.domain.errors import ValidationError
from partydesk.domain.vanguard import Grade
from partydesk.i18n import QT_TRANSLATE_NOOP
from partydesk.services.access import Permission, require
from partydesk.services.common import Cancelled, Progress, never_cancelled, no_progress
from partydesk.services.importing.cells import normalise_name, resident_id_cell
from partydesk.services.importing.common import (
    Action,
    ImportPreview,
    ImportRejected,
    ImportResult,
    RowOutcome,
    classified_rows,
    open_table,
)
from partydesk.services.importing.headers import IGNORE
from partydesk.services.importing.sheets import cell_text
from partydesk.services.vanguard.appraisal import GradeMark, save_grade_in
from partydesk.services.vanguard.honours import HonourInput, insert_honour
from partydesk.services.vanguard.points import insert_entry
from partydesk.store.db import Database
from partydesk.store.models import Branch, Member

PERSON = {"name": ("姓名", "党员姓名", "获表彰个人"),
          "resident_id": ("公民身份号码", "身份证号码", "身份证号", "身份证")}
HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    "honours": {**PERSON, "branch": ("获表彰集体", "集体名称", "获表彰党组织"),
                "title": ("表彰名称", "荣誉称号", "称号", "表彰项目"), "level": ("级别", "表彰级别"),
                "issuer": ("颁发单位", "授予单位", "表彰单位"), "doc_no": ("文号", "发文字号"),
                "on_date": ("表彰时间", "授予时间", "时间", "日期"), "citation": ("先进事迹", "主要事迹", "事迹"),
                IGNORE: ("序号", "编号")},
    "points": {**PERSON, "item": ("积分项代码", "积分项", "代码"), "on_date": ("日期", "时间"),
               "note": ("事由", "说明", "备注"), "points": ("分值", "分数"), IGNORE: ("序号", "编号")},
    "grades": {**PERSON, "grade": ("评议等次", "等次", "评定等次"), "basis": ("评定依据", "依据", "备注"),
               IGNORE: ("序号", "编号", "所在党支部", "党支部")},
}
VANGUARD_KINDS = tuple(HEADERS)
GRADE_WORDS = {**{g.zh: g for g in Grade}, **{g.value: g for g in Grade}, **{g.en.lower(): g for g in Grade},
               "excellent": Grade.EXCELLENT, "qualified": Grade.QUALIFIED, "basic": Grade.BASIC,
               "unqualified": Grade.UNQUALIFIED}


class _Preview(Exception):
    """Raised at the end of a preview so that its transaction writes nothing."""


def preview_vanguard_import(db: Database, kind: str, path: str | Path, year: int | None = None,
                            progress: Progress = no_progress, cancelled: Cancelled = never_cancelled,
                            today: date | None = None) -> ImportPreview:
    """Every row's outcome, checked in a transaction that is rolled back."""
    outcomes: list[RowOutcome] = []
    table = _open(db, kind, path)
    try:
        with db.write() as session:
            outcomes = _write_rows(session, db, kind, table, year, today or date.today(), progress, cancelled)
            raise _Preview()
    except _Preview:
        pass
    sheet = table.sheet
    return ImportPreview(path=sheet.path, kind=kind, sheet_name=sheet.sheet_name, encoding=sheet.encoding,
                         header_row=table.header.row, columns=table.header.columns, mapping=dict(table.mapping),
                         outcomes=tuple(outcomes))


def run_vanguard_import(db: Database, kind: str, path: str | Path, year: int | None = None,
                        skip_invalid: bool = False, progress: Progress = no_progress,
                        cancelled: Cancelled = never_cancelled, today: date | None = None) -> ImportResult:
    """Write the valid rows in one transaction; with a rejected row and not `skip_invalid`, nothing."""
    table = _open(db, kind, path)
    with db.write() as session:
        outcomes = _write_rows(session, db, kind, table, year, today or date.today(), progress, cancelled)
        result = ImportResult.from_outcomes(outcomes, written=True)
        if result.rejected and not skip_invalid:
            raise ImportRejected(ImportResult.from_outcomes(outcomes, written=False))
    return result


def _open(db: Database, kind: str, path: str | Path):
    if kind not in HEADERS:
        raise ValidationError("kind", QT_TRANSLATE_NOOP("ValidationError", "Unknown import {value}"), value=kind)
    require(db, Permission.IMPORT)
    if kind == "grades":
        require(db, Permission.SET_GRADES)
    required = ("name", "resident_id", "branch") if kind == "honours" else ("name", "resident_id")
    return open_table(path, HEADERS[kind], required)


def _write_rows(session, db: Database, kind: str, table, year: int | None, today: date, progress: Progress,
                cancelled: Cancelled) -> list[RowOutcome]:
    if kind == "grades" and not year:
        raise ValidationError("year", QT_TRANSLATE_NOOP("ValidationError", "Say which year the grades are for"))
    people = _People(session)
    outcomes = []
    for number, values, reason in classified_rows(table, progress, cancelled, max(table.sheet.row_count, 1)):
        if reason:
            outcomes.append(RowOutcome(number, Action.SKIP, reason=reason))
            continue
        cells = {field: (values[i] if field == "on_date" else cell_text(values[i])) if i < len(values) else ""
                 for i, field in table.mapping.items()}
        name = str(cells.get("name") or cells.get("branch") or "")
        try:
            with session.begin_nested():
                uuid = _write_row(session, db, kind, cells, people, year, today)
        except ValidationError as error:
            outcomes.append(RowOutcome(number, Action.REJECT, name, error.field, error.message))
            continue
        outcomes.append(RowOutcome(number, Action.CREATE, name, uuid=uuid))
    return outcomes


def _write_row(session, db: Database, kind: str, cells: dict, people: _People, year: int | None, today: date) -> str:
    if kind == "honours":
        branch = cells.get("branch", "")
        member = None if branch and not (cells.get("name") or cells.get("resident_id")) else people.find(cells, today)
        return insert_honour(session, db, HonourInput(
            title=cells.get("title", ""), level=cells.get("level", ""), on_date=cells.get("on_date", ""),
            member_uuid=member, branch_uuid=None if member else people.branch(branch), issuer=cells.get("issuer", ""),
            doc_no=cells.get("doc_no", ""), citation=cells.get("citation", "")))
    member = people.find(cells, today)
    if kind == "points":
        points = cells.get("points", "")
        return insert_entry(session, db, member, cells.get("item", ""), cells.get("on_date", ""),
                             cells.get("note", ""), _whole(points) if points else None)
    grade_text = cells.get("grade", "").strip()
    grade = GRADE_WORDS.get(grade_text) or GRADE_WORDS.get(grade_text.lower())
    if grade is None:
        raise ValidationError("grade", QT_TRANSLATE_NOOP(
            "ValidationError", "Grade is one of 优秀, 合格, 基本合格, 不合格"))
    record = session.scalar(select(Member).where(Member.uuid == member))
    save_grade_in(session, db, record, int(year or 0), GradeMark(member, grade, cells.get("basis", "")), today, 6, None)
    return member


def _whole(text: str) -> int:
    try:
        return int(float(text))
    except ValueError:
        raise ValidationError(
            "points", QT_TRANSLATE_NOOP("ValidationError", "Points are a whole number from 1 to 100")) from None


class _People:
    """Live members by resident ID and unique name; branches by name."""

    def __init__(self, session):
        rows = session.execute(select(Member.uuid, Member.name, Member.resident_id)
                               .where(Member.deleted_at.is_(None))).all()
        self.by_id = {rid: uuid for uuid, _name, rid in rows if rid}
        self.by_name = {}  # name -> uuids
        for uuid, name, _rid in rows:
            self.by_name.setdefault(name, []).append(uuid)
        self.branches = {name: uuid for uuid, name in session.execute(
            select(Branch.uuid, Branch.name).where(Branch.deleted_at.is_(None))).all()}

    def find(self, cells: dict, today: date) -> str:
        resident_id = resident_id_cell(cells.get("resident_id"), "resident_id", today)
        if resident_id:
            if resident_id not in self.by_id:
                raise ValidationError("resident_id", QT_TRANSLATE_NOOP(
                    "ValidationError", "No member on the roster has this resident ID"))
            return self.by_id[resident_id]
        name = normalise_name(cells.get("name"))
        found = self.by_name.get(name or "", [])
        if not name:
            raise ValidationError("name", QT_TRANSLATE_NOOP("ValidationError", "Enter the name"))
        if not found:
            raise ValidationError("name", QT_TRANSLATE_NOOP(
                "ValidationError", "No member called {name} on the roster"), name=name)
        if len(found) > 1:
            raise ValidationError("name", QT_TRANSLATE_NOOP(
                "ValidationError", "{count} members are called {name}; add a 身份证号码 column to tell them apart"),
                count=len(found), name=name)
        return found[0]

    def branch(self, name: str) -> str:
        if name.strip() not in self.branches:
            raise ValidationError("branch", QT_TRANSLATE_NOOP("ValidationError", "No branch called {name}"),
                                  name=name.strip())
        return self.branches[name.strip()]
