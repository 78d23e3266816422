from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import chinese_calendar  # type: ignore[import-untyped, unused-ignore]
import pytest

from desk_app.domain.calendar import WorkingCalendar
from desk_app.domain.deadlines import (
    DEFAULT_POLICY,
    PAUSED,
    Clock,
    DeadlinePolicy,
    callback_due,
    completion_due,
    deadline,
    follow_up_due,
    is_repeat,
    overdue,
    overdue_clocks,
    policy_for,
    response_due,
)
from desk_app.domain.errors import DomainError
from desk_app.domain.work_orders import Event, EventKind, Status, Urgency, WorkOrderState, replay, transition

SHANGHAI = ZoneInfo("Asia/Shanghai")
T0 = datetime(2025, 10, 20, 2, 0, tzinfo=UTC)  # Monday 10:00 in Shanghai
K = EventKind


def local(y: int, m: int, d: int, hh: int = 0, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=SHANGHAI)


def end_of_local_day(d: date) -> datetime:
    return datetime(d.year, d.month, d.day, 23, 59, 59, 999000, tzinfo=SHANGHAI).astimezone(UTC)


def at(hours: float) -> datetime:
    return T0 + timedelta(hours=hours)


def ev(kind: EventKind, hours: float, **payload: object) -> Event:
    return Event(kind, at(hours), payload)


@pytest.fixture
def cal() -> WorkingCalendar:
    return WorkingCalendar()


def test_the_calendar_facts_these_tests_rely_on() -> None:
    # Checked against the package directly so a wrong expectation below cannot hide behind our calendar.
    assert all(not chinese_calendar.is_workday(date(2025, 10, d)) for d in range(1, 9))  # National Day
    assert chinese_calendar.is_workday(date(2025, 9, 30)) and chinese_calendar.is_workday(date(2025, 10, 9))
    assert chinese_calendar.is_workday(date(2025, 9, 28))  # Sunday, 调休
    assert chinese_calendar.is_workday(date(2025, 10, 11))  # Saturday, 调休
    assert not chinese_calendar.is_workday(date(2025, 10, 12))  # an ordinary Sunday
    assert not any(
        chinese_calendar.is_workday(date(2025, m, d)) for m, d in [(5, 31), (6, 1), (6, 2)]
    )  # 端午


# --- callback (回访) within 1 working day --------------------------------------------------------------


@pytest.mark.parametrize(
    ("returned", "due_day"),
    [
        (local(2025, 9, 30, 15), date(2025, 10, 9)),  # last day before the National Day week
        (local(2025, 10, 3, 11), date(2025, 10, 9)),  # brought back during the holiday
        (local(2025, 10, 11, 10), date(2025, 10, 13)),  # 调休 Saturday counts; Sunday does not
        (local(2025, 9, 28, 16), date(2025, 9, 29)),  # 调休 Sunday -> Monday
        (local(2025, 9, 26, 17), date(2025, 9, 28)),  # Friday -> the make-up Sunday
        (local(2025, 10, 17, 18), date(2025, 10, 20)),  # ordinary Friday -> Monday
        (local(2025, 5, 30, 9), date(2025, 6, 3)),  # Friday before 端午 (Sat–Mon) -> Tuesday
        (local(2025, 10, 11, 4), date(2025, 10, 13)),  # the local day decides: 10-10 20:00 UTC is Saturday
    ],
)
def test_callback_due(cal: WorkingCalendar, returned: datetime, due_day: date) -> None:
    due = callback_due(returned.astimezone(UTC), SHANGHAI, cal)
    assert due == end_of_local_day(due_day)
    assert due.tzinfo is UTC


def test_callback_due_across_national_day_in_utc(cal: WorkingCalendar) -> None:
    assert callback_due(local(2025, 9, 30, 15), SHANGHAI, cal) == datetime(
        2025, 10, 9, 15, 59, 59, 999000, tzinfo=UTC
    )


def test_callback_working_days_are_configurable(cal: WorkingCalendar) -> None:
    policy = DeadlinePolicy(callback_working_days=3)
    assert callback_due(local(2025, 9, 30, 15), SHANGHAI, cal, policy) == end_of_local_day(date(2025, 10, 11))


