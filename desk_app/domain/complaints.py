"""Complaints, suggestions and praise (投诉 / 建议 / 表扬): vocabularies, the state machine, the escalation chain
and the automatic-escalation clock (seed 000 篇5 客户投诉处理; seed 003 附件2; seed 001; seed 004).

Like a work order, a complaint is an append-only list of events and its state is ``replay(events)``.

Complaint life cycle ("谁受理、谁处理、谁跟进、谁回复")::

    registered ─ack→ acknowledged ─investigated / assigned / solution→ investigating ─replied→ replied
        ─callback 满意/基本满意→ callback ─summarised→ (callback) ─closed→ closed
    replied ─callback 不满意→ investigating, plus an escalation one level up (``escalation_after_callback``;
        at the chain's end it is handled again at the same level)
    any open state ─escalated→ (same state), one level up; the chain's end refuses: complaint.chain_end
    any open state ─voided→ voided;  judged (有效 / 无效) at any time but voided

A reply needs an official opinion first: no reply before a solution is recorded (DOMAIN.md §3).
Investigating or assigning before an explicit acknowledgement acknowledges implicitly.

Praise and suggestions are simpler: registered ─replied→ replied ─closed→ closed (registered may close at
once, e.g. praise passed on), voided; never escalated.

Deadlines (``escalation_due``): acknowledgement within ``ack_hours`` (24) and answer (first reply) within
``reply_hours`` (48) of registration. The seeds give hours; we count **hours of working days only** (local
time, ``WorkingCalendar``): the clock stops from midnight to midnight on weekends and statutory holidays and
runs on make-up working days (调休). A complaint registered Friday 17:00 is due to be acknowledged Monday
17:00, not Saturday 17:00, when nobody with authority is at the desk. Each missed deadline escalates once.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, time, timedelta, tzinfo
from enum import StrEnum
from typing import Final, TypeVar
from zoneinfo import ZoneInfo

from desk_app.domain.calendar import WorkingCalendar
from desk_app.domain.errors import DomainError
from desk_app.domain.roles import Role
from desk_app.domain.work_orders import CallbackMethod, Channel, Evaluation

__all__ = ["CallbackMethod", "Channel", "Evaluation"]


class Kind(StrEnum):
    COMPLAINT = "complaint"  # 投诉
    SUGGESTION = "suggestion"  # 建议
    PRAISE = "praise"  # 表扬


class Category(StrEnum):
    SERVICE = "service"  # 物业服务
    CHARGES = "charges"  # 收费
    ACTIVITIES = "activities"  # 活动组织
    EMERGENCY = "emergency"  # 突发事件
    ATTITUDE = "attitude"  # 服务态度
    QUALITY = "quality"  # 服务质量
    OTHER = "other"  # 其他


class Severity(StrEnum):
    URGENT = "urgent"  # 紧急
    IMPORTANT = "important"  # 重要
    NORMAL = "normal"  # 一般


class Status(StrEnum):
    REGISTERED = "registered"  # 已登记
    ACKNOWLEDGED = "acknowledged"  # 已受理
    INVESTIGATING = "investigating"  # 处理中
    REPLIED = "replied"  # 已回复 (awaiting the return visit)
    CALLBACK = "callback"  # 已回访 (awaiting summary / closing)
    CLOSED = "closed"  # 已关闭
    VOIDED = "voided"  # 作废


class EventKind(StrEnum):
    CREATED = "created"
    ACKNOWLEDGED = "acknowledged"
    INVESTIGATED = "investigated"  # cause found
    ASSIGNED = "assigned"  # responsible person
    SOLUTION = "solution"
    REPLIED = "replied"  # one reply to one complainant: channel, content, who, when
    ESCALATED = "escalated"  # from, to, reason
    CALLBACK = "callback"  # 回访: method, evaluation, remarks
    SUMMARISED = "summarised"  # summary and evaluation
    JUDGED = "judged"  # 有效 / 无效 投诉 + reason
    CLOSED = "closed"
    VOIDED = "voided"


class EscalationReason(StrEnum):
    ACK_OVERDUE = "ack_overdue"  # not acknowledged in time
    REPLY_OVERDUE = "reply_overdue"  # not answered in time
    DISSATISFIED = "dissatisfied"  # return visit 不满意
    MANUAL = "manual"


@dataclass(frozen=True)
class ChainLevel:
    name: str  # 客服主管 …
    role: Role  # who receives the complaint at this level ("escalated to me")


DEFAULT_CHAIN: Final = (
    ChainLevel("前台/客服专员", Role.CLERK),
    ChainLevel("客服主管", Role.SUPERVISOR),
    ChainLevel("专业主管", Role.SUPERVISOR),
    ChainLevel("经理", Role.MANAGER),
    ChainLevel("公司总部", Role.ADMIN),
)
DEFAULT_CHAIN_TEXT: Final = ";".join(f"{level.name}={level.role.value}" for level in DEFAULT_CHAIN)


def parse_chain(text: str) -> tuple[ChainLevel, ...]:
    """``"前台/客服专员=clerk;客服主管=supervisor;…"`` (the setting ``complaint.escalation_chain``)."""
    levels: list[ChainLevel] = []
    for part in text.split(";"):
        name, sep, role = part.strip().partition("=")
        try:
            levels.append(ChainLevel(name.strip(), Role(role.strip())))
        except ValueError:
            raise DomainError("complaint.chain_invalid", value=part.strip()) from None
        if not sep or not name.strip():
            raise DomainError("complaint.chain_invalid", value=part.strip())
    if len(levels) < 2:
        raise DomainError("complaint.chain_invalid", value=text)
    return tuple(levels)


@dataclass(frozen=True)
class Event:
    kind: EventKind
    at: datetime
    payload: Mapping[str, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", EventKind(self.kind))
        if self.at.tzinfo is None or self.at.utcoffset() is None:
            raise ValueError(f"event time must be timezone-aware: {self.at!r}")
        object.__setattr__(self, "at", self.at.astimezone(UTC))


@dataclass(frozen=True)
class ComplaintState:
    kind: Kind
    status: Status
    created_at: datetime
    chain_length: int = len(DEFAULT_CHAIN)
    level: int = 0
    acknowledged_at: datetime | None = None
    investigated_at: datetime | None = None
    assigned_to: str = ""
    solution_at: datetime | None = None
    first_reply_at: datetime | None = None
    reply_count: int = 0
    callback_count: int = 0
    last_evaluation: Evaluation | None = None
    summarised_at: datetime | None = None
    valid: bool | None = None  # 有效投诉 judgement; None = not judged
    escalation_count: int = 0
    escalated_for: frozenset[EscalationReason] = frozenset()  # automatic reasons already used
    last_escalated_at: datetime | None = None
    closed_at: datetime | None = None
    voided_at: datetime | None = None

    @property
    def at_chain_end(self) -> bool:
        return self.level >= self.chain_length - 1


_K = EventKind
_OPEN = frozenset({Status.REGISTERED, Status.ACKNOWLEDGED, Status.INVESTIGATING, Status.REPLIED})
_HANDLING = frozenset({_K.INVESTIGATED, _K.ASSIGNED, _K.SOLUTION})
_COMPLAINT_ACCEPTS: Mapping[Status, frozenset[EventKind]] = {
    Status.REGISTERED: frozenset({_K.ACKNOWLEDGED, _K.ESCALATED, _K.VOIDED, _K.JUDGED}) | _HANDLING,
    Status.ACKNOWLEDGED: frozenset({_K.REPLIED, _K.ESCALATED, _K.VOIDED, _K.JUDGED}) | _HANDLING,
    Status.INVESTIGATING: frozenset({_K.REPLIED, _K.ESCALATED, _K.VOIDED, _K.JUDGED}) | _HANDLING,
    Status.REPLIED: frozenset({_K.REPLIED, _K.CALLBACK, _K.ESCALATED, _K.VOIDED, _K.JUDGED}) | _HANDLING,
    Status.CALLBACK: frozenset({_K.SUMMARISED, _K.JUDGED, _K.CLOSED}),
    Status.CLOSED: frozenset({_K.JUDGED, _K.SUMMARISED}),
    Status.VOIDED: frozenset(),
}
_SIMPLE_ACCEPTS: Mapping[Status, frozenset[EventKind]] = {
    Status.REGISTERED: frozenset({_K.REPLIED, _K.ASSIGNED, _K.CLOSED, _K.VOIDED}),
    Status.REPLIED: frozenset({_K.REPLIED, _K.CLOSED, _K.VOIDED}),
    Status.CLOSED: frozenset({_K.SUMMARISED}),
    Status.VOIDED: frozenset(),
}
_NEEDS_REASON = frozenset({_K.VOIDED, _K.JUDGED})
_NEEDS_TEXT = {
    _K.INVESTIGATED: "cause",
    _K.ASSIGNED: "responsible",
    _K.SOLUTION: "solution",
    _K.REPLIED: "content",
    _K.SUMMARISED: "summary",
}


def is_open(status: Status) -> bool:
    return status in _OPEN


def allowed_events(state: ComplaintState | None) -> frozenset[EventKind]:
    """What ``transition`` would accept now, payload permitting (the UI enables its buttons from this)."""
    if state is None:
        return frozenset({_K.CREATED})
    if state.kind is not Kind.COMPLAINT:
        return _SIMPLE_ACCEPTS.get(state.status, frozenset())
    accepted = _COMPLAINT_ACCEPTS[state.status]
    if state.solution_at is None:
        accepted = accepted - {_K.REPLIED}  # no reply before an official opinion exists
    if state.at_chain_end:
        accepted = accepted - {_K.ESCALATED}
    if state.status is Status.CALLBACK and state.summarised_at is None:
        accepted = accepted - {_K.CLOSED}
    return accepted


def transition(
    state: ComplaintState | None, event: Event, chain_length: int = len(DEFAULT_CHAIN)
) -> ComplaintState:
    """The state after ``event``, or a DomainError naming why it may not happen now."""
    if state is None:
        if event.kind is not _K.CREATED:
            raise DomainError("complaint.transition_refused", status=None, event=event.kind)
        kind = _enum(event.payload, "kind", Kind) or Kind.COMPLAINT
        return ComplaintState(
            kind=kind, status=Status.REGISTERED, created_at=event.at, chain_length=chain_length
        )
    if (
        event.kind is _K.ESCALATED
        and state.kind is Kind.COMPLAINT
        and state.at_chain_end
        and is_open(state.status)
    ):
        raise DomainError("complaint.chain_end", level=state.level)
    if (
        event.kind is _K.REPLIED
        and state.kind is Kind.COMPLAINT
        and state.solution_at is None
        and is_open(state.status)
    ):
        raise DomainError("complaint.solution_required")
    if event.kind not in allowed_events(state):
        raise DomainError("complaint.transition_refused", status=state.status, event=event.kind)
    if event.kind in _NEEDS_REASON and not _text(event.payload, "reason"):
        raise DomainError("complaint.reason_required", event=event.kind)
    key = _NEEDS_TEXT.get(event.kind)
    if key and not _text(event.payload, key):
        raise DomainError("complaint.text_required", field=key)
    return _apply(state, event)


def replay(events: Iterable[Event], chain_length: int = len(DEFAULT_CHAIN)) -> ComplaintState:
    state: ComplaintState | None = None
    for event in events:
        state = transition(state, event, chain_length)
    if state is None:
        raise ValueError("a complaint has at least its CREATED event")
    return state


def _acknowledge(state: ComplaintState, at: datetime) -> ComplaintState:
    return state if state.acknowledged_at else replace(state, acknowledged_at=at)


def _apply(state: ComplaintState, event: Event) -> ComplaintState:
    at, payload = event.at, event.payload
    working = (
        Status.INVESTIGATING if state.status in (Status.REGISTERED, Status.ACKNOWLEDGED) else state.status
    )
    match event.kind:
        case _K.ACKNOWLEDGED:
            return replace(_acknowledge(state, at), status=Status.ACKNOWLEDGED)
        case _K.INVESTIGATED:
            return replace(_acknowledge(state, at), status=working, investigated_at=at)
        case _K.ASSIGNED:
            status = working if state.kind is Kind.COMPLAINT else state.status
            return replace(_acknowledge(state, at), status=status, assigned_to=_text(payload, "responsible"))
        case _K.SOLUTION:
            return replace(_acknowledge(state, at), status=working, solution_at=at)
        case _K.REPLIED:
            return replace(
                _acknowledge(state, at),
                status=Status.REPLIED,
                first_reply_at=state.first_reply_at or at,
                reply_count=state.reply_count + 1,
            )
        case _K.ESCALATED:
            return _escalate(state, event)
        case _K.CALLBACK:
            return _callback(state, event)
        case _K.SUMMARISED:
            return replace(state, summarised_at=at)
        case _K.JUDGED:
            valid = payload.get("valid")
            if not isinstance(valid, bool):
                raise DomainError("complaint.invalid_payload", field="valid")
            return replace(state, valid=valid)
        case _K.CLOSED:
            return replace(state, status=Status.CLOSED, closed_at=at)
        case _K.VOIDED:
            return replace(state, status=Status.VOIDED, voided_at=at)
    raise AssertionError(f"unhandled event kind {event.kind}")  # pragma: no cover


def _escalate(state: ComplaintState, event: Event) -> ComplaintState:
    # payload: reason (EscalationReason), from, to, note (required for a manual escalation)
    reason = _enum(event.payload, "reason", EscalationReason) or EscalationReason.MANUAL
    if reason is EscalationReason.MANUAL and not _text(event.payload, "note"):
        raise DomainError("complaint.reason_required", event=event.kind)
    target = event.payload.get("to", state.level + 1)
    if not isinstance(target, int) or isinstance(target, bool) or not 0 < target < state.chain_length:
        raise DomainError("complaint.invalid_payload", field="to")
    used = state.escalated_for | ({reason} if reason is not EscalationReason.MANUAL else set())
    return replace(
        state,
        # max(): two desks whose clocks disagree may record escalations out of order; never go down.
        level=max(state.level, target),
        escalation_count=state.escalation_count + 1,
        escalated_for=frozenset(used),
        last_escalated_at=event.at,
    )


def _callback(state: ComplaintState, event: Event) -> ComplaintState:
    if _enum(event.payload, "method", CallbackMethod) is None:
        raise DomainError("complaint.invalid_payload", field="method")
    evaluation = _enum(event.payload, "evaluation", Evaluation)
    if evaluation is None:
        raise DomainError("complaint.invalid_payload", field="evaluation")
    visited = replace(state, callback_count=state.callback_count + 1, last_evaluation=evaluation)
    if evaluation is not Evaluation.DISSATISFIED:
        return replace(visited, status=Status.CALLBACK)
    # 不满意: handled again; ``escalation_after_callback`` gives the escalation event that goes with it.
    return replace(visited, status=Status.INVESTIGATING)


def escalation_after_callback(state: ComplaintState, at: datetime) -> Event | None:
    """After a return visit answered 不满意: the escalation one level up (reason ``dissatisfied``), or ``None``
    at the chain's end, where the complaint is handled again at the same level."""
    if (
        state.kind is not Kind.COMPLAINT
        or state.last_evaluation is not Evaluation.DISSATISFIED
        or state.status is not Status.INVESTIGATING
        or state.at_chain_end
    ):
        return None
    payload = {"reason": EscalationReason.DISSATISFIED.value, "from": state.level, "to": state.level + 1}
    return Event(EventKind.ESCALATED, at, payload)


