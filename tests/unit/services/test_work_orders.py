"""Work orders through the services: registration, the whole lifecycle, deadlines, queues and lists."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, text

from desk_app.db.models import WorkOrderCategory, WorkOrderEvent
from desk_app.domain.enums import Relation
from desk_app.domain.errors import DomainError
from desk_app.domain.work_orders import (
    CallbackMethod,
    CallbackOutcome,
    Evaluation,
    EventKind,
    Status,
    Urgency,
)
from desk_app.services import audit
from desk_app.services.archive import buildings, people, units
from desk_app.services.context import ServiceContext
from desk_app.services.work_orders import categories, orders, views
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


def _category(ctx: ServiceContext, path: str) -> categories.CategoryDTO:
    return next(c for c in categories.list_categories(ctx) if c.path == path)


def _unit_id(ctx: ServiceContext) -> str:
    with ctx.db.read() as s:
        return str(s.execute(text("SELECT id FROM unit WHERE code = '3-2-1102'")).scalar())


def _register(ctx: ServiceContext, path: str = "户内 / 给排水", **kw: object) -> views.WorkOrderDetail:
    unit_id = _unit_id(ctx)
    data = orders.RegisterInput(
        category_id=_category(ctx, path).id,
        description="厨房水管漏水",
        reporter_name="张三",
        contact_phone="13812345678",
        unit_id=unit_id,
        **kw,
    )  # type: ignore[arg-type]
    return orders.register(ctx, data).value


def test_default_categories_propose_department_and_urgency(desk: ServiceContext) -> None:
    assert categories.ensure_defaults(desk) is False  # idempotent
    paths = [c.path for c in categories.list_categories(desk)]
    assert "户内" in paths and "公共区域 / 电梯" in paths and "户内 / 给排水" in paths
    lift = _category(desk, "公共区域 / 电梯")
    assert lift.default_urgency is Urgency.URGENT and lift.default_department_id is not None
    assert categories.list_phrases(desk)[0].text


def test_register_numbers_the_order_and_records_the_first_contact(desk: ServiceContext) -> None:
    order = _register(desk)
    assert order.number == "BX-A1-2026-000001" and order.status is Status.REGISTERED
    assert order.urgency is Urgency.IMPORTANT and order.department_name == "工程部"
    assert order.first_contact_name == "系统管理员" and order.unit_code == "3-2-1102"
    assert order.response_due_at == order.created_at + timedelta(minutes=120)
    assert EventKind.DISPATCHED in order.allowed and not order.is_repeat
    assert _register(desk).number == "BX-A1-2026-000002"


def test_a_group_is_not_a_category_and_public_jobs_need_a_place(desk: ServiceContext) -> None:
    with pytest.raises(DomainError) as err:
        orders.register(
            desk,
            orders.RegisterInput(
                category_id=_category(desk, "户内").id, description="x", reporter_name="张三"
            ),
        )
    assert err.value.params["fields"] == {
        "category_id": "work_order.category_is_group",
        "unit_id": "work_order.no_unit_or_location",
    }
    with desk.db.read() as s:
        assert s.scalar(text("SELECT count(*) FROM work_order")) == 0
        assert s.scalar(text("SELECT count(*) FROM doc_series")) == 0  # no number was used up


def test_repeat_fault_inside_the_window(desk: ServiceContext, clock: FakeClock) -> None:
    first = _register(desk)
    unit_id = _unit_id(desk)
    category_id = _category(desk, "户内 / 给排水").id
    clock.advance(days=10)
    warning = orders.find_repeat(desk, unit_id, category_id)
    assert warning is not None and warning.number == first.number
    assert _register(desk).is_repeat
    assert orders.find_repeat(desk, unit_id, _category(desk, "户内 / 电气").id) is None
    clock.advance(days=31)
    assert orders.find_repeat(desk, unit_id, category_id) is None


def test_reporters_for_unit_prefill(desk: ServiceContext) -> None:
    choices = orders.reporters_for_unit(desk, _unit_id(desk))
    assert [(c.name, c.phone, c.relation) for c in choices] == [("张三", "13812345678", "owner")]


def test_full_lifecycle_with_rework_after_a_dissatisfied_return_visit(
    desk: ServiceContext, clock: FakeClock
) -> None:
    order = _register(desk)
    orders.dispatch(desk, order.id, staff_name="李师傅")
    clock.advance(minutes=40)
    orders.arrive(desk, order.id)
    clock.advance(hours=1)
    orders.complete(desk, order.id, handling="更换三通")
    clock.advance(hours=3)
    now = clock.now
    back = orders.return_slip(
        desk,
        order.id,
        orders.SlipReturn(
            "李师傅",
            now - timedelta(hours=4),
            now - timedelta(hours=3),
            "更换三通",
            "三通1个",
            1500,
            Evaluation.SATISFIED,
            True,
        ),
    ).value
    assert back.status is Status.RETURNED and back.callback_due_at is not None
    # Returned Monday 23 Nov 2026 → due by the end of Tuesday 24 Nov (Shanghai), one working day later.
    assert back.callback_due_at.astimezone(desk.timezone).date().isoformat() == "2026-11-24"
    unanswered = orders.callback(
        desk,
        order.id,
        orders.CallbackInput(
            CallbackMethod.PHONE, CallbackOutcome.NO_ANSWER, retry_at=now + timedelta(hours=2)
        ),
    ).value
    assert unanswered.status is Status.RETURNED and unanswered.callback_attempts == 1
    result = orders.callback(
        desk,
        order.id,
        orders.CallbackInput(
            CallbackMethod.PHONE,
            CallbackOutcome.REACHED,
            Evaluation.DISSATISFIED,
            "还在漏",
            phone="13812345678",
        ),
    )
    assert result.value.status is Status.DISPATCHED and result.value.rework_count == 1
    assert "supervisor_notice" in result.changes
    orders.complete(desk, order.id, handling="重新密封")
    now = clock.now
    orders.return_slip(desk, order.id, orders.SlipReturn("李师傅", now, now, "重新密封"))
    closed = orders.callback(
        desk,
        order.id,
        orders.CallbackInput(CallbackMethod.ON_SITE, CallbackOutcome.REACHED, Evaluation.SATISFIED),
    ).value
    assert closed.status is Status.CLOSED and closed.evaluation == "satisfied"
    assert closed.allowed == {EventKind.LINKED}  # a closed order can still be grouped under an incident
    kinds = [e.kind for e in orders.history_events(desk, order.id)]
    assert kinds == [
        EventKind.CREATED,
        EventKind.DISPATCHED,
        EventKind.ARRIVED,
        EventKind.COMPLETED,
        EventKind.SLIP_RETURNED,
        EventKind.CALLBACK,
        EventKind.CALLBACK,
        EventKind.COMPLETED,
        EventKind.SLIP_RETURNED,
        EventKind.CALLBACK,
    ]
    assert [h.action for h in audit.history(desk, "work_order", order.id)] == ["create"]


def test_refused_steps_change_nothing(desk: ServiceContext) -> None:
    order = _register(desk)
    with pytest.raises(DomainError) as err:
        orders.callback(
            desk,
            order.id,
            orders.CallbackInput(CallbackMethod.PHONE, CallbackOutcome.REACHED, Evaluation.SATISFIED),
        )
    assert err.value.code == "work_order.transition_refused"
    with pytest.raises(DomainError) as err:
        orders.suspend(desk, order.id, "  ")
    assert err.value.code == "work_order.reason_required"
    with desk.db.read() as s:
        assert len(s.scalars(select(WorkOrderEvent)).all()) == 1


def test_suspension_pauses_the_clock(desk: ServiceContext, clock: FakeClock) -> None:
    order = _register(desk, "公共区域 / 电梯")  # urgent: respond 30 min, complete 4 h
    orders.dispatch(desk, order.id, staff_name="电梯维保")
    clock.advance(hours=1)
    suspended = orders.suspend(desk, order.id, "等配件").value
    assert suspended.status is Status.SUSPENDED and suspended.completion_due_at is None  # paused
    clock.advance(hours=5)
    resumed = orders.resume(desk, order.id).value
    assert resumed.status is Status.DISPATCHED
    assert resumed.completion_due_at == order.created_at + timedelta(hours=4 + 5)


def test_void_needs_a_supervisor_and_keeps_the_number(
    desk: ServiceContext, clerk_ctx: ServiceContext
) -> None:
    order = _register(desk)
    with pytest.raises(DomainError) as err:
        orders.void(clerk_ctx, order.id, "重复登记")
    assert err.value.code == "auth.forbidden"
    voided = orders.void(desk, order.id, "重复登记").value
    assert voided.status is Status.VOIDED and voided.number == "BX-A1-2026-000001"
    assert orders.find_by_number(desk, "bx-a1-2026-000001").status is Status.VOIDED


def test_scanned_qr_opens_the_order_and_forgeries_are_refused(desk: ServiceContext) -> None:
    from desk_app.domain import qr

    order = _register(desk)
    with desk.db.write() as s:
        secret = orders.qr_secret(s)
    assert orders.find_by_scan(desk, qr.encode(secret, "WO", order.number)).id == order.id
    with pytest.raises(DomainError) as err:
        orders.find_by_scan(desk, qr.encode("not-ours", "WO", order.number))
    assert err.value.code == "qr.forged"


def test_incident_links_reports_of_one_outage(desk: ServiceContext) -> None:
    first = _register(desk, "公共区域 / 电气", location="3栋大堂")
    second = _register(desk, "公共区域 / 电气", location="3栋2单元")
    linked = orders.link_incident(desk, second.id, first.id).value
    assert linked.incident_number == first.number


def test_list_filters_and_lazy_rows(desk: ServiceContext, clock: FakeClock) -> None:
    a = _register(desk)
    b = _register(desk, "公共区域 / 电梯")
    orders.dispatch(desk, b.id, staff_name="电梯维保")
    ids = views.query_ids(desk, views.WorkOrderFilter())
    assert ids == [b.id, a.id]
    assert views.query_ids(desk, views.WorkOrderFilter(statuses=frozenset({"dispatched"}))) == [b.id]
    assert views.query_ids(desk, views.WorkOrderFilter(urgency="urgent")) == [b.id]
    assert views.query_ids(desk, views.WorkOrderFilter(category_id=_category(desk, "户内").id)) == [a.id]
    assert views.query_ids(desk, views.WorkOrderFilter(text="漏水")) == [b.id, a.id]
    assert views.query_ids(desk, views.WorkOrderFilter(text=a.number)) == [a.id]
    assert views.query_ids(desk, views.WorkOrderFilter(overdue_only=True)) == []
    clock.advance(hours=1)  # the urgent lift job was not reached within 30 minutes; the other has 2 hours
    assert views.query_ids(desk, views.WorkOrderFilter(overdue_only=True)) == [b.id]
    rows = views.rows(desk, [a.id, b.id])
    assert [r.number for r in rows] == [a.number, b.number] and rows[1].overdue == {"response"}
    assert views.count(desk, views.WorkOrderFilter(open_only=True)) == 2


def test_callback_queue_due_today_overdue_upcoming(desk: ServiceContext, clock: FakeClock) -> None:
    order = _register(desk)
    now = clock.now
    orders.return_slip(desk, order.id, orders.SlipReturn("李师傅", now, now, "已修好"))
    queue = views.callback_queue(desk)
    assert [r.id for r in queue.upcoming] == [order.id] and not queue.due_today and not queue.overdue
    clock.advance(days=1)
    assert [r.id for r in views.callback_queue(desk).due_today] == [order.id]
    clock.advance(days=1)
    assert [r.id for r in views.callback_queue(desk).overdue] == [order.id]


def test_category_overrides_deadlines(desk: ServiceContext) -> None:
    node = _category(desk, "户内 / 门窗")
    categories.save_category(
        desk,
        categories.CategoryInput(
            name=node.name,
            parent_id=node.parent_id,
            default_department_id=node.default_department_id,
            default_urgency=node.default_urgency,
            respond_minutes=60,
        ),
        node.id,
    )
    order = _register(desk, "户内 / 门窗")
    assert order.response_due_at == order.created_at + timedelta(minutes=60)
    with desk.db.read() as s:
        assert s.get(WorkOrderCategory, node.id).respond_minutes == 60  # type: ignore[union-attr]


def test_events_are_append_only_in_the_database(desk: ServiceContext) -> None:
    import sqlalchemy

    _register(desk)
    with pytest.raises(sqlalchemy.exc.IntegrityError), desk.db.write() as s:
        s.execute(text("UPDATE work_order_event SET kind = 'voided'"))
    assert datetime.now(UTC)  # keeps the import used in all branches


def test_demo_has_work_orders_in_every_state(tmp_path: object) -> None:
    from pathlib import Path

    from desk_app.db.engine import Database
    from desk_app.services.demo import create_demo

    assert isinstance(tmp_path, Path)
    create_demo(tmp_path / "demo.sqlite3", units_target=3000, people_target=400)
    db = Database(tmp_path / "demo.sqlite3")
    with db.read() as s:
        states = dict(s.execute(text("SELECT status, count(*) FROM work_order GROUP BY status")).all())
        reworked = s.scalar(text("SELECT count(*) FROM work_order WHERE rework_count > 0"))
    db.close()
    assert set(states) == {s.value for s in Status}, states
    assert reworked and sum(states.values()) == 240