def test_callback_respects_admin_overrides() -> None:
    cal = WorkingCalendar({date(2025, 10, 20): False})  # e.g. a local holiday
    assert callback_due(local(2025, 10, 17, 18), SHANGHAI, cal) == end_of_local_day(date(2025, 10, 21))


# --- the pause rule ------------------------------------------------------------------------------------


def test_urgent_completion_with_a_two_hour_suspension_is_two_hours_later() -> None:
    state = replay(
        [ev(K.CREATED, 0), ev(K.DISPATCHED, 0.1), ev(K.SUSPENDED, 1, reason="等配件"), ev(K.RESUMED, 3)]
    )
    assert completion_due(state, T0, Urgency.URGENT) == at(6)  # 4 h + 2 h paused


def test_open_suspension_pauses_the_clock() -> None:
    state = replay([ev(K.CREATED, 0), ev(K.DISPATCHED, 0.1), ev(K.SUSPENDED, 1, reason="等配件")])
    assert completion_due(state, T0, Urgency.URGENT) is PAUSED
    assert not overdue(at(100), PAUSED)


def test_suspension_after_the_deadline_does_not_rescue_it() -> None:
    state = replay([ev(K.CREATED, 0), ev(K.SUSPENDED, 1, reason="业主不在家")])
    assert response_due(state, T0, Urgency.URGENT) == at(0.5)  # was already late at 10:30
    assert overdue_clocks(state, T0, Urgency.URGENT, "engineering", at(2), SHANGHAI, WorkingCalendar()) == {
        Clock.RESPONSE
    }


def test_a_clock_met_before_the_suspension_is_not_paused() -> None:
    state = replay(
        [ev(K.CREATED, 0), ev(K.DISPATCHED, 0.1), ev(K.ARRIVED, 0.3), ev(K.SUSPENDED, 1, reason="等配件")]
    )
    assert response_due(state, T0, Urgency.URGENT) == at(0.5)
    assert completion_due(state, T0, Urgency.URGENT) is PAUSED


def test_deadline_shifts_by_every_pause_that_began_before_it() -> None:
    start = T0
    # 60 min plain -> 01:00; the first pause pushes it to 01:30 which brings the second pause in.
    pauses = [(at(0.5), at(1)), (at(1.25), at(1.5))]
    assert deadline(start, 60, pauses) == at(1.75)
    assert deadline(start, 60, list(reversed(pauses))) == at(1.75)  # order of the list does not matter


@pytest.mark.parametrize(
    ("pauses", "due_hours"),
    [
        ([], 1),
        ([(at(1), at(5))], 1),  # began exactly at the deadline: too late to shift it
        ([(at(-3), at(-2))], 1),  # entirely before the start (an earlier round)
        ([(at(-1), at(0.5))], 1.5),  # only the part after the start counts
        ([(at(0.25), at(0.75)), (at(0.5), at(1))], 1.75),  # overlapping pauses count once
        ([(at(0.25), at(0.75)), (at(0.75), None)], "paused"),  # a running pause pushed into range
        ([(at(0.9), None)], "paused"),
        ([(at(2), None)], 1),  # running, but the deadline had already passed when it began
    ],
)
def test_deadline_pause_cases(pauses: list[tuple[datetime, datetime | None]], due_hours: float | str) -> None:
    expected = PAUSED if due_hours == "paused" else at(float(due_hours))
    assert deadline(T0, 60, pauses) == expected


def test_rework_starts_new_response_and_completion_clocks() -> None:
    state = WorkOrderState(Status.RETURNED, arrived_at=at(0.2), completed_at=at(1), returned_at=at(2))
    state = transition(state, ev(K.REWORK, 30, reason="仍然漏水"))
    assert response_due(state, T0, Urgency.IMPORTANT) == at(32)
    assert completion_due(state, T0, Urgency.IMPORTANT) == at(54)


def test_responded_late_is_not_overdue_now_but_the_due_time_remains() -> None:
    state = replay([ev(K.CREATED, 0), ev(K.DISPATCHED, 0.1), ev(K.ARRIVED, 1)])
    assert response_due(state, T0, Urgency.URGENT) == at(0.5)  # the KPI can still see it was late
    clocks = overdue_clocks(state, T0, Urgency.URGENT, "engineering", at(2), SHANGHAI, WorkingCalendar())
    assert clocks == frozenset()


