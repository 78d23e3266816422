"""Money at the desk: the fee table, payment methods, receipts, voids and the day-close (日结)
(seed 000 篇5 前台 11; DOMAIN.md §6; ARCHITECTURE.md "Data conventions": integer fen, append-only).

Amounts are integer fen everywhere; ``money.py`` turns them into ¥ figures and 大写.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from desk_app.domain.errors import DomainError

MAX_RECEIPT_FEN = 100_000_000_00  # ¥100,000,000: far above any desk payment, catches a slipped key


class PaymentMethod(StrEnum):
    CASH = "cash"  # 现金
    WECHAT = "wechat"  # 微信
    ALIPAY = "alipay"  # 支付宝
    BANK_TRANSFER = "bank_transfer"  # 银行转账
    POS = "pos"  # POS 刷卡


METHOD_ZH = {
    PaymentMethod.CASH: "现金",
    PaymentMethod.WECHAT: "微信",
    PaymentMethod.ALIPAY: "支付宝",
    PaymentMethod.BANK_TRANSFER: "银行转账",
    PaymentMethod.POS: "POS刷卡",
}

# A card slip or a transfer is traced by its reference; the clerk must type it.
NEEDS_REFERENCE = frozenset({PaymentMethod.POS, PaymentMethod.BANK_TRANSFER})


def check_payment(method: str, reference: str) -> None:
    if method not in PaymentMethod.__members__.values():
        raise DomainError("receipt.method_invalid")
    if method in NEEDS_REFERENCE and not reference.strip():
        raise DomainError("receipt.reference_required")


class FeeBasis(StrEnum):
    FIXED = "fixed"  # one amount per filing / per item
    PER_M2 = "per_m2"  # amount per m² of the unit's floor area
    BY_UNIT_TYPE = "by_unit_type"  # a different amount per unit type (住宅, 商铺 …)
    PER_PASS = "per_pass"  # 出入证工本费: per pass issued


class FeeCategory(StrEnum):
    DEPOSIT = "deposit"  # refundable (装修保证金)
    FEE = "fee"  # earned (垃圾清运费, 工本费 …)


@dataclass(frozen=True)
class FeeRule:
    code: str
    name: str
    category: str
    basis: str
    amount_fen: int  # fixed, per m² or per pass; the fallback for unit types not listed
    per_type_fen: Mapping[str, int] = field(default_factory=dict)
    renovation: bool = False  # charged when a renovation filing is opened


def compute_fee(rule: FeeRule, *, area_m2_x100: int | None, unit_type: str, passes: int = 0) -> int:
    """What ``rule`` charges for one unit, in fen; per-m² amounts round half up to the fen."""
    if rule.basis == FeeBasis.FIXED:
        return rule.amount_fen
    if rule.basis == FeeBasis.BY_UNIT_TYPE:
        return rule.per_type_fen.get(unit_type, rule.amount_fen)
    if rule.basis == FeeBasis.PER_PASS:
        return rule.amount_fen * passes
    if rule.basis == FeeBasis.PER_M2:
        if area_m2_x100 is None:
            raise DomainError("fee.area_unknown", fee=rule.name)
        return (rule.amount_fen * area_m2_x100 + 50) // 100
    raise DomainError("fee.basis_invalid")


def check_fee_rule(rule: FeeRule) -> None:
    if not rule.name.strip():
        raise DomainError("fee.name_required")
    if (
        rule.basis not in FeeBasis.__members__.values()
        or rule.category not in FeeCategory.__members__.values()
    ):
        raise DomainError("fee.basis_invalid")
    if rule.amount_fen < 0 or any(v < 0 for v in rule.per_type_fen.values()):
        raise DomainError("fee.amount_invalid")


@dataclass(frozen=True)
class ReceiptLineIn:
    name: str
    amount_fen: int
    fee_code: str = ""


def check_lines(lines: Iterable[ReceiptLineIn]) -> int:
    """The receipt's total; every line needs a name and a positive amount; at most 4 lines fit the paper."""
    items = list(lines)
    if not items:
        raise DomainError("receipt.no_lines")
    if len(items) > 4:
        raise DomainError("receipt.too_many_lines", max=4)
    for line in items:
        if not line.name.strip():
            raise DomainError("receipt.line_name_required")
        if line.amount_fen <= 0:
            raise DomainError("receipt.amount_invalid")
    total = sum(line.amount_fen for line in items)
    if total > MAX_RECEIPT_FEN:
        raise DomainError("receipt.amount_too_large")
    return total


class ReceiptStatus(StrEnum):
    ISSUED = "issued"
    VOID = "void"


class ReceiptEventKind(StrEnum):
    ISSUED = "issued"
    PRINTED = "printed"
    REPRINTED = "reprinted"
    VOIDED = "voided"


def check_void(status: str, reason: str) -> None:
    if status == ReceiptStatus.VOID:
        raise DomainError("receipt.already_void")
    if not reason.strip():
        raise DomainError("receipt.void_reason_required")


# --- day-close (日结) --------------------------------------------------------------------------------------


def check_not_closed(at: datetime, closed_until: datetime | None) -> None:
    """Money records at or before the desk's last close are locked: no void, no refund into that period."""
    if closed_until is not None and at <= closed_until:
        raise DomainError("money.period_closed", until=closed_until.isoformat(timespec="minutes"))


@dataclass(frozen=True)
class MoneyRow:
    """One receipt or refund of the shift, as the day-close sees it."""

    kind: str  # "receipt" | "refund"
    method: str
    amount_fen: int
    void: bool


@dataclass
class MethodTotals:
    count: int = 0
    received_fen: int = 0
    refunded_fen: int = 0

    @property
    def net_fen(self) -> int:
        return self.received_fen - self.refunded_fen


@dataclass(frozen=True)
class DayCloseSummary:
    by_method: dict[str, MethodTotals]
    receipts: int
    refunds: int
    voids: int
    received_fen: int
    refunded_fen: int
    opening_float_fen: int

    @property
    def net_fen(self) -> int:
        return self.received_fen - self.refunded_fen

    @property
    def cash_expected_fen(self) -> int:
        """The cash that should be in the drawer: the float, plus cash taken, minus cash paid out."""
        cash = self.by_method.get(PaymentMethod.CASH, MethodTotals())
        return self.opening_float_fen + cash.net_fen


def summarise(rows: Iterable[MoneyRow], *, opening_float_fen: int = 0) -> DayCloseSummary:
    """Totals by method; voided documents are counted as voids and carry no money."""
    by_method = {m.value: MethodTotals() for m in PaymentMethod}
    receipts = refunds = voids = 0
    for r in rows:
        if r.void:
            voids += 1
            continue
        totals = by_method.setdefault(r.method, MethodTotals())
        totals.count += 1
        if r.kind == "refund":
            refunds += 1
            totals.refunded_fen += r.amount_fen
        else:
            receipts += 1
            totals.received_fen += r.amount_fen
    return DayCloseSummary(
        by_method=by_method,
        receipts=receipts,
        refunds=refunds,
        voids=voids,
        received_fen=sum(t.received_fen for t in by_method.values()),
        refunded_fen=sum(t.refunded_fen for t in by_method.values()),
        opening_float_fen=opening_float_fen,
    )
