"""Template + data → PDF bytes (ReportLab canvas, ``invariant=1``: identical input, identical bytes).

Modes (ARCHITECTURE.md "Printing pipeline"):

* ``plain`` — one page per copy (联), identical content, each with its copy label, all in one PDF. With
  ``a4_three_up`` an ``a4-third`` layout prints three copies on one A4 sheet, with dashed cut lines.
* ``carbonless`` — one page with the data only (no labels, lines, boxes or copy labels), positioned for
  the pre-printed form.

``offset_mm=(dx, dy)`` moves everything right/down by the printer's calibration (``calibration.py``).
``dot_matrix`` prints black only, without grey fills or lines thinner than 0.5 pt.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Literal, TypeAlias

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import Color, HexColor, black
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desk_app.printing.fonts import missing_glyphs
from desk_app.printing.papers import PAPERS
from desk_app.printing.template import (
    Align,
    Box,
    CheckBox,
    CopyLabel,
    Element,
    Layout,
    Line,
    Mark,
    QrField,
    StaticText,
    Template,
    TextField,
    VAlign,
)
from desk_app.printing.textfit import FittedText, fit_text, font_metrics, text_width

Mode: TypeAlias = Literal["plain", "carbonless"]

TEXT_PAD_MM = 0.8  # inside a text box, left/right
TEXT_VPAD_MM = 0.6  # inside a text box, top/bottom
MIN_STROKE_DOT_MATRIX = 0.5  # pt
THREE_UP_PAPER = "a4-third"
CUT_LINE_DASH = (3.0, 2.0)
VOID_TEXT = "作废"


def reprint_text(count: int) -> str:
    return f"补打 (第 {count} 次)"


def render(
    template: Template,
    data: Mapping[str, object],
    *,
    paper_key: str | None = None,
    mode: Mode = "plain",
    copies: Sequence[str] | None = None,
    offset_mm: tuple[float, float] = (0.0, 0.0),
    dot_matrix: bool = False,
    stamp: Literal["void"] | None = None,
    reprint_count: int = 0,
    a4_three_up: bool = False,
) -> bytes:
    """Render ``template`` filled with ``data`` as PDF bytes; pages are exactly the paper's size.

    ``paper_key`` defaults to the template's default paper; ``copies`` (labels) to the template's.
    Raises ``ValueError`` for a paper the template has no layout for, an unknown mode, or an impossible
    combination (three-up on another paper or on carbonless paper).
    """
    layout = template.layout(paper_key)
    if mode not in ("plain", "carbonless"):
        raise ValueError(f"unknown print mode {mode!r}")
    if stamp not in (None, "void"):
        raise ValueError(f"unknown stamp {stamp!r}")
    if reprint_count < 0:
        raise ValueError("reprint_count must not be negative")
    labels = tuple(template.copies if copies is None else copies)
    if mode == "plain" and not labels:
        raise ValueError("plain paper needs at least one copy label")
    if a4_three_up and (layout.paper_key != THREE_UP_PAPER or mode != "plain"):
        raise ValueError("three copies on one A4 sheet need the a4-third layout on plain paper")

    values = {key: _as_text(value) for key, value in data.items()}
    number = values.get("number", "")
    options = PenOptions(mode, dot_matrix, stamp == "void", reprint_count)
    dx, dy = offset_mm

    buf = io.BytesIO()
    if a4_three_up:
        sheet = PAPERS["a4"]
        canvas = _canvas(buf, sheet.width_mm, sheet.height_mm, template.title, number)
        options = _with_qr_forms(canvas, options, layout, values)
        band = layout.height_mm
        per_sheet = int(sheet.height_mm // band)
        for start in range(0, len(labels), per_sheet):
            pen = Pen(canvas, sheet.height_mm, dx, dy, options)
            chunk = labels[start : start + per_sheet]
            for i, label in enumerate(chunk):
                _draw_copy(pen.band(i * band), layout, values, label)
            for i in range(1, min(len(chunk) + 1, per_sheet)):  # below every copy but the sheet's last
                pen.cut_line(i * band, sheet.width_mm)
            canvas.showPage()
    else:
        canvas = _canvas(buf, layout.width_mm, layout.height_mm, template.title, number)
        options = _with_qr_forms(canvas, options, layout, values)
        pages: tuple[str | None, ...] = labels if mode == "plain" else (None,)
        for page_label in pages:
            _draw_copy(Pen(canvas, layout.height_mm, dx, dy, options), layout, values, page_label)
            canvas.showPage()
    canvas.save()
    return buf.getvalue()


def missing_glyph_warning(data: Mapping[str, object]) -> list[str]:
    """Characters in ``data``'s values the embedded font cannot draw (show a warning before printing)."""
    return missing_glyphs("".join(_as_text(v) for v in data.values()))


