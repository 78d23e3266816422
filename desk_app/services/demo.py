"""A demo database: a realistic estate (buildings, units, owners, tenants, families) for trying the app,
training clerks and benchmarking.

Everything is generated from one ``random.Random(seed)``, so the same seed gives the same estate and the
same people (ids and timestamps differ). Rows go in with SQLAlchemy bulk INSERTs in chunks of a few
thousand, one short write transaction per chunk: the benchmark size (30,000 units, 100,000 people) takes
seconds, not minutes. People are passed through :func:`validate_person`, so their stored values, pinyin and
phone search columns are exactly what the archive service would write; the FTS triggers on ``person`` fill
the search index as the rows arrive.

Later features add their own demo records (work orders, visits …) by appending a function to
:data:`DEMO_EXTENDERS`; :func:`create_demo` calls each one at the end with an admin context and the same
random generator.
"""

from __future__ import annotations

import heapq
import random
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from itertools import accumulate
from pathlib import Path
from typing import Any, Generic, NamedTuple, TypeVar

from sqlalchemy import Table, insert, select, text, update

from desk_app.db.engine import Database
from desk_app.db.models import (
    Base,
    Building,
    Department,
    Entrance,
    Person,
    Staff,
    Unit,
    UnitPerson,
    UserAccount,
)
from desk_app.domain.enums import DepartmentKind, Relation, UnitStatus, UnitType
from desk_app.domain.ids import uuid7
from desk_app.domain.roles import Role
from desk_app.domain.validation import id_number_check_digit
from desk_app.services import audit
from desk_app.services.archive.people import PersonInput, validate_person
from desk_app.services.auth import hash_password
from desk_app.services.context import Actor, ServiceContext, system_clock
from desk_app.services.installation import SetupInput, initialize

# ---------------------------------------------------------------------------------------------- public API

DEMO_SETUP = SetupInput(
    site_name="阳光花园服务中心",
    site_address="广州市天河区阳光花园路88号",
    site_phone="020-8888 6666",
    desk_name="一号前台",
    desk_code="A1",
    admin_username="admin",
    admin_display_name="系统管理员",
    admin_password="admin123",
)


@dataclass(frozen=True)
class DemoAccount:
    username: str
    password: str
    display_name: str
    role: Role


# The sign-ins of a demo database (shown on the login screen of a demo file, used by the tests).
DEMO_ACCOUNTS: tuple[DemoAccount, ...] = (
    DemoAccount("admin", "admin123", "系统管理员", Role.ADMIN),
    DemoAccount("clerk1", "clerk123", "王晓燕", Role.CLERK),
    DemoAccount("clerk2", "clerk123", "李婷婷", Role.CLERK),
    DemoAccount("super", "super123", "陈志强", Role.SUPERVISOR),
    DemoAccount("manager", "manager123", "黄国华", Role.MANAGER),
    DemoAccount("officer", "officer123", "周建华", Role.RENOVATION_OFFICER),  # 装修负责人
)

T = TypeVar("T")

DemoExtender = Callable[[ServiceContext, random.Random], None]

# Called in order at the end of create_demo with an admin context and the demo's random generator; a
# feature registers its generator here (``DEMO_EXTENDERS.append(add_demo_work_orders)``).
DEMO_EXTENDERS: list[DemoExtender] = []


def _feature_extenders() -> list[DemoExtender]:
    """The features' own demo records (imported here: the archive part must not depend on them)."""
    from desk_app.services.renovation.demo import add_demo_renovation_money
    from desk_app.services.visits.demo import add_demo_visits_and_complaints
    from desk_app.services.work_orders.demo import add_demo_work_orders

    return [add_demo_work_orders, add_demo_visits_and_complaints, add_demo_renovation_money]


CHUNK_ROWS = 5000


@dataclass(frozen=True)
class DemoSummary:
    path: Path
    buildings: int
    entrances: int
    units: int
    people: int
    relations: int
    seconds: float


