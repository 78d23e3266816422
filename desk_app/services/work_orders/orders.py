"""Registering work orders and taking them through their steps (dispatch … return visit, closed)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.db.models import (
    AppMeta,
    Person,
    Staff,
    Unit,
    UnitPerson,
    WorkOrder,
    WorkOrderCategory,
    WorkOrderEvent,
)
from desk_app.domain import qr
from desk_app.domain.errors import DomainError
from desk_app.domain.numbering import DocType
from desk_app.domain.roles import Permission
from desk_app.domain.work_orders import (
    CallbackMethod,
    CallbackOutcome,
    Channel,
    Evaluation,
    EventKind,
    Urgency,
    needs_supervisor_notice,
)
from desk_app.services import audit, numbering, settings
from desk_app.services.archive.validation import FieldCollector, optional_text, required
from desk_app.services.context import OpResult, ServiceContext
from desk_app.services.tracking import new_row
from desk_app.services.work_orders.lifecycle import apply_event
from desk_app.services.work_orders.views import WorkOrderDetail, detail

CHANGES = frozenset({"work_order"})
QR_KIND = "WO"


def qr_secret(s: Session) -> str:
    """The installation's QR secret, created on first use (databases from before work orders have none)."""
    from desk_app.domain.ids import uuid7

    row = s.get(AppMeta, "qr_secret")
    if row is None:
        row = AppMeta(key="qr_secret", value=uuid7().replace("-", "") + uuid7().replace("-", ""))
        s.add(row)
        s.flush()
    return row.value


@dataclass(frozen=True)
class RegisterInput:
    category_id: str
    description: str
    reporter_name: str
    contact_phone: str = ""
    channel: Channel = Channel.PHONE
    unit_id: str | None = None
    location: str = ""  # public areas: where exactly (3栋大堂, 地下车库B2 …)
    reporter_person_id: str | None = None
    urgency: Urgency | None = None  # None: the category's default
    department_id: str | None = None  # None: the category's default
    appointment_at: datetime | None = None
    paid: bool = False
    incident_id: str | None = None  # another report of the same outage


@dataclass(frozen=True)
class RepeatInfo:
    """An earlier report of the same unit and category inside the window (返修)."""

    work_order_id: str
    number: str
    created_at: datetime
    status: str


def find_repeat(
    ctx: ServiceContext, unit_id: str | None, category_id: str, at: datetime | None = None
) -> RepeatInfo | None:
    """For the form's warning while the clerk types, and for counting the new order as 返修."""
    ctx.require(Permission.HANDLE_WORK_ORDERS)
    if unit_id is None:
        return None
    with ctx.db.read() as s:
        return _find_repeat(s, ctx, unit_id, category_id, at or ctx.now())


def _find_repeat(
    s: Session, ctx: ServiceContext, unit_id: str, category_id: str, at: datetime
) -> RepeatInfo | None:
    window = int(settings.get(ctx, "work_order.repeat_window_days"))
    row = s.scalars(
        select(WorkOrder)
        .where(
            WorkOrder.unit_id == unit_id,
            WorkOrder.category_id == category_id,
            WorkOrder.created_at >= at - timedelta(days=window),
            WorkOrder.created_at <= at,
            WorkOrder.status != "voided",
        )
        .order_by(WorkOrder.created_at.desc())
        .limit(1)
    ).first()
    return RepeatInfo(row.id, row.number, row.created_at, row.status) if row else None


@dataclass(frozen=True)
class ReporterChoice:
    person_id: str
    name: str
    phone: str
    relation: str


def reporters_for_unit(ctx: ServiceContext, unit_id: str) -> list[ReporterChoice]:
    """The unit's people, owners first: pre-fills the reporter and contact phone."""
    ctx.require(Permission.HANDLE_WORK_ORDERS)
    order = {"owner": 0, "tenant": 1, "family": 2, "authorised": 3}
    with ctx.db.read() as s:
        rows = s.execute(
            select(
                Person.id,
                Person.name,
                Person.mobile,
                Person.landline,
                UnitPerson.relation,
                UnitPerson.is_primary,
            )
            .join(UnitPerson, UnitPerson.person_id == Person.id)
            .where(UnitPerson.unit_id == unit_id, UnitPerson.archived.is_(False), Person.archived.is_(False))
        ).all()
    rows = sorted(rows, key=lambda r: (not r[5], order.get(r[4], 9), r[1]))
    return [ReporterChoice(r[0], r[1], r[2] or r[3], r[4]) for r in rows]


