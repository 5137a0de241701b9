"""Talks tab (谈话记录): kinds, follow-ups (overdue highlighted), confidential records."""
