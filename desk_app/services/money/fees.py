"""The site's fee table (收费标准): what the desk charges, edited in settings, and what a filing owes.

A site starts with the usual renovation fees (DOMAIN.md §6); the table is written on first use
(``ensure_defaults``). Until then readers see the same defaults unsaved, so a read-only session can compute
dues too. Items are archived, never deleted: old receipts keep pointing at their fee code.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desk_app.db.models import FeeItem, Receipt, ReceiptLine, RenovationFiling, TempPass, Unit
from desk_app.domain.enums import UnitType
from desk_app.domain.errors import DomainError
from desk_app.domain.ids import uuid7
from desk_app.domain.receipts import (
    FeeBasis,
    FeeCategory,
    FeeRule,
    ReceiptStatus,
    check_fee_rule,
    compute_fee,
)
from desk_app.domain.renovation import PassStatus
from desk_app.domain.roles import Permission
from desk_app.services import audit
from desk_app.services.archive.validation import FieldCollector, optional_text, required
from desk_app.services.context import OpResult, ServiceContext
from desk_app.services.tracking import new_row, set_archived, touch

CHANGES = frozenset({"fee_item"})

DEPOSIT_CODE = "renovation_deposit"
GARBAGE_CODE = "garbage_fee"
PASS_FEE_CODE = "pass_fee"
PASS_LOST_CODE = "pass_lost_fee"

DEPOSIT_REFUND_CONDITION = (
    "装修完工验收合格、入住满三个月且楼下业主确认无渗漏、临时出入证全部交回后，"
    "凭本收据及《装修备案登记证》原件办理退还。"
)


@dataclass(frozen=True)
class _Default:
    code: str
    name: str
    category: FeeCategory
    basis: FeeBasis
    amount_fen: int
    per_type_fen: Mapping[str, int] = field(default_factory=dict)
    renovation: bool = False
    refund_condition: str = ""


DEFAULT_FEES: tuple[_Default, ...] = (
    _Default(
        DEPOSIT_CODE,
        "装修保证金",
        FeeCategory.DEPOSIT,
        FeeBasis.BY_UNIT_TYPE,
        200_000,  # unit types not listed pay the residence amount
        {UnitType.RESIDENCE.value: 200_000, UnitType.SHOP.value: 500_000, UnitType.OFFICE.value: 300_000},
        renovation=True,
        refund_condition=DEPOSIT_REFUND_CONDITION,
    ),
    _Default(GARBAGE_CODE, "装修垃圾清运费", FeeCategory.FEE, FeeBasis.PER_M2, 300, renovation=True),
    _Default(PASS_FEE_CODE, "出入证工本费", FeeCategory.FEE, FeeBasis.PER_PASS, 1_000, renovation=True),
    _Default(PASS_LOST_CODE, "出入证遗失补办费", FeeCategory.FEE, FeeBasis.FIXED, 2_000),
)


@dataclass(frozen=True)
class FeeDTO:
    id: str
    code: str
    name: str
    category: str
    basis: str
    amount_fen: int
    per_type_fen: dict[str, int]
    renovation: bool
    refund_condition: str
    sort_order: int
    notes: str
    archived: bool

    @property
    def is_deposit(self) -> bool:
        return self.category == FeeCategory.DEPOSIT

    def rule(self) -> FeeRule:
        return FeeRule(
            self.code,
            self.name,
            self.category,
            self.basis,
            self.amount_fen,
            self.per_type_fen,
            self.renovation,
        )


@dataclass(frozen=True)
class FeeInput:
    name: str
    category: str
    basis: str
    amount_fen: int
    per_type_fen: Mapping[str, int] = field(default_factory=dict)
    renovation: bool = False
    refund_condition: str = ""
    notes: str = ""
    code: str = ""  # blank on a new item: one is made from the row id


@dataclass(frozen=True)
class DueLine:
    """One fee a filing owes: what is due and what non-void receipts of the filing already paid."""

    fee_code: str
    name: str
    due_fen: int
    paid_fen: int
    category: str = FeeCategory.FEE.value

    @property
    def outstanding_fen(self) -> int:
        return max(self.due_fen - self.paid_fen, 0)


def _per_type(item: FeeItem) -> dict[str, int]:
    try:
        raw = json.loads(item.per_type_json or "{}")
    except ValueError:
        return {}
    return {str(k): int(v) for k, v in raw.items()} if isinstance(raw, dict) else {}


def rule_of(item: FeeItem) -> FeeRule:
    return FeeRule(
        item.code,
        item.name,
        item.category,
        item.basis,
        item.amount_fen,
        _per_type(item),
        item.renovation,
    )


def to_dto(item: FeeItem) -> FeeDTO:
    return FeeDTO(
        item.id,
        item.code,
        item.name,
        item.category,
        item.basis,
        item.amount_fen,
        _per_type(item),
        bool(item.renovation),
        item.refund_condition,
        item.sort_order,
        item.notes,
        bool(item.archived),
    )


def _default_rows(site_id: str, now: datetime) -> list[FeeItem]:
    return [
        FeeItem(
            site_id=site_id,
            created_at=now,
            updated_at=now,
            archived=False,
            code=d.code,
            name=d.name,
            category=d.category.value,
            basis=d.basis.value,
            amount_fen=d.amount_fen,
            per_type_json=json.dumps(dict(d.per_type_fen), sort_keys=True),
            renovation=d.renovation,
            refund_condition=d.refund_condition,
            sort_order=order,
            notes="",
        )
        for order, d in enumerate(DEFAULT_FEES)
    ]


def ensure_defaults(session: Session, site_id: str, now: datetime | None = None) -> bool:
    """Write the default fee table for ``site_id`` when it has none (idempotent). Call in a write session."""
    if session.scalar(select(func.count()).select_from(FeeItem).where(FeeItem.site_id == site_id)):
        return False
    session.add_all(_default_rows(site_id, now or datetime.now(UTC)))
    session.flush()
    return True


def fee_items(session: Session, site_id: str, *, include_archived: bool = False) -> list[FeeItem]:
    """The site's fee items in table order; the unsaved defaults when the site has none yet."""
    query = select(FeeItem).where(FeeItem.site_id == site_id)
    rows = list(session.scalars(query.order_by(FeeItem.sort_order, FeeItem.name)))
    if not rows:
        return _default_rows(site_id, datetime.now(UTC))
    return [r for r in rows if include_archived or not r.archived]


