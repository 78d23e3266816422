"""Declarative base and the columns every business table carries (ARCHITECTURE.md, "Data conventions")."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, MetaData, String, false
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from desk_app.db.types import UTCDateTime
from desk_app.domain.ids import uuid7

# Stable constraint names so Alembic batch migrations can find and alter them on SQLite.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def id_column() -> Mapped[str]:
    return mapped_column(String(36), primary_key=True, default=uuid7)


class Tracked:
    """Who made the row, where and when; rows are archived, never deleted."""

    site_id: Mapped[str] = mapped_column(String(36), ForeignKey("site.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[str | None] = mapped_column(String(36))
    origin_desk_id: Mapped[str | None] = mapped_column(String(36))
    archived: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class EventRow:
    """Columns of an append-only event (status changes of work orders, permits, passes …).

    Event tables get the ``append_only`` triggers (db/migrations/helpers.py): the database itself refuses
    UPDATE and DELETE, so history cannot be rewritten even by a buggy service. Current state is derived from
    the events and may be cached on the parent row.
    """

    site_id: Mapped[str] = mapped_column(String(36), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    by_user: Mapped[str | None] = mapped_column(String(36))
    origin_desk_id: Mapped[str | None] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(30))
