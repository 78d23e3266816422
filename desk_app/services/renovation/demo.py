"""Demo renovation filings, passes, receipts, refunds, a day-close and goods-release slips, made through the
real services acting as the demo's clerk, supervisor and renovation officer.

Each filing is a *scenario*: a generator that yields the (back-dated) time of its next step and then does
it. The scenarios are merged by time, so numbers (ZX, SJ, CR, TK, FX, RJ) come out in the order a real desk
would have issued them, and every rule the services check (periods, pass validity, refund conditions,
the day-close lock) holds as it would have on that day.
"""

from __future__ import annotations

import heapq
import io
import random
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from PIL import Image, ImageDraw
from sqlalchemy import select

from desk_app.db.models import FilingDocument, Person, Unit, UnitPerson, UserAccount
from desk_app.domain.enums import Relation, UnitStatus, UnitType
from desk_app.domain.receipts import ReceiptLineIn
from desk_app.domain.refunds import Deduction, DeductionReason
from desk_app.domain.release import ReleaseItem
from desk_app.domain.renovation import (
    FilingEventKind,
    InspectionKind,
    InspectionResult,
    PassHolderKind,
    period_end_limit,
)
from desk_app.domain.roles import Permission, Role
from desk_app.domain.validation import id_number_check_digit
from desk_app.services import settings
from desk_app.services.context import Actor, ServiceContext
from desk_app.services.money import day_close, fees, receipts, refunds
from desk_app.services.release import slips
from desk_app.services.renovation import checklist, filings, inspections, passes
from desk_app.services.renovation.views import filing_row
from desk_app.services.tracking import touch

Step = Iterator[datetime]  # a scenario: yields when its next step happens, then does it

COMPANIES = (
    "广州美家装饰工程有限公司",
    "广州好家装饰工程有限公司",
    "佛山居然装饰设计有限公司",
    "广州匠心家居装饰有限公司",
)
RESPONSIBLE = (
    ("陈工", "13800138000"),
    ("刘工", "13922334455"),
    ("黄工", "13688886666"),
    ("周工", "13512340000"),
)
WORKERS = (
    ("王建国", "水电工"),
    ("李德明", "木工"),
    ("赵小明", "泥瓦工"),
    ("孙志刚", "油漆工"),
    ("钱大伟", "杂工"),
)
SCOPES = ("厨卫改造，墙面翻新", "全屋硬装：水电改造、铺贴地砖", "阳台封闭，更换门窗", "墙面刷漆，更换地板")
RELEASE_ITEMS = (
    ("冰箱", 1),
    ("洗衣机", 1),
    ("沙发", 1),
    ("床垫", 2),
    ("纸箱（衣物）", 6),
    ("餐桌", 1),
    ("装修剩余瓷砖", 10),
    ("电视机", 1),
)
METHODS = (("cash", ""), ("wechat", "4200002026112312345678"), ("alipay", "2026112322001400001"), ("pos", ""))
OFFICER = ("officer", "officer123", "周建华")  # the demo sign-in of the renovation officer (装修负责人)


class _Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@dataclass(frozen=True)
class _Unit:
    id: str
    owner_id: str
    owner_name: str


@dataclass
class _Demo:
    clerk: ServiceContext
    supervisor: ServiceContext
    officer: ServiceContext
    rng: random.Random
    real_now: datetime
    today: date
    photo: bytes
    pos_count: int = 0
    method_turn: int = 0

    def at(self, days_back: int, hour: int, minute: int = 0) -> datetime:
        """A local time ``days_back`` days ago, never later than a minute before now."""
        day = self.today - timedelta(days=days_back)
        when = datetime.combine(day, time(hour, minute), tzinfo=self.clerk.timezone)
        return min(when, self.real_now - timedelta(minutes=1))

    def method(self) -> tuple[str, str]:
        method, ref = METHODS[self.method_turn % len(METHODS)]
        self.method_turn += 1
        if method == "pos":
            self.pos_count += 1
            ref = f"POS 参考号 {801230 + self.pos_count}"
        return method, ref


def _photo() -> bytes:
    image = Image.new("RGB", (240, 320), (120, 150, 190))
    ImageDraw.Draw(image).ellipse((70, 50, 170, 180), fill=(230, 190, 160))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80)
    return out.getvalue()


