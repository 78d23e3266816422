"""Receipts (收据): issue, void (作废) and print counting (补打); the reading side (DTOs, look-up, lists, the QR
check) is in ``receipt_views`` and re-exported here, so callers import one module.

A receipt's number is taken in the inserting transaction, so a refused or failed receipt leaves no gap. Its
amounts, payer and method never change (database triggers); a void is a status plus an event that keeps the
number; money of a closed shift (日结) is locked: no void reaches back into it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.db.models import FeeItem, PrintJob, Receipt, ReceiptEvent, ReceiptLine, Refund, Unit
from desk_app.domain.errors import DomainError
from desk_app.domain.numbering import DocType
from desk_app.domain.receipts import (
    FeeBasis,
    FeeCategory,
    ReceiptEventKind,
    ReceiptLineIn,
    ReceiptStatus,
    check_lines,
    check_not_closed,
    check_payment,
    check_void,
    compute_fee,
)
from desk_app.domain.roles import Permission
from desk_app.services import audit, numbering
from desk_app.services.archive.validation import FieldCollector, optional_text, required
from desk_app.services.context import OpResult, ServiceContext
from desk_app.services.money.fees import dues_for_filing, fee_items, rule_of
from desk_app.services.money.receipt_views import (
    ReceiptDTO,
    ReceiptEventDTO,
    ReceiptFilter,
    ReceiptLineDTO,
    ReceiptRow,
    VerifyResult,
    closed_until,
    find_by_number,
    get_receipt,
    list_receipts,
    load_receipt,
    receipt_dto,
    refunded_fen,
    verify_receipt,
)
from desk_app.services.tracking import new_row, touch

__all__ = [
    "AMOUNT_OVERRIDE",
    "CHANGES",
    "DOC_TYPE",
    "ReceiptDTO",
    "ReceiptEventDTO",
    "ReceiptFilter",
    "ReceiptInput",
    "ReceiptLineDTO",
    "ReceiptRow",
    "VerifyResult",
    "closed_until",
    "find_by_number",
    "get_receipt",
    "issue_receipt",
    "list_receipts",
    "record_print",
    "refunded_fen",
    "verify_receipt",
    "void_receipt",
]

CHANGES = frozenset({"receipt"})
DOC_TYPE = "receipt"  # printer profiles and print jobs
# Charging a fee of the table at another amount than the table's is a supervisor's decision.
AMOUNT_OVERRIDE = Permission.VOID_RECEIPTS


@dataclass(frozen=True)
class ReceiptInput:
    unit_id: str | None
    payer_name: str
    payer_person_id: str | None = None
    filing_id: str | None = None
    pass_id: str | None = None
    lines: Sequence[ReceiptLineIn] = ()
    method: str = "cash"
    reference: str = ""
    reason: str = ""  # 事由, printed; blank → the line names


def _event(
    s: Session, ctx: ServiceContext, r: Receipt, kind: ReceiptEventKind, note: str = "", **detail: Any
) -> None:
    s.add(
        ReceiptEvent(
            site_id=ctx.site_id,
            at=ctx.now(),
            by_user=ctx.actor_id,
            origin_desk_id=ctx.desk_id,
            kind=kind.value,
            receipt_id=r.id,
            by_name=ctx.actor.display_name if ctx.actor else "",
            detail_json=json.dumps(detail, ensure_ascii=False),
            note=note,
        )
    )


def _check_amounts(
    ctx: ServiceContext,
    lines: Sequence[ReceiptLineIn],
    items: dict[str, FeeItem],
    unit: Unit | None,
    outstanding: dict[str, int],
) -> None:
    """A fee of the table is charged at the table's amount (per-pass fees: a whole number of passes), or at
    what the filing still owes for it, unless the actor may override; typed lines without a fee code are
    free text."""
    if ctx.can(AMOUNT_OVERRIDE):
        return
    for line in lines:
        item = items.get(line.fee_code)
        if item is None or line.amount_fen == outstanding.get(line.fee_code):
            continue
        rule = rule_of(item)
        if rule.basis == FeeBasis.PER_PASS:
            each = rule.amount_fen
            if each and line.amount_fen % each == 0:
                continue
            raise DomainError("receipt.amount_not_standard", fee=item.name, standard=each)
        if rule.basis in (FeeBasis.PER_M2, FeeBasis.BY_UNIT_TYPE) and unit is None:
            raise DomainError("receipt.unit_required", fee=item.name)
        standard = compute_fee(
            rule,
            area_m2_x100=unit.area_m2_x100 if unit else None,
            unit_type=unit.unit_type if unit else "",
        )
        if line.amount_fen != standard:
            raise DomainError("receipt.amount_not_standard", fee=item.name, standard=standard)


def issue_receipt(
    ctx: ServiceContext,
    data: ReceiptInput,
    watermarks: numbering.NumberWatermarks | None = None,
    install_id: str = "",
) -> OpResult[ReceiptDTO]:
    """Take a payment: the receipt, its lines, its number and its ISSUED event in one transaction."""
    actor = ctx.require(Permission.TAKE_PAYMENTS)
    f = FieldCollector()
    payer = f.check("payer_name", lambda: required(data.payer_name, 60)) or ""
    reason = f.check("reason", lambda: optional_text(data.reason, 200)) or ""
    reference = f.check("reference", lambda: optional_text(data.reference, 60)) or ""
    f.check("reference", lambda: check_payment(data.method, reference))
    f.raise_if_any()
    lines = [ReceiptLineIn(x.name.strip(), x.amount_fen, x.fee_code.strip()) for x in data.lines]
    total = check_lines(lines)
    if any(len(x.name) > 60 for x in lines):
        raise DomainError("receipt.line_name_too_long", max=60)
    outstanding: dict[str, int] = {}
    if data.filing_id:
        outstanding = {d.fee_code: d.outstanding_fen for d in dues_for_filing(ctx, data.filing_id)}
    with ctx.db.write() as s:
        unit = s.get(Unit, data.unit_id) if data.unit_id else None
        if data.unit_id and unit is None:
            raise DomainError("record.not_found", kind="unit")
        items = {i.code: i for i in fee_items(s, ctx.site_id, include_archived=True)}
        unknown = [x.fee_code for x in lines if x.fee_code and x.fee_code not in items]
        if unknown:
            raise DomainError("receipt.fee_unknown", fee=unknown[0])
        _check_amounts(ctx, lines, items, unit, outstanding)
        deposits = [
            items[x.fee_code]
            for x in lines
            if x.fee_code and items[x.fee_code].category == FeeCategory.DEPOSIT
        ]
        deposit_fen = sum(
            x.amount_fen for x in lines if x.fee_code and items[x.fee_code].category == FeeCategory.DEPOSIT
        )
        number = numbering.allocate(s, ctx, DocType.RECEIPT, watermarks, install_id)
        r = new_row(
            ctx,
            Receipt(
                number=str(number),
                issued_at=ctx.now(),
                unit_id=unit.id if unit else None,
                unit_code=unit.code if unit else "",
                payer_person_id=data.payer_person_id,
                payer_name=payer,
                filing_id=data.filing_id,
                pass_id=data.pass_id,
                reason=reason or "、".join(x.name for x in lines)[:200],
                method=data.method,
                reference=reference,
                total_fen=total,
                deposit_fen=deposit_fen,
                refund_condition=deposits[0].refund_condition if deposits else "",
                clerk_name=actor.display_name,
                status=ReceiptStatus.ISSUED.value,
                print_count=0,
            ),
        )
        s.add(r)
        s.flush()
        for position, x in enumerate(lines, start=1):
            s.add(
                ReceiptLine(
                    receipt_id=r.id,
                    position=position,
                    fee_code=x.fee_code,
                    name=x.name,
                    amount_fen=x.amount_fen,
                )
            )
        _event(s, ctx, r, ReceiptEventKind.ISSUED, total_fen=total, method=r.method)
        audit.record(s, ctx, "receipt", r.id, "create", None, audit.snapshot(r), summary=r.number)
        s.flush()
        return OpResult(receipt_dto(s, r), CHANGES)


def void_receipt(ctx: ServiceContext, receipt_id: str, reason: str) -> OpResult[ReceiptDTO]:
    """作废: supervisors only, with a reason; the number stays; refused once the shift is closed or when a
    refund was paid against it."""
    actor = ctx.require(Permission.VOID_RECEIPTS)
    with ctx.db.write() as s:
        r = load_receipt(s, receipt_id)
        check_void(r.status, reason)
        if len(reason.strip()) > 200:
            raise DomainError("field.too_long", max=200)
        if r.day_close_id is not None:  # stamped by a close: its period is locked
            check_not_closed(r.issued_at, closed_until(s, r.origin_desk_id))
        if refunded_fen(s, r.id) or s.scalar(
            select(func.count()).select_from(Refund).where(Refund.receipt_id == r.id, Refund.status != "void")
        ):
            raise DomainError("receipt.has_refund", number=r.number)
        before = audit.snapshot(r)
        r.status = ReceiptStatus.VOID.value
        r.void_reason = reason.strip()
        r.voided_at = ctx.now()
        r.voided_by_name = actor.display_name
        touch(ctx, r)
        _event(s, ctx, r, ReceiptEventKind.VOIDED, r.void_reason)
        audit.record(s, ctx, "receipt", r.id, "void", before, audit.snapshot(r), summary=r.number)
        s.flush()
        return OpResult(receipt_dto(s, r), CHANGES)


def record_print(
    ctx: ServiceContext,
    receipt_id: str,
    *,
    target: str = "",
    paper_key: str = "a4-third",
    mode: str = "plain",
    copies: int = 3,
    session: Session | None = None,
) -> OpResult[int]:
    """Log one print of the receipt; returns its reprint number (0 = the first print, then 1, 2 … for 补打)."""
    actor = ctx.require(Permission.TAKE_PAYMENTS)
    if session is None:
        with ctx.db.write() as s:
            return record_print(
                ctx, receipt_id, target=target, paper_key=paper_key, mode=mode, copies=copies, session=s
            )
    s = session
    r = load_receipt(s, receipt_id)
    reprint_no = r.print_count
    s.add(
        PrintJob(
            site_id=ctx.site_id, desk_id=ctx.desk_id, at=ctx.now(), by_user=actor.user_id, doc_type=DOC_TYPE,
            doc_id=r.id, number=r.number, reprint_no=reprint_no, paper_key=paper_key, mode=mode, copies=copies,
            target=target[:100],
        )
    )  # fmt: skip
    r.print_count = reprint_no + 1
    kind = ReceiptEventKind.REPRINTED if reprint_no else ReceiptEventKind.PRINTED
    _event(s, ctx, r, kind, reprint_no=reprint_no, target=target[:100])
    s.flush()
    return OpResult(reprint_no, CHANGES)
