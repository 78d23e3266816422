"""The filing's papers from the database: 《装修备案登记证》 (three copies), 《装修管理服务协议书》, archive cover.

Rendering writes nothing (a preview is free); ``record_print`` writes the PRINTED event once the pages went to
a printer or a file — or pass ``record=True`` when rendering is printing (the headless ``pdf`` command). The
papers follow the site's paper conventions, so they are Chinese whatever the UI language.

The permit's QR is the signed ``RN|ZX-…|mac`` code: scanned into the search box it opens the filing, and a
typed-up copy of the number with a made-up code is refused as forged.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Literal, TypeAlias

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.db.models import Building, FilingDocument, FilingWorker, RenovationFiling, Unit
from desk_app.domain import qr
from desk_app.domain.errors import DomainError
from desk_app.domain.renovation import DocumentKind, FilingEventKind, FilingStatus
from desk_app.domain.roles import Permission
from desk_app.printing.renovation_docs import render_agreement, render_cover_sheet, render_permit
from desk_app.services import installation
from desk_app.services.context import OpResult, ServiceContext
from desk_app.services.renovation.filings import CHANGES, event
from desk_app.services.renovation.views import events_of, filing_row
from desk_app.services.work_orders.orders import qr_secret

PermitCopy: TypeAlias = Literal["original", "pass-office", "door"]
Document: TypeAlias = Literal["permit", "agreement", "cover"]
PERMIT_COPIES: tuple[PermitCopy, ...] = ("original", "pass-office", "door")
PERMIT_PAPERS = ("a4", "a5")
DOCUMENT_ZH_NAMES = {"permit": "装修备案登记证", "agreement": "装修管理服务协议书", "cover": "档案封面"}

STATE_ZH = {
    FilingStatus.DRAFT: "登记中",
    FilingStatus.APPROVED: "施工中",
    FilingStatus.EXTENDED: "施工中（已延期）",
    FilingStatus.INSPECTED: "已验收",
    FilingStatus.REFUNDED: "已退保证金",
    FilingStatus.CANCELLED: "已撤销",
}
# The cover's archive order (renovation_docs.ARCHIVE_ORDER) names the papers in the file; the checklist
# documents that stand for them.
ARCHIVE_DOCS = {
    "营业执照复印件": DocumentKind.LICENCE_COPY,
    "资格证书复印件": DocumentKind.QUALIFICATION_COPY,
    "业主与装修单位合同复印件": DocumentKind.CONTRACT_COPY,
}


def zh_date(value: date | None) -> str:
    return f"{value.year}年{value.month}月{value.day}日" if value else ""


def _extensions(s: Session, filing: RenovationFiling) -> list[str]:
    out = []
    for e in events_of(s, filing.id):
        if e.kind == FilingEventKind.EXTENDED:
            new_end = json.loads(e.detail_json or "{}").get("new_end")
            if new_end:
                out.append(zh_date(date.fromisoformat(new_end)))
    return out


def _common(s: Session, ctx: ServiceContext, filing: RenovationFiling) -> dict[str, object]:
    site = installation.site_info(ctx)
    return {
        "site_name": site.site_name,
        "site_phone": site.site_phone,
        "number": filing.number,
        "unit": filing.unit_code,
        "owner": filing.owner_name,
        "owner_phone": filing.owner_phone,
        "contractor": filing.contractor_company,
        "licence_no": filing.contractor_licence_no,
        "qualification_no": filing.contractor_qualification_no,
        "responsible": filing.responsible_name,
        "responsible_phone": filing.responsible_phone,
        "scope": filing.scope,
        "period_from": zh_date(filing.planned_start),
        "period_to": zh_date(filing.planned_end),
        "officer": filing.officer_name,
        "officer_phone": filing.officer_phone,
    }


def permit_data(s: Session, ctx: ServiceContext, filing: RenovationFiling) -> dict[str, object]:
    if filing.status in (FilingStatus.DRAFT, FilingStatus.CANCELLED):
        raise DomainError("renovation.not_approved")  # a permit exists only once approved
    data = _common(s, ctx, filing)
    local = filing.approved_at.astimezone(ctx.timezone).date() if filing.approved_at else None
    qr_text = qr.encode(qr_secret(s), "RN", filing.number)
    data.update(approved_on=zh_date(local), qr=qr_text, extensions=_extensions(s, filing))
    return data


def _dues(s: Session, filing: RenovationFiling) -> tuple[int, int]:
    """装修保证金 and 垃圾清运费 from the site's fee table for this unit (fee.area_unknown when a per-m² fee
    needs the unit's area and the archive has none)."""
    from desk_app.services.money.fees import GARBAGE_CODE, renovation_dues

    unit = s.get(Unit, filing.unit_id)
    if unit is None:
        raise DomainError("record.not_found", kind="unit")
    deposit = garbage = 0
    for item, amount in renovation_dues(s, unit):
        if item.category == "deposit":
            deposit += amount
        elif item.code == GARBAGE_CODE:
            garbage += amount
    return deposit, garbage


