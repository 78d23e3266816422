"""Complaints, suggestions and praise (投诉 / 建议 / 表扬) and their append-only events.

The row caches what the events say (status, escalation level, due times, judgement) so the queues and the
monthly figures are indexed queries; the events are the truth and are never updated or deleted.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.db.models.base import Base, EventRow, Tracked, id_column
from desk_app.db.types import UTCDateTime


class Complaint(Base, Tracked):
    __tablename__ = "complaint"
    __table_args__ = (
        UniqueConstraint("number"),
        Index("ix_complaint_created", "created_at", "id"),
        Index("ix_complaint_kind_created", "kind", "created_at"),  # monthly counts
        Index("ix_complaint_category", "category", "created_at"),
        Index("ix_complaint_department", "department_id", "created_at"),
        Index("ix_complaint_praised_staff", "praised_staff_id"),
        Index(
            "ix_complaint_open",
            "level",
            "created_at",
            sqlite_where=text("status NOT IN ('closed', 'voided')"),
        ),
    )
    id: Mapped[str] = id_column()
    number: Mapped[str] = mapped_column(String(30))  # TS-A1-2026-000123
    kind: Mapped[str] = mapped_column(String(20))  # complaint / suggestion / praise
    channel: Mapped[str] = mapped_column(String(20))
    complainant_person_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("person.id"))
    complainant_name: Mapped[str] = mapped_column(String(60))
    complainant_phone: Mapped[str] = mapped_column(String(30), default="")
    unit_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("unit.id"))
    category: Mapped[str] = mapped_column(String(20))
    department_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("department.id"))
    staff_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("staff.id"))
    staff_name: Mapped[str] = mapped_column(String(60), default="")  # staff involved / praised
    praised_staff_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("staff.id"))
    content: Mapped[str] = mapped_column(Text)  # in the complainant's words
    request: Mapped[str] = mapped_column(Text, default="")  # what they ask for
    severity: Mapped[str] = mapped_column(String(20), default="normal")
    promised_reply_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    visit_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("visit.id"))
    first_contact_user_id: Mapped[str | None] = mapped_column(String(36))
    # Cached from the events.
    status: Mapped[str] = mapped_column(String(20))
    level: Mapped[int] = mapped_column(Integer, default=0)  # 0 前台 … 4 公司总部
    escalation_count: Mapped[int] = mapped_column(Integer, default=0)
    valid: Mapped[bool | None] = mapped_column(Boolean)  # 有效投诉; NULL = not judged
    valid_reason: Mapped[str] = mapped_column(String(500), default="")
    evaluation: Mapped[str | None] = mapped_column(String(20))  # last return visit
    responsible: Mapped[str] = mapped_column(String(60), default="")
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    replied_at: Mapped[datetime | None] = mapped_column(UTCDateTime())  # the first reply
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    ack_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    reply_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    print_count: Mapped[int] = mapped_column(Integer, default=0)


class ComplaintEvent(Base, EventRow):
    """One step of a complaint (acknowledged, reply, escalation, return visit …); append-only."""

    __tablename__ = "complaint_event"
    id: Mapped[str] = id_column()
    complaint_id: Mapped[str] = mapped_column(String(36), ForeignKey("complaint.id"), index=True)
    by_name: Mapped[str] = mapped_column(String(60), default="")
    payload_json: Mapped[str] = mapped_column(Text, default="{}")
