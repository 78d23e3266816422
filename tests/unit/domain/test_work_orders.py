from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import pytest

from desk_app.domain.errors import DomainError
from desk_app.domain.work_orders import (
    Channel,
    Evaluation,
    Event,
    EventKind,
    Status,
    Urgency,
    WorkOrderState,
    allowed_events,
    is_open,
    needs_supervisor_notice,
    replay,
    transition,
)

T0 = datetime(2025, 9, 29, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai
K = EventKind

# A payload each kind accepts, so the table below tests the status rules and nothing else.
PAYLOADS: Mapping[EventKind, Mapping[str, object]] = {
    K.CREATED: {},
    K.DISPATCHED: {"department_id": "d-eng", "staff": "王师傅"},
    K.ARRIVED: {},
    K.COMPLETED: {},
    K.SLIP_RETURNED: {"staff": "王师傅", "handling": "更换水龙头", "evaluation": "satisfied", "signed": True},
    K.CALLBACK: {"method": "phone", "outcome": "reached", "evaluation": "satisfied"},
    K.REWORK: {"reason": "仍然漏水"},
    K.SUSPENDED: {"reason": "等配件"},
    K.RESUMED: {},
    K.VOIDED: {"reason": "重复登记"},
    K.FOLLOW_UP: {"note": "已电话询问工程部"},
    K.LINKED: {"incident_id": "i-1"},
    K.CLOSED: {"reason": "三次未接通"},
}


def ev(kind: EventKind, minutes: float = 0, **payload: object) -> Event:
    return Event(kind, T0 + timedelta(minutes=minutes), payload or PAYLOADS[kind])


def state_in(status: Status) -> WorkOrderState:
    """A state in ``status`` as the machine would leave it (a returned slip already called once)."""
    if status is Status.SUSPENDED:
        return WorkOrderState(status, status_before_suspension=Status.DISPATCHED, suspended_since=T0)
    if status is Status.RETURNED:
        return WorkOrderState(status, returned_at=T0, callback_attempts=1)
    return WorkOrderState(status)


# The whole machine: one row per status, one column per event; "__" is refused.
REG, DIS, ARR, COM, RET, CLO, SUS, VOI = (
    Status.REGISTERED,
    Status.DISPATCHED,
    Status.ARRIVED,
    Status.COMPLETED,
    Status.RETURNED,
    Status.CLOSED,
    Status.SUSPENDED,
    Status.VOIDED,
)
__ = None
COLUMNS = (
    K.CREATED, K.DISPATCHED, K.ARRIVED, K.COMPLETED, K.SLIP_RETURNED, K.CALLBACK, K.REWORK,
    K.SUSPENDED, K.RESUMED, K.VOIDED, K.FOLLOW_UP, K.LINKED, K.CLOSED,
)  # fmt: skip
TABLE: Mapping[Status | None, tuple[Status | None, ...]] = {
    #     CREATED DISPAT ARRIVE COMPLE SLIP   CALLBK REWORK SUSPND RESUME VOID   FOLLOW LINKED CLOSED
    None: (REG,   __,    __,    __,    __,    __,    __,    __,    __,    __,    __,    __,    __),
    REG:  (__,    DIS,   __,    __,    __,    __,    __,    SUS,   __,    VOI,   REG,   REG,   __),
    DIS:  (__,    DIS,   ARR,   COM,   RET,   __,    __,    SUS,   __,    VOI,   DIS,   DIS,   __),
    ARR:  (__,    DIS,   __,    COM,   RET,   __,    __,    SUS,   __,    VOI,   ARR,   ARR,   __),
    COM:  (__,    __,    __,    __,    RET,   __,    DIS,   __,    __,    __,    COM,   COM,   __),
    RET:  (__,    __,    __,    __,    __,    CLO,   DIS,   __,    __,    __,    RET,   RET,   CLO),
    SUS:  (__,    __,    __,    __,    __,    __,    __,    __,    DIS,   VOI,   SUS,   SUS,   __),
    CLO:  (__,    __,    __,    __,    __,    __,    __,    __,    __,    __,    __,    CLO,   __),
    VOI:  (__,    __,    __,    __,    __,    __,    __,    __,    __,    __,    __,    __,    __),
}  # fmt: skip
CASES = [
    pytest.param(status, kind, row[i], id=f"{status or 'new'}-{kind}")
    for status, row in TABLE.items()
    for i, kind in enumerate(COLUMNS)
]


def test_the_table_covers_every_status_and_event() -> None:
    assert set(COLUMNS) == set(EventKind)
    assert set(TABLE) == {None, *Status}


@pytest.mark.parametrize(("status", "kind", "expected"), CASES)
def test_transition_table(status: Status | None, kind: EventKind, expected: Status | None) -> None:
    state = state_in(status) if status else None
    event = ev(kind, 5)
    if expected is None:
        with pytest.raises(DomainError) as refused:
            transition(state, event)
        assert refused.value.code == "work_order.transition_refused"
        assert refused.value.params == {"status": status, "event": kind}
        assert kind not in allowed_events(state)
    else:
        assert transition(state, event).status is expected
        assert kind in allowed_events(state)


def test_allowed_events_match_the_table() -> None:
    for status, row in TABLE.items():
        state = state_in(status) if status else None
        expected = {kind for kind, result in zip(COLUMNS, row, strict=True) if result is not None}
        assert allowed_events(state) == expected, status


def test_closing_a_returned_slip_needs_a_return_visit_first() -> None:
    untried = WorkOrderState(Status.RETURNED, returned_at=T0)
    assert K.CLOSED not in allowed_events(untried)
    with pytest.raises(DomainError, match="transition_refused"):
        transition(untried, ev(K.CLOSED))


def test_full_lifecycle() -> None:
    events = [
        ev(K.CREATED, 0),
        ev(K.DISPATCHED, 2),
        ev(K.ARRIVED, 20),
        ev(K.COMPLETED, 60),
        Event(
            K.SLIP_RETURNED,
            T0 + timedelta(hours=3),
            {
                "staff": "王师傅",
                "arrived_at": (T0 + timedelta(minutes=18)).isoformat(),  # as read back from JSON
                "completed_at": T0 + timedelta(minutes=55),
                "handling": "更换阀芯",
                "materials": "阀芯 1 个",
                "charge_fen": 3500,
                "evaluation": "basic",
                "signed": True,
            },
        ),
        ev(K.CALLBACK, 300, method="phone", outcome="no_answer", retry_at=T0 + timedelta(hours=7)),
        ev(K.CALLBACK, 420, method="phone", outcome="reached", evaluation="dissatisfied", remarks="还在滴水"),
        ev(K.ARRIVED, 500),
        ev(K.COMPLETED, 560),
        ev(K.SLIP_RETURNED, 600, staff="李师傅", handling="更换整个龙头", evaluation=None, signed=False),
        ev(K.CALLBACK, 700, method="on_site", outcome="reached", evaluation="satisfied"),
    ]
    states = []
    state = None
    for event in events:
        state = transition(state, event)
        states.append(state)
    assert [s.status for s in states] == [REG, DIS, ARR, COM, RET, RET, DIS, ARR, COM, RET, CLO]
    assert replay(events) == states[-1]

    first_slip = states[4]
    assert first_slip.arrived_at == T0 + timedelta(minutes=18)  # the slip's written times win
    assert first_slip.completed_at == T0 + timedelta(minutes=55)
    assert first_slip.slip_evaluation is Evaluation.BASIC and first_slip.slip_signed
    assert states[5].callback_attempts == 1
    assert states[5].callback_retry_at == T0 + timedelta(hours=7)

    rework = states[6]
    assert rework.rework_count == 1 and rework.reworked_at == T0 + timedelta(minutes=420)
    assert rework.arrived_at is rework.completed_at is rework.returned_at is None
    assert rework.callback_attempts == 0 and rework.last_evaluation is Evaluation.DISSATISFIED
    assert needs_supervisor_notice(events[6], rework)
    assert not any(
        needs_supervisor_notice(e, s) for e, s in zip(events, states, strict=True) if e is not events[6]
    )

    closed = states[-1]
    assert closed.closed_at == T0 + timedelta(minutes=700)
    assert closed.last_evaluation is Evaluation.SATISFIED
    assert closed.rework_count == 1 and closed.callback_attempts == 1
    assert not is_open(closed.status)


def test_slip_back_straight_from_dispatched_implies_arrival_and_completion() -> None:
    state = replay([ev(K.CREATED), ev(K.DISPATCHED, 1)])
    arrived, completed = T0 + timedelta(minutes=30), T0 + timedelta(minutes=90)
    state = transition(state, ev(K.SLIP_RETURNED, 120, arrived_at=arrived, completed_at=completed))
    assert (state.status, state.arrived_at, state.completed_at) == (RET, arrived, completed)
    assert state.responded_at == arrived


def test_slip_without_times_is_completed_when_it_comes_back() -> None:
    state = transition(WorkOrderState(DIS), ev(K.SLIP_RETURNED, 120, staff="王师傅"))
    assert state.completed_at == state.returned_at == T0 + timedelta(minutes=120)
    assert state.arrived_at is None and state.responded_at == state.completed_at


def test_slip_with_completion_before_arrival_is_refused() -> None:
    with pytest.raises(DomainError) as err:
        transition(
            WorkOrderState(DIS),
            ev(K.SLIP_RETURNED, 120, arrived_at=T0 + timedelta(minutes=60), completed_at=T0),
        )
    assert err.value.code == "work_order.slip_times"


def test_reassignment_keeps_the_first_arrival_as_the_response() -> None:
    state = replay(
        [ev(K.CREATED), ev(K.DISPATCHED, 1), ev(K.ARRIVED, 10), ev(K.DISPATCHED, 30), ev(K.ARRIVED, 50)]
    )
    assert state.status is ARR
    assert state.arrived_at == T0 + timedelta(minutes=10)
    assert state.dispatched_at == T0 + timedelta(minutes=30)


@pytest.mark.parametrize("outcome", ["no_answer", "wrong_number"])
def test_unreached_callback_stays_returned_and_counts(outcome: str) -> None:
    state = WorkOrderState(RET, returned_at=T0)
    for attempt in (1, 2):
        event = ev(K.CALLBACK, attempt, method="phone", outcome=outcome)
        state = transition(state, event)
        assert (state.status, state.callback_attempts) == (RET, attempt)
        assert not needs_supervisor_notice(event, state)


def test_callback_reached_needs_an_evaluation() -> None:
    with pytest.raises(DomainError) as err:
        transition(WorkOrderState(RET), ev(K.CALLBACK, method="phone", outcome="reached"))
    assert err.value.code == "work_order.evaluation_required"


@pytest.mark.parametrize(
    ("payload", "bad_field"),
    [
        ({"method": "fax", "outcome": "reached", "evaluation": "satisfied"}, "method"),
        ({"outcome": "reached", "evaluation": "satisfied"}, "method"),
        ({"method": "phone", "outcome": "maybe"}, "outcome"),
        ({"method": "phone"}, "outcome"),
        ({"method": "phone", "outcome": "reached", "evaluation": "great"}, "evaluation"),
        ({"method": "phone", "outcome": "no_answer", "retry_at": "tomorrow"}, "retry_at"),
        ({"method": "phone", "outcome": "no_answer", "retry_at": "2025-10-09T10:00"}, "retry_at"),  # naive
        ({"method": "phone", "outcome": 3}, "outcome"),
    ],
)
def test_callback_payload_is_checked(payload: dict[str, object], bad_field: str) -> None:
    with pytest.raises(DomainError) as err:
        transition(WorkOrderState(RET), Event(K.CALLBACK, T0, payload))
    assert (err.value.code, err.value.params) == ("work_order.invalid_payload", {"field": bad_field})


def test_basic_satisfaction_closes() -> None:
    state = transition(
        WorkOrderState(RET), ev(K.CALLBACK, method="phone", outcome="reached", evaluation="basic")
    )
    assert state.status is CLO and state.last_evaluation is Evaluation.BASIC


@pytest.mark.parametrize("before", [REG, DIS, ARR])
def test_suspend_and_resume_returns_to_where_it_was(before: Status) -> None:
    suspended = transition(WorkOrderState(before), ev(K.SUSPENDED, 10))
    assert suspended.status is SUS and suspended.status_before_suspension is before
    assert suspended.pauses == ((T0 + timedelta(minutes=10), None),)
    resumed = transition(suspended, ev(K.RESUMED, 70))
    assert resumed.status is before and resumed.status_before_suspension is None
    assert resumed.suspended_since is None
    assert resumed.paused_intervals == ((T0 + timedelta(minutes=10), T0 + timedelta(minutes=70)),)
    again = transition(transition(resumed, ev(K.SUSPENDED, 100)), ev(K.RESUMED, 130))
    assert len(again.paused_intervals) == 2 and again.status is before


def test_voiding_a_suspended_order_ends_the_pause() -> None:
    state = transition(
        WorkOrderState(SUS, status_before_suspension=REG, suspended_since=T0), ev(K.VOIDED, 30)
    )
    assert state.status is VOI and state.voided_at == T0 + timedelta(minutes=30)
    assert state.suspended_since is None and state.pauses == ((T0, T0 + timedelta(minutes=30)),)


@pytest.mark.parametrize(
    ("status", "kind"),
    [(REG, K.SUSPENDED), (DIS, K.VOIDED), (COM, K.REWORK), (RET, K.REWORK), (RET, K.CLOSED)],
)
@pytest.mark.parametrize("reason", [None, "", "   "])
def test_reason_required(status: Status, kind: EventKind, reason: str | None) -> None:
    payload = {} if reason is None else {"reason": reason}
    with pytest.raises(DomainError) as err:
        transition(state_in(status), Event(kind, T0, payload))
    assert (err.value.code, err.value.params) == ("work_order.reason_required", {"event": kind})


def test_rework_from_completed_counts_and_redispatches() -> None:
    state = transition(WorkOrderState(COM, completed_at=T0, rework_count=1), ev(K.REWORK, 30))
    assert (state.status, state.rework_count, state.completed_at) == (DIS, 2, None)
    assert state.dispatched_at == state.reworked_at == T0 + timedelta(minutes=30)


@pytest.mark.parametrize("status", [REG, DIS, ARR, COM, RET, SUS])
def test_follow_up_allowed_while_open_and_changes_only_its_clock(status: Status) -> None:
    before = state_in(status)
    after = transition(before, ev(K.FOLLOW_UP, 45))
    assert after == replace(before, last_follow_up_at=T0 + timedelta(minutes=45))
    assert is_open(status)


@pytest.mark.parametrize("status", [CLO, VOI])
def test_follow_up_refused_once_finished(status: Status) -> None:
    with pytest.raises(DomainError, match="transition_refused"):
        transition(WorkOrderState(status), ev(K.FOLLOW_UP))
    assert not is_open(status)


def test_follow_up_needs_a_note() -> None:
    with pytest.raises(DomainError) as err:
        transition(WorkOrderState(DIS), Event(K.FOLLOW_UP, T0, {"note": " "}))
    assert err.value.code == "work_order.note_required"


def test_link_changes_nothing() -> None:
    state = WorkOrderState(CLO, closed_at=T0)
    assert transition(state, ev(K.LINKED, 10)) == state


def test_status_events_move_the_activity_time_notes_do_not() -> None:
    state = replay([ev(K.CREATED), ev(K.DISPATCHED, 5), ev(K.LINKED, 10)])
    assert state.last_status_event_at == T0 + timedelta(minutes=5)


def test_created_only_first() -> None:
    assert allowed_events(None) == {K.CREATED}
    with pytest.raises(DomainError):
        replay([ev(K.CREATED), ev(K.CREATED, 1)])
    with pytest.raises(DomainError, match="transition_refused"):
        replay([ev(K.DISPATCHED)])
    with pytest.raises(ValueError, match="CREATED"):
        replay([])


def test_event_times_must_be_aware_and_are_kept_in_utc() -> None:
    with pytest.raises(ValueError, match="aware"):
        Event(K.CREATED, datetime(2025, 10, 1, 9, 0))
    local = Event(K.CREATED, datetime(2025, 10, 1, 10, 0, tzinfo=timezone(timedelta(hours=8))))
    assert local.at == datetime(2025, 10, 1, 2, 0, tzinfo=UTC) and local.at.tzinfo is UTC


def test_event_kind_from_the_database_string() -> None:
    event = Event("dispatched", T0)  # type: ignore[arg-type]  # how a row reads back before conversion
    assert event.kind is K.DISPATCHED
    assert transition(WorkOrderState(REG), event).status is DIS


def test_stored_values_do_not_change() -> None:
    assert [c.value for c in Channel] == ["phone", "visit", "letter", "email", "wechat", "online", "staff"]
    assert [u.value for u in Urgency] == ["urgent", "important", "normal"]
    assert [e.value for e in Evaluation] == ["satisfied", "basic", "dissatisfied"]
    assert [s.value for s in Status] == [
        "registered", "dispatched", "arrived", "completed", "returned", "closed", "suspended", "voided",
    ]  # fmt: skip
    assert {k.value for k in EventKind} == {
        "created", "dispatched", "arrived", "completed", "slip_returned", "callback", "rework",
        "suspended", "resumed", "voided", "follow_up", "linked", "closed",
    }  # fmt: skip
