"""Reading receipts: the DTOs, one receipt with its lines and events, lists, and the QR check.

Split from ``receipts`` (which issues, voids and counts prints and re-exports all of this).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desk_app.db.models import DayClose, Receipt, ReceiptEvent, ReceiptLine, Refund
from desk_app.domain import qr
from desk_app.domain.errors import DomainError
from desk_app.domain.numbering import parse_number
from desk_app.domain.receipts import ReceiptStatus
from desk_app.domain.roles import Permission
from desk_app.services.context import ServiceContext
from desk_app.services.work_orders.orders import qr_secret


@dataclass(frozen=True)
class ReceiptLineDTO:
    position: int
    fee_code: str
    name: str
    amount_fen: int


@dataclass(frozen=True)
class ReceiptEventDTO:
    kind: str
    at: datetime
    by_name: str
    note: str
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ReceiptDTO:
    id: str
    number: str
    issued_at: datetime
    unit_id: str | None
    unit_code: str
    payer_name: str
    payer_person_id: str | None
    filing_id: str | None
    pass_id: str | None
    reason: str
    method: str
    reference: str
    total_fen: int
    deposit_fen: int
    refund_condition: str
    clerk_name: str
    status: str
    void_reason: str
    voided_at: datetime | None
    voided_by_name: str
    print_count: int
    desk_id: str | None
    day_close_id: str | None
    refunded_fen: int  # refunded + deducted by non-void refunds against it
    lines: tuple[ReceiptLineDTO, ...] = ()
    events: tuple[ReceiptEventDTO, ...] = ()

    @property
    def is_void(self) -> bool:
        return self.status == ReceiptStatus.VOID

    @property
    def fully_refunded(self) -> bool:
        return self.deposit_fen > 0 and self.refunded_fen >= self.deposit_fen


@dataclass(frozen=True)
class ReceiptRow:
    id: str
    number: str
    issued_at: datetime
    unit_code: str
    payer_name: str
    reason: str
    method: str
    total_fen: int
    deposit_fen: int
    status: str
    print_count: int
    clerk_name: str


@dataclass(frozen=True)
class ReceiptFilter:
    date_from: date | None = None  # local dates, inclusive
    date_to: date | None = None
    method: str | None = None
    status: str | None = None
    text: str = ""  # number, payer, unit code or reason
    unit_id: str | None = None
    filing_id: str | None = None
    desk_id: str | None = None


@dataclass(frozen=True)
class VerifyResult:
    receipt: ReceiptDTO
    genuine: bool  # a scanned code whose MAC and amount match; a typed number proves only that it exists
    void: bool
    refunded_fen: int
    fully_refunded: bool


def closed_until(s: Session, desk_id: str | None) -> datetime | None:
    """The end of ``desk_id``'s last day-close: its money up to then is locked."""
    return s.scalar(select(func.max(DayClose.period_to)).where(DayClose.origin_desk_id == desk_id))


def refunded_fen(s: Session, receipt_id: str) -> int:
    total = s.scalar(
        select(func.sum(Refund.refunded_fen + Refund.deducted_fen)).where(
            Refund.receipt_id == receipt_id, Refund.status != ReceiptStatus.VOID.value
        )
    )
    return int(total or 0)


def load_receipt(s: Session, receipt_id: str) -> Receipt:
    row = s.get(Receipt, receipt_id)
    if row is None:
        raise DomainError("record.not_found", kind="receipt")
    return row


def receipt_dto(s: Session, r: Receipt, *, full: bool = True) -> ReceiptDTO:
    lines: tuple[ReceiptLineDTO, ...] = ()
    events: tuple[ReceiptEventDTO, ...] = ()
    if full:
        lines = tuple(
            ReceiptLineDTO(x.position, x.fee_code, x.name, x.amount_fen)
            for x in s.scalars(
                select(ReceiptLine).where(ReceiptLine.receipt_id == r.id).order_by(ReceiptLine.position)
            )
        )
        events = tuple(
            ReceiptEventDTO(e.kind, e.at, e.by_name, e.note, json.loads(e.detail_json or "{}"))
            for e in s.scalars(
                select(ReceiptEvent)
                .where(ReceiptEvent.receipt_id == r.id)
                .order_by(ReceiptEvent.at, ReceiptEvent.id)
            )
        )
    return ReceiptDTO(
        r.id, r.number, r.issued_at, r.unit_id, r.unit_code, r.payer_name, r.payer_person_id, r.filing_id,
        r.pass_id, r.reason, r.method, r.reference, r.total_fen, r.deposit_fen, r.refund_condition, r.clerk_name,
        r.status, r.void_reason, r.voided_at, r.voided_by_name, r.print_count, r.origin_desk_id, r.day_close_id,
        refunded_fen(s, r.id), lines, events,
    )  # fmt: skip


