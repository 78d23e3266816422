"""Goods-release slips (物品放行通知单): the unit's warnings, who may ask, issuing, the gate's confirmation, void.

The applicant is checked against the archive at issue time (owner or authorised person of that unit, not
archived), so a slip can never be made out to a tenant or a stranger by typing a name. The warnings the clerk
saw are stored on the slip with the acknowledgement: afterwards anyone can see what the desk knew.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desk_app.db.models import (
    GoodsRelease,
    GoodsReleaseItem,
    Person,
    PrintJob,
    ReleaseEvent,
    RenovationFiling,
    Unit,
    UnitPerson,
)
from desk_app.domain import qr
from desk_app.domain.errors import DomainError
from desk_app.domain.numbering import DocType
from desk_app.domain.release import (
    ReleaseItem,
    ReleaseStatus,
    ReleaseWarning,
    check_acknowledged,
    check_applicant,
    check_confirmable,
    check_items,
    check_voidable,
)
from desk_app.domain.renovation import OPEN_STATUSES
from desk_app.domain.roles import Permission
from desk_app.services import audit, numbering
from desk_app.services.archive.validation import FieldCollector, optional_text, required
from desk_app.services.context import OpResult, ServiceContext
from desk_app.services.tracking import new_row, touch

CHANGES = frozenset({"release"})
QR_KIND = "RL"
DOC_TYPE = "release"  # printer profiles and print jobs
APPLICANT_RELATIONS = ("owner", "authorised")
MAX_LIST = 500  # a list longer than this is narrowed with the filters, not scrolled
MAX_DAYS_AHEAD = 7  # a slip is for one day (本单限当日有效); booking a moving day a week ahead is the most


class EventKind:
    ISSUED = "issued"
    PRINTED = "printed"
    CONFIRMED = "confirmed"
    VOIDED = "voided"


UnitWarning = tuple[ReleaseWarning, str]  # (kind, detail: the filing's number and period …)


@dataclass(frozen=True)
class ApplicantChoice:
    person_id: str
    name: str
    phone: str
    relation: str  # owner / authorised


@dataclass(frozen=True)
class ReleaseInput:
    unit_id: str
    applicant_person_id: str
    items: tuple[ReleaseItem, ...] | list[ReleaseItem]
    plate: str = ""
    release_date: date | None = None  # None: today
    notes: str = ""
    acknowledged_warnings: bool = False
    phone: str = ""  # blank: the applicant's phone from the archive


@dataclass(frozen=True)
class ReleaseDTO:
    id: str
    number: str
    unit_id: str
    unit_code: str
    applicant_person_id: str | None
    applicant_name: str
    applicant_relation: str
    phone: str
    plate: str
    release_date: date
    items: tuple[ReleaseItem, ...]
    warnings: tuple[UnitWarning, ...]  # as seen and acknowledged at issue time
    clerk_name: str
    status: ReleaseStatus
    guard_name: str
    guard_confirmed_at: datetime | None
    void_reason: str
    print_count: int
    notes: str
    created_at: datetime

    @property
    def allowed(self) -> frozenset[str]:
        """The steps the slip accepts now (the screen shows only these; the service checks again)."""
        if self.status is ReleaseStatus.ISSUED:
            return frozenset({EventKind.CONFIRMED, EventKind.VOIDED})
        return frozenset()


@dataclass(frozen=True)
class ReleaseRow:
    id: str
    number: str
    release_date: date
    unit_code: str
    applicant_name: str
    items_text: str  # "沙发×1、纸箱×5"
    plate: str
    status: ReleaseStatus
    guard_confirmed_at: datetime | None


@dataclass(frozen=True)
class ReleaseFilter:
    date_from: date | None = None
    date_to: date | None = None
    status: ReleaseStatus | None = None
    unconfirmed_only: bool = False  # issued and not yet back from the gate (void ones excluded)
    text: str = ""  # number, unit, applicant, phone or plate
    unit_id: str | None = None


@dataclass(frozen=True)
class ReleaseEventView:
    kind: str
    at: datetime
    by_name: str
    detail: dict[str, Any] = field(default_factory=dict)
    note: str = ""


# -- reading the archive ---------------------------------------------------------------------------------
def _warnings(s: Session, unit: Unit) -> list[UnitWarning]:
    out: list[UnitWarning] = []
    filings = s.scalars(
        select(RenovationFiling)
        .where(
            RenovationFiling.unit_id == unit.id,
            RenovationFiling.status.in_([st.value for st in OPEN_STATUSES]),
            RenovationFiling.archived.is_(False),
        )
        .order_by(RenovationFiling.created_at)
    ).all()
    for f in filings:
        out.append(
            (
                ReleaseWarning.OPEN_RENOVATION,
                f"{f.number} {f.planned_start:%Y-%m-%d} ~ {f.current_end:%Y-%m-%d}",
            )
        )
    if unit.move_out_pending:
        out.append((ReleaseWarning.MOVE_OUT_PENDING, ""))
    if unit.fees_owed:
        out.append((ReleaseWarning.FEES_OWED, ""))
    return out


def _unit(s: Session, unit_id: str) -> Unit:
    unit = s.get(Unit, unit_id)
    if unit is None or unit.archived:
        raise DomainError("record.not_found", kind="unit")
    return unit


def warnings_for_unit(ctx: ServiceContext, unit_id: str) -> list[UnitWarning]:
    """What the desk must tell the applicant (or check with the supervisor) before issuing."""
    ctx.require(Permission.HANDLE_RELEASES)
    with ctx.db.read() as s:
        return _warnings(s, _unit(s, unit_id))


def _applicants(s: Session, unit_id: str) -> list[ApplicantChoice]:
    rows = s.execute(
        select(
            Person.id, Person.name, Person.mobile, Person.landline, UnitPerson.relation, UnitPerson.is_primary
        )
        .join(UnitPerson, UnitPerson.person_id == Person.id)
        .where(
            UnitPerson.unit_id == unit_id,
            UnitPerson.relation.in_(APPLICANT_RELATIONS),
            UnitPerson.archived.is_(False),
            Person.archived.is_(False),
        )
    ).all()
    rows = sorted(rows, key=lambda r: (r[4] != "owner", not r[5], r[1]))
    return [ApplicantChoice(r[0], r[1], r[2] or r[3], r[4]) for r in rows]


def applicants_for_unit(ctx: ServiceContext, unit_id: str) -> list[ApplicantChoice]:
    """The unit's owners (primary first) and authorised people: the only people a slip may be made out to."""
    ctx.require(Permission.HANDLE_RELEASES)
    with ctx.db.read() as s:
        return _applicants(s, unit_id)


