"""Deposit refunds (装修保证金退还, seed 000 篇5 六): the checks, the refund voucher (退款凭证 TK-…), its void.

The clerk scans the deposit receipt's QR code (or types its number); ``refund_check`` finds the receipt and
its filing, sums what earlier refunds already paid back or kept, suggests deductions for lost passes whose
fee was never collected, and lists every unmet condition. ``issue_refund`` re-checks all of it in the
inserting transaction, so a refund is never issued on a stale screen. Refunds are append-only: amounts,
payee and method never change; a void keeps the number.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.db.models import (
    DayClose,
    FilingEvent,
    PrintJob,
    Refund,
    RefundDeduction,
    RenovationFiling,
)
from desk_app.domain.errors import DomainError
from desk_app.domain.numbering import DocType
from desk_app.domain.receipts import check_not_closed, check_payment
from desk_app.domain.refunds import Deduction, plan_refund
from desk_app.domain.renovation import FilingEventKind, FilingStatus
from desk_app.domain.roles import Permission
from desk_app.services import audit, numbering
from desk_app.services.archive.validation import FieldCollector, optional_text, required
from desk_app.services.context import OpResult, ServiceContext
from desk_app.services.money.refund_checks import (
    RefundCheck,
    RefundStatus,
    check_state,
    deposit_receipt_number,
    refund_check,
)
from desk_app.services.tracking import new_row, touch

__all__ = [
    "RefundCheck",
    "RefundDTO",
    "RefundInput",
    "deposit_receipt_number",
    "get_refund",
    "issue_refund",
    "list_refunds",
    "record_print",
    "refund_check",
    "void_refund",
]

CHANGES = frozenset({"refund", "renovation_filing"})
DOC_TYPE = "refund"


@dataclass(frozen=True)
class RefundInput:
    receipt_ref: str  # a scanned ``RC|number|fen|mac`` or a typed receipt number
    permit_presented: bool
    deductions: Sequence[Deduction]
    amount_fen: int | None  # None: everything left after the deductions
    method: str
    reference: str
    payee_name: str
    receipt_presented: bool = True


@dataclass(frozen=True)
class RefundDTO:
    id: str
    number: str
    refunded_at: datetime
    receipt_id: str
    receipt_number: str
    filing_id: str | None
    unit_code: str
    payee_name: str
    paid_fen: int  # the deposit on the original receipt
    deducted_fen: int  # kept by this refund
    refunded_fen: int  # paid back by this refund
    method: str
    reference: str
    clerk_name: str
    status: str
    void_reason: str
    voided_at: datetime | None
    print_count: int
    deductions: tuple[Deduction, ...]

    @property
    def void(self) -> bool:
        return self.status == RefundStatus.VOID


def _dto(s: Session, row: Refund) -> RefundDTO:
    deductions = s.scalars(
        select(RefundDeduction).where(RefundDeduction.refund_id == row.id).order_by(RefundDeduction.id)
    ).all()
    return RefundDTO(
        id=row.id,
        number=row.number,
        refunded_at=row.refunded_at,
        receipt_id=row.receipt_id,
        receipt_number=row.receipt_number,
        filing_id=row.filing_id,
        unit_code=row.unit_code,
        payee_name=row.payee_name,
        paid_fen=row.paid_fen,
        deducted_fen=row.deducted_fen,
        refunded_fen=row.refunded_fen,
        method=row.method,
        reference=row.reference,
        clerk_name=row.clerk_name,
        status=row.status,
        void_reason=row.void_reason,
        voided_at=row.voided_at,
        print_count=row.print_count,
        deductions=tuple(Deduction(d.reason, d.amount_fen, d.note) for d in deductions),
    )


def get_refund(ctx: ServiceContext, refund_id: str) -> RefundDTO:
    ctx.require(Permission.TAKE_PAYMENTS)
    with ctx.db.read() as s:
        return _dto(s, _refund(s, refund_id))


def list_refunds(
    ctx: ServiceContext, filing_id: str | None = None, receipt_id: str | None = None
) -> list[RefundDTO]:
    """Refunds, newest first, of one filing or one receipt (or all)."""
    ctx.require(Permission.TAKE_PAYMENTS)
    query = select(Refund).order_by(Refund.refunded_at.desc(), Refund.number.desc())
    if filing_id is not None:
        query = query.where(Refund.filing_id == filing_id)
    if receipt_id is not None:
        query = query.where(Refund.receipt_id == receipt_id)
    with ctx.db.read() as s:
        return [_dto(s, row) for row in s.scalars(query).all()]


# --- writing -------------------------------------------------------------------------------------------------


def _closed_until(s: Session, ctx: ServiceContext) -> datetime | None:
    """The end of this desk's last day-close: money records up to it are locked."""
    return s.scalar(select(func.max(DayClose.period_to)).where(DayClose.origin_desk_id == ctx.desk_id))


def _filing_event(
    s: Session, ctx: ServiceContext, filing: RenovationFiling, kind: str, detail: Mapping[str, object]
) -> None:
    s.add(
        FilingEvent(
            site_id=ctx.site_id,
            at=ctx.now(),
            by_user=ctx.actor_id,
            origin_desk_id=ctx.desk_id,
            kind=kind,
            filing_id=filing.id,
            by_name=ctx.actor.display_name if ctx.actor else "",
            detail_json=json.dumps(detail, ensure_ascii=False),
        )
    )


