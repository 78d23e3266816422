from __future__ import annotations

from datetime import date, datetime

import pytest

from desk_app.domain.calendar import WorkingCalendar
from desk_app.domain.errors import DomainError

# Expected values below are the State Council's published schedules, written out by hand on purpose:
# the tests must catch a wrong reading of the package, not just repeat it.


@pytest.fixture
def cal() -> WorkingCalendar:
    return WorkingCalendar()


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (date(2024, 2, 4), True),  # Sunday, 调休 before Spring Festival 2024
        (date(2024, 2, 9), True),  # Friday, 除夕 2024 was officially a working day
        (date(2024, 2, 12), False),  # Monday inside Spring Festival 2024
        (date(2024, 2, 18), True),  # Sunday, 调休 after Spring Festival 2024
        (date(2025, 9, 28), True),  # Sunday, 调休 before National Day 2025
        (date(2025, 10, 11), True),  # Saturday, 调休 after National Day 2025
        (date(2025, 10, 12), False),  # an ordinary Sunday
        (date(2025, 10, 9), True),  # an ordinary Thursday
        (date(2025, 1, 1), False),  # New Year's Day, a Wednesday
        (date(2026, 2, 14), True),  # Saturday, 调休 before Spring Festival 2026
    ],
)
def test_official_days(cal: WorkingCalendar, day: date, working: bool) -> None:
    assert cal.is_working_day(day) is working
    assert not cal.fallback_used


def test_national_day_week_2025_is_off(cal: WorkingCalendar) -> None:
    for d in range(1, 9):
        assert not cal.is_working_day(date(2025, 10, d)), d


def test_datetime_argument_is_treated_as_its_date(cal: WorkingCalendar) -> None:
    assert cal.is_working_day(datetime(2025, 10, 11, 9, 30)) is True


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        (date(2025, 9, 30), 0, date(2025, 9, 30)),
        (date(2025, 10, 3), 0, date(2025, 10, 3)),  # n=0 is "today", even on a holiday
        (date(2025, 9, 26), 1, date(2025, 9, 28)),  # Friday -> make-up Sunday
        (date(2025, 9, 30), 1, date(2025, 10, 9)),  # across the whole National Day break
        (date(2025, 9, 30), 3, date(2025, 10, 11)),  # ... landing on the make-up Saturday
        (date(2025, 10, 1), 1, date(2025, 10, 9)),  # starting inside the holiday
        (date(2025, 1, 27), 1, date(2025, 2, 5)),  # across Spring Festival 2025 (1-28 .. 2-4)
        (date(2025, 1, 24), 1, date(2025, 1, 26)),  # Friday -> make-up Sunday before it
        (date(2024, 2, 8), 2, date(2024, 2, 18)),  # 2-9 works, 2-10..17 off, 2-18 make-up Sunday
        (date(2025, 12, 31), 1, date(2026, 1, 4)),  # across the year end into 2026's make-up Sunday
    ],
)
def test_add_working_days(cal: WorkingCalendar, start: date, n: int, expected: date) -> None:
    assert cal.add_working_days(start, n) == expected
    assert cal.working_days_between(start, expected) == n


def test_negative_days_rejected(cal: WorkingCalendar) -> None:
    with pytest.raises(DomainError) as info:
        cal.add_working_days(date(2025, 1, 1), -1)
    assert info.value.code == "calendar.negative_days"


def test_working_days_between(cal: WorkingCalendar) -> None:
    # October 2025: 31 days, 1-8 off, weekends off except the make-up Saturday 11th.
    assert cal.working_days_between(date(2025, 9, 30), date(2025, 10, 31)) == 18
    assert cal.working_days_between(date(2025, 10, 9), date(2025, 10, 9)) == 0
    assert cal.working_days_between(date(2025, 10, 10), date(2025, 10, 9)) == 0
    # The start day is excluded, the end day included.
    assert cal.working_days_between(date(2025, 10, 8), date(2025, 10, 9)) == 1


def test_overrides_win_both_ways() -> None:
    cal = WorkingCalendar(
        {
            date(2025, 10, 11): False,  # official make-up Saturday cancelled by the admin
            date(2025, 10, 3): True,  # the desk is staffed on a statutory holiday
            date(2025, 10, 13): False,  # an ordinary Monday made a rest day
            date(2025, 10, 12): True,  # an ordinary Sunday made a working day
        }
    )
    assert cal.is_working_day(date(2025, 10, 11)) is False
    assert cal.is_working_day(date(2025, 10, 3)) is True
    assert cal.is_working_day(date(2025, 10, 13)) is False
    assert cal.is_working_day(date(2025, 10, 12)) is True
    assert cal.add_working_days(date(2025, 10, 1), 1) == date(2025, 10, 3)
    assert cal.add_working_days(date(2025, 10, 10), 1) == date(2025, 10, 12)


def test_overrides_are_copied() -> None:
    overrides = {date(2025, 10, 3): True}
    cal = WorkingCalendar(overrides)
    overrides[date(2025, 10, 3)] = False
    assert cal.is_working_day(date(2025, 10, 3)) is True
    assert cal.overrides == {date(2025, 10, 3): True}


def test_year_without_data_falls_back_and_reports_it() -> None:
    cal = WorkingCalendar({date(2040, 1, 8): False})
    assert not cal.has_official_data(2040)
    assert cal.has_official_data(2025)
    assert cal.fallback_used == frozenset()
    assert cal.is_working_day(date(2040, 1, 6)) is True  # Friday
    assert cal.is_working_day(date(2040, 1, 7)) is False  # Saturday
    assert cal.fallback_used == {2040}
    # Monday 1-8 is overridden off, so the first working day after Friday 1-6 is Tuesday 1-9.
    assert cal.add_working_days(date(2040, 1, 6), 1) == date(2040, 1, 9)


def test_override_alone_does_not_record_fallback() -> None:
    cal = WorkingCalendar({date(2040, 1, 8): False})
    assert cal.is_working_day(date(2040, 1, 8)) is False
    assert cal.fallback_used == frozenset()


def test_years_without_data() -> None:
    assert WorkingCalendar.years_without_data([2040, 2024, 2025, 1999, 2040]) == [1999, 2040]
    assert WorkingCalendar.years_without_data([]) == []
