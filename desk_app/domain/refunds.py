"""Deposit refunds (装修保证金退还, seed 000 篇5 六; DOMAIN.md §4): the conditions and the amounts.

The deposit is refunded only when every condition holds; ``refund_blockers`` lists the ones that do not, so
the clerk can tell the owner exactly what is missing. A refund may keep deductions (damage, lost passes,
violations) and may pay back only part of what is left; it never exceeds what was paid.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from desk_app.domain.errors import DomainError
from desk_app.domain.money import format_yuan
from desk_app.domain.renovation import FilingStatus, InspectionResult, add_months


@dataclass(frozen=True)
class RefundFacts:
    """What the desk knows when the owner asks for the deposit back (seed 六 装修保证金退还办理)."""

    status: str
    completion_result: str | None  # of the latest completion inspection
    move_in_date: date | None
    today: date
    months_after_move_in: int
    downstairs_signed_by: str
    downstairs_signed_at: datetime | None
    passes_outstanding: int  # passes of the filing neither returned nor settled as lost
    permit_presented: bool
    receipt_presented: bool  # the deposit receipt was scanned or typed and is genuine
    receipt_void: bool = False
    receipt_refunded: bool = False  # its deposit is already fully refunded


@dataclass(frozen=True)
class Blocker:
    """One unmet condition: ``code`` has a sentence in the UI's messages, ``params`` fill it."""

    code: str
    params: dict[str, str] = field(default_factory=dict)


def refund_blockers(f: RefundFacts) -> list[Blocker]:
    out: list[Blocker] = []
    if f.status in (FilingStatus.DRAFT, FilingStatus.CANCELLED):
        out.append(Blocker("refund.blocked.not_approved"))
    if f.status == FilingStatus.REFUNDED or f.receipt_refunded:
        out.append(Blocker("refund.blocked.already_refunded"))
    if f.completion_result is None:
        out.append(Blocker("refund.blocked.no_inspection"))
    elif f.completion_result != InspectionResult.PASSED:
        out.append(Blocker("refund.blocked.inspection_failed"))
    if f.move_in_date is None:
        out.append(Blocker("refund.blocked.move_in_unknown", {"months": str(f.months_after_move_in)}))
    else:
        ready = add_months(f.move_in_date, f.months_after_move_in)
        if f.today < ready:
            out.append(
                Blocker(
                    "refund.blocked.too_soon",
                    {"months": str(f.months_after_move_in), "date": ready.isoformat()},
                )
            )
    if not f.downstairs_signed_by or f.downstairs_signed_at is None:
        out.append(Blocker("refund.blocked.downstairs_not_signed"))
    if f.passes_outstanding:
        out.append(Blocker("refund.blocked.passes_outstanding", {"count": str(f.passes_outstanding)}))
    if not f.permit_presented:
        out.append(Blocker("refund.blocked.permit_missing"))
    if not f.receipt_presented:
        out.append(Blocker("refund.blocked.receipt_missing"))
    if f.receipt_void:
        out.append(Blocker("refund.blocked.receipt_void"))
    return out


class DeductionReason(StrEnum):
    DAMAGE = "damage"  # 损坏公共设施
    LOST_PASS = "lost_pass"  # 出入证遗失
    VIOLATION = "violation"  # 违规装修
    CLEANING = "cleaning"  # 未清运垃圾 / 清洁费
    OTHER = "other"


DEDUCTION_ZH = {
    DeductionReason.DAMAGE: "损坏公共设施",
    DeductionReason.LOST_PASS: "出入证遗失",
    DeductionReason.VIOLATION: "违规装修",
    DeductionReason.CLEANING: "垃圾清运/清洁",
    DeductionReason.OTHER: "其他",
}


@dataclass(frozen=True)
class Deduction:
    reason: str
    amount_fen: int
    note: str = ""


