"""Alembic environment: runs on the connection partydesk hands over, or on the ini's URL."""

from alembic import context
from sqlalchemy import engine_from_config, pool

from partydesk.store import models  # noqa: F401 - registers the tables
from partydesk.store.base import Base

config = context.config
target_metadata = Base.metadata


def run_on(connection) -> None:
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run_on(connection)
else:
    engine = engine_from_config(
        config.get_section(config.config_ini_section, {}), prefix="sqlalchemy.", poolclass=pool.NullPool
    )
    with engine.connect() as conn:
        run_on(conn)
