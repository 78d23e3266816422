"""Applying events to a work order: the one place that appends an event and refreshes the cached state.

Every step (dispatch, slip returned, return visit …) goes through ``apply_event``: it replays the order's
events plus the new one through the domain state machine (which refuses what is not allowed), appends the
event, and recomputes the cached status and due times on the row, all in the caller's transaction.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.db.models import Department, WorkOrder, WorkOrderCategory, WorkOrderEvent
from desk_app.domain import deadlines
from desk_app.domain.calendar import WorkingCalendar
from desk_app.domain.work_orders import Event, EventKind, Urgency, WorkOrderState, replay, transition
from desk_app.services import settings
from desk_app.services.context import ServiceContext


def _json_ready(payload: Mapping[str, object]) -> dict[str, object]:
    return {k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in payload.items()}


def events_of(s: Session, order_id: str) -> list[Event]:
    rows = s.scalars(
        select(WorkOrderEvent)
        .where(WorkOrderEvent.work_order_id == order_id)
        .order_by(WorkOrderEvent.at, WorkOrderEvent.id)
    ).all()
    return [Event(r.kind, r.at, json.loads(r.payload_json or "{}")) for r in rows]  # type: ignore[arg-type]


def policy(ctx: ServiceContext, s: Session, order: WorkOrder) -> deadlines.DeadlinePolicy:
    category = s.get(WorkOrderCategory, order.category_id)
    overrides: dict[str, int] = {}
    if category is not None and category.respond_minutes:
        overrides["respond_minutes"] = category.respond_minutes
    if category is not None and category.complete_minutes:
        overrides["complete_minutes"] = category.complete_minutes
    base = deadlines.DeadlinePolicy(
        respond_minutes=dict(deadlines.DEFAULT_POLICY.respond_minutes),
        complete_minutes=dict(deadlines.DEFAULT_POLICY.complete_minutes),
        follow_up_days=dict(deadlines.DEFAULT_POLICY.follow_up_days),
        callback_working_days=int(settings.get(ctx, "work_order.callback_working_days")),
        repeat_window_days=int(settings.get(ctx, "work_order.repeat_window_days")),
    )
    return deadlines.policy_for(overrides or None, base)


def department_kind(s: Session, department_id: str) -> str:
    department = s.get(Department, department_id)
    return (
        deadlines.ENGINEERING
        if department is not None and department.kind == "engineering"
        else deadlines.OTHER
    )


def _due(value: deadlines.Due | None) -> datetime | None:
    # A paused clock has no due time; lists show the order as suspended instead.
    return value if isinstance(value, datetime) else None


def refresh(
    s: Session, ctx: ServiceContext, order: WorkOrder, state: WorkOrderState, calendar: WorkingCalendar
) -> None:
    """Copy the derived state onto the row (what lists, queues and KPIs query)."""
    pol = policy(ctx, s, order)
    urgency = Urgency(order.urgency)
    order.status = state.status.value
    order.rework_count = state.rework_count
    order.callback_attempts = state.callback_attempts
    order.evaluation = (
        state.last_evaluation.value
        if state.last_evaluation
        else (state.slip_evaluation.value if state.slip_evaluation else None)
    )
    order.returned_at = state.returned_at
    order.closed_at = state.closed_at
    order.response_due_at = _due(deadlines.response_due(state, order.created_at, urgency, pol))
    order.completion_due_at = _due(deadlines.completion_due(state, order.created_at, urgency, pol))
    order.follow_up_due_at = deadlines.follow_up_due(
        state, order.created_at, department_kind(s, order.department_id), pol
    )
    if state.returned_at is not None and state.status.value == "returned":
        due = deadlines.callback_due(state.returned_at, ctx.timezone, calendar, pol)
        # A return visit that found nobody is retried when the clerk said; it stays overdue if that is later.
        order.callback_due_at = max(due, state.callback_retry_at) if state.callback_retry_at else due
    else:
        order.callback_due_at = None
    order.updated_at = ctx.now()


def apply_event(
    s: Session,
    ctx: ServiceContext,
    order: WorkOrder,
    kind: EventKind,
    payload: Mapping[str, Any] | None = None,
    calendar: WorkingCalendar | None = None,
    at: datetime | None = None,
) -> tuple[WorkOrderState, Event]:
    """Validate and append one event; returns the new state and the event."""
    from desk_app.services.calendar import working_calendar

    event = Event(kind, at or ctx.now(), dict(payload or {}))
    history = events_of(s, order.id)
    state = transition(replay(history) if history else None, event)  # raises DomainError when refused
    s.add(
        WorkOrderEvent(
            work_order_id=order.id,
            site_id=ctx.site_id,
            at=event.at,
            by_user=ctx.actor_id,
            by_name=ctx.actor.display_name if ctx.actor else "",
            origin_desk_id=ctx.desk_id,
            kind=kind.value,
            payload_json=json.dumps(_json_ready(event.payload), ensure_ascii=False),
        )
    )
    refresh(s, ctx, order, state, calendar or working_calendar(ctx))
    return state, event
