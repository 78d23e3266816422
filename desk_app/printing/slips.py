"""The work-order slip (报事报修单), printed 一式三联 (DOMAIN.md §2).

The desk fills the upper part; the department writes staff, arrival and completion times, cause and
handling, materials and fees; the customer ticks an evaluation and signs; the slip comes back to the desk,
where its QR code (``type|number|hmac``) opens the record.

Data keys: site_name, title, number, created_at, unit, reporter, phone, channel, category, urgency,
description, appointment, department, clerk, paid (有偿/无偿), qr, evaluation (满意/基本满意/不满意; normally
blank, set only to reprint a returned slip). Values are display text; the caller formats dates.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from desk_app.printing import grid
from desk_app.printing.grid import Row, TableStyle, blank, checks, fixed, label, row, value
from desk_app.printing.papers import PAPERS
from desk_app.printing.render import Mode, render
from desk_app.printing.template import (
    CopyLabel,
    Element,
    Layout,
    Mark,
    QrField,
    StaticText,
    Template,
    TextField,
)

WORK_ORDER_COPIES = (
    "第一联 存根（客服中心）",
    "第二联 派工（工程部/承办部门）",
    "第三联 回执（客户评价后交回）",
)
EVALUATIONS = ("满意", "基本满意", "不满意")
NUMBER_COLOR = "#B00000"
FOOTER_NOTE = "凭单派工；完工后请客户评价、签字，本联交回客服中心。"
DATE_BLANK = "年　　月　　日"


@dataclass(frozen=True, slots=True)
class _Geometry:
    """What differs between the papers: margins, the header's sizes, row heights and the column grid."""

    paper_key: str
    margin_x: float
    margin_y: float
    qr: float
    site_size: float
    title_size: float
    number_size: float
    row_h: float
    description_h: float
    handling_h: float
    evaluation_h: float
    label_w: float
    style: TableStyle
    columns: int  # 6: three label/value pairs per row (wide papers); 4: two pairs (A5 portrait)
    footer_size: float = 7.0


def _rows_three_pairs(g: _Geometry, width: float) -> list[Row]:
    lw = g.label_w
    vw = (width - 3 * lw) / 3
    r = g.row_h
    return [
        row(r, label("受理时间", lw), value("created_at", vw), label("报事渠道", lw), value("channel", vw),
            label("受理人", lw), value("clerk")),
        row(r, label("房号", lw), value("unit", vw), label("报事人", lw), value("reporter", vw),
            label("联系电话", lw), value("phone")),
        row(r, label("报事类别", lw), value("category", vw), label("紧急程度", lw), value("urgency", vw),
            label("有偿/无偿", lw), value("paid")),
        row(r, label("预约时间", lw), value("appointment", vw), label("承办部门", lw), value("department")),
        row(g.description_h, label("报事内容", lw), value("description", multiline=True)),
        row(r, label("维修人员", lw), blank(vw), label("到达时间", lw), blank(vw), label("完工时间", lw), blank()),
        row(g.handling_h, label("原因及\n处理结果", lw), blank()),
        row(r, label("材料及费用", lw), blank()),
        row(g.evaluation_h, label("客户评价", lw), checks("evaluation", EVALUATIONS, vw + lw),
            label("客户签字", lw), blank(vw - lw), label("日期", lw), fixed(DATE_BLANK, align="center")),
    ]  # fmt: skip


def _rows_two_pairs(g: _Geometry, width: float) -> list[Row]:
    lw = g.label_w
    vw = (width - 2 * lw) / 2
    r = g.row_h
    return [
        row(r, label("受理时间", lw), value("created_at", vw), label("受理人", lw), value("clerk")),
        row(r, label("房号", lw), value("unit", vw), label("报事人", lw), value("reporter")),
        row(r, label("联系电话", lw), value("phone", vw), label("报事渠道", lw), value("channel")),
        row(r, label("报事类别", lw), value("category", vw), label("紧急程度", lw), value("urgency")),
        row(r, label("预约时间", lw), value("appointment", vw), label("有偿/无偿", lw), value("paid")),
        row(r, label("承办部门", lw), value("department")),
        row(g.description_h, label("报事内容", lw), value("description", multiline=True)),
        row(r, label("维修人员", lw), blank()),
        row(r, label("到达时间", lw), blank(vw), label("完工时间", lw), blank()),
        row(g.handling_h, label("原因及\n处理结果", lw), blank()),
        row(r * 1.5, label("材料及费用", lw), blank()),
        row(g.evaluation_h, label("客户评价", lw), checks("evaluation", EVALUATIONS)),
        row(g.evaluation_h, label("客户签字", lw), blank(vw), label("日期", lw), fixed(DATE_BLANK, align="center")),
    ]  # fmt: skip


