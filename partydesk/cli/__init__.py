"""Command-line interface over the same services as the window (ARCHITECTURE.md section 11)."""
