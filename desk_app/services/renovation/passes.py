"""Temporary passes (临时出入卡): issued to a filing's workers or to visitors / outside staff, handed back or
reported lost (with the site's fee), voided, printed (reprints counted). The filing's extension
(``filings.extend``) moves its active passes.

The pass row caches its state; every change is also an append-only ``pass_event``. Pass rows are never
deleted (a database trigger refuses it): a void keeps the number. The lists live in ``pass_lists`` and are
re-exported here, so callers need one module.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.db.models import Attachment, FilingWorker, PassEvent, PrintJob, RenovationFiling, TempPass, Unit
from desk_app.domain.errors import DomainError
from desk_app.domain.ids import uuid7
from desk_app.domain.numbering import DocType
from desk_app.domain.renovation import (
    ACTIVE_STATUSES,
    PassEventKind,
    PassHolderKind,
    PassStatus,
    check_pass_validity,
    check_visitor_pass_validity,
)
from desk_app.domain.roles import Permission
from desk_app.domain.validation import mask_id_number, validate_id_number, validate_phone
from desk_app.domain.visits import normalize_id_number
from desk_app.services import audit, numbering, settings
from desk_app.services.archive.validation import FieldCollector, optional_text, required
from desk_app.services.context import OpResult, ServiceContext
from desk_app.services.renovation.pass_lists import (
    FilingPassInfo,
    LostFee,
    PassDTO,
    PassFilter,
    WorkerChoice,
    _dto,
    _today,
    _warning_days,
    expiring_passes,
    filing_for_passes,
    get_pass,
    list_passes,
    lost_fees_unpaid,
    outstanding_count,
)
from desk_app.services.tracking import new_row, touch

__all__ = [
    "FilingPassInfo",
    "LostFee",
    "PassDTO",
    "PassFilter",
    "PassRequest",
    "VisitorPassInput",
    "WorkerChoice",
    "expiring_passes",
    "filing_for_passes",
    "get_pass",
    "issue_passes",
    "issue_visitor_pass",
    "list_passes",
    "lost_fees_unpaid",
    "outstanding_count",
    "record_print",
    "report_lost",
    "return_pass",
    "void_pass",
]

CHANGES = frozenset({"temp_pass"})
PRINT_DOC_TYPE = "temp_pass"  # print jobs and the printer profile (calibration offset) of pass cards
PHOTO_MAX_PX = 600  # a 25×35 mm photo at 300 dpi is ~300×410 px: twice that is plenty and stays ~40 KB


@dataclass(frozen=True)
class PassRequest:
    filing_id: str
    worker_ids: tuple[str, ...]
    valid_from: date
    valid_until: date


@dataclass(frozen=True)
class VisitorPassInput:
    holder_kind: PassHolderKind  # visitor / outside_staff
    name: str
    valid_from: date
    valid_until: date
    id_number: str = ""  # stored masked only; a resident ID is checked (GB 11643)
    phone: str = ""
    company: str = ""
    unit_code: str = ""  # the unit visited or worked in, if any
    photo: bytes | None = None  # JPEG / PNG; scaled down before it is stored


# --- issuing --------------------------------------------------------------------------------------------


def _event(
    s: Session, ctx: ServiceContext, row: TempPass, kind: PassEventKind, note: str = "", **detail: Any
) -> None:
    s.add(
        PassEvent(
            site_id=ctx.site_id,
            at=ctx.now(),
            by_user=ctx.actor_id,
            by_name=ctx.actor.display_name if ctx.actor else "",
            origin_desk_id=ctx.desk_id,
            kind=kind.value,
            pass_id=row.id,
            detail_json=json.dumps(detail, ensure_ascii=False, default=str),
            note=note,
        )
    )


def _insert(
    s: Session,
    ctx: ServiceContext,
    row: TempPass,
    watermarks: numbering.NumberWatermarks | None,
    install_id: str,
) -> TempPass:
    row.number = str(numbering.allocate(s, ctx, DocType.PASS, watermarks, install_id))
    new_row(ctx, row)
    s.add(row)
    s.flush()
    _event(s, ctx, row, PassEventKind.ISSUED, valid_from=row.valid_from, valid_until=row.valid_until)
    audit.record(s, ctx, "temp_pass", row.id, "create", summary=f"{row.number} {row.name}")
    return row


def issue_passes(
    ctx: ServiceContext,
    request: PassRequest,
    watermarks: numbering.NumberWatermarks | None = None,
    install_id: str = "",
) -> OpResult[list[PassDTO]]:
    """One pass per chosen worker of an approved (or extended) filing, all or none: a worker who already
    holds an active pass of the filing is refused (``pass.worker_has_pass``), not silently skipped."""
    ctx.require(Permission.HANDLE_RENOVATION)
    if not request.worker_ids:
        raise DomainError("pass.no_workers")
    with ctx.db.write() as s:
        filing = s.get(RenovationFiling, request.filing_id)
        if filing is None:
            raise DomainError("record.not_found", kind="renovation_filing")
        if filing.status not in ACTIVE_STATUSES:
            raise DomainError("pass.filing_not_approved", number=filing.number)
        check_pass_validity(request.valid_from, request.valid_until, filing_end=filing.current_end)
        workers = _workers(s, filing.id, request.worker_ids)
        rows = [
            _insert(
                s,
                ctx,
                TempPass(
                    id=uuid7(),
                    filing_id=filing.id,
                    worker_id=w.id,
                    holder_kind=PassHolderKind.WORKER.value,
                    name=w.name,
                    id_number_masked=mask_id_number(w.id_number) if w.id_number else "",
                    phone=w.phone,
                    company=filing.contractor_company,
                    trade=w.trade,
                    unit_code=filing.unit_code,
                    photo_id=w.photo_id,  # the worker's photo, by reference: no copy of the bytes
                    valid_from=request.valid_from,
                    valid_until=request.valid_until,
                    status=PassStatus.ACTIVE.value,
                ),
                watermarks,
                install_id,
            )
            for w in workers
        ]
        today, days = _today(ctx), _warning_days(ctx)
        return OpResult([_dto(r, filing.number, today, days) for r in rows], CHANGES)


def _workers(s: Session, filing_id: str, worker_ids: Sequence[str]) -> list[FilingWorker]:
    ids = list(dict.fromkeys(worker_ids))
    found = {
        w.id: w
        for w in s.scalars(
            select(FilingWorker).where(
                FilingWorker.id.in_(ids),
                FilingWorker.filing_id == filing_id,
                FilingWorker.archived.is_(False),
            )
        )
    }
    if len(found) != len(ids):
        raise DomainError("record.not_found", kind="filing_worker")
    holding = s.scalars(
        select(TempPass.name).where(
            TempPass.filing_id == filing_id,
            TempPass.worker_id.in_(ids),
            TempPass.status == PassStatus.ACTIVE.value,
        )
    ).all()
    if holding:
        raise DomainError("pass.worker_has_pass", names="、".join(sorted(set(holding))))
    return [found[i] for i in ids]


def _id_document(value: str, today: date) -> str:
    number = normalize_id_number(value)
    if not number:
        return ""
    if len(number) in (15, 18) and number[:17].isdigit():
        return validate_id_number(number, today=today)
    if len(number) > 30 or not number.isalnum() or not number.isascii():
        raise DomainError("field.invalid")
    return number  # a passport or a Hong Kong / Macau / Taiwan permit


def _scaled_photo(data: bytes) -> bytes:
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as opened:
            img = ImageOps.exif_transpose(opened).convert("RGB")
        img.thumbnail((PHOTO_MAX_PX, PHOTO_MAX_PX))
        out = io.BytesIO()
        img.save(out, "JPEG", quality=85)
        return out.getvalue()
    except (UnidentifiedImageError, OSError, ValueError):
        raise DomainError("pass.photo_invalid") from None


def _visitor_values(s: Session, ctx: ServiceContext, data: VisitorPassInput) -> dict[str, Any]:
    f = FieldCollector()
    if data.holder_kind not in (PassHolderKind.VISITOR, PassHolderKind.OUTSIDE_STAFF):
        f.fail("holder_kind", "field.invalid")
    name = f.check("name", lambda: required(data.name, 60))
    phone = f.check("phone", lambda: validate_phone(data.phone) if data.phone.strip() else "")
    company = f.check("company", lambda: optional_text(data.company, 100))
    id_number = f.check("id_number", lambda: _id_document(data.id_number, _today(ctx)))
    unit_code = data.unit_code.strip()
    if unit_code and s.scalar(select(Unit.id).where(Unit.code == unit_code)) is None:
        f.fail("unit_code", "record.not_found")
    f.raise_if_any()
    check_visitor_pass_validity(data.valid_from, data.valid_until)
    return dict(
        holder_kind=PassHolderKind(data.holder_kind).value,
        name=name,
        phone=phone or "",
        company=company or "",
        id_number_masked=mask_id_number(id_number) if id_number else "",
        unit_code=unit_code,
    )


def issue_visitor_pass(
    ctx: ServiceContext,
    data: VisitorPassInput,
    watermarks: numbering.NumberWatermarks | None = None,
    install_id: str = "",
) -> OpResult[PassDTO]:
    """A pass for a visitor or an outside worker, without a filing; the ID number is kept masked only."""
    ctx.require(Permission.HANDLE_RENOVATION)
    photo = _scaled_photo(data.photo) if data.photo else None
    with ctx.db.write() as s:
        values = _visitor_values(s, ctx, data)
        row = TempPass(
            id=uuid7(),
            valid_from=data.valid_from,
            valid_until=data.valid_until,
            status=PassStatus.ACTIVE.value,
            **values,
        )
        if photo is not None:
            attachment = new_row(
                ctx,
                Attachment(
                    owner_type="temp_pass",
                    owner_id=row.id,
                    kind="photo",
                    filename="photo.jpg",
                    mime="image/jpeg",
                    size=len(photo),
                    sha256=hashlib.sha256(photo).hexdigest(),
                    data=photo,
                ),
            )
            s.add(attachment)
            s.flush()
            row.photo_id = attachment.id
        _insert(s, ctx, row, watermarks, install_id)
        return OpResult(_dto(row, None, _today(ctx), _warning_days(ctx)), CHANGES)


# --- settling -------------------------------------------------------------------------------------------


def _active(s: Session, pass_id: str) -> TempPass:
    row = s.get(TempPass, pass_id)
    if row is None:
        raise DomainError("record.not_found", kind="temp_pass")
    if row.status != PassStatus.ACTIVE.value:
        raise DomainError("pass.not_active", number=row.number, status=row.status)
    return row


def _settle(
    ctx: ServiceContext, pass_id: str, status: PassStatus, kind: PassEventKind, note: str = "", **detail: Any
) -> OpResult[PassDTO]:
    with ctx.db.write() as s:
        row = _active(s, pass_id)
        row.status = status.value
        row.settled_at = ctx.now()
        for key, value in detail.items():
            setattr(row, key, value)
        touch(ctx, row)
        _event(s, ctx, row, kind, note, **detail)
        audit.record(
            s, ctx, "temp_pass", row.id, kind.value, summary=f"{row.number} {row.name} {note}".strip()
        )
        filing_number = s.scalar(select(RenovationFiling.number).where(RenovationFiling.id == row.filing_id))
        return OpResult(_dto(row, filing_number, _today(ctx), _warning_days(ctx)), CHANGES)


def return_pass(ctx: ServiceContext, pass_id: str) -> OpResult[PassDTO]:
    """The card came back to the desk."""
    ctx.require(Permission.HANDLE_RENOVATION)
    return _settle(ctx, pass_id, PassStatus.RETURNED, PassEventKind.RETURNED)


def report_lost(ctx: ServiceContext, pass_id: str, note: str = "") -> OpResult[PassDTO]:
    """The holder lost the card: settled with the site's fee (``pass.lost_fee_fen``, 0 = none), which the
    money screen collects as a receipt carrying this pass (``lost_fees_unpaid`` lists those still owed)."""
    ctx.require(Permission.HANDLE_RENOVATION)
    text = optional_text(note, 200)
    fee = int(settings.get(ctx, "pass.lost_fee_fen"))
    return _settle(ctx, pass_id, PassStatus.LOST, PassEventKind.LOST, text, lost_fee_fen=fee)


def void_pass(ctx: ServiceContext, pass_id: str, reason: str) -> OpResult[PassDTO]:
    """A supervisor voids a misprinted or wrongly issued card; the number stays taken."""
    ctx.require(Permission.VOID_RECEIPTS)
    try:
        text = required(reason, 200)
    except DomainError as exc:
        raise DomainError("validation", fields={"reason": exc.code}) from None
    return _settle(ctx, pass_id, PassStatus.VOID, PassEventKind.VOIDED, text)


def record_print(
    ctx: ServiceContext, pass_ids: Iterable[str], layout: str = "cr80", target: str = "pdf"
) -> OpResult[int]:
    """The cards went to ``target`` (a printer name or "pdf"): each pass counts one more print, with an
    event and a print job (so a reprint is told from the first print). Returns how many passes."""
    actor = ctx.require(Permission.HANDLE_RENOVATION)
    ids = list(dict.fromkeys(pass_ids))
    with ctx.db.write() as s:
        rows = s.scalars(select(TempPass).where(TempPass.id.in_(ids))).all()
        if len(rows) != len(ids):
            raise DomainError("record.not_found", kind="temp_pass")
        for row in rows:
            _event(s, ctx, row, PassEventKind.PRINTED, reprint_no=row.print_count, layout=layout)
            s.add(
                PrintJob(
                    site_id=ctx.site_id,
                    desk_id=ctx.desk_id,
                    at=ctx.now(),
                    by_user=actor.user_id or None,
                    doc_type=PRINT_DOC_TYPE,
                    doc_id=row.id,
                    number=row.number,
                    reprint_no=row.print_count,
                    paper_key="a4" if layout == "a4-10up" else "cr80",
                    mode="plain",
                    copies=1,
                    target=target[:100],
                )
            )
            row.print_count += 1
            touch(ctx, row)
        return OpResult(len(rows), CHANGES)
