"""The receipt (收据) and the refund voucher (退款凭证), printed 一式三联 (DOMAIN.md §6, issue 5).

A4 三等分 (210×99 mm, optionally three on one A4 sheet) or continuous 241×93.1 mm. Amounts are integer fen;
this module writes them in figures (``format_yuan``: ¥1,234.50) and in capitals (``amount_in_words``, prefixed
人民币), so the two forms can never disagree.

Data keys (``data`` is a Mapping; text values are display text, the caller formats dates):

* ``kind`` — ``"receipt"`` (default) or ``"refund"``;
* ``site_name``, ``number`` (the red NO.), ``date``, ``payer`` (交款人; the payee 领款人 on a refund), ``unit``,
  ``method`` (现金 / 微信 / 支付宝 / 银行转账 / POS), ``method_ref`` (POS reference or transfer serial, printed
  after the method; optional), ``clerk`` (收款人 / 经办人), ``qr`` (``type|number|hmac`` payload);
* ``items`` — a sequence of ``(name, amount_fen)`` pairs, the fee lines (at most 4 on a receipt); on a refund the
  amounts paid back before deductions (e.g. ``("退还装修保证金", 300000)``);
* ``deductions`` — refund only: a sequence of ``(reason, amount_fen)``; printed as "扣除：reason  -¥x" lines
  below the items (fee lines + deductions ≤ 4; more deductions are summed into one "其他扣除（n 项）" line);
* ``original_number`` — refund only: the number of the receipt being refunded;
* ``refund_condition`` — deposits only: the refund condition, printed in the 备注 row as "退还条件：…";
* ``note`` — optional further remark for the 备注 row;
* ``total_fen`` — optional: when given it must equal the sum of the items minus the deductions (the net
  refunded on a refund), else ``ValueError``.

``receipt_values(data)`` returns the flat text the template prints (e.g. ``total_figures`` "¥1,234.50" and
``total_words`` "人民币壹仟贰佰叁拾肆元伍角整"), for previews and tests.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Literal

from desk_app.domain.money import amount_in_words, format_yuan, from_fen
from desk_app.printing import grid
from desk_app.printing.grid import Row, TableStyle, label, row, value
from desk_app.printing.papers import PAPERS
from desk_app.printing.render import Mode, render
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

ReceiptKind = Literal["receipt", "refund"]
RECEIPT_COPIES = ("第一联 存根", "第二联 客户", "第三联 记账")
RECEIPT_PAPERS = ("a4-third", "cont-241x93")
MAX_LINES = 4
NUMBER_COLOR = "#B00000"
BLANK_BELOW = "以下空白"
CURRENCY_PREFIX = "人民币"
_TOTAL_KEYS = frozenset({"total_words", "total_figures"})


@dataclass(frozen=True, slots=True)
class _Geometry:
    paper_key: str
    margin_x: float
    margin_y: float
    qr: float
    row_h: float
    item_h: float
    total_h: float
    remark_h: float
    label_w: float
    amount_w: float
    style: TableStyle


@dataclass(frozen=True, slots=True)
class _Words:
    """What differs between a receipt and a refund voucher: the title and the row labels."""

    title: str
    payer: str
    third_label: str
    third_key: str
    items_head: str
    total: str
    method: str
    clerk: str
    footer: str


_RECEIPT_WORDS = _Words(
    title="收　据",
    payer="交款人",
    third_label="收款日期",
    third_key="date",
    items_head="收费项目",
    total="金额合计",
    method="收款方式",
    clerk="收款人",
    footer="收款单位（盖章）：　　　　　　　交款人签字：",
)
_REFUND_WORDS = _Words(
    title="退款凭证",
    payer="领款人",
    third_label="原收据号",
    third_key="original_number",
    items_head="退款项目 / 扣除",
    total="实退金额",
    method="退款方式",
    clerk="经办人",
    footer="经办单位（盖章）：　　　　　　　领款人签字：",
)


def _rows(g: _Geometry, words: _Words, width: float) -> list[Row]:
    lw, aw = g.label_w, g.amount_w
    pair_w = (width - 3 * lw) / 3
    rows = [
        row(g.row_h, label(words.payer, lw), value("payer", pair_w), label("房号", lw), value("unit", pair_w),
            label(words.third_label, lw), value(words.third_key)),
        row(g.row_h * 0.85, label(words.items_head, width - aw), label("金额", aw)),
    ]  # fmt: skip
    for i in range(1, MAX_LINES + 1):
        rows.append(row(g.item_h, value(f"line{i}_name"), value(f"line{i}_amount", aw, align="right")))
    rows += [
        row(g.total_h, label(words.total, lw), value("total_words"), value("total_figures", aw, align="right")),
        row(g.row_h, label(words.method, lw), value("method_text", width - 2 * lw - aw), label(words.clerk, lw),
            value("clerk", aw)),
        row(g.remark_h, label("备注", lw), value("remark", multiline=True)),
    ]  # fmt: skip
    return rows


def _layout(g: _Geometry, words: _Words) -> Layout:
    paper = PAPERS[g.paper_key]
    left, right = g.margin_x, paper.width_mm - g.margin_x
    width = right - left
    top = g.margin_y
    qr_x = right - g.qr
    centre = paper.width_mm / 2
    site_h, title_h = 5.0, 8.5
    title_top = top + site_h
    side_w = 52.0
    elements: list[Element] = [
        TextField("site_name", centre - 55, top, 110, site_h, 10, "center", min_font_size=6),
        StaticText(words.title, centre - 25, title_top, 50, title_h, 17, "center", bold=True),
        Line(centre - 20, title_top + title_h - 0.6, 40, 0, 0.8),
        Line(centre - 20, title_top + title_h + 0.2, 40, 0, 0.4),
        StaticText("日期：", left, title_top + 2, 11, 6, 9, "left"),
        TextField("date", left + 11, title_top + 2, side_w - 11, 6, 9.5, "left", min_font_size=6),
        StaticText("NO.", qr_x - 2 - side_w, title_top + 2, 10, 6, 10, "right", bold=True, color=NUMBER_COLOR),
        TextField("number", qr_x - 2 - side_w + 10, title_top + 2, side_w - 10, 6, 11.5, "left", bold=True,
                  color=NUMBER_COLOR, min_font_size=6),
        QrField("qr", qr_x, top, g.qr),
        Mark("reprint", left, top, 36, site_h, 9),
    ]  # fmt: skip
    table_top = top + max(g.qr, site_h + title_h) + 1.0
    rows = _rows(g, words, width)
    elements += [  # the total stands out: larger, bold
        replace(e, font_size=11.5, bold=True) if isinstance(e, TextField) and e.key in _TOTAL_KEYS else e
        for e in grid.table(left, table_top, width, rows, g.style)
    ]
    footer_top = table_top + grid.table_height(rows) + 0.6
    footer_h = min(7.0, paper.height_mm - g.margin_y - footer_top)
    if footer_h < 4.0:
        raise ValueError(f"receipt does not fit on {g.paper_key}")  # a layout coding error
    copy_w = 48.0
    elements += [
        StaticText(words.footer, left, footer_top, width - copy_w, footer_h, 9, "left"),
        CopyLabel(right - copy_w, footer_top, copy_w, footer_h, 10.5, "right"),
        Mark("void", left + width * 0.3, table_top + 8, width * 0.4, 34, 90, angle=15),
    ]
    return Layout(g.paper_key, paper.width_mm, paper.height_mm, tuple(elements))


_STYLE = TableStyle(label_size=8.5, value_size=9.5, min_value_size=6)

_GEOMETRIES = (
    _Geometry("a4-third", 7, 4, qr=16, row_h=6.8, item_h=6.3, total_h=8.0, remark_h=14.0, label_w=18,
              amount_w=40, style=_STYLE),
    # 241×93.1 continuous: the tractor strips take ~13 mm a side.
    _Geometry("cont-241x93", 14, 3.5, qr=15.5, row_h=5.9, item_h=5.3, total_h=7.0, remark_h=11.5, label_w=18,
              amount_w=42, style=_STYLE),
)  # fmt: skip


def _template(kind: ReceiptKind) -> Template:
    words = _RECEIPT_WORDS if kind == "receipt" else _REFUND_WORDS
    return Template(
        key="receipt" if kind == "receipt" else "refund_receipt",
        title="收据" if kind == "receipt" else "退款凭证",
        layouts={g.paper_key: _layout(g, words) for g in _GEOMETRIES},
        copies=RECEIPT_COPIES,
        default_paper="a4-third",
    )


RECEIPT = _template("receipt")
REFUND_RECEIPT = _template("refund")


def _pairs(data: Mapping[str, object], key: str) -> list[tuple[str, int]]:
    raw = data.get(key) or ()
    if not isinstance(raw, Sequence) or isinstance(raw, str):
        raise ValueError(f"receipt {key!r} must be a sequence of (text, amount_fen) pairs")
    out: list[tuple[str, int]] = []
    for pair in raw:
        text, fen = pair
        if isinstance(fen, bool) or not isinstance(fen, int) or fen < 0:
            raise ValueError(f"receipt {key!r}: amounts are non-negative integer fen, got {fen!r}")
        out.append((str(text), fen))
    return out


def _kind(data: Mapping[str, object]) -> ReceiptKind:
    kind = data.get("kind") or "receipt"
    if kind not in ("receipt", "refund"):
        raise ValueError(f"unknown receipt kind {kind!r}")
    return "refund" if kind == "refund" else "receipt"


def receipt_values(data: Mapping[str, object]) -> dict[str, str]:
    """The flat text the receipt template prints (fee lines, total in figures and capitals, remark)."""
    kind = _kind(data)
    items = _pairs(data, "items")
    deductions = _pairs(data, "deductions") if kind == "refund" else []
    if not items:
        raise ValueError("a receipt needs at least one fee line")
    if len(items) > MAX_LINES:
        raise ValueError(f"a receipt has at most {MAX_LINES} fee lines, got {len(items)}")
    total = sum(f for _, f in items) - sum(f for _, f in deductions)
    if total < 0:
        raise ValueError("deductions exceed the amount refunded")
    given = data.get("total_fen")
    if given is not None and given != total:
        raise ValueError(f"total_fen {given!r} is not the sum of the lines ({total})")
    lines = [(name, format_yuan(fen)) for name, fen in items]
    room = MAX_LINES - len(lines)
    if len(deductions) > room and room > 0:
        kept, rest = deductions[: room - 1], deductions[room - 1 :]
        deductions = [*kept, (f"其他扣除（{len(rest)} 项）", sum(f for _, f in rest))]
    elif deductions and room == 0:
        raise ValueError("a refund needs a free line for its deductions")
    lines += [(f"扣除：{reason}", "-" + format_yuan(fen)) for reason, fen in deductions]

    out = {k: "" if v is None else str(v) for k, v in data.items() if isinstance(v, str | int)}
    for i in range(1, MAX_LINES + 1):
        out[f"line{i}_name"], out[f"line{i}_amount"] = "", ""
    for i, (name, amount) in enumerate(lines, 1):
        out[f"line{i}_name"], out[f"line{i}_amount"] = name, amount
    if len(lines) < MAX_LINES:
        out[f"line{len(lines) + 1}_name"] = BLANK_BELOW
    out["total_figures"] = format_yuan(total)
    out["total_words"] = CURRENCY_PREFIX + amount_in_words(from_fen(total))
    method, ref = str(data.get("method") or ""), str(data.get("method_ref") or "")
    out["method_text"] = f"{method}（参考号 {ref}）" if ref else method
    remark: list[str] = []
    if kind == "refund":
        paid = sum(f for _, f in items)
        cut = sum(f for _, f in _pairs(data, "deductions"))
        original = str(data.get("original_number") or "")
        remark.append(
            f"原收据 NO.{original}；应退 {format_yuan(paid)}，扣除 {format_yuan(cut)}，"
            f"实退 {format_yuan(total)}。"
        )
    condition = str(data.get("refund_condition") or "")
    if condition:
        remark.append(f"退还条件：{condition}")
    note = str(data.get("note") or "")
    if note:
        remark.append(note)
    out["remark"] = "\n".join(remark)
    return out


@cache
def receipt_template(kind: ReceiptKind = "receipt") -> Template:
    return RECEIPT if kind == "receipt" else REFUND_RECEIPT


def render_receipt(
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
    template: Template | None = None,
) -> bytes:
    """The receipt (or refund voucher, ``kind="refund"``) as PDF bytes, one page per copy (see
    ``render.render``); ``copies`` defaults to 第一联 存根 / 第二联 客户 / 第三联 记账; ``template`` takes a
    site-edited copy."""
    values = receipt_values(data)
    return render(
        template or receipt_template(_kind(data)),
        values,
        paper_key=paper_key,
        mode=mode,
        copies=copies,
        offset_mm=offset_mm,
        dot_matrix=dot_matrix,
        stamp="void" if void else None,
        reprint_count=reprint_count,
        a4_three_up=a4_three_up,
    )
