"""Export the roster, activities with attendance, service entries, talks and 党费 payments to .xlsx or CSV.

The public API of the package. Inside: what the roster and service exports select (tables),
activities and their attendance (activities), talks with confidential ones withheld (talks),
党费 payments (dues), what every export shares (files), and how a table is written to a workbook
set up to print or to a CSV file, never as a formula, with the blank import template (sheets).
"""

from partydesk.services.exporting.activities import ACTIVITY_COLUMNS, ATTENDANCE_COLUMNS
from partydesk.services.exporting.dues import PAYMENT_COLUMNS, export_dues
from partydesk.services.exporting.tables import (
    EXPORTS,
    ExportResult,
    export_activities,
    export_roster,
    export_services,
    export_talks,
    export_template,
)
from partydesk.services.exporting.vanguard import export_vanguard

__all__ = [
    "ACTIVITY_COLUMNS", "ATTENDANCE_COLUMNS", "PAYMENT_COLUMNS", "export_dues",
    "EXPORTS", "ExportResult", "export_activities", "export_roster", "export_services", "export_talks",
    "export_template", "export_vanguard",
]
