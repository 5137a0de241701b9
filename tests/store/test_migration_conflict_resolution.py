"""0005 widens transfer_conflict.resolution so "take_incoming" fits, on SQLite and on a PostgreSQL server."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, text

from partydesk.config import resolve
from partydesk.store.db import make_engine
from partydesk.store.migrate import alembic_config, current_revision, head_revision, open_database

CONFLICT = (
    "INSERT INTO transfer_conflict (id, uuid, package_uuid, entity_type, entity_uuid, local_json, incoming_json,"
    " resolution, created_at, updated_at, origin) VALUES (1, 'c1', 'p1', 'member', 'm1', '{}', '{}', '',"
    " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'o1')"
)


def _location_at_0004(tmp_path, server_databases):
    location = resolve(tmp_path) if server_databases is None else resolve(tmp_path, db_url=server_databases.create())
    engine = make_engine(location.db_url)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0004")
        conn.execute(text(CONFLICT))
    engine.dispose()
    return location


def test_upgrade_from_0004_keeps_conflicts_and_takes_the_longest_resolution(tmp_path, server_databases):
    db = open_database(_location_at_0004(tmp_path, server_databases))
    assert current_revision(db) == head_revision()
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE transfer_conflict SET resolution = 'take_incoming' WHERE uuid = 'c1'"))
        resolution = conn.execute(text("SELECT resolution FROM transfer_conflict")).scalar()
        column = next(c for c in inspect(conn).get_columns("transfer_conflict") if c["name"] == "resolution")
    db.dispose()
    assert resolution == "take_incoming"
    assert column["type"].length >= len("take_incoming")


def test_downgrade_to_0004_and_upgrade_again(tmp_path, server_databases):
    db = open_database(_location_at_0004(tmp_path, server_databases))
    config = alembic_config()
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0004")
        command.upgrade(config, "head")
    assert current_revision(db) == head_revision()
    db.dispose()
