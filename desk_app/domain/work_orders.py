"""Work orders (报事 / 报修): vocabularies and the life-cycle state machine (seed 003 第五条, 附件1).

A work order is an append-only list of events; its state is ``replay(events)``. Keeping the rules in one pure
fold means the desk, the sync merge and the reports all agree on what a history means, and a refused event
is refused the same way everywhere.

Life cycle::

    registered ─dispatch→ dispatched ─arrive→ arrived ─complete→ completed ─slip back→ returned ─callback→ closed
                              └──────── complete / slip back (arrival may be skipped) ────────┘      │
    completed / returned ─rework→ dispatched          returned ─callback "dissatisfied"→ dispatched (rework)
    registered / dispatched / arrived ─suspend→ suspended ─resume→ (where it was)
    registered / dispatched / arrived / suspended ─void→ voided

Every ``at`` is aware UTC. Payload values may be Python objects or what came back from JSON (strings), so
times are accepted as ``datetime`` or ISO-8601 text and enums as their stored value.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from enum import StrEnum
from typing import TypeVar

from desk_app.domain.errors import DomainError


class Channel(StrEnum):
    PHONE = "phone"  # 电话
    VISIT = "visit"  # 来访
    LETTER = "letter"  # 信函
    EMAIL = "email"  # 电子邮件
    WECHAT = "wechat"  # 微信
    ONLINE = "online"  # 在线
    STAFF = "staff"  # 物业人员转达 / 巡检发现


class Urgency(StrEnum):
    URGENT = "urgent"  # 紧急
    IMPORTANT = "important"  # 重要
    NORMAL = "normal"  # 一般


class Evaluation(StrEnum):
    SATISFIED = "satisfied"  # 满意
    BASIC = "basic"  # 基本满意
    DISSATISFIED = "dissatisfied"  # 不满意


class Status(StrEnum):
    REGISTERED = "registered"  # 已登记
    DISPATCHED = "dispatched"  # 已派工
    ARRIVED = "arrived"  # 已到场
    COMPLETED = "completed"  # 已完工
    RETURNED = "returned"  # 已回单: the slip is back at the desk, the return visit is pending
    CLOSED = "closed"  # 已关闭
    SUSPENDED = "suspended"  # 挂起
    VOIDED = "voided"  # 作废


class EventKind(StrEnum):
    CREATED = "created"
    DISPATCHED = "dispatched"  # also a re-assignment while dispatched or arrived
    ARRIVED = "arrived"
    COMPLETED = "completed"
    SLIP_RETURNED = "slip_returned"
    CALLBACK = "callback"  # 回访
    REWORK = "rework"  # 返工
    SUSPENDED = "suspended"
    RESUMED = "resumed"
    VOIDED = "voided"
    FOLLOW_UP = "follow_up"  # 跟进
    LINKED = "linked"
    CLOSED = "closed"  # closing without a reached return visit (customer unreachable)


class CallbackMethod(StrEnum):
    PHONE = "phone"
    ON_SITE = "on_site"


class CallbackOutcome(StrEnum):
    REACHED = "reached"
    NO_ANSWER = "no_answer"
    WRONG_NUMBER = "wrong_number"


_E = TypeVar("_E", bound=StrEnum)


@dataclass(frozen=True)
class Event:
    kind: EventKind
    at: datetime
    payload: Mapping[str, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Kinds read back from the database arrive as plain strings; `is` comparisons need the member.
        object.__setattr__(self, "kind", EventKind(self.kind))
        # A naive time is a programming error (its zone is unknowable), not something the user can fix.
        if self.at.tzinfo is None or self.at.utcoffset() is None:
            raise ValueError(f"event time must be timezone-aware: {self.at!r}")
        object.__setattr__(self, "at", self.at.astimezone(UTC))


@dataclass(frozen=True)
class WorkOrderState:
    """Everything the rules and the deadline clocks need; the rest (text, people, unit) lives in the row.

    A *round* is one pass of work by the department: the first starts at creation, each rework starts a new
    one (``reworked_at``) and clears the round's arrival, completion, slip and return-visit fields.
    """

    status: Status
    status_before_suspension: Status | None = None
    rework_count: int = 0
    callback_attempts: int = 0  # return visits made on the current slip
    last_evaluation: Evaluation | None = None  # from the last reached return visit
    slip_evaluation: Evaluation | None = None  # what the customer ticked on the current slip
    slip_signed: bool = False
    dispatched_at: datetime | None = None
    arrived_at: datetime | None = None
    completed_at: datetime | None = None
    returned_at: datetime | None = None
    closed_at: datetime | None = None
    voided_at: datetime | None = None
    reworked_at: datetime | None = None
    suspended_since: datetime | None = None
    paused_intervals: tuple[tuple[datetime, datetime], ...] = ()
    last_follow_up_at: datetime | None = None
    last_status_event_at: datetime | None = None  # any event except FOLLOW_UP and LINKED
    callback_retry_at: datetime | None = None

    @property
    def responded_at(self) -> datetime | None:
        """When someone was first on site this round; a skipped arrival is implied by the completion."""
        return self.arrived_at or self.completed_at

    @property
    def pauses(self) -> tuple[tuple[datetime, datetime | None], ...]:
        """Closed pauses plus the running one (end ``None``) — what the deadline clocks skip."""
        closed: tuple[tuple[datetime, datetime | None], ...] = self.paused_intervals
        return (*closed, (self.suspended_since, None)) if self.suspended_since else closed


_OPEN = frozenset(Status) - {Status.CLOSED, Status.VOIDED}

_K = EventKind
_NOTES = frozenset({_K.FOLLOW_UP, _K.LINKED})
# What each status accepts. CLOSED from RETURNED additionally needs a return visit already tried (see
# allowed_events): the 100 % return-visit rule must not be bypassed by closing straight away.
_ACCEPTS: Mapping[Status, frozenset[EventKind]] = {
    Status.REGISTERED: frozenset({_K.DISPATCHED, _K.SUSPENDED, _K.VOIDED}) | _NOTES,
    Status.DISPATCHED: frozenset(
        {_K.DISPATCHED, _K.ARRIVED, _K.COMPLETED, _K.SLIP_RETURNED, _K.SUSPENDED, _K.VOIDED}
    )
    | _NOTES,
    Status.ARRIVED: frozenset({_K.DISPATCHED, _K.COMPLETED, _K.SLIP_RETURNED, _K.SUSPENDED, _K.VOIDED})
    | _NOTES,
    Status.COMPLETED: frozenset({_K.SLIP_RETURNED, _K.REWORK}) | _NOTES,
    Status.RETURNED: frozenset({_K.CALLBACK, _K.REWORK, _K.CLOSED}) | _NOTES,
    Status.SUSPENDED: frozenset({_K.RESUMED, _K.VOIDED}) | _NOTES,
    Status.CLOSED: frozenset({_K.LINKED}),
    Status.VOIDED: frozenset(),
}
_NEEDS_REASON = frozenset({_K.SUSPENDED, _K.VOIDED, _K.REWORK, _K.CLOSED})


def is_open(status: Status) -> bool:
    """Still needs someone's attention (suspended counts: it must be resumed or voided)."""
    return status in _OPEN


