"""Two processes writing at once: every row lands and the audit chain stays one chain (SQLite and PostgreSQL)."""

from __future__ import annotations

import multiprocessing

import openpyxl

from partydesk.config import resolve
from partydesk.services import audit, importing, offices, roster
from partydesk.store.migrate import open_database

from .helpers import TODAY, add_member

ROUNDS = 10
MEMBERS_EACH = 8
DIGITS = "零一二三四五六七八九"  # names may not hold digits


def _add_members(location, branch_uuid: str, prefix: str, start) -> None:
    db = open_database(location)
    try:
        start.wait()
        for index in range(MEMBERS_EACH):
            add_member(db, branch_uuid, f"{prefix}{DIGITS[index]}")
    finally:
        db.dispose()


def _import_roster(location, branch_uuid: str, path: str, start) -> None:
    db = open_database(location)
    try:
        start.wait()
        result = importing.run_roster_import(db, path, branch_uuid=branch_uuid, today=TODAY)
        assert (result.imported, result.rejected) == (MEMBERS_EACH, []), result
    finally:
        db.dispose()


def _roster_file(path, prefix: str) -> str:
    """A roster as a branch keeps it: a title row, then one member a row (names unique to this file)."""
    book = openpyxl.Workbook()
    book.active.append(["党员花名册"])
    book.active.append(["序号", "姓名", "性别", "入党时间", "转正时间", "党员类别"])
    for index in range(MEMBERS_EACH):
        book.active.append([index + 1, f"{prefix}{DIGITS[index]}", "女", "2001-03-01", "2002-03-01", "正式党员"])
    book.save(path)
    return str(path)


def _run_rounds(db, target, args_of) -> None:
    """ROUNDS times: two processes started together on `target`, each branch's arguments from args_of(round, i)."""
    location = resolve(db.location.data_dir, db_url=db.location.db_url)
    db.dispose()
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    for round_number in range(ROUNDS):
        start = context.Barrier(2)
        writers = [context.Process(target=target, args=(location, *args_of(round_number, which), start))
                   for which in range(2)]
        for writer in writers:
            writer.start()
        for writer in writers:
            writer.join()
        assert [writer.exitcode for writer in writers] == [0, 0]


def test_two_processes_adding_members_to_different_branches_keep_the_audit_chain(db, branch_uuid):
    branches = (branch_uuid, offices.create_branch(db, "第二党支部").uuid)
    _run_rounds(db, _add_members, lambda round_number, which: (
        branches[which], f"{'甲乙'[which]}{DIGITS[round_number]}"))
    assert roster.query_members(db, roster.MemberQuery()).total == 2 * ROUNDS * MEMBERS_EACH
    assert audit.verify_chain(db) is None


def test_two_processes_importing_rosters_into_different_branches_land_every_row_in_one_chain(db, branch_uuid, tmp_path):
    branches = (branch_uuid, offices.create_branch(db, "第二党支部").uuid)
    files = {(round_number, which): _roster_file(tmp_path / f"{round_number}-{which}.xlsx",
                                                 f"{'甲乙'[which]}{DIGITS[round_number]}")
             for round_number in range(ROUNDS) for which in range(2)}
    _run_rounds(db, _import_roster, lambda round_number, which: (branches[which], files[round_number, which]))
    for which, branch in enumerate(branches):
        names = {m.name for m in roster.query_members(db, roster.MemberQuery(branch_uuid=branch, limit=1000)).rows}
        assert names == {f"{'甲乙'[which]}{DIGITS[r]}{DIGITS[i]}" for r in range(ROUNDS) for i in range(MEMBERS_EACH)}
    assert audit.list_events(db, action="import.roster").total == 2 * ROUNDS
    assert audit.verify_chain(db) is None
