"""What the return-visit desk reads beside the queue itself (views.callback_queue).

* ``queue_details``: when each queued slip came back, how many return visits were tried on it and what was
  reported. The queue's rows (``views.WorkOrderRow``) are shared with the work-order list and do not carry
  them; one query for all the queued ids keeps the queue fast.
* ``dissatisfied_in_rework``: the supervisor's list. A return visit answered 不满意 sends the order back to
  the department as rework (返工) and the supervisor must hear of it (DOMAIN.md §2, §3: a dissatisfied
  return visit escalates one level). An order stays on the list until a later return visit reaches the
  customer with another answer, or it is closed or voided.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from desk_app.db.models import Department, Unit, WorkOrder, WorkOrderCategory, WorkOrderEvent
from desk_app.domain.roles import Permission
from desk_app.domain.work_orders import CallbackOutcome, Evaluation, EventKind, Status, is_open
from desk_app.services.context import ServiceContext
from desk_app.services.work_orders.views import overdue_flags

_OPEN_STATUSES = tuple(s.value for s in Status if is_open(s))
_CHUNK = 500  # ids per IN (...): far below SQLite's limit on bound parameters


@dataclass(frozen=True)
class QueueDetail:
    returned_at: datetime | None
    callback_attempts: int
    description: str


def queue_details(ctx: ServiceContext, ids: list[str]) -> dict[str, QueueDetail]:
    """For the return-visit queue: slip-returned time, attempts so far and the reported problem, by id."""
    ctx.require(Permission.HANDLE_WORK_ORDERS)
    out: dict[str, QueueDetail] = {}
    with ctx.db.read() as s:
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            rows = s.execute(
                select(
                    WorkOrder.id, WorkOrder.returned_at, WorkOrder.callback_attempts, WorkOrder.description
                ).where(WorkOrder.id.in_(chunk), WorkOrder.site_id == ctx.site_id)
            ).all()
            for order_id, returned_at, attempts, description in rows:
                out[order_id] = QueueDetail(returned_at, attempts or 0, description)
    return out


@dataclass(frozen=True)
class ReworkNotice:
    """An order sent back by a 不满意 return visit, with that return visit's who, when and remarks."""

    id: str
    number: str
    status: Status
    unit_code: str
    location: str
    reporter_name: str
    contact_phone: str
    category_name: str
    department_name: str
    assignee_name: str
    rework_count: int
    called_at: datetime
    called_by: str
    remarks: str
    overdue: frozenset[str]


def dissatisfied_in_rework(ctx: ServiceContext, limit: int = 200) -> list[ReworkNotice]:
    """Open orders whose last reached return visit was 不满意, longest waiting first."""
    ctx.require(Permission.HANDLE_WORK_ORDERS)
    now = ctx.now()
    with ctx.db.read() as s:
        # The cached evaluation keeps the last return visit's answer through the rework round, so this
        # narrows the search to a handful of rows; the events then say whether a visit said 不满意.
        candidates = s.execute(
            select(WorkOrder, Unit.code, WorkOrderCategory.name, Department.name)
            .outerjoin(Unit, Unit.id == WorkOrder.unit_id)
            .join(WorkOrderCategory, WorkOrderCategory.id == WorkOrder.category_id)
            .join(Department, Department.id == WorkOrder.department_id)
            .where(
                WorkOrder.site_id == ctx.site_id,
                WorkOrder.status.in_(_OPEN_STATUSES),
                WorkOrder.evaluation == Evaluation.DISSATISFIED.value,
            )
        ).all()
        if not candidates:
            return []
        last_reached: dict[str, WorkOrderEvent] = {}
        ids = [order.id for order, *_ in candidates]
        for start in range(0, len(ids), _CHUNK):
            events = s.scalars(
                select(WorkOrderEvent)
                .where(
                    WorkOrderEvent.work_order_id.in_(ids[start : start + _CHUNK]),
                    WorkOrderEvent.kind == EventKind.CALLBACK.value,
                )
                .order_by(WorkOrderEvent.at, WorkOrderEvent.id)
            ).all()
            for event in events:
                if _payload(event).get("outcome") == CallbackOutcome.REACHED.value:
                    last_reached[event.work_order_id] = event
        notices = []
        for order, code, category, department in candidates:
            reached = last_reached.get(order.id)
            if reached is None:  # 不满意 ticked on the slip only: no return visit yet, still in the queue
                continue
            payload = _payload(reached)
            if payload.get("evaluation") != Evaluation.DISSATISFIED.value:
                continue
            notices.append(
                ReworkNotice(
                    id=order.id,
                    number=order.number,
                    status=Status(order.status),
                    unit_code=code or "",
                    location=order.location,
                    reporter_name=order.reporter_name,
                    contact_phone=order.contact_phone,
                    category_name=category,
                    department_name=department,
                    assignee_name=order.assignee_name,
                    rework_count=order.rework_count,
                    called_at=reached.at,
                    called_by=reached.by_name,
                    remarks=str(payload.get("remarks") or ""),
                    overdue=overdue_flags(order, now),
                )
            )
    notices.sort(key=lambda n: (n.called_at, n.number))
    return notices[:limit]


def _payload(event: WorkOrderEvent) -> dict[str, object]:
    data = json.loads(event.payload_json or "{}")
    return data if isinstance(data, dict) else {}
