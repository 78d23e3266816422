"""The visitor badge (访客证) on a CR80 card (85.6 × 54 mm) or a label of that size (DOMAIN.md §1).

Data keys: site_name, name, unit (visited), date, valid_until, number, purpose, qr (``VS|number|mac``).
Values are display text; the caller formats dates.
"""

from __future__ import annotations

from collections.abc import Mapping

from desk_app.printing.render import render
from desk_app.printing.template import Box, Layout, Line, QrField, StaticText, Template, TextField

BADGE_COPIES = ("访客证",)

_W, _H = 85.6, 54.0
_M = 3.0
_QR = 22.0
_LABEL_W = 13.0
_VALUE_X = _M + _LABEL_W
_VALUE_W = _W - _M - _QR - 2 - _VALUE_X


def _row(
    y: float, caption: str, key: str, size: float = 9.0, bold: bool = False
) -> tuple[StaticText, TextField]:
    return (
        StaticText(caption, _M, y, _LABEL_W, 6.0, size=7.5),
        TextField(key, _VALUE_X, y, _VALUE_W, 6.0, font_size=size, bold=bold, min_font_size=6.0),
    )


_CR80 = Layout(
    paper_key="cr80",
    width_mm=_W,
    height_mm=_H,
    elements=(
        Box(1.5, 1.5, _W - 3.0, _H - 3.0, stroke=0.8),
        TextField("site_name", _M, 3.0, _W - 2 * _M, 5.0, font_size=8.0, align="center"),
        StaticText("访 客 证", _M, 8.0, _W - 2 * _M, 8.0, size=15.0, align="center", bold=True),
        Line(_M, 16.5, _W - 2 * _M, 0.0, stroke=0.5),
        *_row(18.0, "姓名", "name", size=12.0, bold=True),
        *_row(24.5, "到访", "unit"),
        *_row(31.0, "日期", "date"),
        *_row(37.5, "有效至", "valid_until"),
        *_row(44.0, "编号", "number", size=7.5),
        QrField("qr", _W - _M - _QR, 18.0, _QR),
        TextField("purpose", _W - _M - _QR, 40.5, _QR, 4.5, font_size=7.0, align="center"),
    ),
)

VISITOR_BADGE = Template(
    key="visitor_badge",
    title="访客证",
    layouts={"cr80": _CR80},
    copies=BADGE_COPIES,
    default_paper="cr80",
)


def render_visitor_badge(data: Mapping[str, object], *, offset_mm: tuple[float, float] = (0.0, 0.0)) -> bytes:
    """One CR80 page, PDF bytes (``invariant``)."""
    return render(VISITOR_BADGE, data, paper_key="cr80", offset_mm=offset_mm)