def create_demo(
    path: Path,
    *,
    units_target: int = 3000,
    people_target: int = 4000,
    seed: int = 20261123,
    clock: Callable[[], datetime] = system_clock,
) -> DemoSummary:
    """Create a new database file at ``path`` filled with a demo estate (the file must not exist yet)."""
    if units_target < 1 or people_target < 0:
        raise ValueError("units_target must be ≥ 1 and people_target ≥ 0")
    started = time.perf_counter()
    rng = random.Random(seed)
    initialized = initialize(path, DEMO_SETUP, clock=clock)
    initialized.db.close()
    # Generated data needs no fsync per commit (thousands of small service transactions); the file is
    # checkpointed at the end, and a demo interrupted by a power cut is simply made again.
    base = replace(initialized, db=Database(path, durable=False))
    try:
        with base.db.read() as s:
            admin_id = s.scalar(
                select(UserAccount.id).where(UserAccount.username == DEMO_SETUP.admin_username)
            )
        assert admin_id is not None
        ctx = base.as_user(
            Actor(admin_id, DEMO_SETUP.admin_username, DEMO_SETUP.admin_display_name, Role.ADMIN)
        )
        filler = _Filler(ctx, rng)
        filler.organisation()
        estate = filler.estate(units_target)
        relations = filler.people(estate.units, people_target)
        summary = DemoSummary(
            path=path,
            buildings=estate.buildings,
            entrances=estate.entrances,
            units=len(estate.units),
            people=filler.person_count,
            relations=relations,
            seconds=0.0,
        )
        with ctx.db.write() as s:
            audit.record(
                s,
                ctx,
                "site",
                ctx.site_id,
                "demo",
                None,
                {
                    "seed": seed,
                    "buildings": summary.buildings,
                    "entrances": summary.entrances,
                    "units": summary.units,
                    "people": summary.people,
                    "relations": summary.relations,
                },
                summary=(
                    f"生成演示数据：{summary.buildings}栋 {summary.units}户 {summary.people}人"
                    f"（随机种子 {seed}）"
                ),
            )
            # Merge the FTS segments written chunk by chunk: later searches read one b-tree, not dozens.
            s.execute(text("INSERT INTO person_fts(person_fts) VALUES ('optimize')"))
        for extend in [*_feature_extenders(), *DEMO_EXTENDERS]:
            extend(ctx, rng)
        _checkpoint(ctx)
    finally:
        base.db.close()
    return DemoSummary(
        path=summary.path,
        buildings=summary.buildings,
        entrances=summary.entrances,
        units=summary.units,
        people=summary.people,
        relations=summary.relations,
        seconds=round(time.perf_counter() - started, 3),
    )


# ---------------------------------------------------------------------------------------------- vocabulary

_SINGLE_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
_COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "慕容")
# Roughly the national frequency ranking: the first five cover about 30 % of people.
SURNAMES: tuple[str, ...] = (*_SINGLE_SURNAMES, *_COMPOUND_SURNAMES)
_SURNAME_WEIGHTS: tuple[float, ...] = (
    *(1.0 / (rank + 4) for rank in range(len(_SINGLE_SURNAMES))),
    *(0.012 for _ in _COMPOUND_SURNAMES),
)


def _chars(s: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(s))


_MALE_CHARS = _chars(
    "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林阳建国志文彬博成康亮晨峰振海洪嘉豪翔毅锋德"
    "荣思睿子轩泽宏永松伦庆东春兵少晓天立新正家民"
)
_FEMALE_CHARS = _chars(
    "芳娜敏静丽艳娟霞秀燕玲桂丹萍红玉兰琳洁梅莉婷雪慧倩颖琴云璐欣悦晶佳怡雅妍蕾薇婉琪诗梦瑶嘉晓淑素凤美"
    "月彩春秋露楠可心宁"
)

_MOBILE_PREFIXES = (
    *(f"13{d}" for d in range(10)),
    *(f"15{d}" for d in (0, 1, 2, 3, 5, 6, 7, 8, 9)),
    *(f"17{d}" for d in (3, 5, 6, 7, 8)),
    *(f"18{d}" for d in range(10)),
    "191",
    "198",
    "199",
)

