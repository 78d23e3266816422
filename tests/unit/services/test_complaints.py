"""Complaints, suggestions and praise through the services: handling, escalation with a moved clock,
queues and figures."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from desk_app.db.models import ComplaintEvent
from desk_app.domain.complaints import (
    CallbackMethod,
    Category,
    Channel,
    EscalationReason,
    Evaluation,
    EventKind,
    Kind,
    Status,
)
from desk_app.domain.errors import DomainError
from desk_app.domain.visits import Purpose, VisitorKind
from desk_app.services.archive import buildings, units
from desk_app.services.complaints import handling, views
from desk_app.services.context import ServiceContext
from desk_app.services.visits import log as visits
from tests.conftest import FakeClock

MONDAY_0930 = datetime(2026, 11, 23, 1, 30, tzinfo=UTC)


@pytest.fixture
def desk(admin_ctx: ServiceContext) -> ServiceContext:
    b = buildings.create_building(admin_ctx, buildings.BuildingInput("3")).value
    e = buildings.create_entrance(admin_ctx, b, buildings.EntranceInput("2")).value
    units.create_unit(admin_ctx, units.UnitInput(e, "1102"))
    return admin_ctx


def _unit_id(ctx: ServiceContext) -> str:
    with ctx.db.read() as s:
        return str(s.execute(text("SELECT id FROM unit WHERE code = '3-2-1102'")).scalar())


def _department(ctx: ServiceContext) -> str:
    with ctx.db.read() as s:
        return str(s.execute(text("SELECT id FROM department ORDER BY sort_order LIMIT 1")).scalar())


def _register(ctx: ServiceContext, **kw: object) -> views.ComplaintDetail:
    data = dict(
        content="楼道垃圾三天没人清理，味道很大。",
        complainant_name="张三",
        complainant_phone="13812345678",
        unit_id=_unit_id(ctx),
        category=Category.QUALITY,
        department_id=_department(ctx),
        request="尽快清理并道歉",
    )
    data.update(kw)
    return handling.register(ctx, handling.ComplaintInput(**data)).value  # type: ignore[arg-type]


def _handle_and_reply(ctx: ServiceContext, cid: str) -> None:
    handling.acknowledge(ctx, cid)
    handling.investigate(ctx, cid, "保洁员请假，无人替岗")
    handling.assign(ctx, cid, "环境部 王主管")
    handling.solution(ctx, cid, "当日清理，安排替岗")
    handling.reply(ctx, cid, handling.ReplyInput("已清理，并向您致歉", Channel.PHONE))


def test_register_numbers_and_due_times(desk: ServiceContext) -> None:
    c = _register(desk)
    assert c.number.startswith("TS-A1-2026-")
    assert c.status is Status.REGISTERED and c.level == 0 and c.level_name == "前台/客服专员"
    assert c.ack_due_at == MONDAY_0930 + timedelta(hours=24)
    assert c.reply_due_at == MONDAY_0930 + timedelta(hours=48)


def test_whole_flow_closes(desk: ServiceContext) -> None:
    c = _register(desk)
    _handle_and_reply(desk, c.id)
    handling.callback(desk, c.id, handling.CallbackInput(CallbackMethod.PHONE, Evaluation.SATISFIED))
    handling.summarise(desk, c.id, "保洁替岗制度已完善")
    handling.judge(desk, c.id, True, "确属服务缺失")
    done = handling.close(desk, c.id).value
    assert done.status is Status.CLOSED and done.valid is True and done.responsible == "环境部 王主管"
    kinds = [e.kind for e in handling.history_events(desk, c.id)]
    assert kinds[0] is EventKind.CREATED and kinds[-1] is EventKind.CLOSED


def test_no_reply_before_solution(desk: ServiceContext) -> None:
    c = _register(desk)
    with pytest.raises(DomainError) as err:
        handling.reply(desk, c.id, handling.ReplyInput("先回复"))
    assert err.value.code == "complaint.solution_required"


def test_phone_complaint_escalates_when_the_deadline_passes(
    desk: ServiceContext, clock: FakeClock, supervisor_ctx: ServiceContext
) -> None:
    # Friday 17:00 local: 24 working hours run out on Monday 17:00, not on Saturday.
    clock.now = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
    c = _register(desk, channel=Channel.PHONE)
    clock.now = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)  # Sunday 17:00
    assert handling.run_auto_escalation(desk) == []
    clock.now = datetime(2026, 11, 30, 9, 1, tzinfo=UTC)  # Monday 17:01
    escalated = handling.run_auto_escalation(desk)
    assert [(e.number, e.reason, e.to_level) for e in escalated] == [
        (c.number, EscalationReason.ACK_OVERDUE, 1)
    ]
    assert handling.run_auto_escalation(desk) == []  # idempotent
    queue = views.queues(supervisor_ctx)
    assert [r.number for r in queue.escalated_to_me] == [c.number]
    assert [r.number for r in queue.overdue] == [c.number]
    # Handled and answered; return visit 满意; summary; closed.
    _handle_and_reply(supervisor_ctx, c.id)
    handling.callback(
        supervisor_ctx, c.id, handling.CallbackInput(CallbackMethod.PHONE, Evaluation.SATISFIED)
    )
    handling.summarise(supervisor_ctx, c.id, "已解决")
    assert handling.close(supervisor_ctx, c.id).value.status is Status.CLOSED
    assert views.queues(supervisor_ctx).escalated_to_me == []


def test_reply_deadline_escalates_again(desk: ServiceContext, clock: FakeClock) -> None:
    c = _register(desk)
    handling.acknowledge(desk, c.id)
    clock.advance(hours=47)
    assert handling.run_auto_escalation(desk) == []
    clock.advance(hours=2)
    assert [e.reason for e in handling.run_auto_escalation(desk)] == [EscalationReason.REPLY_OVERDUE]


def test_dissatisfied_return_visit_escalates_one_level(desk: ServiceContext) -> None:
    c = _register(desk)
    _handle_and_reply(desk, c.id)
    result = handling.callback(
        desk, c.id, handling.CallbackInput(CallbackMethod.PHONE, Evaluation.DISSATISFIED)
    )
    assert "complaint_escalation" in result.changes
    assert result.value.status is Status.INVESTIGATING and result.value.level == 1
    with desk.db.read() as s:
        last = s.scalars(
            select(ComplaintEvent)
            .where(ComplaintEvent.complaint_id == c.id)
            .order_by(ComplaintEvent.at.desc(), ComplaintEvent.id.desc())
        ).first()
        assert last is not None and last.kind == "escalated" and '"dissatisfied"' in last.payload_json


def test_manual_escalation_up_to_the_chain_end(desk: ServiceContext) -> None:
    c = _register(desk)
    for _ in range(4):
        handling.escalate(desk, c.id, "业主情绪激动，要求领导处理")
    assert handling.get(desk, c.id).level_name == "公司总部"
    with pytest.raises(DomainError) as err:
        handling.escalate(desk, c.id, "再升级")
    assert err.value.code == "complaint.chain_end"


def test_judging_needs_a_supervisor(desk: ServiceContext, clerk_ctx: ServiceContext) -> None:
    c = _register(desk)
    with pytest.raises(DomainError) as err:
        handling.judge(clerk_ctx, c.id, False, "无理投诉")
    assert err.value.code == "auth.forbidden"


def test_praise_counts_and_simple_flow(desk: ServiceContext) -> None:
    dept = _department(desk)
    p = _register(desk, kind=Kind.PRAISE, content="保安小刘帮我搬东西", staff_name="小刘", department_id=dept)
    handling.reply(desk, p.id, handling.ReplyInput("感谢您的表扬"))
    assert handling.close(desk, p.id).value.status is Status.CLOSED
    _register(desk, kind=Kind.PRAISE, content="小刘又帮忙了", staff_name="小刘", department_id=dept)
    counts = views.praise_counts(desk, date(2026, 11, 1), date(2026, 11, 30))
    assert [(c.staff_name, c.count) for c in counts] == [("小刘", 2)]
    with pytest.raises(DomainError):
        _register(desk, kind=Kind.PRAISE, department_id=None, staff_name="")


def test_monthly_figures(desk: ServiceContext, clock: FakeClock) -> None:
    a = _register(desk)
    _register(desk, kind=Kind.SUGGESTION, content="建议增加快递柜")
    _handle_and_reply(desk, a.id)
    handling.callback(desk, a.id, handling.CallbackInput(CallbackMethod.PHONE, Evaluation.BASIC))
    handling.judge(desk, a.id, True, "属实")
    counts = views.monthly_counts(desk, 2026)
    assert (counts[10].complaints, counts[10].suggestions, counts[10].praise) == (1, 1, 0)
    stats = views.month_stats(desk, 2026, 11)
    assert stats.complaints == 1 and stats.valid == 1 and stats.valid_rate == 1.0  # one household
    assert stats.on_time_reply_rate == 1.0 and stats.satisfaction == 1.0


def test_filters_by_category_department_and_text(desk: ServiceContext) -> None:
    a = _register(desk)
    _register(desk, category=Category.CHARGES, department_id=None, content="物业费算错了")
    assert views.query_ids(desk, views.ComplaintFilter(category=Category.QUALITY)) == [a.id]
    assert views.query_ids(desk, views.ComplaintFilter(department_id=_department(desk))) == [a.id]
    assert len(views.query_ids(desk, views.ComplaintFilter(text="物业费"))) == 1
    assert views.queues(desk).by_category == {Category.QUALITY: 1, Category.CHARGES: 1}


def test_registered_from_a_visit_links_both_ways(desk: ServiceContext) -> None:
    v = visits.log_visit(desk, visits.VisitInput(VisitorKind.OWNER, Purpose.COMPLAINT, name="张三")).value
    c = _register(desk, channel=Channel.VISIT, visit_id=v.id)
    assert c.visit_id == v.id
    assert visits.get(desk, v.id).created_record_id == c.id


def test_find_by_number(desk: ServiceContext) -> None:
    c = _register(desk)
    assert handling.find_by_number(desk, c.number.lower()).id == c.id
    with pytest.raises(DomainError) as err:
        handling.find_by_number(desk, "TS-A1-2026-999999")
    assert err.value.code == "complaint.not_found"


def test_chain_is_configurable(desk: ServiceContext) -> None:
    from desk_app.services import settings

    settings.put(desk, "complaint.escalation_chain", "前台=clerk;主管=supervisor")
    c = _register(desk)
    handling.escalate(desk, c.id, "升级")
    with pytest.raises(DomainError):
        handling.escalate(desk, c.id, "再升级")


def test_complaint_form_has_the_whole_history(desk: ServiceContext) -> None:
    import io

    import pdfplumber

    from desk_app.services.complaints import form

    c = _register(desk)
    _handle_and_reply(desk, c.id)
    handling.callback(
        desk, c.id, handling.CallbackInput(CallbackMethod.PHONE, Evaluation.DISSATISFIED, "还是脏")
    )
    rendered = form.render_complaint_form(desk, c.id)
    with pdfplumber.open(io.BytesIO(rendered.pdf)) as doc:
        text = "".join((p.extract_text() or "") for p in doc.pages).replace(" ", "").replace("\n", "")
    for value in (
        "客户投诉处理表",
        c.number,
        "保洁员请假",
        "环境部王主管",
        "已清理，并向您致歉",
        "回访不满意，升级",
        "客服主管",
    ):
        assert value in text, value
    assert rendered.warnings == ()


def test_export_the_list_to_excel(desk: ServiceContext, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from desk_app.services.complaints.export import export_complaints

    c = _register(desk)
    path = tmp_path / "complaints.xlsx"
    assert export_complaints(desk, views.ComplaintFilter(open_only=True), path).value == 1
    sheet = load_workbook(path).active
    assert sheet is not None
    values = [cell.value for cell in sheet[2]]
    assert values[0] == c.number and values[2] == "投诉" and values[3] == "已登记" and values[8] == "服务质量"


def test_form_prints_are_counted(desk: ServiceContext) -> None:
    from desk_app.services.complaints import form

    c = _register(desk)
    rendered = form.render_complaint_form(desk, c.id)
    assert form.record_print(desk, c.id, rendered, "pdf").value == 1
    assert handling.get(desk, c.id).print_count == 1


def test_empty_step_text_is_a_field_error(desk: ServiceContext) -> None:
    c = _register(desk)
    with pytest.raises(DomainError) as err:
        handling.investigate(desk, c.id, "  ")
    assert err.value.code == "validation" and err.value.params["fields"] == {"cause": "field.required"}
