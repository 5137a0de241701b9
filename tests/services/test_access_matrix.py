"""Role x action matrix (issue 8) over the real service functions, not only the GUI.

admin: everything. secretary: all records incl. confidential talks and revealing IDs; no
accounts, settings, restore or audit log. clerk: records, import, masked export, backup;
no confidential talk content, no reveal, no restore, no accounts. viewer: read only.
"""

from __future__ import annotations

import importlib.util
from datetime import date

import pytest
from argon2 import PasswordHasher

from partydesk.domain.actor import Actor
from partydesk.domain.enums import ActivityKind, Role, TalkKind
from partydesk.domain.errors import PermissionDenied
from partydesk.services import accounts, audit, calendar, exporting, roster, settings, talks
from partydesk.services.access import ROLE_PERMISSIONS, Permission
from tests.services.helpers import TODAY, add_member, resident_id

ADMIN, SECRETARY, CLERK, VIEWER = Role.ADMIN, Role.SECRETARY, Role.CLERK, Role.VIEWER
EVERYONE = {ADMIN, SECRETARY, CLERK, VIEWER}
RECORD_KEEPERS = {ADMIN, SECRETARY, CLERK}
CONFIDANTS = {ADMIN, SECRETARY}
ADMINS = {ADMIN}
FULL_ID = resident_id()
PASSPHRASE = "备份口令 stick 2026"

has_backup = importlib.util.find_spec("partydesk.services.backup.restore") is not None


@pytest.fixture(autouse=True)
def fast_hasher(monkeypatch):
    monkeypatch.setattr(accounts, "HASHER", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))


@pytest.fixture
def world(db, branch_uuid, tmp_path):
    """An office with a member, an ordinary and a confidential talk, made by the single user."""
    member = add_member(db, branch_uuid, resident_id=FULL_ID, phone="13812343456")
    plain = talks.create_talk(db, talks.TalkInput(TalkKind.HEART_TO_HEART, TODAY, member, talker_name="李书记",
                                                  summary="谈了学习情况"))
    secret = talks.create_talk(db, talks.TalkInput(TalkKind.ADMONISHMENT, TODAY, member, talker_name="李书记",
                                                   summary="诫勉内容", response="表示接受", follow_up="三个月后回访"))
    return {"db": db, "branch": branch_uuid, "member": member, "plain": plain, "secret": secret, "tmp": tmp_path}


def _member_input(w, name="王芳"):
    return roster.MemberInput(name=name, branch_uuid=w["branch"], joined_on=date(2000, 7, 1), full_on=date(2001, 7, 1))


def _make_backup(w):
    from partydesk.services import backup

    w["backup"] = backup.create_backup(w["db"], w["tmp"] / "copy.pdbk", PASSPHRASE).path


def _restore(w):
    from partydesk.services.backup import restore as backup_restore

    backup_restore.restore_backup(w["db"], w["backup"], PASSPHRASE)


ACTIONS = {
    "read roster": (EVERYONE, lambda w: roster.query_members(w["db"])),
    "read member": (EVERYONE, lambda w: roster.get_member(w["db"], w["member"])),
    "read talks": (EVERYONE, lambda w: talks.query_talks(w["db"])),
    "read talk": (EVERYONE, lambda w: talks.get_talk(w["db"], w["secret"])),
    "create member": (RECORD_KEEPERS, lambda w: roster.create_member(w["db"], _member_input(w), today=TODAY)),
    "update member": (RECORD_KEEPERS, lambda w: roster.update_member(
        w["db"], w["member"], roster.get_member(w["db"], w["member"]).as_input(), today=TODAY)),
    "delete member": (RECORD_KEEPERS, lambda w: roster.delete_member(w["db"], w["member"])),
    "create activity": (RECORD_KEEPERS, lambda w: calendar.create_activity(w["db"], calendar.ActivityInput(
        kind=ActivityKind.PARTY_LECTURE, on_date=TODAY, title="党课", branch_uuid=w["branch"]))),
    "create ordinary talk": (RECORD_KEEPERS, lambda w: talks.create_talk(w["db"], talks.TalkInput(
        TalkKind.HEART_TO_HEART, TODAY, w["member"], talker_name="王", summary="…"))),
    "create confidential talk": (CONFIDANTS, lambda w: talks.create_talk(w["db"], talks.TalkInput(
        TalkKind.REMINDER, TODAY, w["member"], talker_name="王", summary="…", confidential=True))),
    "edit admonishment talk": (CONFIDANTS, lambda w: talks.update_talk(
        w["db"], w["secret"], talks.TalkInput(TalkKind.ADMONISHMENT, TODAY, w["member"], talker_name="王"))),
    "delete admonishment talk": (CONFIDANTS, lambda w: talks.delete_talk(w["db"], w["secret"])),
    "close follow-up of a confidential talk": (RECORD_KEEPERS, lambda w: talks.complete_follow_up(
        w["db"], w["secret"], TODAY)),
    "reveal resident ID": (CONFIDANTS, lambda w: roster.reveal_resident_id(w["db"], w["member"])),
    "reveal phone": (CONFIDANTS, lambda w: roster.reveal_phone(w["db"], w["member"])),
    "add account": (ADMINS, lambda w: accounts.add(w["db"], "admin2", ADMIN, "Passw0rd!!")),
    "list accounts": (ADMINS, lambda w: accounts.list_accounts(w["db"])),
    "change settings": (ADMINS, lambda w: settings.put(w["db"], accounts.LOCKOUT_SETTING, {"max_failures": 3})),
    "view audit log": (ADMINS, lambda w: audit.list_events(w["db"])),
    "verify audit log": (ADMINS, lambda w: audit.verify_chain(w["db"])),
}
def _import_roster(w):
    from partydesk.services.importing import roster as importing_roster

    sheet = w["tmp"] / "roster.csv"
    sheet.write_text("姓名,性别,入党时间,转正时间\n赵敏,女,2001-07-01,2002-07-01\n", encoding="utf-8")
    importing_roster.run_roster_import(w["db"], sheet, branch_uuid=w["branch"], today=TODAY)


