"""Reading temporary passes: the DTO, the lists (a filing's, all with filters, "expiring / expired and not
returned"), the count the deposit refund waits for, and lost-pass fees still owed.

Filters run in SQL on indexed columns; the expiry lists read only the partial index over active passes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from desk_app.db.models import FilingWorker, Receipt, RenovationFiling, TempPass
from desk_app.domain.errors import DomainError
from desk_app.domain.receipts import ReceiptStatus
from desk_app.domain.renovation import SETTLED_PASS_STATUSES, PassHolderKind, PassStatus, pass_expiry_state
from desk_app.domain.roles import Permission
from desk_app.services import settings
from desk_app.services.context import ServiceContext

LIST_LIMIT = 2000


@dataclass(frozen=True)
class PassDTO:
    id: str
    number: str
    filing_id: str | None
    filing_number: str
    worker_id: str | None
    holder_kind: PassHolderKind
    name: str
    id_number_masked: str
    phone: str
    company: str
    trade: str
    unit_code: str
    photo_id: str | None
    valid_from: date
    valid_until: date
    extended_until: date | None
    status: PassStatus
    settled_at: datetime | None
    lost_fee_fen: int
    print_count: int
    state: str | None  # "expiring" / "expired" (active passes only) or None


@dataclass(frozen=True)
class PassFilter:
    filing_id: str | None = None
    status: PassStatus | None = None
    text: str = ""  # number, holder, company, unit or filing number
    state: str | None = None  # "expiring" / "expired"
    holder_kind: PassHolderKind | None = None


class LostFee(NamedTuple):
    number: str
    fee_fen: int


# --- reading --------------------------------------------------------------------------------------------


def _today(ctx: ServiceContext) -> date:
    return ctx.local_now().date()


def _warning_days(ctx: ServiceContext) -> int:
    return int(settings.get(ctx, "pass.expiry_warning_days"))


def _dto(row: TempPass, filing_number: str | None, today: date, warning_days: int) -> PassDTO:
    return PassDTO(
        id=row.id,
        number=row.number,
        filing_id=row.filing_id,
        filing_number=filing_number or "",
        worker_id=row.worker_id,
        holder_kind=PassHolderKind(row.holder_kind),
        name=row.name,
        id_number_masked=row.id_number_masked,
        phone=row.phone,
        company=row.company,
        trade=row.trade,
        unit_code=row.unit_code,
        photo_id=row.photo_id,
        valid_from=row.valid_from,
        valid_until=row.valid_until,
        extended_until=row.extended_until,
        status=PassStatus(row.status),
        settled_at=row.settled_at,
        lost_fee_fen=row.lost_fee_fen,
        print_count=row.print_count,
        state=pass_expiry_state(row.valid_until, row.status, today, warning_days=warning_days),
    )


def _with_filing() -> Select[TempPass, str]:
    return select(TempPass, RenovationFiling.number).outerjoin(
        RenovationFiling, RenovationFiling.id == TempPass.filing_id
    )


def _dtos(s: Session, ctx: ServiceContext, query: Select[TempPass, str]) -> list[PassDTO]:
    today, days = _today(ctx), _warning_days(ctx)
    return [_dto(row, number, today, days) for row, number in s.execute(query).all()]


def _state_clause(state: str, today: date, warning_days: int) -> Any:
    active = TempPass.status == PassStatus.ACTIVE.value
    if state == "expired":
        return active & (TempPass.valid_until < today)
    if state == "expiring":
        return active & TempPass.valid_until.between(today, today + timedelta(days=warning_days))
    if state == "attention":  # both, as the desk's strip lists them
        return active & (TempPass.valid_until <= today + timedelta(days=warning_days))
    raise DomainError("validation", fields={"state": "field.invalid"})


def list_passes(ctx: ServiceContext, flt: PassFilter = PassFilter()) -> list[PassDTO]:
    """Passes matching ``flt``: a filing's in number order, otherwise the newest first."""
    ctx.require(Permission.HANDLE_RENOVATION)
    query = _with_filing()
    if flt.filing_id is not None:
        query = query.where(TempPass.filing_id == flt.filing_id).order_by(TempPass.number)
    else:
        query = query.order_by(TempPass.created_at.desc(), TempPass.number.desc()).limit(LIST_LIMIT)
    if flt.status is not None:
        query = query.where(TempPass.status == flt.status.value)
    if flt.holder_kind is not None:
        query = query.where(TempPass.holder_kind == flt.holder_kind.value)
    if flt.state:
        query = query.where(_state_clause(flt.state, _today(ctx), _warning_days(ctx)))
    text = flt.text.strip()
    if text:
        like = f"%{text}%"
        query = query.where(
            or_(
                TempPass.number.ilike(like),
                TempPass.name.ilike(like),
                TempPass.company.ilike(like),
                TempPass.unit_code.ilike(like),
                RenovationFiling.number.ilike(like),
            )
        )
    with ctx.db.read() as s:
        return _dtos(s, ctx, query)


