"""The goods release slip read back: two labelled copies per paper, items with 以下空白, marks, font."""

from __future__ import annotations

import io

import pdfplumber
import pytest
from pypdf import PdfReader

from desk_app.printing.fonts import CJK_FONT, missing_glyphs
from desk_app.printing.papers import PAPERS
from desk_app.printing.release_slip import RELEASE_COPIES, release_values, render_release

MM = 72 / 25.4
DATA: dict[str, object] = {
    "site_name": "阳光花园物业服务中心",
    "number": "FX-A1-2026-000045",
    "date": "2026年11月23日",
    "unit": "3栋2单元1102",
    "applicant": "王小明",
    "relation": "授权人",
    "phone": "139 1234 5678",
    "plate": "沪A·12345",
    "clerk": "李四",
    "qr": "RL|FX-A1-2026-000045|ab12",
    "note": "搬家（租户退租）",
    "items": [
        ("双人床（拆件）", "1 套"),
        ("冰箱", "1 台"),
        ("纸箱（衣物、书籍）", "12 箱"),
        ("电视机", "1 台"),
        ("餐桌椅", "1 套"),
    ],
}


def _flat(text: str) -> str:
    return text.replace(" ", "").replace("\n", "")


@pytest.mark.parametrize("paper_key", ["a4-third", "a5"])
def test_two_copies_with_items(paper_key: str) -> None:
    pdf = render_release(DATA, paper_key=paper_key)
    paper = PAPERS[paper_key]
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        assert len(doc.pages) == 2
        for page, label in zip(doc.pages, RELEASE_COPIES, strict=True):
            assert page.width / MM == pytest.approx(paper.width_mm, abs=0.5)
            assert page.height / MM == pytest.approx(paper.height_mm, abs=0.5)
            text = _flat("".join(c["text"] for c in page.chars))
            assert _flat(label) in text
            assert not any(_flat(o) in text for o in RELEASE_COPIES if o != label)
            for value in ("物品放行通知单", "FX-A1-2026-000045", "3栋2单元1102", "王小明", "授权人", "沪A·12345",
                          "双人床（拆件）", "12箱", "餐桌椅", "以下空白", "门岗确认", "放行时间", "李四"):  # fmt: skip
                assert _flat(value) in text, value
            assert text.index("餐桌椅") < text.index("以下空白")
            assert not missing_glyphs(text)
            for c in page.chars:
                assert c["x0"] >= 0 and c["x1"] <= page.width + 0.01
                assert c["top"] >= 0 and c["bottom"] <= page.height + 0.01
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            assert CJK_FONT in str(font["/BaseFont"])
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            assert "/FontFile2" in descendant["/FontDescriptor"].get_object()
    assert render_release(DATA, paper_key=paper_key) == pdf


def test_marks_three_up_and_limits() -> None:
    pdf = render_release(DATA, void=True, reprint_count=1, offset_mm=(1.5, -1.0))
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            text = _flat("".join(c["text"] for c in page.chars))
            assert "作废" in text and "补打(第1次)" in text
    assert len(PdfReader(io.BytesIO(render_release(DATA, a4_three_up=True))).pages) == 1
    values = release_values({**DATA, "items": [(f"物品{i}", "1") for i in range(8)]})
    assert values["item8_name"] == "物品7" and "以下空白" not in values.values()
    with pytest.raises(ValueError):
        release_values({**DATA, "items": [("箱", "1")] * 9})
    with pytest.raises(ValueError):
        release_values({**DATA, "items": []})
