"""The receipt and the refund voucher read back: copies, papers, amounts in figures and capitals, marks, font."""

from __future__ import annotations

import io
from typing import Any

import pdfplumber
import pypdfium2
import pytest
import zxingcpp
from pypdf import PdfReader

from desk_app.printing.fonts import CJK_FONT, missing_glyphs
from desk_app.printing.papers import PAPERS
from desk_app.printing.receipt import RECEIPT_COPIES, receipt_values, render_receipt

MM = 72 / 25.4
CONDITION = "装修完工验收合格、入住满三个月且楼下业主确认无渗漏、出入证全部交回后，凭本收据及《装修备案登记证》原件办理退还。"
RECEIPT: dict[str, object] = {
    "site_name": "阳光花园物业服务中心",
    "number": "SJ-A1-2026-000123",
    "date": "2026年11月23日",
    "payer": "张三",
    "unit": "3栋2单元1102",
    "method": "POS",
    "method_ref": "882716354401",
    "clerk": "李四",
    "qr": "RC|SJ-A1-2026-000123|123450|3f9a1c2b7d4e5f60",
    "items": [("装修保证金", 100000), ("垃圾清运费", 20000), ("出入证工本费（3张）", 3450)],
    "refund_condition": CONDITION,
}
REFUND: dict[str, object] = {
    "kind": "refund",
    "site_name": "阳光花园物业服务中心",
    "number": "TK-A1-2026-000007",
    "date": "2027年5月10日",
    "payer": "张三",
    "unit": "3栋2单元1102",
    "method": "银行转账",
    "method_ref": "20270510-0001",
    "clerk": "李四",
    "qr": "RF|TK-A1-2026-000007|aa",
    "original_number": "SJ-A1-2026-000123",
    "items": [("退还装修保证金", 100000)],
    "deductions": [("出入证遗失 2 张", 4000), ("损坏公共设施", 20000)],
}
PAPER_KEYS = ["a4-third", "cont-241x93"]


def _flat(text: str) -> str:
    return text.replace(" ", "").replace("\n", "")


def _pages(pdf: bytes) -> list[tuple[Any, str]]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return [(page, _flat("".join(c["text"] for c in page.chars))) for page in doc.pages]


def _chars_inside(pdf: bytes) -> None:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            assert page.chars
            for c in page.chars:
                assert c["x0"] >= -0.01 and c["x1"] <= page.width + 0.01, c["text"]
                assert c["top"] >= -0.01 and c["bottom"] <= page.height + 0.01, c["text"]


def _font_embedded(pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(pdf))
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        assert fonts
        for font in fonts.values():
            font = font.get_object()
            assert CJK_FONT in str(font["/BaseFont"])
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            assert "/FontFile2" in descendant["/FontDescriptor"].get_object()


def test_amounts_in_figures_and_capitals() -> None:
    values = receipt_values(RECEIPT)
    assert values["total_figures"] == "¥1,234.50"
    assert values["total_words"] == "人民币壹仟贰佰叁拾肆元伍角整"
    assert values["line1_amount"] == "¥1,000.00" and values["line4_name"] == "以下空白"
    assert values["method_text"] == "POS（参考号 882716354401）"
    refund = receipt_values(REFUND)
    assert refund["total_figures"] == "¥760.00"
    assert refund["total_words"] == "人民币柒佰陆拾元整"
    assert refund["line2_name"] == "扣除：出入证遗失 2 张" and refund["line2_amount"] == "-¥40.00"
    assert "SJ-A1-2026-000123" in refund["remark"]


def test_bad_lines_are_refused() -> None:
    with pytest.raises(ValueError):
        receipt_values({**RECEIPT, "items": [("物业费", 100)] * 5})
    with pytest.raises(ValueError):
        receipt_values({**RECEIPT, "items": [("物业费", 10.5)]})
    with pytest.raises(ValueError):
        receipt_values({**RECEIPT, "total_fen": 1})
    with pytest.raises(ValueError):
        receipt_values({**REFUND, "deductions": [("损坏", 200000)]})
    many = receipt_values({**REFUND, "deductions": [(f"扣{i}", 100) for i in range(5)]})
    assert many["line4_name"] == "扣除：其他扣除（3 项）" and many["line4_amount"] == "-¥3.00"


