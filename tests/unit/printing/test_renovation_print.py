"""The renovation papers read back: the agreement's three copies, the permit's three forms, the cover sheet."""

from __future__ import annotations

import io
import re

import pdfplumber
import pytest
from pypdf import PdfReader

from desk_app.printing.fonts import CJK_FONT, missing_glyphs
from desk_app.printing.papers import PAPERS
from desk_app.printing.renovation_docs import (
    AGREEMENT_COPIES,
    ARCHIVE_ORDER,
    PERMIT_MARKS,
    agreement_clauses,
    render_agreement,
    render_cover_sheet,
    render_permit,
)

MM = 72 / 25.4
FILING: dict[str, object] = {
    "site_name": "阳光花园物业服务中心",
    "site_phone": "021-5555 1234",
    "number": "ZX-A1-2026-000018",
    "unit": "3栋2单元1102",
    "owner": "张三",
    "owner_phone": "138 0013 8000",
    "contractor": "上海恒美装饰工程有限公司",
    "licence_no": "91310115MA1K3XXXXX",
    "qualification_no": "D231012345",
    "responsible": "王建国",
    "responsible_phone": "139 1234 5678",
    "scope": "厨房、卫生间翻新（重做防水），客厅及卧室墙面刷漆，更换木地板。",
    "period_from": "2026年11月25日",
    "period_to": "2027年2月24日",
    "deposit_fen": 300000,
    "garbage_fee_fen": 50050,
    "waterproof": True,
    "officer": "赵六",
    "officer_phone": "021-5555 1240",
    "approved_on": "2026年11月24日",
    "qr": "ZX|ZX-A1-2026-000018|abcdef",
    "building": "3栋",
    "floor": "11层",
    "room": "1102",
    "state": "施工中",
    "tax_state": "未开票",
    "documents": ["装修备案登记证", "装修管理服务协议书"],
}


def _pages(pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        out = []
        for page in doc.pages:
            for c in page.chars:
                assert c["x0"] >= 0 and c["x1"] <= page.width + 0.01, c["text"]
                assert c["top"] >= 0 and c["bottom"] <= page.height + 0.01, c["text"]
            text = "".join(c["text"] for c in page.chars)
            assert not missing_glyphs(text)
            out.append(re.sub(r"[\s\u00a0\u3000]", "", text))
        return out


def _size(pdf: bytes, paper_key: str) -> None:
    paper = PAPERS[paper_key]
    reader = PdfReader(io.BytesIO(pdf))
    for page in reader.pages:
        assert float(page.mediabox.width) / MM == pytest.approx(paper.width_mm, abs=0.5)
        assert float(page.mediabox.height) / MM == pytest.approx(paper.height_mm, abs=0.5)
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            assert CJK_FONT in str(font["/BaseFont"])
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            assert "/FontFile2" in descendant["/FontDescriptor"].get_object()


def test_agreement_three_complete_labelled_copies() -> None:
    pdf = render_agreement(FILING)
    _size(pdf, "a4")
    pages = _pages(pdf)
    assert len(pages) % 3 == 0
    per_copy = len(pages) // 3
    assert 1 <= per_copy <= 3
    for i, label in enumerate(AGREEMENT_COPIES):
        copy_pages = pages[i * per_copy : (i + 1) * per_copy]
        whole = "".join(copy_pages)
        for n, text in enumerate(copy_pages, 1):
            assert label.replace(" ", "") in text
            assert not any(o.replace(" ", "") in text for o in AGREEMENT_COPIES if o != label)
            assert f"第{n}页/共{per_copy}页" in text
        assert whole.startswith("装修管理服务协议书") and "阳光花园物业服务中心" in whole
        for value in ("ZX-A1-2026-000018", "3栋2单元1102", "张三", "13800138000", "上海恒美装饰工程有限公司",
                      "91310115MA1K3XXXXX", "D231012345", "王建国", "13912345678", "厨房、卫生间翻新",
                      "2026年11月25日至2027年2月24日", "¥3,000.00", "人民币叁仟元整", "¥500.50", "人民币伍佰元零伍角整",
                      "涉及原有防水层", "业主承诺", "承重", "燃气", "外立面", "垃圾", "临时出入卡", "核查",
                      "入住满三个月", "甲方（盖章）", "乙方（签字）", "丙方（盖章）"):  # fmt: skip
            assert value in whole, value
    assert render_agreement(FILING) == pdf  # deterministic


def test_agreement_without_waterproof_work() -> None:
    headings = [h for h, _ in agreement_clauses({**FILING, "waterproof": False})]
    assert not any("业主承诺" in h for h in headings)
    with pytest.raises(ValueError):
        render_agreement({**FILING, "deposit_fen": "3000"})


@pytest.mark.parametrize("paper_key", ["a4", "a5"])
@pytest.mark.parametrize("copy", ["original", "pass-office", "door"])
def test_permit_copies(paper_key: str, copy: str) -> None:
    data = {**FILING, "extensions": ["2027年3月10日"]}
    pdf = render_permit(data, copy=copy, paper_key=paper_key)  # type: ignore[arg-type]
    _size(pdf, paper_key)
    (text,) = _pages(pdf)
    for value in ("装修备案登记证", "ZX-A1-2026-000018", "3栋2单元1102", "张三", "上海恒美装饰工程有限公司", "王建国",
                  "13912345678", "2026年11月25日至2027年2月24日", "赵六", "021-55551240", "2026年11月24日",
                  "同意延期至2027年3月10日"):  # fmt: skip
        assert value in text, value
    mark = re.sub(r"\s", "", PERMIT_MARKS[copy])
    assert mark in text
    assert ("盖章处" in text) == (copy == "pass-office")
    others = [re.sub(r"\s", "", m) for k, m in PERMIT_MARKS.items() if k != copy]
    assert not any(o in text for o in others)


def test_pass_office_copy_has_a_dashed_seal_area() -> None:
    pdf = render_permit(FILING, copy="pass-office")
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        page = doc.pages[0]
        chars = page.chars
        joined = "".join(c["text"] for c in chars)
        seal = chars[joined.index("盖章处")]
        dashed = [line for line in page.lines if line.get("dash") and line["dash"][0]]
        assert len(dashed) == 4
        left = min(line["x0"] for line in dashed)
        right = max(line["x1"] for line in dashed)
        top = min(line["top"] for line in dashed)
        bottom = max(line["bottom"] for line in dashed)
        assert left < seal["x0"] < right and top < seal["top"] < bottom
    assert "同意延期" not in _pages(render_permit(FILING))[0]


def test_cover_sheet() -> None:
    pdf = render_cover_sheet(FILING)
    _size(pdf, "a4")
    (text,) = _pages(pdf)
    for value in ("装修备案档案", "楼栋", "3栋", "楼层", "11层", "房号", "1102", "2026年11月25日至2027年2月24日", "张三",
                  "021-55551240", "施工中", "税务状态", "未开票", *ARCHIVE_ORDER):  # fmt: skip
        assert value in text, value
    positions = [text.index(name) for name in ARCHIVE_ORDER]
    assert positions == sorted(positions)
