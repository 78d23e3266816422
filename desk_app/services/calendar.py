"""The one working-day calendar of the site: official data from chinesecalendar plus the admin's overrides."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from desk_app.db.models import CalendarOverride
from desk_app.domain.calendar import WorkingCalendar
from desk_app.domain.errors import DomainError
from desk_app.domain.roles import Permission
from desk_app.services import audit
from desk_app.services.context import OpResult, ServiceContext
from desk_app.services.tracking import new_row, touch


@dataclass(frozen=True)
class OverrideDTO:
    day: date
    is_working: bool
    note: str


def overrides(ctx: ServiceContext) -> list[OverrideDTO]:
    ctx.require()
    with ctx.db.read() as s:
        rows = s.scalars(
            select(CalendarOverride)
            .where(CalendarOverride.site_id == ctx.site_id, CalendarOverride.archived.is_(False))
            .order_by(CalendarOverride.day)
        )
        return [OverrideDTO(r.day, r.is_working, r.note) for r in rows]


def working_calendar(ctx: ServiceContext) -> WorkingCalendar:
    return WorkingCalendar({o.day: o.is_working for o in overrides(ctx)})


def set_override(ctx: ServiceContext, day: date, is_working: bool | None, note: str = "") -> OpResult[None]:
    """Mark ``day`` as a working day / day off, or (``is_working=None``) go back to the official data."""
    ctx.require(Permission.MANAGE_CALENDAR)
    if len(note) > 100:
        raise DomainError("validation", fields={"note": "field.too_long"})
    with ctx.db.write() as s:
        row = s.scalar(
            select(CalendarOverride).where(
                CalendarOverride.site_id == ctx.site_id, CalendarOverride.day == day
            )
        )
        before = None if row is None or row.archived else {"is_working": row.is_working, "note": row.note}
        if is_working is None:
            if row is not None and not row.archived:
                row.archived = True
                touch(ctx, row)
                audit.record(
                    s, ctx, "calendar", day.isoformat(), "archive", before, None, summary=day.isoformat()
                )
            return OpResult(None, frozenset({"calendar"}))
        if row is None:
            row = new_row(ctx, CalendarOverride(day=day, is_working=is_working, note=note.strip()))
            s.add(row)
        else:
            row.archived = False
            row.is_working = is_working
            row.note = note.strip()
            touch(ctx, row)
        audit.record(
            s,
            ctx,
            "calendar",
            day.isoformat(),
            "update" if before else "create",
            before,
            {"is_working": is_working, "note": note.strip()},
            summary=day.isoformat(),
        )
    return OpResult(None, frozenset({"calendar"}))


def years_missing_data(ctx: ServiceContext, years: list[int]) -> list[int]:
    """Years the app will need (this one and next) that chinesecalendar has no official data for."""
    return WorkingCalendar.years_without_data(years)
