"""The demo office: a realistic community Party committee for trying the program (`partydesk demo`).

The public API of the package: `populate`. Inside: the bulk writer (office) and the names,
places and texts it draws from (names).
"""

from partydesk.services.demo.office import MAX_MEMBERS, DemoSummary, populate

__all__ = ["MAX_MEMBERS", "DemoSummary", "populate"]
