"""The clocks that run on a work order, and when each is due (seed 003 第五条 4–5; DOMAIN.md §2).

* response — the department is on site: from creation (or the latest rework) within ``respond_minutes``.
  Dispatching is a desk action taking a minute; what the customer waits for is someone at the door
  (紧急 30 min, 重要 2 h, 一般 24 h by default).
* completion — the work is done, within ``complete_minutes`` of the same start.
* follow-up (事中跟进) — while the department works, the desk checks on it: engineering at least weekly,
  everyone else (物管) at least every 3 days, counted in calendar days from the latest event.
* callback (回访) — within ``callback_working_days`` Chinese working days of the slip coming back.

Time while the order is suspended does not count. A clock whose suspension is still running has no due time;
the functions then return the ``PAUSED`` sentinel (not ``None``, which means "this clock is not running"), so
the UI can show "paused" instead of a time.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, time, timedelta, tzinfo
from enum import Enum, StrEnum
from typing import Final, Literal, TypeAlias

from desk_app.domain.calendar import WorkingCalendar
from desk_app.domain.errors import DomainError
from desk_app.domain.work_orders import Status, Urgency, WorkOrderState, is_open


class Paused(Enum):
    PAUSED = "paused"


PAUSED: Final = Paused.PAUSED
Due: TypeAlias = datetime | Literal[Paused.PAUSED]
Pause: TypeAlias = tuple[datetime, datetime | None]

ENGINEERING: Final = "engineering"
OTHER: Final = "other"

_END_OF_DAY = time(23, 59, 59, 999000)
# Follow-up is 事中跟进: once the slip is back the return-visit clock takes over.
_FOLLOWED_UP = frozenset({Status.REGISTERED, Status.DISPATCHED, Status.ARRIVED, Status.COMPLETED})


class Clock(StrEnum):
    RESPONSE = "response"
    COMPLETION = "completion"
    FOLLOW_UP = "follow_up"
    CALLBACK = "callback"


def _positive(name: str, value: object) -> int:
    # bool is an int in Python; True minutes is a bug, not a deadline.
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise DomainError("deadline.invalid", field=name, value=value)
    return value


def _default_respond() -> dict[Urgency, int]:
    return {Urgency.URGENT: 30, Urgency.IMPORTANT: 2 * 60, Urgency.NORMAL: 24 * 60}


def _default_complete() -> dict[Urgency, int]:
    return {Urgency.URGENT: 4 * 60, Urgency.IMPORTANT: 24 * 60, Urgency.NORMAL: 72 * 60}


def _default_follow_up() -> dict[str, int]:
    return {ENGINEERING: 7, OTHER: 3}


@dataclass(frozen=True)
class DeadlinePolicy:
    """Configurable deadlines; the defaults are the seeds'. Every value is a positive whole number."""

    respond_minutes: dict[Urgency, int] = field(default_factory=_default_respond)
    complete_minutes: dict[Urgency, int] = field(default_factory=_default_complete)
    follow_up_days: dict[str, int] = field(default_factory=_default_follow_up)  # by department kind
    callback_working_days: int = 1
    repeat_window_days: int = 30

    def __post_init__(self) -> None:
        # Copies, so a caller changing its dict later cannot move deadlines already handed out.
        for name in ("respond_minutes", "complete_minutes"):
            given: Mapping[Urgency, int] = getattr(self, name)
            if set(given) != set(Urgency):
                raise DomainError("deadline.invalid", field=name, value=sorted(given))
            object.__setattr__(
                self, name, {Urgency(k): _positive(f"{name}.{k}", v) for k, v in given.items()}
            )
        if OTHER not in self.follow_up_days:
            raise DomainError("deadline.invalid", field="follow_up_days", value=sorted(self.follow_up_days))
        follow_up = {str(k): _positive(f"follow_up_days.{k}", v) for k, v in self.follow_up_days.items()}
        object.__setattr__(self, "follow_up_days", follow_up)
        _positive("callback_working_days", self.callback_working_days)
        _positive("repeat_window_days", self.repeat_window_days)

    def with_override(
        self,
        respond_minutes: int | Mapping[Urgency, int] | None = None,
        complete_minutes: int | Mapping[Urgency, int] | None = None,
    ) -> DeadlinePolicy:
        """A category's own deadlines: a number applies to every urgency, a mapping to the urgencies named."""
        return replace(
            self,
            respond_minutes=_merged(self.respond_minutes, respond_minutes),
            complete_minutes=_merged(self.complete_minutes, complete_minutes),
        )

    def follow_up_days_for(self, department_kind: str) -> int:
        return self.follow_up_days.get(department_kind, self.follow_up_days[OTHER])


DEFAULT_POLICY: Final = DeadlinePolicy()


def policy_for(
    category_overrides: Mapping[str, int] | None, base: DeadlinePolicy = DEFAULT_POLICY
) -> DeadlinePolicy:
    """``base`` with a category's overrides, as stored with the category.

    Keys: ``respond_minutes`` / ``complete_minutes`` (every urgency) or ``respond_minutes.urgent`` etc.
    (one urgency); the more specific key wins. An unknown key is refused rather than silently ignored.
    """
    if not category_overrides:
        return base
    respond: dict[Urgency, int] = {}
    complete: dict[Urgency, int] = {}
    # Plain keys first so that "respond_minutes.urgent" overrides "respond_minutes" whatever the dict order.
    for key, value in sorted(category_overrides.items(), key=lambda item: "." in item[0]):
        name, _, level = key.partition(".")
        target = {"respond_minutes": respond, "complete_minutes": complete}.get(name)
        if target is None or (level and level not in set(Urgency)):
            raise DomainError("deadline.invalid", field=key, value=value)
        for urgency in [Urgency(level)] if level else list(Urgency):
            target[urgency] = value
    return base.with_override(respond_minutes=respond or None, complete_minutes=complete or None)


