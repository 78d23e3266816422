"""Opening a renovation filing and taking it through its steps: edit, cancel, approve, notify, extend.

Every change writes a ``FilingEvent`` (append-only: the database refuses to rewrite it) and an audit entry in
the same transaction, so the history shown on the detail cannot disagree with the filing. The checklist and
workers are in ``checklist.py``, inspections in ``inspections.py``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.db.models import (
    FilingDocument,
    FilingEvent,
    PassEvent,
    Person,
    RenovationFiling,
    TempPass,
    Unit,
    UnitPerson,
)
from desk_app.domain.errors import DomainError
from desk_app.domain.numbering import DocType
from desk_app.domain.renovation import (
    ACTIVE_STATUSES,
    FilingEventKind,
    FilingStatus,
    PassStatus,
    check_can_approve,
    check_extension,
    check_period,
    required_documents,
    validate_credit_code,
)
from desk_app.domain.roles import Permission
from desk_app.domain.validation import mask_id_number, validate_id_number, validate_phone
from desk_app.services import audit, numbering, settings
from desk_app.services.archive.validation import FieldCollector, optional_text, required
from desk_app.services.context import OpResult, ServiceContext
from desk_app.services.renovation import attachments
from desk_app.services.renovation.views import FilingDetail, detail, filing_row, missing_of
from desk_app.services.tracking import new_row, touch

CHANGES = frozenset({"renovation_filing"})
NOTIFY_METHODS = ("phone", "sms", "wechat", "in_person")


@dataclass(frozen=True)
class FilingInput:
    unit_id: str
    owner_person_id: str
    contractor_company: str
    responsible_name: str
    responsible_phone: str
    planned_start: date
    planned_end: date
    applicant_person_id: str | None = None  # None: the owner came in person
    authorisation_note: str = ""  # required when an authorised person applies (委托书 details)
    contractor_licence_no: str = ""  # 统一社会信用代码, checked when given
    contractor_qualification_no: str = ""
    responsible_id_number: str | None = ""  # GB 11643, checked when given; None on edit: keep the current
    responsible_photo: bytes | None = None  # None on edit: keep the current photo
    responsible_photo_name: str = ""
    scope: str = ""
    waterproof_touched: bool = False
    notes: str = ""


def event(
    s: Session,
    ctx: ServiceContext,
    filing: RenovationFiling,
    kind: FilingEventKind,
    data: dict[str, Any] | None = None,
    note: str = "",
) -> None:
    s.add(
        FilingEvent(
            site_id=ctx.site_id,
            at=ctx.now(),
            by_user=ctx.actor_id,
            origin_desk_id=ctx.desk_id,
            kind=kind.value,
            filing_id=filing.id,
            by_name=ctx.actor.display_name if ctx.actor else "",
            detail_json=json.dumps(data or {}, ensure_ascii=False, default=str),
            note=note,
        )
    )
    touch(ctx, filing)
    s.flush()


def _snapshot(filing: RenovationFiling) -> dict[str, Any]:
    """The audited fields, with the responsible person's ID number masked like every ID in the trail."""
    data = audit.snapshot(filing)
    if data.get("responsible_id_number"):
        data["responsible_id_number"] = mask_id_number(data["responsible_id_number"])
    return data


def _relation(s: Session, unit_id: str, person_id: str, relation: str) -> bool:
    return (
        s.scalar(
            select(UnitPerson.id).where(
                UnitPerson.unit_id == unit_id,
                UnitPerson.person_id == person_id,
                UnitPerson.relation == relation,
                UnitPerson.archived.is_(False),
            )
        )
        is not None
    )


