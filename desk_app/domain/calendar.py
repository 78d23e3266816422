"""China's working-day calendar: statutory holidays, make-up working days (调休) and admin overrides.

Deadlines such as "return visit within 1 working day" or "collect surveys within 10 working days" are counted
in *Chinese* working days, which are not Monday–Friday: a holiday can fall on a weekday and a Saturday or
Sunday can be a make-up working day. The official data comes from ``chinesecalendar``; each year's schedule
is only announced by the State Council in November, so a desk may run into a year the installed package does
not know yet. Rather than fail, such a year falls back to Monday–Friday (plus the admin's overrides) and the
calendar remembers it, so the app can warn the admin to enter that year's holidays.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta

import chinese_calendar  # type: ignore[import-untyped, unused-ignore]  # no stubs; pyproject may also ignore it

from desk_app.domain.errors import DomainError

_ONE_DAY = timedelta(days=1)


def _as_date(d: date) -> date:
    # datetime is a subclass of date; an override keyed by date must still match a datetime argument.
    return d.date() if isinstance(d, datetime) else d


@functools.lru_cache(maxsize=8192)
def _official_is_workday(d: date) -> bool | None:
    """The package's answer, or None for a year it has no data for.

    Cached because the package re-scans its whole table to find its year range on every call, and deadline
    reports ask about the same few hundred days over and over.
    """
    try:
        return bool(chinese_calendar.is_workday(d))
    except NotImplementedError:
        return None


class WorkingCalendar:
    """Answers "is this a working day?" and counts working days; overrides always win."""

    def __init__(self, overrides: Mapping[date, bool] | None = None) -> None:
        # Copied so later changes to the caller's dict cannot silently change deadlines already computed.
        self._overrides: dict[date, bool] = {_as_date(k): v for k, v in (overrides or {}).items()}
        self._fallback_years: set[int] = set()
        self._lock = threading.Lock()  # the calendar is shared by the DB worker and the GUI thread

    @property
    def overrides(self) -> dict[date, bool]:
        return dict(self._overrides)

    @property
    def fallback_used(self) -> frozenset[int]:
        """Years asked about so far that had no official data and were treated as Monday–Friday."""
        with self._lock:
            return frozenset(self._fallback_years)

    @staticmethod
    def has_official_data(year: int) -> bool:
        """Whether the installed ``chinesecalendar`` knows this year's holidays and make-up days."""
        return _official_is_workday(date(year, 1, 1)) is not None

    @classmethod
    def years_without_data(cls, years: Iterable[int]) -> list[int]:
        """The given years the package does not cover, sorted; the admin must enter these by hand."""
        return sorted({y for y in years if not cls.has_official_data(y)})

    def is_working_day(self, d: date) -> bool:
        d = _as_date(d)
        override = self._overrides.get(d)
        if override is not None:
            return override
        official = _official_is_workday(d)
        if official is not None:
            return official
        with self._lock:
            self._fallback_years.add(d.year)
        return d.weekday() < 5

    def add_working_days(self, d: date, n: int) -> date:
        """The n-th working day strictly after ``d``; ``n == 0`` returns ``d`` unchanged (even if a holiday)."""
        if n < 0:
            raise DomainError("calendar.negative_days", days=n)
        current = _as_date(d)
        remaining = n
        while remaining:
            current += _ONE_DAY
            if self.is_working_day(current):
                remaining -= 1
        return current

    def working_days_between(self, start: date, end: date) -> int:
        """Working days in the half-open interval (start, end]; 0 when ``end <= start``.

        Half-open so that ``working_days_between(d, add_working_days(d, n)) == n``: the day a request
        arrives does not count, the deadline day does.
        """
        current, end = _as_date(start), _as_date(end)
        count = 0
        while current < end:
            current += _ONE_DAY
            if self.is_working_day(current):
                count += 1
        return count
