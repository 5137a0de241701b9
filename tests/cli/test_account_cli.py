"""`partydesk account ...` and `partydesk audit ...`: in-process for speed, one real subprocess run."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from argon2 import PasswordHasher
from sqlalchemy import create_engine

from partydesk.cli.main import main
from partydesk.services import accounts
from partydesk.store.db import engine_url
from tests.cli.conftest import CliResult

ADMIN_PASSWORD = "Admin#2026pw"


class InProcess:
    """Runs partydesk.cli.main.main(argv) on the data folder of the `cli` fixture."""

    def __init__(self, cli, capsys, monkeypatch, tmp_path):
        self.data_dir, self.capsys, self.monkeypatch, self.tmp_path = cli.data_dir, capsys, monkeypatch, tmp_path
        self.location = cli.location()
        monkeypatch.setenv("PARTYDESK_DATA_DIR", str(cli.data_dir))
        if cli.db_url is not None:
            monkeypatch.setenv("PARTYDESK_DB_URL", cli.db_url)
        monkeypatch.delenv("PARTYDESK_PASSWORD", raising=False)

    def __call__(self, *args: str, password: str | None = None) -> CliResult:
        if password is None:
            self.monkeypatch.delenv("PARTYDESK_PASSWORD", raising=False)
        else:
            self.monkeypatch.setenv("PARTYDESK_PASSWORD", password)
        try:
            code = main(list(args))
        except SystemExit as exit_:
            code = exit_.code
        out, err = self.capsys.readouterr()
        return CliResult(code, out, err)

    def secret_file(self, name: str, text: str) -> str:
        path = self.tmp_path / name
        path.write_text(text + "\n", encoding="utf-8")
        return str(path)


@pytest.fixture
def office(cli_office, capsys, monkeypatch, tmp_path):
    """An office whose first account (admin) was created in single-user mode; cheap hashing."""
    monkeypatch.setattr(accounts, "HASHER", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    run = InProcess(cli_office, capsys, monkeypatch, tmp_path)
    created = run("account", "add", "admin", "--role", "admin", "--password-file",
                  run.secret_file("admin.pw", ADMIN_PASSWORD))
    assert created.code == 0, created.err
    run.admin = ("--user", "admin", "--password-file", str(tmp_path / "admin.pw"))
    return run


def test_once_an_account_exists_every_command_needs_a_sign_in(office):
    refused = office("account", "list")
    assert refused.code == 1 and "--user" in refused.err
    listed = office(*office.admin, "account", "list", "--json")
    assert listed.code == 0, listed.err
    assert [a["username"] for a in listed.json()] == ["admin"]
    assert listed.json()[0]["must_change_password"] is False  # chosen by the first admin, as in the window
    assert office("--user", "admin", "account", "list", password=ADMIN_PASSWORD).code == 0


def test_a_first_admin_given_a_one_time_password_must_change_it_first(cli_office, capsys, monkeypatch, tmp_path):
    monkeypatch.setattr(accounts, "HASHER", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    run = InProcess(cli_office, capsys, monkeypatch, tmp_path)
    created = run("account", "add", "admin", "--role", "admin", "--json")
    one_time = created.json()["one_time_password"]
    refused = run("--user", "admin", "backup", "status", password=one_time)
    assert refused.code == 1 and "one-time" in refused.err
    new = run.secret_file("new.pw", "Selbst-2026pw")
    assert run("--user", "admin", "account", "passwd", "admin", "--password-file", new, password=one_time).code == 0
    assert run("--user", "admin", "backup", "status", password="Selbst-2026pw").code == 0


def test_wrong_password_and_unknown_user_read_the_same(office):
    wrong = office("--user", "admin", "account", "list", password="nope-nope")
    unknown = office("--user", "ghost", "account", "list", password="nope-nope")
    assert wrong.code == unknown.code == 1
    assert wrong.err == unknown.err and "Traceback" not in wrong.err


def test_admin_adds_a_clerk_who_may_not_manage_accounts(office):
    added = office(*office.admin, "account", "add", "wangfang", "--role", "clerk", "--display-name", "王芳", "--json")
    assert added.code == 0, added.err
    one_time = added.json()["one_time_password"]
    assert len(one_time) == 12
    first = office("--user", "wangfang", "list", "members", password=one_time)
    assert first.code == 1 and "account passwd wangfang" in first.err and first.out == ""
    changed = office("--user", "wangfang", "account", "passwd", "wangfang",
                     "--password-file", office.secret_file("new.pw", "MeinNeues9pw"), password=one_time)
    assert changed.code == 0, changed.err
    listed = office(*office.admin, "account", "list", "--json").json()
    assert {a["username"]: a["must_change_password"] for a in listed}["wangfang"] is False
    clerk = office("--user", "wangfang", "account", "list", password="MeinNeues9pw")
    assert clerk.code == 1 and "Not allowed for your role" in clerk.err
    assert office("--user", "wangfang", "list", "members", password="MeinNeues9pw").code == 0
    assert office(*office.admin, "account", "disable", "wangfang").code == 0
    disabled = office("--user", "wangfang", "account", "list", password="MeinNeues9pw")
    assert disabled.code == 1 and "disabled" in disabled.err
    assert office(*office.admin, "account", "enable", "wangfang").code == 0
    assert office(*office.admin, "account", "role", "wangfang", "secretary").code == 0
    assert office("--user", "wangfang", "account", "list", password="MeinNeues9pw").code == 1
    short = office(*office.admin, "account", "passwd", "wangfang", "--password-file", office.secret_file("s", "short"))
    assert short.code == 1 and "8" in short.err


def test_usage_errors_exit_two(office):
    assert office(*office.admin, "account", "add", "x", "--role", "boss").code == 2
    assert office(*office.admin, "account").code == 2


def test_reset_admin_needs_no_sign_in_and_is_logged(office):
    reset = office("account", "reset-admin", "--json")
    assert reset.code == 0, reset.err
    password = reset.json()["one_time_password"]
    before_change = office("--user", "admin", "audit", "list", password=password)
    assert before_change.code == 1 and "account passwd admin" in before_change.err
    chosen = office.secret_file("chosen.pw", "Gew4hlt-2026")
    changed = office("--user", "admin", "account", "passwd", "admin", "--password-file", chosen, password=password)
    assert changed.code == 0
    signed = office(
        "--user", "admin", "audit", "list", "--action", "account.reset_admin", "--json", password="Gew4hlt-2026"
    )
    assert signed.code == 0, signed.err
    events = signed.json()["events"]
    assert events and events[0]["actor"].startswith("os")
    assert office(*office.admin, "account", "list").code == 1  # the old password is gone
    human = office("account", "reset-admin", "--name", "rescue")
    assert human.code == 0 and "One-time password" in human.out


def test_audit_verify_detects_a_direct_update(office):
    ok = office(*office.admin, "audit", "verify")
    assert ok.code == 0 and ok.out.strip() == "OK"
    engine = create_engine(engine_url(office.location.db_url))
    with engine.begin() as conn:
        conn.exec_driver_sql('UPDATE audit_event SET detail = \'{"name": "改过"}\' WHERE id = 2')
    engine.dispose()
    broken = office(*office.admin, "audit", "verify", "--json")
    assert broken.code == 1
    assert broken.json()["event_id"] == 2 and broken.json()["reason"] == "modified"
    assert "event 2" in office(*office.admin, "audit", "verify").out


def test_audit_list_filters(office):
    office("--user", "ghost", "account", "list", password="nope-nope")
    failed = office(*office.admin, "audit", "list", "--action", "login.failed", "--json").json()
    assert failed["total"] == 1 and failed["events"][0]["actor"] == "ghost"
    mine = office(*office.admin, "audit", "list", "--user", "admin", "--since", "2000-01-01", "--json").json()
    assert mine["total"] >= 1 and {e["actor"] for e in mine["events"]} == {"admin"}
    future = office(*office.admin, "audit", "list", "--since", "2099-01-01")
    assert future.code == 0 and "admin" not in future.out
    table = office(*office.admin, "audit", "list", "--limit", "2")
    assert table.code == 0 and " of " in table.out
    bad_date = office(*office.admin, "audit", "list", "--since", "yesterday-ish")
    assert bad_date.code == 1 and "Traceback" not in bad_date.err


def test_real_console_with_the_password_on_standard_input(cli_office, tmp_path):
    """End to end in a subprocess with the production argon2 parameters."""
    password_file = tmp_path / "pw"
    password_file.write_text(ADMIN_PASSWORD, encoding="utf-8")
    created = cli_office("account", "add", "admin", "--role", "admin", "--password-file", str(password_file))
    assert created.code == 0, created.err
    done = subprocess.run(
        [sys.executable, "-m", "partydesk", "--user", "admin", "--password-file", "-", "account", "list", "--json"],
        input=ADMIN_PASSWORD + "\n",
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=cli_office.env(),
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)[0]["username"] == "admin"
