"""The calibration page: a site prints it on the real paper and measures how far the printer shifts.

It carries a 10 mm grid, 1 mm ticks along every edge, crosshair A 20 mm from the top-left corner and B 20 mm
from the bottom-right corner, a horizontal and a vertical ruler (100 mm where the paper allows) and the
instructions in Chinese. The offsets are applied exactly as ``render()`` applies them, so printing the page
again with the new offsets shows whether they are right.
"""

from __future__ import annotations

import io

from reportlab.lib.colors import black
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desk_app.printing.papers import Paper, paper
from desk_app.printing.render import Pen, PenOptions, fit_in_box
from desk_app.printing.textfit import font_metrics

CROSS_FROM_CORNER = 20.0  # mm
RULER_LENGTHS = (100.0, 50.0, 40.0, 30.0, 20.0)
GRID_COLOR = "#B0B0B0"


def calibration_page(
    paper_key: str, offset_mm: tuple[float, float] = (0.0, 0.0), *, dot_matrix: bool = False
) -> bytes:
    """One page of ``paper_key``'s size as PDF bytes, shifted by ``offset_mm`` like ``render()``."""
    p = paper(paper_key)
    buf = io.BytesIO()
    canvas = Canvas(
        buf, pagesize=p.size_pt, invariant=1, pageCompression=1, initialFontName=font_metrics()[0]
    )
    canvas.setTitle(f"校准页 {p.name_zh}")
    canvas.setCreator("desk_app")
    pen = Pen(canvas, p.height_mm, offset_mm[0], offset_mm[1], PenOptions("plain", dot_matrix, False, 0))
    _grid(pen, p)
    _edge_ticks(pen, p)
    h_len, v_len = ruler_lengths(p)
    h_left = (p.width_mm - h_len) / 2 if p.width_mm >= 120 else 10.0  # a card: keep clear of crosshair B
    _ruler(pen, h_left, p.height_mm / 2, h_len, horizontal=True)
    v_top = max(8.0, min((p.height_mm - v_len) / 2, p.height_mm - CROSS_FROM_CORNER - 7 - v_len))
    _ruler(pen, p.width_mm - 14, v_top, v_len, horizontal=False)
    c = CROSS_FROM_CORNER
    _crosshair(pen, c, c, "A")
    _crosshair(pen, p.width_mm - c, p.height_mm - c, "B")
    _instructions(pen, p, offset_mm, h_len, v_len)
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


def ruler_lengths(p: Paper) -> tuple[float, float]:
    """The horizontal and vertical ruler lengths (mm) that fit on the paper: 100 mm when they can."""

    def longest(room: float) -> float:
        return next((n for n in RULER_LENGTHS if n <= room), RULER_LENGTHS[-1])

    return longest(p.width_mm - 20), longest(p.height_mm - 20)


def _grid(pen: Pen, p: Paper) -> None:
    c = pen.canvas
    c.saveState()
    c.setStrokeColor(black if pen.options.dot_matrix else pen.color(GRID_COLOR))
    c.setLineWidth(pen.stroke_width(0.25))
    c.setDash([0.6, 1.4] if pen.options.dot_matrix else [], 0)
    x = 10.0
    while x < p.width_mm:
        c.line(pen.x(x), pen.y(0), pen.x(x), pen.y(p.height_mm))
        x += 10
    y = 10.0
    while y < p.height_mm:
        c.line(pen.x(0), pen.y(y), pen.x(p.width_mm), pen.y(y))
        y += 10
    c.restoreState()


def _tick_length(i: int) -> float:
    return 4.0 if i % 10 == 0 else 2.5 if i % 5 == 0 else 1.5


def _edge_ticks(pen: Pen, p: Paper) -> None:
    c = pen.canvas
    c.saveState()
    c.setStrokeColor(black)
    c.setLineWidth(pen.stroke_width(0.3))
    for i in range(1, int(p.width_mm) + 1):
        n = _tick_length(i)
        c.line(pen.x(i), pen.y(0), pen.x(i), pen.y(n))
        c.line(pen.x(i), pen.y(p.height_mm), pen.x(i), pen.y(p.height_mm - n))
    for i in range(1, int(p.height_mm) + 1):
        n = _tick_length(i)
        c.line(pen.x(0), pen.y(i), pen.x(n), pen.y(i))
        c.line(pen.x(p.width_mm), pen.y(i), pen.x(p.width_mm - n), pen.y(i))
    c.restoreState()
    for i in range(10, int(p.width_mm), 10):
        pen.text(fit_in_box(str(i), 8, 3, 5, 5, multiline=False), (i - 4, 4.2, 8, 3), "center", "middle")
    for i in range(10, int(p.height_mm), 10):
        pen.text(fit_in_box(str(i), 8, 3, 5, 5, multiline=False), (4.2, i - 1.5, 8, 3), "left", "middle")