def agreement_data(s: Session, ctx: ServiceContext, filing: RenovationFiling) -> dict[str, object]:
    if filing.status == FilingStatus.CANCELLED:
        raise DomainError("renovation.closed")
    data = _common(s, ctx, filing)
    deposit, garbage = _dues(s, filing)
    data.update(deposit_fen=deposit, garbage_fee_fen=garbage, waterproof=filing.waterproof_touched)
    return data


def cover_data(s: Session, ctx: ServiceContext, filing: RenovationFiling) -> dict[str, object]:
    data = _common(s, ctx, filing)
    unit = s.get(Unit, filing.unit_id)
    building = s.get(Building, unit.building_id) if unit else None
    received = set(
        s.scalars(
            select(FilingDocument.kind).where(
                FilingDocument.filing_id == filing.id, FilingDocument.received.is_(True)
            )
        )
    )
    documents = [name for name, kind in ARCHIVE_DOCS.items() if kind.value in received]
    if filing.status not in (FilingStatus.DRAFT, FilingStatus.CANCELLED):
        documents.append("装修备案登记证")
    documents.append("装修管理服务协议书")
    workers = s.scalar(
        select(FilingWorker.id).where(FilingWorker.filing_id == filing.id, FilingWorker.archived.is_(False))
    )
    if workers or DocumentKind.WORKER_IDS.value in received:
        documents.append("施工人员登记表")
    data.update(
        building=(building.name if building and building.name else f"{unit.building_code}栋") if unit else "",
        floor=f"{unit.floor}层" if unit and unit.floor is not None else "",
        room=unit.room if unit else "",
        period_to=zh_date(filing.current_end),
        state=STATE_ZH[FilingStatus(filing.status)],
        tax_state=filing.tax_state,
        documents=documents,
    )
    return data


def _check_permit(copy: str, paper_key: str) -> None:
    if copy not in PERMIT_COPIES:
        raise DomainError("validation", fields={"copy": "field.invalid"})
    if paper_key not in PERMIT_PAPERS:
        raise DomainError("validation", fields={"paper_key": "field.invalid"})


def permit_pdf(
    ctx: ServiceContext,
    filing_id: str,
    copy: PermitCopy = "original",
    paper_key: str = "a4",
    *,
    record: bool = False,
) -> bytes:
    """《装修备案登记证》: the owner's original, the 办理出入证专用 copy, or the door copy (A4 or A5)."""
    ctx.require(Permission.HANDLE_RENOVATION)
    _check_permit(copy, paper_key)
    with ctx.db.write() as s:  # the QR secret is created on first use: a read session would discard it
        qr_secret(s)
    with ctx.db.write() if record else ctx.db.read() as s:
        filing = filing_row(s, filing_id)
        pdf = render_permit(permit_data(s, ctx, filing), copy=copy, paper_key=paper_key)
        if record:
            _printed(s, ctx, filing, "permit", copy, "pdf")
        return pdf


def agreement_pdf(ctx: ServiceContext, filing_id: str, *, record: bool = False) -> bytes:
    """《装修管理服务协议书》 in three labelled copies (业主 / 装修单位 / 服务中心)."""
    ctx.require(Permission.HANDLE_RENOVATION)
    with ctx.db.write() if record else ctx.db.read() as s:
        filing = filing_row(s, filing_id)
        pdf = render_agreement(agreement_data(s, ctx, filing))
        if record:
            _printed(s, ctx, filing, "agreement", "", "pdf")
        return pdf


def cover_sheet_pdf(ctx: ServiceContext, filing_id: str, *, record: bool = False) -> bytes:
    """The archive cover sheet (building, floor, room; period, owner, officer, state)."""
    ctx.require(Permission.HANDLE_RENOVATION)
    with ctx.db.write() if record else ctx.db.read() as s:
        filing = filing_row(s, filing_id)
        pdf = render_cover_sheet(cover_data(s, ctx, filing))
        if record:
            _printed(s, ctx, filing, "cover", "", "pdf")
        return pdf


def _printed(
    s: Session, ctx: ServiceContext, filing: RenovationFiling, document: str, copy: str, target: str
) -> None:
    detail: dict[str, object] = {"document": document, "target": target[:100]}
    if copy:
        detail["copy"] = copy
    event(s, ctx, filing, FilingEventKind.PRINTED, detail, note=DOCUMENT_ZH_NAMES.get(document, document))


def record_print(
    ctx: ServiceContext, filing_id: str, document: Document, copy: str = "", target: str = "pdf"
) -> OpResult[None]:
    """The PRINTED event for pages that went to ``target`` (a printer name or "pdf")."""
    ctx.require(Permission.HANDLE_RENOVATION)
    if document not in DOCUMENT_ZH_NAMES:
        raise DomainError("validation", fields={"document": "field.invalid"})
    with ctx.db.write() as s:
        _printed(s, ctx, filing_row(s, filing_id), document, copy, target)
        return OpResult(None, CHANGES)