def _validate(s: Session, ctx: ServiceContext, data: FilingInput) -> dict[str, Any]:
    """All field problems at once (the form marks each), then the values to store."""
    f = FieldCollector()
    unit = s.get(Unit, data.unit_id) if data.unit_id else None
    if unit is None or unit.archived:
        f.fail("unit_id", "field.required" if not data.unit_id else "record.not_found")
    owner = s.get(Person, data.owner_person_id) if data.owner_person_id else None
    if owner is None:
        f.fail("owner_person_id", "field.required")
    elif unit is not None and not _relation(s, unit.id, owner.id, "owner"):
        f.fail("owner_person_id", "renovation.not_owner")
    applicant_id = data.applicant_person_id or data.owner_person_id
    applicant = s.get(Person, applicant_id) if applicant_id else None
    relation = "owner"
    if applicant is not None and owner is not None and applicant.id != owner.id:
        relation = "authorised"
        if unit is not None and not _relation(s, unit.id, applicant.id, "authorised"):
            f.fail("applicant_person_id", "renovation.not_authorised")
        f.check("authorisation_note", lambda: required(data.authorisation_note, 500))
    elif data.applicant_person_id and applicant is None:
        f.fail("applicant_person_id", "record.not_found")
    company = f.check("contractor_company", lambda: required(data.contractor_company, 100))
    licence = f.check("contractor_licence_no", lambda: validate_credit_code(data.contractor_licence_no))
    qualification = f.check(
        "contractor_qualification_no", lambda: optional_text(data.contractor_qualification_no, 40)
    )
    r_name = f.check("responsible_name", lambda: required(data.responsible_name, 60))
    r_phone = f.check(
        "responsible_phone",
        lambda: validate_phone(required(data.responsible_phone, 30)),
    )
    today = ctx.local_now().date()
    id_text = (data.responsible_id_number or "").strip()
    r_id = f.check(
        "responsible_id_number", lambda: validate_id_number(id_text, today=today) if id_text else ""
    )
    scope = f.check("scope", lambda: optional_text(data.scope, 2000))
    notes = f.check("notes", lambda: optional_text(data.notes, 2000))
    max_months = int(settings.get(ctx, "renovation.max_months"))
    f.check("planned_end", lambda: check_period(data.planned_start, data.planned_end, max_months=max_months))
    if data.responsible_photo is not None:
        f.check("responsible_photo", lambda: check_file(data.responsible_photo or b""))
    f.raise_if_any()
    assert unit is not None and owner is not None and applicant is not None
    return dict(
        unit_id=unit.id,
        unit_code=unit.code,
        owner_person_id=owner.id,
        owner_name=owner.name,
        owner_phone=owner.mobile or owner.landline or "",
        applicant_person_id=applicant.id,
        applicant_name=applicant.name,
        applicant_relation=relation,
        authorisation_note=data.authorisation_note.strip() if relation == "authorised" else "",
        contractor_company=company,
        contractor_licence_no=licence or "",
        contractor_qualification_no=qualification or "",
        responsible_name=r_name,
        responsible_phone=r_phone,
        responsible_id_number=r_id or "",
        scope=scope or "",
        waterproof_touched=bool(data.waterproof_touched),
        planned_start=data.planned_start,
        planned_end=data.planned_end,
        current_end=data.planned_end,
        notes=notes or "",
    )


