"""Local accounts: argon2 password hashes, roles, sign-in with lockout, recovery of the admin."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from partydesk.domain.actor import Actor
from partydesk.domain.enums import Role
from partydesk.domain.errors import NotFoundError, PartydeskError, ValidationError
from partydesk.domain.lockout import (
    LockoutPolicy,
    LoginState,
    after_failure,
    after_success,
    check_sign_in_rules,
    is_locked,
)
from partydesk.domain.passwords import MAX_LENGTH, ONE_TIME_ALPHABET, ONE_TIME_LENGTH, check_new_password
from partydesk.i18n import QT_TRANSLATE_NOOP, translate
from partydesk.services import audit, settings
from partydesk.services.access import Permission, require
from partydesk.services.common import local_time
from partydesk.store.base import utcnow
from partydesk.store.db import Database
from partydesk.store.models import Account, AuditEvent

# Measured on the 2-core reference machine: verify takes about 0.3 s idle, 0.55 s under load
# (tests/bench/test_bench_login.py); 128 MiB keeps it memory-hard without straining a 4 GB PC.
HASHER = PasswordHasher(time_cost=5, memory_cost=128 * 1024, parallelism=2, hash_len=32, salt_len=16)

LOCKOUT_SETTING = "lockout"
IDLE_LOCK_SETTING = "idle_lock_minutes"
DEFAULT_IDLE_LOCK_MINUTES = 10
USERNAME_LENGTH = 40
ADMIN_USERNAME = "admin"

WRONG_CURRENT_PASSWORD = QT_TRANSLATE_NOOP("ValidationError", "The current password is wrong")

LOGIN = "login"
LOGIN_FAILED = "login.failed"
LOGIN_LOCKED = "login.locked"
LOGIN_DISABLED = "login.disabled"


LOCKED_UNTIL = QT_TRANSLATE_NOOP("Accounts", "Too many failed sign-ins: this account is locked until {time}")


class SignInFailed(PartydeskError):
    """Wrong user name or password: the same message whether or not the user exists."""

    def __init__(self, message: str | None = None):
        super().__init__(message or translate("Accounts", "Wrong user name or password"))


class AccountLocked(SignInFailed):
    def __init__(self, locked_until: datetime):
        self.locked_until = locked_until
        until = local_time(locked_until).strftime("%H:%M")
        super().__init__(translate("Accounts", LOCKED_UNTIL, time=until))


class AccountDisabled(SignInFailed):
    def __init__(self):
        super().__init__(translate("Accounts", "This account is disabled; ask the administrator"))


@dataclass(frozen=True)
class AccountRow:
    uuid: str
    username: str
    display_name: str
    role: Role
    disabled: bool
    must_change_password: bool
    failed_logins: int
    locked_until: datetime | None
    last_login_at: datetime | None

    @classmethod
    def of(cls, a: Account) -> AccountRow:
        return cls(a.uuid, a.username, a.display_name, a.role, a.disabled, a.must_change_password,
                   a.failed_logins, a.locked_until, a.last_login_at)

    def is_locked(self, now: datetime | None = None) -> bool:
        return is_locked(LoginState(self.failed_logins, self.locked_until), now or utcnow())

    def as_dict(self) -> dict:
        return {
            "username": self.username, "display_name": self.display_name, "role": self.role.value,
            "disabled": self.disabled, "must_change_password": self.must_change_password,
            "locked_until": local_time(self.locked_until).isoformat(sep=" ") if self.is_locked() else None,
            "last_login_at": local_time(self.last_login_at).isoformat(sep=" ") if self.last_login_at else None,
        }


# ---- settings and helpers --------------------------------------------------------------------


def lockout_policy(db: Database) -> LockoutPolicy:
    return LockoutPolicy.from_dict(settings.get(db, LOCKOUT_SETTING))


def idle_lock_minutes(db: Database) -> int:
    value = settings.get(db, IDLE_LOCK_SETTING, DEFAULT_IDLE_LOCK_MINUTES)
    return value if isinstance(value, int) and value > 0 else DEFAULT_IDLE_LOCK_MINUTES


@dataclass(frozen=True)
class SignInRules:
    """The lock after failed sign-ins, and the idle minutes before the window locks itself."""

    lockout: LockoutPolicy
    idle_minutes: int


def sign_in_rules(db: Database) -> SignInRules:
    return SignInRules(lockout_policy(db), idle_lock_minutes(db))


def sign_in_values(db: Database, rules: SignInRules) -> dict:
    """The rules as `settings.put_all` stores them: administrators only, each value in its range."""
    require(db, Permission.MANAGE_ACCOUNTS)
    check_sign_in_rules(rules.lockout, rules.idle_minutes)
    return {LOCKOUT_SETTING: rules.lockout.to_dict(), IDLE_LOCK_SETTING: rules.idle_minutes}


def save_sign_in_rules(db: Database, rules: SignInRules) -> None:
    settings.put_all(db, sign_in_values(db, rules))


def new_one_time_password() -> str:
    return "".join(secrets.choice(ONE_TIME_ALPHABET) for _ in range(ONE_TIME_LENGTH))


# A hash of a random, forgotten password with HASHER's parameters: verified for unknown users
# and locked accounts so timing tells nothing (a fresh CLI process needs no extra hashing).
DUMMY_HASH = "$argon2id$v=19$m=131072,t=5,p=2$9pAZfyMOKobdNvZ+rQWwtA$dwKt547KluEzc4DHrp5Epj2D/IEM+1uyI3R8eM1puWs"
_dummy: tuple[PasswordHasher, str] | None = None


def _dummy_hash() -> str:
    """DUMMY_HASH, or one made once with the current hasher if its parameters were changed."""
    global _dummy
    if not HASHER.check_needs_rehash(DUMMY_HASH):
        return DUMMY_HASH
    if _dummy is None or _dummy[0] is not HASHER:
        _dummy = (HASHER, HASHER.hash(new_one_time_password()))
    return _dummy[1]


def _verify(password_hash: str, password: str) -> bool:
    if len(password) > MAX_LENGTH:
        return False
    try:
        return HASHER.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _check_username(username: str) -> str:
    name = (username or "").strip()
    if not name:
        raise ValidationError("username", QT_TRANSLATE_NOOP("ValidationError", "This field is required"))
    if len(name) > USERNAME_LENGTH:
        raise ValidationError("username", QT_TRANSLATE_NOOP("ValidationError", "At most {n} characters"),
                              n=USERNAME_LENGTH)
    if any(ch.isspace() or not ch.isprintable() for ch in name):
        raise ValidationError("username", QT_TRANSLATE_NOOP("ValidationError", "No spaces in a user name"))
    return name


def parse_role(value: Role | str) -> Role:
    if isinstance(value, Role):
        return value
    try:
        return Role((value or "").strip().upper())
    except ValueError:
        try:
            return Role.from_text(value)
        except ValueError:
            raise ValidationError("role", QT_TRANSLATE_NOOP("ValidationError", "Unknown role {role}"),
                                  role=value) from None


def _account(session, username: str) -> Account:
    account = session.scalar(select(Account).where(Account.username == (username or "").strip()))
    if account is None:
        raise NotFoundError("account", username)
    return account


def _active_admins(session) -> int:
    query = select(func.count()).select_from(Account).where(Account.role == Role.ADMIN,
                                                            Account.disabled.is_(False))
    return int(session.scalar(query) or 0)


def _keep_an_admin(session, account: Account, role: Role, disabled: bool) -> None:
    was_active_admin = account.role is Role.ADMIN and not account.disabled
    if was_active_admin and (role is not Role.ADMIN or disabled) and _active_admins(session) <= 1:
        raise ValidationError("role", QT_TRANSLATE_NOOP("ValidationError", "The last administrator must stay"))


# ---- accounts --------------------------------------------------------------------------------


def accounts_exist(db: Database) -> bool:
    """True once any account exists (disabled ones too): from then on everyone signs in."""
    with db.read() as session:  # the table's column: asked at start, before any mapper is configured
        return session.scalar(select(Account.__table__.c.id).limit(1)) is not None


def list_accounts(db: Database) -> list[AccountRow]:
    require(db, Permission.MANAGE_ACCOUNTS)
    with db.read() as session:
        return [AccountRow.of(a) for a in session.scalars(select(Account).order_by(Account.username))]


def get_account(db: Database, username: str) -> AccountRow:
    """One account; anyone may read their own, admins any."""
    if username != db.actor.username:
        require(db, Permission.MANAGE_ACCOUNTS)
    with db.read() as session:
        return AccountRow.of(_account(session, username))


def needs_password_change(db: Database, username: str) -> bool:
    """True on first sign-in and after an administrator set the password."""
    with db.read() as session:
        return bool(session.scalar(select(Account.must_change_password).where(Account.username == username)))


def add(db: Database, username: str, role: Role | str, password: str, display_name: str = "",
        must_change: bool = True) -> AccountRow:
    """Create an account; the first one must be an administrator."""
    require(db, Permission.MANAGE_ACCOUNTS)
    name, role = _check_username(username), parse_role(role)
    display = (display_name or "").strip()
    if len(display) > USERNAME_LENGTH:
        raise ValidationError("name", QT_TRANSLATE_NOOP("ValidationError", "At most {n} characters"),
                              n=USERNAME_LENGTH)
    check_new_password(password, name)
    password_hash = HASHER.hash(password)  # outside the write lock: hashing takes a moment
    with db.write() as session:
        if session.scalar(select(Account.id).where(func.lower(Account.username) == name.lower())):
            raise ValidationError("username", QT_TRANSLATE_NOOP("ValidationError", "This user name is taken"))
        if role is not Role.ADMIN and session.scalar(select(Account.id).limit(1)) is None:
            raise ValidationError("role", QT_TRANSLATE_NOOP("ValidationError",
                                                            "The first account must be an administrator"))
        account = Account(username=name, display_name=display, role=role, password_hash=password_hash,
                          must_change_password=must_change, origin=db.office_uuid)
        session.add(account)
        session.flush()
        audit.record(session, db.actor, "account.create", "account", account.uuid,
                     {"username": name, "role": role.value})
        return AccountRow.of(account)


def set_disabled(db: Database, username: str, disabled: bool) -> None:
    """Disable (or enable again) an account; never yourself, never the last administrator."""
    require(db, Permission.MANAGE_ACCOUNTS)
    with db.write() as session:
        account = _account(session, username)
        if disabled and account.username == db.actor.username:
            raise ValidationError("username", QT_TRANSLATE_NOOP("ValidationError",
                                                                "You cannot disable your own account"))
        if disabled:
            _keep_an_admin(session, account, account.role, True)
        account.disabled = disabled
        audit.record(session, db.actor, "account.disable" if disabled else "account.enable", "account",
                     account.uuid, {"username": account.username})


def set_role(db: Database, username: str, role: Role | str) -> None:
    require(db, Permission.MANAGE_ACCOUNTS)
    role = parse_role(role)
    with db.write() as session:
        account = _account(session, username)
        _keep_an_admin(session, account, role, account.disabled)
        account.role = role
        audit.record(session, db.actor, "account.role", "account", account.uuid,
                     {"username": account.username, "role": role.value})


def set_password(db: Database, username: str, new_password: str) -> None:
    """An administrator sets someone's password; they must change it when they next sign in."""
    require(db, Permission.MANAGE_ACCOUNTS)
    check_new_password(new_password, username)
    password_hash = HASHER.hash(new_password)
    with db.write() as session:
        account = _account(session, username)
        account.password_hash = password_hash
        account.must_change_password = account.username != db.actor.username
        account.failed_logins, account.locked_until = 0, None
        audit.record(session, db.actor, "account.set_password", "account", account.uuid,
                     {"username": account.username})


