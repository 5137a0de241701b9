"""Branches, groups and names sort the same on SQLite and on a PostgreSQL database with an ICU Chinese collation."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from partydesk.config import resolve
from partydesk.services import offices, roster
from partydesk.store.migrate import open_database

from .helpers import add_member


@pytest.fixture
def zh_db(tmp_path, server_databases):
    """An office on SQLite, or on a PostgreSQL database whose default collation is ICU Chinese (zh)."""
    if server_databases is None:
        location = resolve(tmp_path / "data")
    else:
        location = resolve(tmp_path / "data", db_url=server_databases.create(collation="zh"))
    db = open_database(location)
    offices.init_office(db, "测试社区党委")
    yield db
    db.dispose()


def test_the_zh_server_database_would_put_the_second_group_first(zh_db):
    if zh_db.is_sqlite:
        pytest.skip("the point of comparison is a server collation")
    with zh_db.engine.connect() as conn:
        assert conn.execute(text("SELECT '第二党小组' < '第一党小组'")).scalar() is True


def test_groups_and_branches_keep_their_own_order_not_the_collation(zh_db):
    first = offices.create_branch(zh_db, "第一党支部")
    offices.create_branch(zh_db, "第二党支部")
    one = offices.create_group(zh_db, first.uuid, "第一党小组")
    two = offices.create_group(zh_db, first.uuid, "第二党小组")
    add_member(zh_db, first.uuid, "张伟", party_group_uuid=two.uuid)
    add_member(zh_db, first.uuid, "李娜", party_group_uuid=one.uuid)
    assert [b.name for b in offices.list_branches(zh_db)] == ["第一党支部", "第二党支部"]
    assert [g.name for g in offices.list_groups(zh_db, first.uuid)] == ["第一党小组", "第二党小组"]
    rows = roster.query_members(zh_db, roster.MemberQuery(sort="group")).rows
    assert [r.name for r in rows] == ["李娜", "张伟"]


def test_names_sort_by_pinyin_on_every_database(zh_db):
    branch = offices.create_branch(zh_db, "第一党支部")
    for name in ("张伟", "阿依古丽", "王芳", "李娜", "Anna"):
        add_member(zh_db, branch.uuid, name)
    rows = roster.query_members(zh_db, roster.MemberQuery(sort="name")).rows
    assert [r.name for r in rows] == ["Anna", "阿依古丽", "李娜", "王芳", "张伟"]
