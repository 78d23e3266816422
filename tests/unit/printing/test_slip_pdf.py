"""The work-order slip read back from the PDF: pages, sizes, labels, fonts, positions, modes and marks."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import pypdfium2
import pytest
import zxingcpp
from pypdf import PdfReader

from desk_app.printing.fonts import CJK_FONT
from desk_app.printing.papers import PAPERS
from desk_app.printing.render import TEXT_VPAD_MM, missing_glyph_warning
from desk_app.printing.slips import WORK_ORDER_COPIES, WORK_ORDER_SLIP, render_work_order_slip
from desk_app.printing.template import CheckBox, QrField, StaticText, TextField
from desk_app.printing.textfit import font_metrics

MM = 72 / 25.4
SLIP_PAPERS = ["a4-third", "cont-241x93", "cont-241x140", "a5"]
OpenPdf = Callable[[bytes], Any]
CharsOf = Callable[[Any, str], list[dict[str, Any]]]


def field(paper_key: str, key: str) -> TextField:
    return next(
        e for e in WORK_ORDER_SLIP.layout(paper_key).elements if isinstance(e, TextField) and e.key == key
    )


def expected_origin(f: TextField) -> tuple[float, float]:
    """Where the field's first character starts (mm): its padding from the left, centred vertically."""
    _, ascent, descent = font_metrics()
    line_mm = f.font_size * (ascent - descent) / MM
    assert f.align == "left" and f.valign == "middle"
    return f.x + 0.8, f.y + (f.h - line_mm) / 2


def origin(chars: list[dict[str, Any]]) -> tuple[float, float]:
    return chars[0]["x0"] / MM, chars[0]["top"] / MM


@pytest.mark.parametrize("paper_key", SLIP_PAPERS)
@pytest.mark.parametrize("mode", ["plain", "carbonless"])
def test_page_count_and_size(paper_key: str, mode: str, slip_data: dict[str, object]) -> None:
    pdf = render_work_order_slip(slip_data, paper_key=paper_key, mode=mode)  # type: ignore[arg-type]
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == (3 if mode == "plain" else 1)
    paper = PAPERS[paper_key]
    for page in reader.pages:
        assert float(page.mediabox.width) / MM == pytest.approx(paper.width_mm, abs=0.1)
        assert float(page.mediabox.height) / MM == pytest.approx(paper.height_mm, abs=0.1)


@pytest.mark.parametrize("paper_key", SLIP_PAPERS)
def test_every_copy_has_its_label_and_the_same_content(
    paper_key: str, slip_data: dict[str, object], open_pdf: OpenPdf, chars_of: CharsOf
) -> None:
    pdf = open_pdf(render_work_order_slip(slip_data, paper_key=paper_key))
    assert len(pdf.pages) == 3
    first_content = None
    for page, label in zip(pdf.pages, WORK_ORDER_COPIES, strict=True):
        text = page.extract_text()
        assert label.replace(" ", "") in text.replace(" ", "")
        others = [c for c in WORK_ORDER_COPIES if c != label]
        assert not any(o.replace(" ", "") in text.replace(" ", "") for o in others)
        number = chars_of(page, "BX-A1-2026-000123")
        assert origin(number) == pytest.approx(origin(chars_of(pdf.pages[0], "BX-A1-2026-000123")))
        content = text.replace(label, "")
        first_content = first_content or content
        assert content == first_content, "identical content on every copy"
        for chinese in (
            "阳光花园物业服务中心",
            "报事报修单",
            "3栋2单元1102",
            "张三",
            "厨房水龙头漏水",
            "维修人员",
        ):
            assert chinese in text


