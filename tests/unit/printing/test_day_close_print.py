"""The day-close handover sheet read back: totals, cash expected, voids, refunds, 500 receipts over pages."""

from __future__ import annotations

import io
import re

import pdfplumber
import pytest
from pypdf import PdfReader

from desk_app.printing.day_close import (
    DayClose,
    MethodTotal,
    ReceiptLine,
    RefundLine,
    VoidLine,
    render_day_close,
    yuan,
)
from desk_app.printing.fonts import CJK_FONT, missing_glyphs

MM = 72 / 25.4
METHODS = ("现金", "微信", "支付宝", "银行转账", "POS")


def day_close(receipts: int) -> DayClose:
    lines = [
        ReceiptLine(
            f"SJ-A1-2026-{i:06d}",
            f"{8 + i * 9 // max(receipts, 1):02d}:{i % 60:02d}",
            f"{i % 30 + 1}栋{i % 3 + 1}单元{i % 33 + 1}0{i % 4 + 1}",
            ("张三", "李四", "欧阳小红")[i % 3],
            ("装修保证金", "垃圾清运费", "物业费（2026年11月）")[i % 3],
            METHODS[i % 5],
            10000 + i,
            "作废" if i % 97 == 5 else "正常",
        )
        for i in range(receipts)
    ]
    return DayClose(
        site_name="阳光花园物业服务中心",
        desk="1号服务台",
        clerk="李四",
        period_from="2026-11-23 08:00",
        period_to="2026-11-23 17:30",
        number="RJ-A1-2026-000321",
        methods=[MethodTotal(m, 10, 123450, 27600 if m == "银行转账" else 0) for m in METHODS],
        cash_expected_fen=173450,
        receipts=lines,
        voids=[VoidLine(r.number, r.amount_fen, "金额录入错误") for r in lines if r.status == "作废"],
        refunds=[
            RefundLine(
                "TK-A1-2026-000007", "SJ-A1-2026-000011", "3栋2单元1102", "银行转账", 27600, "扣除 ¥40.00"
            )
        ],
        printed_at="2026-11-23 17:35",
    )


def _texts(pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        out = []
        for page in doc.pages:
            assert page.width / MM == pytest.approx(210, abs=0.5) and page.height / MM == pytest.approx(
                297, abs=0.5
            )
            for c in page.chars:
                assert c["x0"] >= 0 and c["x1"] <= page.width + 0.01
                assert c["top"] >= 0 and c["bottom"] <= page.height + 0.01
            out.append("".join(c["text"] for c in page.chars).replace(" ", ""))
        return out


def test_five_hundred_receipts_flow_over_numbered_pages() -> None:
    data = day_close(500)
    pdf = render_day_close(data)
    texts = _texts(pdf)
    total = len(texts)
    assert 8 <= total <= 16
    for n, text in enumerate(texts, 1):
        assert f"第{n}页/共{total}页" in text
        assert not missing_glyphs(text)
    first, last = texts[0], texts[-1]
    for value in ("日结交接单", "RJ-A1-2026-000321", "1号服务台", "李四", "2026-11-2308:00至2026-11-2317:30",
                  "按收款方式汇总", "现金", "微信", "支付宝", "银行转账", "POS", "¥6,172.50", "¥276.00",
                  "¥5,896.50", "应存现金", "¥1,734.50", "人民币壹仟柒佰叁拾肆元伍角整", "收据共500张",
                  "作废收据", "金额录入错误", "退款", "TK-A1-2026-000007", "收据明细", "SJ-A1-2026-000000"):  # fmt: skip
        assert value in first, value
    for page_text in texts[1:]:
        assert "收据明细（续）" in page_text and "收据号" in page_text  # the header repeated
    for who in ("交班人", "接班人", "主管"):
        assert who in last
    every = "".join(texts)
    numbers = re.findall(r"SJ-A1-2026-\d{6}", every)
    assert {f"SJ-A1-2026-{i:06d}" for i in range(500)} <= set(numbers)
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            assert CJK_FONT in str(font["/BaseFont"])
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            assert "/FontFile2" in descendant["/FontDescriptor"].get_object()
    assert render_day_close(data) == pdf  # deterministic


def test_a_quiet_shift_fits_one_page() -> None:
    data = DayClose("阳光花园物业服务中心", "1号服务台", "李四", "08:00", "12:00", "RJ-1",
                    [MethodTotal("现金", 0, 0, 0)], 0, [])  # fmt: skip
    texts = _texts(render_day_close(data))
    assert len(texts) == 1
    assert "第1页/共1页" in texts[0] and "（无）" in texts[0] and "人民币零元整" in texts[0]


def test_yuan_signs() -> None:
    assert yuan(123450) == "¥1,234.50"
    assert yuan(-1200) == "-¥12.00"
