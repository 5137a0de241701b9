"""Export the roster, activities with attendance, service entries and talks to .xlsx or CSV.

The public API of the package. Inside: what each export selects (tables) and how a table is
written to a workbook or a CSV file, with the blank import template (sheets).
"""

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
    "EXPORTS", "ExportResult", "export_activities", "export_roster", "export_services", "export_talks",
    "export_template", "export_vanguard",
]
