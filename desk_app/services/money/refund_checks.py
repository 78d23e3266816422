"""Checking a deposit receipt for a refund (装修保证金退还, seed 000 篇5 六): which receipt, what is left of
its deposit, suggested deductions, and every unmet condition.

A scanned QR code (``RC|number|fen|mac``) proves both the paper and its sum; a typed number finds the receipt
but proves nothing, so the clerk then ticks "receipt presented". ``check_state`` is shared with
``refunds.issue_refund``, which re-runs it in the inserting transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.db.models import Receipt, Refund, RefundDeduction, RenovationFiling, TempPass, Unit
from desk_app.domain import qr
from desk_app.domain.errors import DomainError
from desk_app.domain.receipts import ReceiptStatus
from desk_app.domain.refunds import Blocker, Deduction, DeductionReason, RefundFacts, refund_blockers
from desk_app.domain.renovation import PassStatus
from desk_app.domain.roles import Permission
from desk_app.services import settings
from desk_app.services.context import ServiceContext
from desk_app.services.renovation.pass_lists import outstanding_count
from desk_app.services.work_orders.orders import qr_secret


class RefundStatus:
    ISSUED = "issued"
    VOID = "void"


@dataclass(frozen=True)
class RefundCheck:
    """Everything the refund dialog shows about a deposit receipt before money changes hands."""

    receipt_id: str
    receipt_number: str
    receipt_issued_at: datetime
    receipt_void: bool
    scanned: bool  # the QR code was scanned and verified (not just a typed number)
    payer_name: str
    unit_code: str
    filing_id: str
    filing_number: str
    filing_status: str
    owner_name: str
    paid_fen: int  # the deposit on the receipt
    refunded_fen: int  # paid back by earlier (non-void) refunds
    deducted_fen: int  # kept by earlier refunds' deductions
    suggested: tuple[Deduction, ...]  # lost passes whose fee was never collected
    blockers: tuple[Blocker, ...]

    @property
    def available_fen(self) -> int:
        return self.paid_fen - self.refunded_fen - self.deducted_fen

    @property
    def ready(self) -> bool:
        return not self.blockers


def _receipt(s: Session, ref: str) -> tuple[Receipt, bool]:
    """The receipt a scanned code or typed number names, and whether it was a verified scan."""
    text = ref.strip()
    if not text:
        raise DomainError("refund.receipt_required")
    scanned = qr.looks_like_qr(text) or text.upper().startswith("RC|")
    amount: int | None = None
    if scanned:
        payload = qr.decode(qr_secret(s), text)  # qr.invalid / qr.forged
        if payload.kind != "RC":
            raise DomainError("refund.not_a_receipt")
        number, amount = payload.number, payload.amount_fen
    else:
        number = text.upper()
    receipt = s.scalar(select(Receipt).where(Receipt.number == number))
    if receipt is None:
        raise DomainError("refund.receipt_not_found", number=number)
    if amount is not None and amount != receipt.total_fen:
        # A genuine MAC over another amount: the paper does not match the books.
        raise DomainError("refund.receipt_amount_mismatch", number=number)
    if receipt.deposit_fen <= 0:
        raise DomainError("refund.not_a_deposit", number=number)
    if receipt.filing_id is None:
        raise DomainError("refund.no_filing", number=number)
    return receipt, scanned


def earlier_totals(s: Session, receipt_id: str) -> tuple[int, int]:
    """(refunded, deducted) by the receipt's refunds that are not void."""
    row = s.execute(
        select(
            func.coalesce(func.sum(Refund.refunded_fen), 0), func.coalesce(func.sum(Refund.deducted_fen), 0)
        ).where(Refund.receipt_id == receipt_id, Refund.status != RefundStatus.VOID)
    ).one()
    return int(row[0]), int(row[1])


