"""Why a backup or transfer package cannot be written or read, in the clerk's words.

The other backup modules add their own messages to MESSAGES (context "Backup").
"""

from __future__ import annotations

from partydesk.domain.errors import PartydeskError
from partydesk.i18n import QT_TRANSLATE_NOOP, translate

KIND_BACKUP = 1
KIND_TRANSFER = 2

MESSAGES = {
    "not_container": QT_TRANSLATE_NOOP("Backup", "{path} is not a partydesk backup or transfer package."),
    "wrong_kind": QT_TRANSLATE_NOOP("Backup", "{path} is a {found}, not a {expected}."),
    "newer_format": QT_TRANSLATE_NOOP(
        "Backup", "{path} was written by a newer version of partydesk (format {version}). Install the newer version."
    ),
    "damaged": QT_TRANSLATE_NOOP(
        "Backup", "{path} is damaged (a part of it was changed or lost). Use another copy of the backup."
    ),
    "truncated": QT_TRANSLATE_NOOP(
        "Backup", "{path} is incomplete: the copy was cut off (stick pulled out or disk full). Use another copy."
    ),
    "wrong_passphrase": QT_TRANSLATE_NOOP("Backup", "Wrong passphrase for {path}."),
    "passphrase_needed": QT_TRANSLATE_NOOP("Backup", "{path} is protected by a passphrase: enter it."),
    "local_key_missing": QT_TRANSLATE_NOOP(
        "Backup", "{path} is an automatic backup of another installation: its key is not on this computer."
    ),
    "read_back_failed": QT_TRANSLATE_NOOP(
        "Backup",
        "What was written to {folder} did not read back the same: the drive may be failing or was pulled out. "
        "The previous file there, if any, is unchanged.",
    ),
    "short_passphrase": QT_TRANSLATE_NOOP("ValidationError", "The passphrase needs at least {n} characters"),
}
KIND_NAMES = {KIND_BACKUP: QT_TRANSLATE_NOOP("Backup", "backup"), KIND_TRANSFER: QT_TRANSLATE_NOOP("Backup", "transfer package")}


class BackupError(PartydeskError):
    """A backup or package cannot be written or read; the message says why in plain words."""

    def __init__(self, key: str, **params: object):
        self.key = key
        self.params = params
        template = MESSAGES.get(key, key)
        super().__init__(translate("Backup", template, **params))


def kind_name(kind: int) -> str:
    return translate("Backup", KIND_NAMES.get(kind, "?"))