def _validate(data: RefundInput) -> None:
    f = FieldCollector()
    f.check("payee_name", lambda: required(data.payee_name, 60))
    f.check("reference", lambda: optional_text(data.reference, 60))
    for d in data.deductions:
        if len(d.note) > 200:
            f.fail("deductions", "field.too_long")
    f.raise_if_any()
    check_payment(data.method, data.reference)


def issue_refund(ctx: ServiceContext, data: RefundInput) -> OpResult[RefundDTO]:
    """The refund voucher, numbered TK-… in this transaction; refused with ``refund.blocked`` (params
    ``count`` and ``blockers``) while a condition is unmet. When the deposit is used up (refunded + deducted
    = paid), the filing becomes REFUNDED with its "refunded" event."""
    actor = ctx.require(Permission.REFUND_DEPOSITS)
    _validate(data)
    with ctx.db.write() as s:
        check, receipt, filing = check_state(
            s,
            ctx,
            data.receipt_ref,
            permit_presented=data.permit_presented,
            receipt_presented=data.receipt_presented,
        )
        if check.blockers:
            raise DomainError("refund.blocked", count=len(check.blockers), blockers=check.blockers)
        plan = plan_refund(
            paid_fen=check.paid_fen,
            already_refunded_fen=check.refunded_fen,
            already_deducted_fen=check.deducted_fen,
            deductions=data.deductions,
            amount_fen=data.amount_fen,
        )
        now = ctx.now()
        check_not_closed(now, _closed_until(s, ctx))
        number = numbering.allocate(s, ctx, DocType.REFUND)
        row = new_row(
            ctx,
            Refund(
                number=str(number),
                refunded_at=now,
                receipt_id=receipt.id,
                receipt_number=receipt.number,
                filing_id=filing.id,
                unit_code=filing.unit_code,
                payee_name=data.payee_name.strip(),
                paid_fen=receipt.deposit_fen,
                deducted_fen=plan.deducted_fen,
                refunded_fen=plan.refunded_fen,
                method=data.method,
                reference=data.reference.strip(),
                clerk_name=actor.display_name,
                status=RefundStatus.ISSUED,
                print_count=0,
            ),
        )
        s.add(row)
        s.flush()
        for d in data.deductions:
            s.add(
                RefundDeduction(
                    refund_id=row.id, reason=d.reason, note=d.note.strip(), amount_fen=d.amount_fen
                )
            )
        if plan.consumes_deposit:
            detail = {"refund": row.number, "receipt": receipt.number, "from": filing.status}
            _filing_event(s, ctx, filing, FilingEventKind.REFUNDED, detail)
            filing.status = FilingStatus.REFUNDED
            touch(ctx, filing)
        audit.record(s, ctx, "refund", row.id, "create", summary=f"{row.number} ← {receipt.number}")
        s.flush()
        return OpResult(_dto(s, row), CHANGES)


def _refund(s: Session, refund_id: str) -> Refund:
    row = s.get(Refund, refund_id)
    if row is None:
        raise DomainError("record.not_found", kind="refund")
    return row


def void_refund(ctx: ServiceContext, refund_id: str, reason: str) -> OpResult[RefundDTO]:
    """作废: keeps the number, gives the money back to the deposit, and reopens a filing this refund closed."""
    actor = ctx.require(Permission.VOID_RECEIPTS)
    with ctx.db.write() as s:
        row = _refund(s, refund_id)
        if row.status == RefundStatus.VOID:
            raise DomainError("refund.already_void")
        if not reason.strip():
            raise DomainError("refund.void_reason_required")
        check_not_closed(row.refunded_at, _closed_until(s, ctx))
        row.status = RefundStatus.VOID
        row.void_reason = reason.strip()[:200]
        row.voided_at = ctx.now()
        touch(ctx, row)
        filing = s.get(RenovationFiling, row.filing_id) if row.filing_id else None
        if filing is not None and filing.status == FilingStatus.REFUNDED:
            # Back to the state before the refund that closed it (kept on that event).
            closing = s.scalars(
                select(FilingEvent)
                .where(FilingEvent.filing_id == filing.id, FilingEvent.kind == FilingEventKind.REFUNDED)
                .order_by(FilingEvent.at.desc())
            ).first()
            previous = json.loads(closing.detail_json).get("from") if closing else None
            filing.status = previous or FilingStatus.INSPECTED
            touch(ctx, filing)
            detail = {"refund": row.number, "voided": True, "status": filing.status}
            _filing_event(s, ctx, filing, FilingEventKind.NOTE, detail)
        audit.record(
            s,
            ctx,
            "refund",
            row.id,
            "void",
            summary=f"{row.number}: {row.void_reason} ({actor.display_name})",
        )
        return OpResult(_dto(s, row), CHANGES)


def record_print(
    ctx: ServiceContext, refund_id: str, *, paper_key: str, mode: str, copies: int, target: str
) -> OpResult[int]:
    """Log that the voucher went to ``target`` (a printer name or "pdf"); returns how many prints there were,
    so the next copy says 补打 (第 n 次)."""
    actor = ctx.require(Permission.TAKE_PAYMENTS)
    with ctx.db.write() as s:
        row = _refund(s, refund_id)
        s.add(
            PrintJob(
                site_id=ctx.site_id,
                desk_id=ctx.desk_id,
                at=ctx.now(),
                by_user=actor.user_id,
                doc_type=DOC_TYPE,
                doc_id=row.id,
                number=row.number,
                reprint_no=row.print_count,
                paper_key=paper_key,
                mode=mode,
                copies=copies,
                target=target[:100],
            )
        )
        row.print_count += 1
        return OpResult(row.print_count, frozenset({"refund"}))
