"""What the screens read about complaints: one complaint, the lists over ids, the queues (open, overdue,
escalated to me, by category, by department) and the monthly figures and praise counts for the KPIs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, and_, func, or_, select, text
from sqlalchemy.orm import Session

from desk_app.db.models import Complaint, Department, Staff, Unit, UserAccount
from desk_app.domain.complaints import (
    Category,
    ChainLevel,
    Channel,
    ComplaintState,
    EventKind,
    Kind,
    Severity,
    Status,
    allowed_events,
    replay,
)
from desk_app.domain.roles import Permission
from desk_app.services.context import ServiceContext


@dataclass(frozen=True)
class ComplaintDetail:
    id: str
    number: str
    kind: Kind
    status: Status
    created_at: datetime
    channel: Channel
    complainant_person_id: str | None
    complainant_name: str
    complainant_phone: str
    unit_id: str | None
    unit_code: str
    category: Category
    department_id: str | None
    department_name: str
    staff_id: str | None
    staff_name: str
    content: str
    request: str
    severity: Severity
    promised_reply_at: datetime | None
    visit_id: str | None
    first_contact_name: str
    level: int
    level_name: str
    escalation_count: int
    valid: bool | None
    valid_reason: str
    evaluation: str | None
    responsible: str
    acknowledged_at: datetime | None
    replied_at: datetime | None
    closed_at: datetime | None
    ack_due_at: datetime | None
    reply_due_at: datetime | None
    print_count: int
    allowed: frozenset[EventKind]
    overdue: frozenset[str]


def overdue_flags(row: Complaint, now: datetime) -> frozenset[str]:
    """Which clocks of an open complaint ran out: ack, reply, promised (the time promised to the complainant)."""
    if row.status in ("closed", "voided"):
        return frozenset()
    flags = set()
    if row.acknowledged_at is None and row.ack_due_at is not None and row.ack_due_at < now:
        flags.add("ack")
    if row.replied_at is None and row.reply_due_at is not None and row.reply_due_at < now:
        flags.add("reply")
    if row.replied_at is None and row.promised_reply_at is not None and row.promised_reply_at < now:
        flags.add("promised")
    return frozenset(flags)


def detail(
    s: Session,
    ctx: ServiceContext,
    row: Complaint,
    state: ComplaintState | None = None,
    levels: tuple[ChainLevel, ...] | None = None,
) -> ComplaintDetail:
    """The DTO; ``state`` and ``levels`` when the caller has them (saves replaying the events again)."""
    from desk_app.services.complaints.lifecycle import chain, events_of

    levels = levels or chain(ctx)
    unit = s.get(Unit, row.unit_id) if row.unit_id else None
    department = s.get(Department, row.department_id) if row.department_id else None
    clerk = s.get(UserAccount, row.first_contact_user_id) if row.first_contact_user_id else None
    state = state or replay(events_of(s, row.id), len(levels))
    return ComplaintDetail(
        id=row.id,
        number=row.number,
        kind=Kind(row.kind),
        status=Status(row.status),
        created_at=row.created_at,
        channel=Channel(row.channel),
        complainant_person_id=row.complainant_person_id,
        complainant_name=row.complainant_name,
        complainant_phone=row.complainant_phone,
        unit_id=row.unit_id,
        unit_code=unit.code if unit else "",
        category=Category(row.category),
        department_id=row.department_id,
        department_name=department.name if department else "",
        staff_id=row.staff_id,
        staff_name=row.staff_name,
        content=row.content,
        request=row.request,
        severity=Severity(row.severity),
        promised_reply_at=row.promised_reply_at,
        visit_id=row.visit_id,
        first_contact_name=clerk.display_name if clerk else "",
        level=row.level,
        level_name=levels[min(row.level, len(levels) - 1)].name,
        escalation_count=row.escalation_count,
        valid=row.valid,
        valid_reason=row.valid_reason,
        evaluation=row.evaluation,
        responsible=row.responsible,
        acknowledged_at=row.acknowledged_at,
        replied_at=row.replied_at,
        closed_at=row.closed_at,
        ack_due_at=row.ack_due_at,
        reply_due_at=row.reply_due_at,
        print_count=row.print_count,
        allowed=allowed_events(state),
        overdue=overdue_flags(row, ctx.now()),
    )


@dataclass(frozen=True)
class ComplaintFilter:
    kinds: frozenset[Kind] = frozenset()  # empty: all
    open_only: bool = False
    overdue_only: bool = False
    levels: frozenset[int] = frozenset()  # empty: any level
    category: Category | None = None
    department_id: str | None = None
    date_from: date | None = None  # local dates, inclusive
    date_to: date | None = None
    text: str = ""  # number, complainant, content


@dataclass(frozen=True)
class ComplaintRow:
    id: str
    number: str
    kind: Kind
    status: Status
    created_at: datetime
    complainant_name: str
    complainant_phone: str
    unit_code: str
    category: Category
    severity: Severity
    department_name: str
    level: int
    content: str
    promised_reply_at: datetime | None
    reply_due_at: datetime | None
    overdue: frozenset[str]


def _start(ctx: ServiceContext, day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=ctx.timezone)


def _open_only(flt: ComplaintFilter) -> bool:
    return flt.open_only or flt.overdue_only or bool(flt.levels)


# Literal SQL on purpose: SQLite uses the partial index ix_complaint_open only when the query repeats its
# condition verbatim, and only if it is not tempted by the site index (one value for every row) or by the
# created_at index for the ORDER BY — the unary plus keeps those conditions but rules their indexes out.
OPEN = "complaint.status NOT IN ('closed', 'voided')"


def _site(ctx: ServiceContext, flt: ComplaintFilter) -> Any:
    if _open_only(flt):
        return text("+complaint.site_id = :site").bindparams(site=ctx.site_id)
    return Complaint.site_id == ctx.site_id


def _filtered(ctx: ServiceContext, flt: ComplaintFilter) -> Select[Any]:
    q = select(Complaint.id).where(_site(ctx, flt))
    if flt.kinds:
        q = q.where(Complaint.kind.in_(sorted(k.value for k in flt.kinds)))
    if _open_only(flt):
        q = q.where(text(OPEN))
    if flt.levels:
        q = q.where(Complaint.level.in_(sorted(flt.levels)))
    if flt.category:
        q = q.where(Complaint.category == Category(flt.category).value)
    if flt.department_id:
        q = q.where(Complaint.department_id == flt.department_id)
    if flt.date_from:
        q = q.where(Complaint.created_at >= _start(ctx, flt.date_from))
    if flt.date_to:
        q = q.where(Complaint.created_at < _start(ctx, flt.date_to + timedelta(days=1)))
    if flt.overdue_only:
        now = ctx.now()
        q = q.where(
            or_(
                and_(Complaint.acknowledged_at.is_(None), Complaint.ack_due_at < now),
                and_(Complaint.replied_at.is_(None), Complaint.reply_due_at < now),
                and_(Complaint.replied_at.is_(None), Complaint.promised_reply_at < now),
            )
        )
    needle = flt.text.strip()
    if needle:
        like = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        q = q.where(
            or_(
                Complaint.number == needle.upper(),
                Complaint.complainant_name.like(like, escape="\\"),
                Complaint.content.like(like, escape="\\"),
            )
        )
    return q


def query_ids(ctx: ServiceContext, flt: ComplaintFilter, limit: int | None = None) -> list[str]:
    """Ids of the matching complaints, newest first (through Core: no ORM bookkeeping per row)."""
    ctx.require(Permission.HANDLE_COMPLAINTS)
    newest = text("+complaint.created_at DESC") if _open_only(flt) else Complaint.created_at.desc()
    q = _filtered(ctx, flt).order_by(newest, Complaint.id.desc())
    if limit:
        q = q.limit(limit)
    with ctx.db.read() as s:
        return list(s.connection().execute(q).scalars())


def count(ctx: ServiceContext, flt: ComplaintFilter) -> int:
    ctx.require(Permission.HANDLE_COMPLAINTS)
    with ctx.db.read() as s:
        return s.scalar(select(func.count()).select_from(_filtered(ctx, flt).subquery())) or 0


def rows(ctx: ServiceContext, ids: list[str]) -> list[ComplaintRow]:
    ctx.require(Permission.HANDLE_COMPLAINTS)
    if not ids:
        return []
    now = ctx.now()
    with ctx.db.read() as s:
        data = s.execute(
            select(Complaint, Unit.code, Department.name)
            .outerjoin(Unit, Unit.id == Complaint.unit_id)
            .outerjoin(Department, Department.id == Complaint.department_id)
            .where(Complaint.id.in_(ids))
        ).all()
    by_id = {
        c.id: ComplaintRow(
            c.id,
            c.number,
            Kind(c.kind),
            Status(c.status),
            c.created_at,
            c.complainant_name,
            c.complainant_phone,
            code or "",
            Category(c.category),
            Severity(c.severity),
            dept or "",
            c.level,
            c.content,
            c.promised_reply_at,
            c.reply_due_at,
            overdue_flags(c, now),
        )
        for c, code, dept in data
    }
    return [by_id[i] for i in ids if i in by_id]


def my_levels(ctx: ServiceContext) -> frozenset[int]:
    """The chain levels the signed-in user's role receives (level 0 is everyone's desk work)."""
    from desk_app.services.complaints.lifecycle import chain

    actor = ctx.require(Permission.HANDLE_COMPLAINTS)
    return frozenset(i for i, level in enumerate(chain(ctx)) if i > 0 and level.role == actor.role)


QUEUE_LIMIT = 300


@dataclass(frozen=True)
class Queues:
    open: list[ComplaintRow]
    overdue: list[ComplaintRow]
    escalated_to_me: list[ComplaintRow]
    open_count: int
    overdue_count: int
    escalated_to_me_count: int
    by_category: dict[Category, int]  # open, per category
    by_department: dict[str, int]  # open, per department name ("" = none)


def queues(ctx: ServiceContext) -> Queues:
    ctx.require(Permission.HANDLE_COMPLAINTS)
    mine = my_levels(ctx)
    kinds: frozenset[Kind] = frozenset()
    flts = {
        "open": ComplaintFilter(kinds=kinds, open_only=True),
        "overdue": ComplaintFilter(overdue_only=True),
        "mine": ComplaintFilter(levels=mine) if mine else None,
    }
    ids = {k: (query_ids(ctx, f, QUEUE_LIMIT) if f else []) for k, f in flts.items()}
    counts = {k: (count(ctx, f) if f else 0) for k, f in flts.items()}
    with ctx.db.read() as s:
        open_rows = and_(text(OPEN), text("+complaint.site_id = :site").bindparams(site=ctx.site_id))
        by_cat = s.execute(
            select(Complaint.category, func.count()).where(open_rows).group_by(Complaint.category)
        ).all()
        by_dept = s.execute(
            select(Department.name, func.count())
            .select_from(Complaint)
            .outerjoin(Department, Department.id == Complaint.department_id)
            .where(open_rows)
            .group_by(Department.name)
        ).all()
    return Queues(
        rows(ctx, ids["open"]),
        rows(ctx, ids["overdue"]),
        rows(ctx, ids["mine"]),
        counts["open"],
        counts["overdue"],
        counts["mine"],
        {Category(c): int(n) for c, n in by_cat},
        {(d or ""): int(n) for d, n in by_dept},
    )


# ------------------------------------------------------------------------------------------- figures


@dataclass(frozen=True)
class MonthCount:
    month: int
    complaints: int
    suggestions: int
    praise: int


def monthly_counts(ctx: ServiceContext, year: int) -> list[MonthCount]:
    """Registrations per local month of ``year`` (voided ones excluded); one indexed range count per month."""
    ctx.require(Permission.HANDLE_COMPLAINTS)
    out: list[MonthCount] = []
    with ctx.db.read() as s:
        conn = s.connection()
        for month in range(1, 13):
            start = _start(ctx, date(year, month, 1))
            end = _start(ctx, date(year + (month == 12), month % 12 + 1, 1))
            grouped = dict(
                conn.execute(
                    select(Complaint.kind, func.count())
                    .where(
                        Complaint.created_at >= start,
                        Complaint.created_at < end,
                        Complaint.status != "voided",
                        Complaint.site_id == ctx.site_id,
                    )
                    .group_by(Complaint.kind)
                ).all()
            )
            out.append(
                MonthCount(
                    month,
                    int(grouped.get(Kind.COMPLAINT.value, 0)),
                    int(grouped.get(Kind.SUGGESTION.value, 0)),
                    int(grouped.get(Kind.PRAISE.value, 0)),
                )
            )
    return out


@dataclass(frozen=True)
class MonthStats:
    year: int
    month: int
    complaints: int
    valid: int
    invalid: int
    valid_rate: float | None  # 有效投诉率: valid complaints per household (target < 1 %)
    replied_on_time: int
    reply_due: int  # complaints whose answer deadline fell due (replied or not)
    on_time_reply_rate: float | None
    callbacks: int
    satisfied: int  # 满意 + 基本满意
    satisfaction: float | None
    praise: int


def month_stats(ctx: ServiceContext, year: int, month: int) -> MonthStats:
    """The month's complaint figures. The valid-complaint rate is valid complaints / households (units of
    the site), as the seed's target (< 1 %) is per household; on-time replies count complaints registered
    in the month whose first reply came by the answer deadline; satisfaction comes from the (last) return
    visit of the month's complaints."""
    ctx.require(Permission.HANDLE_COMPLAINTS)
    start = _start(ctx, date(year, month, 1))
    end = _start(ctx, date(year + (month == 12), month % 12 + 1, 1))
    now = ctx.now()
    base = and_(
        Complaint.site_id == ctx.site_id,
        Complaint.created_at >= start,
        Complaint.created_at < end,
        Complaint.status != "voided",
    )
    is_complaint = Complaint.kind == Kind.COMPLAINT.value
    with ctx.db.read() as s:
        c = s.connection()
        total = c.execute(select(func.count()).where(base, is_complaint)).scalar() or 0
        valid = (
            c.execute(select(func.count()).where(base, is_complaint, Complaint.valid.is_(True))).scalar() or 0
        )
        invalid = (
            c.execute(select(func.count()).where(base, is_complaint, Complaint.valid.is_(False))).scalar()
            or 0
        )
        due = (
            c.execute(
                select(func.count()).where(
                    base, is_complaint, or_(Complaint.reply_due_at < now, Complaint.replied_at.is_not(None))
                )
            ).scalar()
            or 0
        )
        on_time = (
            c.execute(
                select(func.count()).where(base, is_complaint, Complaint.replied_at <= Complaint.reply_due_at)
            ).scalar()
            or 0
        )
        praise = (
            c.execute(select(func.count()).where(base, Complaint.kind == Kind.PRAISE.value)).scalar() or 0
        )
        households = (
            c.execute(select(func.count()).select_from(Unit).where(Unit.archived.is_(False))).scalar() or 0
        )
        # Return visits of the month's complaints (the last one of each counts, as the complaint shows it).
        callbacks = (
            c.execute(
                select(func.count()).where(base, is_complaint, Complaint.evaluation.is_not(None))
            ).scalar()
            or 0
        )
        satisfied = (
            c.execute(
                select(func.count()).where(
                    base, is_complaint, Complaint.evaluation.in_(("satisfied", "basic"))
                )
            ).scalar()
            or 0
        )
    return MonthStats(
        year,
        month,
        total,
        valid,
        invalid,
        (valid / households) if households else None,
        on_time,
        due,
        (on_time / due) if due else None,
        callbacks,
        satisfied,
        (satisfied / callbacks) if callbacks else None,
        praise,
    )


