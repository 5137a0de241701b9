"""SQLAlchemy models, engine and migrations. Imported by services only."""
