"""The visit log as an Excel workbook, with the log view's filters applied (Chinese headers)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from desk_app.domain.ids import uuid7
from desk_app.domain.roles import Permission
from desk_app.domain.visits import KIND_ZH, PURPOSE_ZH
from desk_app.services import audit
from desk_app.services.context import OpResult, ServiceContext
from desk_app.services.sheet import write_sheet
from desk_app.services.visits.log import VisitFilter, log_ids, rows

SHEET = "来访登记"
HEADERS = ("编号", "来访时间", "离开时间", "类型", "姓名", "电话", "单位", "车牌", "证件号", "房号", "事由", "人数",
           "接待人", "备注")  # fmt: skip
WIDTHS = (20, 17, 17, 8, 10, 14, 16, 10, 20, 11, 10, 6, 10, 40)
CHUNK = 500


def _local(ctx: ServiceContext, value: datetime | None) -> datetime | None:
    return value.astimezone(ctx.timezone).replace(tzinfo=None) if value else None


def export_visits(ctx: ServiceContext, flt: VisitFilter, path: Path) -> OpResult[int]:
    """Write the visits matching ``flt`` (newest first); ID numbers only masked. Returns the row count."""
    ctx.require(Permission.EXPORT_DATA)
    ids = log_ids(ctx, flt)  # also checks HANDLE_VISITS

    def data() -> list[tuple[object, ...]]:
        out: list[tuple[object, ...]] = []
        for start in range(0, len(ids), CHUNK):
            out.extend(
                (
                    v.number,
                    _local(ctx, v.time_in),
                    _local(ctx, v.time_out),
                    KIND_ZH[v.visitor_kind],
                    v.name,
                    v.phone,
                    v.company,
                    v.plate,
                    v.id_number_masked,
                    v.unit_code,
                    PURPOSE_ZH[v.purpose],
                    v.party_size,
                    v.handled_by_name,
                    v.notes,
                )
                for v in rows(ctx, ids[start : start + CHUNK])
            )
        return out

    count = write_sheet(path, SHEET, HEADERS, WIDTHS, data())
    with ctx.db.write() as s:
        audit.record(
            s, ctx, "visit", uuid7(), "export", None, {"file": path.name, "counts": count},
            summary=f"{path.name}：来访登记{count}条",
        )  # fmt: skip
    return OpResult(count, frozenset())