def change_password(db: Database, old_password: str, new_password: str, now: datetime | None = None) -> None:
    """The signed-in user changes their own password; a wrong old one counts as a failed sign-in."""
    username = db.actor.username
    with db.read() as session:
        account = _account(session, username)
        old_ok = _verify(account.password_hash, old_password)
    if not old_ok:
        _record_failure(db, username, now or utcnow())
        raise ValidationError("password", WRONG_CURRENT_PASSWORD)
    check_new_password(new_password, username, old_password)
    password_hash = HASHER.hash(new_password)
    with db.write() as session:
        account = _account(session, username)
        account.password_hash, account.must_change_password = password_hash, False
        audit.record(session, db.actor, "account.change_password", "account", account.uuid)


def _record_failure(db: Database, username: str, now: datetime) -> None:
    policy = lockout_policy(db)
    with db.write() as session:
        account = _account(session, username)
        state = after_failure(LoginState(account.failed_logins, account.locked_until), now, policy)
        account.failed_logins, account.locked_until = state.failed_logins, state.locked_until
        audit.record(session, Actor(username, account.role), LOGIN_FAILED, "account", account.uuid,
                     {"locked": state.locked_until is not None, "via": "change_password"}, at=now)


def reset_admin(db: Database, username: str = ADMIN_USERNAME, os_user: str = "") -> str:
    """Recovery on the office PC itself: (re)create an enabled admin with a one-time password.

    Deliberately needs no sign-in: whoever can run the program on this machine can read the
    database file anyway. The event is logged with the operating-system user.
    """
    name = _check_username(username)
    password = new_one_time_password()
    password_hash = HASHER.hash(password)
    with db.write() as session:
        account = session.scalar(select(Account).where(Account.username == name))
        if account is None:
            account = Account(username=name, display_name="", origin=db.office_uuid)
            session.add(account)
        account.role, account.password_hash, account.disabled = Role.ADMIN, password_hash, False
        account.must_change_password, account.failed_logins, account.locked_until = True, 0, None
        session.flush()
        audit.record(session, Actor(f"os:{os_user}" if os_user else "os", Role.ADMIN), "account.reset_admin",
                     "account", account.uuid, {"username": name, "os_user": os_user})
    return password