@pytest.mark.parametrize("mode", ["plain", "carbonless"])
def test_only_the_embedded_cjk_font_is_used(mode: str, slip_data: dict[str, object]) -> None:
    reader = PdfReader(io.BytesIO(render_work_order_slip(slip_data, mode=mode)))  # type: ignore[arg-type]
    for page in reader.pages:
        resources: Any = page["/Resources"]
        fonts = [ref.get_object() for ref in resources["/Font"].values()]
        assert fonts
        for font in fonts:
            assert CJK_FONT in str(font["/BaseFont"]), f"only the bundled font: {font['/BaseFont']}"
            assert "/FontFile2" in font["/FontDescriptor"].get_object(), "the TrueType font must be embedded"


@pytest.mark.parametrize("paper_key", SLIP_PAPERS)
def test_number_and_unit_print_at_their_template_position(
    paper_key: str, slip_data: dict[str, object], open_pdf: OpenPdf, chars_of: CharsOf
) -> None:
    pdf = open_pdf(render_work_order_slip(slip_data, paper_key=paper_key))
    for key in ("number", "unit"):
        f = field(paper_key, key)
        chars = chars_of(pdf.pages[0], str(slip_data[key]))
        assert chars[0]["size"] == pytest.approx(f.font_size, abs=0.01), "not shrunk"
        assert origin(chars) == pytest.approx(expected_origin(f), abs=0.5)


@pytest.mark.parametrize("paper_key", SLIP_PAPERS)
def test_carbonless_prints_only_the_data_where_plain_paper_does(
    paper_key: str, slip_data: dict[str, object], open_pdf: OpenPdf, chars_of: CharsOf
) -> None:
    plain = open_pdf(render_work_order_slip(slip_data, paper_key=paper_key)).pages[0]
    carbonless_pdf = open_pdf(render_work_order_slip(slip_data, paper_key=paper_key, mode="carbonless"))
    assert len(carbonless_pdf.pages) == 1
    page = carbonless_pdf.pages[0]
    text = page.extract_text()
    for static in ("维修人员", "到达时间", "原因及", "客户评价", "满意", "No.", "报事报修单", "阳光花园"):
        assert static not in text
    assert not any(label[:3] in text for label in WORK_ORDER_COPIES)
    assert page.lines == [] and page.curves == []
    qr = next(e for e in WORK_ORDER_SLIP.layout(paper_key).elements if isinstance(e, QrField))
    for rect in page.rects:  # only the QR code's modules
        assert qr.x - 0.1 <= rect["x0"] / MM and rect["x1"] / MM <= qr.x + qr.size + 0.1
    for value in ("BX-A1-2026-000123", "3栋2单元1102", "张三", "138 0013 8000", "工程部"):
        assert origin(chars_of(page, value)) == pytest.approx(origin(chars_of(plain, value)), abs=0.05)


def test_offset_shifts_everything(slip_data: dict[str, object], open_pdf: OpenPdf, chars_of: CharsOf) -> None:
    base = open_pdf(render_work_order_slip(slip_data)).pages[0]
    moved = open_pdf(render_work_order_slip(slip_data, offset_mm=(3.0, -2.0))).pages[0]
    for value in ("BX-A1-2026-000123", "3栋2单元1102", "维修人员"):
        (x0, y0), (x1, y1) = origin(chars_of(base, value)), origin(chars_of(moved, value))
        assert (x1 - x0, y1 - y0) == pytest.approx((3.0, -2.0), abs=0.2)
    border = max(base.rects, key=lambda r: r["width"] * r["height"])
    border_moved = max(moved.rects, key=lambda r: r["width"] * r["height"])
    assert (border_moved["x0"] - border["x0"]) / MM == pytest.approx(3.0, abs=0.2)
    assert (border_moved["top"] - border["top"]) / MM == pytest.approx(-2.0, abs=0.2)