def expiring_passes(ctx: ServiceContext, today: date | None = None) -> list[PassDTO]:
    """Active passes expiring within ``pass.expiry_warning_days`` and those expired but not handed back,
    the oldest date first (each DTO carries ``state``)."""
    ctx.require(Permission.HANDLE_RENOVATION)
    day = today or _today(ctx)
    days = _warning_days(ctx)
    query = (
        _with_filing()
        .where(_state_clause("attention", day, days))
        .order_by(TempPass.valid_until, TempPass.number)
    )
    with ctx.db.read() as s:
        return [_dto(row, number, day, days) for row, number in s.execute(query).all()]


def get_pass(ctx: ServiceContext, pass_id: str) -> PassDTO:
    ctx.require(Permission.HANDLE_RENOVATION)
    with ctx.db.read() as s:
        found = _dtos(s, ctx, _with_filing().where(TempPass.id == pass_id))
    if not found:
        raise DomainError("record.not_found", kind="temp_pass")
    return found[0]


def outstanding_count(session: Session, filing_id: str) -> int:
    """Passes of the filing neither returned, lost nor void — the deposit refund waits for them."""
    return int(
        session.scalar(
            select(func.count())
            .select_from(TempPass)
            .where(
                TempPass.filing_id == filing_id,
                TempPass.status.not_in([st.value for st in SETTLED_PASS_STATUSES]),
            )
        )
        or 0
    )


def lost_fees_unpaid(ctx: ServiceContext, filing_id: str) -> list[LostFee]:
    """Lost passes of the filing whose fee no valid receipt has collected (the refund may deduct them)."""
    ctx.require(Permission.HANDLE_RENOVATION)
    paid = select(Receipt.pass_id).where(
        Receipt.pass_id.is_not(None), Receipt.status != ReceiptStatus.VOID.value
    )
    query = (
        select(TempPass.number, TempPass.lost_fee_fen)
        .where(
            TempPass.filing_id == filing_id,
            TempPass.status == PassStatus.LOST.value,
            TempPass.lost_fee_fen > 0,
            TempPass.id.not_in(paid),
        )
        .order_by(TempPass.number)
    )
    with ctx.db.read() as s:
        return [LostFee(number, fee) for number, fee in s.execute(query).all()]


@dataclass(frozen=True)
class WorkerChoice:
    id: str
    name: str
    trade: str
    active_pass: str  # the number of the active pass this worker holds, or ""


@dataclass(frozen=True)
class FilingPassInfo:
    """What the "Issue passes" form needs: the filing's state and end, and its workers."""

    id: str
    number: str
    status: str
    unit_code: str
    current_end: date
    workers: tuple[WorkerChoice, ...]


def filing_for_passes(ctx: ServiceContext, filing_id: str) -> FilingPassInfo:
    ctx.require(Permission.HANDLE_RENOVATION)
    with ctx.db.read() as s:
        filing = s.get(RenovationFiling, filing_id)
        if filing is None:
            raise DomainError("record.not_found", kind="renovation_filing")
        holding: dict[str, str] = {
            worker_id: number
            for worker_id, number in s.execute(
                select(TempPass.worker_id, TempPass.number).where(
                    TempPass.filing_id == filing_id,
                    TempPass.status == PassStatus.ACTIVE.value,
                    TempPass.worker_id.is_not(None),
                )
            )
            if worker_id is not None
        }
        workers = s.execute(
            select(FilingWorker.id, FilingWorker.name, FilingWorker.trade)
            .where(FilingWorker.filing_id == filing_id, FilingWorker.archived.is_(False))
            .order_by(FilingWorker.created_at, FilingWorker.id)
        ).all()
        return FilingPassInfo(
            filing.id,
            filing.number,
            filing.status,
            filing.unit_code,
            filing.current_end,
            tuple(WorkerChoice(i, name, trade, holding.get(i, "")) for i, name, trade in workers),
        )