# ---- signing in ------------------------------------------------------------------------------


def sign_in(db: Database, username: str, password: str, now: datetime | None = None) -> Actor:
    """The account's Actor if the password is right; else SignInFailed / AccountLocked / AccountDisabled.

    Every attempt is audited. Unknown names cost one hash verify too, and are locked out
    after the same number of failures (counted in the audit log), so neither timing nor
    messages tell whether a name exists.
    """
    now = now or utcnow()
    name = (username or "").strip()
    password = password or ""
    policy = lockout_policy(db)
    with db.write() as session:
        account = session.scalar(select(Account).where(Account.username == name)) if name else None
        if account is None:
            outcome = _unknown_attempt(session, name, password, now, policy)
        else:
            outcome = _account_attempt(session, account, password, now, policy)
    if isinstance(outcome, Exception):
        raise outcome
    return outcome


def _unknown_attempt(session, name: str, password: str, now: datetime, policy: LockoutPolicy) -> SignInFailed:
    _verify(_dummy_hash(), password)
    who = Actor(name[: audit.ACTOR_LENGTH], Role.VIEWER)
    state = _unknown_state(session, who.username, policy)
    if is_locked(state, now):
        audit.record(session, who, LOGIN_LOCKED, "account", "", {}, at=now)
        return AccountLocked(state.locked_until)
    state = after_failure(state, now, policy)
    audit.record(session, who, LOGIN_FAILED, "account", "", {"locked": state.locked_until is not None}, at=now)
    return AccountLocked(state.locked_until) if state.locked_until else SignInFailed()