# -- issuing ---------------------------------------------------------------------------------------------
def _clean_items(items: tuple[ReleaseItem, ...] | list[ReleaseItem]) -> list[ReleaseItem]:
    # Rows the clerk left empty in the table are not items; a row with a name but a bad quantity is an error.
    kept = [
        ReleaseItem(i.name.strip(), i.quantity, i.note.strip())
        for i in items
        if i.name.strip() or i.note.strip()
    ]
    check_items(kept)
    for item in kept:
        if len(item.name) > 60 or len(item.note) > 100:
            raise DomainError("field.too_long", max=60 if len(item.name) > 60 else 100)
    return kept


def issue_release(
    ctx: ServiceContext,
    data: ReleaseInput,
    watermarks: numbering.NumberWatermarks | None = None,
    install_id: str = "",
) -> OpResult[ReleaseDTO]:
    """Number and store the slip with its items, the warnings acknowledged, an ISSUED event and the audit."""
    actor = ctx.require(Permission.HANDLE_RELEASES)
    f = FieldCollector()
    items = f.check("items", lambda: _clean_items(data.items))
    plate = f.check("plate", lambda: optional_text(data.plate, 20).upper())
    notes = f.check("notes", lambda: optional_text(data.notes, 500))
    phone = f.check("phone", lambda: optional_text(data.phone, 30))
    today = ctx.local_now().date()
    release_date = data.release_date or today
    if not 0 <= (release_date - today).days <= MAX_DAYS_AHEAD:
        f.fail("release_date", "release.date_invalid", days=MAX_DAYS_AHEAD)
    f.raise_if_any()
    assert items is not None
    with ctx.db.write() as s:
        unit = _unit(s, data.unit_id)
        choice = next((a for a in _applicants(s, unit.id) if a.person_id == data.applicant_person_id), None)
        check_applicant(choice.relation if choice else None)
        assert choice is not None
        warnings = _warnings(s, unit)
        check_acknowledged([w for w, _ in warnings], data.acknowledged_warnings)
        number = numbering.allocate(s, ctx, DocType.RELEASE, watermarks, install_id)
        row = new_row(
            ctx,
            GoodsRelease(
                number=str(number),
                unit_id=unit.id,
                unit_code=unit.code,
                applicant_person_id=choice.person_id,
                applicant_name=choice.name,
                applicant_relation=choice.relation,
                phone=phone or choice.phone,
                plate=plate or "",
                release_date=release_date,
                warnings_json=json.dumps(
                    [{"kind": k.value, "detail": d} for k, d in warnings], ensure_ascii=False
                ),
                clerk_name=actor.display_name,
                status=ReleaseStatus.ISSUED.value,
                print_count=0,
                notes=notes or "",
            ),
        )
        s.add(row)
        s.flush()
        for pos, item in enumerate(items, 1):
            s.add(
                GoodsReleaseItem(
                    release_id=row.id, position=pos, name=item.name, quantity=item.quantity, note=item.note
                )
            )
        _event(
            s, ctx, row, EventKind.ISSUED, {"items": len(items), "warnings": [k.value for k, _ in warnings]}
        )
        audit.record(s, ctx, "goods_release", row.id, "create", None, audit.snapshot(row), summary=row.number)
        s.flush()
        return OpResult(_dto(s, row), CHANGES)


