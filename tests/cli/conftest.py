"""CLI tests run `python -m partydesk` in a subprocess on a data folder inside tmp_path.

On a PostgreSQL test run (PARTYDESK_TEST_DB_URL) each data folder's program also gets a fresh database of
its own on that server, passed as PARTYDESK_DB_URL; keys, backups and exports stay in the folder.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass
class CliResult:
    code: int
    out: str
    err: str

    def json(self):
        return json.loads(self.out)


class Cli:
    """Runs the console program against one data folder, never the user's real one."""

    def __init__(self, data_dir: Path, db_url: str | None = None):
        self.data_dir = data_dir
        self.db_url = db_url

    def location(self):
        """Where the program's database is, for a test that opens it in-process."""
        from partydesk.config import resolve

        return resolve(self.data_dir, db_url=self.db_url)

    def env(self) -> dict[str, str]:
        locale_names = ("LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES")
        env = {k: v for k, v in os.environ.items() if not k.startswith("PARTYDESK_") and k not in locale_names}
        env["PARTYDESK_DATA_DIR"] = str(self.data_dir)
        if self.db_url is not None:
            env["PARTYDESK_DB_URL"] = self.db_url
        env["PYTHONIOENCODING"] = "utf-8"
        env["LANG"] = "C.UTF-8"  # English unless a test asks for another language
        return env

    def __call__(self, *args: str, input: str | None = None, timeout: float = 120,
                 env: dict[str, str] | None = None) -> CliResult:
        done = subprocess.run(
            [sys.executable, "-m", "partydesk", *args],
            input=input,
            capture_output=True,
            text=True,
            encoding="utf-8",
            env={**self.env(), **(env or {})},
            timeout=timeout,
        )
        return CliResult(done.returncode, done.stdout, done.stderr)


@pytest.fixture(autouse=True)
def _english_console(monkeypatch):
    """In-process `main()` calls speak English too, whatever the developer's locale."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


@pytest.fixture(scope="session")
def new_cli(server_databases):
    """`new_cli(folder)`: a Cli on a new data folder; on a PostgreSQL run, with a new database of its own there.

    That server database is empty at the newest schema (a copy of one migrated once: migrating each would
    cost most of a second). `template=` another Cli (no longer running) copies its data folder and database.
    """
    def make(data_dir: Path, template: Cli | None = None) -> Cli:
        if template is not None and template.data_dir.exists():  # a server run may never have made it
            shutil.copytree(template.data_dir, data_dir)
        if server_databases is None:
            return Cli(data_dir)
        if template is not None:
            return Cli(data_dir, server_databases.create(template=template.db_url))
        return Cli(data_dir, server_databases.create_migrated())

    return make


@pytest.fixture
def cli(tmp_path, new_cli) -> Cli:
    """`cli("list", "members", "--json")` on an empty data folder in tmp_path."""
    return new_cli(tmp_path / "data")


@pytest.fixture(scope="session")
def office_template(tmp_path_factory, new_cli) -> Cli:
    """`partydesk init` run once per test run; each `cli_office` is a copy (a console start is most of a second)."""
    template = new_cli(tmp_path_factory.mktemp("cli-office") / "data")
    result = template("init", "--office", "昇平社区党委", "--branch", "第一党支部", "--branch", "第二党支部")
    assert result.code == 0, result.err
    return template


@pytest.fixture
def cli_office(tmp_path, new_cli, office_template) -> Cli:
    """A data folder whose database has an office with two branches."""
    return new_cli(tmp_path / "data", template=office_template)


@pytest.fixture
def cli_records(cli_office):
    """The office of `cli_office` with a few members, activities, a service entry and talks."""
    from partydesk.domain.enums import ActivityKind, MemberStatus, ServiceCategory, TalkKind
    from partydesk.services import calendar, offices, roster, service_log, talks
    from partydesk.store.migrate import open_database

    db = open_database(cli_office.location())
    try:
        first, second = (b.uuid for b in offices.list_branches(db))
        members = {
            name: roster.create_member(db, roster.MemberInput(
                name=name, branch_uuid=branch, status=status, joined_on=joined, full_on=full)).uuid
            for name, branch, status, joined, full in [
                ("王昇", first, MemberStatus.FULL, "1998-07-01", "1999-07-01"),
                ("李玥", first, MemberStatus.PROBATIONARY, "2026-01-10", None),
                ("张堃", second, MemberStatus.FULL, "2005-06-20", "2006-06-20"),
            ]
        }
        calendar.create_activity(
            db, calendar.ActivityInput(ActivityKind.PARTY_LECTURE, "学习党章", "2026-03-05", first)
        )
        calendar.create_activity(db, calendar.ActivityInput(ActivityKind.THEME_DAY, "植树", "2025-03-12", second))
        service_log.create_entry(
            db,
            service_log.ServiceInput(
                ServiceCategory.VOLUNTEER,
                "清扫楼道",
                "2026-04-01",
                first,
                hours=2,
                people_served=30,
                participants=[service_log.Participant(members["王昇"])],
            ),
        )
        talks.create_talk(
            db,
            talks.TalkInput(
                TalkKind.HEART_TO_HEART, "2026-05-06", members["李玥"], talker_name="赵书记", summary="谈学习体会"
            ),
        )
        cli_office.members = members
        cli_office.branches = (first, second)
    finally:
        db.dispose()
    return cli_office
