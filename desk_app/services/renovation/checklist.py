"""The filing's document checklist and its workers (施工人员登记).

Ticking a document may come with a scan or photo of it; unticking is allowed only while the filing is being
registered (after approval the checklist is what the approval was based on). Removed workers are archived,
never deleted, because passes and the history point at them.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from desk_app.db.models import FilingDocument, FilingWorker
from desk_app.domain.errors import DomainError
from desk_app.domain.renovation import OPEN_STATUSES, DocumentKind, FilingEventKind, FilingStatus
from desk_app.domain.roles import Permission
from desk_app.domain.validation import validate_id_number, validate_phone
from desk_app.services import audit
from desk_app.services.archive.validation import FieldCollector, optional_text, required
from desk_app.services.context import OpResult, ServiceContext
from desk_app.services.renovation import attachments
from desk_app.services.renovation.filings import CHANGES, check_file, event
from desk_app.services.renovation.views import FilingDetail, detail, filing_row
from desk_app.services.tracking import new_row, touch


@dataclass(frozen=True)
class WorkerInput:
    name: str
    id_number: str = ""  # GB 11643, checked when given; shown masked
    phone: str = ""
    trade: str = ""  # 工种: one of TRADES_ZH or free text
    photo: bytes | None = None
    photo_name: str = ""


def set_document(
    ctx: ServiceContext,
    filing_id: str,
    kind: DocumentKind | str,
    received: bool,
    attachment: bytes | None = None,
    filename: str = "",
    note: str = "",
) -> OpResult[FilingDetail]:
    """Tick (or untick) one checklist line, optionally attaching its scan or photo."""
    actor = ctx.require(Permission.HANDLE_RENOVATION)
    try:
        doc_kind = DocumentKind(kind)
    except ValueError:
        raise DomainError("validation", fields={"kind": "field.invalid"}) from None
    f = FieldCollector()
    text = f.check("note", lambda: optional_text(note, 200))
    f.raise_if_any()
    with ctx.db.write() as s:
        filing = filing_row(s, filing_id)
        if filing.status not in OPEN_STATUSES:
            raise DomainError("renovation.closed")
        doc = s.scalar(
            select(FilingDocument).where(
                FilingDocument.filing_id == filing.id, FilingDocument.kind == doc_kind
            )
        )
        if doc is None:
            doc = new_row(
                ctx, FilingDocument(filing_id=filing.id, kind=doc_kind.value, received=False, note="")
            )
            s.add(doc)
            s.flush()
        if doc.received and not received and filing.status != FilingStatus.DRAFT:
            raise DomainError("renovation.checklist_locked")
        if attachment is not None:
            doc.attachment_id = attachments.store(
                s, "filing_document", doc.id, "scan", attachment, filename, ctx=ctx
            ).id
        was = doc.received
        doc.received = received
        if received and not was:
            doc.received_at = ctx.now()
            doc.received_by_name = actor.display_name
        elif not received:
            doc.received_at = None
            doc.received_by_name = ""
        if text is not None and (text or not received):
            doc.note = text
        touch(ctx, doc)
        event(
            s,
            ctx,
            filing,
            FilingEventKind.DOCUMENT,
            {"kind": doc_kind.value, "received": received, "attached": attachment is not None},
            note=text or "",
        )
        return OpResult(detail(s, ctx, filing), CHANGES)


def add_worker(ctx: ServiceContext, filing_id: str, data: WorkerInput) -> OpResult[FilingDetail]:
    ctx.require(Permission.HANDLE_RENOVATION)
    f = FieldCollector()
    name = f.check("name", lambda: required(data.name, 60))
    today = ctx.local_now().date()
    id_number = f.check(
        "id_number", lambda: validate_id_number(data.id_number, today=today) if data.id_number.strip() else ""
    )
    phone = f.check("phone", lambda: validate_phone(data.phone) if data.phone.strip() else "")
    trade = f.check("trade", lambda: optional_text(data.trade, 30))
    if data.photo is not None:
        f.check("photo", lambda: check_file(data.photo or b""))
    f.raise_if_any()
    with ctx.db.write() as s:
        filing = filing_row(s, filing_id)
        if filing.status not in OPEN_STATUSES:
            raise DomainError("renovation.closed")
        worker = new_row(
            ctx,
            FilingWorker(
                filing_id=filing.id,
                name=name,
                id_number=id_number or "",
                phone=phone or "",
                trade=trade or "",
            ),
        )
        s.add(worker)
        s.flush()
        if data.photo is not None:
            worker.photo_id = attachments.store(
                s, "worker", worker.id, "photo", data.photo, data.photo_name, ctx=ctx
            ).id
        event(s, ctx, filing, FilingEventKind.WORKER, {"action": "added", "name": name, "trade": trade})
        audit.record(s, ctx, "filing_worker", worker.id, "create", summary=f"{filing.number} {name}")
        return OpResult(detail(s, ctx, filing), CHANGES)


def remove_worker(ctx: ServiceContext, filing_id: str, worker_id: str) -> OpResult[FilingDetail]:
    ctx.require(Permission.HANDLE_RENOVATION)
    with ctx.db.write() as s:
        filing = filing_row(s, filing_id)
        worker = s.get(FilingWorker, worker_id)
        if worker is None or worker.filing_id != filing.id or worker.archived:
            raise DomainError("record.not_found", kind="filing_worker")
        worker.archived = True
        touch(ctx, worker)
        event(s, ctx, filing, FilingEventKind.WORKER, {"action": "removed", "name": worker.name})
        audit.record(s, ctx, "filing_worker", worker.id, "archive", summary=f"{filing.number} {worker.name}")
        return OpResult(detail(s, ctx, filing), CHANGES)
