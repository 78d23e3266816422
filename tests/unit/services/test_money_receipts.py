"""Receipts: issuing with gap-free numbers, amounts from the fee table, voids, reprints and the QR check."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from desk_app.db.models import AuditEntry, DocSeries, Receipt, ReceiptLine, Refund
from desk_app.domain import qr
from desk_app.domain.enums import UnitType
from desk_app.domain.errors import DomainError
from desk_app.domain.receipts import ReceiptLineIn
from desk_app.services.archive import buildings, units
from desk_app.services.context import ServiceContext
from desk_app.services.money import fees, receipts
from desk_app.services.money.receipts import ReceiptFilter, ReceiptInput
from desk_app.services.tracking import new_row
from desk_app.services.work_orders.orders import qr_secret


def _unit(ctx: ServiceContext, room: str = "1102", kind: UnitType = UnitType.RESIDENCE) -> str:
    bid = buildings.create_building(ctx, buildings.BuildingInput("3")).value
    eid = buildings.create_entrance(ctx, bid, buildings.EntranceInput("2")).value
    return units.create_unit(ctx, units.UnitInput(eid, room, area_m2="89.50", unit_type=kind)).value.id


def _deposit_and_garbage(unit_id: str, method: str = "cash", reference: str = "") -> ReceiptInput:
    return ReceiptInput(
        unit_id,
        "张三",
        lines=(
            ReceiptLineIn("装修保证金", 200_000, fees.DEPOSIT_CODE),
            ReceiptLineIn("装修垃圾清运费", 26_850, fees.GARBAGE_CODE),
        ),
        method=method,
        reference=reference,
    )


@pytest.fixture
def unit_id(admin_ctx: ServiceContext) -> str:
    return _unit(admin_ctx)


def test_a_receipt_carries_its_lines_deposit_and_condition(clerk_ctx: ServiceContext, unit_id: str) -> None:
    r = receipts.issue_receipt(clerk_ctx, _deposit_and_garbage(unit_id)).value
    assert r.number == "SJ-A1-2026-000001"
    assert (r.total_fen, r.deposit_fen) == (226_850, 200_000)
    assert r.refund_condition == fees.DEPOSIT_REFUND_CONDITION
    assert r.clerk_name == "前台小王" and r.unit_code == "3-2-1102"
    assert r.reason == "装修保证金、装修垃圾清运费"
    assert [(x.position, x.name, x.amount_fen) for x in r.lines] == [
        (1, "装修保证金", 200_000),
        (2, "装修垃圾清运费", 26_850),
    ]
    assert [e.kind for e in r.events] == ["issued"]
    with clerk_ctx.db.read() as s:
        assert s.scalar(select(AuditEntry.summary).where(AuditEntry.entity_id == r.id)) == r.number


def test_refused_receipts_leave_no_gap(clerk_ctx: ServiceContext, unit_id: str) -> None:
    ok = _deposit_and_garbage(unit_id)
    assert receipts.issue_receipt(clerk_ctx, ok).value.number.endswith("000001")
    bad_cases = [
        (ReceiptInput(unit_id, "", lines=ok.lines), "validation"),
        (ReceiptInput(unit_id, "张三", lines=()), "receipt.no_lines"),
        (ReceiptInput(unit_id, "张三", lines=ok.lines, method="pos"), "validation"),  # no reference
        (ReceiptInput(unit_id, "张三", lines=[ReceiptLineIn("x", 1, "nope")]), "receipt.fee_unknown"),
        (
            ReceiptInput(unit_id, "张三", lines=[ReceiptLineIn("装修保证金", 1, fees.DEPOSIT_CODE)]),
            "receipt.amount_not_standard",
        ),
        (
            ReceiptInput(None, "张三", lines=[ReceiptLineIn("垃圾", 26_850, fees.GARBAGE_CODE)]),
            "receipt.unit_required",
        ),
        (ReceiptInput(unit_id, "张三", lines=[ReceiptLineIn("x", 0)]), "receipt.amount_invalid"),
    ]
    for data, code in bad_cases:
        with pytest.raises(DomainError) as err:
            receipts.issue_receipt(clerk_ctx, data)
        assert err.value.code == code
    second = receipts.issue_receipt(clerk_ctx, _deposit_and_garbage(unit_id, "pos", "8827 1635")).value
    assert second.number.endswith("000002") and second.reference == "8827 1635"
    with clerk_ctx.db.read() as s:
        assert s.scalar(select(DocSeries.next_value).where(DocSeries.doc_type == "SJ")) == 3
        assert len(s.scalars(select(ReceiptLine)).all()) == 4


def test_typed_lines_and_pass_fees(clerk_ctx: ServiceContext) -> None:
    data = ReceiptInput(
        None,
        "好家装饰",
        lines=(ReceiptLineIn("出入证工本费（3张）", 3_000, fees.PASS_FEE_CODE), ReceiptLineIn("复印费", 150)),
        method="wechat",
    )
    r = receipts.issue_receipt(clerk_ctx, data).value
    assert (r.total_fen, r.deposit_fen, r.refund_condition) == (3_150, 0, "")
    with pytest.raises(DomainError) as err:  # not a whole number of passes
        receipts.issue_receipt(
            clerk_ctx, ReceiptInput(None, "x", lines=[ReceiptLineIn("证", 1_500, "pass_fee")])
        )
    assert err.value.code == "receipt.amount_not_standard"


def test_a_supervisor_may_charge_another_amount(supervisor_ctx: ServiceContext, unit_id: str) -> None:
    data = ReceiptInput(
        unit_id, "张三", lines=[ReceiptLineIn("装修保证金（减半）", 100_000, fees.DEPOSIT_CODE)]
    )
    assert receipts.issue_receipt(supervisor_ctx, data).value.deposit_fen == 100_000


def test_void_keeps_the_number_and_needs_a_supervisor_and_a_reason(
    clerk_ctx: ServiceContext, supervisor_ctx: ServiceContext, unit_id: str
) -> None:
    r = receipts.issue_receipt(clerk_ctx, _deposit_and_garbage(unit_id)).value
    with pytest.raises(DomainError) as err:
        receipts.void_receipt(clerk_ctx, r.id, "写错金额")
    assert err.value.code == "auth.forbidden"
    with pytest.raises(DomainError) as err:
        receipts.void_receipt(supervisor_ctx, r.id, "  ")
    assert err.value.code == "receipt.void_reason_required"
    void = receipts.void_receipt(supervisor_ctx, r.id, "写错金额").value
    assert (void.number, void.status, void.void_reason, void.voided_by_name) == (
        r.number,
        "void",
        "写错金额",
        "客服主管老李",
    )
    assert [e.kind for e in void.events] == ["issued", "voided"]
    with pytest.raises(DomainError) as err:
        receipts.void_receipt(supervisor_ctx, r.id, "again")
    assert err.value.code == "receipt.already_void"
    assert receipts.issue_receipt(clerk_ctx, _deposit_and_garbage(unit_id)).value.number.endswith("000002")


def test_a_refunded_receipt_cannot_be_voided(
    clerk_ctx: ServiceContext, supervisor_ctx: ServiceContext, unit_id: str
) -> None:
    r = receipts.issue_receipt(clerk_ctx, _deposit_and_garbage(unit_id)).value
    with clerk_ctx.db.write() as s:
        s.add(
            new_row(
                clerk_ctx,
                Refund(
                    number="TK-A1-2026-000001", refunded_at=clerk_ctx.now(), receipt_id=r.id,
                    receipt_number=r.number, payee_name="张三", paid_fen=200_000, deducted_fen=2_000,
                    refunded_fen=198_000, method="cash",
                ),
            )
        )  # fmt: skip
    seen = receipts.get_receipt(clerk_ctx, r.id)
    assert seen.refunded_fen == 200_000 and seen.fully_refunded
    with pytest.raises(DomainError) as err:
        receipts.void_receipt(supervisor_ctx, r.id, "误开")
    assert err.value.code == "receipt.has_refund"


def test_prints_are_counted_for_the_reprint_mark(clerk_ctx: ServiceContext, unit_id: str) -> None:
    r = receipts.issue_receipt(clerk_ctx, _deposit_and_garbage(unit_id)).value
    assert [receipts.record_print(clerk_ctx, r.id, target="HP").value for _ in range(3)] == [0, 1, 2]
    seen = receipts.get_receipt(clerk_ctx, r.id)
    assert seen.print_count == 3
    assert [e.kind for e in seen.events] == ["issued", "printed", "reprinted", "reprinted"]


def test_verify_by_qr_or_number(
    clerk_ctx: ServiceContext, supervisor_ctx: ServiceContext, unit_id: str
) -> None:
    r = receipts.issue_receipt(clerk_ctx, _deposit_and_garbage(unit_id)).value
    with clerk_ctx.db.write() as s:
        secret = qr_secret(s)
    scanned = receipts.verify_receipt(clerk_ctx, qr.encode_receipt(secret, r.number, r.total_fen))
    assert scanned.genuine and not scanned.void and scanned.receipt.id == r.id
    typed = receipts.verify_receipt(clerk_ctx, r.number.lower())
    assert not typed.genuine and typed.receipt.id == r.id
    for text, code in (
        (qr.encode_receipt("another-secret", r.number, r.total_fen), "qr.forged"),
        (qr.encode_receipt(secret, r.number, 999_999), "receipt.amount_mismatch"),
        (qr.encode_receipt(secret, "SJ-A1-2026-000099", 100), "receipt.not_found"),
        (qr.encode(secret, "WO", "BX-A1-2026-000001"), "receipt.not_a_receipt"),
        ("hello", "number.invalid"),
    ):
        with pytest.raises(DomainError) as err:
            receipts.verify_receipt(clerk_ctx, text)
        assert err.value.code == code, text
    receipts.void_receipt(supervisor_ctx, r.id, "重复收费")
    assert receipts.verify_receipt(clerk_ctx, qr.encode_receipt(secret, r.number, r.total_fen)).void


def test_list_filters(clerk_ctx: ServiceContext, unit_id: str) -> None:
    a = receipts.issue_receipt(clerk_ctx, _deposit_and_garbage(unit_id)).value
    b = receipts.issue_receipt(
        clerk_ctx, ReceiptInput(None, "李四", lines=[ReceiptLineIn("复印费", 200)], method="alipay")
    ).value
    assert [r.number for r in receipts.list_receipts(clerk_ctx, ReceiptFilter())] == [b.number, a.number]
    assert [r.id for r in receipts.list_receipts(clerk_ctx, ReceiptFilter(method="alipay"))] == [b.id]
    assert [r.id for r in receipts.list_receipts(clerk_ctx, ReceiptFilter(text="张"))] == [a.id]
    assert [r.id for r in receipts.list_receipts(clerk_ctx, ReceiptFilter(text="3-2-11"))] == [a.id]
    assert [r.id for r in receipts.list_receipts(clerk_ctx, ReceiptFilter(unit_id=unit_id))] == [a.id]
    today = date(2026, 11, 23)
    assert len(receipts.list_receipts(clerk_ctx, ReceiptFilter(date_from=today, date_to=today))) == 2
    assert receipts.list_receipts(clerk_ctx, ReceiptFilter(date_to=date(2026, 11, 22))) == []
    assert receipts.list_receipts(clerk_ctx, ReceiptFilter(status="void")) == []
    assert receipts.find_by_number(clerk_ctx, a.number).id == a.id
    with clerk_ctx.db.read() as s:
        assert s.get(Receipt, a.id) is not None
