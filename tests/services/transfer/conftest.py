"""The office that receives the packages the tests' `db` office sends."""

from __future__ import annotations

import pytest

from partydesk.config import resolve
from partydesk.services import offices
from partydesk.store.migrate import open_database


@pytest.fixture
def receiver(tmp_path):
    """The street committee that receives packages: a SQLite office of its own beside the sender."""
    db = open_database(resolve(tmp_path / "receiver"))
    offices.init_office(db, "某某街道党工委")
    yield db
    db.dispose()
