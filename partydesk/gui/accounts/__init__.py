"""Accounts in the window: sign-in, password change, account manager, audit viewer, idle lock."""
