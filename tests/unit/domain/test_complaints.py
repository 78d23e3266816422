"""The complaint state machine, the escalation chain and the automatic-escalation clock."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from desk_app.domain.calendar import WorkingCalendar
from desk_app.domain.complaints import (
    DEFAULT_CHAIN,
    ChainLevel,
    ComplaintPolicy,
    EscalationReason,
    Event,
    EventKind,
    Kind,
    Status,
    add_working_hours,
    allowed_events,
    escalation_after_callback,
    escalation_due,
    escalation_event,
    parse_chain,
    replay,
    transition,
)
from desk_app.domain.errors import DomainError
from desk_app.domain.roles import Role

T0 = datetime(2026, 11, 23, 1, 30, tzinfo=UTC)  # Monday 09:30 in Shanghai
K = EventKind


def ev(event_kind: EventKind, minutes: int = 0, **payload: object) -> Event:
    return Event(event_kind, T0 + timedelta(minutes=minutes), payload)


def handled_and_replied() -> list[Event]:
    return [
        ev(K.CREATED, kind="complaint"),
        ev(K.ACKNOWLEDGED, 10),
        ev(K.INVESTIGATED, 20, cause="保洁未按时清理"),
        ev(K.ASSIGNED, 30, responsible="环境部 王主管"),
        ev(K.SOLUTION, 40, solution="每日两次清理并检查"),
        ev(K.REPLIED, 50, channel="phone", content="已安排每日清理", to="张三"),
    ]


def test_full_flow_to_closed() -> None:
    events = [
        *handled_and_replied(),
        ev(K.CALLBACK, 60, method="phone", evaluation="satisfied"),
        ev(K.SUMMARISED, 70, summary="已解决"),
        ev(K.JUDGED, 80, valid=True, reason="保洁确有遗漏"),
        ev(K.CLOSED, 90),
    ]
    state = replay(events)
    assert state.status is Status.CLOSED
    assert state.valid is True
    assert state.level == 0
    assert state.first_reply_at == T0 + timedelta(minutes=50)


def test_no_reply_before_a_solution() -> None:
    state = replay([ev(K.CREATED), ev(K.ACKNOWLEDGED, 1)])
    assert K.REPLIED not in allowed_events(state)
    with pytest.raises(DomainError) as err:
        transition(state, ev(K.REPLIED, 2, content="x"))
    assert err.value.code == "complaint.solution_required"


def test_investigating_acknowledges_implicitly() -> None:
    state = replay([ev(K.CREATED), ev(K.INVESTIGATED, 5, cause="原因")])
    assert state.status is Status.INVESTIGATING
    assert state.acknowledged_at == T0 + timedelta(minutes=5)


def test_closing_needs_a_summary() -> None:
    state = replay([*handled_and_replied(), ev(K.CALLBACK, 60, method="phone", evaluation="basic")])
    assert state.status is Status.CALLBACK
    with pytest.raises(DomainError):
        transition(state, ev(K.CLOSED, 70))


def test_dissatisfied_callback_escalates_one_level_and_reopens() -> None:
    state = replay([*handled_and_replied(), ev(K.CALLBACK, 60, method="phone", evaluation="dissatisfied")])
    assert state.status is Status.INVESTIGATING
    follow = escalation_after_callback(state, T0 + timedelta(minutes=60))
    assert follow is not None and follow.payload["reason"] == "dissatisfied"
    state = transition(state, follow)
    assert state.level == 1
    assert state.escalation_count == 1
    assert state.status is Status.INVESTIGATING


def test_manual_escalation_and_chain_end() -> None:
    state = replay([ev(K.CREATED)])
    for level in range(1, len(DEFAULT_CHAIN)):
        state = transition(state, ev(K.ESCALATED, level, reason="manual", note="业主要求"))
        assert state.level == level
    assert state.at_chain_end
    assert K.ESCALATED not in allowed_events(state)
    with pytest.raises(DomainError) as err:
        transition(state, ev(K.ESCALATED, 9, reason="manual", note="再升级"))
    assert err.value.code == "complaint.chain_end"


def test_dissatisfied_at_chain_end_is_handled_again_at_the_same_level() -> None:
    events = [ev(K.CREATED)]
    events += [ev(K.ESCALATED, i, reason="manual", note="升级") for i in range(1, 5)]
    events += handled_and_replied()[2:]
    events.append(ev(K.CALLBACK, 70, method="phone", evaluation="dissatisfied"))
    state = replay(events)
    assert state.level == 4
    assert state.status is Status.INVESTIGATING
    assert escalation_after_callback(state, T0) is None
    with pytest.raises(DomainError) as err:
        escalation_event(state, EscalationReason.MANUAL, T0, "再升级")
    assert err.value.code == "complaint.chain_end"


def test_manual_escalation_needs_a_note() -> None:
    with pytest.raises(DomainError) as err:
        transition(replay([ev(K.CREATED)]), ev(K.ESCALATED, 1, reason="manual"))
    assert err.value.code == "complaint.reason_required"


def test_praise_is_simple() -> None:
    state = replay([ev(K.CREATED, kind="praise"), ev(K.REPLIED, 5, content="感谢表扬")])
    assert state.status is Status.REPLIED
    assert K.ESCALATED not in allowed_events(state)
    state = transition(state, ev(K.CLOSED, 6))
    assert state.status is Status.CLOSED
    assert escalation_due(state, T0 + timedelta(days=30)) is None


def test_suggestion_never_escalates_automatically() -> None:
    state = replay([ev(K.CREATED, kind="suggestion")])
    assert state.kind is Kind.SUGGESTION
    assert escalation_due(state, T0 + timedelta(days=30)) is None


def test_working_hours_skip_weekends_and_holidays() -> None:
    cal = WorkingCalendar()
    tz = ComplaintPolicy().timezone
    friday_17 = datetime(2026, 11, 27, 17, 0, tzinfo=tz)
    assert add_working_hours(friday_17, 24, tz, cal) == datetime(2026, 11, 30, 17, 0, tzinfo=tz)
    # Registered on a Saturday: the clock starts on Monday at midnight.
    saturday = datetime(2026, 11, 28, 10, 0, tzinfo=tz)
    assert add_working_hours(saturday, 24, tz, cal) == datetime(2026, 12, 1, 0, 0, tzinfo=tz)
    # An override declaring Monday a holiday pushes it one more day.
    cal2 = WorkingCalendar({date(2026, 11, 30): False})
    assert add_working_hours(friday_17, 24, tz, cal2) == datetime(2026, 12, 1, 17, 0, tzinfo=tz)


def test_escalation_due_on_the_working_day_calendar() -> None:
    cal = WorkingCalendar()
    tz = ComplaintPolicy().timezone
    friday_17 = datetime(2026, 11, 27, 17, 0, tzinfo=tz)
    state = replay([Event(K.CREATED, friday_17, {})])
    saturday_evening = datetime(2026, 11, 28, 18, 0, tzinfo=tz)
    assert escalation_due(state, saturday_evening, ComplaintPolicy(), cal) is None
    monday_1701 = datetime(2026, 11, 30, 17, 1, tzinfo=tz)
    assert escalation_due(state, monday_1701, ComplaintPolicy(), cal) is EscalationReason.ACK_OVERDUE
    state = transition(state, Event(K.ESCALATED, monday_1701, {"reason": "ack_overdue", "to": 1}))
    assert escalation_due(state, monday_1701, ComplaintPolicy(), cal) is None  # once per deadline
    tuesday_1701 = datetime(2026, 12, 1, 17, 1, tzinfo=tz)
    assert escalation_due(state, tuesday_1701, ComplaintPolicy(), cal) is EscalationReason.REPLY_OVERDUE


def test_acknowledged_in_time_only_the_answer_clock_runs() -> None:
    state = replay([ev(K.CREATED), ev(K.ACKNOWLEDGED, 60)])
    assert escalation_due(state, T0 + timedelta(hours=30)) is None
    assert escalation_due(state, T0 + timedelta(hours=49)) is EscalationReason.REPLY_OVERDUE


def test_chain_setting_parses() -> None:
    chain = parse_chain("前台=clerk;主管=supervisor;经理=manager")
    assert chain[1] == ChainLevel("主管", Role.SUPERVISOR)
    with pytest.raises(DomainError):
        parse_chain("前台=nobody;经理=manager")
    with pytest.raises(DomainError):
        parse_chain("前台=clerk")


def test_escalations_recorded_out_of_order_never_lower_the_level() -> None:
    state = replay(
        [
            ev(K.CREATED),
            ev(K.ESCALATED, 5, reason="reply_overdue", to=2),
            ev(K.ESCALATED, 6, reason="ack_overdue", to=1),
        ]
    )
    assert state.level == 2 and state.escalation_count == 2