def escalation_event(state: ComplaintState, reason: EscalationReason, at: datetime, note: str = "") -> Event:
    """The ESCALATED event one level up; ``complaint.chain_end`` when nobody is above."""
    if state.at_chain_end:
        raise DomainError("complaint.chain_end", level=state.level)
    payload: dict[str, object] = {"reason": reason.value, "from": state.level, "to": state.level + 1}
    if note.strip():
        payload["note"] = note.strip()
    return Event(EventKind.ESCALATED, at, payload)


# ------------------------------------------------------------------------------------------ deadlines


@dataclass(frozen=True)
class ComplaintPolicy:
    ack_hours: int = 24
    reply_hours: int = 48
    timezone: tzinfo = field(default_factory=lambda: ZoneInfo("Asia/Shanghai"))

    def __post_init__(self) -> None:
        for name in ("ack_hours", "reply_hours"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
                raise DomainError("deadline.invalid", field=name, value=value)


DEFAULT_POLICY: Final = ComplaintPolicy()


def add_working_hours(start: datetime, hours: int, tz: tzinfo, calendar: WorkingCalendar) -> datetime:
    """``start`` plus ``hours`` counted only on the local working days of ``calendar`` (UTC result)."""
    cursor = start.astimezone(tz)
    remaining = timedelta(hours=hours)
    for _ in range(3660):  # at most ten years of days; a calendar without working days is a bug
        day = cursor.date()
        next_midnight = datetime.combine(day + timedelta(days=1), time.min, tzinfo=tz)
        if calendar.is_working_day(day):
            available = next_midnight - cursor
            if remaining <= available:
                return (cursor + remaining).astimezone(UTC)
            remaining -= available
        cursor = next_midnight
    raise ValueError("no working days in the calendar")  # pragma: no cover


def ack_due(
    state: ComplaintState, calendar: WorkingCalendar, policy: ComplaintPolicy = DEFAULT_POLICY
) -> datetime:
    return add_working_hours(state.created_at, policy.ack_hours, policy.timezone, calendar)


def reply_due(
    state: ComplaintState, calendar: WorkingCalendar, policy: ComplaintPolicy = DEFAULT_POLICY
) -> datetime:
    return add_working_hours(state.created_at, policy.reply_hours, policy.timezone, calendar)


def escalation_due(
    state: ComplaintState,
    now: datetime,
    policy: ComplaintPolicy = DEFAULT_POLICY,
    calendar: WorkingCalendar | None = None,
) -> EscalationReason | None:
    """Why an open complaint must be escalated automatically now, or ``None``.

    Each deadline escalates once (idempotent: the reason is remembered in the state); a complaint at the
    chain's end, a suggestion or praise never escalates automatically.
    """
    if state.kind is not Kind.COMPLAINT or not is_open(state.status) or state.at_chain_end:
        return None
    cal = calendar or WorkingCalendar()
    if (
        state.acknowledged_at is None
        and EscalationReason.ACK_OVERDUE not in state.escalated_for
        and now > ack_due(state, cal, policy)
    ):
        return EscalationReason.ACK_OVERDUE
    if (
        state.first_reply_at is None
        and EscalationReason.REPLY_OVERDUE not in state.escalated_for
        and now > reply_due(state, cal, policy)
    ):
        return EscalationReason.REPLY_OVERDUE
    return None


_E = TypeVar("_E", bound=StrEnum)


def _text(payload: Mapping[str, object], key: str) -> str:
    value = payload.get(key)
    return value.strip() if isinstance(value, str) else ""


def _enum(payload: Mapping[str, object], key: str, kind: type[_E]) -> _E | None:
    value = payload.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise DomainError("complaint.invalid_payload", field=key)
    try:
        return kind(value)
    except ValueError:
        raise DomainError("complaint.invalid_payload", field=key) from None