def _actor(ctx: ServiceContext, username: str) -> Actor:
    with ctx.db.read() as s:
        user = s.scalar(select(UserAccount).where(UserAccount.username == username))
    if user is None:  # an estate made without the demo accounts: the admin does everything
        assert ctx.actor is not None
        return ctx.actor
    return Actor(user.id, user.username, user.display_name, Role(user.role))


def _units(ctx: ServiceContext, rng: random.Random, count: int) -> list[_Unit]:
    """Residences with a primary owner and a floor area (the garbage fee is per m²)."""
    with ctx.db.read() as s:
        rows = s.execute(
            select(Unit.id, Person.id, Person.name)
            .join(UnitPerson, UnitPerson.unit_id == Unit.id)
            .join(Person, Person.id == UnitPerson.person_id)
            .where(
                UnitPerson.relation == Relation.OWNER.value,
                UnitPerson.is_primary.is_(True),
                Unit.unit_type == UnitType.RESIDENCE.value,
                Unit.status != UnitStatus.UNSOLD.value,
                Unit.area_m2_x100.is_not(None),
            )
            .order_by(Unit.code)
        ).all()
    picked = rng.sample(rows, min(count, len(rows)))
    return [_Unit(r[0], r[1], r[2]) for r in picked]


def _set_unit(ctx: ServiceContext, unit_id: str, **values: object) -> None:
    """Archive flags the demo needs (move-in date for refunds, 欠费 / 待搬离 for release warnings)."""
    with ctx.db.write() as s:
        unit = s.get(Unit, unit_id)
        assert unit is not None
        for key, value in values.items():
            setattr(unit, key, value)
        touch(ctx, unit)


# --------------------------------------------------------------------------------------------- scenarios


@dataclass
class _Filing:
    id: str = ""
    number: str = ""
    workers: tuple[str, ...] = ()
    passes: tuple[str, ...] = ()
    receipt_number: str = ""
    deposit_fen: int = 0


def _open(d: _Demo, unit: _Unit, start: date, days: int, f: _Filing, *, complete: bool) -> None:
    rng = d.rng
    who, phone = rng.choice(RESPONSIBLE)
    opened = filings.open_filing(
        d.clerk,
        filings.FilingInput(
            unit_id=unit.id,
            owner_person_id=unit.owner_id,
            contractor_company=rng.choice(COMPANIES),
            responsible_name=who,
            responsible_phone=phone,
            planned_start=start,
            planned_end=start + timedelta(days=days),
            scope=rng.choice(SCOPES),
            waterproof_touched=rng.random() < 0.4,
        ),
    ).value
    f.id, f.number = opened.id, opened.number
    documents = opened.documents if complete else opened.documents[: d.rng.randint(1, 4)]
    # The first line through the service with its scan; the rest ticked in one transaction (the same rows
    # and DOCUMENT events): ~200 single-line calls would triple the time of this demo.
    checklist.set_document(d.clerk, f.id, documents[0].kind, True, d.photo, "scan.jpg")
    _tick(d.clerk, f.id, [doc.kind for doc in documents[1:]])


def _tick(ctx: ServiceContext, filing_id: str, kinds: list[str]) -> None:
    actor = ctx.require(Permission.HANDLE_RENOVATION)
    with ctx.db.write() as s:
        filing = filing_row(s, filing_id)
        rows = s.scalars(
            select(FilingDocument).where(
                FilingDocument.filing_id == filing_id, FilingDocument.kind.in_(kinds)
            )
        )
        for doc in rows:
            doc.received, doc.received_at, doc.received_by_name = True, ctx.now(), actor.display_name
            touch(ctx, doc)
            filings.event(s, ctx, filing, FilingEventKind.DOCUMENT, {"kind": doc.kind, "received": True,
                                                                      "attached": False})  # fmt: skip


def _workers(d: _Demo, f: _Filing, count: int) -> None:
    detail = None
    for n, (name, trade) in enumerate(d.rng.sample(WORKERS, count)):
        photo = d.photo if n == 0 else None
        detail = checklist.add_worker(
            d.clerk,
            f.id,
            checklist.WorkerInput(name, _id_number(d.rng), f"139{d.rng.randint(10_000_000, 99_999_999)}", trade,
                                  photo=photo, photo_name="photo.jpg" if photo else ""),
        ).value  # fmt: skip
    assert detail is not None
    f.workers = tuple(w.id for w in detail.workers)


