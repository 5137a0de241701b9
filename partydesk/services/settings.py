"""Office settings stored as JSON by key (compliance rules, backup reminder, language)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select

from partydesk.domain.compliance import ComplianceRules
from partydesk.services import audit
from partydesk.services.access import Permission, require
from partydesk.store.db import Database
from partydesk.store.models import Setting

COMPLIANCE_RULES = "compliance_rules"


def get(db: Database, key: str, default: Any = None) -> Any:
    setting = Setting.__table__.c  # table columns: the status bar reads settings at start, before any mapper
    with db.read() as session:
        raw = session.scalar(select(setting.value).where(setting.key == key))
    return default if raw is None else json.loads(raw)


def put(db: Database, key: str, value: Any) -> None:
    put_all(db, {key: value})


def put_all(db: Database, values: dict[str, Any]) -> None:
    """Several settings in one transaction: all are stored, or none."""
    require(db, Permission.SETTINGS)
    with db.write() as session:
        for key, value in values.items():
            setting = session.get(Setting, key) or Setting(key=key)
            setting.value = json.dumps(value, ensure_ascii=False)
            session.add(setting)
            audit.record(session, db.actor, "setting.change", "setting", "", {"key": key})


def compliance_rules(db: Database) -> ComplianceRules:
    """The office's rules: regulation defaults overridden by the office's own settings."""
    stored = get(db, COMPLIANCE_RULES)
    return ComplianceRules.from_dict(stored) if stored else ComplianceRules()


def save_compliance_rules(db: Database, rules: ComplianceRules) -> None:
    put(db, COMPLIANCE_RULES, rules.to_dict())


def compliance_values(rules: ComplianceRules) -> dict[str, Any]:
    """The rules as `put_all` stores them (to save them with other settings at once)."""
    return {COMPLIANCE_RULES: rules.to_dict()}