@dataclass(frozen=True, slots=True)
class PenOptions:
    mode: Mode
    dot_matrix: bool
    void: bool
    reprint_count: int
    qr_forms: Mapping[tuple[str, float], str] = field(default_factory=dict)  # (value, size) → form

    @property
    def plain(self) -> bool:
        return self.mode == "plain"


TICK = "✓"


def _as_text(value: object) -> str:
    if isinstance(value, bool):  # a yes/no value: a tick in a text field, a ticked CheckBox
        return TICK if value else ""
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


def _canvas(buf: io.BytesIO, width_mm: float, height_mm: float, title: str, number: str) -> Canvas:
    canvas = Canvas(
        buf,
        pagesize=(width_mm * mm, height_mm * mm),
        invariant=1,
        pageCompression=1,
        initialFontName=font_metrics()[0],
    )
    canvas.setTitle(f"{title} {number}".strip())
    canvas.setCreator("desk_app")
    return canvas


class Pen:
    """Draws in template coordinates (mm from the top-left) on one page, with the calibration offset and
    the current band (three-up) applied; enforces the dot-matrix rules."""

    def __init__(self, canvas: Canvas, page_h_mm: float, dx: float, dy: float, options: PenOptions) -> None:
        self.canvas = canvas
        self.page_h = page_h_mm
        self.dx, self.dy = dx, dy
        self.top = 0.0
        self.options = options

    def band(self, top_mm: float) -> Pen:
        pen = Pen(self.canvas, self.page_h, self.dx, self.dy, self.options)
        pen.top = top_mm
        return pen

    def x(self, x_mm: float) -> float:
        return float((x_mm + self.dx) * mm)

    def y(self, y_mm: float) -> float:
        return float((self.page_h - self.top - y_mm - self.dy) * mm)

    def color(self, value: str) -> Color:
        return black if self.options.dot_matrix else _color(value)

    def stroke_width(self, pt: float) -> float:
        return max(pt, MIN_STROKE_DOT_MATRIX) if self.options.dot_matrix else pt

    def line(self, x: float, y: float, w: float, h: float, stroke: float, dash: Sequence[float] = ()) -> None:
        c = self.canvas
        c.saveState()
        c.setStrokeColor(black)
        c.setLineWidth(self.stroke_width(stroke))
        if dash:
            c.setDash(list(dash), 0)
        c.line(self.x(x), self.y(y), self.x(x + w), self.y(y + h))
        c.restoreState()

    def rect(self, x: float, y: float, w: float, h: float, stroke: float, fill: str | None = None) -> None:
        do_fill = fill is not None and not self.options.dot_matrix
        if stroke <= 0 and not do_fill:
            return
        c = self.canvas
        c.saveState()
        if do_fill and fill is not None:
            c.setFillColor(_color(fill))
        if stroke > 0:
            c.setStrokeColor(black)
            c.setLineWidth(self.stroke_width(stroke))
        c.rect(self.x(x), self.y(y + h), w * mm, h * mm, stroke=int(stroke > 0), fill=int(do_fill))
        c.restoreState()

    def text(
        self,
        fitted: FittedText,
        box: tuple[float, float, float, float],
        align: Align,
        valign: VAlign,
        *,
        bold: bool = False,
        color: str = "#000000",
    ) -> None:
        if not fitted.lines:
            return
        x, y, w, h = box
        name, ascent, descent = font_metrics()
        block = fitted.block_height(ascent, descent) / mm
        inner_top = y + TEXT_VPAD_MM
        inner_h = h - 2 * TEXT_VPAD_MM
        top = inner_top if valign == "top" else inner_top + max(0.0, (inner_h - block) / 2)
        c = self.canvas
        c.saveState()
        fill = self.color(color)
        c.setFillColor(fill)
        if bold:  # the font has no bold face: fill and stroke the outline
            c.setStrokeColor(fill)
            c.setLineWidth(fitted.size * 0.04)
        t = c.beginText()
        t.setFont(name, fitted.size)
        if bold:
            t.setTextRenderMode(2)
        baseline = self.y(top) - fitted.size * ascent
        for line in fitted.lines:
            width = c.stringWidth(line, name, fitted.size)
            if align == "left":
                left = self.x(x + TEXT_PAD_MM)
            elif align == "right":
                left = self.x(x + w - TEXT_PAD_MM) - width
            else:
                left = self.x(x + w / 2) - width / 2
            t.setTextOrigin(left, baseline)
            t.textOut(line)
            baseline -= fitted.leading
        c.drawText(t)
        c.restoreState()

    def cut_line(self, y_mm: float, width_mm: float) -> None:
        c = self.canvas
        c.saveState()
        c.setStrokeColor(black if self.options.dot_matrix else _color("#808080"))
        c.setLineWidth(self.stroke_width(0.4))
        c.setDash(list(CUT_LINE_DASH), 0)
        c.line(self.x(0), self.y(y_mm), self.x(width_mm), self.y(y_mm))
        c.restoreState()


