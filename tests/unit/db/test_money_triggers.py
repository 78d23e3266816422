"""The database itself keeps money append-only: amounts frozen, lines and closes unchangeable, nothing deleted."""

from __future__ import annotations

import pytest
import sqlalchemy
from sqlalchemy import delete, update

from desk_app.db.models import DayClose, Receipt, ReceiptEvent, ReceiptLine
from desk_app.domain.receipts import ReceiptLineIn
from desk_app.services.context import ServiceContext
from desk_app.services.money import day_close, receipts
from desk_app.services.money.receipts import ReceiptInput


@pytest.fixture
def receipt_id(clerk_ctx: ServiceContext) -> str:
    data = ReceiptInput(None, "张三", lines=(ReceiptLineIn("复印费", 150),))
    return receipts.issue_receipt(clerk_ctx, data).value.id


def _refused(ctx: ServiceContext, statement: sqlalchemy.Executable, match: str) -> None:
    with pytest.raises(sqlalchemy.exc.IntegrityError, match=match), ctx.db.write() as s:
        s.execute(statement)


def test_receipt_amounts_payer_and_method_are_frozen(clerk_ctx: ServiceContext, receipt_id: str) -> None:
    mine = Receipt.id == receipt_id
    for values in (
        {"total_fen": 1},
        {"deposit_fen": 1},
        {"payer_name": "李四"},
        {"method": "pos"},
        {"number": "x"},
    ):
        _refused(clerk_ctx, update(Receipt).where(mine).values(values), "never changed")
    _refused(clerk_ctx, delete(Receipt).where(mine), "never deleted")


def test_the_cached_state_may_move(clerk_ctx: ServiceContext, receipt_id: str) -> None:
    with clerk_ctx.db.write() as s:
        s.execute(update(Receipt).where(Receipt.id == receipt_id).values(status="void", print_count=2))
    with clerk_ctx.db.read() as s:
        assert s.get_one(Receipt, receipt_id).status == "void"


def test_lines_events_and_closes_are_append_only(clerk_ctx: ServiceContext, receipt_id: str) -> None:
    day_close.close_day(clerk_ctx, "前台小李", None)
    for model, values in (
        (ReceiptLine, {"amount_fen": 1}),
        (ReceiptEvent, {"note": "x"}),
        (DayClose, {"received_fen": 0}),
    ):
        _refused(clerk_ctx, update(model).values(values), "append-only")
        _refused(clerk_ctx, delete(model), "append-only")