def allowed_events(state: WorkOrderState | None) -> frozenset[EventKind]:
    """The events ``transition`` would accept now, payload permitting; the UI enables its buttons from this."""
    if state is None:
        return frozenset({_K.CREATED})
    accepted = _ACCEPTS[state.status]
    if state.status is Status.RETURNED and state.callback_attempts == 0:
        accepted = accepted - {_K.CLOSED}
    return accepted


def needs_supervisor_notice(event: Event, new_state: WorkOrderState) -> bool:
    """A return visit answered 不满意 sent the work back: the supervisor must hear of it."""
    return (
        event.kind is _K.CALLBACK
        and new_state.status is Status.DISPATCHED
        and _text(event.payload, "outcome") == CallbackOutcome.REACHED
        and _text(event.payload, "evaluation") == Evaluation.DISSATISFIED
    )


def transition(state: WorkOrderState | None, event: Event) -> WorkOrderState:
    """The state after ``event``; ``DomainError("work_order.transition_refused")`` if it may not happen now."""
    if event.kind not in allowed_events(state):
        raise DomainError(
            "work_order.transition_refused",
            status=state.status if state else None,
            event=event.kind,
        )
    if event.kind in _NEEDS_REASON and not _text(event.payload, "reason"):
        raise DomainError("work_order.reason_required", event=event.kind)
    if state is None:
        return WorkOrderState(status=Status.REGISTERED, last_status_event_at=event.at)
    if event.kind is _K.LINKED:
        return state  # a cross-reference only; it does not count as handling the order
    if event.kind is _K.FOLLOW_UP:
        if not _text(event.payload, "note"):
            raise DomainError("work_order.note_required")
        return replace(state, last_follow_up_at=event.at)
    return replace(_apply(state, event), last_status_event_at=event.at)


def replay(events: Iterable[Event]) -> WorkOrderState:
    """Fold a whole history, oldest first; the first event must be CREATED."""
    state: WorkOrderState | None = None
    for event in events:
        state = transition(state, event)
    if state is None:
        raise ValueError("a work order has at least its CREATED event")
    return state