def check_deductions(deductions: Sequence[Deduction]) -> int:
    """Each deduction needs a known reason and a positive amount ("Other" also a note); returns their sum."""
    for d in deductions:
        if isinstance(d.amount_fen, bool) or not isinstance(d.amount_fen, int) or d.amount_fen <= 0:
            raise DomainError("refund.deduction_invalid")
        if d.reason not in DeductionReason.__members__.values():
            raise DomainError("refund.deduction_invalid")
        if d.reason == DeductionReason.OTHER and not d.note.strip():
            raise DomainError("refund.deduction_needs_note")
    return sum(d.amount_fen for d in deductions)


def refund_amount(
    *,
    paid_fen: int,
    already_refunded_fen: int,
    deductions: Sequence[Deduction],
    already_deducted_fen: int = 0,
) -> int:
    """What goes back to the owner: paid − earlier refunds and deductions − these deductions; never negative,
    never more than paid."""
    available = paid_fen - already_refunded_fen - already_deducted_fen
    total = check_deductions(deductions)
    if available <= 0:
        raise DomainError("refund.nothing_left")
    if total > available:
        raise DomainError(
            "refund.deductions_exceed", available=format_yuan(available), deductions=format_yuan(total)
        )
    return available - total


@dataclass(frozen=True)
class RefundPlan:
    """One refund of a deposit: what is kept (deductions), paid back now, and left for a later refund."""

    deducted_fen: int
    refunded_fen: int
    remaining_fen: int  # stays as deposit until a later refund

    @property
    def consumes_deposit(self) -> bool:
        return self.remaining_fen == 0


def plan_refund(
    *,
    paid_fen: int,
    already_refunded_fen: int,
    already_deducted_fen: int,
    deductions: Sequence[Deduction],
    amount_fen: int | None,
) -> RefundPlan:
    """``amount_fen`` None pays back everything left after the deductions; less is a partial refund (the rest
    stays as deposit). Over all refunds of a receipt, refunded + deducted never exceeds what was paid."""
    most = refund_amount(
        paid_fen=paid_fen,
        already_refunded_fen=already_refunded_fen,
        already_deducted_fen=already_deducted_fen,
        deductions=deductions,
    )
    cut = sum(d.amount_fen for d in deductions)
    amount = most if amount_fen is None else amount_fen
    if isinstance(amount, bool) or not isinstance(amount, int) or amount < 0:
        raise DomainError("refund.amount_invalid")
    if amount > most:
        raise DomainError("refund.amount_exceeds", amount=format_yuan(amount), most=format_yuan(most))
    if amount == 0 and cut == 0:
        raise DomainError("refund.amount_invalid")  # a voucher that neither pays nor keeps anything
    return RefundPlan(cut, amount, most - amount)


# The conditions the clerk sees ticked or crossed, in the order of the seed (六 装修保证金退还办理); each one is
# unmet when ``refund_blockers`` returns one of its codes.
CONDITIONS: tuple[tuple[str, frozenset[str]], ...] = (
    ("approved", frozenset({"refund.blocked.not_approved"})),
    ("not_refunded", frozenset({"refund.blocked.already_refunded"})),
    ("inspection", frozenset({"refund.blocked.no_inspection", "refund.blocked.inspection_failed"})),
    ("moved_in", frozenset({"refund.blocked.move_in_unknown", "refund.blocked.too_soon"})),
    ("downstairs", frozenset({"refund.blocked.downstairs_not_signed"})),
    ("passes", frozenset({"refund.blocked.passes_outstanding"})),
    ("permit", frozenset({"refund.blocked.permit_missing"})),
    ("receipt", frozenset({"refund.blocked.receipt_missing", "refund.blocked.receipt_void"})),
)


def condition_states(blockers: Sequence[Blocker]) -> list[tuple[str, list[Blocker]]]:
    """Every condition with the blockers that fail it (an empty list = met)."""
    return [(key, [b for b in blockers if b.code in codes]) for key, codes in CONDITIONS]
