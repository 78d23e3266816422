"""The filings list (status, text, expiring soon) and the unit's people offered by the filing form.

Filings are a few hundred a year per site, so the list is one indexed query with a cap rather than a lazy id
model.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import or_, select

from desk_app.db.models import Person, RenovationFiling, UnitPerson
from desk_app.domain.renovation import ACTIVE_STATUSES, FilingStatus
from desk_app.domain.roles import Permission
from desk_app.services.context import ServiceContext

LIST_LIMIT = 2000


@dataclass(frozen=True)
class FilingFilter:
    status: str | None = None  # a FilingStatus value, "open" (every open status) or None for all
    text: str = ""  # number, unit code, owner or contractor
    expiring_within_days: int | None = None  # approved/extended filings ending within N days (or overdue)


@dataclass(frozen=True)
class FilingRow:
    id: str
    number: str
    unit_code: str
    owner_name: str
    contractor_company: str
    planned_start: date
    current_end: date
    status: FilingStatus
    extended: bool
    days_left: int | None  # for active filings: days until the end (negative: overdue)


@dataclass(frozen=True)
class UnitPersonChoice:
    person_id: str
    name: str
    phone: str
    relation: str  # owner / authorised / tenant / family


def _row(f: RenovationFiling, today: date) -> FilingRow:
    active = f.status in ACTIVE_STATUSES
    return FilingRow(
        id=f.id,
        number=f.number,
        unit_code=f.unit_code,
        owner_name=f.owner_name,
        contractor_company=f.contractor_company,
        planned_start=f.planned_start,
        current_end=f.current_end,
        status=FilingStatus(f.status),
        extended=f.current_end != f.planned_end,
        days_left=(f.current_end - today).days if active else None,
    )


def list_filings(ctx: ServiceContext, flt: FilingFilter | None = None) -> list[FilingRow]:
    """Newest first; at most ``LIST_LIMIT`` rows (a site has a few hundred filings a year)."""
    ctx.require(Permission.HANDLE_RENOVATION)
    flt = flt or FilingFilter()
    today = ctx.local_now().date()
    q = select(RenovationFiling)
    if flt.status == "open":
        q = q.where(
            RenovationFiling.status.in_([FilingStatus.DRAFT, *ACTIVE_STATUSES, FilingStatus.INSPECTED])
        )
    elif flt.status:
        q = q.where(RenovationFiling.status == flt.status)
    text = flt.text.strip()
    if text:
        like = f"%{text.replace('%', '').replace('_', '')}%"
        q = q.where(
            or_(
                RenovationFiling.number.ilike(like),
                RenovationFiling.unit_code.ilike(like),
                RenovationFiling.owner_name.like(like),
                RenovationFiling.contractor_company.like(like),
            )
        )
    if flt.expiring_within_days is not None:
        q = q.where(
            RenovationFiling.status.in_(list(ACTIVE_STATUSES)),
            RenovationFiling.current_end <= today + timedelta(days=flt.expiring_within_days),
        )
    q = q.order_by(RenovationFiling.created_at.desc(), RenovationFiling.id.desc()).limit(LIST_LIMIT)
    with ctx.db.read() as s:
        return [_row(f, today) for f in s.scalars(q)]


def unit_people(ctx: ServiceContext, unit_id: str) -> list[UnitPersonChoice]:
    """The unit's current people, owners first then authorised persons: the form's owner and applicant."""
    ctx.require(Permission.HANDLE_RENOVATION)
    order = {"owner": 0, "authorised": 1, "tenant": 2, "family": 3}
    with ctx.db.read() as s:
        rows = s.execute(
            select(Person.id, Person.name, Person.mobile, Person.landline, UnitPerson.relation)
            .join(UnitPerson, UnitPerson.person_id == Person.id)
            .where(UnitPerson.unit_id == unit_id, UnitPerson.archived.is_(False), Person.archived.is_(False))
        ).all()
    rows = sorted(rows, key=lambda r: (order.get(r[4], 9), r[1]))
    return [UnitPersonChoice(r[0], r[1], r[2] or r[3] or "", r[4]) for r in rows]
