"""A realistic month of walk-ins (about 40 a day), complaints (some escalated), suggestions and praise, made
through the real services with a clock moved back in time — numbers, events, due times and escalations are
exactly what the desk would have produced."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from typing import TypeAlias

from sqlalchemy import select

from desk_app.db.models import Department, Person, Staff, Unit, UnitPerson
from desk_app.domain.complaints import CallbackMethod, Category, Channel, Evaluation, Kind, Severity
from desk_app.domain.visits import Purpose, VisitorKind
from desk_app.services.complaints import handling
from desk_app.services.context import ServiceContext
from desk_app.services.visits import log as visits

DAYS = 30
PURPOSES = (
    (Purpose.GUEST, 30),
    (Purpose.CONSULT, 18),
    (Purpose.PAYMENT, 14),
    (Purpose.REPAIR, 10),
    (Purpose.RENOVATION, 7),
    (Purpose.RELEASE, 6),
    (Purpose.KEYS, 5),
    (Purpose.COMPLAINT, 4),
    (Purpose.SUGGESTION, 2),
    (Purpose.PRAISE, 1),
    (Purpose.OTHER, 3),
)
VISITOR_NAMES = (
    "刘洋",
    "陈静",
    "杨帆",
    "黄磊",
    "周婷",
    "吴刚",
    "郑丽",
    "孙强",
    "马超",
    "朱敏",
    "胡军",
    "林霞",
)
COMPANIES = ("美家装饰", "顺丰速运", "京东物流", "安居搬家", "宏达装饰", "格力售后")
PLATES = ("粤A", "粤B", "湘A", "赣C")
COMPLAINTS = (
    (Category.QUALITY, "楼道垃圾两天没人清理，味道很大。", "尽快清理"),
    (Category.ATTITUDE, "门岗保安说话态度很差。", "希望道歉并加强培训"),
    (Category.CHARGES, "这个月物业费金额算错了，多收了停车费。", "退还多收的费用"),
    (Category.SERVICE, "报修三天了还没人上门。", "今天安排上门"),
    (Category.EMERGENCY, "地下车库积水，车开不进去。", "马上抽水"),
    (Category.ACTIVITIES, "中秋活动通知太晚，很多业主不知道。", "以后提前一周通知"),
    (Category.OTHER, "楼下商户夜间噪音扰民。", "协调商户十点后停止营业"),
)
SUGGESTIONS = (
    "建议增加快递柜。",
    "建议小区东门增设充电桩。",
    "建议周末延长前台服务时间。",
    "建议增加儿童游乐设施。",
)
PRAISE = (
    "保安帮忙把老人送回家，非常感谢。",
    "维修师傅上门很准时，服务很好。",
    "保洁阿姨捡到钱包归还，点赞。",
)


Resident: TypeAlias = tuple[str, str, str, str, str]  # unit id, person id, name, mobile, relation
StaffRow: TypeAlias = tuple[str, str, str]  # id, name, department id


class _Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def add_demo_visits_and_complaints(ctx: ServiceContext, rng: random.Random, per_day: int = 40) -> None:
    real_now = ctx.now()
    with ctx.db.read() as s:
        residents: list[Resident] = [
            (r[0], r[1], r[2], r[3], r[4])
            for r in s.execute(
                select(Unit.id, Person.id, Person.name, Person.mobile, UnitPerson.relation)
                .join(UnitPerson, UnitPerson.unit_id == Unit.id)
                .join(Person, Person.id == UnitPerson.person_id)
                .where(UnitPerson.relation.in_(("owner", "tenant")))
                .limit(2000)
            ).all()
        ]
        staff: list[StaffRow] = [
            (r[0], r[1], r[2]) for r in s.execute(select(Staff.id, Staff.name, Staff.department_id)).all()
        ]
        departments = list(s.scalars(select(Department.id)))
    if not residents:
        return
    clock = _Clock(real_now)
    timed = replace(ctx, clock=clock)
    weights = [w for _, w in PURPOSES]
    purposes = [p for p, _ in PURPOSES]
    today = real_now.astimezone(ctx.timezone).date()
    for back in range(DAYS - 1, -1, -1):
        day = today - timedelta(days=back)
        opening = datetime.combine(day, datetime.min.time(), tzinfo=ctx.timezone) + timedelta(hours=8)
        count = max(1, int(rng.gauss(per_day, 6)) if day.weekday() < 5 else per_day // 2)
        times = sorted(opening + timedelta(minutes=rng.randint(0, 10 * 60)) for _ in range(count))
        for at in times:
            if at >= real_now - timedelta(minutes=2):
                break
            clock.now = at
            purpose = rng.choices(purposes, weights)[0]
            _walk_in(timed, clock, rng, purpose, residents, staff, departments, real_now, back == 0)
        if back == 1 and times:
            # One visitor from yesterday never checked out: the on-site list shows them in colour.
            clock.now = times[-1]
            visits.log_visit(
                timed,
                visits.VisitInput(
                    VisitorKind.CONTRACTOR, Purpose.RENOVATION, name="陈工", company="美家装饰"
                ),
            )


def _walk_in(
    ctx: ServiceContext,
    clock: _Clock,
    rng: random.Random,
    purpose: Purpose,
    residents: list[Resident],
    staff: list[StaffRow],
    departments: list[str],
    real_now: datetime,
    today: bool,
) -> None:
    resident = purpose not in (Purpose.GUEST, Purpose.RENOVATION, Purpose.RELEASE) or rng.random() < 0.2
    unit_id, person_id, _name, _mobile, relation = rng.choice(residents)
    if resident:
        data = visits.VisitInput(
            VisitorKind.TENANT if relation == "tenant" else VisitorKind.OWNER,
            purpose,
            person_id=person_id,
            unit_id=unit_id,
        )
    else:
        contractor = purpose in (Purpose.RENOVATION, Purpose.RELEASE)
        data = visits.VisitInput(
            VisitorKind.CONTRACTOR if contractor else VisitorKind.VISITOR,
            purpose,
            name=rng.choice(VISITOR_NAMES),
            phone=f"1{rng.choice('35789')}{rng.randint(0, 999_999_999):09d}",
            company=rng.choice(COMPANIES) if contractor else "",
            plate=f"{rng.choice(PLATES)}{rng.randint(10000, 99999)}" if rng.random() < 0.3 else "",
            unit_id=unit_id,
            party_size=rng.choice((1, 1, 1, 2, 2, 3)),
            badge=not contractor,
        )
    # Most leave within the hour; a few of today's visitors are still on site. Older days are entered with
    # their time out (as from the paper book) to keep the demo quick; today's are checked out one by one.
    stays = today and rng.random() < 0.25
    left = min(clock.now + timedelta(minutes=rng.randint(5, 90)), real_now - timedelta(minutes=1))
    if not today:
        data = replace(data, time_out=left)
    visit = visits.log_visit(ctx, data).value
    if purpose in (Purpose.COMPLAINT, Purpose.SUGGESTION, Purpose.PRAISE):
        _complaint(ctx, clock, rng, purpose, visit, staff, departments, real_now)
    if today and not stays:
        clock.now = left
        visits.check_out(ctx, visit.id)


def _complaint(
    ctx: ServiceContext,
    clock: _Clock,
    rng: random.Random,
    purpose: Purpose,
    visit: visits.VisitDTO,
    staff: list[StaffRow],
    departments: list[str],
    real_now: datetime,
) -> None:
    kind = {Purpose.COMPLAINT: Kind.COMPLAINT, Purpose.SUGGESTION: Kind.SUGGESTION}.get(purpose, Kind.PRAISE)
    praised = rng.choice(staff) if staff and kind is Kind.PRAISE else None
    if kind is Kind.COMPLAINT:
        category, content, request = rng.choice(COMPLAINTS)
    else:
        category = Category.SERVICE
        content = rng.choice(SUGGESTIONS if kind is Kind.SUGGESTION else PRAISE)
        request = ""
    created = handling.register(
        ctx,
        handling.ComplaintInput(
            content=content,
            complainant_name=visit.name,
            kind=kind,
            channel=Channel.VISIT,
            complainant_phone=visit.phone,
            complainant_person_id=visit.person_id,
            unit_id=visit.unit_id,
            category=category,
            department_id=praised[2] if praised else (rng.choice(departments) if departments else None),
            staff_id=praised[0] if praised else None,
            request=request,
            severity=rng.choice((Severity.NORMAL, Severity.NORMAL, Severity.IMPORTANT, Severity.URGENT)),
            visit_id=visit.id,
        ),
    ).value
    saved = clock.now

    def later(hours: float) -> bool:
        clock.now = clock.now + timedelta(hours=hours)
        return clock.now < real_now - timedelta(minutes=5)

    if kind is not Kind.COMPLAINT:
        if later(rng.uniform(2, 30)):
            handling.reply(
                ctx, created.id, handling.ReplyInput("感谢您的意见，已转相关部门。", Channel.PHONE)
            )
            if later(2):
                handling.close(ctx, created.id)
        clock.now = saved
        return
    ending = rng.choices(["closed", "escalated", "open", "dissatisfied"], [60, 20, 10, 10])[0]
    if ending == "escalated":
        # Nobody acknowledged it in time: the timer escalates it (on the working-day clock).
        if later(rng.uniform(30, 80)):
            handling.run_auto_escalation(ctx)
        if not later(rng.uniform(1, 5)):
            clock.now = saved
            return
    elif ending == "open":
        clock.now = saved
        return
    steps: tuple[tuple[float, Callable[[], object]], ...] = (
        (0.5, lambda: handling.acknowledge(ctx, created.id)),
        (2, lambda: handling.investigate(ctx, created.id, "经核实情况属实")),
        (0.5, lambda: handling.assign(ctx, created.id, rng.choice(("王主管", "李经理", "赵班长")))),
        (3, lambda: handling.solution(ctx, created.id, "已安排整改并跟进")),
        (
            1,
            lambda: handling.reply(
                ctx, created.id, handling.ReplyInput("已处理，感谢您的反馈。", Channel.PHONE)
            ),
        ),
    )
    for hours, run in steps:
        if not later(hours):
            clock.now = saved
            return
        run()
    if not later(rng.uniform(20, 40)):
        clock.now = saved
        return
    evaluation = (
        Evaluation.DISSATISFIED
        if ending == "dissatisfied"
        else rng.choice([Evaluation.SATISFIED] * 4 + [Evaluation.BASIC])
    )
    handling.callback(
        ctx, created.id, handling.CallbackInput(CallbackMethod.PHONE, evaluation, "业主意见已记录")
    )
    if evaluation is not Evaluation.DISSATISFIED and later(1):
        handling.summarise(ctx, created.id, "已整改，业主认可")
        handling.judge(ctx, created.id, rng.random() < 0.5, "经核实")
        handling.close(ctx, created.id)
    clock.now = saved
