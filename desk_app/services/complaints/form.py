"""The complaint handling form (客户投诉处理表) from a complaint and its whole history."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from desk_app.db.models import Complaint, Department, PrintJob, Unit, UserAccount
from desk_app.domain.complaints import Category, Channel, EventKind, Kind, Severity
from desk_app.domain.errors import DomainError
from desk_app.domain.roles import Permission
from desk_app.printing import complaint_form as printed
from desk_app.printing.complaint_form import ComplaintForm, HistoryLine
from desk_app.printing.fonts import missing_glyphs
from desk_app.services import installation
from desk_app.services.complaints.lifecycle import chain, event_rows
from desk_app.services.context import OpResult, ServiceContext

KIND_ZH = {Kind.COMPLAINT: "投诉", Kind.SUGGESTION: "建议", Kind.PRAISE: "表扬"}
TITLE_ZH = {Kind.COMPLAINT: "客户投诉处理表", Kind.SUGGESTION: "客户建议处理表", Kind.PRAISE: "表扬登记表"}
CHANNEL_ZH = {
    Channel.PHONE: "电话",
    Channel.VISIT: "来访",
    Channel.LETTER: "信函",
    Channel.EMAIL: "电子邮件",
    Channel.WECHAT: "微信",
    Channel.ONLINE: "在线",
    Channel.STAFF: "物业人员转达",
}
CATEGORY_ZH = {
    Category.SERVICE: "物业服务",
    Category.CHARGES: "收费",
    Category.ACTIVITIES: "活动组织",
    Category.EMERGENCY: "突发事件",
    Category.ATTITUDE: "服务态度",
    Category.QUALITY: "服务质量",
    Category.OTHER: "其他",
}
SEVERITY_ZH = {Severity.URGENT: "紧急", Severity.IMPORTANT: "重要", Severity.NORMAL: "一般"}
STEP_ZH = {
    EventKind.CREATED: "登记",
    EventKind.ACKNOWLEDGED: "受理",
    EventKind.INVESTIGATED: "调查原因",
    EventKind.ASSIGNED: "落实责任人",
    EventKind.SOLUTION: "处理方案",
    EventKind.REPLIED: "回复",
    EventKind.ESCALATED: "升级",
    EventKind.CALLBACK: "回访",
    EventKind.SUMMARISED: "总结评价",
    EventKind.JUDGED: "有效性判定",
    EventKind.CLOSED: "关闭",
    EventKind.VOIDED: "作废",
}
REASON_ZH = {
    "ack_overdue": "超时未受理，自动升级",
    "reply_overdue": "超时未答复，自动升级",
    "dissatisfied": "回访不满意，升级",
    "manual": "人工升级",
}
EVALUATION_ZH = {"satisfied": "满意", "basic": "基本满意", "dissatisfied": "不满意"}
METHOD_ZH = {"phone": "电话", "on_site": "上门"}


@dataclass(frozen=True)
class FormPdf:
    number: str
    pdf: bytes
    warnings: tuple[str, ...]


def _local(ctx: ServiceContext, value: datetime | None) -> str:
    return value.astimezone(ctx.timezone).strftime("%Y-%m-%d %H:%M") if value else ""


def _describe(kind: EventKind, p: dict[str, Any], levels: list[str]) -> str:
    def level(i: object) -> str:
        return levels[i] if isinstance(i, int) and 0 <= i < len(levels) else str(i)

    match kind:
        case EventKind.CREATED:
            return f"渠道：{CHANNEL_ZH.get(Channel(p.get('channel', 'phone')), '')}"
        case EventKind.INVESTIGATED:
            return f"原因：{p.get('cause', '')}"
        case EventKind.ASSIGNED:
            return f"责任人：{p.get('responsible', '')}"
        case EventKind.SOLUTION:
            return str(p.get("solution", ""))
        case EventKind.REPLIED:
            channel = CHANNEL_ZH.get(Channel(p.get("channel", "phone")), "")
            to = f"，回复对象：{p['to']}" if p.get("to") else ""
            by = f"，回复人：{p['by']}" if p.get("by") else ""
            return f"（{channel}{to}{by}）{p.get('content', '')}"
        case EventKind.ESCALATED:
            note = f"；{p['note']}" if p.get("note") else ""
            reason = REASON_ZH.get(str(p.get("reason", "manual")), "")
            return f"{level(p.get('from'))} → {level(p.get('to'))}：{reason}{note}"
        case EventKind.CALLBACK:
            method = METHOD_ZH.get(str(p.get("method")), "")
            evaluation = EVALUATION_ZH.get(str(p.get("evaluation")), "")
            remarks = f"；{p['remarks']}" if p.get("remarks") else ""
            return f"{method}回访：{evaluation}{remarks}"
        case EventKind.SUMMARISED:
            evaluation = f"；评价：{p['evaluation']}" if p.get("evaluation") else ""
            return f"{p.get('summary', '')}{evaluation}"
        case EventKind.JUDGED:
            return f"{'有效投诉' if p.get('valid') else '无效投诉'}：{p.get('reason', '')}"
        case EventKind.VOIDED:
            return f"原因：{p.get('reason', '')}"
    return ""


def form_data(s: Session, ctx: ServiceContext, row: Complaint) -> ComplaintForm:
    levels = [level.name for level in chain(ctx)]
    kind = Kind(row.kind)
    unit = s.get(Unit, row.unit_id) if row.unit_id else None
    department = s.get(Department, row.department_id) if row.department_id else None
    clerk = s.get(UserAccount, row.first_contact_user_id) if row.first_contact_user_id else None
    judged = "" if row.valid is None else ("有效" if row.valid else "无效")
    involved = " ".join(x for x in (department.name if department else "", row.staff_name) if x)
    fields = [
        ("类型", KIND_ZH[kind]),
        ("登记时间", _local(ctx, row.created_at)),
        ("投诉人", row.complainant_name),
        ("联系电话", row.complainant_phone),
        ("房号", unit.code if unit else ""),
        ("渠道", CHANNEL_ZH[Channel(row.channel)]),
        ("类别", CATEGORY_ZH[Category(row.category)]),
        ("严重程度", SEVERITY_ZH[Severity(row.severity)]),
        ("被表扬部门/人员" if kind is Kind.PRAISE else "涉及部门/人员", involved),
        ("受理人", clerk.display_name if clerk else ""),
        ("承诺回复时间", _local(ctx, row.promised_reply_at)),
        ("当前级别", levels[min(row.level, len(levels) - 1)]),
        ("应受理时限", _local(ctx, row.ack_due_at)),
        ("应答复时限", _local(ctx, row.reply_due_at)),
        ("有效投诉", f"{judged} {row.valid_reason}".strip()),
        ("回访评价", EVALUATION_ZH.get(row.evaluation or "", "")),
    ]
    history = [
        HistoryLine(
            _local(ctx, e.at),
            STEP_ZH[EventKind(e.kind)],
            _describe(EventKind(e.kind), json.loads(e.payload_json or "{}"), levels),
            e.by_name,
        )
        for e in event_rows(s, row.id)
    ]
    return ComplaintForm(
        site_name=installation.site_info(ctx).site_name,
        title=TITLE_ZH[kind],
        number=row.number,
        fields=fields,
        content=row.content,
        request=row.request,
        history=history,
        printed_at=_local(ctx, ctx.now()),
    )


def render_complaint_form(ctx: ServiceContext, complaint_id: str) -> FormPdf:
    """The A4 form with the whole history, as PDF bytes; writes nothing."""
    ctx.require(Permission.HANDLE_COMPLAINTS)
    with ctx.db.read() as s:
        row = s.get(Complaint, complaint_id)
        if row is None:
            raise DomainError("record.not_found", kind="complaint")
        form = form_data(s, ctx, row)
    text = form.content + form.request + "".join(h.text + h.by for h in form.history)
    return FormPdf(form.number, printed.render_complaint_form(form), tuple(missing_glyphs(text)))


def record_print(ctx: ServiceContext, complaint_id: str, form: FormPdf, target: str) -> OpResult[int]:
    """Log that the form went to ``target`` (a printer name or "pdf"); returns how many prints there were."""
    actor = ctx.require(Permission.HANDLE_COMPLAINTS)
    with ctx.db.write() as s:
        row = s.get(Complaint, complaint_id)
        if row is None:
            raise DomainError("record.not_found", kind="complaint")
        s.add(
            PrintJob(
                site_id=ctx.site_id,
                desk_id=ctx.desk_id,
                at=ctx.now(),
                by_user=actor.user_id or None,
                doc_type="complaint",
                doc_id=row.id,
                number=form.number,
                reprint_no=row.print_count,
                paper_key="a4",
                mode="plain",
                copies=1,
                target=target[:100],
            )
        )
        row.print_count += 1
        return OpResult(row.print_count, frozenset({"complaint"}))
