"""Roster tab: members table, member dialog, status change, member page."""
