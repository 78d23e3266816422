"""Scans and photos kept in the database (a filing's documents, worker photos, inspection photos).

Kept in the same SQLite file so a backup is one file and nothing is lost when a folder moves; photos are
scaled down by the service before they are stored (a pass photo needs ~30 KB, not a 4 MB phone picture).
"""

from __future__ import annotations

from sqlalchemy import Index, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.db.models.base import Base, Tracked, id_column


class Attachment(Base, Tracked):
    __tablename__ = "attachment"
    __table_args__ = (Index("ix_attachment_owner", "owner_type", "owner_id"),)
    id: Mapped[str] = id_column()
    owner_type: Mapped[str] = mapped_column(String(30))  # renovation_filing / filing_document / worker / …
    owner_id: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(20))  # photo / scan
    filename: Mapped[str] = mapped_column(String(200), default="")
    mime: Mapped[str] = mapped_column(String(60), default="")
    size: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str] = mapped_column(String(64), default="")
    data: Mapped[bytes] = mapped_column(LargeBinary)