def renovation_dues(session: Session, unit: Unit, *, passes: int = 0) -> list[tuple[FeeItem, int]]:
    """The fees charged when a filing is opened for ``unit``: each renovation fee item with its amount.

    Per-pass fees are 0 until passes are issued and are left out then; a per-m² fee on a unit whose area
    is not in the archive raises ``fee.area_unknown`` (the clerk completes the archive first).
    """
    out: list[tuple[FeeItem, int]] = []
    for item in fee_items(session, unit.site_id):
        if not item.renovation:
            continue
        amount = compute_fee(
            rule_of(item), area_m2_x100=unit.area_m2_x100, unit_type=unit.unit_type, passes=passes
        )
        if amount > 0:
            out.append((item, amount))
    return out


def _paid_by_code(session: Session, filing_id: str, pass_ids: list[str]) -> dict[str, int]:
    """Sum of receipt lines per fee code over the non-void receipts of the filing (or of its passes)."""
    owner = Receipt.filing_id == filing_id
    if pass_ids:
        owner = or_(owner, Receipt.pass_id.in_(pass_ids))
    rows = session.execute(
        select(ReceiptLine.fee_code, func.sum(ReceiptLine.amount_fen))
        .join(Receipt, Receipt.id == ReceiptLine.receipt_id)
        .where(owner, Receipt.status != ReceiptStatus.VOID.value)
        .group_by(ReceiptLine.fee_code)
    )
    return {code: int(total or 0) for code, total in rows}


def dues_for_filing(ctx: ServiceContext, filing_id: str) -> list[DueLine]:
    """What the filing owes, fee by fee: the renovation fees (pass fees counted on its passes, misprinted
    and voided passes excluded) and the fees of passes reported lost; with what is already paid."""
    ctx.require()
    with ctx.db.read() as s:
        filing = s.get(RenovationFiling, filing_id)
        if filing is None:
            raise DomainError("record.not_found", kind="renovation_filing")
        unit = s.get(Unit, filing.unit_id)
        if unit is None:
            raise DomainError("record.not_found", kind="unit")
        passes = list(
            s.execute(
                select(TempPass.id, TempPass.status, TempPass.lost_fee_fen).where(
                    TempPass.filing_id == filing_id
                )
            )
        )
        counted = sum(1 for _id, status, _fee in passes if status != PassStatus.VOID)
        lost_fen = sum(fee or 0 for _id, status, fee in passes if status == PassStatus.LOST)
        paid = _paid_by_code(s, filing_id, [p[0] for p in passes])
        lines: list[DueLine] = []
        for item in fee_items(s, ctx.site_id):
            if item.renovation:
                due = compute_fee(
                    rule_of(item), area_m2_x100=unit.area_m2_x100, unit_type=unit.unit_type, passes=counted
                )
            elif item.code == PASS_LOST_CODE:
                due = lost_fen
            else:
                continue
            if due > 0 or paid.get(item.code, 0) > 0:
                lines.append(DueLine(item.code, item.name, due, paid.get(item.code, 0), item.category))
        return lines


def list_fees(ctx: ServiceContext, include_archived: bool = False) -> list[FeeDTO]:
    """The fee table in its order; written with the defaults on the site's first use."""
    ctx.require()
    with ctx.db.read() as s:
        has_rows = bool(
            s.scalar(select(func.count()).select_from(FeeItem).where(FeeItem.site_id == ctx.site_id))
        )
    if not has_rows:
        with ctx.db.write() as s:
            ensure_defaults(s, ctx.site_id, ctx.now())
    with ctx.db.read() as s:
        return [to_dto(r) for r in fee_items(s, ctx.site_id, include_archived=include_archived)]


