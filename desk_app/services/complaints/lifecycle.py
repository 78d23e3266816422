"""Applying events to a complaint: the one place that appends an event and refreshes the cached state.

Like ``services/work_orders/lifecycle``: replay the history plus the new event through the domain state
machine (which refuses what is not allowed), append the event, recompute the cached columns, all in the
caller's transaction.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.db.models import Complaint, ComplaintEvent
from desk_app.domain.calendar import WorkingCalendar
from desk_app.domain.complaints import (
    ChainLevel,
    ComplaintPolicy,
    ComplaintState,
    Event,
    EventKind,
    Kind,
    ack_due,
    parse_chain,
    replay,
    reply_due,
    transition,
)
from desk_app.services import settings
from desk_app.services.context import ServiceContext


def _json_ready(payload: Mapping[str, object]) -> dict[str, object]:
    return {k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in payload.items()}


def chain(ctx: ServiceContext) -> tuple[ChainLevel, ...]:
    return parse_chain(str(settings.get(ctx, "complaint.escalation_chain")))


def policy(ctx: ServiceContext) -> ComplaintPolicy:
    return ComplaintPolicy(
        ack_hours=int(settings.get(ctx, "complaint.ack_hours")),
        reply_hours=int(settings.get(ctx, "complaint.reply_hours")),
        timezone=ctx.timezone,
    )


@dataclass(frozen=True)
class Rules:
    """What the deadlines and the chain depend on, read once per service call (settings and calendar)."""

    chain: tuple[ChainLevel, ...]
    policy: ComplaintPolicy
    calendar: WorkingCalendar


def rules(ctx: ServiceContext) -> Rules:
    from desk_app.services.calendar import working_calendar

    return Rules(chain(ctx), policy(ctx), working_calendar(ctx))


def event_rows(s: Session, complaint_id: str) -> list[ComplaintEvent]:
    return list(
        s.scalars(
            select(ComplaintEvent)
            .where(ComplaintEvent.complaint_id == complaint_id)
            .order_by(ComplaintEvent.at, ComplaintEvent.id)
        )
    )


def events_of(s: Session, complaint_id: str) -> list[Event]:
    return [
        Event(EventKind(r.kind), r.at, json.loads(r.payload_json or "{}"))
        for r in event_rows(s, complaint_id)
    ]


def state_of(s: Session, complaint_id: str, chain_length: int) -> ComplaintState:
    return replay(events_of(s, complaint_id), chain_length)


def refresh(
    ctx: ServiceContext,
    row: Complaint,
    state: ComplaintState,
    calendar: WorkingCalendar,
    pol: ComplaintPolicy,
    event: Event,
) -> None:
    """Copy the derived state onto the row (what queues and monthly figures query)."""
    row.status = state.status.value
    row.level = state.level
    row.escalation_count = state.escalation_count
    row.valid = state.valid
    if event.kind is EventKind.JUDGED:
        row.valid_reason = str(event.payload.get("reason", "")).strip()[:500]
    if event.kind is EventKind.ASSIGNED:
        row.responsible = state.assigned_to[:60]
    row.evaluation = state.last_evaluation.value if state.last_evaluation else None
    row.acknowledged_at = state.acknowledged_at
    row.replied_at = state.first_reply_at
    row.closed_at = state.closed_at
    if state.kind is Kind.COMPLAINT:
        row.ack_due_at = ack_due(state, calendar, pol)
        row.reply_due_at = reply_due(state, calendar, pol)
    else:
        row.ack_due_at = row.reply_due_at = None
    row.updated_at = ctx.now()


def apply_event(
    s: Session,
    ctx: ServiceContext,
    row: Complaint,
    kind: EventKind,
    payload: Mapping[str, Any] | None = None,
    at: datetime | None = None,
    rules_: Rules | None = None,
    history: list[Event] | None = None,
) -> tuple[ComplaintState, Event]:
    """Validate and append one event; returns the new state and the event. ``history`` (the events so far)
    saves reading them again when the caller has them; it is extended with the new event."""
    r = rules_ or rules(ctx)
    levels = len(r.chain)
    past = events_of(s, row.id) if history is None else history
    when = at or ctx.now()
    if past and when < past[-1].at:
        when = past[-1].at  # a desk whose clock is behind must not put a step before its predecessors
    event = Event(kind, when, dict(payload or {}))
    state = transition(replay(past, levels) if past else None, event, levels)  # raises when refused
    s.add(
        ComplaintEvent(
            complaint_id=row.id,
            site_id=ctx.site_id,
            at=event.at,
            by_user=ctx.actor_id,
            by_name=ctx.actor.display_name if ctx.actor else "",
            origin_desk_id=ctx.desk_id,
            kind=kind.value,
            payload_json=json.dumps(_json_ready(event.payload), ensure_ascii=False),
        )
    )
    if history is not None:
        history.append(event)
    refresh(ctx, row, state, r.calendar, r.policy, event)
    return state, event
