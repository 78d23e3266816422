"""The renovation filing's papers (DOMAIN.md §4): the agreement, the permit and the archive cover sheet.

``render_agreement(data)`` — 《装修管理服务协议书》, A4, three labelled copies (第一联 业主留存 / 第二联 装修单位
留存 / 第三联 服务中心留存), each a complete document starting on a new page (two pages a copy as a rule),
every page headed with its copy's label and numbered "第 n 页 / 共 m 页" within the copy. Data keys:
  site_name (甲方: the service centre), site_phone (optional), number (the filing's number), unit, owner,
  owner_phone, contractor (company), licence_no (营业执照号), qualification_no (资质证书号), responsible
  (the contractor's responsible person), responsible_phone, scope (装修内容及范围), period_from, period_to,
  deposit_fen (int, 装修保证金), garbage_fee_fen (int, 垃圾清运费), waterproof (bool: the original waterproof
  layer is touched — then the owner's extra commitment clause is printed), work_hours (optional, replaces the
  default "8:00—12:00、14:00—18:00"), date (optional signing date; blank lines when absent).

``render_permit(data, *, copy="original"|"pass-office"|"door", paper_key="a4"|"a5")`` — 《装修备案登记证》, one
page: the original for the owner (needed for the deposit refund), the pass-office copy marked "复印件 · 办理出入证
专用" with an empty dashed seal area (盖章处), the door copy marked "张贴于施工户门口" in large type. Data keys:
  site_name, number, unit, owner, contractor, responsible, responsible_phone, scope (optional), period_from,
  period_to, officer, officer_phone, approved_on (approval date), qr (payload), extensions (optional sequence of
  new end dates as display text, e.g. ["2027年3月1日"], printed as "同意延期至 2027年3月1日" lines; a plain
  string is taken as one date).

``render_cover_sheet(data)`` — the archive cover (A4): building, floor and room large for filing order, then the
filing's summary and the archive order checklist. Data keys:
  site_name, number, building (楼栋), floor (楼层), room (房号), unit (full unit text), owner, owner_phone,
  contractor, period_from, period_to, officer, officer_phone, state (e.g. 施工中 / 已验收 / 已退保证金),
  tax_state (税务状态, e.g. 已开票 / 未开票), archived_on (optional), documents (optional sequence of the
  checklist names that are in the file — ticked; the names are ``ARCHIVE_ORDER``).

All values are display text unless stated; the caller formats dates. Output is deterministic
(``invariant=1``) and embeds the bundled font.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Any, Literal, TypeAlias
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desk_app.domain.money import amount_in_words, format_yuan, from_fen
from desk_app.printing import grid
from desk_app.printing.fonts import register_fonts
from desk_app.printing.grid import Row, blank, label, row, value
from desk_app.printing.papers import PAPERS
from desk_app.printing.render import render
from desk_app.printing.template import (
    Box,
    CheckBox,
    Element,
    Layout,
    Line,
    QrField,
    StaticText,
    Template,
    TextField,
)
from desk_app.printing.textfit import install_cjk_line_rules

PermitCopy: TypeAlias = Literal["original", "pass-office", "door"]

AGREEMENT_TITLE = "装修管理服务协议书"
AGREEMENT_COPIES = ("第一联 业主留存", "第二联 装修单位留存", "第三联 服务中心留存")
PERMIT_TITLE = "装修备案登记证"
PERMIT_MARKS: dict[str, str] = {
    "original": "正本 · 业主留存（退还装修保证金时交回）",
    "pass-office": "复印件 · 办理出入证专用",
    "door": "张贴于施工户门口",
}
SEAL_TEXT = "盖章处"
COVER_TITLE = "装修备案档案"
ARCHIVE_ORDER = (
    "装修备案登记证",
    "装修管理服务协议书",
    "营业执照复印件",
    "资格证书复印件",
    "业主与装修单位合同复印件",
    "施工人员登记表",
)
DEFAULT_WORK_HOURS = "8:00—12:00、14:00—18:00"
NUMBER_COLOR = "#B00000"
DATE_BLANK = "　　　年　　月　　日"


# ---------------------------------------------------------------------------------------------------------
# 《装修管理服务协议书》


def _text(data: Mapping[str, object], key: str, default: str = "") -> str:
    v = data.get(key)
    if v is None or v == "":
        return default
    return str(v)


def _money(data: Mapping[str, object], key: str) -> str:
    fen = data.get(key)
    if isinstance(fen, bool) or not isinstance(fen, int) or fen < 0:
        raise ValueError(f"{key!r} must be a non-negative amount in integer fen, got {fen!r}")
    return f"{format_yuan(fen)}（人民币{amount_in_words(from_fen(fen))}）"


def agreement_clauses(data: Mapping[str, object]) -> list[tuple[str, list[str]]]:
    """The agreement's articles: (heading, paragraphs), the filing's data filled in."""
    hours = _text(data, "work_hours", DEFAULT_WORK_HOURS)
    waterproof = bool(data.get("waterproof"))
    period = f"{_text(data, 'period_from', '　　年　月　日')}至{_text(data, 'period_to', '　　年　月　日')}"
    articles: list[tuple[str, list[str]]] = [
        (
            "第一条　装修房屋及工程概况",
            [
                f"一、装修房屋：{_text(data, 'unit')}；业主：{_text(data, 'owner')}，"
                f"联系电话：{_text(data, 'owner_phone')}。",
                f"二、装修单位：{_text(data, 'contractor')}；营业执照号：{_text(data, 'licence_no')}；"
                f"资质证书号：{_text(data, 'qualification_no')}；现场负责人：{_text(data, 'responsible')}，"
                f"联系电话：{_text(data, 'responsible_phone')}。",
                f"三、装修内容及范围：{_text(data, 'scope')}",
                f"四、施工期限：{period}。装修期限最长不超过三个月；确需延长的，丙方应于期满前持登记证及"
                "临时出入卡到甲方办理延期手续，累计期限超过三个月的，须重新办理装修备案。",
                "五、本次装修" + ("涉及" if waterproof else "不涉及") + "原有防水层。",
            ],
        ),
        (
            "第二条　费用",
            [
                f"一、乙方（或由丙方代缴）于开工前向甲方交纳装修保证金{_money(data, 'deposit_fen')}，"
                "用于担保本协议的履行；保证金不计利息。",
                f"二、装修垃圾清运费{_money(data, 'garbage_fee_fen')}，由甲方统一组织清运，费用一次性交纳，"
                "不予退还。",
                "三、临时出入卡工本费按甲方公示标准收取；遗失出入卡的，按公示标准赔偿。",
            ],
        ),
        (
            "第三条　施工时间",
            [
                f"一、施工时间为每日{hours}；其余时间及法定节假日不得进行电钻、电锤、切割等产生噪声的作业。",
                "二、中、高考等特殊时期，甲方可根据有关部门要求或小区实际情况另行通知调整施工时间，"
                "乙方、丙方应予遵守。",
            ],
        ),
        (
            "第四条　禁止行为",
            [
                "装修过程中，乙方、丙方不得有下列行为：",
                "一、拆改、开凿或损坏承重墙、梁、柱、楼板、剪力墙等房屋主体和承重结构，"
                "在楼板上开洞或超过设计标准增加荷载；",
                "二、擅自破坏卫生间、厨房、阳台等处的原有防水层；确需改动的，须事先书面申报，"
                "由乙方签署业主承诺，完工后按规范重做防水并做闭水试验（不少于四十八小时），经甲方确认合格；",
                "三、擅自拆改燃气管道及设施，擅自移动、包封或损坏给排水、供暖、强弱电等公共管道和竖井；",
                "四、改变房屋外立面及外窗形式、颜色，擅自安装防盗网、雨篷、空调外机或在外墙开孔；",
                "五、将没有防水要求的房间或阳台改为卫生间、厨房，或擅自扩大承重墙上原有的门窗尺寸；",
                "六、在公共部位堆放材料、垃圾，占用消防通道，损坏公共设施设备或绿化；",
                "七、其他违反法律、法规及管理规约的行为。",
            ],
        ),
        (
            "第五条　垃圾清运",
            [
                "装修垃圾应袋装后于当日运至甲方指定的堆放点，不得抛撒、不得倒入生活垃圾桶或排水管道，"
                "不得从窗口、阳台向外抛掷任何物品。",
            ],
        ),
        (
            "第六条　人员与出入管理",
            [
                "一、丙方施工人员凭甲方核发的临时出入卡出入，卡随人走，不得转借；"
                "出入卡有效期不超过装修期限，装修期满或人员离场时应交回。",
                "二、装修材料及工具的搬运应使用甲方指定的通道和电梯，并做好保护；"
                "物品搬出小区须凭甲方开具的《物品放行通知单》。",
                "三、施工现场应配备灭火器材，严禁在施工现场留宿、吸烟及使用明火；动火作业须事先报甲方批准。",
            ],
        ),
        (
            "第七条　巡查与验收",
            [
                "一、甲方有权对装修现场进行巡查，乙方、丙方应予配合；发现违规行为的，甲方有权责令停工、限期整改，"
                "并记录在案。",
                "二、装修完工后，乙方应向甲方申请装修核查；核查不合格的，应在限期内整改并重新申请核查。",
            ],
        ),
        (
            "第八条　装修保证金的退还",
            [
                "装修保证金在同时满足下列条件后，凭装修保证金收据及《装修备案登记证》原件办理退还：",
                "一、装修完工核查合格；二、乙方入住满三个月，且楼下业主签字确认无渗漏；"
                "三、临时出入卡已全部交回（遗失的已按规定处理）；四、未造成公共设施损坏，或损坏已赔偿。",
                "因违反本协议造成损失的，甲方可从保证金中扣除相应费用并出具扣款说明，不足部分由责任方另行赔偿。",
            ],
        ),
        (
            "第九条　违约与责任",
            [
                "一、乙方、丙方违反本协议的，甲方有权劝阻、制止，责令停止施工、恢复原状，"
                "并报告有关行政主管部门依法处理。",
                "二、因装修造成相邻业主或公共部位、设施设备损坏、渗漏的，由乙方、丙方负责修复并赔偿损失，"
                "二者承担连带责任。",
                "三、施工期间发生的安全事故，由丙方承担责任。",
            ],
        ),
        (
            "第十条　其他",
            [
                "一、本协议未尽事宜，按《住宅室内装饰装修管理办法》、《物业管理条例》及本物业管理规约执行。",
                "二、本协议一式三份，甲、乙、丙三方各执一份，自三方签字（盖章）之日起生效，"
                "至装修保证金退还完毕时终止。",
            ],
        ),
    ]
    if waterproof:
        articles.insert(
            4,
            (
                "第五条之一　业主承诺（涉及原有防水层）",
                [
                    "乙方承诺：本次装修涉及原有防水层，乙方已知悉其风险，保证由丙方按规范重做防水层并做闭水试验，"
                    "经甲方确认合格后方可进行下一道工序；今后因防水层造成的渗漏，由乙方负责修复并赔偿相邻业主的损失。",
                ],
            ),
        )
    return articles


@cache
def _agreement_styles() -> dict[str, ParagraphStyle]:
    font = register_fonts()
    install_cjk_line_rules()
    base = ParagraphStyle("agr", fontName=font, fontSize=10, leading=15.5, wordWrap="CJK")
    return {
        "base": base,
        "title": ParagraphStyle("agr-title", parent=base, fontSize=19, leading=26, alignment=1),
        "number": ParagraphStyle(
            "agr-no", parent=base, fontSize=10, alignment=2, textColor=colors.HexColor(NUMBER_COLOR)
        ),
        "party": ParagraphStyle("agr-party", parent=base, fontSize=10.5, leading=17),
        "heading": ParagraphStyle("agr-h", parent=base, fontSize=11, leading=17, spaceBefore=5, spaceAfter=1),
        "body": ParagraphStyle("agr-body", parent=base, firstLineIndent=20),
        "sign": ParagraphStyle("agr-sign", parent=base, leading=22),
    }


def _para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph; an ideographic space (U+3000) keeps its width (ReportLab would collapse it: 4 NBSP ≈ 1 em)."""
    markup = escape(text).replace("\n", "<br/>").replace("\u3000", "\xa0" * 4)
    return Paragraph(markup, style)


