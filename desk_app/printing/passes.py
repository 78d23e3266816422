"""Temporary passes (临时出入卡) on CR80 cards or 10-up on A4 card stock with crop marks (DOMAIN.md §5).

Each card is a ``PassCard`` (display text; the caller formats dates, masks the ID and builds the QR payload):

* ``number`` — the pass number (red, top right); ``name``; ``id_masked`` (e.g. 110101********1234);
  ``company`` (工作单位); ``trade`` (工种); ``unit`` (施工房号); ``valid_from``, ``valid_until``;
* ``photo`` — JPEG/PNG bytes or ``None`` (then a "照片" placeholder box); scaled down to 300 dpi for its box
  and cached per identical bytes;
* ``qr`` — the payload (``type|number|hmac``); ``site_name``;
* ``extended_until`` — when set (e.g. "2027年2月22日"), a red band "延期至 2027年2月22日" across the card;
* ``void`` — a large 作废 stamp across the card.

Layouts: ``cr80`` — one card per 85.6×54 mm page; ``a4-10up`` — 2 columns × 5 rows of CR80 cards centred on
A4, with crop marks at every card corner (outside the card). ``offset_mm`` is the printer's calibration.
The output is deterministic (``invariant=1``) and embeds the bundled font.
"""

from __future__ import annotations

import io
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal, TypeAlias

from PIL import Image, ImageOps
from reportlab.graphics.barcode import qrencoder
from reportlab.lib.colors import HexColor, black
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from desk_app.printing.papers import PAPERS
from desk_app.printing.render import Pen, PenOptions, fit_in_box
from desk_app.printing.template import Align
from desk_app.printing.textfit import font_metrics

PassLayout: TypeAlias = Literal["cr80", "a4-10up"]

CARD_W, CARD_H = PAPERS["cr80"].width_mm, PAPERS["cr80"].height_mm
COLUMNS, ROWS = 2, 5
COLUMN_GAP, ROW_GAP = 6.0, 3.0  # mm between cards on the A4 sheet
CROP_OFFSET = 0.8  # mm from the card corner to the start of a crop mark
CROP_LENGTH = 4.0  # mm, outside the sheet's card block
CROP_STROKE = 0.3  # pt
EXTENSION_COLOR = "#C00000"
NUMBER_COLOR = "#B00000"
TITLE = "临时出入卡"
PHOTO_PLACEHOLDER = "照片"
VOID_TEXT = "作废"
PHOTO_DPI = 300
QR_QUIET_ZONE = 4  # modules
ORIENTATION_TAG = 0x0112  # EXIF

_M = 3.0  # card margin
_PHOTO = (_M, 12.0, 20.0, 26.0)  # x, y, w, h — a 1-inch photo's proportions
_QR = 17.0
_QR_X = CARD_W - _M - _QR
_FIELD_X = _M + _PHOTO[2] + 2.0
_LABEL_W = 10.0
_VALUE_W = _QR_X - 1.0 - _FIELD_X - _LABEL_W
_ROW_H = 5.2


@dataclass(frozen=True, slots=True)
class PassCard:
    number: str
    name: str
    id_masked: str
    company: str
    trade: str
    unit: str
    valid_from: str
    valid_until: str
    photo: bytes | None
    qr: str
    extended_until: str = ""
    site_name: str = ""
    void: bool = False


def extension_text(extended_until: str) -> str:
    return f"延期至 {extended_until}"


def card_positions(layout: PassLayout) -> list[tuple[float, float]]:
    """Top-left corners (mm) of the cards on one page of ``layout``."""
    if layout == "cr80":
        return [(0.0, 0.0)]
    sheet = PAPERS["a4"]
    block_w = COLUMNS * CARD_W + (COLUMNS - 1) * COLUMN_GAP
    block_h = ROWS * CARD_H + (ROWS - 1) * ROW_GAP
    left, top = (sheet.width_mm - block_w) / 2, (sheet.height_mm - block_h) / 2
    return [
        (left + c * (CARD_W + COLUMN_GAP), top + r * (CARD_H + ROW_GAP))
        for r in range(ROWS)
        for c in range(COLUMNS)
    ]


