"""Money at the desk: the fee table, receipts (收据), refunds (退款) and day-closes (日结).

Money records are append-only (ARCHITECTURE.md): a receipt's amounts, payer and method never change after it
is issued (database triggers refuse it), nothing is deleted, a void is an event that keeps the number. The
cached columns that may change are the status, the print count and the day-close that locked the row.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.db.models.base import Base, EventRow, Tracked, id_column
from desk_app.db.types import UTCDateTime


class FeeItem(Base, Tracked):
    """One line of the site's fee table (收费标准), edited in settings."""

    __tablename__ = "fee_item"
    __table_args__ = (UniqueConstraint("site_id", "code"),)
    id: Mapped[str] = id_column()
    code: Mapped[str] = mapped_column(String(40))  # renovation_deposit, garbage_fee, pass_fee, …
    name: Mapped[str] = mapped_column(String(60))  # 装修保证金
    category: Mapped[str] = mapped_column(String(20))  # deposit / fee
    basis: Mapped[str] = mapped_column(String(20))  # fixed / per_m2 / by_unit_type / per_pass
    amount_fen: Mapped[int] = mapped_column(Integer, default=0)
    per_type_json: Mapped[str] = mapped_column(Text, default="{}")  # {"residence": 200000, "shop": 500000}
    renovation: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    refund_condition: Mapped[str] = mapped_column(Text, default="")  # printed on deposit receipts
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")


class Receipt(Base, Tracked):
    __tablename__ = "receipt"
    __table_args__ = (
        UniqueConstraint("number"),
        Index("ix_receipt_desk_time", "origin_desk_id", "issued_at"),  # the day-close of a desk's shift
        Index("ix_receipt_filing", "filing_id"),
        Index("ix_receipt_unit", "unit_id", "issued_at"),
    )
    id: Mapped[str] = id_column()
    number: Mapped[str] = mapped_column(String(30))  # SJ-A1-2026-000123
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime())
    unit_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("unit.id"))
    unit_code: Mapped[str] = mapped_column(String(40), default="")
    payer_person_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("person.id"))
    payer_name: Mapped[str] = mapped_column(String(60))
    filing_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("renovation_filing.id"))
    pass_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("temp_pass.id"))  # a lost-pass fee
    reason: Mapped[str] = mapped_column(String(200), default="")  # 事由, printed
    method: Mapped[str] = mapped_column(String(20))
    reference: Mapped[str] = mapped_column(String(60), default="")  # POS / transfer reference
    total_fen: Mapped[int] = mapped_column(Integer)
    deposit_fen: Mapped[int] = mapped_column(Integer, default=0)  # the refundable part of the total
    refund_condition: Mapped[str] = mapped_column(Text, default="")
    clerk_name: Mapped[str] = mapped_column(String(60), default="")
    # Cached state (events are the record): status, print count, the day-close that locked it.
    status: Mapped[str] = mapped_column(String(20), default="issued")
    void_reason: Mapped[str] = mapped_column(String(200), default="")
    voided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    voided_by_name: Mapped[str] = mapped_column(String(60), default="")
    print_count: Mapped[int] = mapped_column(Integer, default=0)
    day_close_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("day_close.id"))
    void_day_close_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("day_close.id"))


class ReceiptLine(Base):
    __tablename__ = "receipt_line"
    id: Mapped[str] = id_column()
    receipt_id: Mapped[str] = mapped_column(String(36), ForeignKey("receipt.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    fee_code: Mapped[str] = mapped_column(String(40), default="")
    name: Mapped[str] = mapped_column(String(60))
    amount_fen: Mapped[int] = mapped_column(Integer)


class ReceiptEvent(Base, EventRow):
    __tablename__ = "receipt_event"
    __table_args__ = (Index("ix_receipt_event_receipt", "receipt_id", "at"),)
    id: Mapped[str] = id_column()
    receipt_id: Mapped[str] = mapped_column(String(36), ForeignKey("receipt.id"))
    by_name: Mapped[str] = mapped_column(String(60), default="")
    detail_json: Mapped[str] = mapped_column(Text, default="{}")
    note: Mapped[str] = mapped_column(Text, default="")


class Refund(Base, Tracked):
    """A deposit refund (退款凭证), numbered TK-…, referencing the deposit receipt it pays back."""

    __tablename__ = "refund"
    __table_args__ = (
        UniqueConstraint("number"),
        Index("ix_refund_desk_time", "origin_desk_id", "refunded_at"),
        Index("ix_refund_receipt", "receipt_id"),
    )
    id: Mapped[str] = id_column()
    number: Mapped[str] = mapped_column(String(30))
    refunded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    receipt_id: Mapped[str] = mapped_column(String(36), ForeignKey("receipt.id"))
    receipt_number: Mapped[str] = mapped_column(String(30))
    filing_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("renovation_filing.id"))
    unit_code: Mapped[str] = mapped_column(String(40), default="")
    payee_name: Mapped[str] = mapped_column(String(60))
    paid_fen: Mapped[int] = mapped_column(Integer)  # the deposit on the original receipt
    deducted_fen: Mapped[int] = mapped_column(Integer, default=0)
    refunded_fen: Mapped[int] = mapped_column(Integer)  # what the owner gets back now
    method: Mapped[str] = mapped_column(String(20))
    reference: Mapped[str] = mapped_column(String(60), default="")
    clerk_name: Mapped[str] = mapped_column(String(60), default="")
    status: Mapped[str] = mapped_column(String(20), default="issued")
    void_reason: Mapped[str] = mapped_column(String(200), default="")
    voided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    print_count: Mapped[int] = mapped_column(Integer, default=0)
    day_close_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("day_close.id"))
    void_day_close_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("day_close.id"))


class RefundDeduction(Base):
    __tablename__ = "refund_deduction"
    id: Mapped[str] = id_column()
    refund_id: Mapped[str] = mapped_column(String(36), ForeignKey("refund.id"), index=True)
    reason: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(String(200), default="")
    amount_fen: Mapped[int] = mapped_column(Integer)


class DayClose(Base, Tracked):
    """日结: the desk's shift closed; every money record up to ``period_to`` is locked by it."""

    __tablename__ = "day_close"
    __table_args__ = (UniqueConstraint("number"), Index("ix_day_close_desk", "origin_desk_id", "period_to"))
    id: Mapped[str] = id_column()
    number: Mapped[str] = mapped_column(String(30))  # RJ-A1-2026-000045
    period_from: Mapped[datetime | None] = mapped_column(UTCDateTime())  # the previous close (None: first)
    period_to: Mapped[datetime] = mapped_column(UTCDateTime())
    clerk_name: Mapped[str] = mapped_column(String(60))
    handed_to_name: Mapped[str] = mapped_column(String(60), default="")
    opening_float_fen: Mapped[int] = mapped_column(Integer, default=0)
    received_fen: Mapped[int] = mapped_column(Integer, default=0)
    refunded_fen: Mapped[int] = mapped_column(Integer, default=0)
    cash_expected_fen: Mapped[int] = mapped_column(Integer, default=0)
    cash_counted_fen: Mapped[int | None] = mapped_column(Integer)
    receipt_count: Mapped[int] = mapped_column(Integer, default=0)
    refund_count: Mapped[int] = mapped_column(Integer, default=0)
    void_count: Mapped[int] = mapped_column(Integer, default=0)
    summary_json: Mapped[str] = mapped_column(Text, default="{}")  # totals by method, as printed
    notes: Mapped[str] = mapped_column(Text, default="")