class _CopyStart(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
    """Zero-size marker: the following pages belong to ``label`` (read by the page decorations)."""

    def __init__(self, state: dict[str, Any], label: str) -> None:
        super().__init__()
        self.state, self.label = state, label

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return (0.0, 0.0)

    def draw(self) -> None:
        self.state["label"] = self.label
        self.state["start"] = self.canv.getPageNumber()


def _agreement_story(
    data: Mapping[str, object], state: dict[str, Any], labels: Sequence[str]
) -> list[Flowable]:
    st = _agreement_styles()
    width = A4[0] - 40 * mm
    parties = [
        f"甲方（物业服务中心）：{_text(data, 'site_name')}"
        + (f"　　联系电话：{_text(data, 'site_phone')}" if data.get("site_phone") else ""),
        f"乙方（业主）：{_text(data, 'owner')}　　联系电话：{_text(data, 'owner_phone')}",
        f"丙方（装修单位）：{_text(data, 'contractor')}　　现场负责人：{_text(data, 'responsible')}"
        f"　　联系电话：{_text(data, 'responsible_phone')}",
    ]
    intro = (
        "为加强房屋装饰装修管理，保证房屋结构安全和公共设施正常使用，维护全体业主的合法权益，"
        "根据《住宅室内装饰装修管理办法》、《物业管理条例》及本物业管理规约，甲、乙、丙三方本着平等、自愿的原则，"
        f"就乙方所有的{_text(data, 'unit')}房屋装饰装修事宜达成如下协议，共同遵守。"
    )
    clauses = agreement_clauses(data)
    date = _text(data, "date", DATE_BLANK)
    sign_rows = [
        [_para(f"甲方（盖章）：\n经办人：\n日期：{date}", st["sign"]),
         _para(f"乙方（签字）：\n\n日期：{date}", st["sign"]),
         _para(f"丙方（盖章）：\n负责人：\n日期：{date}", st["sign"])],
    ]  # fmt: skip
    story: list[Flowable] = []
    for i, copy_label in enumerate(labels):
        if i:
            story.append(PageBreak())
        story += [
            _CopyStart(state, copy_label),
            _para(AGREEMENT_TITLE, st["title"]),
            _para(f"备案编号：{_text(data, 'number')}", st["number"]),
            Spacer(1, 2 * mm),
            *[_para(p, st["party"]) for p in parties],
            Spacer(1, 2 * mm),
            _para(intro, st["body"]),
        ]
        for heading, paragraphs in clauses:
            story.append(KeepTogether([_para(heading, st["heading"]), _para(paragraphs[0], st["body"])]))
            story += [_para(p, st["body"]) for p in paragraphs[1:]]
        signatures = Table(sign_rows, colWidths=[width / 3] * 3)
        signatures.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("FONTNAME", (0, 0), (-1, -1), register_fonts()),
                ]
            )
        )
        story += [
            Spacer(1, 6 * mm),
            KeepTogether([_para("（以下无正文，为签署栏）", st["base"]), Spacer(1, 3 * mm), signatures]),
        ]
    return story