def render_passes(
    cards: Sequence[PassCard],
    *,
    layout: PassLayout = "cr80",
    offset_mm: tuple[float, float] = (0.0, 0.0),
) -> bytes:
    """The cards as PDF bytes: one CR80 page per card, or A4 sheets of 10 with crop marks."""
    if layout not in ("cr80", "a4-10up"):
        raise ValueError(f"unknown pass layout {layout!r}")
    if not cards:
        raise ValueError("no passes to print")
    paper = PAPERS["cr80" if layout == "cr80" else "a4"]
    positions = card_positions(layout)
    name = font_metrics()[0]
    buf = io.BytesIO()
    canvas = Canvas(
        buf,
        pagesize=paper.size_pt,
        invariant=1,
        pageCompression=1,
        initialFontName=name,
    )
    canvas.setTitle(f"{TITLE} {cards[0].number}" + (f" 等 {len(cards)} 张" if len(cards) > 1 else ""))
    canvas.setCreator("desk_app")
    dx, dy = offset_mm
    options = PenOptions("plain", False, False, 0)
    qr_forms: dict[str, str] = {}
    per_page = len(positions)
    for start in range(0, len(cards), per_page):
        chunk = cards[start : start + per_page]
        for card, (x, y) in zip(chunk, positions, strict=False):
            pen = Pen(canvas, paper.height_mm, dx + x, dy + y, options)
            _draw_card(pen, card, qr_forms)
        if layout == "a4-10up":
            _crop_marks(Pen(canvas, paper.height_mm, dx, dy, options), positions[: len(chunk)], positions)
        canvas.showPage()
    canvas.save()
    return buf.getvalue()


def _text(
    pen: Pen,
    text: str,
    box: tuple[float, float, float, float],
    size: float,
    *,
    align: Align = "left",
    bold: bool = False,
    color: str = "#000000",
    min_size: float = 5.0,
    multiline: bool = False,
) -> None:
    _, _, w, h = box
    fitted = fit_in_box(text, w, h, size, min(min_size, size), multiline=multiline)
    pen.text(fitted, box, align, "middle", bold=bold, color=color)