def _event(
    s: Session, ctx: ServiceContext, row: GoodsRelease, kind: str, detail: dict[str, Any], note: str = ""
) -> None:
    s.add(
        ReleaseEvent(
            site_id=ctx.site_id,
            at=ctx.now(),
            by_user=ctx.actor_id,
            origin_desk_id=ctx.desk_id,
            kind=kind,
            release_id=row.id,
            by_name=ctx.actor.display_name if ctx.actor else "",
            detail_json=json.dumps(detail, ensure_ascii=False, default=str),
            note=note,
        )
    )


# -- after issuing ---------------------------------------------------------------------------------------
def _row(s: Session, release_id: str) -> GoodsRelease:
    row = s.get(GoodsRelease, release_id)
    if row is None:
        raise DomainError("record.not_found", kind="goods_release")
    return row


def confirm_by_guard(
    ctx: ServiceContext, release_id: str, guard_name: str, confirmed_at: datetime | None = None
) -> OpResult[ReleaseDTO]:
    """The gate's copy came back signed: record who let the goods out and when (as written on it)."""
    ctx.require(Permission.HANDLE_RELEASES)
    f = FieldCollector()
    name = f.check("guard_name", lambda: required(guard_name, 60))
    f.raise_if_any()
    with ctx.db.write() as s:
        row = _row(s, release_id)
        check_confirmable(row.status)
        at = confirmed_at or ctx.now()
        if at > ctx.now() or at < row.created_at.replace(second=0, microsecond=0):
            raise DomainError("validation", fields={"confirmed_at": "release.confirm_time_invalid"})
        before = audit.snapshot(row)
        row.status, row.guard_name, row.guard_confirmed_at = ReleaseStatus.CONFIRMED.value, name or "", at
        touch(ctx, row)
        _event(s, ctx, row, EventKind.CONFIRMED, {"guard": name, "confirmed_at": at})
        audit.record(
            s, ctx, "goods_release", row.id, "update", before, audit.snapshot(row), summary=row.number
        )
        return OpResult(_dto(s, row), CHANGES)