def _validate(s: Session, data: RegisterInput) -> tuple[WorkOrderCategory, Urgency, str]:
    f = FieldCollector()
    f.check("description", lambda: required(data.description, 2000))
    f.check("reporter_name", lambda: required(data.reporter_name, 60))
    f.check("contact_phone", lambda: optional_text(data.contact_phone, 30))
    f.check("location", lambda: optional_text(data.location, 100))
    category = s.get(WorkOrderCategory, data.category_id)
    if category is None or category.archived:
        f.fail("category_id", "field.required")
    elif s.scalar(
        select(WorkOrderCategory.id).where(
            WorkOrderCategory.parent_id == category.id, WorkOrderCategory.archived.is_(False)
        )
    ):
        f.fail("category_id", "work_order.category_is_group")
    if data.unit_id is None and not data.location.strip():
        f.fail("unit_id", "work_order.no_unit_or_location")
    if data.unit_id is not None and s.get(Unit, data.unit_id) is None:
        f.fail("unit_id", "record.not_found")
    department_id = data.department_id or (category.default_department_id if category else None)
    if not department_id and "category_id" not in f.errors:
        f.fail("department_id", "field.required")
    f.raise_if_any()
    assert category is not None and department_id is not None
    return category, Urgency(data.urgency or category.default_urgency), department_id


def register(
    ctx: ServiceContext,
    data: RegisterInput,
    watermarks: numbering.NumberWatermarks | None = None,
    install_id: str = "",
) -> OpResult[WorkOrderDetail]:
    """Create the order with its number (taken in this transaction) and its CREATED event."""
    actor = ctx.require(Permission.HANDLE_WORK_ORDERS)
    with ctx.db.write() as s:
        category, urgency, department_id = _validate(s, data)
        now = ctx.now()
        repeat = _find_repeat(s, ctx, data.unit_id, category.id, now) if data.unit_id else None
        number = numbering.allocate(s, ctx, DocType.WORK_ORDER, watermarks, install_id)
        order = new_row(
            ctx,
            WorkOrder(
                number=str(number),
                unit_id=data.unit_id,
                location=data.location.strip(),
                reporter_person_id=data.reporter_person_id,
                reporter_name=data.reporter_name.strip(),
                contact_phone=data.contact_phone.strip(),
                channel=Channel(data.channel).value,
                category_id=category.id,
                urgency=urgency.value,
                description=data.description.strip(),
                appointment_at=data.appointment_at,
                paid=data.paid,
                department_id=department_id,
                first_contact_user_id=actor.user_id,
                incident_id=data.incident_id,
                is_repeat=repeat is not None,
                repeat_of_id=repeat.work_order_id if repeat else None,
                status="registered",
                rework_count=0,
                callback_attempts=0,
                print_count=0,
            ),
        )
        s.add(order)
        s.flush()
        apply_event(
            s, ctx, order, EventKind.CREATED, {"channel": order.channel, "urgency": urgency.value}, at=now
        )
        audit.record(s, ctx, "work_order", order.id, "create", summary=order.number)
        return OpResult(detail(s, ctx, order), CHANGES)


def _order(s: Session, order_id: str) -> WorkOrder:
    order = s.get(WorkOrder, order_id)
    if order is None:
        raise DomainError("record.not_found", kind="work_order")
    return order


def step(
    ctx: ServiceContext,
    order_id: str,
    kind: EventKind,
    payload: dict[str, Any] | None = None,
    permission: Permission = Permission.HANDLE_WORK_ORDERS,
) -> OpResult[WorkOrderDetail]:
    """Any step of the state machine; the specific functions below only shape the payload."""
    ctx.require(permission)
    with ctx.db.write() as s:
        order = _order(s, order_id)
        state, event = apply_event(s, ctx, order, kind, payload)
        changes = set(CHANGES)
        if needs_supervisor_notice(event, state):
            changes.add("supervisor_notice")  # the supervisor's queue lists dissatisfied return visits
        return OpResult(detail(s, ctx, order), frozenset(changes))