def _draw_card(pen: Pen, card: PassCard, qr_forms: dict[str, str]) -> None:
    c = pen.canvas
    pen.rect(0.6, 0.6, CARD_W - 1.2, CARD_H - 1.2, 0.6)
    pen.rect(0.6, 0.6, CARD_W - 1.2, 9.6, 0, "#E8EEF6")
    _text(pen, card.site_name, (_M, 1.0, 46.0, 4.2), 6.5)
    _text(pen, TITLE, (_M, 4.6, 40.0, 5.6), 11.5, bold=True)
    _text(
        pen,
        f"NO. {card.number}",
        (CARD_W - _M - 36.0, 1.2, 36.0, 4.2),
        7.5,
        align="right",
        color=NUMBER_COLOR,
    )
    pen.line(0.6, 10.2, CARD_W - 1.2, 0, 0.4)

    px, py, pw, ph = _PHOTO
    photo = _photo(card.photo) if card.photo else None
    if photo is None:
        pen.rect(px, py, pw, ph, 0.5, "#F4F4F4")
        _text(pen, PHOTO_PLACEHOLDER, (px, py, pw, ph), 9, align="center", color="#808080")
    else:
        reader, iw, ih = photo
        scale = min(pw / iw, ph / ih)  # keep the proportions, centred in the box
        w, h = iw * scale, ih * scale
        ox, oy = px + (pw - w) / 2, py + (ph - h) / 2
        c.drawImage(reader, pen.x(ox), pen.y(oy + h), w * mm, h * mm)
        pen.rect(px, py, pw, ph, 0.4)

    rows = (
        ("姓　名", card.name, 10.0, True),
        ("证件号", card.id_masked, 7.5, False),
        ("单　位", card.company, 7.5, False),
        ("工　种", card.trade, 7.5, False),
        ("房　号", card.unit, 8.5, True),
    )
    for i, (caption, text, size, bold) in enumerate(rows):
        top = 11.5 + i * _ROW_H
        _text(pen, caption, (_FIELD_X, top, _LABEL_W, _ROW_H), 6.5, color="#404040")
        _text(pen, text, (_FIELD_X + _LABEL_W, top, _VALUE_W, _ROW_H), size, bold=bold)
        pen.line(_FIELD_X + _LABEL_W, top + _ROW_H - 0.3, _VALUE_W, 0, 0.2)

    _draw_qr(pen, card.qr, _QR_X, 11.5, _QR, qr_forms)
    _text(
        pen,
        "出示本卡 · 离场交回",
        (_QR_X - 1, 11.5 + _QR, _QR + 2, 4.0),
        5.5,
        align="center",
        color="#404040",
    )

    valid_top = 39.0
    _text(pen, "有效期", (_M, valid_top, _LABEL_W, 5.5), 6.5, color="#404040")
    _text(
        pen,
        f"{card.valid_from} 至 {card.valid_until}",
        (_M + _LABEL_W, valid_top, CARD_W - 2 * _M - _LABEL_W, 5.5),
        8.5,
        bold=True,
    )
    band = (1.5, 45.5, CARD_W - 3.0, 6.8)
    if card.extended_until:
        pen.rect(*band, 0, EXTENSION_COLOR)
        _text(pen, extension_text(card.extended_until), band, 12, align="center", bold=True, color="#FFFFFF")
    else:
        _text(
            pen,
            "本卡限本人在有效期内施工出入使用，不得转借；遗失请即报服务中心。",
            band,
            6.0,
            align="center",
            color="#404040",
        )
    if card.void:
        _void_stamp(pen)


def _draw_qr(pen: Pen, value: str, x: float, y: float, size: float, forms: dict[str, str]) -> None:
    """Each QR once per PDF as a form XObject (a reprinted card reuses it): the dark modules of each row
    merged into runs and filled as one path — far faster than ReportLab's QR widget (one shape per run)."""
    if not value:
        return
    c = pen.canvas
    name = forms.get(value)
    if name is None:
        name = forms[value] = f"passqr{len(forms)}"
        count, runs = qr_modules(value)
        side = size * mm
        box = side / (count + 2 * QR_QUIET_ZONE)
        c.beginForm(name, 0, 0, side, side)
        path = c.beginPath()
        for r, start, length in runs:
            path.rect((start + QR_QUIET_ZONE) * box, side - (r + QR_QUIET_ZONE + 1) * box, length * box, box)
        c.setFillColor(black)
        c.drawPath(path, stroke=0, fill=1)
        c.endForm()
    c.saveState()
    c.translate(pen.x(x), pen.y(y + size))
    c.doForm(name)
    c.restoreState()


@lru_cache(maxsize=256)
def qr_modules(value: str) -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """The QR code of ``value`` (error correction M, ReportLab's encoder and mask choice): its module
    count and the dark runs as (row, first column, length)."""
    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(value)
    qr.make()
    runs: list[tuple[int, int, int]] = []
    for r, modules in enumerate(qr.modules):
        column = 0
        for dark, group in itertools.groupby(bool(m) for m in modules):
            length = sum(1 for _ in group)
            if dark:
                runs.append((r, column, length))
            column += length
    return int(qr.getModuleCount()), tuple(runs)


