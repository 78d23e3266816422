"""Fee computation, receipt lines and payment, voids, the day-close lock and the shift summary."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from desk_app.domain.errors import DomainError
from desk_app.domain.receipts import (
    FeeBasis,
    FeeCategory,
    FeeRule,
    MoneyRow,
    ReceiptLineIn,
    check_fee_rule,
    check_lines,
    check_not_closed,
    check_payment,
    check_void,
    compute_fee,
    summarise,
)

DEPOSIT = FeeRule(
    "renovation_deposit", "装修保证金", FeeCategory.DEPOSIT, FeeBasis.BY_UNIT_TYPE, 200_000,
    {"residence": 200_000, "shop": 500_000, "office": 300_000},
)  # fmt: skip
GARBAGE = FeeRule("garbage_fee", "装修垃圾清运费", FeeCategory.FEE, FeeBasis.PER_M2, 300)


def _code(fn: object, *args: object, **kwargs: object) -> str:
    with pytest.raises(DomainError) as err:
        fn(*args, **kwargs)  # type: ignore[operator]
    return err.value.code


@pytest.mark.parametrize(
    ("area_x100", "rate", "fen"),
    [(8950, 300, 26_850), (12_033, 300, 36_099), (1, 250, 3), (1, 249, 2), (3, 150, 5), (100_000, 1, 1_000)],
)
def test_per_m2_rounds_half_up_to_the_fen(area_x100: int, rate: int, fen: int) -> None:
    rule = FeeRule("g", "g", FeeCategory.FEE, FeeBasis.PER_M2, rate)
    assert compute_fee(rule, area_m2_x100=area_x100, unit_type="residence") == fen


def test_by_unit_type_with_the_fallback() -> None:
    assert compute_fee(DEPOSIT, area_m2_x100=None, unit_type="shop") == 500_000
    assert compute_fee(DEPOSIT, area_m2_x100=None, unit_type="office") == 300_000
    assert compute_fee(DEPOSIT, area_m2_x100=None, unit_type="parking") == 200_000


def test_per_pass_and_fixed() -> None:
    per_pass = FeeRule("p", "出入证工本费", FeeCategory.FEE, FeeBasis.PER_PASS, 1_000)
    assert compute_fee(per_pass, area_m2_x100=None, unit_type="", passes=3) == 3_000
    assert compute_fee(per_pass, area_m2_x100=None, unit_type="") == 0
    fixed = FeeRule("l", "遗失补办费", FeeCategory.FEE, FeeBasis.FIXED, 2_000)
    assert compute_fee(fixed, area_m2_x100=5000, unit_type="shop", passes=9) == 2_000
    assert _code(compute_fee, GARBAGE, area_m2_x100=None, unit_type="residence") == "fee.area_unknown"


def test_fee_rules_are_checked() -> None:
    check_fee_rule(DEPOSIT)
    assert _code(check_fee_rule, FeeRule("x", " ", "fee", "fixed", 1)) == "fee.name_required"
    assert _code(check_fee_rule, FeeRule("x", "x", "fee", "monthly", 1)) == "fee.basis_invalid"
    assert _code(check_fee_rule, FeeRule("x", "x", "gift", "fixed", 1)) == "fee.basis_invalid"
    assert _code(check_fee_rule, FeeRule("x", "x", "fee", "fixed", -1)) == "fee.amount_invalid"
    assert (
        _code(check_fee_rule, FeeRule("x", "x", "fee", "by_unit_type", 1, {"shop": -5}))
        == "fee.amount_invalid"
    )


def test_lines_and_payment() -> None:
    assert check_lines([ReceiptLineIn("a", 100), ReceiptLineIn("b", 250)]) == 350
    assert _code(check_lines, []) == "receipt.no_lines"
    assert _code(check_lines, [ReceiptLineIn("a", 1)] * 5) == "receipt.too_many_lines"
    assert _code(check_lines, [ReceiptLineIn(" ", 1)]) == "receipt.line_name_required"
    assert _code(check_lines, [ReceiptLineIn("a", -1)]) == "receipt.amount_invalid"
    assert _code(check_lines, [ReceiptLineIn("a", 100_000_000_01)]) == "receipt.amount_too_large"
    check_payment("cash", "")
    check_payment("pos", "8827")
    assert _code(check_payment, "pos", " ") == "receipt.reference_required"
    assert _code(check_payment, "bank_transfer", "") == "receipt.reference_required"
    assert _code(check_payment, "cheque", "1") == "receipt.method_invalid"


def test_void_needs_a_reason_once() -> None:
    check_void("issued", "写错")
    assert _code(check_void, "issued", "  ") == "receipt.void_reason_required"
    assert _code(check_void, "void", "写错") == "receipt.already_void"


def test_the_closed_period_is_locked() -> None:
    closed = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
    check_not_closed(closed.replace(minute=1), closed)
    check_not_closed(closed, None)
    assert _code(check_not_closed, closed, closed) == "money.period_closed"


def test_summary_by_method_voids_carry_no_money() -> None:
    rows = [
        MoneyRow("receipt", "cash", 10_000, False),
        MoneyRow("receipt", "cash", 5_000, True),
        MoneyRow("receipt", "wechat", 20_000, False),
        MoneyRow("refund", "cash", 3_000, False),
    ]
    s = summarise(rows, opening_float_fen=50_000)
    assert (s.receipts, s.refunds, s.voids) == (2, 1, 1)
    assert (s.received_fen, s.refunded_fen, s.net_fen) == (30_000, 3_000, 27_000)
    assert s.by_method["cash"].net_fen == 7_000 and s.by_method["pos"].count == 0
    assert s.cash_expected_fen == 57_000
