"""Build the bordered label/value table of a Chinese form (报修单, 收据, 出入证…) as template elements.

A table is rows of cells laid left to right; a cell is a shaded label, a data field, a blank to fill in by
hand, a fixed text, or a row of tick boxes. ``table()`` returns plain elements, so the result is an ordinary
template that a site can still edit as JSON.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desk_app.printing.template import Align, Box, CheckBox, Element, Line, StaticText, TextField

LABEL_FILL = "#E8E8E8"
MM_PER_PT = 25.4 / 72


@dataclass(frozen=True, slots=True)
class Cell:
    """``width`` in mm, ``None`` for the rest of the row (at most one per row)."""

    width: float | None
    label: str | None = None
    key: str | None = None
    text: str | None = None
    checks: tuple[str, ...] = ()
    multiline: bool = False
    align: Align = "left"


def label(text: str, width: float) -> Cell:
    return Cell(width, label=text)


def value(key: str, width: float | None = None, *, multiline: bool = False, align: Align = "left") -> Cell:
    return Cell(width, key=key, multiline=multiline, align=align)


def blank(width: float | None = None) -> Cell:
    return Cell(width)


def fixed(text: str, width: float | None = None, *, align: Align = "right") -> Cell:
    return Cell(width, text=text, align=align)


def checks(key: str, options: Sequence[str], width: float | None = None) -> Cell:
    return Cell(width, key=key, checks=tuple(options))


@dataclass(frozen=True, slots=True)
class Row:
    height: float
    cells: tuple[Cell, ...]


def row(height: float, *cells: Cell) -> Row:
    return Row(height, cells)


@dataclass(frozen=True, slots=True)
class TableStyle:
    label_size: float = 8.0
    value_size: float = 9.0
    min_value_size: float = 6.0
    outer_stroke: float = 0.8
    inner_stroke: float = 0.4
    label_fill: str | None = LABEL_FILL
    check_size: float = 3.0
    check_gap: float = 3.0


def table(
    x: float, y: float, width: float, rows: Sequence[Row], style: TableStyle | None = None
) -> list[Element]:
    """Elements of a table with its top-left at (x, y) mm: shading first, then lines, then text."""
    style = style or TableStyle()
    fills: list[Element] = []
    lines: list[Element] = []
    texts: list[Element] = []
    top = y
    for i, r in enumerate(rows):
        if i:
            lines.append(Line(x, top, width, 0, style.inner_stroke))
        for j, (left, w, cell) in enumerate(_place(x, width, r)):
            if j:
                lines.append(Line(left, top, 0, r.height, style.inner_stroke))
            fills_, texts_ = _cell_elements(left, top, w, r.height, cell, style)
            fills.extend(fills_)
            texts.extend(texts_)
        top += r.height
    border = Box(x, y, width, top - y, style.outer_stroke)
    return [*fills, *lines, border, *texts]


def table_height(rows: Sequence[Row]) -> float:
    return sum(r.height for r in rows)


def _place(x: float, width: float, r: Row) -> list[tuple[float, float, Cell]]:
    fixed_total = sum(c.width for c in r.cells if c.width is not None)
    flexible = [c for c in r.cells if c.width is None]
    if len(flexible) > 1:
        raise ValueError("at most one cell per row may take the rest of the width")
    rest = width - fixed_total
    if rest < -1e-6 or (flexible and rest <= 0):
        raise ValueError(f"cells {fixed_total:.1f} mm wider than the table {width:.1f} mm")
    placed, left = [], x
    for c in r.cells:
        w = rest if c.width is None else c.width
        placed.append((left, w, c))
        left += w
    return placed


def _cell_elements(
    x: float, y: float, w: float, h: float, cell: Cell, style: TableStyle
) -> tuple[list[Element], list[Element]]:
    if cell.label is not None:
        fill: list[Element] = [Box(x, y, w, h, 0, style.label_fill)] if style.label_fill else []
        return fill, [StaticText(cell.label, x, y, w, h, style.label_size, "center")]
    if cell.checks and cell.key:
        out: list[Element] = []
        left = x + 2.0
        top = y + (h - style.check_size) / 2
        for option in cell.checks:
            out.append(CheckBox(cell.key, left, top, style.check_size, option, style.label_size))
            label_w = _estimated_width(option, style.label_size)
            left += style.check_size + label_w + 2.0 + style.check_gap
        return [], out
    if cell.key:
        field = TextField(
            cell.key,
            x,
            y,
            w,
            h,
            style.value_size,
            cell.align,
            multiline=cell.multiline,
            min_font_size=min(style.min_value_size, style.value_size),
            valign="top" if cell.multiline else "middle",
        )
        return [], [field]
    if cell.text:
        return [], [StaticText(cell.text, x, y, w, h, style.label_size, cell.align)]
    return [], []


def _estimated_width(text: str, size: float) -> float:
    """Width in mm without loading the font (templates are built at import): CJK glyphs are one em wide,
    others at most about 0.6 em in the bundled font."""
    return sum(1.0 if ord(ch) >= 0x2E80 else 0.6 for ch in text) * size * MM_PER_PT