# GB/T 2260 county-level codes: the estate is in Guangzhou, many owners come from elsewhere in Guangdong,
# the rest from the provinces that send most people to the Pearl River Delta.
_REGIONS: tuple[tuple[str, float], ...] = (
    ("440103", 4), ("440104", 5), ("440105", 5), ("440106", 8), ("440111", 5), ("440112", 3),
    ("440113", 4), ("440114", 2), ("440115", 1), ("440117", 1), ("440118", 1),
    ("440303", 2), ("440304", 2), ("440305", 2), ("440306", 1), ("440604", 2), ("440606", 2),
    ("441302", 1), ("441402", 2), ("441502", 1), ("441900", 2), ("442000", 2), ("440507", 2),
    ("440803", 2), ("440902", 2), ("445102", 1), ("445202", 2),
    ("430102", 2), ("430104", 2), ("430521", 1), ("431002", 1), ("450103", 2), ("450305", 1),
    ("360102", 1), ("360732", 1), ("420106", 2), ("421002", 1), ("510107", 2), ("511602", 1),
    ("350203", 1), ("350583", 1), ("110105", 1), ("310115", 1), ("320106", 1), ("330106", 1),
    ("370102", 1), ("410105", 1), ("411302", 1), ("500103", 1), ("610113", 1), ("220104", 0.5),
    ("230103", 0.5), ("210102", 0.5), ("130102", 0.5), ("140105", 0.5), ("340104", 1), ("520102", 1),
    ("530102", 0.5), ("460106", 0.5), ("620102", 0.3), ("640104", 0.2), ("150102", 0.2),
)  # fmt: skip

_BRAND_CHARS = "华盛鑫达恒泰宏联创信安顺利源德隆兴丰汇通金宝嘉美博远新科瑞祥富康"
_COMPANY_KINDS = (
    "贸易有限公司", "科技有限公司", "餐饮管理有限公司", "电子商务有限公司", "物流有限公司",
    "建材有限公司", "咨询服务有限公司", "投资有限公司", "服装有限公司", "医疗器械有限公司",
)  # fmt: skip
_SHOP_KINDS = (
    "便利店", "药房", "茶餐厅", "洗衣店", "五金店", "美发店", "水果店", "面包店", "快递驿站", "烟酒行",
    "牙科诊所", "文具店", "宠物店", "地产中介", "早餐店",
)  # fmt: skip
_CITY_PREFIXES = ("广州市", "广州市天河区", "广州市白云区", "佛山市", "深圳市", "广州")

_FAMILY_WEIGHTS: tuple[tuple[str, float], ...] = (
    ("子女", 6), ("父母", 3), ("兄弟姐妹", 1), ("祖父母", 0.4), ("孙子女", 0.6), ("保姆", 0.6), ("其他", 0.3),
)  # fmt: skip

_STAFF_POSITIONS: dict[str, tuple[str, ...]] = {
    DepartmentKind.CUSTOMER_SERVICE: ("客服专员", "客服专员", "前台接待", "收费员", "片区管家"),
    DepartmentKind.ENGINEERING: ("水电工", "水电工", "维修工", "空调工", "电梯管理员", "弱电工"),
    DepartmentKind.CLEANING: ("保洁员", "保洁员", "保洁员", "垃圾清运工"),
    DepartmentKind.GREENING: ("绿化工", "绿化工", "园艺师", "杀虫消杀员"),
    DepartmentKind.SECURITY: ("秩序维护员", "秩序维护员", "监控员", "门岗", "巡逻岗"),
    DepartmentKind.FINANCE: ("出纳", "会计", "收费员"),
    DepartmentKind.OTHER: ("职员",),
}
_STAFF_LEADERS: dict[str, str] = {
    DepartmentKind.CUSTOMER_SERVICE: "客服领班",
    DepartmentKind.ENGINEERING: "工程主管",
    DepartmentKind.CLEANING: "保洁领班",
    DepartmentKind.GREENING: "绿化领班",
    DepartmentKind.SECURITY: "秩序维护班长",
    DepartmentKind.FINANCE: "财务主管",
    DepartmentKind.OTHER: "主管",
}

_UNIT_STATUS_WEIGHTS: tuple[tuple[UnitStatus, float], ...] = (
    (UnitStatus.OCCUPIED, 75), (UnitStatus.VACANT, 9), (UnitStatus.RENTED, 8),
    (UnitStatus.RENOVATING, 3), (UnitStatus.UNSOLD, 5),
)  # fmt: skip
_SHOP_STATUS_WEIGHTS: tuple[tuple[UnitStatus, float], ...] = (
    (UnitStatus.OCCUPIED, 45), (UnitStatus.RENTED, 40), (UnitStatus.VACANT, 7),
    (UnitStatus.RENOVATING, 4), (UnitStatus.UNSOLD, 4),
)  # fmt: skip

