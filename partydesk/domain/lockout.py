"""Failed-login lockout rule (等保 level 2): N failures lock an account for a while; clock injected."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from partydesk.domain.errors import ValidationError
from partydesk.i18n import QT_TRANSLATE_NOOP

DEFAULT_MAX_FAILURES = 5
DEFAULT_LOCK_MINUTES = 15
MAX_FAILURES_RANGE = (3, 10)  # 等保 level 2 asks for a lock after a few failures
LOCK_MINUTES_RANGE = (1, 24 * 60)
IDLE_MINUTES_RANGE = (1, 4 * 60)


@dataclass(frozen=True)
class LockoutPolicy:
    max_failures: int = DEFAULT_MAX_FAILURES
    lock_minutes: int = DEFAULT_LOCK_MINUTES

    @classmethod
    def from_dict(cls, data: dict[str, object] | None) -> LockoutPolicy:
        """Settings as stored; missing or nonsense values fall back to the defaults."""
        data = data or {}
        failures = data.get("max_failures", DEFAULT_MAX_FAILURES)
        minutes = data.get("lock_minutes", DEFAULT_LOCK_MINUTES)
        return cls(
            max_failures=failures if isinstance(failures, int) and failures > 0 else DEFAULT_MAX_FAILURES,
            lock_minutes=minutes if isinstance(minutes, int) and minutes > 0 else DEFAULT_LOCK_MINUTES,
        )

    def to_dict(self) -> dict[str, int]:
        return {"max_failures": self.max_failures, "lock_minutes": self.lock_minutes}


@dataclass(frozen=True)
class LoginState:
    """Failures since the last success or lock, and the end of the current lock if any."""

    failed_logins: int = 0
    locked_until: datetime | None = None


def is_locked(state: LoginState, now: datetime) -> bool:
    return state.locked_until is not None and now < state.locked_until


def after_failure(state: LoginState, now: datetime, policy: LockoutPolicy) -> LoginState:
    """The state after one more wrong password; the Nth failure starts a lock and resets the count."""
    if is_locked(state, now):
        return state
    failures = state.failed_logins + 1
    if failures >= policy.max_failures:
        return LoginState(0, now + timedelta(minutes=policy.lock_minutes))
    return LoginState(failures, None)


def after_success(state: LoginState) -> LoginState:
    return LoginState()


def replay(failures: Iterable[datetime], policy: LockoutPolicy) -> LoginState:
    """The state reached by a sequence of failed attempts (oldest first) with no success between."""
    state = LoginState()
    for at in failures:
        state = after_failure(state, at, policy)
    return state


def check_sign_in_rules(policy: LockoutPolicy, idle_minutes: int) -> None:
    """Values an office may choose (a settings form's check); the error names the field."""
    for field, value, (low, high) in (
        ("max_failures", policy.max_failures, MAX_FAILURES_RANGE),
        ("lock_minutes", policy.lock_minutes, LOCK_MINUTES_RANGE),
        ("idle_minutes", idle_minutes, IDLE_MINUTES_RANGE),
    ):
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise ValidationError(
                field,
                QT_TRANSLATE_NOOP("ValidationError", "{value} is not a whole number from {low} to {high}"),
                value=value, low=low, high=high,
            )