def dispatch(
    ctx: ServiceContext,
    order_id: str,
    department_id: str | None = None,
    staff_id: str | None = None,
    staff_name: str = "",
) -> OpResult[WorkOrderDetail]:
    ctx.require(Permission.HANDLE_WORK_ORDERS)
    with ctx.db.write() as s:
        order = _order(s, order_id)
        if staff_id is not None:
            staff = s.get(Staff, staff_id)
            if staff is None:
                raise DomainError("record.not_found", kind="staff")
            staff_name = staff.name
            department_id = department_id or staff.department_id
        if department_id:
            order.department_id = department_id
        order.assignee_staff_id = staff_id
        order.assignee_name = staff_name.strip()
        apply_event(
            s,
            ctx,
            order,
            EventKind.DISPATCHED,
            {"department_id": order.department_id, "staff": order.assignee_name},
        )
        return OpResult(detail(s, ctx, order), CHANGES)


def arrive(ctx: ServiceContext, order_id: str, at: datetime | None = None) -> OpResult[WorkOrderDetail]:
    return step(ctx, order_id, EventKind.ARRIVED, {"arrived_at": at} if at else {})


def complete(
    ctx: ServiceContext, order_id: str, at: datetime | None = None, handling: str = ""
) -> OpResult[WorkOrderDetail]:
    payload: dict[str, Any] = {"handling": handling.strip()}
    if at:
        payload["completed_at"] = at
    return step(ctx, order_id, EventKind.COMPLETED, payload)


@dataclass(frozen=True)
class SlipReturn:
    """What the department wrote on the returned slip, and the customer's tick."""

    staff_name: str
    arrived_at: datetime
    completed_at: datetime
    handling: str
    materials: str = ""
    charge_fen: int = 0
    evaluation: Evaluation | None = None
    signed: bool = False


def return_slip(ctx: ServiceContext, order_id: str, slip: SlipReturn) -> OpResult[WorkOrderDetail]:
    f = FieldCollector()
    f.check("staff_name", lambda: required(slip.staff_name, 60))
    f.check("handling", lambda: required(slip.handling, 2000))
    f.check("materials", lambda: optional_text(slip.materials, 500))
    if slip.charge_fen < 0:
        f.fail("charge_fen", "field.invalid")
    if slip.completed_at < slip.arrived_at:
        f.fail("completed_at", "work_order.slip_times")
    f.raise_if_any()
    ctx.require(Permission.HANDLE_WORK_ORDERS)
    with ctx.db.write() as s:
        order = _order(s, order_id)
        if not order.assignee_name:
            order.assignee_name = slip.staff_name.strip()
        if order.status == "registered":
            # The department took the printed slip without the desk recording it: the slip coming back proves
            # it was dispatched, so record that first rather than refuse the clerk.
            implied = {"department_id": order.department_id, "staff": order.assignee_name, "implied": True}
            apply_event(s, ctx, order, EventKind.DISPATCHED, implied)
        apply_event(
            s,
            ctx,
            order,
            EventKind.SLIP_RETURNED,
            {
                "staff": slip.staff_name.strip(),
                "arrived_at": slip.arrived_at,
                "completed_at": slip.completed_at,
                "handling": slip.handling.strip(),
                "materials": slip.materials.strip(),
                "charge_fen": slip.charge_fen,
                "evaluation": slip.evaluation.value if slip.evaluation else None,
                "signed": slip.signed,
            },
        )
        return OpResult(detail(s, ctx, order), CHANGES)


@dataclass(frozen=True)
class CallbackInput:
    method: CallbackMethod
    outcome: CallbackOutcome
    evaluation: Evaluation | None = None
    remarks: str = ""
    phone: str = ""  # the number called (recorded on the slip and in the system, seed 003 第五条 4)
    retry_at: datetime | None = None


def callback(ctx: ServiceContext, order_id: str, data: CallbackInput) -> OpResult[WorkOrderDetail]:
    """Record a return visit; 不满意 sends the order back as rework and notifies the supervisor."""
    payload: dict[str, Any] = {
        "method": CallbackMethod(data.method).value,
        "outcome": CallbackOutcome(data.outcome).value,
        "evaluation": data.evaluation.value if data.evaluation else None,
        "remarks": data.remarks.strip()[:500],
        "phone": data.phone.strip()[:30],
    }
    if data.retry_at is not None:
        payload["retry_at"] = data.retry_at
    return step(ctx, order_id, EventKind.CALLBACK, payload)