def _id_number(rng: random.Random) -> str:
    """A valid resident ID (GB 11643) of a worker born 1968–2000 in Guangdong; cards show it masked."""
    born = date(rng.randint(1968, 2000), rng.randint(1, 12), rng.randint(1, 28))
    body = f"{rng.choice(('440106', '440111', '441302', '445102'))}{born:%Y%m%d}{rng.randint(100, 999)}"
    return body + id_number_check_digit(body)


def _pay(d: _Demo, f: _Filing, unit: _Unit) -> None:
    """The renovation fees still owed (deposit, garbage, pass fees) on one receipt."""
    owed = [x for x in fees.dues_for_filing(d.clerk, f.id) if x.outstanding_fen > 0]
    if not owed:
        return
    method, ref = d.method()
    r = receipts.issue_receipt(
        d.clerk,
        receipts.ReceiptInput(
            unit_id=unit.id,
            payer_name=unit.owner_name,
            payer_person_id=unit.owner_id,
            filing_id=f.id,
            lines=[ReceiptLineIn(x.name, x.outstanding_fen, x.fee_code) for x in owed],
            method=method,
            reference=ref,
        ),
    ).value
    if r.deposit_fen:
        f.receipt_number, f.deposit_fen = r.number, r.deposit_fen


def _approve(d: _Demo, f: _Filing, workers: int) -> None:
    """Approval by the officer, the owner told, the workers registered."""
    filings.approve(d.officer, f.id, d.officer.actor.display_name if d.officer.actor else "", "13602020202")
    filings.notify_owner(d.clerk, f.id, d.rng.choice(filings.NOTIFY_METHODS))
    _workers(d, f, workers)


def _issue_passes(d: _Demo, f: _Filing, valid_from: date, valid_until: date) -> None:
    issued = passes.issue_passes(d.clerk, passes.PassRequest(f.id, f.workers, valid_from, valid_until)).value
    f.passes = tuple(p.id for p in issued)


def _draft(d: _Demo, unit: _Unit, back: int, complete: bool) -> Step:
    yield d.at(back, 9, d.rng.randint(0, 59))
    _open(d, unit, d.today + timedelta(days=d.rng.randint(3, 10)), 80, _Filing(), complete=complete)


def _approved(d: _Demo, unit: _Unit, back: int, passes_until: int | None, extra: str) -> Step:
    """Approved and working. ``passes_until``: the passes' end in days from today (None: the filing's end);
    ``extra``: "patrol" or "failed" (a failed completion inspection, to be put right)."""
    f = _Filing()
    start = d.today - timedelta(days=back - 2)
    yield d.at(back, 10, d.rng.randint(0, 59))
    _open(d, unit, start, 80, f, complete=True)
    yield d.at(back - 1, 9, d.rng.randint(0, 59))
    _approve(d, f, d.rng.randint(2, 3))
    until = start + timedelta(days=80) if passes_until is None else d.today + timedelta(days=passes_until)
    _issue_passes(d, f, start, until)
    _pay(d, f, unit)
    if extra:
        yield d.at(max(back - 8, 1), 15)
        if extra == "patrol":
            inspections.record_inspection(d.officer, f.id, InspectionKind.PATROL, InspectionResult.NOTED,
                                          "现场文明施工，垃圾已袋装。", photos=[d.photo])  # fmt: skip
        else:
            inspections.record_inspection(
                d.officer, f.id, InspectionKind.COMPLETION, InspectionResult.FAILED,
                "卫生间闭水试验渗漏，须返工后重新验收。", photos=[d.photo],
            )  # fmt: skip


def _extended(d: _Demo, unit: _Unit, back: int) -> Step:
    f = _Filing()
    start = d.today - timedelta(days=back - 2)
    yield d.at(back, 10, d.rng.randint(0, 59))
    _open(d, unit, start, 60, f, complete=True)
    yield d.at(back - 1, 11)
    _approve(d, f, 3)
    _issue_passes(d, f, start, start + timedelta(days=60))
    _pay(d, f, unit)
    yield d.at(back - 55, 14)  # before the end: works are late, the owner asks for more time
    # To the cap counted from the original start: the longest extension the site allows.
    new_end = period_end_limit(start, int(settings.get(d.clerk, "renovation.max_months")))
    filings.extend(d.clerk, f.id, new_end, OFFICER[2], "业主申请，材料未到")