@pytest.mark.parametrize("paper_key", PAPER_KEYS)
def test_three_labelled_copies_fit_the_paper(paper_key: str) -> None:
    pdf = render_receipt(RECEIPT, paper_key=paper_key)
    paper = PAPERS[paper_key]
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 3
    for page in reader.pages:
        assert float(page.mediabox.width) / MM == pytest.approx(paper.width_mm, abs=0.5)
        assert float(page.mediabox.height) / MM == pytest.approx(paper.height_mm, abs=0.5)
    pages = _pages(pdf)
    for (_, text), label in zip(pages, RECEIPT_COPIES, strict=True):
        assert _flat(label) in text
        for value in ("收据", "SJ-A1-2026-000123", "¥1,234.50", "人民币壹仟贰佰叁拾肆元伍角整", "张三",
                      "3栋2单元1102", "装修保证金", "¥1,000.00", "882716354401", "李四", "阳光花园物业服务中心",
                      "2026年11月23日", _flat(CONDITION)[:20], "以下空白"):  # fmt: skip
            assert _flat(value) in text, value
        assert "作废" not in text and "补打" not in text
        assert not missing_glyphs(text)
    _chars_inside(pdf)
    _font_embedded(pdf)
    assert render_receipt(RECEIPT, paper_key=paper_key) == pdf  # deterministic


@pytest.mark.parametrize("paper_key", PAPER_KEYS)
def test_refund_voucher(paper_key: str) -> None:
    pdf = render_receipt(REFUND, paper_key=paper_key, copies=("第一联 存根", "第二联 客户"))
    pages = _pages(pdf)
    assert len(pages) == 2
    for _, text in pages:
        for value in ("退款凭证", "原收据号", "SJ-A1-2026-000123", "扣除：出入证遗失2张", "-¥40.00", "-¥200.00",
                      "¥760.00", "人民币柒佰陆拾元整", "实退金额", "领款人"):  # fmt: skip
            assert _flat(value) in text, value
    _chars_inside(pdf)


def test_void_reprint_and_three_up() -> None:
    pdf = render_receipt(RECEIPT, void=True, reprint_count=2)
    for _, text in _pages(pdf):
        assert "作废" in text and "补打(第2次)" in text
    three_up = render_receipt(RECEIPT, a4_three_up=True)
    reader = PdfReader(io.BytesIO(three_up))
    assert len(reader.pages) == 1
    assert float(reader.pages[0].mediabox.height) / MM == pytest.approx(297, abs=0.5)
    (_, text) = _pages(three_up)[0]
    assert all(_flat(label) in text for label in RECEIPT_COPIES)
    assert text.count("人民币壹仟贰佰叁拾肆元伍角整") == 3
    offset = render_receipt(RECEIPT, offset_mm=(2.0, 1.0), dot_matrix=True, copies=("第一联 存根",))
    assert len(PdfReader(io.BytesIO(offset)).pages) == 1


def test_carbonless_prints_one_page_of_data() -> None:
    pdf = render_receipt(RECEIPT, mode="carbonless")
    pages = _pages(pdf)
    assert len(pages) == 1
    text = pages[0][1]
    assert "¥1,234.50" in text and "第一联" not in text and "交款人" not in text


def test_qr_decodes() -> None:
    pdf = render_receipt(RECEIPT, copies=("第二联 客户",))
    document = pypdfium2.PdfDocument(pdf)
    try:
        image = document[0].render(scale=300 / 72).to_pil()
        assert [c.text for c in zxingcpp.read_barcodes(image)] == [RECEIPT["qr"]]
    finally:
        document.close()
