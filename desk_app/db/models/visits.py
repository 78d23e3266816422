"""The visit log (来访登记): one row per walk-in, with who, where, why, when in and out, and what it created.

Visitors who are not in the archive are kept on the visit itself (name, phone, company, plate, ID masked and
hashed); residents link to their ``person`` row. The plain ID number is kept only until the retention period
ends (``services/visits.purge_visitor_ids``).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.db.models.base import Base, Tracked, id_column
from desk_app.db.types import UTCDateTime


class Visit(Base, Tracked):
    __tablename__ = "visit"
    __table_args__ = (
        UniqueConstraint("number"),
        Index("ix_visit_time_in", "time_in", "id"),  # today's log, date ranges, newest first
        Index("ix_visit_purpose", "purpose", "time_in"),
        Index("ix_visit_phone", "visitor_phone", "time_in"),  # returning visitors, auto-fill
        Index("ix_visit_id_hash", "id_number_hash"),
        Index("ix_visit_name", "visitor_name", "time_in"),
        Index("ix_visit_created_record", "created_record_type", "created_record_id"),  # record → its visit
        # Visitors still on site are a handful among a million rows: the list scans only these.
        Index("ix_visit_on_site", "time_in", sqlite_where=text("time_out IS NULL")),
        # The purge finds the rows still holding a plain number.
        Index("ix_visit_id_plain", "time_in", sqlite_where=text("id_number != ''")),
    )
    id: Mapped[str] = id_column()
    number: Mapped[str] = mapped_column(String(30))  # LF-A1-2026-000123
    visitor_kind: Mapped[str] = mapped_column(String(20))
    person_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("person.id"))
    visitor_name: Mapped[str] = mapped_column(String(60))
    visitor_phone: Mapped[str] = mapped_column(String(30), default="")
    company: Mapped[str] = mapped_column(String(100), default="")
    plate: Mapped[str] = mapped_column(String(20), default="")
    id_number: Mapped[str] = mapped_column(String(30), default="")  # plain, until the purge
    id_number_masked: Mapped[str] = mapped_column(String(30), default="")
    id_number_hash: Mapped[str] = mapped_column(String(64), default="")
    id_purged_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    unit_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("unit.id"))
    purpose: Mapped[str] = mapped_column(String(20))
    party_size: Mapped[int] = mapped_column(Integer, default=1)
    notes: Mapped[str] = mapped_column(Text, default="")
    time_in: Mapped[datetime] = mapped_column(UTCDateTime())
    time_out: Mapped[datetime | None] = mapped_column(UTCDateTime())  # NULL: still on site
    handled_by: Mapped[str | None] = mapped_column(String(36))  # the clerk (user id)
    handled_by_name: Mapped[str] = mapped_column(String(60), default="")
    created_record_type: Mapped[str | None] = mapped_column(String(20))  # work_order / complaint / …
    created_record_id: Mapped[str | None] = mapped_column(String(36))
    badge_valid_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
