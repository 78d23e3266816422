"""Registering complaints, suggestions and praise, and handling them: "谁受理、谁处理、谁跟进、谁回复".

Every step is an event through ``lifecycle.apply_event``; escalations (manual, automatic on a missed
deadline, or after a return visit answered 不满意) are events too and move the complaint into the next
level's queue.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import and_, or_, select, text
from sqlalchemy.orm import Session

from desk_app.db.models import Complaint, Department, Person, Staff, Unit
from desk_app.domain.complaints import (
    CallbackMethod,
    Category,
    Channel,
    EscalationReason,
    Evaluation,
    EventKind,
    Kind,
    Severity,
    escalation_after_callback,
    escalation_due,
    escalation_event,
    replay,
)
from desk_app.domain.errors import DomainError
from desk_app.domain.numbering import DocType
from desk_app.domain.roles import Permission
from desk_app.services import audit, numbering
from desk_app.services.archive.validation import FieldCollector, optional_text, required
from desk_app.services.complaints.lifecycle import apply_event, event_rows, events_of, rules
from desk_app.services.complaints.views import ComplaintDetail, detail
from desk_app.services.context import OpResult, ServiceContext
from desk_app.services.tracking import new_row

CHANGES = frozenset({"complaint"})
# The text each step needs, as a form field: checked before the state machine so the form marks the field.
_REQUIRED_TEXT = {
    EventKind.INVESTIGATED: "cause",
    EventKind.ASSIGNED: "responsible",
    EventKind.SOLUTION: "solution",
    EventKind.REPLIED: "content",
    EventKind.SUMMARISED: "summary",
    EventKind.JUDGED: "reason",
    EventKind.VOIDED: "reason",
}


@dataclass(frozen=True)
class ComplaintInput:
    content: str  # in the complainant's words
    complainant_name: str
    kind: Kind = Kind.COMPLAINT
    channel: Channel = Channel.PHONE
    complainant_phone: str = ""
    complainant_person_id: str | None = None
    unit_id: str | None = None
    category: Category = Category.SERVICE
    department_id: str | None = None  # involved (complaint) or praised (praise)
    staff_id: str | None = None  # involved (complaint) or praised (praise)
    staff_name: str = ""  # when the staff member is not in the list
    request: str = ""  # what they ask for
    severity: Severity = Severity.NORMAL
    promised_reply_at: datetime | None = None  # the reply time promised to the complainant
    visit_id: str | None = None  # registered from a walk-in


def _validate(s: Session, data: ComplaintInput) -> dict[str, Any]:
    f = FieldCollector()
    content = f.check("content", lambda: required(data.content, 4000))
    name = f.check("complainant_name", lambda: required(data.complainant_name, 60))
    phone = f.check("complainant_phone", lambda: optional_text(data.complainant_phone, 30))
    request = f.check("request", lambda: optional_text(data.request, 2000))
    staff_name = f.check("staff_name", lambda: optional_text(data.staff_name, 60))
    values: dict[str, Any] = {}
    for key, enum, value in (
        ("kind", Kind, data.kind),
        ("channel", Channel, data.channel),
        ("category", Category, data.category),
        ("severity", Severity, data.severity),
    ):
        try:
            values[key] = enum(value).value
        except ValueError:
            f.fail(key, "field.invalid")
    if data.unit_id is not None and s.get(Unit, data.unit_id) is None:
        f.fail("unit_id", "record.not_found")
    if data.complainant_person_id is not None and s.get(Person, data.complainant_person_id) is None:
        f.fail("complainant_person_id", "record.not_found")
    if data.department_id is not None and s.get(Department, data.department_id) is None:
        f.fail("department_id", "record.not_found")
    staff = s.get(Staff, data.staff_id) if data.staff_id else None
    if data.staff_id and staff is None:
        f.fail("staff_id", "record.not_found")
    if data.kind == Kind.PRAISE and not (data.staff_id or data.department_id or (staff_name or "")):
        f.fail("staff_id", "field.required")  # praise names who is praised
    f.raise_if_any()
    return dict(
        values,
        content=content,
        complainant_name=name,
        complainant_phone=phone or "",
        request=request or "",
        staff_name=staff.name if staff else (staff_name or ""),
        department_id=data.department_id or (staff.department_id if staff else None),
    )


def register(
    ctx: ServiceContext,
    data: ComplaintInput,
    watermarks: numbering.NumberWatermarks | None = None,
    install_id: str = "",
) -> OpResult[ComplaintDetail]:
    """Create the complaint with its number (taken in this transaction) and its CREATED event. A visit it
    came from is linked both ways in the same transaction."""
    actor = ctx.require(Permission.HANDLE_COMPLAINTS)
    with ctx.db.write() as s:
        values = _validate(s, data)
        now = ctx.now()
        number = numbering.allocate(s, ctx, DocType.COMPLAINT, watermarks, install_id)
        row = new_row(
            ctx,
            Complaint(
                number=str(number),
                complainant_person_id=data.complainant_person_id,
                unit_id=data.unit_id,
                staff_id=data.staff_id,
                praised_staff_id=data.staff_id if data.kind == Kind.PRAISE else None,
                promised_reply_at=data.promised_reply_at,
                first_contact_user_id=actor.user_id or None,
                status="registered",
                level=0,
                escalation_count=0,
                valid_reason="",
                responsible="",
                print_count=0,
                **values,
            ),
        )
        s.add(row)
        s.flush()
        r = rules(ctx)
        created = {"kind": row.kind, "channel": row.channel}
        state, _ = apply_event(s, ctx, row, EventKind.CREATED, created, now, r, history=[])
        audit.record(s, ctx, "complaint", row.id, "create", summary=f"{row.number} {row.complainant_name}")
        changes = set(CHANGES)
        if data.visit_id:
            from desk_app.db.models import Visit
            from desk_app.services.visits.log import link_in_session

            visit = s.get(Visit, data.visit_id)
            if visit is None:
                raise DomainError("record.not_found", kind="visit")
            link_in_session(s, ctx, visit, "complaint", row.id)
            changes.add("visit")
        return OpResult(detail(s, ctx, row, state, r.chain), frozenset(changes))


def _row(s: Session, complaint_id: str) -> Complaint:
    row = s.get(Complaint, complaint_id)
    if row is None:
        raise DomainError("record.not_found", kind="complaint")
    return row


def step(
    ctx: ServiceContext,
    complaint_id: str,
    kind: EventKind,
    payload: dict[str, Any] | None = None,
    permission: Permission = Permission.HANDLE_COMPLAINTS,
) -> OpResult[ComplaintDetail]:
    """Any step of the state machine; the functions below only shape the payload."""
    ctx.require(permission)
    required = _REQUIRED_TEXT.get(kind)
    if required and not str((payload or {}).get(required) or "").strip():
        raise DomainError("validation", fields={required: "field.required"})
    r = rules(ctx)
    with ctx.db.write() as s:
        row = _row(s, complaint_id)
        history = events_of(s, row.id)
        state, event = apply_event(s, ctx, row, kind, payload, None, r, history)
        changes = set(CHANGES)
        follow = escalation_after_callback(state, event.at) if kind is EventKind.CALLBACK else None
        if follow is not None:
            state, _ = apply_event(s, ctx, row, follow.kind, follow.payload, follow.at, r, history)
            changes.add("complaint_escalation")
        if kind is EventKind.ESCALATED:
            changes.add("complaint_escalation")
        return OpResult(detail(s, ctx, row, state, r.chain), frozenset(changes))


def acknowledge(ctx: ServiceContext, complaint_id: str) -> OpResult[ComplaintDetail]:
    return step(ctx, complaint_id, EventKind.ACKNOWLEDGED)


def investigate(ctx: ServiceContext, complaint_id: str, cause: str) -> OpResult[ComplaintDetail]:
    return step(ctx, complaint_id, EventKind.INVESTIGATED, {"cause": cause.strip()[:2000]})


def assign(
    ctx: ServiceContext, complaint_id: str, responsible: str, staff_id: str | None = None
) -> OpResult[ComplaintDetail]:
    """The responsible person (谁处理)."""
    return step(
        ctx, complaint_id, EventKind.ASSIGNED, {"responsible": responsible.strip()[:60], "staff_id": staff_id}
    )


def solution(ctx: ServiceContext, complaint_id: str, text_: str) -> OpResult[ComplaintDetail]:
    """The official opinion; replies may follow."""
    return step(ctx, complaint_id, EventKind.SOLUTION, {"solution": text_.strip()[:4000]})


@dataclass(frozen=True)
class ReplyInput:
    """One reply to one complainant — never collective (DOMAIN.md §3)."""

    content: str
    channel: Channel = Channel.PHONE  # by the same channel as the complaint, normally
    to_name: str = ""  # blank: the complainant
    replied_by: str = ""  # blank: the signed-in user
    at: datetime | None = None  # when it was said; blank: now


def reply(ctx: ServiceContext, complaint_id: str, data: ReplyInput) -> OpResult[ComplaintDetail]:
    payload: dict[str, Any] = {
        "content": data.content.strip()[:4000],
        "channel": Channel(data.channel).value,
        "to": data.to_name.strip()[:60],
        "by": (data.replied_by.strip() or (ctx.actor.display_name if ctx.actor else ""))[:60],
    }
    if data.at is not None:
        payload["replied_at"] = data.at
    return step(ctx, complaint_id, EventKind.REPLIED, payload)


@dataclass(frozen=True)
class CallbackInput:
    method: CallbackMethod
    evaluation: Evaluation
    remarks: str = ""
    phone: str = ""


def callback(ctx: ServiceContext, complaint_id: str, data: CallbackInput) -> OpResult[ComplaintDetail]:
    """The return visit; 不满意 sends the complaint back to handling one level up."""
    payload = {
        "method": CallbackMethod(data.method).value,
        "evaluation": Evaluation(data.evaluation).value,
        "remarks": data.remarks.strip()[:500],
        "phone": data.phone.strip()[:30],
    }
    return step(ctx, complaint_id, EventKind.CALLBACK, payload)


def summarise(
    ctx: ServiceContext, complaint_id: str, summary: str, evaluation: str = ""
) -> OpResult[ComplaintDetail]:
    """Summary and evaluation (总结评价) of the case."""
    return step(
        ctx,
        complaint_id,
        EventKind.SUMMARISED,
        {"summary": summary.strip()[:2000], "evaluation": evaluation.strip()[:500]},
    )


def judge(ctx: ServiceContext, complaint_id: str, valid: bool, reason: str) -> OpResult[ComplaintDetail]:
    """有效 / 无效 投诉, with the reason (supervisor and above)."""
    return step(
        ctx,
        complaint_id,
        EventKind.JUDGED,
        {"valid": bool(valid), "reason": reason.strip()[:500]},
        Permission.JUDGE_COMPLAINTS,
    )


def close(ctx: ServiceContext, complaint_id: str) -> OpResult[ComplaintDetail]:
    return step(ctx, complaint_id, EventKind.CLOSED)


def void(ctx: ServiceContext, complaint_id: str, reason: str) -> OpResult[ComplaintDetail]:
    return step(
        ctx, complaint_id, EventKind.VOIDED, {"reason": reason.strip()[:500]}, Permission.JUDGE_COMPLAINTS
    )


def escalate(ctx: ServiceContext, complaint_id: str, note: str) -> OpResult[ComplaintDetail]:
    """Manual escalation one level up, with the reason; ``complaint.chain_end`` at the top."""
    ctx.require(Permission.HANDLE_COMPLAINTS)
    if not note.strip():
        raise DomainError("validation", fields={"note": "field.required"})
    r = rules(ctx)
    with ctx.db.write() as s:
        row = _row(s, complaint_id)
        history = events_of(s, row.id)
        state = replay(history, len(r.chain))
        event = escalation_event(state, EscalationReason.MANUAL, ctx.now(), note[:500])
        state, _ = apply_event(s, ctx, row, event.kind, event.payload, event.at, r, history)
        return OpResult(detail(s, ctx, row, state, r.chain), CHANGES | {"complaint_escalation"})


@dataclass(frozen=True)
class Escalated:
    complaint_id: str
    number: str
    reason: EscalationReason
    from_level: int
    to_level: int


def run_auto_escalation(ctx: ServiceContext, now: datetime | None = None) -> list[Escalated]:
    """Escalate every open complaint whose acknowledgement or answer deadline passed (once per deadline:
    running it again changes nothing). Called by a timer in the app and by the tests with a moved clock."""
    now = now or ctx.now()
    r = rules(ctx)
    levels = len(r.chain)
    done: list[Escalated] = []
    with ctx.db.write() as s:
        candidates = s.scalars(
            select(Complaint).where(
                text("complaint.status NOT IN ('closed', 'voided')"),  # the partial index (views.OPEN)
                text("+complaint.site_id = :site").bindparams(site=ctx.site_id),
                Complaint.kind == Kind.COMPLAINT.value,
                Complaint.level < levels - 1,
                or_(
                    and_(Complaint.acknowledged_at.is_(None), Complaint.ack_due_at < now),
                    and_(Complaint.replied_at.is_(None), Complaint.reply_due_at < now),
                ),
            )
        ).all()
        for row in candidates:
            history = events_of(s, row.id)
            state = replay(history, levels)
            reason = escalation_due(state, now, r.policy, r.calendar)
            if reason is None:
                continue
            event = escalation_event(state, reason, now)
            apply_event(s, ctx, row, event.kind, event.payload, now, r, history)
            done.append(Escalated(row.id, row.number, reason, state.level, state.level + 1))
        if done:
            audit.record(
                s,
                ctx,
                "complaint",
                "*",
                "escalate",
                summary=f"{len(done)} complaints escalated automatically",
            )
    return done


def get(ctx: ServiceContext, complaint_id: str) -> ComplaintDetail:
    ctx.require(Permission.HANDLE_COMPLAINTS)
    with ctx.db.read() as s:
        return detail(s, ctx, _row(s, complaint_id))


def find_by_number(ctx: ServiceContext, number: str) -> ComplaintDetail:
    ctx.require(Permission.HANDLE_COMPLAINTS)
    with ctx.db.read() as s:
        row = s.scalar(select(Complaint).where(Complaint.number == number.strip().upper()))
        if row is None:
            raise DomainError("complaint.not_found", number=number.strip())
        return detail(s, ctx, row)


@dataclass(frozen=True)
class EventView:
    kind: EventKind
    at: datetime
    by_name: str
    payload: dict[str, Any] = field(default_factory=dict)


def history_events(ctx: ServiceContext, complaint_id: str) -> list[EventView]:
    ctx.require(Permission.HANDLE_COMPLAINTS)
    with ctx.db.read() as s:
        return [
            EventView(EventKind(r.kind), r.at, r.by_name, json.loads(r.payload_json or "{}"))
            for r in event_rows(s, complaint_id)
        ]
