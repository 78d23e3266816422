"""Scan or type any document number: which record a QR code or a ``XX-A1-2026-000123`` number names.

A keyboard-wedge scanner types into the global search box; so does a clerk reading a number off a paper. Both
end here: a QR code is checked against the installation's secret first (``qr.forged`` for a code made
elsewhere, ``receipt.amount_mismatch`` for a receipt whose printed sum was altered), then the number is looked
up in the table of its document type. Every record keeps its number for ever (nothing numbered is deleted),
so "not found" means the number was never issued here — ``scan.not_found``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from desk_app.db.models import (
    Complaint,
    DayClose,
    GoodsRelease,
    Receipt,
    Refund,
    RenovationFiling,
    TempPass,
    Visit,
    WorkOrder,
)
from desk_app.domain import qr
from desk_app.domain.errors import DomainError
from desk_app.domain.numbering import DocType, parse_number
from desk_app.domain.roles import Permission
from desk_app.services.context import ServiceContext
from desk_app.services.work_orders.orders import qr_secret

# record type → (model, the permission needed to see it); the record types are those of domain.qr.KINDS
RECORDS: dict[str, tuple[Any, Permission]] = {
    "work_order": (WorkOrder, Permission.HANDLE_WORK_ORDERS),
    "complaint": (Complaint, Permission.HANDLE_COMPLAINTS),
    "visit": (Visit, Permission.HANDLE_VISITS),
    "renovation_filing": (RenovationFiling, Permission.HANDLE_RENOVATION),
    "pass": (TempPass, Permission.HANDLE_RENOVATION),
    "receipt": (Receipt, Permission.TAKE_PAYMENTS),
    "refund": (Refund, Permission.TAKE_PAYMENTS),
    "release": (GoodsRelease, Permission.HANDLE_RELEASES),
    "day_close": (DayClose, Permission.TAKE_PAYMENTS),
}
DOC_RECORD_TYPES: dict[DocType, str] = {
    DocType.WORK_ORDER: "work_order",
    DocType.COMPLAINT: "complaint",
    DocType.VISIT: "visit",
    DocType.RENOVATION: "renovation_filing",
    DocType.PASS: "pass",
    DocType.RECEIPT: "receipt",
    DocType.REFUND: "refund",
    DocType.RELEASE: "release",
    DocType.DAY_CLOSE: "day_close",
}


@dataclass(frozen=True)
class ScanTarget:
    record_type: str  # "work_order" | "complaint" | … | "day_close" (main_window.open_record's kinds)
    record_id: str
    number: str
    status: str = ""  # the record's status code ("" for a day-close); visits: "on_site" / "left"
    unit_code: str = ""
    from_qr: bool = False


def looks_like_document(text: str) -> bool:
    """A QR code of any kind or a document number: opened directly rather than searched for."""
    if qr.looks_like_qr(text):
        return True
    try:
        parse_number(text)
    except DomainError:
        return False
    return True


def resolve(ctx: ServiceContext, text: str) -> ScanTarget:
    """The record a scanned QR or a typed number names; ``qr.forged`` / ``qr.invalid`` / ``number.invalid`` /
    ``receipt.amount_mismatch`` / ``scan.not_found`` otherwise, ``permission.denied`` if the role may not see it."""
    text = text.strip()
    if qr.looks_like_qr(text):
        with ctx.db.write() as s:  # write only because the QR secret is created on first use
            payload = qr.decode(qr_secret(s), text)
        return _find(ctx, payload.record_type, payload.number, payload.amount_fen, from_qr=True)
    number = parse_number(text)
    return _find(ctx, DOC_RECORD_TYPES[number.doc_type], str(number), None, from_qr=False)


def _find(
    ctx: ServiceContext, record_type: str, number: str, amount_fen: int | None, *, from_qr: bool
) -> ScanTarget:
    model, permission = RECORDS[record_type]
    ctx.require(permission)
    with ctx.db.read() as s:
        row = s.scalar(select(model).where(model.number == number))
        if row is None:
            raise DomainError("scan.not_found", number=number)
        if amount_fen is not None and amount_fen != row.total_fen:
            raise DomainError("receipt.amount_mismatch", number=number)  # the printed sum was altered
        if isinstance(row, Visit):
            status = "on_site" if row.time_out is None else "left"
        else:
            status = getattr(row, "status", "")
        return ScanTarget(
            record_type, row.id, row.number, status, getattr(row, "unit_code", "") or "", from_qr
        )
