"""Temporary passes read back: CR80 pages, 10 cards per A4 sheet with crop marks, photos, 延期至 band, font."""

from __future__ import annotations

import io
from dataclasses import replace
from functools import cache

import pdfplumber
import pypdfium2
import pytest
import zxingcpp
from PIL import Image, ImageDraw
from pypdf import PdfReader

from desk_app.printing.fonts import CJK_FONT, missing_glyphs
from desk_app.printing.passes import (
    CARD_H,
    CARD_W,
    PassCard,
    _photo,
    card_positions,
    extension_text,
    render_passes,
)

MM = 72 / 25.4


@cache
def photo(fmt: str = "JPEG", size: tuple[int, int] = (300, 400)) -> bytes:
    image = Image.new("RGB", size, (120, 150, 190))
    draw = ImageDraw.Draw(image)
    draw.ellipse((size[0] * 0.3, size[1] * 0.15, size[0] * 0.7, size[1] * 0.55), fill=(230, 190, 160))
    out = io.BytesIO()
    image.save(out, fmt)
    return out.getvalue()


def card(i: int, **changes: object) -> PassCard:
    base = PassCard(
        number=f"LS-A1-2026-{i:06d}",
        name="欧阳小红",
        id_masked="110101********1234",
        company="上海恒美装饰工程有限公司",
        trade="水电工",
        unit="3栋2单元1102",
        valid_from="2026年11月23日",
        valid_until="2027年2月22日",
        photo=photo(),
        qr=f"PS|LS-A1-2026-{i:06d}|ab12cd34",
        site_name="阳光花园物业服务中心",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def _text(page: pdfplumber.page.Page) -> str:
    return "".join(c["text"] for c in page.chars).replace(" ", "")


def _inside(page: pdfplumber.page.Page) -> None:
    for c in page.chars:
        assert c["x0"] >= -0.01 and c["x1"] <= page.width + 0.01
        assert c["top"] >= -0.01 and c["bottom"] <= page.height + 0.01


def test_cr80_one_card_per_page() -> None:
    cards = [card(1), card(2, photo=None), card(3, extended_until="2027年3月10日"), card(4, void=True)]
    pdf = render_passes(cards, layout="cr80")
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        assert len(doc.pages) == 4
        for page, c in zip(doc.pages, cards, strict=True):
            assert page.width / MM == pytest.approx(85.6, abs=0.5)
            assert page.height / MM == pytest.approx(54.0, abs=0.5)
            text = _text(page)
            for value in (
                "临时出入卡",
                c.number,
                c.name,
                c.id_masked,
                c.company,
                c.trade,
                c.unit,
                c.valid_until,
            ):
                assert value.replace(" ", "") in text, value
            assert not missing_glyphs(text)
            _inside(page)
        assert len(doc.pages[0].images) == 1  # the photo
        assert not doc.pages[1].images and "照片" in _text(doc.pages[1])  # the placeholder
        assert "延期至2027年3月10日" in _text(doc.pages[2])
        assert "延期至" not in _text(doc.pages[0])
        assert "作废" in _text(doc.pages[3]) and "作废" not in _text(doc.pages[0])
    assert extension_text("2027年3月10日") == "延期至 2027年3月10日"
    reader = PdfReader(io.BytesIO(pdf))
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            assert CJK_FONT in str(font["/BaseFont"])
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            assert "/FontFile2" in descendant["/FontDescriptor"].get_object()
    assert render_passes(cards, layout="cr80") == pdf  # deterministic


def test_a4_ten_up_with_crop_marks_outside_the_cards() -> None:
    cards = [card(i, extended_until="2027年3月10日" if i == 4 else "") for i in range(12)]
    pdf = render_passes(cards, layout="a4-10up")
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        assert len(doc.pages) == 2
        first = doc.pages[0]
        assert first.width / MM == pytest.approx(210, abs=0.5) and first.height / MM == pytest.approx(
            297, abs=0.5
        )
        text = _text(first)
        assert text.count("临时出入卡") == 10 and text.count("LS-A1-2026-") == 10
        assert text.count("延期至2027年3月10日") == 1
        assert _text(doc.pages[1]).count("临时出入卡") == 2
        assert len(first.images) == 10
        _inside(first)

        positions = card_positions("a4-10up")
        boxes = [(x * MM, y * MM, (x + CARD_W) * MM, (y + CARD_H) * MM) for x, y in positions]
        xs = [b[0] for b in boxes] + [b[2] for b in boxes]
        ys = [b[1] for b in boxes] + [b[3] for b in boxes]
        # centred on the sheet
        assert (min(xs) + max(xs)) / 2 == pytest.approx(first.width / 2, abs=0.5)
        assert (min(ys) + max(ys)) / 2 == pytest.approx(first.height / 2, abs=0.5)

        def outside(line: dict[str, float]) -> bool:
            return all(
                line["x1"] <= x0 + 0.01
                or line["x0"] >= x1 - 0.01
                or line["bottom"] <= y0 + 0.01
                or line["top"] >= y1 - 0.01
                for x0, y0, x1, y1 in boxes
            )

        marks = [line for line in first.lines if outside(line)]
        assert len(marks) == 10 * 4 * 2  # two strokes at every corner of every card
        for x0, y0, x1, y1 in boxes:
            for cx in (x0, x1):
                for cy in (y0, y1):
                    near = [m for m in marks if abs(m["x0"] - cx) < 6 * MM and abs(m["top"] - cy) < 6 * MM]
                    assert any(
                        abs(m["top"] - cy) < 0.1 and abs(m["bottom"] - cy) < 0.1 for m in near
                    )  # horizontal
                    assert any(abs(m["x0"] - cx) < 0.1 and abs(m["x1"] - cx) < 0.1 for m in near)  # vertical
        for m in marks:
            assert m["x0"] >= 0 and m["x1"] <= first.width and m["top"] >= 0 and m["bottom"] <= first.height
        assert len(doc.pages[1].images) == 2


def test_photos_are_decoded_once_and_scaled() -> None:
    _photo.cache_clear()
    render_passes([card(i) for i in range(10)], layout="a4-10up")
    assert _photo.cache_info().misses == 1 and _photo.cache_info().hits == 9
    big = _photo(photo("PNG", (2400, 3200)))
    assert big is not None
    _, w, h = big
    assert w <= 240 and h <= 310  # 20×26 mm at 300 dpi
    assert _photo(b"not an image") is None
    pdf = render_passes([card(1, photo=b"not an image")])
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        assert "照片" in _text(doc.pages[0])


def test_bad_layout_and_empty_list() -> None:
    with pytest.raises(ValueError):
        render_passes([card(1)], layout="a5")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        render_passes([])


def test_qr_codes_decode() -> None:
    cards = [card(1), card(2, extended_until="2027年3月10日")]
    document = pypdfium2.PdfDocument(render_passes(cards, layout="a4-10up"))
    try:
        image = document[0].render(scale=300 / 72).to_pil()
        assert sorted(c.text for c in zxingcpp.read_barcodes(image)) == sorted(c.qr for c in cards)
    finally:
        document.close()
