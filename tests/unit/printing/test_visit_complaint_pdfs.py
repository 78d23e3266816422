"""The visitor badge (CR80) and the complaint handling form (A4) read back: size, Chinese text, QR, font."""

from __future__ import annotations

import io

import pdfplumber
import pypdfium2
import zxingcpp
from pypdf import PdfReader

from desk_app.printing.badges import render_visitor_badge
from desk_app.printing.complaint_form import ComplaintForm, HistoryLine, render_complaint_form

PT_PER_MM = 72 / 25.4
BADGE = {
    "site_name": "阳光花园服务中心",
    "name": "李四（2人）",
    "unit": "3-2-1102",
    "date": "2026-11-23",
    "valid_until": "2026-11-23 13:30",
    "number": "LF-A1-2026-000001",
    "purpose": "访客",
    "qr": "VS|LF-A1-2026-000001|0123456789ab",
}


def _text(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return "".join((page.extract_text() or "").replace(" ", "").replace("\n", "") for page in doc.pages)


def _embedded_only(pdf: bytes) -> None:
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            assert "/FontFile2" in descendant["/FontDescriptor"].get_object()


def test_badge_size_text_and_qr() -> None:
    pdf = render_visitor_badge(BADGE)
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        assert len(doc.pages) == 1
        page = doc.pages[0]
        assert round(page.width / PT_PER_MM, 1) == 85.6 and round(page.height / PT_PER_MM, 1) == 54.0
    text = _text(pdf)
    for value in ("访客证", "李四（2人）", "3-2-1102", "2026-11-2313:30", "LF-A1-2026-000001"):
        assert value in text
    _embedded_only(pdf)
    document = pypdfium2.PdfDocument(pdf)
    try:
        image = document[0].render(scale=600 / 72).to_pil()
        codes = zxingcpp.read_barcodes(image)
        assert [c.text for c in codes] == [BADGE["qr"]]
    finally:
        document.close()
    assert render_visitor_badge(BADGE) == pdf  # invariant


def _form(steps: int) -> ComplaintForm:
    history = [HistoryLine("2026-11-23 09:30", "登记", "渠道：电话", "前台小王")]
    history += [
        HistoryLine(
            "2026-11-24 10:00",
            "回复",
            f"（电话，回复对象：张三）第{i}次答复：已安排保洁每日清理。",
            "客服主管老李",
        )
        for i in range(steps)
    ]
    return ComplaintForm(
        site_name="阳光花园服务中心",
        title="客户投诉处理表",
        number="TS-A1-2026-000007",
        fields=[
            ("类型", "投诉"),
            ("投诉人", "张三"),
            ("房号", "3-2-1102"),
            ("类别", "服务质量"),
            ("当前级别", "客服主管"),
        ],
        content="楼道垃圾三天没人清理，味道很大。",
        request="尽快清理并道歉",
        history=history,
        printed_at="2026-11-25 10:00",
    )


def test_complaint_form_is_a4_chinese_and_keeps_the_whole_history() -> None:
    pdf = render_complaint_form(_form(60))
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        assert len(doc.pages) >= 2  # a long history flows onto more pages
        for page in doc.pages:
            assert round(page.width / PT_PER_MM) == 210 and round(page.height / PT_PER_MM) == 297
    text = _text(pdf)
    for value in (
        "客户投诉处理表",
        "TS-A1-2026-000007",
        "楼道垃圾三天没人清理",
        "第0次答复",
        "第59次答复",
        "客服主管审核",
    ):
        assert value in text
    _embedded_only(pdf)
    assert render_complaint_form(_form(60)) == pdf  # invariant
