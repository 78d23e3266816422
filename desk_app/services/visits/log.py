"""Logging walk-ins, checking them out, the on-site list, the log views and the visitor-ID purge.

Lists are built for a million visits: filters run in SQL on indexed columns and return ids (through Core),
rows are fetched for the ids on screen. "On site now" uses the partial index over ``time_out IS NULL``.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, func, or_, select, text, update
from sqlalchemy.orm import Session

from desk_app.db.models import AppMeta, Complaint, Person, Unit, Visit, WorkOrder
from desk_app.domain.errors import DomainError
from desk_app.domain.numbering import DocType
from desk_app.domain.roles import Permission
from desk_app.domain.validation import validate_id_number, validate_phone
from desk_app.domain.visits import (
    CreatedRecord,
    Purpose,
    VisitorKind,
    VisitorRecord,
    hash_id,
    mask_and_hash_id,
    match_returning_visitor,
    normalize_id_number,
)
from desk_app.services import audit, numbering, settings
from desk_app.services.archive.validation import FieldCollector, optional_text, required
from desk_app.services.context import OpResult, ServiceContext
from desk_app.services.tracking import new_row

if TYPE_CHECKING:
    from desk_app.services.work_orders.orders import RegisterInput
    from desk_app.services.work_orders.views import WorkOrderDetail

log = logging.getLogger(__name__)

CHANGES = frozenset({"visit"})
MAX_PARTY = 99


def id_salt(s: Session) -> str:
    """The installation's salt for visitor ID hashes, created on first use."""
    from desk_app.domain.ids import uuid7

    row = s.get(AppMeta, "visitor_id_salt")
    if row is None:
        row = AppMeta(key="visitor_id_salt", value=uuid7().replace("-", ""))
        s.add(row)
        s.flush()
    return row.value


@dataclass(frozen=True)
class VisitInput:
    visitor_kind: VisitorKind
    purpose: Purpose
    name: str = ""  # blank with a person_id: the person's name
    phone: str = ""
    company: str = ""
    plate: str = ""
    id_number: str = ""  # any ID document; resident IDs are checked (GB 11643)
    person_id: str | None = None  # owners / tenants from the archive, or a visitor already there
    unit_id: str | None = None  # visited or represented
    party_size: int = 1
    notes: str = ""
    time_in: datetime | None = None  # None: now
    time_out: datetime | None = None  # entered after the fact (from the paper visitor book): left already
    badge: bool = False  # a visitor badge valid ``visit.badge_valid_hours`` from time in


@dataclass(frozen=True)
class VisitDTO:
    id: str
    number: str
    visitor_kind: VisitorKind
    person_id: str | None
    name: str
    phone: str
    company: str
    plate: str
    id_number_masked: str
    unit_id: str | None
    unit_code: str
    purpose: Purpose
    party_size: int
    notes: str
    time_in: datetime
    time_out: datetime | None
    handled_by_name: str
    created_record_type: str | None
    created_record_id: str | None
    badge_valid_until: datetime | None
    earlier_day: bool  # still on site from an earlier day (shown in colour)

    @property
    def on_site(self) -> bool:
        return self.time_out is None


def _id_document(value: str, today: date) -> str:
    number = normalize_id_number(value)
    if not number:
        return ""
    if len(number) in (15, 18) and number[:17].isdigit():
        return validate_id_number(number, today=today)
    if len(number) > 30 or not number.isalnum() or not number.isascii():
        raise DomainError("field.invalid")
    return number  # a passport or a Hong Kong / Macau / Taiwan permit


def _validate(s: Session, ctx: ServiceContext, data: VisitInput) -> dict[str, Any]:
    f = FieldCollector()
    person = s.get(Person, data.person_id) if data.person_id else None
    if data.person_id and person is None:
        f.fail("person_id", "record.not_found")
    name = data.name.strip() or (person.name if person else "")
    phone_in = data.phone.strip() or (person.mobile or person.landline if person else "")
    f.check("name", lambda: required(name, 60))
    phone = f.check("phone", lambda: validate_phone(phone_in) if phone_in else "")
    company = f.check("company", lambda: optional_text(data.company, 100))
    plate = f.check("plate", lambda: optional_text(data.plate.upper().replace(" ", ""), 20))
    notes = f.check("notes", lambda: optional_text(data.notes, 2000))
    id_number = f.check("id_number", lambda: _id_document(data.id_number, ctx.local_now().date()))
    if data.time_out is not None and data.time_out < (data.time_in or ctx.now()):
        f.fail("time_out", "field.invalid")
    if not 1 <= data.party_size <= MAX_PARTY:
        f.fail("party_size", "field.invalid")
    if data.unit_id is not None and s.get(Unit, data.unit_id) is None:
        f.fail("unit_id", "record.not_found")
    try:
        kind, purpose = VisitorKind(data.visitor_kind), Purpose(data.purpose)
    except ValueError:
        f.fail("purpose", "field.invalid")
    f.raise_if_any()
    return dict(
        visitor_kind=kind.value,
        purpose=purpose.value,
        visitor_name=name,
        visitor_phone=phone or "",
        company=company or "",
        plate=plate or "",
        id_number=id_number or "",
        notes=notes or "",
    )


