"""Who is acting: the signed-in account, or the single user of an install without accounts."""

from __future__ import annotations

from dataclasses import dataclass

from partydesk.domain.enums import Role


@dataclass(frozen=True)
class Actor:
    username: str
    role: Role
    display_name: str = ""


SINGLE_USER = Actor("local", Role.ADMIN, "")