def _build_agreement(
    data: Mapping[str, object], labels: Sequence[str], pages_per_copy: int
) -> tuple[bytes, int]:
    font = register_fonts()
    buf = io.BytesIO()
    state: dict[str, Any] = {"label": labels[0], "start": 1}
    doc = BaseDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=20 * mm,
        bottomMargin=18 * mm,
        title=f"{AGREEMENT_TITLE} {_text(data, 'number')}",
        creator="desk_app",
        invariant=1,
        initialFontName=font,
    )

    def decorate(canvas: Canvas, doc: BaseDocTemplate) -> None:
        page = canvas.getPageNumber() - state["start"] + 1
        canvas.saveState()
        canvas.setFont(font, 9.5)
        canvas.drawString(20 * mm, A4[1] - 12 * mm, _text(data, "site_name"))
        canvas.setFont(font, 11)
        canvas.drawRightString(A4[0] - 20 * mm, A4[1] - 12 * mm, state["label"])
        canvas.setLineWidth(0.5)
        canvas.line(20 * mm, A4[1] - 14 * mm, A4[0] - 20 * mm, A4[1] - 14 * mm)
        canvas.setFont(font, 8.5)
        total = pages_per_copy or "?"
        canvas.drawCentredString(
            A4[0] / 2, 10 * mm, f"{AGREEMENT_TITLE}　{state['label']}　第 {page} 页 / 共 {total} 页"
        )
        canvas.restoreState()

    frame = Frame(
        doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body", leftPadding=0, rightPadding=0
    )
    doc.addPageTemplates([PageTemplate("page", [frame], onPageEnd=decorate)])
    doc.build(_agreement_story(data, state, labels))
    return buf.getvalue(), doc.page


