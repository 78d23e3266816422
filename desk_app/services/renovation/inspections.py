"""巡查 and 完工核查: inspections of a filing's works, and the downstairs owner's no-leak signature.

A patrol is a record the desk may enter; a completion verdict (passed / failed) is the renovation officer's.
The latest completion verdict is cached on the filing: passed → 已核查 (the deposit may be refunded once the
other conditions hold), failed → the refund stays blocked until a later inspection passes.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from desk_app.db.models import Inspection
from desk_app.domain.errors import DomainError
from desk_app.domain.renovation import (
    ACTIVE_STATUSES,
    FilingEventKind,
    FilingStatus,
    InspectionKind,
    InspectionResult,
)
from desk_app.domain.roles import Permission
from desk_app.services import audit
from desk_app.services.archive.validation import FieldCollector, optional_text, required
from desk_app.services.context import OpResult, ServiceContext
from desk_app.services.renovation import attachments
from desk_app.services.renovation.filings import CHANGES, check_file, event
from desk_app.services.renovation.views import FilingDetail, detail, filing_row
from desk_app.services.tracking import new_row

INSPECTABLE = frozenset({*ACTIVE_STATUSES, FilingStatus.INSPECTED})
MAX_PHOTOS = 12


def record_inspection(
    ctx: ServiceContext,
    filing_id: str,
    kind: InspectionKind | str,
    result: InspectionResult | str,
    findings: str = "",
    violation: bool = False,
    violation_note: str = "",
    photos: Sequence[bytes] = (),
    inspector_name: str = "",
) -> OpResult[FilingDetail]:
    """Record one inspection with its photos; ``inspector_name`` defaults to the signed-in user."""
    actor = ctx.require(Permission.HANDLE_RENOVATION)
    f = FieldCollector()
    try:
        i_kind, i_result = InspectionKind(kind), InspectionResult(result)
    except ValueError:
        raise DomainError("validation", fields={"result": "field.invalid"}) from None
    if i_kind is InspectionKind.COMPLETION:
        if i_result is InspectionResult.NOTED:
            f.fail("result", "renovation.completion_needs_verdict")
        else:
            ctx.require(Permission.APPROVE_RENOVATION)
    text = f.check("findings", lambda: optional_text(findings, 2000))
    v_note = f.check("violation_note", lambda: optional_text(violation_note, 1000))
    if violation and not (v_note or "").strip():
        f.fail("violation_note", "field.required")
    if i_result is InspectionResult.FAILED and not (text or "").strip():
        f.fail("findings", "field.required")  # a failed inspection says what must be put right
    inspector = f.check("inspector_name", lambda: required(inspector_name or actor.display_name, 60))
    if len(photos) > MAX_PHOTOS:
        f.fail("photos", "renovation.too_many_photos", max=MAX_PHOTOS)
    for photo in photos:
        try:
            check_file(photo)
        except DomainError as exc:
            f.fail("photos", exc.code, **exc.params)
    f.raise_if_any()
    with ctx.db.write() as s:
        filing = filing_row(s, filing_id)
        if filing.status not in INSPECTABLE:
            raise DomainError("renovation.not_approved")
        row = new_row(
            ctx,
            Inspection(
                filing_id=filing.id,
                kind=i_kind.value,
                inspected_at=ctx.now(),
                inspector_name=inspector or "",
                result=i_result.value,
                findings=text or "",
                violation=violation,
                violation_note=v_note or "",
            ),
        )
        s.add(row)
        s.flush()
        for n, photo in enumerate(photos, 1):
            attachments.store(s, "inspection", row.id, "photo", photo, f"inspection-{n}", ctx=ctx)
        if i_kind is InspectionKind.COMPLETION:
            filing.completion_result = i_result.value
            if i_result is InspectionResult.PASSED:
                filing.status = FilingStatus.INSPECTED.value
            elif filing.status == FilingStatus.INSPECTED:
                # A later failed verdict reopens the works: back to approved (or extended, if it was).
                extended = filing.current_end != filing.planned_end
                filing.status = (FilingStatus.EXTENDED if extended else FilingStatus.APPROVED).value
        event(
            s,
            ctx,
            filing,
            FilingEventKind.INSPECTED,
            {"kind": i_kind.value, "result": i_result.value, "violation": violation, "photos": len(photos)},
            note=text or "",
        )
        audit.record(s, ctx, "inspection", row.id, "create", summary=f"{filing.number} {i_kind} {i_result}")
        return OpResult(detail(s, ctx, filing), CHANGES)


def record_downstairs_signature(
    ctx: ServiceContext, filing_id: str, signed_by: str, signed_at: datetime
) -> OpResult[FilingDetail]:
    """楼下业主签字: the owner below confirmed there is no leak (one of the refund conditions)."""
    ctx.require(Permission.HANDLE_RENOVATION)
    f = FieldCollector()
    who = f.check("signed_by", lambda: required(signed_by, 60))
    if signed_at > ctx.now():
        f.fail("signed_at", "renovation.signed_in_future")
    f.raise_if_any()
    with ctx.db.write() as s:
        filing = filing_row(s, filing_id)
        if filing.status not in INSPECTABLE:
            raise DomainError("renovation.not_approved")
        filing.downstairs_signed_by = who or ""
        filing.downstairs_signed_at = signed_at
        event(s, ctx, filing, FilingEventKind.DOWNSTAIRS_SIGNED, {"by": who, "at": signed_at})
        return OpResult(detail(s, ctx, filing), CHANGES)