def get_receipt(ctx: ServiceContext, receipt_id: str) -> ReceiptDTO:
    ctx.require(Permission.TAKE_PAYMENTS)
    with ctx.db.read() as s:
        return receipt_dto(s, load_receipt(s, receipt_id))


def find_by_number(ctx: ServiceContext, number: str) -> ReceiptDTO:
    ctx.require(Permission.TAKE_PAYMENTS)
    wanted = number.strip().upper()
    with ctx.db.read() as s:
        r = s.scalar(select(Receipt).where(Receipt.number == wanted))
        if r is None:
            raise DomainError("receipt.not_found", number=wanted)
        return receipt_dto(s, r)


def _local_start(ctx: ServiceContext, day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=ctx.timezone)


def list_receipts(ctx: ServiceContext, flt: ReceiptFilter, limit: int = 1000) -> list[ReceiptRow]:
    """Matching receipts, newest first."""
    ctx.require(Permission.TAKE_PAYMENTS)
    q = select(
        Receipt.id, Receipt.number, Receipt.issued_at, Receipt.unit_code, Receipt.payer_name, Receipt.reason,
        Receipt.method, Receipt.total_fen, Receipt.deposit_fen, Receipt.status, Receipt.print_count,
        Receipt.clerk_name,
    ).where(Receipt.site_id == ctx.site_id)  # fmt: skip
    if flt.date_from:
        q = q.where(Receipt.issued_at >= _local_start(ctx, flt.date_from))
    if flt.date_to:
        q = q.where(Receipt.issued_at < _local_start(ctx, flt.date_to + timedelta(days=1)))
    if flt.method:
        q = q.where(Receipt.method == flt.method)
    if flt.status:
        q = q.where(Receipt.status == flt.status)
    if flt.unit_id:
        q = q.where(Receipt.unit_id == flt.unit_id)
    if flt.filing_id:
        q = q.where(Receipt.filing_id == flt.filing_id)
    if flt.desk_id:
        q = q.where(Receipt.origin_desk_id == flt.desk_id)
    needle = flt.text.strip()
    if needle:
        like = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        q = q.where(
            or_(
                Receipt.number.like(like.upper(), escape="\\"),
                Receipt.payer_name.like(like, escape="\\"),
                Receipt.unit_code.like(like.upper(), escape="\\"),
                Receipt.reason.like(like, escape="\\"),
            )
        )
    q = q.order_by(Receipt.issued_at.desc(), Receipt.number.desc()).limit(limit)
    with ctx.db.read() as s:
        return [ReceiptRow(**row._asdict()) for row in s.execute(q)]


def verify_receipt(ctx: ServiceContext, text: str) -> VerifyResult:
    """The receipt behind a scanned QR (MAC and amount checked) or a typed number, with its void and
    refunded state — what the refund desk checks before paying a deposit back."""
    ctx.require(Permission.TAKE_PAYMENTS)
    scanned = text.strip()
    if not scanned:
        raise DomainError("receipt.not_found", number="")
    with ctx.db.write() as s:  # write only because the QR secret is created on first use
        secret = qr_secret(s)
    from_qr = qr.looks_like_qr(scanned)
    if from_qr:
        payload = qr.decode(secret, scanned)
        if payload.kind != "RC":
            raise DomainError("receipt.not_a_receipt")
        number = payload.number
    else:
        number = str(parse_number(scanned))
    receipt = find_by_number(ctx, number)
    if from_qr and payload.amount_fen != receipt.total_fen:
        raise DomainError("receipt.amount_mismatch", number=number)
    return VerifyResult(receipt, from_qr, receipt.is_void, receipt.refunded_fen, receipt.fully_refunded)
