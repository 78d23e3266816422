"""Renovation filings (装修备案), their checklist, workers, inspections, and temporary passes (临时出入卡).

Status changes are append-only events (``filing_event``, ``pass_event``); the current state is cached on the
filing and the pass. Money (deposit, fees, refunds) lives in ``money.py`` and points back at the filing.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint, false, text
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.db.models.base import Base, EventRow, Tracked, id_column
from desk_app.db.types import UTCDateTime


class RenovationFiling(Base, Tracked):
    __tablename__ = "renovation_filing"
    __table_args__ = (
        UniqueConstraint("number"),
        Index("ix_renovation_filing_unit", "unit_id", "created_at"),
        Index("ix_renovation_filing_status", "status", "current_end"),
    )
    id: Mapped[str] = id_column()
    number: Mapped[str] = mapped_column(String(30))  # ZX-A1-2026-000012
    unit_id: Mapped[str] = mapped_column(String(36), ForeignKey("unit.id"))
    unit_code: Mapped[str] = mapped_column(String(40))  # denormalised for lists and printouts
    owner_person_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("person.id"))
    owner_name: Mapped[str] = mapped_column(String(60))
    owner_phone: Mapped[str] = mapped_column(String(30), default="")
    # Who came to the desk: the owner, or someone the owner authorised (the authorisation is recorded).
    applicant_person_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("person.id"))
    applicant_name: Mapped[str] = mapped_column(String(60), default="")
    applicant_relation: Mapped[str] = mapped_column(String(20), default="owner")  # owner / authorised
    authorisation_note: Mapped[str] = mapped_column(Text, default="")
    contractor_company: Mapped[str] = mapped_column(String(100))
    contractor_licence_no: Mapped[str] = mapped_column(String(40), default="")  # 营业执照 统一社会信用代码
    contractor_qualification_no: Mapped[str] = mapped_column(String(40), default="")  # 资质证书编号
    responsible_name: Mapped[str] = mapped_column(String(60))
    responsible_phone: Mapped[str] = mapped_column(String(30))
    responsible_id_number: Mapped[str] = mapped_column(String(18), default="")  # shown masked
    responsible_photo_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("attachment.id"))
    scope: Mapped[str] = mapped_column(Text, default="")  # 装修项目及范围
    waterproof_touched: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    planned_start: Mapped[date] = mapped_column(Date)
    planned_end: Mapped[date] = mapped_column(Date)  # as first approved
    current_end: Mapped[date] = mapped_column(Date)  # after extensions
    status: Mapped[str] = mapped_column(String(20), default="draft")
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    approved_by: Mapped[str | None] = mapped_column(String(36))
    approved_by_name: Mapped[str] = mapped_column(String(60), default="")
    officer_name: Mapped[str] = mapped_column(String(60), default="")  # 装修负责人 printed on the permit
    officer_phone: Mapped[str] = mapped_column(String(30), default="")
    notified_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    notified_how: Mapped[str] = mapped_column(String(40), default="")
    completion_result: Mapped[str | None] = mapped_column(String(20))  # latest completion inspection
    downstairs_signed_by: Mapped[str] = mapped_column(String(60), default="")  # 楼下业主 who signed: no leak
    downstairs_signed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    deposit_due_fen: Mapped[int] = mapped_column(Integer, default=0)
    fees_due_fen: Mapped[int] = mapped_column(Integer, default=0)
    tax_state: Mapped[str] = mapped_column(String(40), default="")  # 税务状态, noted on the archive cover
    notes: Mapped[str] = mapped_column(Text, default="")


class FilingDocument(Base, Tracked):
    """One line of the checklist: received or not, optionally with a scan or photo."""

    __tablename__ = "filing_document"
    __table_args__ = (UniqueConstraint("filing_id", "kind"),)
    id: Mapped[str] = id_column()
    filing_id: Mapped[str] = mapped_column(String(36), ForeignKey("renovation_filing.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    received: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    received_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    received_by_name: Mapped[str] = mapped_column(String(60), default="")
    attachment_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("attachment.id"))
    note: Mapped[str] = mapped_column(String(200), default="")


class FilingWorker(Base, Tracked):
    """A worker of the contractor on this filing (施工人员登记表); removed workers are archived."""

    __tablename__ = "filing_worker"
    id: Mapped[str] = id_column()
    filing_id: Mapped[str] = mapped_column(String(36), ForeignKey("renovation_filing.id"), index=True)
    name: Mapped[str] = mapped_column(String(60))
    id_number: Mapped[str] = mapped_column(String(18), default="")  # shown masked
    phone: Mapped[str] = mapped_column(String(30), default="")
    trade: Mapped[str] = mapped_column(String(30), default="")
    photo_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("attachment.id"))


class FilingEvent(Base, EventRow):
    __tablename__ = "filing_event"
    __table_args__ = (Index("ix_filing_event_filing", "filing_id", "at"),)
    id: Mapped[str] = id_column()
    filing_id: Mapped[str] = mapped_column(String(36), ForeignKey("renovation_filing.id"))
    by_name: Mapped[str] = mapped_column(String(60), default="")
    detail_json: Mapped[str] = mapped_column(Text, default="{}")  # what changed (new end, document kind …)
    note: Mapped[str] = mapped_column(Text, default="")


class Inspection(Base, Tracked):
    """巡查 / 完工核查: a record once made is not edited (a new inspection corrects it)."""

    __tablename__ = "inspection"
    __table_args__ = (Index("ix_inspection_filing", "filing_id", "inspected_at"),)
    id: Mapped[str] = id_column()
    filing_id: Mapped[str] = mapped_column(String(36), ForeignKey("renovation_filing.id"))
    kind: Mapped[str] = mapped_column(String(20))  # patrol / completion
    inspected_at: Mapped[datetime] = mapped_column(UTCDateTime())
    inspector_name: Mapped[str] = mapped_column(String(60))
    result: Mapped[str] = mapped_column(String(20))  # passed / failed / noted
    findings: Mapped[str] = mapped_column(Text, default="")
    violation: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    violation_note: Mapped[str] = mapped_column(Text, default="")


class TempPass(Base, Tracked):
    __tablename__ = "temp_pass"
    __table_args__ = (
        UniqueConstraint("number"),
        Index("ix_temp_pass_filing", "filing_id"),
        # The "expiring / expired and not returned" list reads only passes still out.
        Index("ix_temp_pass_active", "valid_until", sqlite_where=text("status = 'active'")),
    )
    id: Mapped[str] = id_column()
    number: Mapped[str] = mapped_column(String(30))  # CR-A1-2026-000345
    filing_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("renovation_filing.id"))
    worker_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("filing_worker.id"))
    holder_kind: Mapped[str] = mapped_column(String(20), default="worker")
    name: Mapped[str] = mapped_column(String(60))
    id_number_masked: Mapped[str] = mapped_column(String(30), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    company: Mapped[str] = mapped_column(String(100), default="")
    trade: Mapped[str] = mapped_column(String(30), default="")
    unit_code: Mapped[str] = mapped_column(String(40), default="")
    photo_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("attachment.id"))
    valid_from: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date] = mapped_column(Date)  # after extensions
    extended_until: Mapped[date | None] = mapped_column(Date)  # set by an extension: printed 延期至 …
    status: Mapped[str] = mapped_column(String(20), default="active")
    settled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())  # returned / lost / void
    lost_fee_fen: Mapped[int] = mapped_column(Integer, default=0)
    print_count: Mapped[int] = mapped_column(Integer, default=0)


class PassEvent(Base, EventRow):
    __tablename__ = "pass_event"
    __table_args__ = (Index("ix_pass_event_pass", "pass_id", "at"),)
    id: Mapped[str] = id_column()
    pass_id: Mapped[str] = mapped_column(String(36), ForeignKey("temp_pass.id"))
    by_name: Mapped[str] = mapped_column(String(60), default="")
    detail_json: Mapped[str] = mapped_column(Text, default="{}")
    note: Mapped[str] = mapped_column(Text, default="")
