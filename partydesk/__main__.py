"""`python -m partydesk`: the GUI, or the CLI when given a command."""

from partydesk.cli.main import main

if __name__ == "__main__":
    raise SystemExit(main())