def _unknown_state(session, name: str, policy: LockoutPolicy) -> LoginState:
    """What the lockout state of an account with this name would be, replayed from the audit log."""
    failed = select(AuditEvent.at).where(AuditEvent.actor == name, AuditEvent.action == LOGIN_FAILED,
                                         AuditEvent.entity_uuid == "")
    total = int(session.scalar(select(func.count()).select_from(failed.subquery())) or 0)
    count = total % policy.max_failures
    if total < policy.max_failures:
        return LoginState(count, None)
    lock_started = session.scalar(failed.order_by(AuditEvent.id).offset(total - count - 1).limit(1))
    return LoginState(count, lock_started + timedelta(minutes=policy.lock_minutes))


def _account_attempt(session, account: Account, password: str, now: datetime,
                     policy: LockoutPolicy) -> Actor | SignInFailed:
    state = LoginState(account.failed_logins, account.locked_until)
    actor = Actor(account.username, account.role, account.display_name)
    if is_locked(state, now):
        _verify(_dummy_hash(), password)
        audit.record(session, actor, LOGIN_LOCKED, "account", account.uuid, {}, at=now)
        return AccountLocked(state.locked_until)
    if not _verify(account.password_hash, password):
        state = after_failure(state, now, policy)
        account.failed_logins, account.locked_until = state.failed_logins, state.locked_until
        audit.record(session, actor, LOGIN_FAILED, "account", account.uuid,
                     {"locked": state.locked_until is not None}, at=now)
        return AccountLocked(state.locked_until) if state.locked_until else SignInFailed()
    if account.disabled:
        audit.record(session, actor, LOGIN_DISABLED, "account", account.uuid, {}, at=now)
        return AccountDisabled()
    state = after_success(state)
    account.failed_logins, account.locked_until, account.last_login_at = state.failed_logins, None, now
    if HASHER.check_needs_rehash(account.password_hash):
        account.password_hash = HASHER.hash(password)
    audit.record(session, actor, LOGIN, "account", account.uuid, {}, at=now)
    return actor
