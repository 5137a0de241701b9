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
from partydesk.store.private import make_private_dir, private_file, tighten_database_files
from partydesk.store.soundness import damage_of, refuse_empty_file, refuse_unwritable_folder

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest revision in migrations/versions (tests/store checks it): a database already there
# opens without importing alembic, which costs about half a second at every start.
SCHEMA_HEAD = "0005"
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
    target_dir.mkdir(parents=True, mode=0o700, exist_ok=True)
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
    private_file(target)
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


FOLDER_TIGHTENED = QT_TRANSLATE_NOOP(
    "Database",
    "The data folder {path} could be read by other accounts on this PC; it is now private to yours.",
)


def open_database(location: Location, actor: Actor = SINGLE_USER, *, rescue: bool = False) -> Database:
    """The live database, checked and migrated to this program's schema.

    A damaged file opens for reading only (`Database.unwritable` says why); `Database.notices`
    holds what the user should be told once (a data folder made private). `rescue` (a restore
    about to replace the file) also opens an empty file.
    """
    check_location(location)
    notices = []
    damage = None
    if location.db_path is not None:
        if make_private_dir(location.data_dir):
            notices.append(translate("Database", FOLDER_TIGHTENED, path=str(location.data_dir)))
        refuse_unwritable_folder(location.data_dir)
        if not rescue:
            refuse_empty_file(location.db_path)
        damage = damage_of(location.db_path)
    db = Database(make_engine(location.db_url), location, actor)
    db.unwritable = damage
    db.notices = notices
    try:
        if damage is None:
            upgrade(db)
        elif current_revision(db) not in (SCHEMA_HEAD, head_revision()):
            raise DatabaseRefused(damage)
        if location.db_path is not None:
            tighten_database_files(location.db_path)
    except Exception:
        db.dispose()
        raise
    return db
