"""What the screens read about work orders: the detail of one, rows of the list, the return-visit queue.

Lists are built for years of data: the filter runs in SQL on indexed, cached columns and returns ids; rows
are fetched a page at a time for the ids on screen (a lazy table model over ids, as in Anki's browser).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, and_, func, or_, select, text
from sqlalchemy.orm import Session

from desk_app.db.models import Department, Unit, UserAccount, WorkOrder, WorkOrderCategory
from desk_app.domain.roles import Permission
from desk_app.domain.work_orders import Channel, EventKind, Status, Urgency, allowed_events, replay
from desk_app.services.context import ServiceContext


@dataclass(frozen=True)
class WorkOrderDetail:
    id: str
    number: str
    status: Status
    created_at: datetime
    unit_id: str | None
    unit_code: str
    location: str
    reporter_person_id: str | None
    reporter_name: str
    contact_phone: str
    channel: Channel
    category_id: str
    category_path: str
    urgency: Urgency
    description: str
    appointment_at: datetime | None
    paid: bool
    department_id: str
    department_name: str
    assignee_name: str
    first_contact_name: str
    is_repeat: bool
    incident_id: str | None
    incident_number: str
    rework_count: int
    callback_attempts: int
    evaluation: str | None
    response_due_at: datetime | None
    completion_due_at: datetime | None
    follow_up_due_at: datetime | None
    callback_due_at: datetime | None
    returned_at: datetime | None
    closed_at: datetime | None
    print_count: int
    allowed: frozenset[EventKind]
    overdue: frozenset[str]


def overdue_flags(order: WorkOrder, now: datetime) -> frozenset[str]:
    """Which clocks of an open order have run out, from the cached due times (cheap enough for lists)."""
    if order.status in ("closed", "voided", "suspended"):
        return frozenset()
    flags = set()
    responded = order.status not in ("registered", "dispatched")
    if not responded and order.response_due_at and order.response_due_at < now:
        flags.add("response")
    if (
        order.status in ("registered", "dispatched", "arrived")
        and order.completion_due_at
        and order.completion_due_at < now
    ):
        flags.add("completion")
    if order.follow_up_due_at and order.follow_up_due_at < now:
        flags.add("follow_up")
    if order.status == "returned" and order.callback_due_at and order.callback_due_at < now:
        flags.add("callback")
    return frozenset(flags)


def _category_path(s: Session, category_id: str) -> str:
    names = []
    node = s.get(WorkOrderCategory, category_id)
    while node is not None:
        names.append(node.name)
        node = s.get(WorkOrderCategory, node.parent_id) if node.parent_id else None
    return " / ".join(reversed(names))


def detail(s: Session, ctx: ServiceContext, order: WorkOrder) -> WorkOrderDetail:
    from desk_app.services.work_orders.lifecycle import events_of

    unit = s.get(Unit, order.unit_id) if order.unit_id else None
    department = s.get(Department, order.department_id)
    clerk = s.get(UserAccount, order.first_contact_user_id) if order.first_contact_user_id else None
    incident = s.get(WorkOrder, order.incident_id) if order.incident_id else None
    state = replay(events_of(s, order.id))
    return WorkOrderDetail(
        id=order.id,
        number=order.number,
        status=Status(order.status),
        created_at=order.created_at,
        unit_id=order.unit_id,
        unit_code=unit.code if unit else "",
        location=order.location,
        reporter_person_id=order.reporter_person_id,
        reporter_name=order.reporter_name,
        contact_phone=order.contact_phone,
        channel=Channel(order.channel),
        category_id=order.category_id,
        category_path=_category_path(s, order.category_id),
        urgency=Urgency(order.urgency),
        description=order.description,
        appointment_at=order.appointment_at,
        paid=order.paid,
        department_id=order.department_id,
        department_name=department.name if department else "",
        assignee_name=order.assignee_name,
        first_contact_name=clerk.display_name if clerk else "",
        is_repeat=order.is_repeat,
        incident_id=order.incident_id,
        incident_number=incident.number if incident else "",
        rework_count=order.rework_count,
        callback_attempts=order.callback_attempts,
        evaluation=order.evaluation,
        response_due_at=order.response_due_at,
        completion_due_at=order.completion_due_at,
        follow_up_due_at=order.follow_up_due_at,
        callback_due_at=order.callback_due_at,
        returned_at=order.returned_at,
        closed_at=order.closed_at,
        print_count=order.print_count,
        allowed=allowed_events(state),
        overdue=overdue_flags(order, ctx.now()),
    )


@dataclass(frozen=True)
class WorkOrderFilter:
    statuses: frozenset[str] = frozenset()  # empty: all
    open_only: bool = False
    department_id: str | None = None
    category_id: str | None = None  # a group includes its children
    urgency: str | None = None
    overdue_only: bool = False
    date_from: date | None = None  # local dates, inclusive
    date_to: date | None = None
    unit_id: str | None = None
    clerk_id: str | None = None
    text: str = ""  # number or part of the description / reporter


@dataclass(frozen=True)
class WorkOrderRow:
    id: str
    number: str
    created_at: datetime
    status: Status
    unit_code: str
    location: str
    reporter_name: str
    contact_phone: str
    category_name: str
    urgency: Urgency
    department_name: str
    assignee_name: str
    description: str
    is_repeat: bool
    rework_count: int
    overdue: frozenset[str]
    callback_due_at: datetime | None


def _local_bounds(ctx: ServiceContext, day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=ctx.timezone)


def _filtered(ctx: ServiceContext, s: Session, flt: WorkOrderFilter) -> Select[Any]:
    q = select(WorkOrder.id).where(WorkOrder.site_id == ctx.site_id)
    if flt.statuses:
        q = q.where(WorkOrder.status.in_(sorted(flt.statuses)))
    if flt.open_only:
        # Literal SQL on purpose: SQLite uses the partial index ix_work_order_open only when the query
        # repeats its condition with the same literals (a bound parameter cannot prove it).
        q = q.where(text("work_order.status NOT IN ('closed', 'voided')"))
    if flt.department_id:
        q = q.where(WorkOrder.department_id == flt.department_id)
    if flt.category_id:
        children = [
            c
            for (c,) in s.execute(
                select(WorkOrderCategory.id).where(WorkOrderCategory.parent_id == flt.category_id)
            ).all()
        ]
        q = q.where(WorkOrder.category_id.in_([flt.category_id, *children]))
    if flt.urgency:
        q = q.where(WorkOrder.urgency == flt.urgency)
    if flt.date_from:
        q = q.where(WorkOrder.created_at >= _local_bounds(ctx, flt.date_from))
    if flt.date_to:
        q = q.where(WorkOrder.created_at < _local_bounds(ctx, flt.date_to + timedelta(days=1)))
    if flt.unit_id:
        q = q.where(WorkOrder.unit_id == flt.unit_id)
    if flt.clerk_id:
        q = q.where(WorkOrder.first_contact_user_id == flt.clerk_id)
    if flt.text.strip():
        needle = flt.text.strip()
        like = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        q = q.where(
            or_(
                WorkOrder.number == needle.upper(),
                WorkOrder.reporter_name.like(like, escape="\\"),
                WorkOrder.description.like(like, escape="\\"),
            )
        )
    if flt.overdue_only:
        now = ctx.now()
        q = q.where(
            or_(
                and_(WorkOrder.status.in_(("registered", "dispatched")), WorkOrder.response_due_at < now),
                and_(
                    WorkOrder.status.in_(("registered", "dispatched", "arrived")),
                    WorkOrder.completion_due_at < now,
                ),
                and_(
                    WorkOrder.status.not_in(("closed", "voided", "suspended")),
                    WorkOrder.follow_up_due_at < now,
                ),
                and_(WorkOrder.status == "returned", WorkOrder.callback_due_at < now),
            )
        )
    return q


def query_ids(ctx: ServiceContext, flt: WorkOrderFilter, limit: int | None = None) -> list[str]:
    """The ids of matching orders, newest first (the lazy list model fetches rows for what is visible)."""
    ctx.require(Permission.HANDLE_WORK_ORDERS)
    with ctx.db.read() as s:
        q = _filtered(ctx, s, flt).order_by(WorkOrder.created_at.desc(), WorkOrder.id.desc())
        if limit:
            q = q.limit(limit)
        # Executed on the connection (Core), not the ORM session: no per-row ORM bookkeeping, which halves
        # the time for 200,000 ids.
        return list(s.connection().execute(q).scalars())


def count(ctx: ServiceContext, flt: WorkOrderFilter) -> int:
    ctx.require(Permission.HANDLE_WORK_ORDERS)
    with ctx.db.read() as s:
        return s.scalar(select(func.count()).select_from(_filtered(ctx, s, flt).subquery())) or 0


def rows(ctx: ServiceContext, ids: list[str]) -> list[WorkOrderRow]:
    """Rows for these ids, in the same order."""
    ctx.require(Permission.HANDLE_WORK_ORDERS)
    if not ids:
        return []
    now = ctx.now()
    with ctx.db.read() as s:
        data = s.execute(
            select(WorkOrder, Unit.code, WorkOrderCategory.name, Department.name)
            .outerjoin(Unit, Unit.id == WorkOrder.unit_id)
            .join(WorkOrderCategory, WorkOrderCategory.id == WorkOrder.category_id)
            .join(Department, Department.id == WorkOrder.department_id)
            .where(WorkOrder.id.in_(ids))
        ).all()
    by_id = {
        o.id: WorkOrderRow(
            o.id,
            o.number,
            o.created_at,
            Status(o.status),
            code or "",
            o.location,
            o.reporter_name,
            o.contact_phone,
            cat,
            Urgency(o.urgency),
            dept,
            o.assignee_name,
            o.description,
            o.is_repeat,
            o.rework_count,
            overdue_flags(o, now),
            o.callback_due_at,
        )
        for o, code, cat, dept in data
    }
    return [by_id[i] for i in ids if i in by_id]


QUEUE_LIMIT = 300  # rows listed per group; the counts are exact


@dataclass(frozen=True)
class CallbackQueue:
    overdue: list[WorkOrderRow]
    due_today: list[WorkOrderRow]
    upcoming: list[WorkOrderRow]
    rate_this_month: float | None  # return-visit rate: slips returned this month that had their return visit
    overdue_count: int = 0
    due_today_count: int = 0
    upcoming_count: int = 0


def callback_queue(ctx: ServiceContext) -> CallbackQueue:
    """Orders whose slip came back and wait for the return visit (回访), by due time; each group is one
    indexed query on (status, callback_due_at)."""
    ctx.require(Permission.HANDLE_WORK_ORDERS)
    now = ctx.now()
    local = now.astimezone(ctx.timezone)
    end_of_today = datetime.combine(local.date() + timedelta(days=1), time.min, tzinfo=ctx.timezone)
    waiting = and_(WorkOrder.site_id == ctx.site_id, WorkOrder.status == "returned")
    groups = {
        "overdue": WorkOrder.callback_due_at < now,
        "today": and_(WorkOrder.callback_due_at >= now, WorkOrder.callback_due_at < end_of_today),
        "upcoming": or_(WorkOrder.callback_due_at >= end_of_today, WorkOrder.callback_due_at.is_(None)),
    }
    with ctx.db.read() as s:
        ids = {
            key: list(
                s.scalars(
                    select(WorkOrder.id)
                    .where(waiting, cond)
                    .order_by(WorkOrder.callback_due_at)
                    .limit(QUEUE_LIMIT)
                )
            )
            for key, cond in groups.items()
        }
        counts = {
            key: s.scalar(select(func.count()).where(waiting, cond)) or 0 for key, cond in groups.items()
        }
        month_start = datetime.combine(local.date().replace(day=1), time.min, tzinfo=ctx.timezone)
        this_month = and_(WorkOrder.site_id == ctx.site_id, WorkOrder.returned_at >= month_start)
        returned = s.scalar(select(func.count()).where(this_month)) or 0
        visited = (
            s.scalar(
                select(func.count()).where(
                    this_month,
                    WorkOrder.status == "closed",
                    WorkOrder.evaluation.is_not(None),
                )
            )
            or 0
        )
    return CallbackQueue(
        rows(ctx, ids["overdue"]),
        rows(ctx, ids["today"]),
        rows(ctx, ids["upcoming"]),
        (visited / returned) if returned else None,
        counts["overdue"],
        counts["today"],
        counts["upcoming"],
    )
