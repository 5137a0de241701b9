"""Import wizard (花名册, 签到表), export dialog and their Data menu actions."""

ROSTER, ATTENDANCE = "roster", "attendance"  # what the wizard imports
