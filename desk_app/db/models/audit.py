"""The audit trail: one append-only row per create / update / archive / sensitive read."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.db.models.base import Base, id_column
from desk_app.db.types import UTCDateTime


class AuditEntry(Base):
    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_entity", "entity_type", "entity_id"),
        Index("ix_audit_at", "at"),
    )
    id: Mapped[str] = id_column()
    site_id: Mapped[str | None] = mapped_column(String(36))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    user_id: Mapped[str | None] = mapped_column(String(36))
    user_name: Mapped[str] = mapped_column(String(60), default="")  # kept as it was when the change was made
    desk_id: Mapped[str | None] = mapped_column(String(36))
    entity_type: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[str] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(20))  # create, update, archive, restore, reveal, login …
    summary: Mapped[str] = mapped_column(String(200), default="")
    changes_json: Mapped[str] = mapped_column(Text, default="{}")  # {"field": [old, new], …}
