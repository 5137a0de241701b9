"""The audit log: hash chain, tamper detection with sqlite3 itself (or plain SQL on a server), listing with filters."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta

import pytest

from partydesk.domain.actor import Actor
from partydesk.domain.enums import Role
from partydesk.domain.errors import PermissionDenied
from partydesk.services import audit, offices, settings
from partydesk.services.audit import MISSING_BEFORE, MODIFIED

CLERK = Actor("clerk1", Role.CLERK)


def write_events(db, n: int, actor: Actor = CLERK, action: str = "member.update") -> None:
    for i in range(n):
        with db.write() as session:
            audit.record(session, actor, action, "member", f"uuid-{i}", {"i": i, "note": "你好"})


def tamper(db, sql: str, *params) -> None:
    """Change the log behind the program's back: sqlite3 on the file, or a plain SQL session on a server."""
    db.dispose()  # let sqlite3 see the file as another program would
    if db.is_sqlite:
        with sqlite3.connect(db.path) as conn:
            conn.execute(sql, params)
        return
    with db.engine.begin() as conn:
        conn.exec_driver_sql(sql.replace("?", "%s"), params)


def last_ids(db, n=3) -> list[int]:
    return [e.id for e in audit.list_events(db, limit=n).rows]


def test_a_fresh_chain_verifies(db):
    write_events(db, 5)
    assert audit.verify_chain(db) is None


def test_events_in_one_transaction_chain_correctly(db):
    with db.write() as session:
        for i in range(50):
            audit.record(session, CLERK, "member.create", "member", f"m{i}")
    write_events(db, 2)
    assert audit.verify_chain(db) is None


def test_a_rolled_back_savepoint_does_not_break_the_chain(db):
    with db.write() as session:
        audit.record(session, CLERK, "a")
        savepoint = session.begin_nested()
        audit.record(session, CLERK, "b")
        savepoint.rollback()
        audit.record(session, CLERK, "c")
    with pytest.raises(RuntimeError), db.write() as session:
        audit.record(session, CLERK, "d")
        raise RuntimeError("rolled back")
    write_events(db, 1)
    assert audit.verify_chain(db) is None
    assert [e.action for e in audit.list_events(db).rows][:3] == ["member.update", "c", "a"]


def test_a_direct_update_of_detail_is_detected(db):
    write_events(db, 5)
    target = last_ids(db)[1]
    tamper(db, "UPDATE audit_event SET detail = ? WHERE id = ?", '{"i": 999}', target)
    broken = audit.verify_chain(db)
    assert broken.event_id == target and broken.reason == MODIFIED
    assert str(target) in broken.message


@pytest.mark.parametrize("column, value", [("actor", "admin"), ("action", "member.read"),
                                           ("at", "2020-01-01 00:00:00.000000"), ("entity_uuid", "other")])
def test_any_changed_column_is_detected(db, column, value):
    write_events(db, 3)
    target = last_ids(db)[2]
    tamper(db, f"UPDATE audit_event SET {column} = ? WHERE id = ?", value, target)
    assert audit.verify_chain(db) == audit.BrokenLink(target, MODIFIED)


def test_recomputing_the_changed_event_hash_still_breaks_the_next_link(db):
    write_events(db, 4)
    newest, target = last_ids(db, 2)
    with db.read() as session:
        from partydesk.store.models import AuditEvent
        event = session.get(AuditEvent, target)
        forged = audit.event_hash(event.prev_hash, event.at.isoformat(), event.actor, event.action,
                                  event.entity_type, event.entity_uuid, '{"i": 0}')
    tamper(db, "UPDATE audit_event SET detail = ?, hash = ? WHERE id = ?", '{"i": 0}', forged, target)
    assert audit.verify_chain(db) == audit.BrokenLink(newest, MISSING_BEFORE)


def test_a_deleted_event_is_detected(db):
    write_events(db, 5)
    newest, middle, _ = last_ids(db)
    tamper(db, "DELETE FROM audit_event WHERE id = ?", middle)
    assert audit.verify_chain(db) == audit.BrokenLink(newest, MISSING_BEFORE)


