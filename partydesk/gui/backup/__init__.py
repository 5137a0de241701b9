"""Backup, restore and transfer dialogs; `actions.install(window)` hooks them into the Data menu."""
