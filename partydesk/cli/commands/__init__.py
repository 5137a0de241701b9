"""One module a command; main.py discovers them and calls each module's `register(subparsers)`."""
