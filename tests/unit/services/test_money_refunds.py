"""Deposit refunds through the services: the conditions one by one, the bounds, the QR, voids, the voucher."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pdfplumber
import pytest
from sqlalchemy import select

from desk_app.db.models import DayClose, FilingEvent, Receipt, RenovationFiling, TempPass, Unit
from desk_app.domain import qr
from desk_app.domain.errors import DomainError
from desk_app.domain.refunds import Deduction
from desk_app.services import settings
from desk_app.services.context import ServiceContext
from desk_app.services.money import refunds
from desk_app.services.money.refund_printouts import refund_pdf
from desk_app.services.tracking import new_row
from tests.conftest import FakeClock
from tests.unit.services.test_money_refunds_fixtures import (
    DEPOSIT_FEN,
    LOST_FEE_FEN,
    Deposit,
    make_deposit,
    passes_of,
    update,
)


@pytest.fixture
def deposit(supervisor_ctx: ServiceContext) -> Deposit:
    return make_deposit(supervisor_ctx)


def _input(d: Deposit, **kw: Any) -> refunds.RefundInput:
    values: dict[str, Any] = {
        "receipt_ref": d.qr_text,
        "permit_presented": True,
        "deductions": [],
        "amount_fen": None,
        "method": "cash",
        "reference": "",
        "payee_name": "张三",
    }
    values.update(kw)
    return refunds.RefundInput(**values)


def _codes(check: refunds.RefundCheck) -> list[str]:
    return [b.code for b in check.blockers]


def _error(fn: Callable[[], object]) -> DomainError:
    with pytest.raises(DomainError) as caught:
        fn()
    return caught.value


def test_a_filing_meeting_every_condition_is_ready(supervisor_ctx: ServiceContext, deposit: Deposit) -> None:
    check = refunds.refund_check(supervisor_ctx, deposit.qr_text, permit_presented=True)
    assert check.ready and check.scanned and check.receipt_number == "SJ-A1-2026-000001"
    assert (check.paid_fen, check.refunded_fen, check.deducted_fen, check.available_fen) == (
        DEPOSIT_FEN,
        0,
        0,
        DEPOSIT_FEN,
    )
    assert check.filing_number == "ZX-A1-2026-000001" and check.owner_name == "张三"
    # The lost pass's fee was never collected: suggested as a deduction naming the pass.
    assert check.suggested == (Deduction("lost_pass", LOST_FEE_FEN, f"{deposit.lost_pass_number} 钱七"),)
    typed = refunds.refund_check(supervisor_ctx, " sj-a1-2026-000001 ", permit_presented=True)
    assert not typed.scanned and typed.ready


# (what to change, how, the one blocker it must cause): each is applied alone, then undone.
BREAKS: list[tuple[type[Any], str, dict[str, Any], str]] = [
    (RenovationFiling, "filing", {"status": "draft"}, "refund.blocked.not_approved"),
    (RenovationFiling, "filing", {"completion_result": None}, "refund.blocked.no_inspection"),
    (RenovationFiling, "filing", {"completion_result": "failed"}, "refund.blocked.inspection_failed"),
    (Unit, "unit", {"move_in_date": None}, "refund.blocked.move_in_unknown"),
    (Unit, "unit", {"move_in_date": date(2026, 9, 1)}, "refund.blocked.too_soon"),
    (
        RenovationFiling,
        "filing",
        {"downstairs_signed_by": "", "downstairs_signed_at": None},
        "refund.blocked.downstairs_not_signed",
    ),
    (TempPass, "pass", {"status": "active"}, "refund.blocked.passes_outstanding"),
    (Receipt, "receipt", {"status": "void"}, "refund.blocked.receipt_void"),
]


def test_each_condition_blocks_alone(supervisor_ctx: ServiceContext, deposit: Deposit) -> None:
    ids = {
        "filing": deposit.filing_id,
        "unit": deposit.unit_id,
        "pass": passes_of(supervisor_ctx, deposit.filing_id)[0],
        "receipt": deposit.receipt_id,
    }
    for model, which, broken, code in BREAKS:
        with supervisor_ctx.db.read() as s:
            original = {k: getattr(s.get(model, ids[which]), k) for k in broken}
        update(supervisor_ctx, model, ids[which], **broken)
        check = refunds.refund_check(supervisor_ctx, deposit.qr_text, permit_presented=True)
        assert _codes(check) == [code]
        err = _error(lambda: refunds.issue_refund(supervisor_ctx, _input(deposit)))
        assert err.code == "refund.blocked" and err.params["count"] == 1
        assert [b.code for b in err.params["blockers"]] == [code]  # type: ignore[attr-defined]
        update(supervisor_ctx, model, ids[which], **original)
    assert refunds.refund_check(supervisor_ctx, deposit.qr_text, permit_presented=True).ready
    assert refunds.list_refunds(supervisor_ctx, filing_id=deposit.filing_id) == []


def test_permit_and_receipt_must_be_presented(supervisor_ctx: ServiceContext, deposit: Deposit) -> None:
    check = refunds.refund_check(supervisor_ctx, deposit.qr_text, permit_presented=False)
    assert _codes(check) == ["refund.blocked.permit_missing"]
    typed = refunds.refund_check(
        supervisor_ctx, deposit.receipt_number, permit_presented=True, receipt_presented=False
    )
    assert _codes(typed) == ["refund.blocked.receipt_missing"]
    # A verified scan proves the paper is here.
    scanned = refunds.refund_check(
        supervisor_ctx, deposit.qr_text, permit_presented=True, receipt_presented=False
    )
    assert scanned.ready


def test_the_waiting_period_follows_the_setting(
    admin_ctx: ServiceContext, supervisor_ctx: ServiceContext, deposit: Deposit, clock: FakeClock
) -> None:
    update(supervisor_ctx, Unit, deposit.unit_id, move_in_date=date(2026, 8, 31))
    check = refunds.refund_check(supervisor_ctx, deposit.qr_text, permit_presented=True)
    assert check.blockers[0].code == "refund.blocked.too_soon"
    assert check.blockers[0].params == {"months": "3", "date": "2026-11-30"}
    clock.advance(days=7)
    assert refunds.refund_check(supervisor_ctx, deposit.qr_text, permit_presented=True).ready
    settings.put(admin_ctx, "renovation.refund_months_after_move_in", 6)
    check = refunds.refund_check(supervisor_ctx, deposit.qr_text, permit_presented=True)
    assert check.blockers[0].params == {"months": "6", "date": "2027-02-28"}


def test_forged_and_wrong_amount_codes_are_refused(supervisor_ctx: ServiceContext, deposit: Deposit) -> None:
    forged = deposit.qr_text.rsplit("|", 1)[0] + "|000000000000"
    assert (
        _error(lambda: refunds.refund_check(supervisor_ctx, forged, permit_presented=True)).code
        == "qr.forged"
    )
    edited = deposit.qr_text.replace("|350000|", "|999999|")
    assert (
        _error(lambda: refunds.refund_check(supervisor_ctx, edited, permit_presented=True)).code
        == "qr.forged"
    )
    with supervisor_ctx.db.read() as s:
        from desk_app.services.work_orders.orders import qr_secret

        other = qr.encode_receipt(
            qr_secret(s), deposit.receipt_number, 1
        )  # genuine MAC, not this receipt's sum
    err = _error(lambda: refunds.refund_check(supervisor_ctx, other, permit_presented=True))
    assert err.code == "refund.receipt_amount_mismatch"
    assert _error(
        lambda: refunds.refund_check(supervisor_ctx, "SJ-A1-2026-000099", permit_presented=True)
    ).code == ("refund.receipt_not_found")
    assert _error(lambda: refunds.refund_check(supervisor_ctx, "  ", permit_presented=True)).code == (
        "refund.receipt_required"
    )


def test_only_a_filing_deposit_is_refunded(supervisor_ctx: ServiceContext, deposit: Deposit) -> None:
    with supervisor_ctx.db.write() as s:
        for number, fields in (
            ("SJ-A1-2026-000002", {"deposit_fen": 0}),
            ("SJ-A1-2026-000003", {"filing_id": None}),
        ):
            base = {
                "number": number,
                "issued_at": datetime(2026, 11, 1, tzinfo=UTC),
                "payer_name": "张三",
                "method": "cash",
                "total_fen": 5000,
                "deposit_fen": 5000,
                "filing_id": deposit.filing_id,
            }
            base.update(fields)
            s.add(new_row(supervisor_ctx, Receipt(**base)))
    fee_only = _error(
        lambda: refunds.refund_check(supervisor_ctx, "SJ-A1-2026-000002", permit_presented=True)
    )
    assert fee_only.code == "refund.not_a_deposit"
    no_filing = _error(
        lambda: refunds.refund_check(supervisor_ctx, "SJ-A1-2026-000003", permit_presented=True)
    )
    assert no_filing.code == "refund.no_filing"


def test_partial_then_final_refund_never_exceeds_what_was_paid(
    supervisor_ctx: ServiceContext, deposit: Deposit
) -> None:
    lost = Deduction("lost_pass", LOST_FEE_FEN, f"{deposit.lost_pass_number} 钱七")
    too_much = [Deduction("damage", DEPOSIT_FEN, "电梯轿厢划伤"), lost]
    err = _error(lambda: refunds.issue_refund(supervisor_ctx, _input(deposit, deductions=too_much)))
    assert err.code == "refund.deductions_exceed"
    err = _error(
        lambda: refunds.issue_refund(supervisor_ctx, _input(deposit, deductions=[lost], amount_fen=298_001))
    )
    assert err.code == "refund.amount_exceeds" and err.params["most"] == "¥2,980.00"
    assert _error(lambda: refunds.issue_refund(supervisor_ctx, _input(deposit, amount_fen=-1))).code == (
        "refund.amount_invalid"
    )

    first = refunds.issue_refund(supervisor_ctx, _input(deposit, deductions=[lost], amount_fen=100_000)).value
    assert first.number == "TK-A1-2026-000001" and first.receipt_number == deposit.receipt_number
    assert (first.paid_fen, first.deducted_fen, first.refunded_fen) == (DEPOSIT_FEN, LOST_FEE_FEN, 100_000)
    assert first.deductions == (lost,) and first.clerk_name == "客服主管老李"
    check = refunds.refund_check(supervisor_ctx, deposit.qr_text, permit_presented=True)
    assert check.ready and check.available_fen == 198_000 and check.suggested == ()  # the pass fee is kept
    with supervisor_ctx.db.read() as s:
        assert s.get(RenovationFiling, deposit.filing_id).status == "inspected"  # type: ignore[union-attr]

    err = _error(lambda: refunds.issue_refund(supervisor_ctx, _input(deposit, amount_fen=198_001)))
    assert err.code == "refund.amount_exceeds"
    final = refunds.issue_refund(
        supervisor_ctx, _input(deposit, method="bank_transfer", reference="622588")
    ).value
    assert final.number == "TK-A1-2026-000002" and final.refunded_fen == 198_000
    assert first.refunded_fen + first.deducted_fen + final.refunded_fen == DEPOSIT_FEN

    with supervisor_ctx.db.read() as s:
        assert s.get(RenovationFiling, deposit.filing_id).status == "refunded"  # type: ignore[union-attr]
        events = s.scalars(select(FilingEvent).where(FilingEvent.filing_id == deposit.filing_id)).all()
        assert [e.kind for e in events] == ["refunded"]
    check = refunds.refund_check(supervisor_ctx, deposit.qr_text, permit_presented=True)
    assert _codes(check) == ["refund.blocked.already_refunded"] and check.available_fen == 0
    assert _error(lambda: refunds.issue_refund(supervisor_ctx, _input(deposit))).code == "refund.blocked"
    listed = refunds.list_refunds(supervisor_ctx, receipt_id=deposit.receipt_id)
    assert [r.number for r in listed] == [final.number, first.number]


def test_a_deposit_kept_whole_by_deductions_closes_the_filing(
    supervisor_ctx: ServiceContext, deposit: Deposit
) -> None:
    damage = Deduction("damage", DEPOSIT_FEN, "外墙防水层破坏")
    refund = refunds.issue_refund(supervisor_ctx, _input(deposit, deductions=[damage])).value
    assert refund.refunded_fen == 0 and refund.deducted_fen == DEPOSIT_FEN
    assert refunds.refund_check(supervisor_ctx, deposit.qr_text, permit_presented=True).available_fen == 0


def test_deductions_need_a_reason_amount_and_note(supervisor_ctx: ServiceContext, deposit: Deposit) -> None:
    for bad, code in (
        (Deduction("damage", 0), "refund.deduction_invalid"),
        (Deduction("bribe", 100), "refund.deduction_invalid"),
        (Deduction("other", 100, " "), "refund.deduction_needs_note"),
    ):
        assert (
            _error(
                lambda bad=bad: refunds.issue_refund(supervisor_ctx, _input(deposit, deductions=[bad]))
            ).code
            == code
        )
    err = _error(lambda: refunds.issue_refund(supervisor_ctx, _input(deposit, payee_name=" ")))
    assert err.code == "validation" and err.params["fields"] == {"payee_name": "field.required"}
    assert _error(lambda: refunds.issue_refund(supervisor_ctx, _input(deposit, method="pos"))).code == (
        "receipt.reference_required"
    )


def test_a_clerk_checks_but_cannot_refund_or_void(
    clerk_ctx: ServiceContext, supervisor_ctx: ServiceContext, deposit: Deposit
) -> None:
    assert refunds.refund_check(clerk_ctx, deposit.qr_text, permit_presented=True).ready
    assert _error(lambda: refunds.issue_refund(clerk_ctx, _input(deposit))).code == "auth.forbidden"
    refund = refunds.issue_refund(supervisor_ctx, _input(deposit)).value
    assert _error(lambda: refunds.void_refund(clerk_ctx, refund.id, "写错")).code == "auth.forbidden"


def test_void_gives_the_deposit_back_and_reopens_the_filing(
    supervisor_ctx: ServiceContext, deposit: Deposit, clock: FakeClock
) -> None:
    refund = refunds.issue_refund(supervisor_ctx, _input(deposit)).value
    assert (
        _error(lambda: refunds.void_refund(supervisor_ctx, refund.id, " ")).code
        == "refund.void_reason_required"
    )
    voided = refunds.void_refund(supervisor_ctx, refund.id, "退款方式选错").value
    assert voided.void and voided.number == refund.number and voided.void_reason == "退款方式选错"
    assert (
        _error(lambda: refunds.void_refund(supervisor_ctx, refund.id, "again")).code == "refund.already_void"
    )
    with supervisor_ctx.db.read() as s:
        assert s.get(RenovationFiling, deposit.filing_id).status == "inspected"  # type: ignore[union-attr]
    assert (
        refunds.refund_check(supervisor_ctx, deposit.qr_text, permit_presented=True).available_fen
        == DEPOSIT_FEN
    )

    again = refunds.issue_refund(supervisor_ctx, _input(deposit, amount_fen=1_000)).value
    assert again.number == "TK-A1-2026-000002"  # the void kept its number
    with supervisor_ctx.db.write() as s:
        s.add(
            new_row(
                supervisor_ctx,
                DayClose(number="RJ-A1-2026-000001", period_to=clock.now, clerk_name="客服主管老李"),
            )
        )
    clock.advance(minutes=5)
    assert _error(lambda: refunds.void_refund(supervisor_ctx, again.id, "late")).code == "money.period_closed"
    assert refunds.issue_refund(
        supervisor_ctx, _input(deposit, amount_fen=1_000)
    ).value.refunded_at > clock.now - (timedelta(seconds=1))


def _pages(data: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return ["".join(c["text"] for c in page.chars) for page in pdf.pages]


def test_the_voucher_reads_back(supervisor_ctx: ServiceContext, deposit: Deposit) -> None:
    lost = Deduction("lost_pass", LOST_FEE_FEN, f"{deposit.lost_pass_number} 钱七")
    refund = refunds.issue_refund(
        supervisor_ctx, _input(deposit, deductions=[lost], amount_fen=100_000)
    ).value
    out = refund_pdf(supervisor_ctx, refund.id, paper_key="a4-third", mode="plain", record=True)
    assert out.number == "TK-A1-2026-000001" and out.copies == 3 and out.reprint_no == 0 and not out.warnings
    pages = _pages(out.pdf)
    assert len(pages) == 3
    text = pages[0]
    for wanted in (
        "退款凭证",
        "TK-A1-2026-000001",
        "SJ-A1-2026-000001",
        "出入证遗失",
        "-¥20.00",
        "¥1,000.00",
    ):
        assert wanted in text, wanted
    assert "人民币壹仟元整" in text and "第一联" in text
    assert "第三联" in pages[2]
    again = refund_pdf(supervisor_ctx, refund.id, paper_key="cont-241x93", mode="plain")
    assert again.reprint_no == 1 and "补打" in _pages(again.pdf)[0]
    refunds.void_refund(supervisor_ctx, refund.id, "重开")
    void = refund_pdf(supervisor_ctx, refund.id)
    assert "作废" in _pages(void.pdf)[0]