def fit_in_box(
    text: str, w_mm: float, h_mm: float, size: float, min_size: float, *, multiline: bool, shrink: bool = True
) -> FittedText:
    """``fit_text`` for a template box in mm, minus the text padding the renderer keeps."""
    return fit_text(
        text,
        round((w_mm - 2 * TEXT_PAD_MM) * mm, 3),
        round((h_mm - 2 * TEXT_VPAD_MM) * mm, 3),
        size,
        min_size,
        multiline=multiline,
        shrink=shrink,
    )


def _draw_copy(pen: Pen, layout: Layout, values: Mapping[str, str], label: str | None) -> None:
    options = pen.options
    for element in layout.elements:
        _draw_element(pen, element, values, label)
    if label is not None and not any(isinstance(e, CopyLabel) for e in layout.elements):
        _draw_element(pen, CopyLabel(5, layout.height_mm - 10, layout.width_mm - 10, 5), values, label)
    if options.reprint_count >= 1:
        for mark in layout.marks("reprint") or [_default_reprint_mark(layout)]:
            _draw_reprint(pen, mark, options.reprint_count)
    if options.void:
        for mark in layout.marks("void") or [_default_void_mark(layout)]:
            _draw_void(pen, mark)


def _draw_element(pen: Pen, e: Element, values: Mapping[str, str], label: str | None) -> None:
    plain = pen.options.plain
    if isinstance(e, TextField):
        if e.plain_only and not plain:
            return
        text = values.get(e.key) or e.default
        fitted = fit_in_box(
            text, e.w, e.h, e.font_size, e.min_font_size, multiline=e.multiline, shrink=e.shrink_to_fit
        )
        pen.text(fitted, (e.x, e.y, e.w, e.h), e.align, e.valign, bold=e.bold, color=e.color)
    elif isinstance(e, StaticText):
        if plain:
            fitted = fit_in_box(e.text, e.w, e.h, e.size, min(e.size, 5.0), multiline=True)
            pen.text(fitted, (e.x, e.y, e.w, e.h), e.align, e.valign, bold=e.bold, color=e.color)
    elif isinstance(e, Line):
        if plain:
            pen.line(e.x, e.y, e.w, e.h, e.stroke, e.dash)
    elif isinstance(e, Box):
        if plain:
            pen.rect(e.x, e.y, e.w, e.h, e.stroke, e.fill)
    elif isinstance(e, CheckBox):
        _draw_checkbox(pen, e, values.get(e.key, ""))
    elif isinstance(e, QrField):
        form = pen.options.qr_forms.get((values.get(e.key, ""), e.size))
        if form:
            pen.canvas.saveState()
            pen.canvas.translate(pen.x(e.x), pen.y(e.y + e.size))
            pen.canvas.doForm(form)
            pen.canvas.restoreState()
    elif isinstance(e, CopyLabel) and plain and label:
        fitted = fit_in_box(label, e.w, e.h, e.size, min(e.size, 5.0), multiline=False)
        pen.text(fitted, (e.x, e.y, e.w, e.h), e.align, "middle", bold=e.bold)


def _draw_checkbox(pen: Pen, e: CheckBox, value: str) -> None:
    if pen.options.plain:
        pen.rect(e.x, e.y, e.size, e.size, 0.6)
        if e.label:
            label_box = (e.x + e.size + 0.2, e.y + e.size / 2 - 2.5, checkbox_label_width(e), 5.0)
            fitted = fit_in_box(
                e.label, label_box[2], label_box[3], e.label_size, e.label_size, multiline=False
            )
            pen.text(fitted, label_box, "left", "middle")
    if value and value in (e.match, TICK):
        s, c = e.size, pen.canvas
        path = c.beginPath()
        path.moveTo(pen.x(e.x + 0.18 * s), pen.y(e.y + 0.52 * s))
        path.lineTo(pen.x(e.x + 0.42 * s), pen.y(e.y + 0.8 * s))
        path.lineTo(pen.x(e.x + 0.86 * s), pen.y(e.y + 0.14 * s))
        c.saveState()
        c.setStrokeColor(black)
        c.setLineWidth(max(1.0, s * 0.35))
        c.setLineJoin(1)
        c.setLineCap(1)
        c.drawPath(path, stroke=1, fill=0)
        c.restoreState()


