"""The PostgreSQL server a test run may use: PARTYDESK_TEST_DB_URL, and databases made and dropped there.

Tests never touch a database they did not create: each one gets `pdtest_<random>` on that server,
dropped at the end of the run (PARTYDESK_DB_URL is never read by tests).
"""

from __future__ import annotations

import os
import tempfile
import uuid

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from partydesk.store.db import engine_url

TEST_SERVER: str | None = os.environ.get("PARTYDESK_TEST_DB_URL") or None
# Set by .ci/postgres, whose whole cluster is deleted after the run: dropping ~800 databases one by one
# there (over a second each: a checkpoint every time) would only add minutes.
DISPOSABLE_SERVER = os.environ.get("PARTYDESK_TEST_SERVER_DISPOSABLE") == "1"
if TEST_SERVER and not make_url(TEST_SERVER).get_backend_name() == "postgresql":
    raise RuntimeError("PARTYDESK_TEST_DB_URL must name a PostgreSQL server (postgresql+psycopg://…)")


def on_server() -> bool:
    return TEST_SERVER is not None


class ServerDatabases:
    """Creates fresh databases on the test server (optionally copies of a template) and drops them all."""

    def __init__(self, server_url: str):
        self.server_url = make_url(engine_url(server_url))
        self._admin = create_engine(self.server_url, isolation_level="AUTOCOMMIT", pool_size=1)
        self._created: list[str] = []
        self._migrated: str | None = None

    def create_migrated(self) -> str:
        """A new database already at the newest schema (a copy of one migrated once per run: migrating is slow)."""
        if self._migrated is None:
            from partydesk.config import resolve
            from partydesk.store.migrate import open_database

            url = self.create()
            with tempfile.TemporaryDirectory() as folder:
                open_database(resolve(folder, db_url=url)).dispose()
            self._migrated = url
        return self.create(template=self._migrated)

    def create(self, template: str | None = None, collation: str | None = None) -> str:
        """A new empty database's URL (a copy of `template`'s database if given)."""
        name = f"pdtest_{uuid.uuid4().hex[:16]}"
        clauses = ""
        if template is not None:
            clauses += f' TEMPLATE "{make_url(template).database}"'
        if collation is not None:
            clauses += f" TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE '{collation}' LOCALE 'C.UTF-8'"
        with self._admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"{clauses}'))
        self._created.append(name)
        return self.server_url.set(database=name).render_as_string(hide_password=False)

    def drop_all(self) -> None:
        if not DISPOSABLE_SERVER:
            with self._admin.connect() as conn:
                for name in reversed(self._created):
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        self._created.clear()
        self._admin.dispose()
