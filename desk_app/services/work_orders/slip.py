"""The work-order slip on paper: its data, the PDF for a printer profile, and the record of each print.

Rendering never writes (a preview is free); ``record_print`` is called once the pages went to a printer
or a PDF file, and counts reprints so the next copy says "补打 (第 n 次)". The first print of a registered
order is its dispatch: the department takes copies 2 and 3 (seed 003 第五条 1, 凭单做事).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from desk_app.db.models import Department, PrintJob, Unit, UserAccount, WorkOrder
from desk_app.domain import qr
from desk_app.domain.errors import DomainError
from desk_app.domain.roles import Permission
from desk_app.domain.work_orders import Channel, EventKind, Urgency
from desk_app.printing.fonts import missing_glyphs
from desk_app.printing.papers import PAPERS
from desk_app.printing.slips import WORK_ORDER_SLIP, render_work_order_slip
from desk_app.services import installation
from desk_app.services.context import OpResult, ServiceContext
from desk_app.services.printers import ProfileDTO, get_profile
from desk_app.services.work_orders.lifecycle import apply_event
from desk_app.services.work_orders.orders import QR_KIND, qr_secret
from desk_app.services.work_orders.views import _category_path

DOC_TYPE = "work_order"
PAPER_KEYS = frozenset(WORK_ORDER_SLIP.layouts)
CHANNEL_ZH = {
    Channel.PHONE: "电话",
    Channel.VISIT: "来访",
    Channel.LETTER: "信函",
    Channel.EMAIL: "电子邮件",
    Channel.WECHAT: "微信",
    Channel.ONLINE: "在线",
    Channel.STAFF: "物业人员/巡检",
}
URGENCY_ZH = {Urgency.URGENT: "紧急", Urgency.IMPORTANT: "重要", Urgency.NORMAL: "一般"}
EVALUATION_ZH = {"satisfied": "满意", "basic": "基本满意", "dissatisfied": "不满意"}


@dataclass(frozen=True)
class SlipPdf:
    number: str
    pdf: bytes
    reprint_no: int  # 0 = the first print
    paper_key: str
    mode: str
    copies: int
    warnings: tuple[str, ...]  # characters the font cannot draw


def _local(ctx: ServiceContext, value: datetime | None) -> str:
    return value.astimezone(ctx.timezone).strftime("%Y-%m-%d %H:%M") if value else ""


def slip_data(s: Session, ctx: ServiceContext, order: WorkOrder) -> dict[str, object]:
    """What the slip shows (the printout is Chinese whatever the UI language: it follows 报修单 conventions)."""
    unit = s.get(Unit, order.unit_id) if order.unit_id else None
    department = s.get(Department, order.department_id)
    clerk = s.get(UserAccount, order.first_contact_user_id) if order.first_contact_user_id else None
    where = unit.code if unit else ""
    if order.location:
        where = f"{where} {order.location}".strip()
    return {
        "site_name": installation.site_info(ctx).site_name,
        "title": "报事报修单",
        "number": order.number,
        "created_at": _local(ctx, order.created_at),
        "unit": where,
        "reporter": order.reporter_name,
        "phone": order.contact_phone,
        "channel": CHANNEL_ZH[Channel(order.channel)],
        "category": _category_path(s, order.category_id),
        "urgency": URGENCY_ZH[Urgency(order.urgency)] + ("（返修）" if order.is_repeat else ""),
        "description": order.description,
        "appointment": _local(ctx, order.appointment_at),
        "department": department.name if department else "",
        "clerk": clerk.display_name if clerk else "",
        "paid": "有偿" if order.paid else "无偿",
        "qr": qr.encode(qr_secret(s), QR_KIND, order.number),
        "evaluation": "",  # ticked by the customer on paper
    }


def _order(s: Session, order_id: str) -> WorkOrder:
    order = s.get(WorkOrder, order_id)
    if order is None:
        raise DomainError("record.not_found", kind="work_order")
    return order


def render_slip(
    ctx: ServiceContext,
    order_id: str,
    profile: ProfileDTO | None = None,
    paper_key: str | None = None,
    mode: str | None = None,
) -> SlipPdf:
    """The PDF as the next print would look (reprint mark included); writes nothing but the QR secret."""
    ctx.require(Permission.HANDLE_WORK_ORDERS)
    profile = profile or get_profile(ctx, DOC_TYPE)
    paper = paper_key or profile.paper_key
    chosen_mode = mode or profile.mode
    if paper not in PAPER_KEYS:
        raise DomainError("validation", fields={"paper_key": "field.invalid"})
    with ctx.db.write() as s:  # write only because the QR secret is created on first use
        order = _order(s, order_id)
        data = slip_data(s, ctx, order)
        copies = profile.copy_labels or WORK_ORDER_SLIP.copies
        pdf = render_work_order_slip(
            data,
            paper_key=paper,
            mode=chosen_mode,  # type: ignore[arg-type]
            copies=copies,
            offset_mm=profile.offset_mm,
            dot_matrix=profile.dot_matrix,
            void=order.status == "voided",
            reprint_count=order.print_count,
            a4_three_up=profile.a4_three_up and paper == "a4-third" and chosen_mode == "plain",
        )
        text = "".join(str(v) for k, v in data.items() if k != "qr")
        return SlipPdf(
            order.number,
            pdf,
            order.print_count,
            paper,
            chosen_mode,
            1 if chosen_mode == "carbonless" else len(copies),
            tuple(missing_glyphs(text)),
        )


def record_print(ctx: ServiceContext, order_id: str, slip: SlipPdf, target: str) -> OpResult[int]:
    """Log that ``slip`` went to ``target`` (a printer name or "pdf"); returns how many prints there were."""
    actor = ctx.require(Permission.HANDLE_WORK_ORDERS)
    with ctx.db.write() as s:
        order = _order(s, order_id)
        s.add(
            PrintJob(
                site_id=ctx.site_id,
                desk_id=ctx.desk_id,
                at=ctx.now(),
                by_user=actor.user_id,
                doc_type=DOC_TYPE,
                doc_id=order.id,
                number=order.number,
                reprint_no=order.print_count,
                paper_key=slip.paper_key,
                mode=slip.mode,
                copies=slip.copies,
                target=target[:100],
            )
        )
        order.print_count += 1
        if order.status == "registered" and target != "pdf":
            apply_event(
                s,
                ctx,
                order,
                EventKind.DISPATCHED,
                {"department_id": order.department_id, "staff": order.assignee_name, "by_print": True},
            )
        return OpResult(order.print_count, frozenset({"work_order"}))


def paper_choices() -> list[tuple[str, str]]:
    return [(key, PAPERS[key].name_zh) for key in sorted(PAPER_KEYS)]
