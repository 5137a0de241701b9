"""Use cases over the store: one transaction each, plain data out. No Qt here."""
