"""partydesk: offline desk for grassroots Party organization offices."""

__version__ = "0.1.0"
