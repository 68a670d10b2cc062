"""Alembic environment: always run on a connection handed over by confdesk.store.

That connection is already in a transaction (confdesk.store._upgrade), with foreign keys off on
SQLite: every migration runs in it, so a process killed half-way leaves the old revision."""

from alembic import context

from confdesk.model import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table.
    compare_type=True,
    transactional_ddl=True,  # SQLite's DDL is transactional once the driver stops committing before it
)
with context.begin_transaction():
    context.run_migrations()
