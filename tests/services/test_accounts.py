"""Accounts: creation rules, sign-in, lockout with an injected clock, password changes, recovery."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from argon2 import PasswordHasher, extract_parameters
from sqlalchemy import select

from partydesk.domain.actor import Actor
from partydesk.domain.enums import Role
from partydesk.domain.errors import PermissionDenied, ValidationError
from partydesk.domain.lockout import LockoutPolicy
from partydesk.services import accounts, audit, settings
from partydesk.services.accounts import AccountDisabled, AccountLocked, SignInFailed
from partydesk.store.models import Account

NOW = datetime(2026, 11, 26, 9, 0, 0)
PASSWORD = "Dangjian#2026"


@pytest.fixture(autouse=True)
def fast_hasher(monkeypatch):
    """Cheap argon2 parameters so tests stay quick; the real ones are checked separately."""
    monkeypatch.setattr(accounts, "HASHER", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))


@pytest.fixture
def admin_db(db):
    accounts.add(db, "admin", "admin", PASSWORD, display_name="张书记")
    return db


def events(db, action):
    return [e for e in audit.list_events(db, action=action, limit=1000).rows if e.action == action]


def test_fresh_install_has_no_accounts_and_first_account_must_be_admin(db):
    assert accounts.accounts_exist(db) is False
    with pytest.raises(ValidationError) as error:
        accounts.add(db, "clerk1", Role.CLERK, PASSWORD)
    assert error.value.field == "role"
    assert accounts.accounts_exist(db) is False
    row = accounts.add(db, "admin", Role.ADMIN, PASSWORD)
    assert row.role is Role.ADMIN and row.must_change_password
    assert accounts.accounts_exist(db) is True


@pytest.mark.parametrize("password", ["short", "", "aaaaaaaaaaaa", "admin", "x" * 300])
def test_weak_or_huge_password_is_refused_and_nothing_changes(db, password):
    with pytest.raises(ValidationError) as error:
        accounts.add(db, "admin", "admin", password)
    assert error.value.field == "password"
    assert not accounts.accounts_exist(db)


def test_usernames_are_checked_and_sql_looking_text_is_stored_as_text(admin_db):
    db = admin_db
    sly = "x');DROP/**/TABLE/**/account;--"
    accounts.add(db, sly, "clerk", PASSWORD, display_name="'; DELETE FROM member; --")
    names = [a.username for a in accounts.list_accounts(db)]
    assert sly in names
    for bad in ("", "two words", "y" * 41, "z" * 100_000):
        with pytest.raises(ValidationError) as error:
            accounts.add(db, bad, "clerk", PASSWORD)
        assert error.value.field == "username"
    with pytest.raises(ValidationError):
        accounts.add(db, "ADMIN", "viewer", PASSWORD)
    with pytest.raises(ValidationError) as error:
        accounts.add(db, "someone", "superuser", PASSWORD)
    assert error.value.field == "role"


def test_sign_in_returns_the_actor_and_is_audited(admin_db):
    actor = accounts.sign_in(admin_db, " admin ", PASSWORD, now=NOW)
    assert actor == Actor("admin", Role.ADMIN, "张书记")
    row = accounts.get_account(admin_db, "admin")
    assert row.last_login_at == NOW and row.failed_logins == 0
    assert events(admin_db, "login")[0].actor == "admin"


def test_wrong_password_and_unknown_user_give_the_same_message(admin_db):
    with pytest.raises(SignInFailed) as wrong:
        accounts.sign_in(admin_db, "admin", "not-the-password", now=NOW)
    with pytest.raises(SignInFailed) as unknown:
        accounts.sign_in(admin_db, "nobody", "not-the-password", now=NOW)
    assert type(wrong.value) is type(unknown.value) is SignInFailed
    assert str(wrong.value) == str(unknown.value)
    failed = events(admin_db, "login.failed")
    assert {e.actor for e in failed} == {"admin", "nobody"}


def test_unknown_user_costs_one_hash_verify_like_a_known_one(admin_db, monkeypatch):
    calls = []

    class SpyHasher(PasswordHasher):
        def verify(self, hash, password):
            calls.append(hash)
            return super().verify(hash, password)

    monkeypatch.setattr(accounts, "HASHER", SpyHasher(time_cost=1, memory_cost=8, parallelism=1))
    accounts.set_password(admin_db, "admin", PASSWORD)
    for name in ("admin", "nobody"):
        with pytest.raises(SignInFailed):
            accounts.sign_in(admin_db, name, "not-the-password", now=NOW)
    assert len(calls) == 2


def test_very_long_and_sql_looking_input_just_fails(admin_db):
    for name, password in (("a" * 100_000, PASSWORD), ("admin' OR '1'='1", "' OR 1=1 --"), ("admin", "p" * 100_000)):
        with pytest.raises(SignInFailed):
            accounts.sign_in(admin_db, name, password, now=NOW)
    assert audit.verify_chain(admin_db) is None


def test_five_failures_lock_for_fifteen_minutes_then_expire(admin_db):
    db = admin_db
    for i in range(4):
        with pytest.raises(SignInFailed) as error:
            accounts.sign_in(db, "admin", "wrong password", now=NOW + timedelta(seconds=i))
        assert not isinstance(error.value, AccountLocked)
    with pytest.raises(AccountLocked) as locked:
        accounts.sign_in(db, "admin", "wrong password", now=NOW + timedelta(seconds=4))
    until = NOW + timedelta(seconds=4, minutes=15)
    assert locked.value.locked_until == until
    assert "locked until" in str(locked.value)
    with pytest.raises(AccountLocked):  # the right password does not help while locked
        accounts.sign_in(db, "admin", PASSWORD, now=until - timedelta(seconds=1))
    assert accounts.sign_in(db, "admin", PASSWORD, now=until).username == "admin"
    assert accounts.get_account(db, "admin").failed_logins == 0
    assert events(db, "login.locked")


def test_a_success_resets_the_failure_count(admin_db):
    db = admin_db
    for _ in range(4):
        with pytest.raises(SignInFailed):
            accounts.sign_in(db, "admin", "wrong password", now=NOW)
    accounts.sign_in(db, "admin", PASSWORD, now=NOW)
    for _ in range(4):
        with pytest.raises(SignInFailed) as error:
            accounts.sign_in(db, "admin", "wrong password", now=NOW)
        assert not isinstance(error.value, AccountLocked)


def test_lockout_is_configurable_in_settings(admin_db):
    settings.put(admin_db, accounts.LOCKOUT_SETTING, {"max_failures": 3, "lock_minutes": 2})
    for _ in range(2):
        with pytest.raises(SignInFailed):
            accounts.sign_in(admin_db, "admin", "wrong password", now=NOW)
    with pytest.raises(AccountLocked) as locked:
        accounts.sign_in(admin_db, "admin", "wrong password", now=NOW)
    assert locked.value.locked_until == NOW + timedelta(minutes=2)


def test_sign_in_rules_are_saved_together_and_checked(admin_db):
    rules = accounts.SignInRules(LockoutPolicy(4, 30), 5)
    accounts.save_sign_in_rules(admin_db, rules)
    assert accounts.sign_in_rules(admin_db) == rules and accounts.idle_lock_minutes(admin_db) == 5
    for bad, field in ((accounts.SignInRules(LockoutPolicy(2, 30), 5), "max_failures"),
                       (accounts.SignInRules(LockoutPolicy(4, 0), 5), "lock_minutes"),
                       (accounts.SignInRules(LockoutPolicy(4, 30), 241), "idle_minutes")):
        with pytest.raises(ValidationError) as error:
            accounts.save_sign_in_rules(admin_db, bad)
        assert error.value.field == field
    assert accounts.sign_in_rules(admin_db) == rules


def test_only_an_administrator_sets_the_sign_in_rules(admin_db):
    admin_db.actor = Actor("wang", Role.SECRETARY, "")
    with pytest.raises(PermissionDenied):
        accounts.save_sign_in_rules(admin_db, accounts.SignInRules(LockoutPolicy(4, 30), 5))


def test_several_settings_are_stored_all_or_nothing(admin_db):
    with pytest.raises(TypeError):
        settings.put_all(admin_db, {"first": 1, "second": object()})  # the second cannot be stored
    assert settings.get(admin_db, "first") is None


def test_unknown_names_lock_out_the_same_way(admin_db):
    for _ in range(4):
        with pytest.raises(SignInFailed) as error:
            accounts.sign_in(admin_db, "ghost", "whatever1", now=NOW)
        assert not isinstance(error.value, AccountLocked)
    with pytest.raises(AccountLocked) as locked:
        accounts.sign_in(admin_db, "ghost", "whatever1", now=NOW + timedelta(seconds=30))
    assert locked.value.locked_until == NOW + timedelta(seconds=30, minutes=15)
    with pytest.raises(AccountLocked):
        accounts.sign_in(admin_db, "ghost", "whatever1", now=NOW + timedelta(minutes=10))
    with pytest.raises(SignInFailed) as after:
        accounts.sign_in(admin_db, "ghost", "whatever1", now=NOW + timedelta(minutes=16))
    assert not isinstance(after.value, AccountLocked)


def test_disabled_account_cannot_sign_in_and_admins_are_protected(admin_db):
    db = admin_db
    accounts.add(db, "clerk1", "clerk", PASSWORD)
    accounts.set_disabled(db, "clerk1", True)
    with pytest.raises(AccountDisabled):
        accounts.sign_in(db, "clerk1", PASSWORD, now=NOW)
    with pytest.raises(SignInFailed) as wrong:
        accounts.sign_in(db, "clerk1", "wrong password", now=NOW)
    assert type(wrong.value) is SignInFailed
    accounts.set_disabled(db, "clerk1", False)
    assert accounts.sign_in(db, "clerk1", PASSWORD, now=NOW).role is Role.CLERK
    with pytest.raises(ValidationError):
        accounts.set_disabled(db, "admin", True)  # yourself
    with pytest.raises(ValidationError):
        accounts.set_role(db, "admin", "viewer")  # the last admin
    accounts.add(db, "admin2", "admin", PASSWORD)
    accounts.set_role(db, "admin", "secretary")
    assert accounts.get_account(db, "admin").role is Role.SECRETARY


def test_first_sign_in_must_change_password(admin_db):
    db = admin_db
    assert accounts.needs_password_change(db, "admin")
    db.actor = accounts.sign_in(db, "admin", PASSWORD, now=NOW)
    with pytest.raises(ValidationError) as wrong_old:
        accounts.change_password(db, "wrong password", "NewPassw0rd!", now=NOW)
    assert wrong_old.value.template == accounts.WRONG_CURRENT_PASSWORD
    assert accounts.get_account(db, "admin").failed_logins == 1
    with pytest.raises(ValidationError):
        accounts.change_password(db, PASSWORD, PASSWORD)
    with pytest.raises(ValidationError):
        accounts.change_password(db, PASSWORD, "short")
    accounts.change_password(db, PASSWORD, "NewPassw0rd!")
    assert not accounts.needs_password_change(db, "admin")
    assert accounts.sign_in(db, "admin", "NewPassw0rd!", now=NOW).username == "admin"
    with pytest.raises(SignInFailed):
        accounts.sign_in(db, "admin", PASSWORD, now=NOW)


def test_admin_sets_a_password_which_must_be_changed_and_unlocks(admin_db):
    db = admin_db
    accounts.add(db, "clerk1", "clerk", PASSWORD)
    for _ in range(5):
        with pytest.raises(SignInFailed):
            accounts.sign_in(db, "clerk1", "wrong password", now=NOW)
    accounts.set_password(db, "clerk1", "Temporary99")
    row = accounts.get_account(db, "clerk1")
    assert row.must_change_password and row.locked_until is None
    assert accounts.sign_in(db, "clerk1", "Temporary99", now=NOW).role is Role.CLERK


def test_only_admins_manage_accounts_but_anyone_changes_their_own_password(admin_db):
    db = admin_db
    accounts.add(db, "clerk1", "clerk", PASSWORD)
    db.actor = accounts.sign_in(db, "clerk1", PASSWORD, now=NOW)
    for call in (
        lambda: accounts.add(db, "x1", "clerk", PASSWORD),
        lambda: accounts.list_accounts(db),
        lambda: accounts.set_password(db, "admin", "Whatever123"),
        lambda: accounts.get_account(db, "admin"),
        lambda: accounts.set_disabled(db, "admin", True),
    ):
        with pytest.raises(PermissionDenied):
            call()
    assert accounts.get_account(db, "clerk1").username == "clerk1"
    accounts.change_password(db, PASSWORD, "MyOwnPass1")


def test_reset_admin_recovers_a_locked_out_office(admin_db):
    db = admin_db
    for _ in range(5):
        with pytest.raises(SignInFailed):
            accounts.sign_in(db, "admin", "forgotten!!", now=NOW)
    one_time = accounts.reset_admin(db, os_user="zhang")
    assert len(one_time) >= 12
    actor = accounts.sign_in(db, "admin", one_time, now=NOW)
    assert actor.role is Role.ADMIN and accounts.needs_password_change(db, "admin")
    event = events(db, "account.reset_admin")[0]
    assert event.actor == "os:zhang" and '"os_user": "zhang"' in event.detail
    other = accounts.reset_admin(db, username="rescue")
    assert accounts.sign_in(db, "rescue", other, now=NOW).role is Role.ADMIN
    assert audit.verify_chain(db) is None


def test_reset_admin_on_a_fresh_install_creates_the_admin(db):
    password = accounts.reset_admin(db)
    assert accounts.accounts_exist(db)
    assert accounts.sign_in(db, "admin", password, now=NOW).role is Role.ADMIN


def test_old_hash_parameters_are_upgraded_at_sign_in(admin_db, monkeypatch):
    stronger = PasswordHasher(time_cost=2, memory_cost=16, parallelism=1)
    monkeypatch.setattr(accounts, "HASHER", stronger)
    accounts.sign_in(admin_db, "admin", PASSWORD, now=NOW)
    with admin_db.read() as session:
        stored = session.scalar(select(Account.password_hash).where(Account.username == "admin"))
    assert extract_parameters(stored).time_cost == 2
    assert accounts.sign_in(admin_db, "admin", PASSWORD, now=NOW).username == "admin"


def test_real_hashing_parameters_are_the_chosen_ones(monkeypatch):
    monkeypatch.undo()  # the production hasher, not the fast one
    params = extract_parameters(accounts.HASHER.hash("Dangjian#2026"))
    assert (params.type.name, params.time_cost, params.memory_cost, params.parallelism) == ("ID", 5, 131072, 2)
    assert (params.hash_len, params.salt_len) == (32, 16)
    assert extract_parameters(accounts.DUMMY_HASH) == params


def test_named_settings_change_together_or_not_at_all(admin_db):
    from partydesk.services import office_rules

    assert office_rules.update(admin_db, {"usb_backup_max_age_days": 7}) is False  # the default: nothing to store
    assert office_rules.update(admin_db, {"usb_backup_max_age_days": 10, "lock_minutes": 20}) is True
    with pytest.raises(ValidationError):
        office_rules.update(admin_db, {"usb_backup_max_age_days": 3, "idle_minutes": 0})
    with pytest.raises(ValidationError) as unknown:
        office_rules.update(admin_db, {"colour": 1})
    assert unknown.value.field == "colour"
    now = office_rules.current(admin_db)
    assert (now["usb_backup_max_age_days"], now["lock_minutes"], now["idle_minutes"]) == (10, 20, 10)