@pytest.mark.parametrize("paper_key", SLIP_PAPERS)
def test_nothing_is_drawn_within_5mm_of_the_edge(
    paper_key: str, slip_data: dict[str, object], open_pdf: OpenPdf
) -> None:
    data = {**slip_data, "description": "墙面渗水严重，请尽快处理。" * 40, "evaluation": "满意"}
    page = open_pdf(render_work_order_slip(data, paper_key=paper_key, reprint_count=1)).pages[0]
    paper = PAPERS[paper_key]
    for obj in [*page.chars, *page.lines, *page.rects, *page.curves]:
        assert obj["x0"] / MM >= 5 - 0.05 and obj["top"] / MM >= 5 - 0.05, obj
        assert obj["x1"] / MM <= paper.width_mm - 5 + 0.05, obj
        assert obj["bottom"] / MM <= paper.height_mm - 5 + 0.05, obj


@pytest.mark.parametrize("paper_key", SLIP_PAPERS)
def test_a_500_character_description_stays_in_its_box(
    paper_key: str, slip_data: dict[str, object], open_pdf: OpenPdf
) -> None:
    description = ("墙面渗水严重，楼下天花板有水渍；请尽快上门检查！" * 25)[:500]
    page = open_pdf(
        render_work_order_slip({**slip_data, "description": description}, paper_key=paper_key)
    ).pages[0]
    box = field(paper_key, "description")
    inside = [c for c in page.chars if c["text"] in "墙渗严重楼板渍尽快检查…"]
    assert len(inside) > 60, "the text shrank rather than vanished"
    assert any(c["text"] == "…" for c in inside), "cut with an ellipsis as the last resort"
    assert min(c["size"] for c in inside) >= box.min_font_size - 0.01
    for c in inside:
        assert box.x <= c["x0"] / MM and c["x1"] / MM <= box.x + box.w, c
        assert box.y <= c["top"] / MM and c["bottom"] / MM <= box.y + box.h, c


def test_identical_input_gives_identical_bytes(slip_data: dict[str, object]) -> None:
    first = render_work_order_slip(slip_data)
    render_work_order_slip({**slip_data, "unit": "9栋1单元0101", "qr": "WO|X|0"}, paper_key="a5")
    assert render_work_order_slip(dict(slip_data)) == first
    assert render_work_order_slip(slip_data, void=True) == render_work_order_slip(slip_data, void=True)


def test_void_and_reprint_are_marked_on_every_copy(
    slip_data: dict[str, object], open_pdf: OpenPdf, chars_of: CharsOf
) -> None:
    pdf = open_pdf(render_work_order_slip(slip_data, void=True, reprint_count=2))
    assert len(pdf.pages) == 3
    for page in pdf.pages:
        chars_of(page, "补打 (第 2 次)")
        void = [c for c in page.chars if c["text"] in "作废"]
        assert [c["text"] for c in void] == ["作", "废"]
        assert all(c["size"] > 40 and c["matrix"][1] > 0.2 for c in void), "large and rotated"
    plain = open_pdf(render_work_order_slip(slip_data)).pages[0].extract_text()
    assert "补打" not in plain and "作废" not in plain
    carbonless = open_pdf(render_work_order_slip(slip_data, mode="carbonless", void=True, reprint_count=1))
    chars_of(carbonless.pages[0], "补打 (第 1 次)")
    chars_of(carbonless.pages[0], "作废")


@pytest.mark.parametrize(("paper_key", "mode"), [("a4-third", "plain"), ("a5", "carbonless")])
def test_the_qr_code_decodes(paper_key: str, mode: str, slip_data: dict[str, object]) -> None:
    pdf = render_work_order_slip(slip_data, paper_key=paper_key, mode=mode)  # type: ignore[arg-type]
    document = pypdfium2.PdfDocument(pdf)
    try:
        for index in range(len(document)):
            image = document[index].render(scale=300 / 72).to_pil()
            codes = zxingcpp.read_barcodes(image)
            assert [c.text for c in codes] == [slip_data["qr"]]
            assert codes[0].format == zxingcpp.BarcodeFormat.QRCode
    finally:
        document.close()