@dataclass(frozen=True)
class PraiseCount:
    staff_id: str | None
    staff_name: str
    department_id: str | None
    department_name: str
    count: int


def praise_counts(ctx: ServiceContext, date_from: date, date_to: date) -> list[PraiseCount]:
    """Praise per staff member / department (local dates inclusive), most praised first — for the KPIs
    (seed 003: praise +2)."""
    ctx.require(Permission.HANDLE_COMPLAINTS)
    with ctx.db.read() as s:
        data = s.execute(
            select(
                Complaint.praised_staff_id,
                func.coalesce(Staff.name, Complaint.staff_name),
                Complaint.department_id,
                Department.name,
                func.count(),
            )
            .outerjoin(Staff, Staff.id == Complaint.praised_staff_id)
            .outerjoin(Department, Department.id == Complaint.department_id)
            .where(
                Complaint.site_id == ctx.site_id,
                Complaint.kind == Kind.PRAISE.value,
                Complaint.status != "voided",
                Complaint.created_at >= _start(ctx, date_from),
                Complaint.created_at < _start(ctx, date_to + timedelta(days=1)),
            )
            .group_by(Complaint.praised_staff_id, Complaint.staff_name, Complaint.department_id)
        ).all()
    out = [PraiseCount(sid, name or "", did, dname or "", int(n)) for sid, name, did, dname, n in data]
    return sorted(out, key=lambda p: (-p.count, p.department_name, p.staff_name))
