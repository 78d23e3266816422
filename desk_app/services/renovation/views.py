"""What the screens read about renovation filings: one filing in full (the list is in ``lists.py``).

The detail reads the passes and receipts of the filing only as counts and short rows.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.db.models import (
    Attachment,
    FilingDocument,
    FilingEvent,
    FilingWorker,
    Inspection,
    Receipt,
    RenovationFiling,
    TempPass,
)
from desk_app.domain.errors import DomainError
from desk_app.domain.renovation import (
    DocumentKind,
    FilingStatus,
    missing_documents,
    period_end_limit,
    required_documents,
)
from desk_app.domain.roles import Permission
from desk_app.domain.validation import mask_id_number
from desk_app.services import settings
from desk_app.services.context import ServiceContext

# The list queries live in lists.py; re-exported so screens read everything about filings from here.
from desk_app.services.renovation.lists import FilingFilter as FilingFilter
from desk_app.services.renovation.lists import FilingRow as FilingRow
from desk_app.services.renovation.lists import UnitPersonChoice as UnitPersonChoice
from desk_app.services.renovation.lists import list_filings as list_filings
from desk_app.services.renovation.lists import unit_people as unit_people


@dataclass(frozen=True)
class DocumentDTO:
    kind: DocumentKind
    required: bool
    received: bool
    received_at: datetime | None
    received_by_name: str
    attachment_id: str | None
    attachment_name: str
    note: str


@dataclass(frozen=True)
class WorkerDTO:
    id: str
    name: str
    id_number_masked: str
    phone: str
    trade: str
    photo_id: str | None


@dataclass(frozen=True)
class InspectionDTO:
    id: str
    kind: str  # patrol / completion
    inspected_at: datetime
    inspector_name: str
    result: str  # passed / failed / noted
    findings: str
    violation: bool
    violation_note: str
    photo_ids: tuple[str, ...]


@dataclass(frozen=True)
class EventDTO:
    at: datetime
    kind: str
    by_name: str
    detail: dict[str, Any]
    note: str


@dataclass(frozen=True)
class ReceiptSummary:
    id: str
    number: str
    total_fen: int
    deposit_fen: int
    status: str
    issued_at: datetime


@dataclass(frozen=True)
class FilingDetail:
    id: str
    number: str
    status: FilingStatus
    created_at: datetime
    unit_id: str
    unit_code: str
    owner_person_id: str | None
    owner_name: str
    owner_phone: str
    applicant_person_id: str | None
    applicant_name: str
    applicant_relation: str  # owner / authorised
    authorisation_note: str
    contractor_company: str
    contractor_licence_no: str
    contractor_qualification_no: str
    responsible_name: str
    responsible_phone: str
    responsible_id_masked: str
    responsible_photo_id: str | None
    scope: str
    waterproof_touched: bool
    planned_start: date
    planned_end: date
    current_end: date
    cap_limit: date  # the last day any extension may reach (the cap from the original start)
    extended: bool
    approved_at: datetime | None
    approved_by_name: str
    officer_name: str
    officer_phone: str
    notified_at: datetime | None
    notified_how: str
    completion_result: str | None
    downstairs_signed_by: str
    downstairs_signed_at: datetime | None
    documents: tuple[DocumentDTO, ...]
    missing: tuple[DocumentKind, ...]
    workers: tuple[WorkerDTO, ...]
    inspections: tuple[InspectionDTO, ...]
    passes: dict[str, int]  # status → count
    receipts: tuple[ReceiptSummary, ...]
    events: tuple[EventDTO, ...]  # oldest first
    print_count: int


def filing_row(s: Session, filing_id: str) -> RenovationFiling:
    filing = s.get(RenovationFiling, filing_id)
    if filing is None:
        raise DomainError("record.not_found", kind="renovation_filing")
    return filing


def events_of(s: Session, filing_id: str) -> list[FilingEvent]:
    return list(
        s.scalars(
            select(FilingEvent)
            .where(FilingEvent.filing_id == filing_id)
            .order_by(FilingEvent.at, FilingEvent.id)
        )
    )


def missing_of(s: Session, filing: RenovationFiling) -> list[DocumentKind]:
    received = s.scalars(
        select(FilingDocument.kind).where(
            FilingDocument.filing_id == filing.id, FilingDocument.received.is_(True)
        )
    ).all()
    return missing_documents(
        received,
        waterproof_touched=filing.waterproof_touched,
        applicant_is_owner=filing.applicant_relation == "owner",
    )


def detail(s: Session, ctx: ServiceContext, filing: RenovationFiling) -> FilingDetail:
    needed = set(
        required_documents(
            waterproof_touched=filing.waterproof_touched,
            applicant_is_owner=filing.applicant_relation == "owner",
        )
    )
    docs = {d.kind: d for d in s.scalars(select(FilingDocument).where(FilingDocument.filing_id == filing.id))}
    names = dict(
        s.execute(
            select(Attachment.id, Attachment.filename).where(
                Attachment.id.in_([d.attachment_id for d in docs.values() if d.attachment_id])
            )
        ).all()
    )
    documents = []
    for kind in DocumentKind:
        doc = docs.get(kind.value)
        if doc is None and kind not in needed:
            continue
        documents.append(
            DocumentDTO(
                kind=kind,
                required=kind in needed,
                received=bool(doc and doc.received),
                received_at=doc.received_at if doc else None,
                received_by_name=doc.received_by_name if doc else "",
                attachment_id=doc.attachment_id if doc else None,
                attachment_name=names.get(doc.attachment_id, "") if doc and doc.attachment_id else "",
                note=doc.note if doc else "",
            )
        )
    workers = tuple(
        WorkerDTO(
            w.id, w.name, mask_id_number(w.id_number) if w.id_number else "", w.phone, w.trade, w.photo_id
        )
        for w in s.scalars(
            select(FilingWorker)
            .where(FilingWorker.filing_id == filing.id, FilingWorker.archived.is_(False))
            .order_by(FilingWorker.created_at, FilingWorker.id)
        )
    )
    inspections_rows = list(
        s.scalars(
            select(Inspection)
            .where(Inspection.filing_id == filing.id)
            .order_by(Inspection.inspected_at, Inspection.id)
        )
    )
    photos: dict[str, list[str]] = {}
    if inspections_rows:
        for att_id, owner in s.execute(
            select(Attachment.id, Attachment.owner_id)
            .where(
                Attachment.owner_type == "inspection",
                Attachment.owner_id.in_([i.id for i in inspections_rows]),
            )
            .order_by(Attachment.created_at, Attachment.id)
        ):
            photos.setdefault(owner, []).append(att_id)
    inspections = tuple(
        InspectionDTO(
            i.id,
            i.kind,
            i.inspected_at,
            i.inspector_name,
            i.result,
            i.findings,
            i.violation,
            i.violation_note,
            tuple(photos.get(i.id, ())),
        )
        for i in inspections_rows
    )
    passes = dict(
        s.execute(
            select(TempPass.status, func.count())
            .where(TempPass.filing_id == filing.id)
            .group_by(TempPass.status)
        ).all()
    )
    receipts = tuple(
        ReceiptSummary(r.id, r.number, r.total_fen, r.deposit_fen, r.status, r.issued_at)
        for r in s.scalars(select(Receipt).where(Receipt.filing_id == filing.id).order_by(Receipt.issued_at))
    )
    event_rows = events_of(s, filing.id)
    events = tuple(
        EventDTO(e.at, e.kind, e.by_name, json.loads(e.detail_json or "{}"), e.note) for e in event_rows
    )
    max_months = int(settings.get(ctx, "renovation.max_months"))
    missing = missing_of(s, filing)
    return FilingDetail(
        id=filing.id,
        number=filing.number,
        status=FilingStatus(filing.status),
        created_at=filing.created_at,
        unit_id=filing.unit_id,
        unit_code=filing.unit_code,
        owner_person_id=filing.owner_person_id,
        owner_name=filing.owner_name,
        owner_phone=filing.owner_phone,
        applicant_person_id=filing.applicant_person_id,
        applicant_name=filing.applicant_name,
        applicant_relation=filing.applicant_relation,
        authorisation_note=filing.authorisation_note,
        contractor_company=filing.contractor_company,
        contractor_licence_no=filing.contractor_licence_no,
        contractor_qualification_no=filing.contractor_qualification_no,
        responsible_name=filing.responsible_name,
        responsible_phone=filing.responsible_phone,
        responsible_id_masked=mask_id_number(filing.responsible_id_number)
        if filing.responsible_id_number
        else "",
        responsible_photo_id=filing.responsible_photo_id,
        scope=filing.scope,
        waterproof_touched=filing.waterproof_touched,
        planned_start=filing.planned_start,
        planned_end=filing.planned_end,
        current_end=filing.current_end,
        cap_limit=period_end_limit(filing.planned_start, max_months),
        extended=filing.current_end != filing.planned_end,
        approved_at=filing.approved_at,
        approved_by_name=filing.approved_by_name,
        officer_name=filing.officer_name,
        officer_phone=filing.officer_phone,
        notified_at=filing.notified_at,
        notified_how=filing.notified_how,
        completion_result=filing.completion_result,
        downstairs_signed_by=filing.downstairs_signed_by,
        downstairs_signed_at=filing.downstairs_signed_at,
        documents=tuple(documents),
        missing=tuple(missing),
        workers=workers,
        inspections=inspections,
        passes={str(k): int(v) for k, v in passes.items()},
        receipts=receipts,
        events=events,
        print_count=sum(1 for e in event_rows if e.kind == "printed"),
    )


def get_filing(ctx: ServiceContext, filing_id: str) -> FilingDetail:
    ctx.require(Permission.HANDLE_RENOVATION)
    with ctx.db.read() as s:
        return detail(s, ctx, filing_row(s, filing_id))


def find_by_number(ctx: ServiceContext, number: str) -> FilingDetail | None:
    ctx.require(Permission.HANDLE_RENOVATION)
    with ctx.db.read() as s:
        filing = s.scalar(select(RenovationFiling).where(RenovationFiling.number == number.strip().upper()))
        return detail(s, ctx, filing) if filing else None
