"""Shared fixtures: a fresh migrated database and a small seeded demo office, both in tmp_path."""

from __future__ import annotations

import gc
import os
from datetime import date

import pytest

# Never let a test reach the user's real data directory or a server named in the environment
# (a test that means a server gets its own database from a fixture), and keep Qt off any real screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
for _name in ("PARTYDESK_DB_URL", "PARTYDESK_PASSWORD", "PARTYDESK_PASSPHRASE", "PARTYDESK_LANG"):
    os.environ.pop(_name, None)

from partydesk.config import resolve  # noqa: E402
from partydesk.gui.collector import collect_due  # noqa: E402
from partydesk.services import offices  # noqa: E402
from partydesk.store.migrate import open_database  # noqa: E402
from tests.server import TEST_SERVER, ServerDatabases  # noqa: E402

DEMO_YEAR = 2026
DEMO_TODAY = date(2026, 11, 26)


@pytest.fixture(scope="session", autouse=True)
def _no_collection_off_the_ui_thread():
    """As the window does (gui/collector.py): a worker thread must never free a test's old widgets."""
    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def _collect_between_tests():
    yield
    gc.unfreeze()  # a window's end of start-up freezes what exists (gui/collector.py): not a test's garbage for good
    collect_due()


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("PARTYDESK_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))


def pytest_collection_modifyitems(config, items):
    """On a PostgreSQL test run (PARTYDESK_TEST_DB_URL), tests that only mean SQLite are skipped."""
    if TEST_SERVER is None:
        return
    skip = pytest.mark.skip(reason="only means SQLite (PARTYDESK_TEST_DB_URL names a server)")
    for item in items:
        if "sqlite_only" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def server_databases():
    """Creates and drops the test run's own databases on the server named by PARTYDESK_TEST_DB_URL."""
    databases = ServerDatabases(TEST_SERVER) if TEST_SERVER else None
    yield databases
    if databases is not None:
        databases.drop_all()


@pytest.fixture
def fresh_location(server_databases):
    """`fresh_location(folder)`: where a new database lives (a new server database on a PostgreSQL run)."""
    def make(folder):
        if server_databases is None:
            return resolve(folder)
        return resolve(folder, db_url=server_databases.create_migrated())

    return make


@pytest.fixture
def empty_db(tmp_path, fresh_location):
    """A migrated database with no office yet."""
    db = open_database(fresh_location(tmp_path / "data"))
    yield db
    db.dispose()


@pytest.fixture
def db(empty_db):
    """A migrated database with an office named and one branch."""
    offices.init_office(empty_db, "测试社区党委")
    offices.create_branch(empty_db, "第一党支部")
    return empty_db


@pytest.fixture
def fast_kdf(monkeypatch):
    """Backup and transfer tests need the passphrase KDF's correctness, not its cost."""
    import dataclasses

    from partydesk.services.backup import container as backup_format

    cheap = dataclasses.replace(backup_format.PASSPHRASE_KDF, time_cost=1, memory_cost=64)
    monkeypatch.setattr(backup_format, "PASSPHRASE_KDF", cheap)


@pytest.fixture
def branch_uuid(db):
    return offices.list_branches(db)[0].uuid


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory, server_databases):
    """A small demo office built once per test run; tests get a copy."""
    from partydesk.services import demo

    folder = tmp_path_factory.mktemp("demo-template")
    location = resolve(folder) if server_databases is None else resolve(folder, db_url=server_databases.create())
    database = open_database(location)
    demo.populate(database, members=120, year=DEMO_YEAR, seed=7, today=DEMO_TODAY)
    database.dispose()
    return location


@pytest.fixture
def demo_db(demo_template, tmp_path, server_databases):
    """A private copy of the demo office (safe to modify)."""
    import shutil

    target = tmp_path / "demo"
    if server_databases is None:
        shutil.copytree(demo_template.data_dir, target)
        location = resolve(target)
    else:
        location = resolve(target, db_url=server_databases.create(template=demo_template.db_url))
    database = open_database(location)
    yield database
    database.dispose()


@pytest.fixture
def exfat_stick_of(tmp_path_factory):
    """`exfat_stick_of(size)`: a real exFAT stick (see tests/exfat.py), removed after the test."""
    from tests.exfat import ExfatStick

    sticks = []

    def make(size: int = 64 << 20):
        sticks.append(ExfatStick.made(tmp_path_factory.mktemp("stick"), size))
        return sticks[-1]

    yield make
    for stick in sticks:
        stick.remove()
