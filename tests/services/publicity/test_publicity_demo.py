"""The demo office comes with a consent register: most named, fewer photographed, some never asked."""

from __future__ import annotations

from partydesk.services import publicity, roster
from partydesk.services.roster import MemberQuery


def test_the_demo_office_has_consents_of_every_kind(demo_db):
    members = roster.query_members(demo_db, MemberQuery(limit=60)).rows
    answers = [publicity.current_consent(demo_db, member.uuid) for member in members]
    assert any(a.name and a.photo for a in answers) and any(a.name and not a.photo for a in answers)
    assert any(not a.name for a in answers)
    with_history = [m for m in members if publicity.consent_history(demo_db, m.uuid)]
    assert 0 < len(with_history) < len(members)
