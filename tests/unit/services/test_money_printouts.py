"""Receipt and day-close PDFs built from the database, read back."""

from __future__ import annotations

import pypdfium2

from desk_app.domain.receipts import ReceiptLineIn
from desk_app.services import printers
from desk_app.services.context import ServiceContext
from desk_app.services.money import day_close, fees, printouts, receipts
from desk_app.services.money.receipts import ReceiptInput


def _texts(pdf: bytes) -> list[str]:
    doc = pypdfium2.PdfDocument(pdf)
    return ["".join(doc[i].get_textpage().get_text_range().split()) for i in range(len(doc))]


def test_receipt_pdf_three_copies_amounts_and_condition(
    clerk_ctx: ServiceContext, supervisor_ctx: ServiceContext
) -> None:
    data = ReceiptInput(
        None,
        "张三",
        lines=(ReceiptLineIn("装修保证金（商铺）", 500_000, fees.DEPOSIT_CODE), ReceiptLineIn("复印费", 150)),
        method="pos",
        reference="882716",
    )
    r = receipts.issue_receipt(supervisor_ctx, data).value  # a supervisor may charge another deposit
    out = printouts.receipt_pdf(clerk_ctx, r.id)
    pages = _texts(out.pdf)
    assert (out.copies, out.reprint_no, out.warnings) == (3, 0, ())
    assert len(pages) == 3
    for label, page in zip(("第一联存根", "第二联客户", "第三联记账"), pages, strict=True):
        assert label in page
        assert r.number in page and "阳光花园服务中心" in page
        assert "¥5,001.50" in page and "人民币伍仟零壹元伍角整" in page
        assert "POS刷卡（参考号882716）" in page
        assert "退还条件：装修完工验收合格" in page
        assert "作废" not in page and "补打" not in page
    assert receipts.get_receipt(clerk_ctx, r.id).print_count == 0  # a preview is not a print


def test_recorded_prints_carry_the_reprint_mark_and_the_void_stamp(
    clerk_ctx: ServiceContext, supervisor_ctx: ServiceContext
) -> None:
    data = ReceiptInput(None, "张三", lines=(ReceiptLineIn("复印费", 150),), method="cash")
    r = receipts.issue_receipt(clerk_ctx, data).value
    first = printouts.receipt_pdf(clerk_ctx, r.id, record=True, target="pdf")
    second = printouts.receipt_pdf(clerk_ctx, r.id, record=True, target="pdf")
    assert (first.reprint_no, second.reprint_no) == (0, 1)
    assert "补打" not in _texts(first.pdf)[0]
    assert "补打" in _texts(second.pdf)[0] and "第1次" in _texts(second.pdf)[0]
    receipts.void_receipt(supervisor_ctx, r.id, "收错")
    assert "作废" in _texts(printouts.receipt_pdf(clerk_ctx, r.id).pdf)[0]
    assert [e.kind for e in receipts.get_receipt(clerk_ctx, r.id).events] == [
        "issued",
        "printed",
        "reprinted",
        "voided",
    ]


def test_copy_labels_come_from_the_desk_profile(clerk_ctx: ServiceContext, admin_ctx: ServiceContext) -> None:
    profile = printers.ProfileDTO("receipt", paper_key="cont-241x93", copy_labels=("存根", "交款人", "财务"))
    printers.save_profile(admin_ctx, profile, printouts.PAPER_KEYS)
    r = receipts.issue_receipt(
        clerk_ctx, ReceiptInput(None, "张三", lines=(ReceiptLineIn("复印费", 150),))
    ).value
    out = printouts.receipt_pdf(clerk_ctx, r.id)
    assert out.paper_key == "cont-241x93"
    pages = _texts(out.pdf)
    assert ["财务" in p for p in pages] == [False, False, True] and not any("记账" in p for p in pages)


def test_day_close_sheet(clerk_ctx: ServiceContext, supervisor_ctx: ServiceContext) -> None:
    for fen, method in ((10_000, "cash"), (20_000, "wechat")):
        receipts.issue_receipt(
            clerk_ctx, ReceiptInput(None, "张三", lines=(ReceiptLineIn("复印费", fen),), method=method)
        )
    v = receipts.issue_receipt(
        clerk_ctx, ReceiptInput(None, "李四", lines=(ReceiptLineIn("误收", 700),))
    ).value
    receipts.void_receipt(supervisor_ctx, v.id, "收错")
    draft = _texts(printouts.shift_pdf(clerk_ctx))
    assert "未日结" in draft[0]
    closed = day_close.close_day(clerk_ctx, "前台小李", 10_000).value
    text = "".join(_texts(printouts.day_close_pdf(clerk_ctx, closed.id)))
    assert closed.number in text and "日结交接单" in text
    assert "¥300.00" in text and "¥100.00" in text  # received in all, cash expected
    assert v.number in text and "收错" in text and "作废" in text


def test_the_reason_is_printed_only_when_it_says_more_than_the_lines(clerk_ctx: ServiceContext) -> None:
    plain = receipts.issue_receipt(
        clerk_ctx, ReceiptInput(None, "张三", lines=(ReceiptLineIn("复印费", 150),))
    ).value
    told = receipts.issue_receipt(
        clerk_ctx, ReceiptInput(None, "张三", lines=(ReceiptLineIn("复印费", 150),), reason="复印装修图纸")
    ).value
    assert "事由" not in _texts(printouts.receipt_pdf(clerk_ctx, plain.id).pdf)[0]
    assert "事由：复印装修图纸" in _texts(printouts.receipt_pdf(clerk_ctx, told.id).pdf)[0]
