"""Password policy (等保 level 2): minimum length, no trivial choices; pure rules, no hashing."""

from __future__ import annotations

from partydesk.domain.errors import ValidationError
from partydesk.i18n import QT_TRANSLATE_NOOP

MIN_LENGTH = 8
# argon2 accepts any length; the cap keeps a pasted novel from costing seconds of hashing.
MAX_LENGTH = 256
ONE_TIME_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789"
ONE_TIME_LENGTH = 12


def check_new_password(password: str, username: str = "", old_password: str | None = None) -> None:
    """Raise ValidationError("password", ...) unless the password may be set."""
    if len(password) < MIN_LENGTH:
        raise ValidationError(
            "password", QT_TRANSLATE_NOOP("ValidationError", "At least {n} characters"), n=MIN_LENGTH
        )
    if len(password) > MAX_LENGTH:
        raise ValidationError(
            "password", QT_TRANSLATE_NOOP("ValidationError", "At most {n} characters"), n=MAX_LENGTH
        )
    if len(set(password)) == 1 or (username and password.strip().casefold() == username.strip().casefold()):
        raise ValidationError(
            "password", QT_TRANSLATE_NOOP("ValidationError", "This password is too easy to guess")
        )
    if old_password is not None and password == old_password:
        raise ValidationError(
            "password", QT_TRANSLATE_NOOP("ValidationError", "The new password must differ from the old one")
        )