def render_agreement(data: Mapping[str, object], *, copies: Sequence[str] = AGREEMENT_COPIES) -> bytes:
    """《装修管理服务协议书》 as PDF bytes: every copy a complete document on its own pages."""
    if not copies:
        raise ValueError("the agreement needs at least one copy label")
    _, pages = _build_agreement(data, copies[:1], 0)  # one copy first, to number "共 m 页"
    pdf, total = _build_agreement(data, copies, pages)
    if total != pages * len(copies):  # pragma: no cover - identical copies paginate identically
        raise RuntimeError("agreement copies paginated differently")
    return pdf


# ---------------------------------------------------------------------------------------------------------
# 《装修备案登记证》


@dataclass(frozen=True, slots=True)
class _PermitGeometry:
    paper_key: str
    scale: float  # positions: A4 = 1
    font: float  # font sizes: A4 = 1


def _permit_rows(g: _PermitGeometry, copy: PermitCopy, width: float) -> list[Row]:
    s, big = g.scale, copy == "door"
    lw = 26 * s
    r = (14.0 if big else 12.5) * s
    half = (width - 2 * lw) / 2
    rows = [
        row(r * (1.25 if big else 1.0), label("装修房号", lw), value("unit")),
        row(r, label("业主", lw), value("owner", half), label("审批日期", lw), value("approved_on")),
        row(r, label("装修单位", lw), value("contractor")),
        row(r, label("现场负责人", lw), value("responsible", half), label("联系电话", lw), value("responsible_phone")),
        row(r * (1.2 if big else 1.0), label("施工期限", lw), value("period")),
        row(r * (1.6 if not big else 1.3), label("装修内容", lw), value("scope", multiline=True)),
        row(r, label("审批人", lw), value("officer", half), label("联系电话", lw), value("officer_phone")),
        row(r * 2.0, label("延期记录", lw), value("extension_text", multiline=True)),
    ]  # fmt: skip
    return rows