def _dto(visit: Visit, unit_code: str, day_start: datetime) -> VisitDTO:
    return VisitDTO(
        id=visit.id,
        number=visit.number,
        visitor_kind=VisitorKind(visit.visitor_kind),
        person_id=visit.person_id,
        name=visit.visitor_name,
        phone=visit.visitor_phone,
        company=visit.company,
        plate=visit.plate,
        id_number_masked=visit.id_number_masked,
        unit_id=visit.unit_id,
        unit_code=unit_code,
        purpose=Purpose(visit.purpose),
        party_size=visit.party_size,
        notes=visit.notes,
        time_in=visit.time_in,
        time_out=visit.time_out,
        handled_by_name=visit.handled_by_name,
        created_record_type=visit.created_record_type,
        created_record_id=visit.created_record_id,
        badge_valid_until=visit.badge_valid_until,
        earlier_day=visit.time_out is None and visit.time_in < day_start,
    )


def _today_start(ctx: ServiceContext) -> datetime:
    return datetime.combine(ctx.local_now().date(), time.min, tzinfo=ctx.timezone)


def _detail(s: Session, ctx: ServiceContext, visit: Visit) -> VisitDTO:
    unit = s.get(Unit, visit.unit_id) if visit.unit_id else None
    return _dto(visit, unit.code if unit else "", _today_start(ctx))


def log_visit(
    ctx: ServiceContext,
    data: VisitInput,
    watermarks: numbering.NumberWatermarks | None = None,
    install_id: str = "",
) -> OpResult[VisitDTO]:
    """Log a walk-in: the number is taken in this transaction; the ID number is stored masked and hashed
    (and plain until the purge)."""
    actor = ctx.require(Permission.HANDLE_VISITS)
    with ctx.db.write() as s:
        values = _validate(s, ctx, data)
        masked, digest = (
            mask_and_hash_id(values["id_number"], id_salt(s)) if values["id_number"] else ("", "")
        )
        now = ctx.now()
        time_in = data.time_in or now
        badge_until = None
        if data.badge:
            badge_until = time_in + timedelta(hours=int(settings.get(ctx, "visit.badge_valid_hours")))
        number = numbering.allocate(s, ctx, DocType.VISIT, watermarks, install_id)
        visit = new_row(
            ctx,
            Visit(
                number=str(number),
                person_id=data.person_id,
                unit_id=data.unit_id,
                party_size=data.party_size,
                time_in=time_in,
                time_out=data.time_out,
                handled_by=actor.user_id or None,
                handled_by_name=actor.display_name,
                id_number_masked=masked,
                id_number_hash=digest,
                badge_valid_until=badge_until,
                **values,
            ),
        )
        s.add(visit)
        s.flush()
        audit.record(s, ctx, "visit", visit.id, "create", summary=f"{visit.number} {visit.visitor_name}")
        return OpResult(_detail(s, ctx, visit), CHANGES)


def _visit(s: Session, visit_id: str) -> Visit:
    visit = s.get(Visit, visit_id)
    if visit is None:
        raise DomainError("record.not_found", kind="visit")
    return visit


def check_out(ctx: ServiceContext, visit_id: str, at: datetime | None = None) -> OpResult[VisitDTO]:
    """The visitor left (one key on the on-site list)."""
    ctx.require(Permission.HANDLE_VISITS)
    with ctx.db.write() as s:
        visit = _visit(s, visit_id)
        if visit.time_out is not None:
            raise DomainError("visit.already_checked_out", number=visit.number)
        left = at or ctx.now()
        visit.time_out = max(left, visit.time_in)
        visit.updated_at = ctx.now()
        audit.record(
            s,
            ctx,
            "visit",
            visit.id,
            "update",
            {"time_out": None},
            {"time_out": visit.time_out.isoformat()},
            summary=visit.number,
        )
        return OpResult(_detail(s, ctx, visit), CHANGES)


def get(ctx: ServiceContext, visit_id: str) -> VisitDTO:
    ctx.require(Permission.HANDLE_VISITS)
    with ctx.db.read() as s:
        return _detail(s, ctx, _visit(s, visit_id))


