"""The work-order list as an Excel workbook: what the list screen shows, with its filters applied.

Built for years of data: the filter returns ids (views.query_ids), rows are read in chunks and streamed into
a write-only workbook, so 200,000 orders never sit in memory as ORM objects. Headers and vocabularies are
Chinese (the workbook goes to managers and other departments); every text cell goes through
``transfer.safe_cell`` so a description typed as ``=HYPERLINK(…)`` stays text in Excel.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.db.models import Department, Unit, UserAccount, WorkOrder
from desk_app.domain.ids import uuid7
from desk_app.domain.roles import Permission
from desk_app.domain.work_orders import Channel, Urgency
from desk_app.services import audit
from desk_app.services.context import OpResult, ServiceContext
from desk_app.services.transfer import _save, safe_cell
from desk_app.services.work_orders.categories import load_all
from desk_app.services.work_orders.slip import CHANNEL_ZH, EVALUATION_ZH, URGENCY_ZH
from desk_app.services.work_orders.views import WorkOrderFilter, overdue_flags, query_ids

SHEET = "报修单"
HEADERS = (
    "单号",
    "登记时间",
    "房号",
    "位置",
    "报修人",
    "联系电话",
    "来源",
    "类别",
    "紧急程度",
    "承办部门",
    "维修人员",
    "状态",
    "超时",
    "返修",
    "返工次数",
    "回访评价",
    "首问责任人",
    "问题描述",
)
WIDTHS = (20, 17, 11, 14, 10, 14, 8, 18, 8, 12, 10, 8, 16, 6, 8, 10, 10, 60)
STATUS_ZH = {
    "registered": "已登记",
    "dispatched": "已派工",
    "arrived": "已到场",
    "completed": "已完工",
    "returned": "已回单",
    "closed": "已关闭",
    "suspended": "挂起",
    "voided": "作废",
}
OVERDUE_ZH = {"response": "响应", "completion": "完成", "follow_up": "跟进", "callback": "回访"}
OVERDUE_ORDER = ("response", "completion", "follow_up", "callback")
CHUNK = 500  # ids per query: well under SQLite's variable limit


def _local(ctx: ServiceContext, value: datetime | None) -> datetime | None:
    # Excel has no time zones: the desk's local wall-clock time, as the list shows it.
    return value.astimezone(ctx.timezone).replace(tzinfo=None) if value else None


def _category_paths(s: Session) -> dict[str, str]:
    by_id = load_all(s)
    paths: dict[str, str] = {}
    for node_id, node in by_id.items():
        names = [node.name]
        parent = by_id.get(node.parent_id or "")
        while parent is not None:
            names.append(parent.name)
            parent = by_id.get(parent.parent_id or "")
        paths[node_id] = " / ".join(reversed(names))
    return paths


def _rows(ctx: ServiceContext, ids: list[str]) -> list[tuple[object, ...]]:
    now = ctx.now()
    out: list[tuple[object, ...]] = []
    with ctx.db.read() as s:
        paths = _category_paths(s)
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            data = s.execute(
                select(WorkOrder, Unit.code, Department.name, UserAccount.display_name)
                .outerjoin(Unit, Unit.id == WorkOrder.unit_id)
                .outerjoin(Department, Department.id == WorkOrder.department_id)
                .outerjoin(UserAccount, UserAccount.id == WorkOrder.first_contact_user_id)
                .where(WorkOrder.id.in_(chunk))
            ).all()
            by_id: dict[str, tuple[object, ...]] = {}
            for o, unit_code, department, clerk in data:
                flags = overdue_flags(o, now)
                by_id[o.id] = (
                    o.number,
                    _local(ctx, o.created_at),
                    unit_code or "",
                    o.location,
                    o.reporter_name,
                    o.contact_phone,
                    CHANNEL_ZH.get(Channel(o.channel), o.channel),
                    paths.get(o.category_id, ""),
                    URGENCY_ZH.get(Urgency(o.urgency), o.urgency),
                    department or "",
                    o.assignee_name,
                    STATUS_ZH.get(o.status, o.status),
                    "、".join(OVERDUE_ZH[f] for f in OVERDUE_ORDER if f in flags),
                    "是" if o.is_repeat else "",
                    o.rework_count,
                    EVALUATION_ZH.get(o.evaluation or "", ""),
                    clerk or "",
                    o.description,
                )
            out.extend(by_id[i] for i in chunk if i in by_id)
    return out


def export_work_orders(ctx: ServiceContext, flt: WorkOrderFilter, path: Path) -> OpResult[int]:
    """Write the orders matching ``flt`` (newest first) to ``path``; returns how many rows were written."""
    ctx.require(Permission.EXPORT_DATA)
    ids = query_ids(ctx, flt)  # also checks HANDLE_WORK_ORDERS
    rows = _rows(ctx, ids)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(SHEET)
    for col, width in enumerate(WIDTHS):
        ws.column_dimensions[get_column_letter(col + 1)].width = width
    ws.freeze_panes = "A2"
    bold = Font(bold=True)
    header_cells = []
    for header in HEADERS:
        cell = WriteOnlyCell(ws, value=header)
        cell.font = bold
        header_cells.append(cell)
    ws.append(header_cells)
    for row in rows:
        cells: list[object] = []
        for value in row:
            if isinstance(value, datetime):
                cell = WriteOnlyCell(ws, value=value)
                cell.number_format = "yyyy-mm-dd hh:mm"
                cells.append(cell)
            else:
                cells.append(safe_cell(value))
        ws.append(cells)
    _save(wb, path)
    with ctx.db.write() as s:
        audit.record(
            s,
            ctx,
            "work_order",
            uuid7(),
            "export",
            None,
            {"file": path.name, "counts": len(rows)},
            summary=f"{path.name}：报修单{len(rows)}条",
        )
    return OpResult(len(rows), frozenset())