def _permit_layout(g: _PermitGeometry, copy: PermitCopy) -> Layout:
    paper = PAPERS[g.paper_key]
    s, f = g.scale, g.font
    big = copy == "door"
    margin = 14 * s
    left, right = margin, paper.width_mm - margin
    width = right - left
    top = 12 * s
    qr = 26 * s
    title_size = 26 * f
    value_size = (15 if big else 11) * f
    style = grid.TableStyle(label_size=(11 if big else 9.5) * f, value_size=value_size, min_value_size=7)
    elements: list[Element] = [
        TextField("site_name", left + qr, top, width - 2 * qr, 7 * s, 12 * f, "center", min_font_size=7),
        StaticText(PERMIT_TITLE, left + qr, top + 7 * s, width - 2 * qr, 14 * s, title_size, "center", bold=True),
        StaticText("NO.", left, top + 22 * s, 11 * s, 7 * s, 11 * f, "right", bold=True, color=NUMBER_COLOR),
        TextField("number", left + 12 * s, top + 22 * s, 70 * s, 7 * s, 12 * f, "left", bold=True,
                  color=NUMBER_COLOR, min_font_size=7),
        QrField("qr", right - qr, top, qr),
    ]  # fmt: skip
    mark_top = top + 31 * s
    mark_h = (16 if big else 11) * s
    mark_color = "#000000" if copy == "original" else "#C00000"
    mark_size = (30 if big else 20 if copy == "pass-office" else 13) * f
    elements += [
        Box(left, mark_top, width, mark_h, 0.6 if copy == "original" else 1.5),
        StaticText(PERMIT_MARKS[copy], left, mark_top, width, mark_h, mark_size, "center", bold=True,
                   color=mark_color),
    ]  # fmt: skip
    table_top = mark_top + mark_h + 4 * s
    rows = _permit_rows(g, copy, width)
    enlarged = {"unit": 30 * f, "period": 18 * f, "responsible_phone": 17 * f} if big else {"unit": 15 * f}
    elements += [
        replace(e, font_size=enlarged[e.key]) if isinstance(e, TextField) and e.key in enlarged else e
        for e in grid.table(left, table_top, width, rows, style)
    ]
    y = table_top + grid.table_height(rows) + 4 * s
    notice = (
        "施工时间：每日 8:00—12:00、14:00—18:00，节假日不得进行产生噪声的作业。严禁拆改承重结构、破坏防水层、"
        "拆改燃气及公共管道、改变外立面；装修垃圾袋装后运至指定地点。施工人员凭临时出入卡出入。"
        "如有违规，请拨打服务中心电话。"
    )
    notice_h = (24 if big else 20) * s
    elements.append(
        StaticText(notice, left, y, width, notice_h, (12 if big else 10) * f, "left", valign="top")
    )
    y += notice_h + 3 * s
    seal = 36 * s
    seal_x = right - seal - 4 * s
    elements.append(StaticText("服务中心（盖章）", left, y + seal / 2 - 4 * s, 60 * s, 8 * s, 11 * f, "left"))
    elements.append(
        TextField("approved_on", left + 60 * s, y + seal / 2 - 4 * s, 50 * s, 8 * s, 11 * f, "left")
    )
    if copy == "pass-office":  # an empty seal area: a dashed square with 盖章处
        dash = (2.0, 1.5)
        for x, yy, w, h in ((seal_x, y, seal, 0), (seal_x, y + seal, seal, 0), (seal_x, y, 0, seal),
                            (seal_x + seal, y, 0, seal)):  # fmt: skip
            elements.append(Line(x, yy, w, h, 0.8, dash))
        elements.append(StaticText(SEAL_TEXT, seal_x, y, seal, seal, 14 * f, "center", color="#808080"))
    if y + seal > paper.height_mm - 6 * s:
        raise ValueError(f"permit does not fit on {g.paper_key}")  # a layout coding error
    return Layout(g.paper_key, paper.width_mm, paper.height_mm, tuple(elements))


