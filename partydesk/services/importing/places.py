"""Branches and Party groups named in an imported roster: matched by name, groups created if missing."""

from __future__ import annotations

import unicodedata

from sqlalchemy import func, select

from partydesk.domain.enums import OrgKind
from partydesk.domain.errors import ValidationError
from partydesk.i18n import QT_TRANSLATE_NOOP
from partydesk.services import audit
from partydesk.services.common import stamp_new
from partydesk.store.db import Database
from partydesk.store.models import Branch, Member, PartyGroup


def _key(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split()).removeprefix("中共")


class Places:
    """Branches matched by name, default branch, Party groups found or created by name."""

    def __init__(self, session, db: Database, default_uuid: str | None):
        self.session, self.db = session, db
        rows = session.execute(
            select(Branch.id, Branch.uuid, Branch.name, Branch.kind).where(Branch.deleted_at.is_(None))
        ).all()
        self.branches = {_key(name): (bid, uuid) for bid, uuid, name, _ in rows}
        self.uuid_by_id = {bid: uuid for bid, uuid, _, _ in rows}
        plain = [(bid, uuid) for bid, uuid, _, kind in rows if kind is OrgKind.BRANCH]
        by_uuid = {uuid: (bid, uuid) for bid, uuid, _, _ in rows}
        if default_uuid:  # a uuid, or (typed at the command line) the branch's name
            self.default = by_uuid.get(default_uuid) or self.branches.get(_key(default_uuid))
        else:
            self.default = plain[0] if len(plain) == 1 else None
        if default_uuid and self.default is None:
            raise ValidationError("branch", QT_TRANSLATE_NOOP("ValidationError", "Unknown record {uuid}"),
                                  uuid=default_uuid)
        # Held here because the session keeps loaded objects only weakly: roster's per-row
        # session.get(PartyGroup) then finds them in memory instead of querying each time.
        self.loaded = list(session.scalars(select(PartyGroup).where(PartyGroup.deleted_at.is_(None))))
        self.groups = {(g.branch_id, _key(g.name)): g.uuid for g in self.loaded}
        self.created: list[str] = []

    def resolve(self, values: dict, member: Member | None = None) -> tuple[str, str | None]:
        branch = self._branch(values.get("branch"), member)
        group_name = values.get("party_group")
        if not group_name:
            keep = member is not None and member.branch_id == branch[0] and member.party_group_id is not None
            return branch[1], (member.party_group.uuid if keep else None)
        return branch[1], self._group(branch, str(group_name))

    def _branch(self, name, member: Member | None) -> tuple[int, str]:
        if name:
            key = _key(str(name))
            found = self.branches.get(key) or self._by_suffix(key)
            if found is None:
                raise ValidationError("branch", QT_TRANSLATE_NOOP(
                    "ValidationError", "No branch called “{name}”; create it first or correct the name"), name=name)
            return found
        if member is not None:
            return member.branch_id, self.uuid_by_id[member.branch_id]
        if self.default is None:
            raise ValidationError("branch", QT_TRANSLATE_NOOP(
                "ValidationError", "No branch: fill in the 所在党支部 column or choose a branch for the import"))
        return self.default

    def _by_suffix(self, key: str) -> tuple[int, str] | None:
        matches = [v for k, v in self.branches.items() if k.endswith(key) or key.endswith(k)]
        return matches[0] if len(matches) == 1 else None

    def _group(self, branch: tuple[int, str], name: str) -> str:
        key = (branch[0], _key(name))
        if key not in self.groups:
            order = self.session.scalar(select(func.count()).select_from(PartyGroup)) or 0
            group = PartyGroup(branch_id=branch[0], name=name.strip()[:100], sort_order=order)
            stamp_new(group, self.db)
            self.session.add(group)
            self.session.flush()
            audit.record(self.session, self.db.actor, "party_group.create", "party_group", group.uuid,
                         {"name": group.name, "by": "import"})
            self.groups[key] = group.uuid
            self.loaded.append(group)
            self.created.append(name.strip())
        return self.groups[key]
