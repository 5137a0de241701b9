"""One module a command, each with `register(subparsers)`; COMMANDS says which module holds which command.

The table lets `partydesk report ...` import only the report module: importing every command costs
seconds on an old PC (reportlab, openpyxl ...). A new command module is added here.
"""

COMMANDS = {  # command word -> module in this package
    "account": "account",
    "audit": "audit",
    "backup": "backup",
    "compliance": "compliance",
    "consent": "publicity",
    "demo": "demo",
    "doctor": "doctor",
    "dues": "dues",
    "export": "exporting",
    "gui": "gui",
    "honours": "honours",
    "import": "importing",
    "init": "init",
    "list": "listing",
    "points": "points",
    "reminders": "reminders",
    "publicity": "publicity",
    "report": "report",
    "review": "review",
    "settings": "settings",
    "transfer": "transfer",
}