_PERMIT_GEOMETRIES = (_PermitGeometry("a4", 1.0, 1.0), _PermitGeometry("a5", 148 / 210, 0.78))


@cache
def permit_template(copy: PermitCopy = "original") -> Template:
    if copy not in PERMIT_MARKS:
        raise ValueError(f"unknown permit copy {copy!r}; known: {', '.join(PERMIT_MARKS)}")
    return Template(
        key=f"renovation_permit_{copy}",
        title=PERMIT_TITLE,
        layouts={g.paper_key: _permit_layout(g, copy) for g in _PERMIT_GEOMETRIES},
        copies=("",),  # the copy's marking is part of its layout (a large, coloured StaticText)
        default_paper="a4",
    )


def permit_values(data: Mapping[str, object]) -> dict[str, str]:
    out = {k: str(v) for k, v in data.items() if isinstance(v, str | int) and not isinstance(v, bool)}
    out["period"] = f"{_text(data, 'period_from')} 至 {_text(data, 'period_to')}"
    raw = data.get("extensions") or ()
    dates = [raw] if isinstance(raw, str) else [str(d) for d in raw] if isinstance(raw, Sequence) else []
    out["extension_text"] = "\n".join(f"同意延期至 {d}" for d in dates) if dates else "（无）"
    return out


def render_permit(
    data: Mapping[str, object],
    *,
    copy: PermitCopy = "original",
    paper_key: str = "a4",
    offset_mm: tuple[float, float] = (0.0, 0.0),
) -> bytes:
    """One page of 《装修备案登记证》: the original, the pass-office copy or the door copy."""
    return render(permit_template(copy), permit_values(data), paper_key=paper_key, offset_mm=offset_mm)


# ---------------------------------------------------------------------------------------------------------
# The archive cover sheet


