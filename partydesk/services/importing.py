"""Import from the spreadsheets offices keep: the use cases and the report shapes in one place.

The roster (花名册) in importing_roster, attendance from sign-in sheets (签到表) in
importing_attendance; file reading in importing_sheets, header detection in importing_headers,
cell reading in importing_cells, the shared row walk in importing_common.
"""

from __future__ import annotations

from partydesk.services.importing_attendance import preview_attendance_import, run_attendance_import
from partydesk.services.importing_common import Action, ImportPreview, ImportRejected, ImportResult, RowOutcome
from partydesk.services.importing_roster import preview_roster_import, run_roster_import

__all__ = [
    "Action", "ImportPreview", "ImportRejected", "ImportResult", "RowOutcome",
    "preview_attendance_import", "preview_roster_import", "run_attendance_import", "run_roster_import",
]
