"""The day-close (日结): the shift's totals by method, the close, and the lock it puts on the period."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import insert, select

from desk_app.db.models import Desk, Receipt, ReceiptLine, Refund
from desk_app.domain.errors import DomainError
from desk_app.domain.ids import uuid7
from desk_app.domain.receipts import ReceiptLineIn
from desk_app.services import settings
from desk_app.services.context import ServiceContext
from desk_app.services.money import day_close, receipts
from desk_app.services.money.receipts import ReceiptInput
from desk_app.services.tracking import new_row


def _take(ctx: ServiceContext, fen: int, method: str = "cash", reference: str = "") -> receipts.ReceiptDTO:
    data = ReceiptInput(
        None, "张三", lines=[ReceiptLineIn("复印费", fen)], method=method, reference=reference
    )
    return receipts.issue_receipt(ctx, data).value


def _refund(ctx: ServiceContext, r: receipts.ReceiptDTO, fen: int, method: str = "cash") -> str:
    with ctx.db.write() as s:
        row = new_row(
            ctx,
            Refund(
                number=f"TK-A1-2026-{uuid7()[-6:]}", refunded_at=ctx.now(), receipt_id=r.id,
                receipt_number=r.number, payee_name="张三", paid_fen=r.total_fen, deducted_fen=0,
                refunded_fen=fen, method=method,
            ),
        )  # fmt: skip
        s.add(row)
        s.flush()
        return row.id


def test_shift_totals_by_method_with_the_float(
    clerk_ctx: ServiceContext, supervisor_ctx: ServiceContext, admin_ctx: ServiceContext, clock: object
) -> None:
    settings.put(admin_ctx, "money.opening_float_fen", 50_000)
    a = _take(clerk_ctx, 10_000)
    _take(clerk_ctx, 20_000, "wechat")
    _take(clerk_ctx, 30_000, "pos", "123")
    voided = _take(clerk_ctx, 99_900)
    receipts.void_receipt(supervisor_ctx, voided.id, "收错")
    _refund(clerk_ctx, a, 4_000)
    shift = day_close.current_shift(clerk_ctx)
    s = shift.summary
    assert shift.period_from is None and shift.desk_name == "一号前台"
    assert (s.receipts, s.refunds, s.voids) == (3, 1, 1)
    assert (s.received_fen, s.refunded_fen, s.net_fen) == (60_000, 4_000, 56_000)
    cash = s.by_method["cash"]
    assert (cash.count, cash.received_fen, cash.refunded_fen, cash.net_fen) == (2, 10_000, 4_000, 6_000)
    assert s.by_method["wechat"].received_fen == 20_000 and s.by_method["pos"].received_fen == 30_000
    assert s.cash_expected_fen == 56_000  # ¥500 float + ¥100 taken − ¥40 paid back
    assert [r.number for r in shift.voids] == [voided.number]
    assert next(r for r in shift.receipts if r.id == a.id).refunded


def test_close_numbers_stamps_and_locks_the_period(
    clerk_ctx: ServiceContext, supervisor_ctx: ServiceContext, clock: object
) -> None:
    first = _take(clerk_ctx, 10_000)
    voided = _take(clerk_ctx, 5_000)
    receipts.void_receipt(supervisor_ctx, voided.id, "收错")
    refund_id = _refund(clerk_ctx, first, 1_000)
    with pytest.raises(DomainError) as err:
        day_close.close_day(clerk_ctx, " ", None)
    assert err.value.code == "validation"
    clock.advance(hours=8)  # type: ignore[attr-defined]
    closed = day_close.close_day(clerk_ctx, "前台小李", 9_500, "抽屉点清").value
    assert closed.number == "RJ-A1-2026-000001"
    assert (closed.receipt_count, closed.refund_count, closed.void_count) == (1, 1, 1)
    assert (closed.cash_expected_fen, closed.cash_counted_fen, closed.difference_fen) == (9_000, 9_500, 500)
    assert closed.by_method["cash"].received_fen == 10_000
    with clerk_ctx.db.read() as s:
        assert s.get_one(Receipt, first.id).day_close_id == closed.id
        assert s.get_one(Receipt, voided.id).void_day_close_id == closed.id
        assert s.get_one(Refund, refund_id).day_close_id == closed.id
    later = _take(clerk_ctx, 700)
    with pytest.raises(DomainError) as err:
        receipts.void_receipt(supervisor_ctx, first.id, "太晚了")
    assert err.value.code == "money.period_closed"
    shift = day_close.current_shift(clerk_ctx)
    assert shift.period_from == closed.period_to
    assert [r.id for r in shift.receipts] == [later.id]
    receipts.void_receipt(supervisor_ctx, later.id, "收错")  # the open shift may still void
    again = day_close.get_close(clerk_ctx, closed.id)
    assert [r.id for r in again.receipts] == [first.id, voided.id] and len(again.refunds) == 1
    assert [c.id for c in day_close.list_closes(clerk_ctx)] == [closed.id]


def test_another_desks_money_is_not_in_this_shift(clerk_ctx: ServiceContext) -> None:
    with clerk_ctx.db.write() as s:
        desk = new_row(clerk_ctx, Desk(name="二号前台", code="A2"))
        s.add(desk)
        s.flush()
        other = replace(clerk_ctx, desk_id=desk.id)
    assert _take(other, 1_000).number == "SJ-A2-2026-000001"
    assert day_close.current_shift(clerk_ctx).receipts == ()
    assert len(day_close.current_shift(other).receipts) == 1


def test_a_shift_of_500_receipts_sums_within_200_ms(clerk_ctx: ServiceContext) -> None:
    now = clerk_ctx.now()
    methods = ("cash", "wechat", "alipay", "pos", "bank_transfer")
    rows, lines = [], []
    for i in range(500):
        rid = uuid7()
        rows.append(
            dict(
                id=rid, site_id=clerk_ctx.site_id, created_at=now, updated_at=now, origin_desk_id=clerk_ctx.desk_id,
                archived=False, number=f"SJ-A1-2026-{i + 1:06d}", issued_at=now - timedelta(minutes=i),
                unit_code="3-2-1102", payer_name="张三", reason="装修保证金", method=methods[i % 5],
                reference="r", total_fen=10_000 + i, deposit_fen=0, refund_condition="", clerk_name="前台小王",
                status="issued", void_reason="", voided_by_name="", print_count=1,
            )
        )  # fmt: skip
        lines += [
            dict(
                id=uuid7(), receipt_id=rid, position=1, fee_code="", name="装修保证金", amount_fen=10_000 + i
            ),
        ]
    with clerk_ctx.db.write() as s:
        s.execute(insert(Receipt), rows)
        s.execute(insert(ReceiptLine), lines)
    best = min(_timed(lambda: day_close.current_shift(clerk_ctx)) for _ in range(3))
    shift = day_close.current_shift(clerk_ctx)
    assert shift.summary.receipts == 500
    assert shift.summary.received_fen == sum(10_000 + i for i in range(500))
    assert best < 0.2, best
    with clerk_ctx.db.read() as s:
        assert len(s.scalars(select(Receipt.id)).all()) == 500


def _timed(fn: object) -> float:
    start = time.perf_counter()
    fn()  # type: ignore[operator]
    return time.perf_counter() - start
