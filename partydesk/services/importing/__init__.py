"""Import from the spreadsheets offices keep: the use cases and the report shapes in one place.

The public API of the package. The roster (花名册) in roster, attendance from sign-in sheets
(签到表) in attendance; file reading in sheets, header detection in headers, cell reading in
cells, branches and groups named in a roster in places, the shared row walk in common.
"""

from __future__ import annotations

from partydesk.services.importing.attendance import preview_attendance_import, run_attendance_import
from partydesk.services.importing.common import Action, ImportPreview, ImportRejected, ImportResult, RowOutcome
from partydesk.services.importing.headers import ATTENDANCE_HEADERS, IGNORE, ROSTER_HEADERS, import_field_label
from partydesk.services.importing.roster import preview_roster_import, run_roster_import
from partydesk.services.importing.vanguard import VANGUARD_KINDS, preview_vanguard_import, run_vanguard_import

__all__ = [
    "ATTENDANCE_HEADERS", "IGNORE", "ROSTER_HEADERS", "import_field_label",
    "Action", "ImportPreview", "ImportRejected", "ImportResult", "RowOutcome",
    "preview_attendance_import", "preview_roster_import", "run_attendance_import", "run_roster_import",
    "VANGUARD_KINDS", "preview_vanguard_import", "run_vanguard_import",
]