def test_three_copies_on_one_a4_sheet(
    slip_data: dict[str, object], open_pdf: OpenPdf, chars_of: CharsOf
) -> None:
    pdf = open_pdf(render_work_order_slip(slip_data, a4_three_up=True))
    assert len(pdf.pages) == 1
    page = pdf.pages[0]
    assert (page.width / MM, page.height / MM) == pytest.approx((210, 297), abs=0.1)
    text = page.extract_text().replace(" ", "")
    for label in WORK_ORDER_COPIES:
        assert label.replace(" ", "") in text
    assert text.count("BX-A1-2026-000123") == 3
    tops = [
        origin(chars_of(page.crop((0, i * 99 * MM, page.width, (i + 1) * 99 * MM)), "3栋2单元1102"))[1]
        for i in range(3)
    ]
    assert [t - tops[0] for t in tops] == pytest.approx([0, 99, 198], abs=0.05)
    cuts = [ln for ln in page.lines if ln["dash"] and ln["width"] / MM > 200]
    assert sorted(round(ln["top"] / MM, 1) for ln in cuts) == [99.0, 198.0]


def test_dot_matrix_prints_black_without_hairlines_or_grey(
    slip_data: dict[str, object], open_pdf: OpenPdf
) -> None:
    page = open_pdf(render_work_order_slip(slip_data, dot_matrix=True, void=True, reprint_count=1)).pages[0]

    def black(color: object) -> bool:
        values = color if isinstance(color, tuple | list) else (color,)
        return all(v == 0 for v in values)

    assert all(black(c["non_stroking_color"]) for c in page.chars)
    for obj in [*page.rects, *page.lines, *page.curves]:
        if obj["fill"]:
            assert black(obj["non_stroking_color"]), obj
        if obj["stroke"]:
            assert black(obj["stroking_color"]) and obj["linewidth"] >= 0.5, obj
    normal = open_pdf(render_work_order_slip(slip_data)).pages[0]
    assert any(r["fill"] and not black(r["non_stroking_color"]) for r in normal.rects), (
        "plain paper has shading"
    )


def test_custom_copies_and_evaluation_reprint(
    slip_data: dict[str, object], open_pdf: OpenPdf, chars_of: CharsOf
) -> None:
    pdf = open_pdf(render_work_order_slip({**slip_data, "evaluation": "基本满意"}, copies=("存根", "客户")))
    assert [p.extract_text().count("存根") for p in pdf.pages] == [1, 0]
    box = next(
        e for e in WORK_ORDER_SLIP.layout().elements if isinstance(e, CheckBox) and e.label == "基本满意"
    )
    ticks = [
        c
        for c in pdf.pages[0].curves
        if c["x0"] / MM >= box.x - 0.1 and c["x1"] / MM <= box.x + box.size + 0.1
    ]
    assert len(ticks) == 1, "only the chosen box is ticked"


def test_missing_glyphs_are_reported_before_printing(slip_data: dict[str, object]) -> None:
    assert missing_glyph_warning(slip_data) == []
    assert missing_glyph_warning({**slip_data, "reporter": "王𠀾", "paid": None, "count": 3}) == ["𠀾"]


def test_bad_requests_are_refused(slip_data: dict[str, object]) -> None:
    with pytest.raises(ValueError, match="no layout for paper 'cr80'"):
        render_work_order_slip(slip_data, paper_key="cr80")
    with pytest.raises(ValueError, match="a4-third"):
        render_work_order_slip(slip_data, paper_key="a5", a4_three_up=True)
    with pytest.raises(ValueError, match="a4-third"):
        render_work_order_slip(slip_data, mode="carbonless", a4_three_up=True)
    with pytest.raises(ValueError, match="mode"):
        render_work_order_slip(slip_data, mode="glossy")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="copy label"):
        render_work_order_slip(slip_data, copies=())


def test_labels_are_static_text_and_printed_only_on_plain_paper() -> None:
    layout = WORK_ORDER_SLIP.layout()
    assert any(isinstance(e, StaticText) and e.text == "维修人员" for e in layout.elements)
    assert TEXT_VPAD_MM < 1
