"""The goods release slip (物品放行通知单), two labelled copies: 存根 stays at the desk, 门岗 goes to the gate,
where the guard checks the items, signs and keeps it (DOMAIN.md §7).

Data keys (``data`` is a Mapping; display text, the caller formats dates):

* ``site_name``, ``number`` (red NO.), ``date`` (放行日期), ``unit``, ``applicant``, ``relation`` (业主 / 授权人 …),
  ``phone``, ``plate`` (车牌号; optional), ``clerk`` (开单人), ``qr`` (``type|number|hmac`` payload),
  ``note`` (放行事由 / 备注; optional);
* ``items`` — a sequence of ``(name, quantity)`` pairs (quantity as display text, e.g. "2 件"), at most 8;
  "以下空白" is printed after the last one.

The guard's confirmation (门岗确认 / 时间) is left blank to be written by hand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from desk_app.printing import grid
from desk_app.printing.grid import Row, TableStyle, blank, label, row, value
from desk_app.printing.papers import PAPERS
from desk_app.printing.render import render
from desk_app.printing.template import (
    CopyLabel,
    Element,
    Layout,
    Line,
    Mark,
    QrField,
    StaticText,
    Template,
    TextField,
)

RELEASE_COPIES = ("第一联 存根", "第二联 门岗")
MAX_ITEMS = 8
BLANK_BELOW = "以下空白"
NUMBER_COLOR = "#B00000"
FOOTER_NOTE = "本单限当日有效。门岗查验物品与本单相符后放行，签字并收回第二联。"


@dataclass(frozen=True, slots=True)
class _Geometry:
    paper_key: str
    margin_x: float
    margin_y: float
    qr: float
    row_h: float
    item_h: float
    label_w: float
    item_columns: int  # 2: items side by side (A4 三等分), 1: one list (A5)
    style: TableStyle
    title_size: float
    footer_size: float


def _item_cells(i: int, name_w: float | None) -> list[grid.Cell]:
    return [value(f"item{i}_no", 8, align="center"), value(f"item{i}_name", name_w),
            value(f"item{i}_qty", 24, align="center")]  # fmt: skip


def _rows(g: _Geometry, width: float) -> list[Row]:
    lw = g.label_w
    r = g.row_h
    if g.item_columns == 2:
        pair = (width - 3 * lw) / 3
        rows = [
            row(r, label("放行日期", lw), value("date", pair), label("房号", lw), value("unit", pair),
                label("车牌号", lw), value("plate")),
            row(r, label("申请人", lw), value("applicant", pair), label("与业主关系", lw), value("relation", pair),
                label("联系电话", lw), value("phone")),
        ]  # fmt: skip
        half = width / 2
        head = [label("序号", 8), label("物品名称", half - 8 - 24), label("数量", 24)]
        rows.append(row(r * 0.8, *head, *head[:2], grid.Cell(None, label="数量")))
        per_column = MAX_ITEMS // 2
        for i in range(1, per_column + 1):
            left = _item_cells(i, half - 8 - 24)
            right = _item_cells(i + per_column, half - 8 - 24)
            rows.append(row(g.item_h, *left, *right[:2], value(f"item{i + per_column}_qty", align="center")))
    else:
        pair = (width - 2 * lw) / 2
        rows = [
            row(r, label("放行日期", lw), value("date", pair), label("房号", lw), value("unit")),
            row(r, label("申请人", lw), value("applicant", pair), label("与业主关系", lw), value("relation")),
            row(r, label("联系电话", lw), value("phone", pair), label("车牌号", lw), value("plate")),
            row(r * 0.8, label("序号", 8), grid.Cell(None, label="物品名称"), label("数量", 24)),
        ]
        rows += [row(g.item_h, *_item_cells(i, None)) for i in range(1, MAX_ITEMS + 1)]
    rows.append(row(r * 1.3, label("放行事由\n备注", lw), value("note", multiline=True)))
    if g.item_columns == 2:
        rows.append(row(r * 1.3, label("开单人", lw), value("clerk", 28), label("门岗确认\n（签字）", lw), blank(),
                        label("放行时间", lw), blank(34)))  # fmt: skip
    else:
        rows += [
            row(r, label("开单人", lw), value("clerk", 30), label("门岗确认\n（签字）", lw), blank()),
            row(r, label("放行时间", lw), blank()),
        ]
    return rows


def _layout(g: _Geometry) -> Layout:
    paper = PAPERS[g.paper_key]
    left, right = g.margin_x, paper.width_mm - g.margin_x
    width = right - left
    top = g.margin_y
    qr_x = right - g.qr
    centre = paper.width_mm / 2
    site_h, title_h = 5.0, g.title_size * 0.3528 * 1.45
    number_w = 46.0
    elements: list[Element] = [
        TextField("site_name", centre - 50, top, 100, site_h, 10, "center", min_font_size=6),
        StaticText(
            "物品放行通知单", centre - 32, top + site_h, 64, title_h, g.title_size, "center", bold=True
        ),
        Line(centre - 28, top + site_h + title_h, 56, 0, 0.8),
        QrField("qr", qr_x, top, g.qr),
        Mark("reprint", left, top, 34, site_h, 9),
    ]
    if g.item_columns == 2:  # wide paper: the number beside the title
        number_top = top + site_h + 1.5
        number_x = qr_x - 2 - number_w
    else:  # A5: under the title
        number_top = top + site_h + title_h + 1.5
        number_x = centre - number_w / 2 + 5
    elements += [
        StaticText("NO.", number_x - 10, number_top, 10, 6, 10, "right", bold=True, color=NUMBER_COLOR),
        TextField("number", number_x, number_top, number_w, 6, 11.5, "left", bold=True, color=NUMBER_COLOR,
                  min_font_size=6),
    ]  # fmt: skip
    table_top = max(top + g.qr, number_top + 6) + 1.0
    rows = _rows(g, width)
    elements += grid.table(left, table_top, width, rows, g.style)
    footer_top = table_top + grid.table_height(rows) + 0.6
    footer_h = min(7.0, paper.height_mm - g.margin_y - footer_top)
    if footer_h < 4.0:
        raise ValueError(f"release slip does not fit on {g.paper_key}")  # a layout coding error
    copy_w = 40.0
    elements += [
        StaticText(FOOTER_NOTE, left, footer_top, width - copy_w, footer_h, g.footer_size, "left"),
        CopyLabel(right - copy_w, footer_top, copy_w, footer_h, 10.5, "right"),
        Mark("void", left + width * 0.25, table_top + 6, width * 0.5, min(34.0, width * 0.3), 90, angle=15),
    ]
    return Layout(g.paper_key, paper.width_mm, paper.height_mm, tuple(elements))


_COMPACT = TableStyle(label_size=8.5, value_size=9.5, min_value_size=6)
_ROOMY = TableStyle(label_size=9, value_size=10.5, min_value_size=6.5)

_GEOMETRIES = (
    _Geometry("a4-third", 7, 4, qr=16, row_h=7.0, item_h=6.8, label_w=18, item_columns=2, style=_COMPACT,
              title_size=16, footer_size=8.5),
    _Geometry("a5", 10, 9, qr=22, row_h=10.0, item_h=10.0, label_w=22, item_columns=1, style=_ROOMY,
              title_size=18, footer_size=8.5),
)  # fmt: skip

RELEASE_SLIP = Template(
    key="release_slip",
    title="物品放行通知单",
    layouts={g.paper_key: _layout(g) for g in _GEOMETRIES},
    copies=RELEASE_COPIES,
    default_paper="a4-third",
)


def release_values(data: Mapping[str, object]) -> dict[str, str]:
    """The flat text the template prints: the data's text plus the numbered item rows."""
    raw = data.get("items") or ()
    if not isinstance(raw, Sequence) or isinstance(raw, str):
        raise ValueError("release slip 'items' must be a sequence of (name, quantity) pairs")
    items = [(str(name), str(qty)) for name, qty in raw]
    if not items:
        raise ValueError("a release slip lists at least one item")
    if len(items) > MAX_ITEMS:
        raise ValueError(f"a release slip lists at most {MAX_ITEMS} items; issue a second slip for the rest")
    out = {k: str(v) for k, v in data.items() if isinstance(v, str | int) and not isinstance(v, bool)}
    for i, (name, qty) in enumerate(items, 1):
        out[f"item{i}_no"], out[f"item{i}_name"], out[f"item{i}_qty"] = str(i), name, qty
    if len(items) < MAX_ITEMS:
        out[f"item{len(items) + 1}_name"] = BLANK_BELOW
    return out


def render_release(
    data: Mapping[str, object],
    *,
    paper_key: str = "a4-third",
    copies: Sequence[str] = RELEASE_COPIES,
    void: bool = False,
    reprint_count: int = 0,
    offset_mm: tuple[float, float] = (0.0, 0.0),
    a4_three_up: bool = False,
    template: Template = RELEASE_SLIP,
) -> bytes:
    """The release slip as PDF bytes, one page per copy (see ``render.render``)."""
    return render(
        template,
        release_values(data),
        paper_key=paper_key,
        copies=copies,
        offset_mm=offset_mm,
        stamp="void" if void else None,
        reprint_count=reprint_count,
        a4_three_up=a4_three_up,
    )
