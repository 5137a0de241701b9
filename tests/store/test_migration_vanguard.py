"""0002 (vanguard) upgrades a 0001 database: free-text posts become records, honours keep their data."""

from __future__ import annotations

import sqlite3

from alembic import command
from sqlalchemy import create_engine

from partydesk.config import resolve
from partydesk.store.migrate import alembic_config, current_revision, head_revision, open_database


def _database_at_0001(path):
    engine = create_engine(f"sqlite:///{path}")
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
    engine.dispose()
    with sqlite3.connect(path) as conn:
        record = "datetime('now'), datetime('now'), 'o1'"
        conn.execute(f"INSERT INTO branch (id, uuid, name, kind, sort_order, created_at, updated_at, origin) "
                     f"VALUES (1, 'b1', '一支部', 'BRANCH', 0, {record})")
        for number, post in enumerate(("3号楼责任区", "党员先锋岗", "", "  "), start=1):
            conn.execute(
                "INSERT INTO member (id, uuid, name, name_initials, gender, ethnicity, education, phone, address,"
                " branch_id, status, branch_role, post, exemplar_post, is_flowing, notes, roster_order,"
                f" created_at, updated_at, origin) VALUES (?, ?, '张三', '', 'M', '', '', '', '', 1, 'FULL', 'NONE',"
                f" '', ?, 0, '', 0, {record})", (number, f"m{number}", post))
        conn.execute(f"INSERT INTO recognition (uuid, member_id, title, level, issuer, on_date, note, created_at,"
                     f" updated_at, origin) VALUES ('r1', 1, '优秀共产党员', '县级', '县委', '2025-07-01', '',"
                     f" {record})")


def test_upgrade_from_0001_turns_free_text_posts_into_records_and_keeps_honours(tmp_path):
    path = tmp_path / "partydesk.sqlite3"
    _database_at_0001(path)
    db = open_database(resolve(tmp_path))
    assert current_revision(db) == head_revision()  # 0002 and the revisions after it
    with db.engine.connect() as conn:
        posts = conn.exec_driver_sql("SELECT member_id, kind, title FROM exemplar_post ORDER BY member_id").all()
        honour = conn.exec_driver_sql("SELECT member_id, branch_id, level, title FROM recognition").one()
        items = conn.exec_driver_sql("SELECT count(*) FROM point_item WHERE source != 'MANUAL'").scalar()
    db.dispose()
    assert [tuple(p) for p in posts] == [(1, "ZONE", "3号楼责任区"), (2, "PIONEER", "党员先锋岗")]
    assert tuple(honour) == (1, None, "COUNTY", "优秀共产党员")
    assert items == 5


def test_the_default_items_have_the_same_uuids_in_every_office(tmp_path):
    uuids = []
    for name in ("a", "b"):
        db = open_database(resolve(tmp_path / name))
        with db.engine.connect() as conn:
            uuids.append(conn.exec_driver_sql("SELECT code, uuid FROM point_item ORDER BY code").all())
        db.dispose()
    assert uuids[0] == uuids[1] and len(uuids[0]) == 8


def test_downgrade_to_0001_and_upgrade_again(tmp_path):
    db = open_database(resolve(tmp_path))
    config = alembic_config()
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0001")
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    assert current_revision(db) == head_revision()  # 0002 and the revisions after it
    db.dispose()