def void_release(ctx: ServiceContext, release_id: str, reason: str) -> OpResult[ReleaseDTO]:
    """作废: the number stays taken and the slip stays listed; later copies print the 作废 mark."""
    ctx.require(Permission.VOID_RELEASES)
    f = FieldCollector()
    why = f.check("reason", lambda: required(reason, 200))
    f.raise_if_any()
    with ctx.db.write() as s:
        row = _row(s, release_id)
        check_voidable(row.status)
        before = audit.snapshot(row)
        row.status, row.void_reason = ReleaseStatus.VOID.value, why or ""
        touch(ctx, row)
        _event(s, ctx, row, EventKind.VOIDED, {"reason": why})
        audit.record(
            s, ctx, "goods_release", row.id, "update", before, audit.snapshot(row), summary=row.number
        )
        return OpResult(_dto(s, row), CHANGES)


def record_print(
    ctx: ServiceContext, release_id: str, target: str = "pdf", paper_key: str = "a4-third", copies: int = 2
) -> OpResult[int]:
    """Log that the slip went to ``target`` (a printer name or "pdf"); returns how many prints there were,
    so the next copy says 补打 (第 n 次)."""
    with ctx.db.write() as s:
        return OpResult(_record_print(s, ctx, _row(s, release_id), target, paper_key, copies), CHANGES)


def _record_print(
    s: Session, ctx: ServiceContext, row: GoodsRelease, target: str, paper_key: str, copies: int
) -> int:
    actor = ctx.require(Permission.HANDLE_RELEASES)
    s.add(
        PrintJob(
            site_id=ctx.site_id,
            desk_id=ctx.desk_id,
            at=ctx.now(),
            by_user=actor.user_id,
            doc_type=DOC_TYPE,
            doc_id=row.id,
            number=row.number,
            reprint_no=row.print_count,
            paper_key=paper_key,
            mode="plain",
            copies=copies,
            target=target[:100],
        )
    )
    row.print_count += 1
    _event(
        s,
        ctx,
        row,
        EventKind.PRINTED,
        {"reprint_no": row.print_count - 1, "paper": paper_key, "target": target[:100]},
    )
    return row.print_count


# -- reading ---------------------------------------------------------------------------------------------
def _dto(s: Session, row: GoodsRelease) -> ReleaseDTO:
    items = s.scalars(
        select(GoodsReleaseItem)
        .where(GoodsReleaseItem.release_id == row.id)
        .order_by(GoodsReleaseItem.position)
    ).all()
    warnings = tuple(
        (ReleaseWarning(w["kind"]), str(w.get("detail", ""))) for w in json.loads(row.warnings_json or "[]")
    )
    return ReleaseDTO(
        id=row.id,
        number=row.number,
        unit_id=row.unit_id,
        unit_code=row.unit_code,
        applicant_person_id=row.applicant_person_id,
        applicant_name=row.applicant_name,
        applicant_relation=row.applicant_relation,
        phone=row.phone,
        plate=row.plate,
        release_date=row.release_date,
        items=tuple(ReleaseItem(i.name, i.quantity, i.note) for i in items),
        warnings=warnings,
        clerk_name=row.clerk_name,
        status=ReleaseStatus(row.status),
        guard_name=row.guard_name,
        guard_confirmed_at=row.guard_confirmed_at,
        void_reason=row.void_reason,
        print_count=row.print_count,
        notes=row.notes,
        created_at=row.created_at,
    )


