"""Transfer packages (.pdpkg): one office's or branch's changed records carried between offices.

The public API of the package. Inside: writing a package (package), receiving one and settling
conflicts (receive), merging rows by uuid (merge), which tables travel and how (rows).
"""

from partydesk.services.transfer.package import PACKAGE_SUFFIX, ExportResult, export_package, session_office
from partydesk.services.transfer.receive import KEEP_LOCAL, TAKE_INCOMING, Conflict, ImportResult, import_package, list_conflicts, resolve_conflict

__all__ = [
    "KEEP_LOCAL", "PACKAGE_SUFFIX", "TAKE_INCOMING", "Conflict", "ExportResult", "ImportResult",
    "export_package", "import_package", "list_conflicts", "resolve_conflict", "session_office",
]