# --- follow-up (事中跟进) ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "days"), [("engineering", 7), ("cleaning", 3), ("security", 3), ("customer_service", 3)]
)
def test_follow_up_cadence_by_department(kind: str, days: int) -> None:
    state = replay([ev(K.CREATED, 0), ev(K.DISPATCHED, 1)])
    assert follow_up_due(state, T0, kind) == at(1) + timedelta(days=days)


def test_follow_up_note_resets_the_clock() -> None:
    state = replay([ev(K.CREATED, 0), ev(K.DISPATCHED, 1), ev(K.FOLLOW_UP, 48, note="工程部说周五到货")])
    assert follow_up_due(state, T0, "cleaning") == at(48 + 72)
    assert follow_up_due(state, T0, "engineering") == at(48 + 7 * 24)


def test_a_link_does_not_count_as_following_up() -> None:
    state = replay([ev(K.CREATED, 0), ev(K.LINKED, 40, incident_id="i-1")])
    assert follow_up_due(state, T0, "cleaning") == at(72)


def test_follow_up_overdue() -> None:
    state = replay([ev(K.CREATED, 0), ev(K.DISPATCHED, 0.1), ev(K.ARRIVED, 0.3)])
    cal = WorkingCalendar()
    # Completion was due at 72 h; the last event (arrival) was at 0.3 h, so follow-up at 72.3 h.
    before = overdue_clocks(state, T0, Urgency.NORMAL, "cleaning", at(72.2), SHANGHAI, cal)
    after = overdue_clocks(state, T0, Urgency.NORMAL, "cleaning", at(72.4), SHANGHAI, cal)
    assert before == {Clock.COMPLETION} and after == {Clock.COMPLETION, Clock.FOLLOW_UP}
    assert overdue_clocks(state, T0, Urgency.NORMAL, "engineering", at(73), SHANGHAI, cal) == {
        Clock.COMPLETION
    }


@pytest.mark.parametrize(
    "state",
    [
        WorkOrderState(Status.SUSPENDED, status_before_suspension=Status.DISPATCHED, suspended_since=T0),
        WorkOrderState(Status.RETURNED, returned_at=T0),
        WorkOrderState(Status.CLOSED),
        WorkOrderState(Status.VOIDED),
    ],
)
def test_no_follow_up_clock(state: WorkOrderState) -> None:
    assert follow_up_due(state, T0, "engineering") is None


# --- overdue summary --------------------------------------------------------------------------------------


def test_overdue_is_strictly_after() -> None:
    assert not overdue(T0, T0)
    assert overdue(T0 + timedelta(microseconds=1), T0)
    assert not overdue(T0, None)


def test_overdue_clocks_for_a_returned_slip() -> None:
    created = local(2025, 9, 29, 9).astimezone(UTC)
    state = WorkOrderState(
        Status.RETURNED,
        arrived_at=created + timedelta(hours=1),
        completed_at=created + timedelta(hours=2),
        returned_at=local(2025, 9, 30, 15).astimezone(UTC),
        last_status_event_at=local(2025, 9, 30, 15).astimezone(UTC),
    )
    cal = WorkingCalendar()

    def clocks(now: datetime) -> frozenset[Clock]:
        return overdue_clocks(
            state, created, Urgency.NORMAL, "engineering", now.astimezone(UTC), SHANGHAI, cal
        )

    assert clocks(local(2025, 10, 9, 23, 59)) == frozenset()  # the holiday week does not count
    assert clocks(local(2025, 10, 10, 0, 0)) == {Clock.CALLBACK}


def test_finished_orders_have_no_overdue_clocks() -> None:
    for status in (Status.CLOSED, Status.VOIDED):
        assert not overdue_clocks(
            WorkOrderState(status), T0, Urgency.URGENT, "other", at(1000), SHANGHAI, WorkingCalendar()
        )


# --- policy ---------------------------------------------------------------------------------------------


def test_default_policy() -> None:
    p = DEFAULT_POLICY
    assert p.respond_minutes == {Urgency.URGENT: 30, Urgency.IMPORTANT: 120, Urgency.NORMAL: 1440}
    assert p.complete_minutes == {Urgency.URGENT: 240, Urgency.IMPORTANT: 1440, Urgency.NORMAL: 4320}
    assert p.follow_up_days == {"engineering": 7, "other": 3}
    assert (p.callback_working_days, p.repeat_window_days) == (1, 30)


