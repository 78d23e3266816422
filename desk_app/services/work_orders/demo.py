"""Demo work orders in every state, made through the real services with a clock moved back in time, so the
demo's numbers, events, due times and return-visit queue are exactly what the desk would have produced."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime, timedelta

from sqlalchemy import func, select

from desk_app.db.models import Person, Unit, UnitPerson
from desk_app.domain.work_orders import CallbackMethod, CallbackOutcome, Channel, Evaluation
from desk_app.services.context import ServiceContext
from desk_app.services.work_orders import categories, orders

DESCRIPTIONS = {
    "给排水": [
        "厨房水槽下水管漏水，地面有积水。",
        "卫生间地漏堵塞，排水很慢。",
        "阳台水龙头关不紧，一直滴水。",
    ],
    "电气": ["客厅插座没电，空开没有跳。", "卧室灯不亮，换了灯泡也不行。", "家里经常跳闸，请电工检查线路。"],
    "土建": ["天花板有裂缝，下雨后渗水。", "卫生间墙砖空鼓脱落。"],
    "门窗": ["入户门门锁卡住，钥匙很难转动。", "主卧窗户关不严，漏风。"],
    "燃气": ["厨房有燃气味，请尽快检查。"],
    "电梯": ["2号电梯运行时有异响。", "电梯按钮失灵，停不了12楼。"],
    "消防": ["楼道消防栓玻璃破损。", "消防通道堆放杂物。"],
    "保洁": ["楼道有垃圾未清理。", "地下车库有油污，容易滑倒。"],
    "绿化": ["小区东门绿化带树枝挡路。", "草坪浇水时喷头漏水。"],
    "秩序": ["晚上有外来车辆占用消防通道。", "楼下夜间施工噪音扰民。"],
    "其他": ["咨询物业费缴费方式。", "信报箱门损坏。"],
}
# How far each demo order has got (weights sum to 100).
ENDINGS = (
    ("closed", 55),
    ("returned", 12),
    ("dispatched", 8),
    ("registered", 5),
    ("arrived", 3),
    ("completed", 5),
    ("suspended", 4),
    ("rework", 4),
    ("voided", 2),
    ("no_answer", 2),
)
OLD_ENDINGS = (("closed", 90), ("voided", 3), ("suspended", 3), ("rework", 4))
STAFF = ("李师傅", "王师傅", "张师傅", "赵师傅", "陈师傅")


class _Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def add_demo_work_orders(ctx: ServiceContext, rng: random.Random, count: int | None = None) -> None:
    """About one order per 12 units over the last 45 days (240 for the default 3,000-unit estate)."""
    real_now = ctx.now()
    leaves = [
        c
        for c in categories.list_categories(ctx)
        if c.parent_id is not None and not any(o.parent_id == c.id for o in categories.list_categories(ctx))
    ]
    with ctx.db.read() as s:
        owners = s.execute(
            select(Unit.id, Person.id, Person.name, Person.mobile)
            .join(UnitPerson, UnitPerson.unit_id == Unit.id)
            .join(Person, Person.id == UnitPerson.person_id)
            .where(UnitPerson.relation == "owner", UnitPerson.is_primary.is_(True))
        ).all()
    if not owners or not leaves:
        return
    if count is None:
        with ctx.db.read() as s:
            units = s.scalar(select(func.count()).select_from(Unit)) or 0
        count = max(10, min(240, units // 12))
    clock = _Clock(real_now - timedelta(days=45))
    timed = replace(ctx, clock=clock)
    names = [name for name, _ in ENDINGS]
    weights = [weight for _, weight in ENDINGS]
    starts = sorted(
        real_now - timedelta(days=45) + timedelta(minutes=rng.randint(0, 45 * 24 * 60 - 600))
        for _ in range(count)
    )
    old_names = [name for name, _ in OLD_ENDINGS]
    old_weights = [weight for _, weight in OLD_ENDINGS]
    # The newest orders show one of every state (the demo must show every screen with something in it).
    forced = dict(zip(range(len(starts) - len(ENDINGS), len(starts)), names, strict=True))
    for index, start in enumerate(starts):
        clock.now = start.replace(hour=rng.randint(0, 10), minute=rng.randint(0, 59))  # 08:00–18:59 Shanghai
        category = rng.choice(leaves)
        public = category.path.startswith("公共区域")
        unit_id, person_id, name, mobile = rng.choice(owners)
        order = orders.register(
            timed,
            orders.RegisterInput(
                category_id=category.id,
                description=rng.choice(DESCRIPTIONS.get(category.name, DESCRIPTIONS["其他"])),
                reporter_name=name,
                contact_phone=mobile,
                channel=rng.choice(list(Channel)),
                unit_id=None if public else unit_id,
                reporter_person_id=None if public else person_id,
                location=rng.choice(["3栋大堂", "地下车库B1", "东门", "5栋2单元楼道"]) if public else "",
                paid=rng.random() < 0.15,
            ),
        ).value
        # A real desk finishes most jobs within days: only recent orders are still in the early states.
        recent = real_now - start < timedelta(days=6)
        ending = (
            forced.get(index)
            or (rng.choices(names, weights) if recent else rng.choices(old_names, old_weights))[0]
        )
        _advance(timed, clock, rng, order.id, ending, real_now)


def _advance(
    ctx: ServiceContext, clock: _Clock, rng: random.Random, order_id: str, ending: str, real_now: datetime
) -> None:
    def later(minutes: int) -> None:
        clock.now = min(clock.now + timedelta(minutes=minutes), real_now - timedelta(minutes=5))

    if ending == "registered":
        return
    if ending == "voided":
        orders.void(ctx, order_id, "重复报修，已合并")
        return
    staff = rng.choice(STAFF)
    later(rng.randint(5, 60))
    orders.dispatch(ctx, order_id, staff_name=staff)
    if ending == "dispatched":
        return
    if ending == "suspended":
        later(rng.randint(30, 300))
        orders.suspend(ctx, order_id, rng.choice(["等待配件到货", "业主出差，约下周上门"]))
        return
    later(rng.randint(10, 120))
    orders.arrive(ctx, order_id)
    if ending == "arrived":
        return
    later(rng.randint(20, 240))
    orders.complete(ctx, order_id, handling="已处理")
    if ending == "completed":
        return
    arrived, done = clock.now - timedelta(minutes=90), clock.now
    later(rng.randint(60, 24 * 60))
    orders.return_slip(
        ctx,
        order_id,
        orders.SlipReturn(
            staff,
            arrived,
            done,
            "已修复，客户确认",
            evaluation=rng.choice([Evaluation.SATISFIED, Evaluation.BASIC]),
            signed=True,
        ),
    )
    if ending == "returned":
        return
    later(rng.randint(60, 20 * 60))
    if ending == "no_answer":
        orders.callback(
            ctx,
            order_id,
            orders.CallbackInput(
                CallbackMethod.PHONE, CallbackOutcome.NO_ANSWER, retry_at=clock.now + timedelta(hours=2)
            ),
        )
        return
    evaluation = (
        Evaluation.DISSATISFIED
        if ending == "rework"
        else rng.choice([Evaluation.SATISFIED] * 5 + [Evaluation.BASIC])
    )
    orders.callback(
        ctx,
        order_id,
        orders.CallbackInput(
            CallbackMethod.PHONE,
            CallbackOutcome.REACHED,
            evaluation,
            "还有点渗水" if evaluation is Evaluation.DISSATISFIED else "业主表示满意",
        ),
    )
