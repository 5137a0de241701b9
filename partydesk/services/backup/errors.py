"""Why a backup or transfer package cannot be written or read, in the clerk's words.

Every message of the backup, restore and transfer modules is here, under the context "Backup".
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
    # creating
    "server_db": QT_TRANSLATE_NOOP(
        "Backup", "This database is on a server; its administrator backs it up (e.g. with pg_dump)."
    ),
    "live_damaged": QT_TRANSLATE_NOOP(
        "Backup",
        "The live database failed its integrity check ({detail}); no backup was written. Run `partydesk doctor`.",
    ),
    "content_mismatch": QT_TRANSLATE_NOOP(
        "Backup", "{path} does not hold what its header says (checksum or row counts differ). Use another copy."
    ),
    "not_partydesk_db": QT_TRANSLATE_NOOP("Backup", "{path} does not contain a partydesk database."),
    # transfer packages
    "refused_row": QT_TRANSLATE_NOOP(
        "Backup", "{path} was not imported: {label}, table {table}, row {row}, {problem}. Nothing was changed."
    ),
    "damaged_part": QT_TRANSLATE_NOOP(
        "Backup", "{path} is damaged or not a partydesk file: {part} is not valid. Nothing was changed."
    ),
    # restoring
    "newer_schema": QT_TRANSLATE_NOOP(
        "Backup",
        "{path} was made by a newer version of partydesk (schema {revision}). Install that version to "
        "restore it; nothing was changed.",
    ),
    "in_use": QT_TRANSLATE_NOOP(
        "Backup", "The database is in use by another partydesk window or program; close it and try again."
    ),
    # writing files
    "disk_full": QT_TRANSLATE_NOOP(
        "Backup", "Not enough free space on {folder} (about {need} MB needed). Nothing was changed there."
    ),
    "read_only": QT_TRANSLATE_NOOP(
        "Backup", "Cannot write to {folder}: the drive is read-only or you may not write there."
    ),
    "too_big": QT_TRANSLATE_NOOP(
        "Backup", "The file is too big for the drive {folder} (FAT32 holds at most 4 GB a file)."
    ),
    "io_error": QT_TRANSLATE_NOOP(
        "Backup",
        "Writing to {folder} failed ({detail}): the stick may have been pulled out. "
        "The previous file there, if any, is unchanged.",
    ),
    "read_error": QT_TRANSLATE_NOOP("Backup", "Cannot read {path}: {detail}"),
    "no_folder": QT_TRANSLATE_NOOP("Backup", "The folder {folder} does not exist (is the stick plugged in?)."),
    # importing transfer packages
    "newer_package": QT_TRANSLATE_NOOP(
        "Backup", "{path} was made by a newer version of partydesk (schema {revision}). Update this program first."
    ),
}
KIND_NAMES = {
    KIND_BACKUP: QT_TRANSLATE_NOOP("Backup", "backup"),
    KIND_TRANSFER: QT_TRANSLATE_NOOP("Backup", "transfer package"),
}


class BackupError(PartydeskError):
    """A backup or package cannot be written or read; the message says why in plain words."""

    def __init__(self, key: str, **params: object):
        self.key = key
        self.params = params
        template = MESSAGES.get(key, key)
        super().__init__(translate("Backup", template, **params))


def kind_name(kind: int) -> str:
    return translate("Backup", KIND_NAMES.get(kind, "?"))