@lru_cache(maxsize=64)
def _photo(data: bytes) -> tuple[ImageReader, float, float] | None:
    """The photo scaled down to ``PHOTO_DPI`` for its box, as an ImageReader (decoded once per identical
    bytes), and its size in mm at that resolution; ``None`` if the bytes are not an image."""
    try:
        opened = Image.open(io.BytesIO(data))
        opened.load()
    except (OSError, ValueError, Image.DecompressionBombError):
        return None
    image: Image.Image = opened
    rotated = opened.getexif().get(ORIENTATION_TAG, 1) != 1
    if rotated:  # a phone photo taken sideways stands upright
        image = ImageOps.exif_transpose(opened)
    reencode = opened.format != "JPEG" or rotated or image.mode not in ("RGB", "L")
    if image.mode not in ("RGB", "L"):  # transparency onto white; CMYK, palette → RGB
        background = Image.new("RGB", image.size, (255, 255, 255))
        rgba = image.convert("RGBA")
        background.paste(rgba, mask=rgba.split()[-1])
        image = background
    _, _, pw, ph = _PHOTO
    max_w, max_h = round(pw / 25.4 * PHOTO_DPI), round(ph / 25.4 * PHOTO_DPI)
    if reencode or image.width > max_w or image.height > max_h:
        image = image.copy()
        image.thumbnail((max_w, max_h), Image.Resampling.LANCZOS)
        out = io.BytesIO()
        image.save(out, "JPEG", quality=88)
        data = out.getvalue()
    reader = ImageReader(io.BytesIO(data))
    return reader, float(image.width), float(image.height)


def _void_stamp(pen: Pen) -> None:
    c = pen.canvas
    name, ascent, descent = font_metrics()
    size = 40.0
    width = c.stringWidth(VOID_TEXT, name, size)
    color = HexColor("#C00000")
    c.saveState()
    c.translate(pen.x(CARD_W / 2), pen.y(CARD_H / 2))
    c.rotate(18)
    c.setStrokeColor(color)
    c.setFillColor(color)
    c.setFillAlpha(0.6)
    c.setStrokeAlpha(0.8)
    c.setLineWidth(2.0)
    box_w, box_h = width + 8 * mm, size * (ascent - descent) + 4 * mm
    c.roundRect(-box_w / 2, -box_h / 2, box_w, box_h, 2 * mm, stroke=1, fill=0)
    t = c.beginText()
    t.setFont(name, size)
    t.setTextOrigin(-width / 2, -size * (ascent + descent) / 2)
    t.textOut(VOID_TEXT)
    c.drawText(t)
    c.restoreState()


def _crop_marks(pen: Pen, used: Sequence[tuple[float, float]], grid: Sequence[tuple[float, float]]) -> None:
    """Short hairlines continuing each card edge beyond each corner, outside every card: full length at
    the sheet's border, shorter in the gaps between cards so marks of neighbours never touch."""
    xs = sorted({x for x, _ in grid})
    ys = sorted({y for _, y in grid})
    left_edge, top_edge = xs[0], ys[0]
    right_edge, bottom_edge = xs[-1] + CARD_W, ys[-1] + CARD_H
    h_gap = min(CROP_LENGTH, COLUMN_GAP / 2 - CROP_OFFSET - 0.3)
    v_gap = min(CROP_LENGTH, ROW_GAP / 2 - CROP_OFFSET - 0.2)
    c = pen.canvas
    c.saveState()
    c.setStrokeColor(black)
    c.setLineWidth(CROP_STROKE)
    for x, y in used:
        for cx, sx in ((x, -1.0), (x + CARD_W, 1.0)):
            for cy, sy in ((y, -1.0), (y + CARD_H, 1.0)):
                outer_x = (sx < 0 and cx <= left_edge + 1e-6) or (sx > 0 and cx >= right_edge - 1e-6)
                outer_y = (sy < 0 and cy <= top_edge + 1e-6) or (sy > 0 and cy >= bottom_edge - 1e-6)
                lx = CROP_LENGTH if outer_x else h_gap
                ly = CROP_LENGTH if outer_y else v_gap
                start_x = cx + sx * CROP_OFFSET
                c.line(pen.x(start_x), pen.y(cy), pen.x(start_x + sx * lx), pen.y(cy))  # along the edge
                start_y = cy + sy * CROP_OFFSET
                c.line(pen.x(cx), pen.y(start_y), pen.x(cx), pen.y(start_y + sy * ly))
    c.restoreState()