def check_file(data: bytes) -> None:
    if len(data) > attachments.MAX_BYTES:
        raise DomainError("attachment.too_large", max_mb=attachments.MAX_BYTES // (1024 * 1024))
    attachments.sniff(data)


def _ensure_checklist(s: Session, ctx: ServiceContext, filing: RenovationFiling) -> None:
    """A checklist row for every required document (rows no longer required stay, as a record)."""
    have = set(s.scalars(select(FilingDocument.kind).where(FilingDocument.filing_id == filing.id)))
    needed = required_documents(
        waterproof_touched=filing.waterproof_touched, applicant_is_owner=filing.applicant_relation == "owner"
    )
    for kind in needed:
        if kind.value not in have:
            s.add(new_row(ctx, FilingDocument(filing_id=filing.id, kind=kind.value, received=False, note="")))
    s.flush()


def _store_photo(s: Session, ctx: ServiceContext, filing: RenovationFiling, data: FilingInput) -> None:
    if data.responsible_photo is not None:
        row = attachments.store(
            s,
            "renovation_filing",
            filing.id,
            "photo",
            data.responsible_photo,
            data.responsible_photo_name,
            ctx=ctx,
        )
        filing.responsible_photo_id = row.id


def open_filing(
    ctx: ServiceContext,
    data: FilingInput,
    watermarks: numbering.NumberWatermarks | None = None,
    install_id: str = "",
) -> OpResult[FilingDetail]:
    """Register a filing (登记中) with its ZX number, checklist rows and CREATED event."""
    ctx.require(Permission.HANDLE_RENOVATION)
    with ctx.db.write() as s:
        values = _validate(s, ctx, data)
        number = numbering.allocate(s, ctx, DocType.RENOVATION, watermarks, install_id)
        filing = new_row(ctx, RenovationFiling(number=str(number), status=FilingStatus.DRAFT.value, **values))
        filing.deposit_due_fen = filing.fees_due_fen = 0
        s.add(filing)
        s.flush()
        _store_photo(s, ctx, filing, data)
        _ensure_checklist(s, ctx, filing)
        event(s, ctx, filing, FilingEventKind.CREATED, {"start": data.planned_start, "end": data.planned_end})
        audit.record(s, ctx, "renovation_filing", filing.id, "create", None, _snapshot(filing), filing.number)
        return OpResult(detail(s, ctx, filing), CHANGES)


def edit_filing(ctx: ServiceContext, filing_id: str, data: FilingInput) -> OpResult[FilingDetail]:
    """Correct a filing while it is being registered; afterwards its terms are those approved."""
    ctx.require(Permission.HANDLE_RENOVATION)
    with ctx.db.write() as s:
        filing = filing_row(s, filing_id)
        if filing.status != FilingStatus.DRAFT:
            raise DomainError("renovation.not_draft_edit")
        values = _validate(s, ctx, data)
        if data.responsible_id_number is None:  # the form shows it masked: untouched means unchanged
            values["responsible_id_number"] = filing.responsible_id_number
        before = _snapshot(filing)
        for key, value in values.items():
            setattr(filing, key, value)
        _store_photo(s, ctx, filing, data)
        _ensure_checklist(s, ctx, filing)
        after = _snapshot(filing)
        changed = sorted(audit.diff(before, after))
        if changed:
            event(s, ctx, filing, FilingEventKind.EDITED, {"fields": changed})
            audit.record(s, ctx, "renovation_filing", filing.id, "update", before, after, filing.number)
        return OpResult(detail(s, ctx, filing), CHANGES)


def cancel(ctx: ServiceContext, filing_id: str, reason: str) -> OpResult[FilingDetail]:
    """撤销 a filing before approval; the number stays (nothing numbered is deleted)."""
    ctx.require(Permission.HANDLE_RENOVATION)
    text = FieldCollector()
    why = text.check("reason", lambda: required(reason, 500))
    text.raise_if_any()
    with ctx.db.write() as s:
        filing = filing_row(s, filing_id)
        if filing.status != FilingStatus.DRAFT:
            raise DomainError("renovation.not_draft_cancel")
        filing.status = FilingStatus.CANCELLED.value
        event(s, ctx, filing, FilingEventKind.CANCELLED, {"reason": why}, note=why or "")
        audit.record(s, ctx, "renovation_filing", filing.id, "cancel", summary=filing.number)
        return OpResult(detail(s, ctx, filing), CHANGES)


def approve(
    ctx: ServiceContext, filing_id: str, officer_name: str, officer_phone: str
) -> OpResult[FilingDetail]:
    """The renovation officer's approval: every required document in; the officer's name and phone go on the
    permit (the owner and the contractor call them)."""
    actor = ctx.require(Permission.APPROVE_RENOVATION)
    f = FieldCollector()
    name = f.check("officer_name", lambda: required(officer_name, 60))
    phone = f.check("officer_phone", lambda: validate_phone(required(officer_phone, 30)))
    f.raise_if_any()
    with ctx.db.write() as s:
        filing = filing_row(s, filing_id)
        check_can_approve(filing.status, missing_of(s, filing))
        filing.status = FilingStatus.APPROVED.value
        filing.approved_at = ctx.now()
        filing.approved_by = actor.user_id
        filing.approved_by_name = actor.display_name
        filing.officer_name = name or ""
        filing.officer_phone = phone or ""
        event(s, ctx, filing, FilingEventKind.APPROVED, {"officer": name, "phone": phone})
        audit.record(s, ctx, "renovation_filing", filing.id, "approve", summary=filing.number)
        return OpResult(detail(s, ctx, filing), CHANGES)


def notify_owner(ctx: ServiceContext, filing_id: str, how: str, note: str = "") -> OpResult[FilingDetail]:
    """Record that the owner was told of the approval, and how (phone, SMS, WeChat, in person)."""
    ctx.require(Permission.HANDLE_RENOVATION)
    if how not in NOTIFY_METHODS:
        raise DomainError("validation", fields={"how": "field.invalid"})
    f = FieldCollector()
    text = f.check("note", lambda: optional_text(note, 500))
    f.raise_if_any()
    with ctx.db.write() as s:
        filing = filing_row(s, filing_id)
        if filing.status not in ACTIVE_STATUSES:
            raise DomainError("renovation.not_approved")
        filing.notified_at = ctx.now()
        filing.notified_how = how
        event(s, ctx, filing, FilingEventKind.NOTIFIED, {"how": how}, note=text or "")
        return OpResult(detail(s, ctx, filing), CHANGES)


def extend(
    ctx: ServiceContext, filing_id: str, new_end: date, approved_by_name: str, note: str = ""
) -> OpResult[FilingDetail]:
    """同意延期: a later end inside the cap from the original start; every pass still out is extended with it
    in the same transaction (so no pass is left expiring before its filing)."""
    ctx.require(Permission.HANDLE_RENOVATION)
    f = FieldCollector()
    who = f.check("approved_by_name", lambda: required(approved_by_name, 60))
    text = f.check("note", lambda: optional_text(note, 500))
    f.raise_if_any()
    max_months = int(settings.get(ctx, "renovation.max_months"))
    with ctx.db.write() as s:
        filing = filing_row(s, filing_id)
        if filing.status not in ACTIVE_STATUSES:
            raise DomainError("renovation.not_approved")
        old_end = filing.current_end
        check_extension(
            original_start=filing.planned_start, current_end=old_end, new_end=new_end, max_months=max_months
        )
        filing.current_end = new_end
        filing.status = FilingStatus.EXTENDED.value
        passes = s.scalars(
            select(TempPass).where(
                TempPass.filing_id == filing.id, TempPass.status == PassStatus.ACTIVE.value
            )
        ).all()
        for p in passes:
            p.valid_until = new_end
            p.extended_until = new_end
            touch(ctx, p)
            s.add(
                PassEvent(
                    site_id=ctx.site_id,
                    at=ctx.now(),
                    by_user=ctx.actor_id,
                    origin_desk_id=ctx.desk_id,
                    kind="extended",
                    pass_id=p.id,
                    by_name=ctx.actor.display_name if ctx.actor else "",
                    detail_json=json.dumps({"old": old_end.isoformat(), "new": new_end.isoformat()}),
                    note=f"同意延期 ({filing.number})",
                )
            )
        event(
            s,
            ctx,
            filing,
            FilingEventKind.EXTENDED,
            {"old_end": old_end, "new_end": new_end, "approved_by": who, "passes": len(passes)},
            note="同意延期" + (f"：{text}" if text else ""),
        )
        audit.record(
            s,
            ctx,
            "renovation_filing",
            filing.id,
            "update",
            {"current_end": old_end.isoformat()},
            {"current_end": new_end.isoformat()},
            filing.number,
        )
        return OpResult(detail(s, ctx, filing), CHANGES | {"temp_pass"})
