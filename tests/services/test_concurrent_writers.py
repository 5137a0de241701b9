"""Two processes writing at once: every row lands and the audit chain stays one chain (SQLite and PostgreSQL)."""

from __future__ import annotations

import multiprocessing

from partydesk.config import resolve
from partydesk.services import audit, offices, roster
from partydesk.store.migrate import open_database

from .helpers import add_member

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


def test_two_processes_adding_members_to_different_branches_keep_the_audit_chain(db, branch_uuid):
    second = offices.create_branch(db, "第二党支部").uuid
    location = resolve(db.location.data_dir, db_url=db.location.db_url)
    db.dispose()
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    for round_number in range(ROUNDS):
        start = context.Barrier(2)
        writers = [context.Process(target=_add_members, args=(location, branch, f"{tag}{DIGITS[round_number]}", start))
                   for branch, tag in ((branch_uuid, "甲"), (second, "乙"))]
        for writer in writers:
            writer.start()
        for writer in writers:
            writer.join()
        assert [writer.exitcode for writer in writers] == [0, 0]
    assert roster.query_members(db, roster.MemberQuery()).total == 2 * ROUNDS * MEMBERS_EACH
    assert audit.verify_chain(db) is None