def find_by_number(ctx: ServiceContext, number: str) -> VisitDTO:
    ctx.require(Permission.HANDLE_VISITS)
    with ctx.db.read() as s:
        visit = s.scalar(select(Visit).where(Visit.number == number.strip().upper()))
        if visit is None:
            raise DomainError("visit.not_found", number=number.strip())
        return _detail(s, ctx, visit)


def rows(ctx: ServiceContext, ids: Sequence[str]) -> list[VisitDTO]:
    """The visits with these ids, in the same order (the lazy list fetches what is visible)."""
    ctx.require(Permission.HANDLE_VISITS)
    if not ids:
        return []
    start = _today_start(ctx)
    with ctx.db.read() as s:
        data = s.execute(
            select(Visit, Unit.code).outerjoin(Unit, Unit.id == Visit.unit_id).where(Visit.id.in_(list(ids)))
        ).all()
    by_id = {v.id: _dto(v, code or "", start) for v, code in data}
    return [by_id[i] for i in ids if i in by_id]


def on_site_now(ctx: ServiceContext) -> list[VisitDTO]:
    """Visitors not yet checked out, oldest first; those from an earlier day have ``earlier_day``."""
    ctx.require(Permission.HANDLE_VISITS)
    with ctx.db.read() as s:
        # Literal condition: SQLite uses the partial index only when the query repeats it verbatim.
        ids = list(
            s.connection()
            .execute(
                select(Visit.id)
                # "+site_id": SQLite must not pick the site index (one value for a million rows) over the
                # partial index; the unary plus keeps the condition but rules the column's index out.
                .where(
                    text("visit.time_out IS NULL"),
                    text("+visit.site_id = :site").bindparams(site=ctx.site_id),
                )
                .order_by(Visit.time_in)
            )
            .scalars()
        )
    return rows(ctx, ids)


@dataclass(frozen=True)
class VisitFilter:
    date_from: date | None = None  # local dates, inclusive; both None: today
    date_to: date | None = None
    purpose: Purpose | None = None
    visitor_kind: VisitorKind | None = None
    text: str = ""  # number, name, phone, company or plate (prefix)
    on_site_only: bool = False


def _bounds(ctx: ServiceContext, flt: VisitFilter) -> tuple[datetime, datetime]:
    today = ctx.local_now().date()
    first = flt.date_from or flt.date_to or today
    last = flt.date_to or flt.date_from or today
    start = datetime.combine(first, time.min, tzinfo=ctx.timezone)
    return start, datetime.combine(last + timedelta(days=1), time.min, tzinfo=ctx.timezone)


def _filtered(ctx: ServiceContext, flt: VisitFilter) -> Select[Any]:
    start, end = _bounds(ctx, flt)
    q = select(Visit.id).where(Visit.time_in >= start, Visit.time_in < end, Visit.site_id == ctx.site_id)
    if flt.purpose:
        q = q.where(Visit.purpose == Purpose(flt.purpose).value)
    if flt.visitor_kind:
        q = q.where(Visit.visitor_kind == VisitorKind(flt.visitor_kind).value)
    if flt.on_site_only:
        q = q.where(Visit.time_out.is_(None))
    needle = flt.text.strip()
    if needle:
        like = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        q = q.where(
            or_(
                Visit.number == needle.upper(),
                Visit.visitor_name.like(like, escape="\\"),
                Visit.visitor_phone.like(like, escape="\\"),
                Visit.company.like("%" + like, escape="\\"),
                Visit.plate.like("%" + like.upper(), escape="\\"),
            )
        )
    return q


def log_ids(ctx: ServiceContext, flt: VisitFilter | None = None, limit: int | None = None) -> list[str]:
    """Ids of the matching visits, newest first (today when no dates are given)."""
    ctx.require(Permission.HANDLE_VISITS)
    q = _filtered(ctx, flt or VisitFilter()).order_by(Visit.time_in.desc(), Visit.id.desc())
    if limit:
        q = q.limit(limit)
    with ctx.db.read() as s:
        return list(s.connection().execute(q).scalars())


def visit_log(ctx: ServiceContext, flt: VisitFilter | None = None, limit: int | None = 500) -> list[VisitDTO]:
    """The log itself (ids, then rows): today's by default."""
    return rows(ctx, log_ids(ctx, flt, limit))


@dataclass(frozen=True)
class DailyTotals:
    day: date
    visits: int
    people: int  # party sizes added up
    by_purpose: dict[Purpose, int]
    still_on_site: int


