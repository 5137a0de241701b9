"""Renaming the office, a branch or a Party group: checked, audited, and seen by the transfer (updated_at)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from partydesk.domain.actor import Actor
from partydesk.domain.enums import Role
from partydesk.domain.errors import PermissionDenied, ValidationError
from partydesk.services import offices
from partydesk.store.models import AuditEvent, Branch


def test_branches_and_groups_are_renamed_and_the_change_is_logged(db):
    branch = offices.list_branches(db)[0]
    group = offices.create_group(db, branch.uuid, "一组")
    with db.read() as session:
        before = session.scalar(select(Branch.updated_at).where(Branch.uuid == branch.uuid))
    offices.rename_branch(db, branch.uuid, "第一党支部（老年）")
    offices.rename_group(db, group.uuid, "第一党小组")
    assert offices.list_branches(db)[0].name == "第一党支部（老年）"
    assert [g.name for g in offices.list_groups(db)] == ["第一党小组"]
    with db.read() as session:
        assert session.scalar(select(Branch.updated_at).where(Branch.uuid == branch.uuid)) >= before
        actions = session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)).all()
    assert actions[-2:] == ["branch.rename", "party_group.rename"]


def test_an_empty_or_too_long_name_is_refused_and_changes_nothing(db):
    branch = offices.list_branches(db)[0]
    for name in ("  ", "支" * 101):
        with pytest.raises(ValidationError) as error:
            offices.rename_branch(db, branch.uuid, name)
        assert error.value.field == "branch"
    with pytest.raises(ValidationError):
        offices.rename_office(db, "")
    assert offices.list_branches(db)[0].name == branch.name
    assert offices.local_office(db).name == "测试社区党委"


def test_only_who_may_change_settings_renames_the_office(db):
    db.actor = Actor("clerk", Role.CLERK, "")
    with pytest.raises(PermissionDenied):
        offices.rename_office(db, "新湖社区党委")
    offices.rename_branch(db, offices.list_branches(db)[0].uuid, "第一党支部（老年）")  # records: a clerk may
