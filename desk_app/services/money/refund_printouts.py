"""The refund voucher (退款凭证) on paper: data from the database, the PDF for a printer profile, the print record.

Rendering never writes; ``record=True`` (or ``refunds.record_print``) counts the print so the next copy says
"补打 (第 n 次)". A void refund prints with the 作废 stamp. The voucher is Chinese whatever the UI language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desk_app.domain import qr
from desk_app.domain.errors import DomainError
from desk_app.domain.money import format_yuan
from desk_app.domain.receipts import METHOD_ZH, PaymentMethod
from desk_app.domain.refunds import DEDUCTION_ZH, DeductionReason
from desk_app.printing.fonts import missing_glyphs
from desk_app.printing.receipt import REFUND_RECEIPT, render_receipt
from desk_app.services import installation
from desk_app.services.context import ServiceContext
from desk_app.services.money.refunds import DOC_TYPE, RefundDTO, get_refund, record_print
from desk_app.services.printers import MODES, ProfileDTO, get_profile
from desk_app.services.work_orders.orders import qr_secret

PAPER_KEYS = frozenset(REFUND_RECEIPT.layouts)


@dataclass(frozen=True)
class RefundPdf:
    number: str
    pdf: bytes
    reprint_no: int  # 0 = the first print
    paper_key: str
    mode: str
    copies: int
    warnings: tuple[str, ...]  # characters the font cannot draw


def _local(ctx: ServiceContext, value: datetime) -> str:
    return value.astimezone(ctx.timezone).strftime("%Y-%m-%d %H:%M")


def _deduction_text(reason: str, note: str) -> str:
    name = (
        DEDUCTION_ZH.get(DeductionReason(reason), reason)
        if reason in DeductionReason.__members__.values()
        else reason
    )
    return f"{name}（{note}）" if note else name


def refund_data(ctx: ServiceContext, refund: RefundDTO) -> dict[str, object]:
    """What printing/receipt.py needs for ``kind="refund"``: the part of the deposit this voucher settles as
    the item, its deductions, and the net paid back."""
    settled = refund.refunded_fen + refund.deducted_fen
    method = (
        METHOD_ZH.get(PaymentMethod(refund.method), refund.method)
        if refund.method in PaymentMethod.__members__.values()
        else ""
    )
    note = ""
    if settled < refund.paid_fen:
        # A partial refund (or an earlier one): say what the receipt held, so nobody thinks it is all.
        note = f"原收保证金 {format_yuan(refund.paid_fen)}；本凭证结算 {format_yuan(settled)}。"
    with ctx.db.write() as s:  # write only because the QR secret is created on first use
        secret = qr_secret(s)
    if refund.void:
        note = (note + f"作废原因：{refund.void_reason}").strip()
    return {
        "kind": "refund",
        "site_name": installation.site_info(ctx).site_name,
        "number": refund.number,
        "date": _local(ctx, refund.refunded_at),
        "payer": refund.payee_name,
        "unit": refund.unit_code,
        "original_number": refund.receipt_number,
        "method": method,
        "method_ref": refund.reference,
        "clerk": refund.clerk_name,
        "qr": qr.encode(secret, "RF", refund.number),  # scanned into the search box, it opens the refund
        "items": [("退还装修保证金", settled)],
        "deductions": [(_deduction_text(d.reason, d.note), d.amount_fen) for d in refund.deductions],
        "total_fen": refund.refunded_fen,
        "note": note,
    }


def refund_pdf(
    ctx: ServiceContext,
    refund_id: str,
    *,
    paper_key: str | None = None,
    mode: str | None = None,
    record: bool = False,
    profile: ProfileDTO | None = None,
) -> RefundPdf:
    """The voucher in three copies (第一联 存根 / 第二联 客户 / 第三联 记账) as the next print would look;
    ``record`` also logs the print (the headless ``pdf`` command and the direct print path)."""
    refund = get_refund(ctx, refund_id)
    profile = profile or get_profile(ctx, DOC_TYPE)
    paper = paper_key or profile.paper_key
    chosen_mode = mode or profile.mode
    if paper not in PAPER_KEYS or chosen_mode not in MODES:
        raise DomainError("validation", fields={"paper_key": "field.invalid"})
    data = refund_data(ctx, refund)
    copies = profile.copy_labels or REFUND_RECEIPT.copies
    pdf = render_receipt(
        data,
        paper_key=paper,
        mode=chosen_mode,  # type: ignore[arg-type]
        copies=copies,
        offset_mm=profile.offset_mm,
        dot_matrix=profile.dot_matrix,
        void=refund.void,
        reprint_count=refund.print_count,
        a4_three_up=profile.a4_three_up and paper == "a4-third" and chosen_mode == "plain",
    )
    n_copies = 1 if chosen_mode == "carbonless" else len(copies)
    text = "".join(str(v) for k, v in data.items() if isinstance(v, str))
    text += "".join(str(name) for name, _ in data["deductions"])  # type: ignore[attr-defined]
    if record:
        record_print(ctx, refund_id, paper_key=paper, mode=chosen_mode, copies=n_copies, target="pdf")
    return RefundPdf(
        refund.number, pdf, refund.print_count, paper, chosen_mode, n_copies, tuple(missing_glyphs(text))
    )
