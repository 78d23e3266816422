"""The fee table: defaults on first use, editing rights, what a unit and a filing owe."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from desk_app.db.models import FeeItem, RenovationFiling, TempPass, Unit
from desk_app.domain.enums import UnitType
from desk_app.domain.errors import DomainError
from desk_app.domain.receipts import FeeBasis, FeeCategory, ReceiptLineIn
from desk_app.services.archive import buildings, units
from desk_app.services.context import ServiceContext
from desk_app.services.money import fees, receipts
from desk_app.services.money.receipts import ReceiptInput
from desk_app.services.tracking import new_row


def _unit(ctx: ServiceContext, room: str, area: str = "89.50", kind: UnitType = UnitType.RESIDENCE) -> str:
    existing = {n.code: n for n in buildings.tree(ctx)}
    if "3" in existing:
        eid = existing["3"].entrances[0].id
    else:
        bid = buildings.create_building(ctx, buildings.BuildingInput("3")).value
        eid = buildings.create_entrance(ctx, bid, buildings.EntranceInput("2")).value
    return units.create_unit(ctx, units.UnitInput(eid, room, area_m2=area, unit_type=kind)).value.id


def _filing(ctx: ServiceContext, unit_id: str, passes: tuple[str, ...] = ()) -> str:
    with ctx.db.write() as s:
        unit = s.get(Unit, unit_id)
        assert unit is not None
        f = new_row(
            ctx,
            RenovationFiling(
                number="ZX-A1-2026-000001",
                unit_id=unit_id,
                unit_code=unit.code,
                owner_name="张三",
                contractor_company="好家装饰",
                responsible_name="李四",
                responsible_phone="13800000000",
                planned_start=date(2026, 11, 25),
                planned_end=date(2027, 1, 25),
                current_end=date(2027, 1, 25),
                status="approved",
            ),
        )
        s.add(f)
        s.flush()
        for i, status in enumerate(passes):
            s.add(
                new_row(
                    ctx,
                    TempPass(
                        number=f"CR-A1-2026-{i:06d}",
                        filing_id=f.id,
                        name=f"工人{i}",
                        valid_from=date(2026, 11, 25),
                        valid_until=date(2027, 1, 25),
                        status=status,
                        lost_fee_fen=2000 if status == "lost" else 0,
                    ),
                )
            )
        return f.id


def test_defaults_are_written_once_on_first_use(clerk_ctx: ServiceContext) -> None:
    listed = fees.list_fees(clerk_ctx)
    assert [f.name for f in listed] == ["装修保证金", "装修垃圾清运费", "出入证工本费", "出入证遗失补办费"]
    deposit = listed[0]
    assert deposit.is_deposit and deposit.basis == FeeBasis.BY_UNIT_TYPE
    assert deposit.per_type_fen == {"residence": 200_000, "shop": 500_000, "office": 300_000}
    assert deposit.refund_condition.startswith("装修完工验收合格")
    assert fees.list_fees(clerk_ctx) == listed
    with clerk_ctx.db.read() as s:
        assert len(s.scalars(select(FeeItem)).all()) == 4


def test_renovation_dues_by_unit_type_and_area(admin_ctx: ServiceContext) -> None:
    home = _unit(admin_ctx, "1102", "89.50")
    shop = _unit(admin_ctx, "101", "120.33", UnitType.SHOP)
    parking = _unit(admin_ctx, "B01", "12.50", UnitType.PARKING)
    with admin_ctx.db.read() as s:  # a read session sees the unsaved defaults
        dues = {
            u: {i.code: a for i, a in fees.renovation_dues(s, s.get_one(Unit, u))}
            for u in (home, shop, parking)
        }
    assert dues[home] == {"renovation_deposit": 200_000, "garbage_fee": 26_850}  # 89.50 m² × ¥3
    assert dues[shop] == {"renovation_deposit": 500_000, "garbage_fee": 36_099}  # 360.99 rounds to ¥360.99
    assert dues[parking]["renovation_deposit"] == 200_000  # not listed: the fallback amount


def test_per_m2_rounds_half_up_to_the_fen(admin_ctx: ServiceContext) -> None:
    fee = fees.list_fees(admin_ctx)[1]
    fees.save_fee(
        admin_ctx,
        fees.FeeInput(fee.name, fee.category, fee.basis, 250, renovation=True),
        fee.id,
    )
    u = _unit(admin_ctx, "1103", "0.01")  # 0.01 m² × ¥2.50 = 2.5 fen → 3 fen
    with admin_ctx.db.read() as s:
        dues = dict((i.code, a) for i, a in fees.renovation_dues(s, s.get_one(Unit, u)))
    assert dues["garbage_fee"] == 3


def test_unknown_area_is_a_clear_error(admin_ctx: ServiceContext) -> None:
    u = _unit(admin_ctx, "1104", "")
    with admin_ctx.db.read() as s, pytest.raises(DomainError) as err:
        fees.renovation_dues(s, s.get_one(Unit, u))
    assert err.value.code == "fee.area_unknown"


def test_dues_for_filing_count_passes_and_payments(admin_ctx: ServiceContext) -> None:
    u = _unit(admin_ctx, "1105", "100")
    filing = _filing(admin_ctx, u, ("active", "returned", "void", "lost"))
    dues = {d.fee_code: d for d in fees.dues_for_filing(admin_ctx, filing)}
    assert dues["renovation_deposit"].due_fen == 200_000
    assert dues["garbage_fee"].due_fen == 30_000
    assert dues["pass_fee"].due_fen == 3_000  # three passes; the voided misprint is not charged
    assert dues["pass_lost_fee"].due_fen == 2_000
    assert all(d.paid_fen == 0 and d.outstanding_fen == d.due_fen for d in dues.values())


def test_only_fee_managers_edit_and_archive(clerk_ctx: ServiceContext, admin_ctx: ServiceContext) -> None:
    data = fees.FeeInput("停车卡工本费", FeeCategory.FEE, FeeBasis.FIXED, 5_000)
    with pytest.raises(DomainError) as err:
        fees.save_fee(clerk_ctx, data)
    assert err.value.code == "auth.forbidden"
    new = fees.save_fee(admin_ctx, data).value
    assert new.code.startswith("fee_") and new.sort_order == 4
    with pytest.raises(DomainError) as err:
        fees.save_fee(admin_ctx, fees.FeeInput("x", FeeCategory.FEE, FeeBasis.FIXED, 1, code=new.code))
    assert err.value.code == "fee.code_taken"
    with pytest.raises(DomainError) as err:
        fees.save_fee(admin_ctx, fees.FeeInput("bad", FeeCategory.FEE, FeeBasis.FIXED, -1))
    assert err.value.code == "fee.amount_invalid"
    fees.archive_fee(admin_ctx, new.id)
    assert new.id not in {f.id for f in fees.list_fees(admin_ctx)}
    assert new.id in {f.id for f in fees.list_fees(admin_ctx, include_archived=True)}


def test_charges_for_the_receipt_form(admin_ctx: ServiceContext) -> None:
    u = _unit(admin_ctx, "1106", "", UnitType.SHOP)
    charges = {c.code: c for c in fees.charges_for_unit(admin_ctx, u)}
    assert charges["renovation_deposit"].standard_fen == 500_000
    assert (charges["garbage_fee"].standard_fen, charges["garbage_fee"].problem) == (None, "fee.area_unknown")
    assert charges["pass_fee"].per_pass and charges["pass_fee"].standard_fen == 1_000
    assert charges["pass_lost_fee"].standard_fen == 2_000
    unitless = {c.code: c for c in fees.charges_for_unit(admin_ctx, None)}
    assert unitless["renovation_deposit"].problem == "receipt.unit_required"


def test_receipts_pay_the_filing_dues(clerk_ctx: ServiceContext, admin_ctx: ServiceContext) -> None:
    u = _unit(admin_ctx, "1107", "100")
    filing = _filing(admin_ctx, u, ("active",))
    half = ReceiptInput(
        u,
        "张三",
        filing_id=filing,
        lines=[ReceiptLineIn("装修垃圾清运费（部分）", 10_000, fees.GARBAGE_CODE)],
    )
    with pytest.raises(DomainError):  # a clerk charges the table's amount …
        receipts.issue_receipt(clerk_ctx, half)
    receipts.issue_receipt(admin_ctx, half)
    dues = {d.fee_code: d for d in fees.dues_for_filing(clerk_ctx, filing)}
    assert (dues["garbage_fee"].paid_fen, dues["garbage_fee"].outstanding_fen) == (10_000, 20_000)
    rest = ReceiptInput(
        u,
        "张三",
        filing_id=filing,
        lines=[ReceiptLineIn("装修垃圾清运费（余款）", 20_000, fees.GARBAGE_CODE)],
    )
    receipts.issue_receipt(clerk_ctx, rest)  # … or what the filing still owes
    assert {d.fee_code: d.outstanding_fen for d in fees.dues_for_filing(clerk_ctx, filing)}[
        "garbage_fee"
    ] == 0