def get_fee(ctx: ServiceContext, code: str) -> FeeDTO | None:
    ctx.require()
    with ctx.db.read() as s:
        for item in fee_items(s, ctx.site_id, include_archived=True):
            if item.code == code:
                return to_dto(item)
    return None


def _check_input(data: FeeInput) -> tuple[str, str, str]:
    f = FieldCollector()
    name = f.check("name", lambda: required(data.name, 60)) or ""
    condition = f.check("refund_condition", lambda: optional_text(data.refund_condition, 500)) or ""
    notes = f.check("notes", lambda: optional_text(data.notes, 500)) or ""
    f.raise_if_any()
    check_fee_rule(
        FeeRule(
            "", name, data.category, data.basis, data.amount_fen, dict(data.per_type_fen), data.renovation
        )
    )
    return name, condition, notes


def save_fee(ctx: ServiceContext, data: FeeInput, fee_id: str | None = None) -> OpResult[FeeDTO]:
    """Create or edit one fee item (MANAGE_FEES). The code of an existing item never changes: receipt
    lines refer to it."""
    ctx.require(Permission.MANAGE_FEES)
    name, condition, notes = _check_input(data)
    with ctx.db.write() as s:
        ensure_defaults(s, ctx.site_id, ctx.now())
        if fee_id is None:
            last = s.scalar(select(func.max(FeeItem.sort_order)).where(FeeItem.site_id == ctx.site_id))
            new_id = uuid7()
            code = data.code.strip() or f"fee_{new_id[-8:]}"
            if s.scalar(select(FeeItem.id).where(FeeItem.site_id == ctx.site_id, FeeItem.code == code)):
                raise DomainError("fee.code_taken", fee_code=code)
            item = new_row(
                ctx, FeeItem(id=new_id, code=code, sort_order=(last if last is not None else -1) + 1)
            )
            s.add(item)
            before = None
        else:
            found = s.get(FeeItem, fee_id)
            if found is None or found.site_id != ctx.site_id:
                raise DomainError("record.not_found", kind="fee_item")
            item = found
            before = audit.snapshot(item)
            touch(ctx, item)
        item.name = name
        item.category = data.category
        item.basis = data.basis
        item.amount_fen = data.amount_fen
        item.per_type_json = json.dumps(dict(data.per_type_fen), sort_keys=True)
        item.renovation = data.renovation
        item.refund_condition = condition
        item.notes = notes
        s.flush()
        audit.record(
            s,
            ctx,
            "fee_item",
            item.id,
            "update" if before else "create",
            before,
            audit.snapshot(item),
            item.name,
        )
        return OpResult(to_dto(item), CHANGES)


def archive_fee(ctx: ServiceContext, fee_id: str, archived: bool = True) -> OpResult[str]:
    """Take a fee out of the table (or put it back); receipts that used it are untouched."""
    ctx.require(Permission.MANAGE_FEES)
    with ctx.db.write() as s:
        item = set_archived(s, ctx, FeeItem, fee_id, archived, "fee_item", lambda r: r.name)
        return OpResult(item.id, CHANGES)


@dataclass(frozen=True)
class FeeCharge:
    """A fee of the table as the receipt form offers it for one unit."""

    code: str
    name: str
    category: str
    basis: str
    standard_fen: int | None  # what it costs for the unit (per pass for per-pass fees); None: unknown
    problem: str = ""  # why it is unknown: fee.area_unknown, receipt.unit_required

    @property
    def per_pass(self) -> bool:
        return self.basis == FeeBasis.PER_PASS


def charges_for_unit(ctx: ServiceContext, unit_id: str | None) -> list[FeeCharge]:
    """The active fee items with their standard amount for ``unit_id`` (or with no unit chosen)."""
    ctx.require()
    with ctx.db.read() as s:
        unit = s.get(Unit, unit_id) if unit_id else None
        out: list[FeeCharge] = []
        for item in fee_items(s, ctx.site_id):
            rule = rule_of(item)
            standard: int | None
            problem = ""
            if rule.basis == FeeBasis.PER_PASS:
                standard = rule.amount_fen
            elif unit is None and rule.basis in (FeeBasis.PER_M2, FeeBasis.BY_UNIT_TYPE):
                standard, problem = None, "receipt.unit_required"
            else:
                try:
                    standard = compute_fee(
                        rule,
                        area_m2_x100=unit.area_m2_x100 if unit else None,
                        unit_type=unit.unit_type if unit else "",
                    )
                except DomainError as exc:
                    standard, problem = None, exc.code
            out.append(FeeCharge(item.code, item.name, item.category, item.basis, standard, problem))
        return out