def daily_totals(ctx: ServiceContext, day: date | None = None) -> DailyTotals:
    ctx.require(Permission.HANDLE_VISITS)
    day = day or ctx.local_now().date()
    start, end = _bounds(ctx, VisitFilter(day, day))
    window = (Visit.time_in >= start, Visit.time_in < end, Visit.site_id == ctx.site_id)
    with ctx.db.read() as s:
        grouped = s.execute(
            select(
                Visit.purpose,
                func.count(),
                func.sum(Visit.party_size),
                func.count() - func.count(Visit.time_out),
            )
            .where(*window)
            .group_by(Visit.purpose)
        ).all()
    by_purpose = dict.fromkeys(Purpose, 0)
    for purpose, n, _people, _on_site in grouped:
        by_purpose[Purpose(purpose)] = int(n)
    return DailyTotals(
        day=day,
        visits=sum(int(r[1]) for r in grouped),
        people=sum(int(r[2] or 0) for r in grouped),
        by_purpose=by_purpose,
        still_on_site=sum(int(r[3]) for r in grouped),
    )


# ------------------------------------------------------------------------------------- returning visitors

RECENT_LIMIT = 50


def _record(v: Visit) -> VisitorRecord:
    return VisitorRecord(
        visit_id=v.id,
        name=v.visitor_name,
        phone=v.visitor_phone,
        company=v.company,
        id_hash=v.id_number_hash,
        time_in=v.time_in,
        kind=VisitorKind(v.visitor_kind),
        plate=v.plate,
        person_id=v.person_id,
        unit_id=v.unit_id,
        id_number_masked=v.id_number_masked,
    )


def _candidates(s: Session, ctx: ServiceContext, conditions: list[Any]) -> list[VisitorRecord]:
    """The newest visits matching each (equality) condition; each is one index range, newest first."""
    found: dict[str, VisitorRecord] = {}
    for condition in conditions:
        query = (
            select(Visit)
            .where(condition, Visit.site_id == ctx.site_id)
            .order_by(Visit.time_in.desc())
            .limit(RECENT_LIMIT)
        )
        for v in s.execute(query).scalars():
            found.setdefault(v.id, _record(v))
    return list(found.values())


MIN_PHONE_PREFIX = 3  # "1" or "13" would match most of the log: wait for the third digit


def recent_visitors(ctx: ServiceContext, prefix: str, limit: int = 10) -> list[VisitorRecord]:
    """Auto-fill while the clerk types a phone (from the third digit) or a name: the latest visit of each
    distinct visitor whose phone or name starts with ``prefix``.

    One backward scan of the (phone | name, time_in) index, no sort: for a short prefix the first matches
    in index order are taken, which narrows as the clerk types on.
    """
    ctx.require(Permission.HANDLE_VISITS)
    needle = prefix.strip()
    if not needle or (needle[0].isdigit() and len(needle) < MIN_PHONE_PREFIX):
        return []
    column = Visit.visitor_phone if needle[0].isdigit() else Visit.visitor_name
    with ctx.db.read() as s:
        query = (
            select(Visit)
            .where(column >= needle, column < needle + "\uffff", Visit.site_id == ctx.site_id)
            .order_by(column.desc(), Visit.time_in.desc())
            .limit(RECENT_LIMIT * 4)
        )
        records = [_record(v) for v in s.execute(query).scalars()]
    records.sort(key=lambda r: r.time_in, reverse=True)
    seen: set[tuple[str, str]] = set()
    out: list[VisitorRecord] = []
    for r in records:
        key = (r.name, r.phone)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out[:limit]


def recent_visitor(
    ctx: ServiceContext, name: str = "", phone: str = "", id_number: str = "", company: str = ""
) -> VisitorRecord | None:
    """The returning visitor (recognised by ID number, phone, or name + company) to auto-fill the form."""
    ctx.require(Permission.HANDLE_VISITS)
    conditions: list[Any] = []
    with ctx.db.write() as s:  # write: the salt is created on first use
        digest = hash_id(id_number, id_salt(s)) if id_number.strip() else ""
        if digest:
            conditions.append(Visit.id_number_hash == digest)
        if phone.strip():
            conditions.append(
                Visit.visitor_phone == validate_phone(phone) if _phone_ok(phone) else phone.strip()
            )
        if name.strip():
            conditions.append(Visit.visitor_name == name.strip())
        if not conditions:
            return None
        candidates = _candidates(s, ctx, conditions)
    return match_returning_visitor(candidates, name, phone, digest, company)


def _phone_ok(value: str) -> bool:
    try:
        validate_phone(value)
    except DomainError:
        return False
    return True


# ---------------------------------------------------------------------------- what a visit created


