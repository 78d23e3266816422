"""Work orders (报事/报修): categories, reusable phrases, the orders, their append-only events, and prints.

The order row caches the state derived from its events (status, due times) so lists and queues are plain
indexed queries on years of data; the events are the truth and are never updated or deleted.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint, false, text
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.db.models.base import Base, EventRow, Tracked, id_column
from desk_app.db.types import UTCDateTime


class WorkOrderCategory(Base, Tracked):
    """A node of the editable category tree (户内 / 公共区域 → 给排水, 电气 …) with what it proposes."""

    __tablename__ = "work_order_category"
    id: Mapped[str] = id_column()
    parent_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("work_order_category.id"), index=True
    )
    name: Mapped[str] = mapped_column(String(40))
    default_department_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("department.id"))
    default_urgency: Mapped[str] = mapped_column(String(20), default="normal")
    # Per-category deadline overrides in minutes; NULL = the urgency's default (domain/deadlines.py).
    respond_minutes: Mapped[int | None] = mapped_column(Integer)
    complete_minutes: Mapped[int | None] = mapped_column(Integer)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Phrase(Base, Tracked):
    """A reusable phrase (常用语) the clerk inserts into descriptions."""

    __tablename__ = "phrase"
    id: Mapped[str] = id_column()
    scope: Mapped[str] = mapped_column(String(20), default="work_order")
    category_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("work_order_category.id"))
    text: Mapped[str] = mapped_column(String(200))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class WorkOrder(Base, Tracked):
    __tablename__ = "work_order"
    __table_args__ = (
        UniqueConstraint("number"),
        Index("ix_work_order_status_created", "status", "created_at"),
        Index("ix_work_order_unit_category", "unit_id", "category_id", "created_at"),
        Index("ix_work_order_callback_due", "status", "callback_due_at"),
        Index("ix_work_order_department", "department_id", "created_at"),
        Index("ix_work_order_created", "created_at", "id"),  # the list: newest first, ties by id
        Index("ix_work_order_returned", "returned_at"),  # monthly return-visit rate
        # Open orders are a few hundred among years of closed ones: the "open" lists scan only these.
        Index(
            "ix_work_order_open", "created_at", "id", sqlite_where=text("status NOT IN ('closed', 'voided')")
        ),
    )
    id: Mapped[str] = id_column()
    number: Mapped[str] = mapped_column(String(30))  # BX-A1-2026-000123
    unit_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("unit.id"))  # NULL: public area
    location: Mapped[str] = mapped_column(String(100), default="")  # where, for public areas (3栋大堂)
    reporter_person_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("person.id"))
    reporter_name: Mapped[str] = mapped_column(String(60))
    contact_phone: Mapped[str] = mapped_column(String(30), default="")
    channel: Mapped[str] = mapped_column(String(20))
    category_id: Mapped[str] = mapped_column(String(36), ForeignKey("work_order_category.id"))
    urgency: Mapped[str] = mapped_column(String(20))
    description: Mapped[str] = mapped_column(Text)
    appointment_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    paid: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    department_id: Mapped[str] = mapped_column(String(36), ForeignKey("department.id"))
    assignee_staff_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("staff.id"))
    assignee_name: Mapped[str] = mapped_column(String(60), default="")
    first_contact_user_id: Mapped[str | None] = mapped_column(String(36))  # 首问责任人
    incident_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("work_order.id"), index=True)
    is_repeat: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())  # 返修
    repeat_of_id: Mapped[str | None] = mapped_column(String(36))
    # Cached from the events (services/work_orders recompute them after every event).
    status: Mapped[str] = mapped_column(String(20))
    rework_count: Mapped[int] = mapped_column(Integer, default=0)
    callback_attempts: Mapped[int] = mapped_column(Integer, default=0)
    evaluation: Mapped[str | None] = mapped_column(String(20))
    returned_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    response_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    completion_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    follow_up_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    callback_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    print_count: Mapped[int] = mapped_column(Integer, default=0)


class WorkOrderEvent(Base, EventRow):
    """One step of a work order (dispatched, slip returned, return visit …); append-only."""

    __tablename__ = "work_order_event"
    id: Mapped[str] = id_column()
    work_order_id: Mapped[str] = mapped_column(String(36), ForeignKey("work_order.id"), index=True)
    by_name: Mapped[str] = mapped_column(String(60), default="")
    payload_json: Mapped[str] = mapped_column(Text, default="{}")


class PrintJob(Base):
    """Every time a numbered document went to paper (or PDF): counts reprints (补打) and proves what was
    printed; append-only."""

    __tablename__ = "print_job"
    __table_args__ = (Index("ix_print_job_doc", "doc_type", "doc_id"),)
    id: Mapped[str] = id_column()
    site_id: Mapped[str] = mapped_column(String(36))
    desk_id: Mapped[str | None] = mapped_column(String(36))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    by_user: Mapped[str | None] = mapped_column(String(36))
    doc_type: Mapped[str] = mapped_column(String(20))
    doc_id: Mapped[str] = mapped_column(String(36))
    number: Mapped[str] = mapped_column(String(30))
    reprint_no: Mapped[int] = mapped_column(Integer, default=0)  # 0 = the first print
    paper_key: Mapped[str] = mapped_column(String(20))
    mode: Mapped[str] = mapped_column(String(20))
    copies: Mapped[int] = mapped_column(Integer)
    target: Mapped[str] = mapped_column(String(100), default="")  # printer name, or "pdf"


class PrinterProfile(Base, Tracked):
    """How this desk prints one kind of document: printer, paper, copy mode, calibration."""

    __tablename__ = "printer_profile"
    __table_args__ = (UniqueConstraint("desk_id", "doc_type"),)
    id: Mapped[str] = id_column()
    desk_id: Mapped[str] = mapped_column(String(36), ForeignKey("desk.id"))
    doc_type: Mapped[str] = mapped_column(String(20))  # "work_order", later "receipt" …
    printer_name: Mapped[str] = mapped_column(String(100), default="")  # "" = the system default printer
    paper_key: Mapped[str] = mapped_column(String(20), default="a4-third")
    mode: Mapped[str] = mapped_column(String(20), default="plain")  # plain | carbonless
    a4_three_up: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    dx_um: Mapped[int] = mapped_column(Integer, default=0)  # calibration offsets in micrometres (no floats)
    dy_um: Mapped[int] = mapped_column(Integer, default=0)
    dpi: Mapped[int] = mapped_column(Integer, default=300)
    dot_matrix: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    paper_source: Mapped[str] = mapped_column(String(40), default="")  # e.g. "Tractor"
    copy_labels_json: Mapped[str] = mapped_column(Text, default="")  # "" = the template's default labels
