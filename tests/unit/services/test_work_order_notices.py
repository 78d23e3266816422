"""The return-visit desk's extra reads: queue details and the supervisor's 不满意 → rework list."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import text

from desk_app.domain.enums import Relation
from desk_app.domain.errors import DomainError
from desk_app.domain.work_orders import CallbackMethod, CallbackOutcome, Evaluation, Status
from desk_app.services.archive import buildings, people, units
from desk_app.services.context import ServiceContext
from desk_app.services.work_orders import categories, notices, orders, views
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


def _returned(ctx: ServiceContext, slip_evaluation: Evaluation | None = None) -> views.WorkOrderDetail:
    """A registered order whose slip came back: waiting for its return visit."""
    category = next(c for c in categories.list_categories(ctx) if c.path == "户内 / 给排水")
    with ctx.db.read() as s:
        unit_id = str(s.execute(text("SELECT id FROM unit WHERE code = '3-2-1102'")).scalar())
    order = orders.register(
        ctx,
        orders.RegisterInput(
            category_id=category.id,
            description="厨房水管漏水",
            reporter_name="张三",
            contact_phone="13812345678",
            unit_id=unit_id,
        ),
    ).value
    now = ctx.now()
    slip = orders.SlipReturn("李师傅", now, now, "更换三通", evaluation=slip_evaluation)
    return orders.return_slip(ctx, order.id, slip).value


def _call(
    ctx: ServiceContext, order_id: str, outcome: CallbackOutcome, evaluation: Evaluation | None = None
) -> views.WorkOrderDetail:
    data = orders.CallbackInput(CallbackMethod.PHONE, outcome, evaluation, "还在漏", "13812345678")
    return orders.callback(ctx, order_id, data).value


def test_queue_details_give_the_returned_time_and_the_attempts(
    desk: ServiceContext, clock: FakeClock
) -> None:
    order = _returned(desk)
    returned_at = clock.now
    clock.advance(hours=1)
    _call(desk, order.id, CallbackOutcome.NO_ANSWER)
    details = notices.queue_details(desk, [order.id, "no-such-id"])
    assert list(details) == [order.id]
    assert details[order.id] == notices.QueueDetail(returned_at, 1, "厨房水管漏水")
    assert notices.queue_details(desk, []) == {}


def test_a_dissatisfied_return_visit_puts_the_order_on_the_supervisors_list(
    desk: ServiceContext, clock: FakeClock
) -> None:
    unhappy = _returned(desk)
    happy = _returned(desk)
    ticked_only = _returned(desk, Evaluation.DISSATISFIED)  # ticked on paper, not yet called back
    assert notices.dissatisfied_in_rework(desk) == []
    clock.advance(hours=2)
    _call(desk, unhappy.id, CallbackOutcome.NO_ANSWER)
    _call(desk, unhappy.id, CallbackOutcome.REACHED, Evaluation.DISSATISFIED)
    _call(desk, happy.id, CallbackOutcome.REACHED, Evaluation.SATISFIED)
    [notice] = notices.dissatisfied_in_rework(desk)
    assert notice.id == unhappy.id and notice.number == unhappy.number
    assert notice.status is Status.DISPATCHED and notice.rework_count == 1
    assert notice.called_at == clock.now and notice.called_by == "系统管理员" and notice.remarks == "还在漏"
    assert (notice.unit_code, notice.department_name, notice.category_name) == (
        "3-2-1102",
        "工程部",
        "给排水",
    )
    assert ticked_only.id not in {n.id for n in notices.dissatisfied_in_rework(desk)}

    # The department redoes the work and returns a new slip: still on the list until the customer is asked.
    clock.advance(days=1)
    now = clock.now
    orders.return_slip(
        desk, unhappy.id, orders.SlipReturn("李师傅", now - timedelta(hours=1), now, "重新密封")
    )
    assert [n.status for n in notices.dissatisfied_in_rework(desk)] == [Status.RETURNED]
    _call(desk, unhappy.id, CallbackOutcome.REACHED, Evaluation.BASIC)
    assert notices.dissatisfied_in_rework(desk) == []


def test_a_voided_rework_leaves_the_list(desk: ServiceContext) -> None:
    order = _returned(desk)
    _call(desk, order.id, CallbackOutcome.REACHED, Evaluation.DISSATISFIED)
    assert len(notices.dissatisfied_in_rework(desk)) == 1
    orders.void(desk, order.id, "业主撤销报修")
    assert notices.dissatisfied_in_rework(desk) == []


def test_reading_needs_a_signed_in_desk_user(base_ctx: ServiceContext) -> None:
    with pytest.raises(DomainError):
        notices.dissatisfied_in_rework(base_ctx)
    with pytest.raises(DomainError):
        notices.queue_details(base_ctx, [])