def _finished(
    d: _Demo, unit: _Unit, back: int, *, sign: bool, lost: bool = False
) -> Iterator[tuple[datetime, _Filing]]:
    """Opened ``back`` days ago for 60 days, passes out, completion passed, passes back (one lost)."""
    f = _Filing()
    start = d.today - timedelta(days=back - 2)
    yield d.at(back, 10), f
    _open(d, unit, start, 60, f, complete=True)
    yield d.at(back - 1, 10), f
    _approve(d, f, 2)
    _issue_passes(d, f, start, start + timedelta(days=60))
    _pay(d, f, unit)
    if lost:
        yield d.at(back - 30, 16), f
        passes.report_lost(d.clerk, f.passes[-1], "工人称卡片丢失")
    yield d.at(back - 62, 10), f
    inspections.record_inspection(d.officer, f.id, InspectionKind.COMPLETION, InspectionResult.PASSED,
                                  "验收合格", photos=[d.photo])  # fmt: skip
    for pass_id in f.passes[:-1] if lost else f.passes:
        passes.return_pass(d.clerk, pass_id)
    if sign:
        yield d.at(back - 64, 11), f
        inspections.record_downstairs_signature(d.clerk, f.id, "楼下业主（已签字）", d.clerk.now())


def _times(steps: Iterator[tuple[datetime, _Filing]]) -> Step:
    for when, _f in steps:
        yield when


def _inspected(d: _Demo, unit: _Unit, back: int, sign: bool) -> Step:
    return _times(_finished(d, unit, back, sign=sign))


def _refunded(d: _Demo, unit: _Unit, back: int, kind: str) -> Step:
    """Finished months ago; the unit moved in after the works, and the deposit was refunded lately:
    ``kind`` "full", "partial" (half, then the rest) or "lost" (the lost pass's fee deducted)."""
    steps = _finished(d, unit, back, sign=True, lost=kind == "lost")
    f = _Filing()
    for when, filing in steps:
        f = filing
        yield when
    _set_unit(
        d.clerk, unit.id, move_in_date=d.today - timedelta(days=back - 60), status=UnitStatus.OCCUPIED.value
    )
    method, ref = ("cash", "") if kind != "partial" else ("bank_transfer", "工行 6222 **** 1234")
    deductions = [Deduction(DeductionReason.LOST_PASS.value, 2_000, "出入证遗失")] if kind == "lost" else []
    first = f.deposit_fen // 2 if kind == "partial" else None
    yield d.at(12 if kind == "partial" else 8, 10)
    refunds.issue_refund(
        d.supervisor,
        refunds.RefundInput(f.receipt_number, True, deductions, first, method, ref, unit.owner_name),
    )
    if kind == "partial":
        yield d.at(4, 10)
        refunds.issue_refund(
            d.supervisor, refunds.RefundInput(f.receipt_number, True, [], None, method, ref, unit.owner_name)
        )


def _visitor_passes(d: _Demo) -> Step:
    people = (
        (PassHolderKind.OUTSIDE_STAFF, "林志伟", "广州电信", 20),
        (PassHolderKind.OUTSIDE_STAFF, "何海涛", "奥的斯电梯维保", 2),
        (PassHolderKind.VISITOR, "梁美玲", "", 1),
    )
    for n, (kind, name, company, days) in reversed(list(enumerate(people))):  # the oldest first
        yield d.at(n, 9, 30)
        passes.issue_visitor_pass(
            d.clerk,
            passes.VisitorPassInput(kind, name, d.today - timedelta(days=n), d.today + timedelta(days=days),
                                    phone="13711112222", company=company, photo=d.photo if n == 0 else None),
        )  # fmt: skip


