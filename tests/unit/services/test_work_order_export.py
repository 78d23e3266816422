"""The work-order list exported to Excel (services/work_orders/export.py), read back with openpyxl."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, text

from desk_app.db.models import AuditEntry
from desk_app.domain.enums import Relation
from desk_app.domain.errors import DomainError
from desk_app.domain.work_orders import Status
from desk_app.services.archive import buildings, people, units
from desk_app.services.context import ServiceContext
from desk_app.services.work_orders import categories, orders
from desk_app.services.work_orders.export import HEADERS, SHEET, export_work_orders
from desk_app.services.work_orders.views import WorkOrderFilter
from tests.conftest import FakeClock


@pytest.fixture
def desk(admin_ctx: ServiceContext) -> ServiceContext:
    categories.ensure_defaults(admin_ctx)
    b = buildings.create_building(admin_ctx, buildings.BuildingInput("3")).value
    e = buildings.create_entrance(admin_ctx, b, buildings.EntranceInput("2")).value
    u = units.create_unit(admin_ctx, units.UnitInput(e, "1102")).value
    p = people.create_person(admin_ctx, people.PersonInput("张三", mobile="13812345678")).value
    people.link(admin_ctx, people.RelationInput(u.id, p.id, Relation.OWNER, is_primary=True))
    return admin_ctx


def _register(ctx: ServiceContext, description: str, path: str = "户内 / 给排水") -> str:
    category = next(c for c in categories.list_categories(ctx) if c.path == path)
    with ctx.db.read() as s:
        unit_id = str(s.execute(text("SELECT id FROM unit WHERE code = '3-2-1102'")).scalar())
    data = orders.RegisterInput(
        category_id=category.id,
        description=description,
        reporter_name="张三",
        contact_phone="13812345678",
        unit_id=unit_id,
    )
    return orders.register(ctx, data).value.id


def _sheet_rows(path: Path) -> list[tuple[object, ...]]:
    wb = load_workbook(path)
    assert wb.sheetnames == [SHEET]
    return [tuple(r) for r in wb[SHEET].iter_rows(values_only=True)]


def test_export_writes_the_filtered_list_with_chinese_headers(
    desk: ServiceContext, clock: FakeClock, tmp_path: Path
) -> None:
    first = _register(desk, "厨房水管漏水")
    clock.advance(hours=1)
    _register(desk, "客厅灯不亮", "户内 / 电气")
    orders.void(desk, first, "重复登记")
    out = tmp_path / "orders.xlsx"

    result = export_work_orders(desk, WorkOrderFilter(), out)

    assert result.value == 2
    rows = _sheet_rows(out)
    assert rows[0] == HEADERS
    header = {name: i for i, name in enumerate(HEADERS)}
    newest, oldest = rows[1], rows[2]  # newest first, like the list
    assert newest[header["单号"]] == "BX-A1-2026-000002"
    assert newest[header["类别"]] == "户内 / 电气"
    assert newest[header["状态"]] == "已登记" and newest[header["紧急程度"]] == "重要"
    assert newest[header["房号"]] == "3-2-1102" and newest[header["来源"]] == "电话"
    assert newest[header["首问责任人"]] == "系统管理员"
    assert oldest[header["状态"]] == "作废"
    # Local wall-clock time (Asia/Shanghai), as the list shows it.
    assert oldest[header["登记时间"]] == datetime(2026, 11, 23, 9, 30)

    only_open = export_work_orders(desk, WorkOrderFilter(open_only=True), tmp_path / "open.xlsx")
    assert only_open.value == 1
    assert [r[0] for r in _sheet_rows(tmp_path / "open.xlsx")[1:]] == ["BX-A1-2026-000002"]


def test_a_formula_looking_description_stays_text(desk: ServiceContext, tmp_path: Path) -> None:
    _register(desk, '=HYPERLINK("http://evil.example","点我")')
    out = tmp_path / "orders.xlsx"
    export_work_orders(desk, WorkOrderFilter(), out)
    description = _sheet_rows(out)[1][HEADERS.index("问题描述")]
    assert description == '\'=HYPERLINK("http://evil.example","点我")'
    cell = load_workbook(out)[SHEET].cell(row=2, column=HEADERS.index("问题描述") + 1)
    assert cell.data_type == "s"  # a string, not a formula


def test_export_overdue_flags_and_audit_entry(desk: ServiceContext, clock: FakeClock, tmp_path: Path) -> None:
    _register(desk, "厨房水管漏水")
    clock.advance(days=2)
    out = tmp_path / "overdue.xlsx"
    assert export_work_orders(desk, WorkOrderFilter(overdue_only=True), out).value == 1
    row = _sheet_rows(out)[1]
    assert "响应" in str(row[HEADERS.index("超时")]) and "完成" in str(row[HEADERS.index("超时")])
    with desk.db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "export")).one()
        assert entry.entity_type == "work_order" and "overdue.xlsx" in entry.summary


def test_export_needs_the_permission(clerk_ctx: ServiceContext, tmp_path: Path) -> None:
    # A clerk may export (Permission.EXPORT_DATA); the check itself is exercised with a signed-out context.
    assert (
        export_work_orders(
            clerk_ctx, WorkOrderFilter(statuses=frozenset({Status.CLOSED})), tmp_path / "a.xlsx"
        ).value
        == 0
    )
    with pytest.raises(DomainError):
        export_work_orders(clerk_ctx.as_user(None), WorkOrderFilter(), tmp_path / "b.xlsx")
