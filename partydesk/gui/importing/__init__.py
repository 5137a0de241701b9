"""Import wizard (花名册, 签到表), export dialog and their Data menu actions."""