UNITS_PER_BUILDING = 375  # the size a generated building aims at; the count of buildings follows the target
FIRST_MOVE_IN = date(2015, 1, 1)
FEES_OWED_RATE = 0.03
ID_NUMBER_RATE = 0.64  # of the people old enough to hold one: about 60 % of everybody
OWNER_REUSE_RATE = 0.02  # owners who own a second unit


class _Weighted(Generic[T]):
    """A weighted choice with its cumulative weights computed once (``choices(weights=…)`` redoes it per call)."""

    def __init__(self, pairs: Sequence[tuple[T, float]]) -> None:
        self.items = [p[0] for p in pairs]
        self.cum_weights = list(accumulate(p[1] for p in pairs))

    def __call__(self, rng: random.Random) -> T:
        return rng.choices(self.items, cum_weights=self.cum_weights)[0]


_SURNAME = _Weighted(list(zip(SURNAMES, _SURNAME_WEIGHTS, strict=True)))
_REGION = _Weighted(_REGIONS)
_UNIT_STATUS = _Weighted(_UNIT_STATUS_WEIGHTS)
_SHOP_STATUS = _Weighted(_SHOP_STATUS_WEIGHTS)
_FAMILY_DETAIL = _Weighted(_FAMILY_WEIGHTS)
_AUTHORISED_FOR_LETTING = _Weighted((("中介", 5), ("亲属", 3), ("朋友", 2)))
_AUTHORISED_FOR_LIVING = _Weighted((("亲属", 5), ("朋友", 3), ("中介", 1)))


# ---------------------------------------------------------------------------------------------- people


class _Who(NamedTuple):
    id: str
    surname: str
    gender: str
    born: int  # year


class _PersonFactory:
    """Names, phones and ID numbers; remembers what it handed out so phones and IDs stay unique."""

    def __init__(self, rng: random.Random, today: date) -> None:
        self.rng = rng
        self.today = today
        self.specs: list[tuple[str, PersonInput]] = []
        self._mobiles: set[str] = set()
        self._ids: set[str] = set()

    def surname(self) -> str:
        return _SURNAME(self.rng)

    def given(self, gender: str) -> str:
        rng = self.rng
        chars = _MALE_CHARS if gender == "M" else _FEMALE_CHARS
        roll = rng.random()
        if roll < 0.25:
            return rng.choice(chars)
        if gender == "F" and roll < 0.29:
            return rng.choice(chars) * 2  # 婷婷, 丹丹
        return rng.choice(chars) + rng.choice(chars)

    def name(self, gender: str, surname: str | None = None) -> str:
        return (surname or self.surname()) + self.given(gender)

    def mobile(self) -> str:
        rng = self.rng
        while True:
            number = rng.choice(_MOBILE_PREFIXES) + f"{rng.randrange(100_000_000):08d}"
            if number not in self._mobiles:
                self._mobiles.add(number)
                return number

    def landline(self) -> str:
        return f"020-8{self.rng.randrange(10_000_000):07d}"

    def id_number(self, born: date, gender: str) -> str:
        rng = self.rng
        while True:
            region = _REGION(rng)
            sex_digit = rng.choice("13579" if gender == "M" else "02468")
            first17 = f"{region}{born:%Y%m%d}{rng.randrange(100):02d}{sex_digit}"
            number = first17 + id_number_check_digit(first17)
            if number not in self._ids:
                self._ids.add(number)
                return number

    def company(self) -> str:
        rng = self.rng
        brand = rng.choice(_BRAND_CHARS) + rng.choice(_BRAND_CHARS)
        return f"{rng.choice(_CITY_PREFIXES)}{brand}{rng.choice(_COMPANY_KINDS)}"

    def shop(self) -> str:
        rng = self.rng
        return f"{rng.choice(_BRAND_CHARS)}{rng.choice(_BRAND_CHARS)}{rng.choice(_SHOP_KINDS)}"

    def add(
        self,
        *,
        born: tuple[int, int],
        gender: str | None = None,
        surname: str | None = None,
        company: str = "",
        has_mobile: bool = True,
    ) -> _Who:
        """A new person born between the two years (inclusive); returns who they are for their relatives."""
        rng = self.rng
        gender = gender or rng.choice("MF")
        surname = surname or self.surname()
        year = rng.randint(min(born), max(born))
        birthday = date(year, 1, 1) + timedelta(days=rng.randrange(365))
        id_number = ""
        # Only adults hold an ID number on the archive (GB 11643 allows children, clerks rarely see them).
        if birthday.year <= 2005 and birthday < self.today and rng.random() < ID_NUMBER_RATE:
            id_number = self.id_number(birthday, gender)
        mobile = self.mobile() if has_mobile else ""
        mobile2 = self.mobile() if mobile and rng.random() < 0.15 else ""
        landline = self.landline() if rng.random() < (0.12 if year < 1960 else 0.025) else ""
        person_id = uuid7()
        self.specs.append(
            (
                person_id,
                PersonInput(
                    name=surname + self.given(gender),
                    gender=gender,
                    mobile=mobile,
                    mobile2=mobile2,
                    landline=landline,
                    id_number=id_number,
                    company=company,
                ),
            )
        )
        return _Who(person_id, surname, gender, year)


