"""Receipts and day-close handover sheets on paper, built from the database.

Rendering a receipt never writes unless ``record=True``: a preview is free; the print that goes to a printer
(or a PDF file) is counted in the same transaction as the render, so the 补打 mark it carries is the one
recorded. Printouts are Chinese whatever the UI language (they follow the paper forms).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.db.models import Desk, Receipt, ReceiptLine
from desk_app.domain import qr
from desk_app.domain.errors import DomainError
from desk_app.domain.receipts import METHOD_ZH, PaymentMethod, ReceiptStatus
from desk_app.domain.roles import Permission
from desk_app.printing import day_close as sheet
from desk_app.printing.fonts import missing_glyphs
from desk_app.printing.receipt import RECEIPT, RECEIPT_PAPERS, render_receipt
from desk_app.services import installation
from desk_app.services.context import ServiceContext
from desk_app.services.money import receipts
from desk_app.services.money.day_close import DayCloseDTO, ShiftDTO, ShiftReceipt, current_shift, get_close
from desk_app.services.printers import ProfileDTO, get_profile
from desk_app.services.work_orders.orders import qr_secret

PAPER_KEYS = frozenset(RECEIPT_PAPERS)
STATUS_ZH = {"issued": "正常", "void": "作废"}


@dataclass(frozen=True)
class ReceiptPdf:
    number: str
    pdf: bytes
    reprint_no: int  # 0 = the first print
    paper_key: str
    mode: str
    copies: int
    warnings: tuple[str, ...]  # characters the font cannot draw


def method_zh(method: str) -> str:
    try:
        return METHOD_ZH[PaymentMethod(method)]
    except ValueError:
        return method


def _local(ctx: ServiceContext, value: datetime | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    return value.astimezone(ctx.timezone).strftime(fmt) if value else ""


def receipt_data(s: Session, ctx: ServiceContext, r: Receipt, site_name: str) -> dict[str, object]:
    lines = list(  # read twice below: the items and the 事由 check
        s.scalars(select(ReceiptLine).where(ReceiptLine.receipt_id == r.id).order_by(ReceiptLine.position))
    )
    return {
        "kind": "receipt",
        "site_name": site_name,
        "number": r.number,
        "date": _local(ctx, r.issued_at, "%Y年%m月%d日"),
        "payer": r.payer_name,
        "unit": r.unit_code,
        "method": method_zh(r.method),
        "method_ref": r.reference,
        "clerk": r.clerk_name,
        "qr": qr.encode_receipt(qr_secret(s), r.number, r.total_fen),
        "items": [(x.name, x.amount_fen) for x in lines],
        "refund_condition": r.refund_condition,
        "note": "" if r.reason == "、".join(x.name for x in lines) else f"事由：{r.reason}",
        "total_fen": r.total_fen,
    }


def receipt_pdf(
    ctx: ServiceContext,
    receipt_id: str,
    *,
    paper_key: str | None = None,
    mode: str | None = None,
    a4_three_up: bool | None = None,
    record: bool = False,
    target: str = "",
    profile: ProfileDTO | None = None,
) -> ReceiptPdf:
    """The receipt 一式三联 as the next print looks (作废 stamp on a void one, 补打 on reprints); with
    ``record`` the print is counted (``target``: the printer name, or "pdf")."""
    ctx.require(Permission.TAKE_PAYMENTS)
    profile = profile or get_profile(ctx, receipts.DOC_TYPE)
    paper = paper_key or (profile.paper_key if profile.paper_key in PAPER_KEYS else RECEIPT.default_paper)
    chosen_mode = mode or profile.mode
    if paper not in PAPER_KEYS:
        raise DomainError("validation", fields={"paper_key": "field.invalid"})
    three_up = profile.a4_three_up if a4_three_up is None else a4_three_up
    copies = profile.copy_labels or RECEIPT.copies
    site_name = installation.site_info(ctx).site_name
    with ctx.db.write() as s:  # the QR secret is created on first use; a recorded print is counted
        r = s.get(Receipt, receipt_id)
        if r is None:
            raise DomainError("record.not_found", kind="receipt")
        data = receipt_data(s, ctx, r, site_name)
        reprint_no = r.print_count
        if record:
            count = 1 if chosen_mode == "carbonless" else len(copies)
            receipts.record_print(
                ctx, r.id, target=target, paper_key=paper, mode=chosen_mode, copies=count, session=s
            )
        pdf = render_receipt(
            data,
            paper_key=paper,
            mode=chosen_mode,  # type: ignore[arg-type]
            copies=copies,
            offset_mm=profile.offset_mm,
            dot_matrix=profile.dot_matrix,
            void=r.status == ReceiptStatus.VOID,
            reprint_count=reprint_no,
            a4_three_up=three_up and paper == "a4-third" and chosen_mode == "plain",
        )
        text = "".join(str(v) for k, v in data.items() if k != "qr")
        return ReceiptPdf(
            r.number,
            pdf,
            reprint_no,
            paper,
            chosen_mode,
            1 if chosen_mode == "carbonless" else len(copies),
            tuple(missing_glyphs(text)),
        )


def _receipt_lines(ctx: ServiceContext, rows: tuple[ShiftReceipt, ...]) -> list[sheet.ReceiptLine]:
    return [
        sheet.ReceiptLine(
            r.number,
            _local(ctx, r.issued_at, "%H:%M"),
            r.unit_code,
            r.payer_name,
            r.items,
            method_zh(r.method),
            r.amount_fen,
            "已退款" if r.refunded and r.status != ReceiptStatus.VOID else STATUS_ZH.get(r.status, r.status),
        )
        for r in rows
    ]


def _sheet(
    ctx: ServiceContext, shift: ShiftDTO | DayCloseDTO, number: str, clerk: str, desk_name: str
) -> sheet.DayClose:
    by_method = shift.summary.by_method if isinstance(shift, ShiftDTO) else shift.by_method
    cash = shift.summary.cash_expected_fen if isinstance(shift, ShiftDTO) else shift.cash_expected_fen
    return sheet.DayClose(
        site_name=installation.site_info(ctx).site_name,
        desk=desk_name,
        clerk=clerk,
        period_from=_local(ctx, shift.period_from) or "（首次日结）",
        period_to=_local(ctx, shift.period_to),
        number=number,
        methods=[
            sheet.MethodTotal(method_zh(m.value), t.count, t.received_fen, t.refunded_fen)
            for m in PaymentMethod
            for t in [by_method.get(m.value)]
            if t is not None
        ],
        cash_expected_fen=cash,
        receipts=_receipt_lines(ctx, shift.receipts),
        voids=[
            sheet.VoidLine(r.number, r.amount_fen, r.void_reason)
            for r in shift.receipts
            if r.status == ReceiptStatus.VOID
        ],
        refunds=[
            sheet.RefundLine(
                f.number,
                f.receipt_number,
                f.unit_code,
                method_zh(f.method),
                f.amount_fen,
                "作废" if f.status == ReceiptStatus.VOID else "",
            )
            for f in shift.refunds
        ],
        printed_at=_local(ctx, ctx.now()),
    )


def _desk_name(ctx: ServiceContext, desk_id: str | None) -> str:
    with ctx.db.read() as s:
        desk = s.get(Desk, desk_id) if desk_id else None
        return desk.name if desk else ""


def day_close_pdf(ctx: ServiceContext, close_id: str) -> bytes:
    """The handover sheet (日结交接单) of a past close."""
    close = get_close(ctx, close_id)
    return sheet.render_day_close(
        _sheet(ctx, close, close.number, close.clerk_name, _desk_name(ctx, close.desk_id))
    )


def shift_pdf(ctx: ServiceContext) -> bytes:
    """The current, not yet closed shift as a draft sheet (numbered 未日结) — to check before closing."""
    actor = ctx.require(Permission.TAKE_PAYMENTS)
    shift = current_shift(ctx)
    return sheet.render_day_close(_sheet(ctx, shift, "未日结", actor.display_name, shift.desk_name))