def get_release(ctx: ServiceContext, release_id: str) -> ReleaseDTO:
    ctx.require(Permission.HANDLE_RELEASES)
    with ctx.db.read() as s:
        return _dto(s, _row(s, release_id))


def find_by_number(ctx: ServiceContext, number: str) -> ReleaseDTO:
    ctx.require(Permission.HANDLE_RELEASES)
    with ctx.db.read() as s:
        row = s.scalar(select(GoodsRelease).where(GoodsRelease.number == number.strip().upper()))
        if row is None:
            raise DomainError("release.not_found", number=number.strip())
        return _dto(s, row)


def find_by_scan(ctx: ServiceContext, scanned: str) -> ReleaseDTO:
    """The QR of a slip the gate brought back (a keyboard-wedge scanner types it)."""
    from desk_app.services.work_orders.orders import qr_secret

    ctx.require(Permission.HANDLE_RELEASES)
    with ctx.db.write() as s:  # write: the secret is created on first use
        payload = qr.decode(qr_secret(s), scanned)
    if payload.kind != QR_KIND:
        raise DomainError("qr.invalid")
    return find_by_number(ctx, payload.number)


def list_releases(ctx: ServiceContext, flt: ReleaseFilter | None = None) -> list[ReleaseRow]:
    """Newest first, at most ``MAX_LIST`` rows; filters run in SQL on the (release_date, id) index."""
    ctx.require(Permission.HANDLE_RELEASES)
    flt = flt or ReleaseFilter()
    q = select(GoodsRelease)
    if flt.date_from:
        q = q.where(GoodsRelease.release_date >= flt.date_from)
    if flt.date_to:
        q = q.where(GoodsRelease.release_date <= flt.date_to)
    if flt.status:
        q = q.where(GoodsRelease.status == flt.status.value)
    if flt.unconfirmed_only:
        q = q.where(GoodsRelease.status == ReleaseStatus.ISSUED.value)
    if flt.unit_id:
        q = q.where(GoodsRelease.unit_id == flt.unit_id)
    text = flt.text.strip()
    if text:
        like = f"%{text.replace('%', '').replace('_', '')}%"
        q = q.where(
            or_(
                GoodsRelease.number.ilike(like),
                GoodsRelease.unit_code.like(like),
                GoodsRelease.applicant_name.like(like),
                GoodsRelease.phone.like(like),
                GoodsRelease.plate.ilike(like),
            )
        )
    q = q.order_by(GoodsRelease.release_date.desc(), GoodsRelease.id.desc()).limit(MAX_LIST)
    with ctx.db.read() as s:
        rows = s.scalars(q).all()
        items: dict[str, list[str]] = {}
        if rows:
            for rid, name, qty in s.execute(
                select(GoodsReleaseItem.release_id, GoodsReleaseItem.name, GoodsReleaseItem.quantity)
                .where(GoodsReleaseItem.release_id.in_([r.id for r in rows]))
                .order_by(GoodsReleaseItem.release_id, GoodsReleaseItem.position)
            ):
                items.setdefault(rid, []).append(f"{name}×{qty}")
        return [
            ReleaseRow(
                r.id,
                r.number,
                r.release_date,
                r.unit_code,
                r.applicant_name,
                "、".join(items.get(r.id, [])),
                r.plate,
                ReleaseStatus(r.status),
                r.guard_confirmed_at,
            )
            for r in rows
        ]


def history(ctx: ServiceContext, release_id: str) -> list[ReleaseEventView]:
    ctx.require(Permission.HANDLE_RELEASES)
    with ctx.db.read() as s:
        rows = s.scalars(
            select(ReleaseEvent)
            .where(ReleaseEvent.release_id == release_id)
            .order_by(ReleaseEvent.at, ReleaseEvent.id)
        ).all()
        return [
            ReleaseEventView(r.kind, r.at, r.by_name, json.loads(r.detail_json or "{}"), r.note) for r in rows
        ]