# ---------------------------------------------------------------------------------------------- estate


class _UnitPlan(NamedTuple):
    id: str
    building_id: str
    entrance_id: str
    building_code: str
    entrance_code: str
    room: str
    floor: int
    area_m2_x100: int
    unit_type: str
    status: str
    move_in_date: date | None
    fees_owed: bool


@dataclass(frozen=True)
class _Estate:
    buildings: int
    entrances: int
    units: list[_UnitPlan]


def plan_buildings(rng: random.Random, units_target: int) -> list[tuple[int, int, int]]:
    """(entrances, floors, units per floor) per building, landing close to ``units_target`` units.

    Buildings aim at ~375 units (2–4 entrances × 18–33 floors × 2–4 units per floor); each one is jittered,
    and the ones after it aim at what is left, so the total stays within a few units of the target.
    """
    count = max(1, round(units_target / UNITS_PER_BUILDING))
    plans: list[tuple[int, int, int]] = []
    remaining = units_target
    for i in range(count):
        left = count - i
        aim = remaining / left * (rng.uniform(0.85, 1.15) if left > 1 else 1.0)
        lowest = min(18, max(1, int(aim // 16)))  # tiny targets get low-rise blocks
        options = []
        for entrances in (2, 3, 4):
            for per_floor in (2, 3, 4):
                floors = min(33, max(lowest, round(aim / (entrances * per_floor))))
                error = abs(entrances * floors * per_floor - aim)
                options.append((error, entrances, floors, per_floor))
        best = min(o[0] for o in options)
        good = [o for o in options if o[0] <= max(best, 0.04 * aim)]
        _, entrances, floors, per_floor = rng.choice(good)
        plans.append((entrances, floors, per_floor))
        remaining = max(0, remaining - entrances * floors * per_floor)
    return plans


_STACK_AREAS = {2: (110_00, 180_00), 3: (85_00, 150_00), 4: (60_00, 125_00)}


# ---------------------------------------------------------------------------------------------- the filler


class _Filler:
    def __init__(self, ctx: ServiceContext, rng: random.Random) -> None:
        self.ctx = ctx
        self.rng = rng
        self.now = ctx.now()
        self.today = ctx.local_now().date()
        self.first_day = min(FIRST_MOVE_IN, self.today - timedelta(days=365))
        self.factory = _PersonFactory(rng, self.today)
        self.person_count = 0
        self.tracked: dict[str, Any] = {
            "site_id": ctx.site_id,
            "created_at": self.now,
            "updated_at": self.now,
            "created_by": ctx.actor_id,
            "origin_desk_id": ctx.desk_id,
            "archived": False,
        }

    # -- helpers

    def day(self, first: date, last: date | None = None) -> date:
        last = last or self.today
        if last <= first:
            return last
        return first + timedelta(days=self.rng.randrange((last - first).days + 1))

    def insert(self, model: type[Base], rows: Iterable[dict[str, Any]]) -> int:
        """Bulk INSERT in chunks, one short write transaction each; the number of rows written."""
        total = 0
        batch: list[dict[str, Any]] = []
        for row in rows:
            batch.append(row)
            if len(batch) >= CHUNK_ROWS:
                total += self._flush(model, batch)
                batch = []
        if batch:
            total += self._flush(model, batch)
        return total

    def _flush(self, model: type[Base], batch: list[dict[str, Any]]) -> int:
        with self.ctx.db.write() as s:
            # A Core INSERT on the table, not the ORM bulk path: every row has the same keys, so the chunk
            # goes to the driver as one executemany with no per-row ORM bookkeeping (about twice as fast).
            s.execute(insert(_table(model)), batch)
        return len(batch)

    def row(self, **values: Any) -> dict[str, Any]:
        return {"id": uuid7(), **self.tracked, **values}

    # -- users, departments, staff

    def organisation(self) -> None:
        rng, factory = self.rng, self.factory
        with self.ctx.db.read() as s:
            departments = [
                (row.id, row.kind)
                for row in s.execute(select(Department.id, Department.kind).order_by(Department.sort_order))
            ]
        cs_department = next(
            (d for d, kind in departments if kind == DepartmentKind.CUSTOMER_SERVICE.value), None
        )
        hashes: dict[str, str] = {}
        users = []
        for account in DEMO_ACCOUNTS:
            if account.username == DEMO_SETUP.admin_username:
                continue
            if account.password not in hashes:
                hashes[account.password] = hash_password(account.password)  # argon2: once per password
            users.append(
                self.row(
                    username=account.username,
                    display_name=account.display_name,
                    password_hash=hashes[account.password],
                    role=account.role.value,
                    department_id=None if account.role == Role.MANAGER else cs_department,
                    phone=factory.mobile(),
                    failed_attempts=0,
                    locked_until=None,
                    last_login_at=None,
                )
            )
        staff = []
        for department_id, kind in departments:
            positions = _STAFF_POSITIONS.get(kind, _STAFF_POSITIONS[DepartmentKind.OTHER])
            leader = _STAFF_LEADERS.get(kind, "主管")
            for i in range(rng.randint(3, 8)):
                gender = (
                    "F" if kind == DepartmentKind.CLEANING.value and rng.random() < 0.7 else rng.choice("MF")
                )
                staff.append(
                    self.row(
                        department_id=department_id,
                        name=factory.name(gender),
                        phone=factory.mobile(),
                        position=leader if i == 0 else positions[0] if i == 1 else rng.choice(positions),
                        notes="",
                    )
                )
        self.insert(UserAccount, users)
        self.insert(Staff, staff)
        with self.ctx.db.write() as s:
            for order, (department_id, _kind) in enumerate(departments):
                s.execute(
                    update(Department)
                    .where(Department.id == department_id)
                    .values(phone=f"020-888866{order + 10:02d}", updated_at=self.now)
                )

    # -- buildings, entrances, units

    def estate(self, units_target: int) -> _Estate:
        rng = self.rng
        buildings: list[dict[str, Any]] = []
        entrances: list[dict[str, Any]] = []
        units: list[_UnitPlan] = []
        for index, (n_entrances, floors, per_floor) in enumerate(plan_buildings(rng, units_target)):
            code = str(index + 1)
            building = self.row(code=code, name=f"{code}栋", floors=floors, sort_order=index, notes="")
            buildings.append(building)
            has_shops = rng.random() < 0.3  # street-facing: the ground floor is shops
            for e in range(1, n_entrances + 1):
                entrance = self.row(building_id=building["id"], code=str(e), name=f"{e}单元")
                entrances.append(entrance)
                # One floor plan per stack: 1102 has the same area as 302.
                lo, hi = _STACK_AREAS[per_floor]
                stack_areas = [rng.randint(lo, hi) for _ in range(per_floor)]
                for floor in range(1, floors + 1):
                    for n in range(1, per_floor + 1):
                        shop = has_shops and floor == 1
                        status = (_SHOP_STATUS if shop else _UNIT_STATUS)(rng)
                        moved_in = (
                            self.day(self.first_day)
                            if status in (UnitStatus.OCCUPIED, UnitStatus.RENTED)
                            else None
                        )
                        units.append(
                            _UnitPlan(
                                id=uuid7(),
                                building_id=building["id"],
                                entrance_id=entrance["id"],
                                building_code=code,
                                entrance_code=str(e),
                                room=str(floor * 100 + n),
                                floor=floor,
                                area_m2_x100=rng.randint(60_00, 180_00) if shop else stack_areas[n - 1],
                                unit_type=(UnitType.SHOP if shop else UnitType.RESIDENCE).value,
                                status=status.value,
                                move_in_date=moved_in,
                                fees_owed=status != UnitStatus.UNSOLD and rng.random() < FEES_OWED_RATE,
                            )
                        )
        self.insert(Building, buildings)
        self.insert(Entrance, entrances)
        self.insert(Unit, (self._unit_row(u) for u in units))
        return _Estate(len(buildings), len(entrances), units)

    def _unit_row(self, u: _UnitPlan) -> dict[str, Any]:
        return {
            **self.tracked,
            **u._asdict(),
            "code": f"{u.building_code}-{u.entrance_code}-{u.room}",
            "notes": "",
        }

    # -- people and relations

    def people(self, units: list[_UnitPlan], people_target: int) -> int:
        """Owners, co-owners, families, tenants and authorised people, about ``people_target`` in all."""
        rng, factory = self.rng, self.factory
        sold = [u for u in units if u.status != UnitStatus.UNSOLD.value]
        rented = sum(1 for u in sold if u.status == UnitStatus.RENTED.value)
        # Every sold unit needs an owner and every rented one a tenant. Some owners own two units; when the
        # target is smaller than the units need, more of them do.
        needed = len(sold) + rented
        reuse = round(OWNER_REUSE_RATE * len(sold))
        reuse = max(0, min(max(reuse, needed - people_target), len(sold) - 1))
        reused = set(rng.sample(range(1, len(sold)), reuse)) if reuse else set()
        candidates = self._optional_slots(sold)
        budget = max(0, people_target - (needed - reuse))
        chosen: set[int] = set(range(len(candidates)))
        if budget < len(candidates):
            # Weighted sampling without replacement (Efraimidis–Spirakis): common relations are picked first.
            keys = [rng.random() ** (1.0 / c[2]) for c in candidates]
            chosen = set(heapq.nlargest(budget, range(len(candidates)), key=keys.__getitem__))
        slots: dict[int, list[str]] = {}
        for i, (unit_index, kind, _w) in enumerate(candidates):
            if i in chosen:
                slots.setdefault(unit_index, []).append(kind)

        relations: list[tuple[str, str, str, str, bool, date | None]] = []
        owners: list[_Who] = []
        for index, unit in enumerate(sold):
            relations.extend(self._household(unit, index in reused, owners, slots.get(index, [])))
        # Whoever is left over has no unit: visitors and contractors the desk has dealt with.
        extra = people_target - len(factory.specs)
        for _ in range(max(0, extra)):
            contractor = rng.random() < 0.4
            factory.add(
                born=(1965, 2000),
                company=(rng.choice(_BRAND_CHARS) + rng.choice(_BRAND_CHARS) + "装饰工程有限公司")
                if contractor
                else "",
            )

        self.person_count = self.insert(Person, self._person_rows())
        factory.specs = []
        return self.insert(
            UnitPerson,
            (
                self.row(
                    unit_id=unit_id,
                    person_id=person_id,
                    relation=relation,
                    relation_detail=detail,
                    is_primary=primary,
                    since=since,
                    until=None,
                )
                for unit_id, person_id, relation, detail, primary, since in relations
            ),
        )

    @staticmethod
    def _optional_slots(sold: list[_UnitPlan]) -> list[tuple[int, str, float]]:
        """(unit index, slot kind, weight) of every relation a unit may have beyond its first owner/tenant."""
        slots: list[tuple[int, str, float]] = []
        for index, u in enumerate(sold):
            status, shop = u.status, u.unit_type == UnitType.SHOP.value
            kinds: tuple[tuple[str, float], ...]
            if status == UnitStatus.OCCUPIED.value and not shop:
                kinds = (
                    ("co_owner", 3.0),
                    ("family", 4.0),
                    ("family", 3.0),
                    ("family", 1.5),
                    ("authorised", 0.6),
                )
            elif status == UnitStatus.OCCUPIED.value:
                kinds = (("co_owner", 1.0), ("authorised", 0.5))
            elif status == UnitStatus.RENTED.value:
                kinds = (("co_owner", 2.0), ("tenant", 1.5), ("authorised", 1.0))
            elif status == UnitStatus.RENOVATING.value:
                kinds = (("co_owner", 2.0), ("authorised", 1.5))
            else:  # vacant: handed over, nobody lives there
                kinds = (("co_owner", 2.0), ("authorised", 0.8))
            slots.extend((index, kind, weight) for kind, weight in kinds)
        return slots

    def _household(
        self, unit: _UnitPlan, reuse_owner: bool, owners: list[_Who], extras: list[str]
    ) -> Iterator[tuple[str, str, str, str, bool, date | None]]:
        rng, factory = self.rng, self.factory
        shop = unit.unit_type == UnitType.SHOP.value
        handed_over = unit.move_in_date or self.day(self.first_day)
        owner_since = self.day(self.first_day, handed_over)
        if reuse_owner and owners:
            owner = rng.choice(owners)
        else:
            owner = factory.add(born=(1950, 1995), company=factory.company() if rng.random() < 0.06 else "")
            owners.append(owner)
        yield unit.id, owner.id, Relation.OWNER.value, "", True, owner_since
        spouse = False
        if "co_owner" in extras:
            spouse = True
            partner = factory.add(
                born=(owner.born - 5, owner.born + 5), gender="F" if owner.gender == "M" else "M"
            )
            yield unit.id, partner.id, Relation.OWNER.value, "", False, owner_since
        family = extras.count("family")
        for _ in range(family):
            if not spouse and rng.random() < 0.7:
                spouse = True
                detail = "配偶"
                who = factory.add(
                    born=(owner.born - 5, owner.born + 5), gender="F" if owner.gender == "M" else "M"
                )
            else:
                detail = _FAMILY_DETAIL(rng)
                who = self._relative(owner, detail)
            yield unit.id, who.id, Relation.FAMILY.value, detail, False, unit.move_in_date
        tenants = 1 + extras.count("tenant") if unit.status == UnitStatus.RENTED.value else 0
        lease_start = self.day(max(handed_over, self.today - timedelta(days=3 * 365)))
        first_tenant: _Who | None = None
        for _ in range(tenants):
            if first_tenant is None:
                first_tenant = factory.add(
                    born=(1968, 2002),
                    company=factory.shop() if shop else factory.company() if rng.random() < 0.1 else "",
                )
                who = first_tenant
            else:
                who = factory.add(
                    born=(first_tenant.born - 5, first_tenant.born + 5),
                    gender="F" if first_tenant.gender == "M" else "M",
                )
            yield unit.id, who.id, Relation.TENANT.value, "", False, lease_start
        if "authorised" in extras:
            if unit.status in (UnitStatus.VACANT.value, UnitStatus.RENTED.value):
                detail = _AUTHORISED_FOR_LETTING(rng)
            else:
                detail = _AUTHORISED_FOR_LIVING(rng)
            if detail == "中介":
                who = factory.add(born=(1975, 2002), company=f"{factory.shop()[:2]}地产")
            elif detail == "亲属":
                who = factory.add(born=(1955, 2002), surname=owner.surname if rng.random() < 0.5 else None)
            else:
                who = factory.add(born=(owner.born - 8, owner.born + 8))
            yield (
                unit.id,
                who.id,
                Relation.AUTHORISED.value,
                detail,
                False,
                self.day(self.today - timedelta(days=730)),
            )

    def _relative(self, owner: _Who, detail: str) -> _Who:
        rng, factory = self.rng, self.factory
        if detail == "子女":
            born = min(owner.born + rng.randint(22, 36), self.today.year - 1)
            return factory.add(
                born=(born, born),
                surname=owner.surname if rng.random() < 0.75 else None,
                has_mobile=born <= self.today.year - 12,
            )
        if detail == "孙子女":
            born = min(owner.born + rng.randint(45, 60), self.today.year - 1)
            return factory.add(
                born=(born, born), surname=owner.surname, has_mobile=born <= self.today.year - 12
            )
        if detail == "父母":
            born = max(1940, owner.born - rng.randint(22, 35))
            return factory.add(born=(born, born), surname=owner.surname if rng.random() < 0.5 else None)
        if detail == "祖父母":
            born = max(1940, owner.born - rng.randint(45, 60))
            return factory.add(born=(born, born))
        if detail == "兄弟姐妹":
            return factory.add(born=(owner.born - 8, owner.born + 8), surname=owner.surname)
        if detail == "保姆":
            return factory.add(born=(1962, 1988), gender="F")
        return factory.add(born=(1950, 2002))

    def _person_rows(self) -> Iterator[dict[str, Any]]:
        for person_id, data in self.factory.specs:
            yield {"id": person_id, **self.tracked, **validate_person(data, self.today)}


def _table(model: type[Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _checkpoint(ctx: ServiceContext) -> None:
    """Fold the WAL into the main file, so the demo file can be copied or shipped on its own."""
    raw = ctx.db.engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cursor.close()
    finally:
        raw.close()