def rework(ctx: ServiceContext, order_id: str, reason: str) -> OpResult[WorkOrderDetail]:
    return step(ctx, order_id, EventKind.REWORK, {"reason": reason.strip()})


def suspend(ctx: ServiceContext, order_id: str, reason: str) -> OpResult[WorkOrderDetail]:
    return step(ctx, order_id, EventKind.SUSPENDED, {"reason": reason.strip()})


def resume(ctx: ServiceContext, order_id: str) -> OpResult[WorkOrderDetail]:
    return step(ctx, order_id, EventKind.RESUMED)


def void(ctx: ServiceContext, order_id: str, reason: str) -> OpResult[WorkOrderDetail]:
    """作废: the number stays, the order is marked void; only a supervisor may do it."""
    return step(ctx, order_id, EventKind.VOIDED, {"reason": reason.strip()}, Permission.VOID_WORK_ORDERS)


def follow_up(ctx: ServiceContext, order_id: str, note: str) -> OpResult[WorkOrderDetail]:
    return step(ctx, order_id, EventKind.FOLLOW_UP, {"note": note.strip()})


def close_unreachable(ctx: ServiceContext, order_id: str, reason: str) -> OpResult[WorkOrderDetail]:
    """Close an order whose customer could not be reached after return-visit attempts."""
    return step(ctx, order_id, EventKind.CLOSED, {"reason": reason.strip()})


def link_incident(ctx: ServiceContext, order_id: str, incident_id: str) -> OpResult[WorkOrderDetail]:
    """Group several reports of one outage under one incident (the first report)."""
    ctx.require(Permission.HANDLE_WORK_ORDERS)
    with ctx.db.write() as s:
        order, main = _order(s, order_id), _order(s, incident_id)
        if main.id == order.id:
            raise DomainError("work_order.invalid_payload", field="incident")
        root = main.incident_id or main.id
        order.incident_id = root
        apply_event(s, ctx, order, EventKind.LINKED, {"incident": s.get(WorkOrder, root).number})  # type: ignore[union-attr]
        return OpResult(detail(s, ctx, order), CHANGES)


def get(ctx: ServiceContext, order_id: str) -> WorkOrderDetail:
    ctx.require(Permission.HANDLE_WORK_ORDERS)
    with ctx.db.read() as s:
        return detail(s, ctx, _order(s, order_id))


def find_by_number(ctx: ServiceContext, number: str) -> WorkOrderDetail:
    ctx.require(Permission.HANDLE_WORK_ORDERS)
    with ctx.db.read() as s:
        order = s.scalar(select(WorkOrder).where(WorkOrder.number == number.strip().upper()))
        if order is None:
            raise DomainError("work_order.not_found", number=number.strip())
        return detail(s, ctx, order)


def find_by_scan(ctx: ServiceContext, scanned: str) -> WorkOrderDetail:
    """The scanned QR of a returned slip (a keyboard-wedge scanner types it into the search box)."""
    ctx.require(Permission.HANDLE_WORK_ORDERS)
    with ctx.db.write() as s:  # write: the secret is created on first use
        payload = qr.decode(qr_secret(s), scanned)
    if payload.kind != QR_KIND:
        raise DomainError("qr.invalid")
    return find_by_number(ctx, payload.number)


@dataclass(frozen=True)
class EventView:
    kind: EventKind
    at: datetime
    by_name: str
    payload: dict[str, Any] = field(default_factory=dict)


def history_events(ctx: ServiceContext, order_id: str) -> list[EventView]:
    ctx.require(Permission.HANDLE_WORK_ORDERS)
    with ctx.db.read() as s:
        rows = s.scalars(
            select(WorkOrderEvent)
            .where(WorkOrderEvent.work_order_id == order_id)
            .order_by(WorkOrderEvent.at, WorkOrderEvent.id)
        ).all()
        return [
            EventView(EventKind(r.kind), r.at, r.by_name, json.loads(r.payload_json or "{}")) for r in rows
        ]