def _suggested(s: Session, filing_id: str) -> tuple[Deduction, ...]:
    """Lost passes with a fee that no receipt collected and no earlier refund kept (the note names the pass)."""
    lost = s.scalars(
        select(TempPass)
        .where(TempPass.filing_id == filing_id, TempPass.status == PassStatus.LOST, TempPass.lost_fee_fen > 0)
        .order_by(TempPass.number)
    ).all()
    if not lost:
        return ()
    paid = set(
        s.scalars(
            select(Receipt.pass_id).where(
                Receipt.pass_id.in_([p.id for p in lost]), Receipt.status != ReceiptStatus.VOID
            )
        )
    )
    kept_notes = s.scalars(
        select(RefundDeduction.note)
        .join(Refund, Refund.id == RefundDeduction.refund_id)
        .where(
            Refund.filing_id == filing_id,
            Refund.status != RefundStatus.VOID,
            RefundDeduction.reason == DeductionReason.LOST_PASS,
        )
    ).all()
    out = []
    for p in lost:
        if p.id in paid or any(note.startswith(p.number) for note in kept_notes):
            continue
        out.append(Deduction(DeductionReason.LOST_PASS.value, p.lost_fee_fen, f"{p.number} {p.name}"))
    return tuple(out)


def check_state(
    s: Session, ctx: ServiceContext, ref: str, *, permit_presented: bool, receipt_presented: bool
) -> tuple[RefundCheck, Receipt, RenovationFiling]:
    receipt, scanned = _receipt(s, ref)
    filing = s.get(RenovationFiling, receipt.filing_id)
    if filing is None:
        raise DomainError("refund.no_filing", number=receipt.number)
    unit = s.get(Unit, filing.unit_id)
    refunded, deducted = earlier_totals(s, receipt.id)
    facts = RefundFacts(
        status=filing.status,
        completion_result=filing.completion_result,
        move_in_date=unit.move_in_date if unit else None,
        today=ctx.local_now().date(),
        months_after_move_in=int(settings.get(ctx, "renovation.refund_months_after_move_in")),
        downstairs_signed_by=filing.downstairs_signed_by,
        downstairs_signed_at=filing.downstairs_signed_at,
        passes_outstanding=outstanding_count(s, filing.id),
        permit_presented=permit_presented,
        receipt_presented=receipt_presented or scanned,
        receipt_void=receipt.status == ReceiptStatus.VOID,
        receipt_refunded=refunded + deducted >= receipt.deposit_fen,
    )
    check = RefundCheck(
        receipt_id=receipt.id,
        receipt_number=receipt.number,
        receipt_issued_at=receipt.issued_at,
        receipt_void=receipt.status == ReceiptStatus.VOID,
        scanned=scanned,
        payer_name=receipt.payer_name,
        unit_code=filing.unit_code,
        filing_id=filing.id,
        filing_number=filing.number,
        filing_status=filing.status,
        owner_name=filing.owner_name,
        paid_fen=receipt.deposit_fen,
        refunded_fen=refunded,
        deducted_fen=deducted,
        suggested=_suggested(s, filing.id),
        blockers=tuple(refund_blockers(facts)),
    )
    return check, receipt, filing


def refund_check(
    ctx: ServiceContext, receipt_ref: str, *, permit_presented: bool, receipt_presented: bool = True
) -> RefundCheck:
    """The deposit receipt behind ``receipt_ref`` and every refund condition, met or not.

    Raises for a reference that cannot be a refundable deposit (qr.forged, refund.receipt_not_found,
    refund.not_a_deposit …); conditions the owner can still fulfil come back as ``blockers``."""
    ctx.require(Permission.TAKE_PAYMENTS)
    with ctx.db.read() as s:
        return check_state(
            s, ctx, receipt_ref, permit_presented=permit_presented, receipt_presented=receipt_presented
        )[0]


def deposit_receipt_number(ctx: ServiceContext, filing_id: str) -> str | None:
    """The filing's deposit receipt still holding money (the oldest first), to pre-fill the dialog."""
    ctx.require(Permission.TAKE_PAYMENTS)
    with ctx.db.read() as s:
        rows = s.scalars(
            select(Receipt)
            .where(Receipt.filing_id == filing_id, Receipt.deposit_fen > 0)
            .order_by(Receipt.issued_at, Receipt.number)
        ).all()
        fallback = None
        for r in rows:
            fallback = fallback or r.number
            refunded, deducted = earlier_totals(s, r.id)
            if r.status != ReceiptStatus.VOID and refunded + deducted < r.deposit_fen:
                return r.number
        return fallback
