"""Engine, SQLite pragmas, sessions and the one-transaction helpers services use.

The only SQLite-specific SQL run through the engine is here, so the services stay portable to
PostgreSQL. The backup package is the one exception by nature: it copies, checks and checkpoints
database *files* with the sqlite3 module (snapshots, structure checks), which only exist on SQLite.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from partydesk.config import Location
from partydesk.domain.actor import SINGLE_USER, Actor
from partydesk.domain.errors import DatabaseRefused
from partydesk.i18n import QT_TRANSLATE_NOOP, translate
from partydesk.store import guard, soundness
from partydesk.store.location import drive_problem

BUSY_TIMEOUT_MS = 10_000
# The one advisory lock every PostgreSQL write transaction takes (an arbitrary constant: "partydsk").
WRITER_LOCK_KEY = 0x7061727479647368
EXPECTED_PRAGMAS = {"journal_mode": "wal", "foreign_keys": "1", "synchronous": "2"}


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # Driver-level autocommit so that our own BEGIN (IMMEDIATE for writes) is what starts a transaction.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def _sqlite_begin(conn) -> None:
    immediate = conn.get_execution_options().get("immediate", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _postgresql_begin(conn) -> None:
    # Writers one at a time, as BEGIN IMMEDIATE does on SQLite: the audit chain reads the last hash
    # and appends after it, so two concurrent writers would otherwise fork it. Released at commit/rollback.
    if conn.get_execution_options().get("immediate", False):
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITER_LOCK_KEY})")


def engine_url(url: str) -> str:
    """`postgresql://` means psycopg2 to SQLAlchemy 2.0; partydesk speaks psycopg 3, so say so."""
    parsed = make_url(url)
    if parsed.drivername == "postgresql":
        return parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    return url


def make_engine(url: str, *, echo: bool = False) -> Engine:
    engine = create_engine(engine_url(url), echo=echo)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    elif engine.dialect.name == "postgresql":
        event.listen(engine, "begin", _postgresql_begin)
    return engine


def advance_sequences(connection: Connection) -> None:
    """After rows were inserted with explicit ids, move PostgreSQL's id sequences past them (no-op on SQLite)."""
    if connection.dialect.name != "postgresql":
        return
    from partydesk.store.base import Base

    for table in Base.metadata.sorted_tables:
        if "id" not in table.c or not table.c.id.primary_key or not table.c.id.autoincrement:
            continue
        sequence = connection.scalar(select(func.pg_get_serial_sequence(table.name, "id")))
        if sequence is None:
            continue
        highest = connection.scalar(select(func.max(table.c.id)))
        connection.execute(text("SELECT setval(:seq, :value, :called)"),
                           {"seq": sequence, "value": highest or 1, "called": highest is not None})


def check_location(location: Location) -> None:
    """Refuse a live database on a removable or network drive, saying why."""
    if location.db_path is None:
        return
    problem = drive_problem(location.data_dir)
    if problem == "removable":
        raise DatabaseRefused(translate("Database", DRIVE_MESSAGES["removable"], path=str(location.data_dir)))
    if problem == "network":
        raise DatabaseRefused(translate("Database", DRIVE_MESSAGES["network"], path=str(location.data_dir)))


DRIVE_MESSAGES = {
    "removable": QT_TRANSLATE_NOOP(
        "Database",
        "The data folder {path} is on a removable drive (USB stick). The live database must stay on "
        "this PC's own disk; use Backup to carry data on a stick.",
    ),
    "network": QT_TRANSLATE_NOOP(
        "Database",
        "The data folder {path} is on a network drive. The live database must stay on this PC's own disk.",
    ),
}


class Database:
    """The open store: sessions for reading, one-transaction writes, the acting user."""

    def __init__(self, engine: Engine, location: Location | None = None, actor: Actor = SINGLE_USER):
        self.engine = engine
        self.location = location
        self.actor = actor
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(engine.execution_options(immediate=True), expire_on_commit=False)
        self._office_uuid: str | None = None
        self.unwritable: str | None = None  # why writes are refused (a damaged file), else None
        self.notices: list[str] = []  # what opening did that the user is told once

    @property
    def path(self) -> Path | None:
        return self.location.db_path if self.location else None

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._sessions() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One unit of work: commits on success, changes nothing on any exception."""
        if self.unwritable is not None:
            raise DatabaseRefused(self.unwritable)
        with self._write_sessions() as session, session.begin():
            if self.is_sqlite and self.location is not None:
                session.connection()  # BEGIN IMMEDIATE: the write lock is held from here
                guard.refuse_if_restoring(self.location.data_dir)
            yield session

    @property
    def office_uuid(self) -> str:
        """uuid of this installation's office (the `origin` of records created here)."""
        if self._office_uuid is None:
            from partydesk.store.models import Office

            with self.read() as session:
                self._office_uuid = session.scalar(select(Office.uuid).where(Office.is_local.is_(True))) or ""
        return self._office_uuid

    def forget_office(self) -> None:
        self._office_uuid = None

    def dispose(self) -> None:
        self.engine.dispose()  # the last connection folds the WAL into the file: its final size and time
        if self.unwritable is None and self.path is not None and self.path.exists():
            soundness.remember_sound(self.path)


def sqlite_health(db: Database) -> tuple[str, dict[str, str]]:
    """integrity_check result and the connection pragmas that keep data safe on power cuts."""
    if not db.is_sqlite:
        return "not applicable", {}
    with db.engine.connect() as conn:
        integrity = "; ".join(str(r[0]) for r in conn.exec_driver_sql("PRAGMA integrity_check").all())
        pragmas = {name: str(conn.exec_driver_sql(f"PRAGMA {name}").scalar()).lower() for name in EXPECTED_PRAGMAS}
    return integrity, pragmas
