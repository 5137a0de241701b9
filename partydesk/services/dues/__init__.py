"""党费 ledger: bases (核定), monthly payments and 补交, the grid, arrears and yearly totals."""

from partydesk.services.dues.records import (
    DUES_RULES,
    PaymentInput,
    PaymentResult,
    cancel_payment,
    dues_rules,
    from_fen,
    mark_paid,
    record_payment,
    save_dues_rules,
    set_base,
)
from partydesk.services.dues.views import (
    BranchTotal,
    LedgerCell,
    LedgerRow,
    arrears,
    branch_totals,
    counted_until,
    ledger,
)

__all__ = [
    "BaseImport",
    "BaseRow",
    "export_bases",
    "import_bases",
    "DUES_RULES",
    "PaymentInput",
    "PaymentResult",
    "cancel_payment",
    "dues_rules",
    "from_fen",
    "mark_paid",
    "record_payment",
    "save_dues_rules",
    "set_base",
    "BranchTotal",
    "LedgerCell",
    "LedgerRow",
    "arrears",
    "branch_totals",
    "counted_until",
    "ledger",
]


def __getattr__(name: str):
    """The spreadsheet side loads when first used: it pulls in the import and export machinery."""
    if name in ("BaseImport", "BaseRow", "export_bases", "import_bases"):
        from partydesk.services.dues import sheets

        return getattr(sheets, name)
    raise AttributeError(name)