def _record_number(s: Session, record_type: CreatedRecord, record_id: str) -> str | None:
    row: WorkOrder | Complaint | None
    if record_type is CreatedRecord.WORK_ORDER:
        row = s.get(WorkOrder, record_id)
    elif record_type is CreatedRecord.COMPLAINT:
        row = s.get(Complaint, record_id)
    else:
        return ""  # renovation / release slips arrive with their features
    return row.number if row is not None else None


def link_in_session(s: Session, ctx: ServiceContext, visit: Visit, record_type: str, record_id: str) -> None:
    """Link inside the caller's transaction: the visit to the record and the record to its visit."""
    try:
        kind = CreatedRecord(record_type)
    except ValueError:
        raise DomainError("visit.link_invalid") from None
    number = _record_number(s, kind, record_id)
    if number is None:
        raise DomainError("visit.link_invalid")
    before = {"created_record_type": visit.created_record_type, "created_record_id": visit.created_record_id}
    visit.created_record_type, visit.created_record_id = kind.value, record_id
    visit.updated_at = ctx.now()
    if kind is CreatedRecord.COMPLAINT:
        complaint = s.get(Complaint, record_id)
        assert complaint is not None
        complaint.visit_id = visit.id
    elif kind is CreatedRecord.WORK_ORDER:
        from desk_app.domain.work_orders import EventKind as WorkOrderEvent
        from desk_app.services.work_orders.lifecycle import apply_event

        order = s.get(WorkOrder, record_id)
        assert order is not None
        apply_event(s, ctx, order, WorkOrderEvent.LINKED, {"visit": visit.number})
    after = {"created_record_type": kind.value, "created_record_id": record_id}
    audit.record(s, ctx, "visit", visit.id, "link", before, after, summary=f"{visit.number} → {number}")


def link_created(ctx: ServiceContext, visit_id: str, record_type: str, record_id: str) -> OpResult[VisitDTO]:
    ctx.require(Permission.HANDLE_VISITS)
    with ctx.db.write() as s:
        visit = _visit(s, visit_id)
        link_in_session(s, ctx, visit, record_type, record_id)
        return OpResult(_detail(s, ctx, visit), CHANGES | {record_type})


def visit_of(ctx: ServiceContext, record_type: str, record_id: str) -> VisitDTO | None:
    """The visit that created this record (the record's side of the link)."""
    ctx.require(Permission.HANDLE_VISITS)
    with ctx.db.read() as s:
        visit = s.scalar(
            select(Visit).where(
                Visit.created_record_type == record_type, Visit.created_record_id == record_id
            )
        )
        return _detail(s, ctx, visit) if visit is not None else None


# ------------------------------------------------------------------------------------------ the purge


def purge_visitor_ids(ctx: ServiceContext, now: datetime | None = None) -> int:
    """Forget the plain ID numbers of visits older than ``privacy.visitor_id_retention_days`` (the masked
    form and the hash stay). Idempotent; a scheduled task runs it daily. Returns how many were purged and
    writes one audit entry ("purge") when any were."""
    now = now or ctx.now()
    days = int(settings.get(ctx, "privacy.visitor_id_retention_days"))
    cutoff = now - timedelta(days=days)
    with ctx.db.write() as s:
        result = s.execute(
            update(Visit)
            .where(text("visit.id_number != ''"), Visit.time_in < cutoff, Visit.site_id == ctx.site_id)
            .values(id_number="", id_purged_at=now, updated_at=now)
            .execution_options(synchronize_session=False)
        )
        count = int(result.rowcount or 0)  # type: ignore[attr-defined]
        if count:
            audit.record(
                s,
                ctx,
                "visit",
                "*",
                "purge",
                summary=f"{count} visitor ID numbers purged (visits before {cutoff.date().isoformat()}, "
                f"kept {days} days)",
            )
    log.info("visitor ID purge: %d purged, retention %d days, cutoff %s", count, days, cutoff.isoformat())
    return count


def create_work_order_from_visit(
    ctx: ServiceContext, visit_id: str, data: RegisterInput
) -> OpResult[WorkOrderDetail]:
    """Register the work order the walk-in reported and link both ways.

    Two short transactions (the order's own, then the link): if the link fails the order stays registered
    and the clerk links it from the visit — nothing is lost.
    """
    from desk_app.services.work_orders import orders

    ctx.require(Permission.HANDLE_VISITS)
    get(ctx, visit_id)  # refuse an unknown visit before taking a number
    created = orders.register(ctx, data)
    link_created(ctx, visit_id, CreatedRecord.WORK_ORDER.value, created.value.id)
    return OpResult(created.value, created.changes | CHANGES)