def _releases(d: _Demo, units: list[_Unit], renovating: _Unit) -> Step:
    """Twelve slips over ten days: most signed by the guard, one void, one for a unit under renovation."""
    for n, unit in enumerate([renovating, *units]):
        yield d.at(10 - n * 10 // 12, 9 + n % 8, d.rng.randint(0, 59))
        items = [ReleaseItem(name, qty) for name, qty in d.rng.sample(RELEASE_ITEMS, d.rng.randint(1, 4))]
        slip = slips.issue_release(
            d.clerk,
            slips.ReleaseInput(
                unit.id,
                unit.owner_id,
                items,
                plate=f"粤A{d.rng.randint(10000, 99999)}" if d.rng.random() < 0.7 else "",
                acknowledged_warnings=bool(slips.warnings_for_unit(d.clerk, unit.id)),
            ),
        ).value
        if n == 5:
            slips.void_release(d.supervisor, slip.id, "业主改期搬运")
        elif n < 9:
            yield d.clerk.now() + timedelta(minutes=40)
            slips.confirm_by_guard(d.clerk, slip.id, "门岗 张保安", d.clerk.now())


def _shifts(d: _Demo, unit: _Unit) -> Step:
    """Yesterday's shift closed at 17:30; this morning a receipt typed wrong and voided by the supervisor."""
    yield d.at(1, 17, 30)
    shift = day_close.current_shift(d.clerk)
    day_close.close_day(d.clerk, "李婷婷", shift.summary.cash_expected_fen, "交接无误")
    yield d.at(0, 9, 5)
    wrong = receipts.issue_receipt(
        d.clerk,
        receipts.ReceiptInput(
            unit.id, unit.owner_name, unit.owner_id, lines=[ReceiptLineIn("临时停车费", 1_500)]
        ),
    ).value
    yield d.at(0, 9, 10)
    receipts.void_receipt(d.supervisor, wrong.id, "金额录错，重新开具")
    yield d.at(0, 9, 12)
    method, ref = d.method()
    receipts.issue_receipt(
        d.clerk,
        receipts.ReceiptInput(unit.id, unit.owner_name, unit.owner_id, lines=[ReceiptLineIn("临时停车费", 1_000)],
                              method=method, reference=ref),
    )  # fmt: skip


def _run(clock: _Clock, scenarios: list[Step]) -> None:
    """Advance the scenarios in time order (ties: in the order given)."""
    queue: list[tuple[datetime, int, Step]] = []
    for seq, steps in enumerate(scenarios):
        first = next(steps, None)
        if first is not None:
            heapq.heappush(queue, (first, seq, steps))
    while queue:
        when, seq, steps = heapq.heappop(queue)
        clock.now = when
        following = next(steps, None)
        if following is not None:
            heapq.heappush(queue, (following, seq, steps))


def add_demo_renovation_money(ctx: ServiceContext, rng: random.Random) -> None:
    """Renovation filings in every state with their passes and fees, visitor passes, refunds, a closed
    day-close and goods-release slips (about 25 filings and 12 slips: a second or two)."""
    real_now = ctx.now()
    units = _units(ctx, rng, 40)
    if len(units) < 40:
        return  # a tiny estate: not enough units for every state
    clock = _Clock(real_now)

    def as_(username: str) -> ServiceContext:
        return replace(ctx.as_user(_actor(ctx, username)), clock=clock)

    d = _Demo(as_("clerk1"), as_("super"), as_(OFFICER[0]), rng, real_now,
              real_now.astimezone(ctx.timezone).date(), _photo())  # fmt: skip
    for unit in units[31:34]:
        _set_unit(ctx, unit.id, fees_owed=True)
    for unit in units[34:37]:
        _set_unit(ctx, unit.id, move_out_pending=True)
    scenarios: list[Step] = []
    scenarios += [_draft(d, u, n % 4, complete=n % 2 == 0) for n, u in enumerate(units[0:6])]
    approved = (
        (12, None, "patrol"), (15, 2, ""), (20, 1, ""), (30, -3, ""), (35, -5, ""),
        (40, None, "failed"), (1, None, ""), (25, None, "patrol"),
    )  # fmt: skip
    scenarios += [_approved(d, u, *a) for u, a in zip(units[6:14], approved, strict=True)]
    scenarios += [_extended(d, u, 80 + n * 3) for n, u in enumerate(units[14:18])]
    scenarios += [_inspected(d, u, 100 + n * 4, sign=n % 2 == 0) for n, u in enumerate(units[18:22])]
    kinds = ("full", "partial", "lost")
    scenarios += [
        _refunded(d, u, 170 + n * 5, k) for n, (u, k) in enumerate(zip(units[22:25], kinds, strict=True))
    ]
    scenarios.append(_visitor_passes(d))
    scenarios.append(_releases(d, [*units[31:37], *units[25:30]], units[6]))
    scenarios.append(_shifts(d, units[30]))
    _run(clock, scenarios)
