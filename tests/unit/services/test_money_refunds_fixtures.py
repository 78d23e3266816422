"""A renovation filing that meets every refund condition, built through the models (shared by the refund
service and GUI tests): unit moved in months ago, completion inspection passed, downstairs signed, one pass
returned and one reported lost with an unpaid fee, and a deposit receipt of ¥3,000 (+ ¥500 garbage fee)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select

from desk_app.db.models import Receipt, RenovationFiling, TempPass, Unit
from desk_app.domain import qr
from desk_app.domain.enums import Relation
from desk_app.services.archive import buildings, people, units
from desk_app.services.context import ServiceContext
from desk_app.services.tracking import new_row
from desk_app.services.work_orders.orders import qr_secret

DEPOSIT_FEN = 300_000
GARBAGE_FEN = 50_000
LOST_FEE_FEN = 2_000


@dataclass(frozen=True)
class Deposit:
    filing_id: str
    unit_id: str
    receipt_id: str
    receipt_number: str
    qr_text: str
    lost_pass_number: str


def _filing(ctx: ServiceContext, unit_id: str) -> RenovationFiling:
    return new_row(
        ctx,
        RenovationFiling(
            number="ZX-A1-2026-000001",
            unit_id=unit_id,
            unit_code="3-2-1102",
            owner_name="张三",
            owner_phone="13812345678",
            applicant_name="张三",
            contractor_company="广州美家装饰工程有限公司",
            responsible_name="李工",
            responsible_phone="13900001111",
            planned_start=date(2026, 5, 1),
            planned_end=date(2026, 7, 31),
            current_end=date(2026, 7, 31),
            status="inspected",
            completion_result="passed",
            downstairs_signed_by="王五（2-1002）",
            downstairs_signed_at=datetime(2026, 11, 1, 2, 0, tzinfo=UTC),
            deposit_due_fen=DEPOSIT_FEN,
            fees_due_fen=GARBAGE_FEN,
        ),
    )


def _pass(ctx: ServiceContext, filing_id: str, n: int, name: str, status: str, fee: int = 0) -> TempPass:
    return new_row(
        ctx,
        TempPass(
            number=f"CR-A1-2026-00000{n}",
            filing_id=filing_id,
            name=name,
            company="广州美家装饰工程有限公司",
            unit_code="3-2-1102",
            valid_from=date(2026, 5, 1),
            valid_until=date(2026, 7, 31),
            status=status,
            lost_fee_fen=fee,
            print_count=1,
        ),
    )


def make_deposit(ctx: ServiceContext, **receipt_fields: Any) -> Deposit:
    b = buildings.create_building(ctx, buildings.BuildingInput("3")).value
    e = buildings.create_entrance(ctx, b, buildings.EntranceInput("2")).value
    u = units.create_unit(ctx, units.UnitInput(e, "1102")).value
    p = people.create_person(ctx, people.PersonInput("张三", mobile="13812345678")).value
    people.link(ctx, people.RelationInput(u.id, p.id, Relation.OWNER, is_primary=True))
    with ctx.db.write() as s:
        unit = s.get(Unit, u.id)
        assert unit is not None
        unit.move_in_date = date(2026, 6, 1)
        filing = _filing(ctx, u.id)
        s.add(filing)
        s.flush()
        s.add(_pass(ctx, filing.id, 1, "赵六", "returned"))
        lost = _pass(ctx, filing.id, 2, "钱七", "lost", LOST_FEE_FEN)
        s.add(lost)
        fields: dict[str, Any] = {
            "number": "SJ-A1-2026-000001",
            "issued_at": datetime(2026, 4, 28, 2, 0, tzinfo=UTC),
            "unit_id": u.id,
            "unit_code": "3-2-1102",
            "payer_name": "张三",
            "filing_id": filing.id,
            "reason": "装修保证金、垃圾清运费",
            "method": "cash",
            "total_fen": DEPOSIT_FEN + GARBAGE_FEN,
            "deposit_fen": DEPOSIT_FEN,
            "clerk_name": "前台小王",
            "status": "issued",
            "print_count": 1,
        }
        fields.update(receipt_fields)
        receipt = new_row(ctx, Receipt(**fields))
        s.add(receipt)
        s.flush()
        text = qr.encode_receipt(qr_secret(s), receipt.number, receipt.total_fen)
        return Deposit(filing.id, u.id, receipt.id, receipt.number, text, lost.number)


def update(ctx: ServiceContext, model: type[Any], row_id: str, **values: Any) -> None:
    """Change the state under test directly (the other engineers' services are not needed for it)."""
    with ctx.db.write() as s:
        row = s.get(model, row_id)
        for key, value in values.items():
            setattr(row, key, value)


def passes_of(ctx: ServiceContext, filing_id: str) -> list[str]:
    with ctx.db.read() as s:
        return list(s.scalars(select(TempPass.id).where(TempPass.filing_id == filing_id)).all())
