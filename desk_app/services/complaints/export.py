"""The complaint list as an Excel workbook, with the list's filters applied (Chinese headers)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from desk_app.domain.complaints import Status
from desk_app.domain.ids import uuid7
from desk_app.domain.roles import Permission
from desk_app.services import audit
from desk_app.services.complaints.form import CATEGORY_ZH, KIND_ZH, SEVERITY_ZH
from desk_app.services.complaints.views import ComplaintFilter, query_ids, rows
from desk_app.services.context import OpResult, ServiceContext
from desk_app.services.sheet import write_sheet

SHEET = "投诉建议表扬"
HEADERS = ("编号", "登记时间", "类型", "状态", "级别", "投诉人", "电话", "房号", "类别", "严重程度", "涉及部门",
           "超时", "内容")  # fmt: skip
WIDTHS = (20, 17, 6, 8, 6, 10, 14, 11, 10, 8, 12, 12, 60)
STATUS_ZH = {
    Status.REGISTERED: "已登记",
    Status.ACKNOWLEDGED: "已受理",
    Status.INVESTIGATING: "处理中",
    Status.REPLIED: "已回复",
    Status.CALLBACK: "已回访",
    Status.CLOSED: "已关闭",
    Status.VOIDED: "作废",
}
OVERDUE_ZH = {"ack": "受理", "reply": "答复", "promised": "承诺回复"}
CHUNK = 500


def _local(ctx: ServiceContext, value: datetime) -> datetime:
    return value.astimezone(ctx.timezone).replace(tzinfo=None)


def export_complaints(ctx: ServiceContext, flt: ComplaintFilter, path: Path) -> OpResult[int]:
    ctx.require(Permission.EXPORT_DATA)
    ids = query_ids(ctx, flt)  # also checks HANDLE_COMPLAINTS
    out: list[tuple[object, ...]] = []
    for start in range(0, len(ids), CHUNK):
        out.extend(
            (
                c.number,
                _local(ctx, c.created_at),
                KIND_ZH[c.kind],
                STATUS_ZH[c.status],
                c.level,
                c.complainant_name,
                c.complainant_phone,
                c.unit_code,
                CATEGORY_ZH[c.category],
                SEVERITY_ZH[c.severity],
                c.department_name,
                "、".join(OVERDUE_ZH[f] for f in ("ack", "reply", "promised") if f in c.overdue),
                c.content,
            )
            for c in rows(ctx, ids[start : start + CHUNK])
        )
    count = write_sheet(path, SHEET, HEADERS, WIDTHS, out)
    with ctx.db.write() as s:
        audit.record(
            s, ctx, "complaint", uuid7(), "export", None, {"file": path.name, "counts": count},
            summary=f"{path.name}：投诉建议表扬{count}条",
        )  # fmt: skip
    return OpResult(count, frozenset())