def element_bounds(e: Element) -> tuple[float, float, float, float]:
    """(left, top, right, bottom) in mm of what ``e`` may draw (for layout checks and editors)."""
    if isinstance(e, CheckBox):
        label_w = checkbox_label_width(e) if e.label else 0.0
        return (
            e.x,
            min(e.y, e.y + e.size / 2 - 2.5),
            e.x + e.size + 0.2 + label_w,
            max(e.y + e.size, e.y + e.size / 2 + 2.5),
        )
    if isinstance(e, QrField):
        return (e.x, e.y, e.x + e.size, e.y + e.size)
    return (min(e.x, e.x + e.w), min(e.y, e.y + e.h), max(e.x, e.x + e.w), max(e.y, e.y + e.h))


def checkbox_label_width(e: CheckBox) -> float:
    """Width in mm the checkbox's label takes (with the text padding), for layout checks."""
    return float(text_width(e.label, e.label_size) / mm) + 2 * TEXT_PAD_MM + 0.2


def _draw_reprint(pen: Pen, mark: Mark, count: int) -> None:
    pen.rect(mark.x, mark.y, mark.w, mark.h, 0.8)
    fitted = fit_in_box(reprint_text(count), mark.w, mark.h, mark.size, 5.0, multiline=False)
    pen.text(fitted, (mark.x, mark.y, mark.w, mark.h), "center", "middle", bold=True, color=mark.color)


def _draw_void(pen: Pen, mark: Mark) -> None:
    c = pen.canvas
    name, ascent, descent = font_metrics()
    size = min(mark.size, (mark.h - 4) * mm / (ascent - descent))
    width = c.stringWidth(VOID_TEXT, name, size)
    color = pen.color(mark.color)
    c.saveState()
    c.translate(pen.x(mark.x + mark.w / 2), pen.y(mark.y + mark.h / 2))
    c.rotate(mark.angle)
    c.setStrokeColor(color)
    c.setFillColor(color)
    if not pen.options.dot_matrix:
        c.setFillAlpha(0.55)
        c.setStrokeAlpha(0.8)
    box_w = max(mark.w * mm, width + 8 * mm)
    box_h = mark.h * mm
    c.setLineWidth(2.5)
    c.roundRect(-box_w / 2, -box_h / 2, box_w, box_h, 2 * mm, stroke=1, fill=0)
    c.setLineWidth(0.8)
    c.roundRect(-box_w / 2 + 1.5 * mm, -box_h / 2 + 1.5 * mm, box_w - 3 * mm, box_h - 3 * mm, 1.5 * mm)
    t = c.beginText()
    t.setFont(name, size)
    t.setTextOrigin(-width / 2, -size * (ascent + descent) / 2)
    t.textOut(VOID_TEXT)
    c.drawText(t)
    c.restoreState()


def _default_void_mark(layout: Layout) -> Mark:
    w, h = layout.width_mm * 0.5, min(layout.height_mm * 0.4, 40.0)
    size = (h - 4) * mm / 1.05
    return Mark("void", (layout.width_mm - w) / 2, (layout.height_mm - h) / 2, w, h, size, angle=18.0)


def _default_reprint_mark(layout: Layout) -> Mark:
    return Mark("reprint", 5.0, 5.0, min(34.0, layout.width_mm - 10), 5.5, 9.0)


@lru_cache(maxsize=256)
def _color(value: str) -> Color:
    return HexColor(value)


def _with_qr_forms(
    canvas: Canvas, options: PenOptions, layout: Layout, values: Mapping[str, str]
) -> PenOptions:
    """Draw each QR code once per PDF as a form XObject that every copy reuses (fast, and a smaller file)."""
    forms: dict[tuple[str, float], str] = {}
    for e in layout.elements:
        value = values.get(e.key, "") if isinstance(e, QrField) else ""
        if isinstance(e, QrField) and value and (value, e.size) not in forms:
            name = forms[value, e.size] = f"qr{len(forms)}"
            size = e.size * mm
            canvas.beginForm(name, 0, 0, size, size)
            renderPDF.draw(_qr_drawing(value, round(size, 3)), canvas, 0, 0)
            canvas.endForm()
    return replace(options, qr_forms=forms)


@lru_cache(maxsize=64)
def _qr_drawing(value: str, size_pt: float) -> Drawing:
    """ReportLab's QR widget (error correction M, 4-module quiet zone inside ``size_pt``), expanded once."""
    widget = QrCodeWidget(value, barLevel="M", barBorder=4, barWidth=size_pt, barHeight=size_pt)
    drawing = Drawing(size_pt, size_pt)
    drawing.initialFontName = font_metrics()[0]  # the renderer sets a font even without text: not Helvetica
    drawing.add(widget.draw())
    return drawing
