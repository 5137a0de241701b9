"""新媒体宣传: posters, covers and text copy for the WeChat group and the 公众号, with members' consent.

The API for the GUI and the CLI: prepare a post (preview), save it (audited, logged), read the log,
and keep the consent register.
"""

from partydesk.domain.publicity import Channel, Consent, PosterTemplate, SourceKind
from partydesk.services.publicity.consent import ConsentEntry, consent_history, current_consent, set_consent
from partydesk.services.publicity.copy import Copy
from partydesk.services.publicity.export import (
    FILES,
    LogRow,
    Prepared,
    check_publishable,
    count_in_year,
    log_page,
    prepare,
    publicity_log,
    save,
)
from partydesk.services.publicity.sources import PosterSource, SourceRef

__all__ = [
    "FILES", "Channel", "Consent", "ConsentEntry", "Copy", "LogRow", "PosterSource", "PosterTemplate", "Prepared",
    "SourceKind", "SourceRef", "check_publishable", "consent_history", "count_in_year", "current_consent", "log_page",
    "prepare", "publicity_log", "save", "set_consent",
]