def _slip_layout(g: _Geometry) -> Layout:
    paper = PAPERS[g.paper_key]
    left, right = g.margin_x, paper.width_mm - g.margin_x
    width = right - left
    top = g.margin_y
    pt = 25.4 / 72  # mm per point
    site_h = g.site_size * pt * 1.2 + 1.2  # the text box keeps 0.6 mm above and below
    title_h = g.title_size * pt * 1.35
    number_h = g.number_size * pt * 1.4
    qr_x = right - g.qr
    centre = paper.width_mm / 2
    number_w, no_w = 48.0, 8.0
    number_x = qr_x - 1 - number_w
    title_top = top + site_h
    title_w = min(60.0, 2 * (number_x - no_w - 1 - centre))
    if title_w >= 40:  # the number fits beside the title
        number_top = title_top + title_h - number_h
        header_h = max(g.qr, site_h + title_h + 1.0)
    else:  # a narrow paper: the number gets its own line under the title
        title_w = min(60.0, 2 * (qr_x - 2 - centre))
        number_top = title_top + title_h
        header_h = max(g.qr, site_h + title_h + number_h + 1.0)
    elements: list[Element] = [
        TextField("site_name", left + 40, top, width - 80, site_h, g.site_size, "center", min_font_size=6,
                  plain_only=True),
        TextField("title", centre - title_w / 2, title_top, title_w, title_h, g.title_size, "center",
                  bold=True, min_font_size=9, default="报事报修单", plain_only=True),
        StaticText("No.", number_x - no_w, number_top, no_w, number_h, g.number_size - 1, "right", bold=True,
                   color=NUMBER_COLOR),
        TextField("number", number_x, number_top, number_w, number_h, g.number_size, "left", bold=True,
                  color=NUMBER_COLOR, min_font_size=6),
        QrField("qr", qr_x, top, g.qr),
        Mark("reprint", left, top + 0.5, 34, site_h + 0.5, g.site_size - 1),
    ]  # fmt: skip
    table_top = top + header_h + 1.0
    rows = _rows_three_pairs(g, width) if g.columns == 6 else _rows_two_pairs(g, width)
    elements += grid.table(left, table_top, width, rows, g.style)
    footer_top = table_top + grid.table_height(rows) + 0.8
    footer_h = paper.height_mm - g.margin_y - footer_top
    if footer_h < 3.0:
        raise ValueError(f"work-order slip does not fit on {g.paper_key}")  # a layout coding error
    copy_w = min(70.0, width * 0.45)
    elements += [
        StaticText(FOOTER_NOTE, left, footer_top, width - copy_w, footer_h, g.footer_size, "left"),
        CopyLabel(right - copy_w, footer_top, copy_w, footer_h, g.footer_size + 2, "right"),
    ]
    void_h = min(header_h + grid.table_height(rows) * 0.5, 40.0)
    elements.append(Mark("void", left + width * 0.25, table_top + 6, width * 0.5, void_h, 90, angle=15))
    return Layout(g.paper_key, paper.width_mm, paper.height_mm, tuple(elements))


_COMPACT = TableStyle(label_size=8, value_size=9, min_value_size=6)
_ROOMY = TableStyle(label_size=9, value_size=10, min_value_size=6.5, check_size=3.5)

_GEOMETRIES = (
    # A4 三等分 210×99 — the main slip: three on one A4 sheet or one per third.
    _Geometry("a4-third", 7, 5, qr=16, site_size=9.5, title_size=14, number_size=11, row_h=6,
              description_h=11, handling_h=11, evaluation_h=6.5, label_w=17, style=_COMPACT, columns=6),
    # 241×93.1 continuous: the tractor strips take ~13 mm a side.
    _Geometry("cont-241x93", 14, 5, qr=15, site_size=9.5, title_size=14, number_size=11, row_h=5.6,
              description_h=10, handling_h=10.5, evaluation_h=6, label_w=17, style=_COMPACT, columns=6,
              footer_size=6.5),
    _Geometry("cont-241x140", 14, 7, qr=20, site_size=11, title_size=16, number_size=12, row_h=8.4,
              description_h=18, handling_h=20, evaluation_h=9, label_w=20, style=_ROOMY, columns=6,
              footer_size=8),
    _Geometry("a5", 10, 10, qr=22, site_size=11, title_size=16, number_size=12, row_h=8.5,
              description_h=28, handling_h=32, evaluation_h=9.5, label_w=20, style=_ROOMY, columns=4,
              footer_size=7.5),
)  # fmt: skip

WORK_ORDER_SLIP = Template(
    key="work_order_slip",
    title="报事报修单",
    layouts={g.paper_key: _slip_layout(g) for g in _GEOMETRIES},
    copies=WORK_ORDER_COPIES,
    default_paper="a4-third",
)


def render_work_order_slip(
    data: Mapping[str, object],
    *,
    paper_key: str = "a4-third",
    mode: Mode = "plain",
    copies: Sequence[str] | None = None,
    offset_mm: tuple[float, float] = (0.0, 0.0),
    dot_matrix: bool = False,
    void: bool = False,
    reprint_count: int = 0,
    a4_three_up: bool = False,
    template: Template = WORK_ORDER_SLIP,
) -> bytes:
    """The slip as PDF bytes (see ``render.render``); ``template`` takes a site-edited copy."""
    return render(
        template,
        data,
        paper_key=paper_key,
        mode=mode,
        copies=copies,
        offset_mm=offset_mm,
        dot_matrix=dot_matrix,
        stamp="void" if void else None,
        reprint_count=reprint_count,
        a4_three_up=a4_three_up,
    )