def test_with_override() -> None:
    everyone = DEFAULT_POLICY.with_override(respond_minutes=15)
    assert set(everyone.respond_minutes.values()) == {15}
    assert everyone.complete_minutes == DEFAULT_POLICY.complete_minutes
    one = DEFAULT_POLICY.with_override(complete_minutes={Urgency.NORMAL: 48 * 60})
    assert one.complete_minutes == {Urgency.URGENT: 240, Urgency.IMPORTANT: 1440, Urgency.NORMAL: 2880}
    assert DEFAULT_POLICY.respond_minutes[Urgency.URGENT] == 30  # the default is untouched


def test_policy_for_category() -> None:
    assert policy_for(None) is DEFAULT_POLICY
    assert policy_for({}) is DEFAULT_POLICY
    # The specific key wins even when it comes first.
    p = policy_for({"respond_minutes.urgent": 15, "respond_minutes": 60, "complete_minutes.normal": 2880})
    assert p.respond_minutes == {Urgency.URGENT: 15, Urgency.IMPORTANT: 60, Urgency.NORMAL: 60}
    assert p.complete_minutes[Urgency.NORMAL] == 2880 and p.complete_minutes[Urgency.URGENT] == 240
    state = WorkOrderState(Status.REGISTERED)
    assert response_due(state, T0, Urgency.URGENT, p) == T0 + timedelta(minutes=15)


@pytest.mark.parametrize(
    "overrides",
    [
        {"respond_minutes": 0},
        {"complete_minutes.urgent": -5},
        {"respond_minutes.asap": 5},
        {"reply_hours": 24},
    ],
)
def test_policy_for_refuses_bad_overrides(overrides: dict[str, int]) -> None:
    with pytest.raises(DomainError) as err:
        policy_for(overrides)
    assert err.value.code == "deadline.invalid"


@pytest.mark.parametrize(
    "kwargs",
    [
        {"respond_minutes": {Urgency.URGENT: 30}},  # every urgency needs a value
        {"complete_minutes": {Urgency.URGENT: 0, Urgency.IMPORTANT: 1, Urgency.NORMAL: 1}},
        {"follow_up_days": {"engineering": 7}},  # "other" is the fallback, it must exist
        {"follow_up_days": {"engineering": 7, "other": True}},
        {"callback_working_days": 0},
        {"repeat_window_days": -1},
    ],
)
def test_policy_values_must_be_positive_and_complete(kwargs: dict[str, object]) -> None:
    with pytest.raises(DomainError) as err:
        DeadlinePolicy(**kwargs)  # type: ignore[arg-type]
    assert err.value.code == "deadline.invalid"


def test_policy_copies_the_callers_dicts() -> None:
    respond = {Urgency.URGENT: 10, Urgency.IMPORTANT: 20, Urgency.NORMAL: 30}
    policy = DeadlinePolicy(respond_minutes=respond)
    respond[Urgency.URGENT] = 999
    assert policy.respond_minutes[Urgency.URGENT] == 10


def test_deadline_minutes_must_be_positive() -> None:
    with pytest.raises(DomainError, match=r"deadline\.invalid"):
        deadline(T0, 0, [])


# --- repeat reports (返修) -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("earlier", "category", "repeat"),
    [
        (timedelta(days=10), "plumbing", True),
        (timedelta(days=30), "plumbing", True),  # the window is inclusive
        (timedelta(days=30, seconds=1), "plumbing", False),
        (timedelta(days=10), "electrical", False),
        (timedelta(0), "plumbing", False),  # the report itself
        (timedelta(days=-1), "plumbing", False),  # a later report does not make this one a repeat
    ],
)
def test_is_repeat(earlier: timedelta, category: str, repeat: bool) -> None:
    reports = [(T0 - earlier, category), (T0 - timedelta(days=90), "plumbing")]
    assert is_repeat(reports, "plumbing", T0, DEFAULT_POLICY.repeat_window_days) is repeat


def test_is_repeat_window_must_be_positive() -> None:
    with pytest.raises(DomainError, match=r"deadline\.invalid"):
        is_repeat([], "plumbing", T0, 0)