def _apply(state: WorkOrderState, event: Event) -> WorkOrderState:
    at, payload = event.at, event.payload
    match event.kind:
        case _K.DISPATCHED:
            return replace(state, status=Status.DISPATCHED, dispatched_at=at)
        case _K.ARRIVED:
            # The first arrival of the round is the response; a re-assigned worker arriving later is not.
            arrived = state.arrived_at or _time(payload, "arrived_at") or at
            return replace(state, status=Status.ARRIVED, arrived_at=arrived)
        case _K.COMPLETED:
            return replace(state, status=Status.COMPLETED, completed_at=_time(payload, "completed_at") or at)
        case _K.SLIP_RETURNED:
            return _slip_returned(state, event)
        case _K.CALLBACK:
            return _callback(state, event)
        case _K.REWORK:
            return _rework(state, at)
        case _K.SUSPENDED:
            return replace(
                state, status=Status.SUSPENDED, status_before_suspension=state.status, suspended_since=at
            )
        case _K.RESUMED:
            previous = state.status_before_suspension or Status.REGISTERED
            return replace(_end_pause(state, at), status=previous, status_before_suspension=None)
        case _K.VOIDED:
            return replace(_end_pause(state, at), status=Status.VOIDED, voided_at=at)
        case _K.CLOSED:
            return replace(state, status=Status.CLOSED, closed_at=at, callback_retry_at=None)
    raise AssertionError(f"unhandled event kind {event.kind}")  # pragma: no cover - table and match agree


def _slip_returned(state: WorkOrderState, event: Event) -> WorkOrderState:
    payload = event.payload
    # The slip is the department's written record, so its times win over what the desk noted by phone.
    completed = _time(payload, "completed_at") or state.completed_at or event.at
    arrived = _time(payload, "arrived_at") or state.arrived_at
    if arrived is not None and arrived > completed:
        raise DomainError("work_order.slip_times", arrived_at=arrived, completed_at=completed)
    return replace(
        state,
        status=Status.RETURNED,
        arrived_at=arrived,
        completed_at=completed,
        returned_at=event.at,
        slip_evaluation=_enum(payload, "evaluation", Evaluation),
        slip_signed=bool(payload.get("signed", False)),
        callback_attempts=0,
        callback_retry_at=None,
    )


def _callback(state: WorkOrderState, event: Event) -> WorkOrderState:
    payload = event.payload
    if _enum(payload, "method", CallbackMethod) is None:
        raise DomainError("work_order.invalid_payload", field="method")
    outcome = _enum(payload, "outcome", CallbackOutcome)
    if outcome is None:
        raise DomainError("work_order.invalid_payload", field="outcome")
    attempted = replace(state, callback_attempts=state.callback_attempts + 1)
    if outcome is not CallbackOutcome.REACHED:
        return replace(attempted, callback_retry_at=_time(payload, "retry_at"))
    evaluation = _enum(payload, "evaluation", Evaluation)
    if evaluation is None:
        raise DomainError("work_order.evaluation_required")
    if evaluation is Evaluation.DISSATISFIED:
        return replace(_rework(attempted, event.at), last_evaluation=evaluation)
    return replace(
        attempted,
        status=Status.CLOSED,
        closed_at=event.at,
        last_evaluation=evaluation,
        callback_retry_at=None,
    )


def _rework(state: WorkOrderState, at: datetime) -> WorkOrderState:
    # A new round: the department gets fresh response and completion clocks and will return a new slip.
    return replace(
        state,
        status=Status.DISPATCHED,
        rework_count=state.rework_count + 1,
        reworked_at=at,
        dispatched_at=at,
        arrived_at=None,
        completed_at=None,
        returned_at=None,
        slip_evaluation=None,
        slip_signed=False,
        callback_attempts=0,
        callback_retry_at=None,
    )


def _end_pause(state: WorkOrderState, at: datetime) -> WorkOrderState:
    if state.suspended_since is None:
        return state
    # max(): clocks of two desks may disagree slightly; a pause never has negative length.
    interval = (state.suspended_since, max(at, state.suspended_since))
    return replace(state, suspended_since=None, paused_intervals=(*state.paused_intervals, interval))


def _text(payload: Mapping[str, object], key: str) -> str:
    value = payload.get(key)
    return value.strip() if isinstance(value, str) else ""


def _enum(payload: Mapping[str, object], key: str, kind: type[_E]) -> _E | None:
    value = payload.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise DomainError("work_order.invalid_payload", field=key)
    try:
        return kind(value)
    except ValueError:
        raise DomainError("work_order.invalid_payload", field=key) from None


def _time(payload: Mapping[str, object], key: str) -> datetime | None:
    value = payload.get(key)
    if value is None:
        return None
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            raise DomainError("work_order.invalid_payload", field=key) from None
    if not isinstance(value, datetime) or value.tzinfo is None or value.utcoffset() is None:
        raise DomainError("work_order.invalid_payload", field=key)
    return value.astimezone(UTC)
