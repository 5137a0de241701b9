"""At start-up, when the database cannot be opened: restore a backup over it, then open the restored one."""

from __future__ import annotations

from partydesk.config import Location
from partydesk.gui.backup.dialogs import RestoreDialog
from partydesk.gui.operations import Operations
from partydesk.services import backup


def restore_at_start(location: Location) -> bool:
    """The restore dialog (automatic backups, a file from a stick, passphrase, the usual pre-restore copy)
    over the database that failed to open; True when a backup was restored."""
    db = backup.database_to_restore_over(location)
    try:
        dialog = RestoreDialog(db)
        dialog.run_task = Operations(dialog, lambda *_topics: None).run  # worker, progress and Cancel: no window yet
        dialog.exec()
        return dialog.result is not None
    finally:
        db.dispose()
