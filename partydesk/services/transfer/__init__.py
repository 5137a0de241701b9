"""Transfer packages (.pdpkg): one office's or branch's changed records carried between offices.

The public API of the package. Inside: writing a package (package), receiving one and settling
conflicts (receive), merging rows by uuid (merge), recognising records both offices hold under
other uuids (link), conflicts and skipped rows in words (describe), which tables travel (rows).
"""

from partydesk.services.transfer.describe import FieldDifference, field_words, skip_reason, table_label
from partydesk.services.transfer.package import PACKAGE_SUFFIX, ExportResult, export_package, session_office
from partydesk.services.transfer.receive import (
    KEEP_LOCAL,
    TAKE_INCOMING,
    Conflict,
    ImportResult,
    import_package,
    list_conflicts,
    resolve_conflict,
    resolve_conflicts,
)
from partydesk.services.transfer.rows import RAW, TABLES

__all__ = [
    "KEEP_LOCAL", "PACKAGE_SUFFIX", "RAW", "TABLES", "TAKE_INCOMING", "Conflict", "ExportResult", "FieldDifference",
    "ImportResult", "export_package", "field_words", "import_package", "list_conflicts", "resolve_conflict",
    "resolve_conflicts", "session_office", "skip_reason", "table_label",
]