def _ruler(pen: Pen, x0: float, y0: float, length: float, *, horizontal: bool) -> None:
    c = pen.canvas
    c.saveState()
    c.setStrokeColor(black)
    c.setLineWidth(pen.stroke_width(0.5))
    if horizontal:
        c.line(pen.x(x0), pen.y(y0), pen.x(x0 + length), pen.y(y0))
    else:
        c.line(pen.x(x0), pen.y(y0), pen.x(x0), pen.y(y0 + length))
    c.setLineWidth(pen.stroke_width(0.3))
    for i in range(int(length) + 1):
        n = _tick_length(i)
        if horizontal:
            c.line(pen.x(x0 + i), pen.y(y0), pen.x(x0 + i), pen.y(y0 - n))
        else:
            c.line(pen.x(x0), pen.y(y0 + i), pen.x(x0 + n), pen.y(y0 + i))
    c.restoreState()
    step = 10 if length >= 50 else 5
    for i in range(0, int(length) + 1, step):
        if horizontal:
            box = (x0 + i - 4, y0 + 0.6, 8.0, 3.0)
            pen.text(fit_in_box(str(i), 8, 3, 6, 5, multiline=False), box, "center", "middle")
        else:
            box = (x0 + 4.2, y0 + i - 1.5, 8.0, 3.0)
            pen.text(fit_in_box(str(i), 8, 3, 6, 5, multiline=False), box, "left", "middle")
    caption = f"{length:.0f} mm"
    if horizontal:
        box = (x0 + length / 2 - 15, y0 + 3.6, 30.0, 4.0)
        pen.text(fit_in_box(caption, 30, 4, 8, 5, multiline=False), box, "center", "middle", bold=True)


def _crosshair(pen: Pen, x: float, y: float, name: str) -> None:
    c = pen.canvas
    c.saveState()
    c.setStrokeColor(black)
    c.setLineWidth(pen.stroke_width(0.4))
    c.line(pen.x(x - 5), pen.y(y), pen.x(x + 5), pen.y(y))
    c.line(pen.x(x), pen.y(y - 5), pen.x(x), pen.y(y + 5))
    c.circle(pen.x(x), pen.y(y), 3 * mm)
    c.restoreState()
    pen.text(
        fit_in_box(name, 5, 4, 9, 6, multiline=False), (x + 1.0, y - 5.5, 5, 4), "left", "middle", bold=True
    )


def _instructions(pen: Pen, p: Paper, offset: tuple[float, float], h_len: float, v_len: float) -> None:
    dx, dy = offset
    c = CROSS_FROM_CORNER
    head = f"打印校准页 · {p.name_zh} {p.width_mm:g}×{p.height_mm:g} mm · 当前偏移 dx = {dx:+.1f} mm，dy = {dy:+.1f} mm"
    steps: tuple[str, ...] = (
        f"1. 用尺子测量 {h_len:.0f} mm 标尺（横）和 {v_len:.0f} mm 标尺（竖）：长度不对时，请在打印设置中关闭"
        "“适合页面/缩放”，选择实际大小（100%）。",
        f"2. 量出十字 A 中心到纸张左边缘的距离 X、到上边缘的距离 Y（应各为 {c:.0f} mm）。",
        f"3. 新 dx = 当前 dx + ({c:.0f} − X)，新 dy = 当前 dy + ({c:.0f} − Y)；单位 mm，向右、向下为正。"
        "填入打印机设置后再打印本页核对。",
        f"4. 十字 B 距右边缘、下边缘各 {c:.0f} mm：与 A 的偏差不同，说明纸张歪斜或进纸打滑。",
    )
    if p.height_mm < 80:  # a card: the short version
        steps = (
            f"十字 A 应距左、上边缘各 {c:.0f} mm；量出 X、Y 后：新 dx = dx + ({c:.0f} − X)，新 dy = dy + ({c:.0f} − Y)。",
        )
    text = "\n".join((head, *steps))
    x0, x1 = c + 9, p.width_mm - 18
    y0, y1 = 8.0, p.height_mm / 2 - 7
    fitted = fit_in_box(text, x1 - x0, y1 - y0, 9, 3.5, multiline=True)
    pen.text(fitted, (x0, y0, x1 - x0, y1 - y0), "left", "top")