def deadline(start: datetime, minutes: int, pauses: Sequence[Pause]) -> Due:
    """``start + minutes``, pushed back by every pause that began before the (pushed) deadline.

    Only the part of a pause after ``start`` counts (a pause from an earlier round does not help this one).
    A pause still running that began before the deadline makes it ``PAUSED``.
    """
    due = start + timedelta(minutes=_positive("minutes", minutes))
    for begin, end in sorted(pauses, key=lambda pause: pause[0]):
        if begin >= due:
            break  # sorted: later pauses began after the deadline too
        if end is None:
            return PAUSED
        if end > start:
            # Overlapping pauses (clock skew between desks) must not count the same minutes twice.
            counted_from = max(begin, start)
            due += max(end - counted_from, timedelta(0))
            start = max(start, end)
    return due


def response_due(
    state: WorkOrderState, created_at: datetime, urgency: Urgency, policy: DeadlinePolicy = DEFAULT_POLICY
) -> Due:
    """When someone must be on site in the current round (a rework starts a new round)."""
    return _round_due(state, created_at, policy.respond_minutes[urgency], state.responded_at)


def completion_due(
    state: WorkOrderState, created_at: datetime, urgency: Urgency, policy: DeadlinePolicy = DEFAULT_POLICY
) -> Due:
    """When the work must be done in the current round."""
    return _round_due(state, created_at, policy.complete_minutes[urgency], state.completed_at)


def follow_up_due(
    state: WorkOrderState,
    created_at: datetime,
    department_kind: str,
    policy: DeadlinePolicy = DEFAULT_POLICY,
) -> datetime | None:
    """When the desk must next follow up; ``None`` while nobody needs chasing.

    That is: closed, voided, suspended (nothing is being worked on) and returned (the slip is back, the
    return visit is what is due). Any status event or a follow-up note restarts the clock.
    """
    if state.status not in _FOLLOWED_UP:
        return None
    latest = max(
        t for t in (created_at, state.last_status_event_at, state.last_follow_up_at) if t is not None
    )
    return latest + timedelta(days=policy.follow_up_days_for(department_kind))


def callback_due(
    returned_at: datetime, tz: tzinfo, calendar: WorkingCalendar, policy: DeadlinePolicy = DEFAULT_POLICY
) -> datetime:
    """End (23:59:59.999 local) of the n-th working day after the local day the slip came back, in UTC.

    The day of return never counts, whatever it is: a slip back on a make-up Saturday is due the next
    working day, one back on a holiday the first working day after the second one.
    """
    local_day = returned_at.astimezone(tz).date()
    due_day = calendar.add_working_days(local_day, policy.callback_working_days)
    return datetime.combine(due_day, _END_OF_DAY, tzinfo=tz).astimezone(UTC)


def overdue(now: datetime, due: Due | None) -> bool:
    """Past due; a paused or stopped clock (``PAUSED`` / ``None``) is never overdue."""
    return isinstance(due, datetime) and now > due


def overdue_clocks(
    state: WorkOrderState,
    created_at: datetime,
    urgency: Urgency,
    department_kind: str,
    now: datetime,
    tz: tzinfo,
    calendar: WorkingCalendar,
    policy: DeadlinePolicy = DEFAULT_POLICY,
) -> frozenset[Clock]:
    """The clocks that are overdue now; a clock already met (on time or late) is not."""
    if not is_open(state.status):
        return frozenset()
    late: set[Clock] = set()
    if state.responded_at is None and overdue(now, response_due(state, created_at, urgency, policy)):
        late.add(Clock.RESPONSE)
    if state.completed_at is None and overdue(now, completion_due(state, created_at, urgency, policy)):
        late.add(Clock.COMPLETION)
    if overdue(now, follow_up_due(state, created_at, department_kind, policy)):
        late.add(Clock.FOLLOW_UP)
    if (
        state.status is Status.RETURNED
        and state.returned_at is not None
        and overdue(now, callback_due(state.returned_at, tz, calendar, policy))
    ):
        late.add(Clock.CALLBACK)
    return frozenset(late)


def is_repeat(
    previous_reports: Iterable[tuple[datetime, str]], category_id: str, at: datetime, window_days: int
) -> bool:
    """A report of the same category within ``window_days`` before ``at`` makes this one a 返修.

    ``previous_reports`` are (reported at, category id) of the same unit; the caller filters by unit.
    The window is inclusive: exactly ``window_days`` earlier still counts.
    """
    window = timedelta(days=_positive("window_days", window_days))
    return any(
        category == category_id and timedelta(0) < at - t <= window for t, category in previous_reports
    )


def _round_due(state: WorkOrderState, created_at: datetime, minutes: int, met_at: datetime | None) -> Due:
    start = state.reworked_at or created_at
    pauses: Sequence[Pause] = state.pauses
    if met_at is not None:
        # A suspension after the clock was met cannot delay (or pause) it after the fact.
        pauses = [pause for pause in pauses if pause[0] < met_at]
    return deadline(start, minutes, pauses)


def _merged(current: dict[Urgency, int], override: int | Mapping[Urgency, int] | None) -> dict[Urgency, int]:
    if override is None:
        return dict(current)
    if isinstance(override, int):
        return dict.fromkeys(Urgency, override)
    return {**current, **override}