def test_deleting_the_oldest_events_is_detected(db):
    write_events(db, 3)
    oldest = min(e.id for e in audit.list_events(db, limit=1000).rows)
    tamper(db, "DELETE FROM audit_event WHERE id <= ?", oldest + 1)
    assert audit.verify_chain(db) == audit.BrokenLink(oldest + 2, MISSING_BEFORE)


def test_services_write_events_that_verify(db):
    offices.create_branch(db, "第二党支部")
    settings.put(db, "x", {"a": 1})
    actions = {e.action for e in audit.list_events(db, limit=100).rows}
    assert {"office.init", "branch.create", "setting.change"} <= actions
    assert audit.verify_chain(db) is None


def test_list_filters_by_user_action_and_date_in_sql(db):
    write_events(db, 3, Actor("wang", Role.CLERK), "member.create")
    write_events(db, 2, Actor("li", Role.SECRETARY), "talk.create")
    with db.write() as session:
        audit.record(session, Actor("li", Role.SECRETARY), "login", at=datetime(2020, 5, 1, 8))
    page = audit.list_events(db, user="wang")
    assert page.total == 3 and {e.actor for e in page.rows} == {"wang"}
    assert audit.list_events(db, action="talk").total == 2
    assert audit.list_events(db, action="talk.create").total == 2
    assert audit.list_events(db, action="tal").total == 0
    assert audit.list_events(db, user="li", since=date.today() - timedelta(days=1)).total == 2
    assert audit.list_events(db, user="li", until=date(2020, 5, 2)).total == 1
    first, second = audit.list_events(db, limit=2), audit.list_events(db, offset=2, limit=2)
    assert first.total == second.total and not {e.id for e in first.rows} & {e.id for e in second.rows}
    assert first.rows[0].id > first.rows[1].id  # newest first
    assert "wang" in audit.known_actors(db) and "talk.create" in audit.known_actions(db)
    assert first.rows[0].as_dict()["detail"] == {}


def test_a_very_long_or_sql_looking_actor_is_stored_as_text(db):
    with db.write() as session:
        audit.record(session, Actor("x'; DROP TABLE audit_event; --" * 10, Role.VIEWER), "login.failed")
    assert audit.verify_chain(db) is None
    assert audit.list_events(db, action="login.failed").rows[0].actor.startswith("x'; DROP")


@pytest.mark.parametrize("role", [Role.SECRETARY, Role.CLERK, Role.VIEWER])
def test_only_admins_read_the_log(db, role):
    db.actor = Actor("someone", role)
    for call in (audit.verify_chain, audit.list_events, audit.known_actors, audit.known_actions):
        with pytest.raises(PermissionDenied):
            call(db)


def test_buffered_events_survive_savepoints_and_big_batches(db):
    with db.write() as session:
        audit.record(session, CLERK, "outer.before")
        with session.begin_nested():
            audit.record(session, CLERK, "inner.kept")
        savepoint = session.begin_nested()
        audit.record(session, CLERK, "inner.dropped")
        savepoint.rollback()
        for i in range(1200):  # more than one batch
            audit.record(session, CLERK, "bulk", "member", f"m{i}")
        audit.record(session, CLERK, "outer.after")
    actions = [e.action for e in audit.list_events(db, limit=2000).rows]
    assert actions[0] == "outer.after" and actions.count("bulk") == 1200
    assert "inner.kept" in actions and "outer.before" in actions and "inner.dropped" not in actions
    assert audit.verify_chain(db) is None


def test_a_failed_transaction_leaves_no_events(db):
    before = audit.list_events(db).total
    with pytest.raises(ValueError), db.write() as session:
        for _ in range(600):
            audit.record(session, CLERK, "bulk")
        raise ValueError("rolled back")
    assert audit.list_events(db).total == before
    write_events(db, 1)
    assert audit.verify_chain(db) is None