ACTIONS.update({
    "export roster (masked)": (RECORD_KEEPERS, lambda w: exporting.export_roster(w["db"], w["tmp"] / "r.xlsx")),
    "export roster with full IDs": (CONFIDANTS, lambda w: exporting.export_roster(
        w["db"], w["tmp"] / "full.xlsx", full_ids=True)),
    "import roster": (RECORD_KEEPERS, _import_roster),
})
if has_backup:
    ACTIONS["create backup"] = (RECORD_KEEPERS, lambda w: __import__(
        "partydesk.services.backup.create", fromlist=["create_backup"]).create_backup(w["db"], w["tmp"], PASSPHRASE))
    ACTIONS["restore backup"] = (ADMINS, _restore)
PREPARE = {"restore backup": _make_backup}
ON_FILES = {"create backup", "restore backup"}  # backups copy the SQLite file; a server's are its administrator's


def event_count(db) -> int:
    with db.read() as session:
        from sqlalchemy import func, select

        from partydesk.store.models import AuditEvent
        return session.scalar(select(func.count()).select_from(AuditEvent))


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value.lower())
@pytest.mark.parametrize("action", [pytest.param(a, marks=pytest.mark.sqlite_only) if a in ON_FILES else a
                                    for a in ACTIONS])
def test_role_may_do_exactly_what_the_matrix_says(world, action, role):
    allowed, act = ACTIONS[action]
    db = world["db"]
    accounts.add(db, "root", ADMIN, "Passw0rd!!")  # accounts exist: single-user mode is over
    PREPARE.get(action, lambda w: None)(world)
    db.actor = Actor("user", role)
    if role in allowed:
        act(world)
    else:
        before = event_count(db)
        with pytest.raises(PermissionDenied) as denied:
            act(world)
        assert str(denied.value).startswith("Not allowed for your role")
        assert event_count(db) == before  # nothing written, not even half an action


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value.lower())
def test_confidential_talk_content_is_hidden_from_clerk_and_viewer(world, role):
    db = world["db"]
    db.actor = Actor("user", role)
    detail = talks.get_talk(db, world["secret"])
    rows = {r.uuid: r for r in talks.query_talks(db).rows}
    visible = role in CONFIDANTS
    assert detail.content_hidden is not visible and rows[world["secret"]].content_hidden is not visible
    texts = (detail.summary, detail.response, detail.follow_up, rows[world["secret"]].summary)
    if visible:
        assert texts == ("诫勉内容", "表示接受", "三个月后回访", "诫勉内容")
    else:
        assert texts == ("", "", "", "")
        # the clerk still sees that it exists, its date and its follow-up state
        secret = rows[world["secret"]]
        assert (detail.on_date, detail.kind, secret.follow_up_done) == (TODAY, TalkKind.ADMONISHMENT, None)
    assert talks.get_talk(db, world["plain"]).summary == "谈了学习情况"


def test_reading_confidential_content_and_revealing_ids_are_logged(world):
    db = world["db"]
    db.actor = Actor("li", SECRETARY)
    talks.get_talk(db, world["secret"])
    assert roster.reveal_resident_id(db, world["member"]) == FULL_ID
    db.actor = Actor("local", ADMIN)
    logged = {(e.actor, e.action, e.entity_uuid) for e in audit.list_events(db, user="li").rows}
    assert ("li", "talk.read_confidential", world["secret"]) in logged
    assert ("li", "member.reveal_id", world["member"]) in logged
    assert audit.verify_chain(db) is None


def test_the_matrix_in_access_matches_the_issue():
    assert ROLE_PERMISSIONS[ADMIN] == frozenset(Permission)
    assert ROLE_PERMISSIONS[VIEWER] == {Permission.READ}
    assert ROLE_PERMISSIONS[SECRETARY] - ROLE_PERMISSIONS[CLERK] == {
        Permission.READ_CONFIDENTIAL,
        Permission.REVEAL_ID,
        Permission.EXPORT_FULL_ID,
        Permission.SET_GRADES,
    }  # issue 17: the secretary sets 民主评议 grades, the clerk does not
    assert not ROLE_PERMISSIONS[SECRETARY] & {Permission.MANAGE_ACCOUNTS, Permission.SETTINGS, Permission.RESTORE}
    assert {Permission.EXPORT, Permission.IMPORT, Permission.BACKUP} <= ROLE_PERMISSIONS[CLERK]
