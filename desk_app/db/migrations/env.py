"""Alembic environment: always run on a connection handed over by desk_app.db.migrate (never from a URL)."""

from __future__ import annotations

from alembic import context

from desk_app.db.models import Base

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
