"""The complaint handling form (客户投诉处理表), A4, with the whole history, for the file (DOMAIN.md §3).

A flowing document (ReportLab platypus) rather than a fixed template: the history has any number of steps
and may run over several pages. Chinese throughout, the bundled CJK font embedded, ``invariant=1`` so the
same complaint gives the same bytes.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desk_app.printing.fonts import register_fonts
from desk_app.printing.textfit import install_cjk_line_rules

TITLE = "客户投诉处理表"


@dataclass(frozen=True)
class HistoryLine:
    at: str  # local time, formatted
    step: str  # 受理 / 调查 / 回复 …
    text: str
    by: str


@dataclass(frozen=True)
class ComplaintForm:
    site_name: str
    title: str  # 客户投诉处理表 / 客户建议处理表 / 表扬登记表
    number: str
    fields: Sequence[tuple[str, str]]  # (label, value) pairs of the header, in order
    content: str
    request: str
    history: Sequence[HistoryLine]
    printed_at: str


def _styles(font: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=font, fontSize=9.5, leading=13, wordWrap="CJK")
    return {
        "base": base,
        "site": ParagraphStyle("site", parent=base, fontSize=11, alignment=1),
        "title": ParagraphStyle("title", parent=base, fontSize=17, leading=22, alignment=1),
        "label": ParagraphStyle("label", parent=base, fontSize=9, textColor=colors.black),
        "small": ParagraphStyle(
            "small", parent=base, fontSize=8, leading=10, textColor=colors.HexColor("#444444")
        ),
        "number": ParagraphStyle(
            "number", parent=base, fontSize=10, alignment=2, textColor=colors.HexColor("#B00000")
        ),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def render_complaint_form(form: ComplaintForm) -> bytes:
    font = register_fonts()
    install_cjk_line_rules()
    st = _styles(font)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=14 * mm,
        bottomMargin=16 * mm,
        title=f"{form.title} {form.number}",
        creator="desk_app",
        invariant=1,
        initialFontName=font,
    )
    width = A4[0] - 30 * mm
    grid = TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("FONTNAME", (0, 0), (-1, -1), font),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
    )
    label_w, value_w = 24 * mm, width / 2 - 24 * mm
    pairs = list(form.fields)
    if len(pairs) % 2:
        pairs.append(("", ""))
    header_rows = [
        [_p(a, st["label"]), _p(b, st["base"]), _p(c, st["label"]), _p(d, st["base"])]
        for (a, b), (c, d) in zip(pairs[::2], pairs[1::2], strict=True)
    ]
    header = Table(header_rows, colWidths=[label_w, value_w, label_w, value_w])
    header.setStyle(grid)
    header.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EEEEEE")),
                                ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#EEEEEE"))]))  # fmt: skip
    body = Table(
        [
            [_p("投诉内容\n（原话）", st["label"]), _p(form.content, st["base"])],
            [_p("诉求", st["label"]), _p(form.request or "—", st["base"])],
        ],
        colWidths=[label_w, width - label_w],
        minRowHeights=[22 * mm, 10 * mm],
    )
    body.setStyle(grid)
    history_rows = [[_p(h, st["label"]) for h in ("时间", "步骤", "内容", "经办人")]]
    history_rows += [
        [_p(h.at, st["small"]), _p(h.step, st["base"]), _p(h.text, st["base"]), _p(h.by, st["base"])]
        for h in form.history
    ]
    history = Table(history_rows, colWidths=[30 * mm, 20 * mm, width - 74 * mm, 24 * mm], repeatRows=1)
    history.setStyle(grid)
    history.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE"))]))
    signatures = Table(
        [[_p("受理人签字：", st["base"]), _p("处理人签字：", st["base"]), _p("客服主管审核：", st["base"])]],
        colWidths=[width / 3] * 3,
        minRowHeights=[14 * mm],
    )
    signatures.setStyle(
        TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    )
    story = [
        _p(form.site_name, st["site"]),
        _p(form.title, st["title"]),
        _p(f"编号：{form.number}", st["number"]),
        Spacer(1, 2 * mm),
        header,
        Spacer(1, 3 * mm),
        body,
        Spacer(1, 3 * mm),
        _p("处理过程（受理、调查、处理、回复、回访、升级、总结）", st["label"]),
        Spacer(1, 1 * mm),
        history,
        Spacer(1, 4 * mm),
        signatures,
        _p(f"打印时间：{form.printed_at}　　本表随投诉档案保存，保存期不少于一年。", st["small"]),
    ]
    doc.build(story)
    return buf.getvalue()
