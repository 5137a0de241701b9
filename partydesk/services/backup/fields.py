"""The decrypted header of a backup, field by field: each of the type and form the program relies on.

A header can be authentic (it opened with the key) and still hold what no partydesk wrote.
A bad field is refused as "damaged or not a partydesk file", naming the field.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from partydesk.services.backup.errors import BackupError

SHA256_HEX = re.compile(r"[0-9a-f]{64}")


def _iso_time(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def _count(value: Any) -> bool:
    return type(value) is int and 0 <= value < 2**63


def _optional_str(metadata: dict, key: str) -> bool:
    return isinstance(metadata.get(key, ""), str)


def checked_metadata(metadata: Any, path: object) -> dict:
    """metadata itself when every field the program reads is sound; else BackupError("damaged_part")."""
    if not isinstance(metadata, dict):
        raise BackupError("damaged_part", path=path, part="metadata")
    office = metadata.get("office") or {}
    counts = metadata.get("counts", {})
    checks = {
        "created_at": _iso_time(metadata.get("created_at")),
        "office": isinstance(office, dict) and _optional_str(office, "name") and _optional_str(office, "uuid"),
        "program_version": _optional_str(metadata, "program_version"),
        "schema_revision": _optional_str(metadata, "schema_revision"),
        "counts": isinstance(counts, dict) and all(isinstance(k, str) and _count(n) for k, n in counts.items()),
        "size": _count(metadata.get("size", 0)),
        "sha256": metadata.get("sha256", "") == "" or (isinstance(metadata.get("sha256"), str)
                                                       and SHA256_HEX.fullmatch(metadata["sha256"]) is not None),
        "checked": _optional_str(metadata, "checked"),
    }
    for part, ok in checks.items():
        if not ok:
            raise BackupError("damaged_part", path=path, part=f"metadata {part}")
    return metadata
