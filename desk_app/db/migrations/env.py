"""Alembic environment: always run on a connection handed over by desk_app.db.migrate (never from a URL)."""

from __future__ import annotations

from alembic import context

from desk_app.db.models import Base

config = context.config
connection = config.attributes["connection"]


def include_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    # The FTS5 index and its shadow tables are made by hand (migrations/helpers.py), not by the models.
    return not (type_ == "table" and name is not None and name.startswith("person_fts"))


context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    include_object=include_object,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
