"""Open the store: refuse unsafe locations and newer databases, safety-copy, then upgrade."""

from __future__ import annotations

import functools
import sqlite3
from datetime import datetime
from pathlib import Path

from sqlalchemy import inspect, text

from partydesk.config import Location
from partydesk.domain.actor import SINGLE_USER, Actor
from partydesk.domain.errors import DatabaseRefused
from partydesk.i18n import QT_TRANSLATE_NOOP, translate
from partydesk.store.db import Database, check_location, make_engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest revision in migrations/versions (tests/store checks it): a database already there
# opens without importing alembic, which costs about half a second at every start.
SCHEMA_HEAD = "0004"
SAFETY_DIR = "backups"

NEWER_DATABASE = QT_TRANSLATE_NOOP(
    "Database",
    "This database was written by a newer version of partydesk (schema {revision}). "
    "Install the newer version; the database was left untouched.",
)


def alembic_config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


@functools.cache
def _scripts():
    """The migration scripts, read once a run (alembic imports every version file to list them)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    return _scripts().get_current_head()


def known_revisions() -> set[str]:
    return {rev.revision for rev in _scripts().walk_revisions()}


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def safety_copy(db_path: Path, revision: str | None) -> Path:
    """Copy the database before migrating it (SQLite backup API: consistent even in WAL)."""
    target_dir = db_path.parent / SAFETY_DIR
    target_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = target_dir / f"pre-migration-{revision or 'empty'}-{stamp}.sqlite3"
    source = sqlite3.connect(db_path)
    try:
        dest = sqlite3.connect(target)
        with dest:
            source.backup(dest)
        dest.close()
    finally:
        source.close()
    return target


def upgrade(db: Database) -> None:
    revision = current_revision(db)
    if revision == SCHEMA_HEAD or revision == head_revision():
        return
    if revision is not None and revision not in known_revisions():
        raise DatabaseRefused(translate("Database", NEWER_DATABASE, revision=revision))
    if revision is not None and db.path is not None and db.path.exists():
        safety_copy(db.path, revision)
    from alembic import command

    config = alembic_config()
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


def open_database(location: Location, actor: Actor = SINGLE_USER) -> Database:
    """The live database, checked and migrated to this program's schema."""
    check_location(location)
    if location.db_path is not None:
        location.data_dir.mkdir(parents=True, exist_ok=True)
    db = Database(make_engine(location.db_url), location, actor)
    try:
        upgrade(db)
    except Exception:
        db.dispose()
        raise
    return db
