"""Export the roster, activities with attendance, service entries and talks to .xlsx or CSV.

The public API of the package. Inside: what the roster and service exports select (tables),
activities and their attendance (activities), talks with confidential ones withheld (talks),
what every export shares (files), and how a table is written to a workbook set up to print or
to a CSV file, with the blank import template (sheets).
"""

from partydesk.services.exporting.activities import ACTIVITY_COLUMNS, ATTENDANCE_COLUMNS
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
    "ACTIVITY_COLUMNS", "ATTENDANCE_COLUMNS",
    "EXPORTS", "ExportResult", "export_activities", "export_roster", "export_services", "export_talks",
    "export_template", "export_vanguard",
]