def _cover_layout() -> Layout:
    paper = PAPERS["a4"]
    left, right = 18.0, paper.width_mm - 18.0
    width = right - left
    elements: list[Element] = [
        TextField("site_name", left, 16, width, 8, 13, "center"),
        StaticText(COVER_TITLE, left, 25, width, 14, 26, "center", bold=True),
        StaticText("备案编号", left, 41, 22, 7, 10.5, "left"),
        TextField("number", left + 22, 41, 80, 7, 12, "left", bold=True, color=NUMBER_COLOR),
    ]
    box_w, box_h, gap = (width - 2 * 6) / 3, 38.0, 6.0
    for i, (caption, key) in enumerate((("楼栋", "building"), ("楼层", "floor"), ("房号", "room"))):
        x = left + i * (box_w + gap)
        elements += [
            Box(x, 52, box_w, box_h, 1.2),
            Box(x, 52, box_w, 9, 0, grid.LABEL_FILL),
            Line(x, 61, box_w, 0, 0.6),
            StaticText(caption, x, 52, box_w, 9, 12, "center"),
            TextField(key, x, 62, box_w, box_h - 10, 40, "center", bold=True, min_font_size=12),
        ]
    lw = 28.0
    half = (width - 2 * lw) / 2
    rows = [
        row(10, label("房屋", lw), value("unit")),
        row(10, label("业主", lw), value("owner", half), label("联系电话", lw), value("owner_phone")),
        row(10, label("装修单位", lw), value("contractor")),
        row(10, label("装修期限", lw), value("period")),
        row(
            10,
            label("装修负责人", lw),
            value("officer", half),
            label("负责人电话", lw),
            value("officer_phone"),
        ),
        row(10, label("状态", lw), value("state", half), label("税务状态", lw), value("tax_state")),
        row(10, label("归档日期", lw), value("archived_on", half), label("归档人", lw), blank()),
    ]
    style = grid.TableStyle(label_size=10.5, value_size=12, min_value_size=7)
    elements += grid.table(left, 98, width, rows, style)
    y = 98 + grid.table_height(rows) + 8
    elements.append(StaticText("档案排列顺序（自上而下）", left, y, width, 8, 12, "left", bold=True))
    y += 10
    check_rows: list[Row] = [
        row(8, label("序号", 16), grid.Cell(None, label="文件名称"), label("份数", 24), label("已归档", 24))
    ]
    for i, name in enumerate(ARCHIVE_ORDER, 1):
        check_rows.append(
            row(
                10,
                grid.fixed(str(i), 16, align="center"),
                grid.fixed(name, align="left"),
                blank(24),
                blank(24),
            )
        )
    elements += grid.table(left, y, width, check_rows, grid.TableStyle(label_size=10.5, value_size=11))
    cy = y + 8
    for i in range(1, len(ARCHIVE_ORDER) + 1):
        elements.append(CheckBox(f"doc{i}", right - 12 - 2.2, cy + (i - 1) * 10 + 2.8, 4.4))
    y += grid.table_height(check_rows) + 6
    elements.append(
        StaticText(
            "按楼栋号归档，同一楼栋内按楼层由低到高排列。保证金退还后在状态栏注明，并与退款凭证存根核对。",
            left,
            y,
            width,
            8,
            9.5,
            "left",
        )
    )
    return Layout("a4", paper.width_mm, paper.height_mm, tuple(elements))


COVER_SHEET = Template(
    key="renovation_cover",
    title=COVER_TITLE,
    layouts={"a4": _cover_layout()},
    copies=("档案封面",),
    default_paper="a4",
)


def cover_values(data: Mapping[str, object]) -> dict[str, object]:
    out: dict[str, object] = {
        k: str(v) for k, v in data.items() if isinstance(v, str | int) and not isinstance(v, bool)
    }
    out["period"] = f"{_text(data, 'period_from')} 至 {_text(data, 'period_to')}"
    raw = data.get("documents") or ()
    present = {str(d) for d in raw} if isinstance(raw, Sequence) and not isinstance(raw, str) else set()
    for i, name in enumerate(ARCHIVE_ORDER, 1):
        out[f"doc{i}"] = name in present
    return out


def render_cover_sheet(data: Mapping[str, object]) -> bytes:
    """The archive cover sheet (A4, one page)."""
    return render(COVER_SHEET, cover_values(data), paper_key="a4", copies=("",))
