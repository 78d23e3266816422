"""Deposit refund rules: every condition on its own, and the bounds of deductions and partial refunds."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from desk_app.domain.errors import DomainError
from desk_app.domain.refunds import (
    CONDITIONS,
    Deduction,
    RefundFacts,
    condition_states,
    plan_refund,
    refund_amount,
    refund_blockers,
)

READY = RefundFacts(
    status="inspected",
    completion_result="passed",
    move_in_date=date(2026, 8, 23),
    today=date(2026, 11, 23),
    months_after_move_in=3,
    downstairs_signed_by="王五",
    downstairs_signed_at=datetime(2026, 11, 1, tzinfo=UTC),
    passes_outstanding=0,
    permit_presented=True,
    receipt_presented=True,
)


def test_a_filing_meeting_everything_has_no_blocker() -> None:
    assert refund_blockers(READY) == []
    assert all(not failing for _, failing in condition_states([]))


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"status": "draft"}, "refund.blocked.not_approved"),
        ({"status": "cancelled"}, "refund.blocked.not_approved"),
        ({"receipt_refunded": True}, "refund.blocked.already_refunded"),
        ({"completion_result": None}, "refund.blocked.no_inspection"),
        ({"completion_result": "failed"}, "refund.blocked.inspection_failed"),
        ({"move_in_date": None}, "refund.blocked.move_in_unknown"),
        ({"move_in_date": date(2026, 8, 24)}, "refund.blocked.too_soon"),
        ({"downstairs_signed_by": ""}, "refund.blocked.downstairs_not_signed"),
        ({"downstairs_signed_at": None}, "refund.blocked.downstairs_not_signed"),
        ({"passes_outstanding": 2}, "refund.blocked.passes_outstanding"),
        ({"permit_presented": False}, "refund.blocked.permit_missing"),
        ({"receipt_presented": False}, "refund.blocked.receipt_missing"),
        ({"receipt_void": True}, "refund.blocked.receipt_void"),
    ],
)
def test_each_condition_alone(change: dict[str, object], code: str) -> None:
    blockers = refund_blockers(replace(READY, **change))  # type: ignore[arg-type]
    assert [b.code for b in blockers] == [code]
    # Every blocker belongs to exactly one condition the dialog shows.
    assert sum(code in codes for _, codes in CONDITIONS) == 1
    failing = [key for key, found in condition_states(blockers) if found]
    assert len(failing) == 1


def test_the_waiting_period_is_counted_in_months_from_move_in() -> None:
    blockers = refund_blockers(replace(READY, move_in_date=date(2026, 8, 31), today=date(2026, 11, 29)))
    assert blockers[0].params == {"months": "3", "date": "2026-11-30"}
    assert refund_blockers(replace(READY, move_in_date=date(2026, 8, 31), today=date(2026, 11, 30))) == []
    assert refund_blockers(replace(READY, months_after_move_in=0, move_in_date=date(2026, 11, 23))) == []


def test_several_blockers_are_all_listed() -> None:
    facts = replace(READY, completion_result=None, passes_outstanding=1, permit_presented=False)
    assert [b.code for b in refund_blockers(facts)] == [
        "refund.blocked.no_inspection",
        "refund.blocked.passes_outstanding",
        "refund.blocked.permit_missing",
    ]


def _err(**kw: object) -> str:
    with pytest.raises(DomainError) as caught:
        plan_refund(**kw)  # type: ignore[arg-type]
    return caught.value.code


BASE = {"paid_fen": 300_000, "already_refunded_fen": 0, "already_deducted_fen": 0, "deductions": []}


def test_everything_left_by_default_and_partial_refunds_keep_the_rest() -> None:
    plan = plan_refund(**BASE, amount_fen=None)  # type: ignore[arg-type]
    assert (plan.deducted_fen, plan.refunded_fen, plan.remaining_fen, plan.consumes_deposit) == (
        0,
        300_000,
        0,
        True,
    )
    cut = [Deduction("damage", 10_000, "电梯划伤"), Deduction("lost_pass", 2_000)]
    partial = plan_refund(**{**BASE, "deductions": cut}, amount_fen=100_000)  # type: ignore[arg-type]
    assert (partial.deducted_fen, partial.refunded_fen, partial.remaining_fen) == (12_000, 100_000, 188_000)
    final = plan_refund(
        paid_fen=300_000,
        already_refunded_fen=100_000,
        already_deducted_fen=12_000,
        deductions=[],
        amount_fen=None,
    )
    assert final.refunded_fen == 188_000 and final.consumes_deposit
    assert partial.deducted_fen + partial.refunded_fen + final.refunded_fen == 300_000


def test_a_refund_never_exceeds_what_is_left() -> None:
    assert _err(**BASE, amount_fen=300_001) == "refund.amount_exceeds"
    assert _err(**{**BASE, "deductions": [Deduction("damage", 300_001)]}, amount_fen=None) == (
        "refund.deductions_exceed"
    )
    cut = [Deduction("damage", 1_000)]
    assert _err(**{**BASE, "deductions": cut}, amount_fen=299_001) == "refund.amount_exceeds"
    left = {**BASE, "already_refunded_fen": 200_000, "already_deducted_fen": 100_000}
    assert _err(**left, amount_fen=None) == "refund.nothing_left"
    assert _err(**{**BASE, "already_refunded_fen": 250_000}, amount_fen=50_001) == "refund.amount_exceeds"


def test_amounts_and_deductions_must_make_sense() -> None:
    assert _err(**BASE, amount_fen=-1) == "refund.amount_invalid"
    assert _err(**BASE, amount_fen=0) == "refund.amount_invalid"  # pays nothing and keeps nothing
    assert _err(**BASE, amount_fen=1.5) == "refund.amount_invalid"
    assert (
        _err(**{**BASE, "deductions": [Deduction("damage", 0)]}, amount_fen=None)
        == "refund.deduction_invalid"
    )
    assert (
        _err(**{**BASE, "deductions": [Deduction("fine", 10)]}, amount_fen=None) == "refund.deduction_invalid"
    )
    assert _err(**{**BASE, "deductions": [Deduction("other", 10)]}, amount_fen=None) == (
        "refund.deduction_needs_note"
    )
    kept = plan_refund(**{**BASE, "deductions": [Deduction("violation", 300_000)]}, amount_fen=0)  # type: ignore[arg-type]
    assert kept.refunded_fen == 0 and kept.consumes_deposit


def test_refund_amount_counts_earlier_deductions() -> None:
    assert refund_amount(paid_fen=300_000, already_refunded_fen=0, deductions=[]) == 300_000
    assert (
        refund_amount(
            paid_fen=300_000, already_refunded_fen=100_000, already_deducted_fen=50_000, deductions=[]
        )
        == 150_000
    )
