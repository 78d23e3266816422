"""The demo database: sizes, data validity, relations, search and determinism."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from desk_app.db.engine import Database
from desk_app.domain.enums import UnitStatus
from desk_app.domain.errors import DomainError
from desk_app.domain.roles import Role
from desk_app.domain.validation import (
    gender_from_id,
    is_mainland_mobile,
    validate_id_number,
    validate_phone,
)
from desk_app.services import demo
from desk_app.services.auth import sign_in
from desk_app.services.context import ServiceContext
from desk_app.services.installation import open_context
from desk_app.services.search import search

NOW = datetime(2026, 11, 23, 1, 30, tzinfo=UTC)
TODAY = date(2026, 11, 23)
SMALL_UNITS, SMALL_PEOPLE = 300, 400


def fixed_clock() -> datetime:
    return NOW


def within(value: int, target: int, tolerance: float = 0.10) -> bool:
    return abs(value - target) <= tolerance * target


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> demo.DemoSummary:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    return demo.create_demo(path, units_target=SMALL_UNITS, people_target=SMALL_PEOPLE, clock=fixed_clock)


@pytest.fixture
def db(small: demo.DemoSummary) -> Iterator[Database]:
    database = Database(small.path)
    yield database
    database.close()


@pytest.fixture
def admin(db: Database) -> ServiceContext:
    ctx = open_context(db, clock=fixed_clock)
    return ctx.as_user(sign_in(ctx, "admin", "admin123"))


def rows(db: Database, sql: str) -> list[tuple[Any, ...]]:
    with db.read() as s:
        return [tuple(r) for r in s.execute(text(sql))]


def scalar(db: Database, sql: str) -> Any:
    with db.read() as s:
        return s.execute(text(sql)).scalar()


# ---------------------------------------------------------------------------------------------- sizes


def test_small_demo_counts_match_targets_and_the_file(small: demo.DemoSummary, db: Database) -> None:
    assert within(small.units, SMALL_UNITS)
    assert within(small.people, SMALL_PEOPLE)
    assert small.buildings == scalar(db, "SELECT count(*) FROM building")
    assert small.entrances == scalar(db, "SELECT count(*) FROM entrance")
    assert small.units == scalar(db, "SELECT count(*) FROM unit")
    assert small.people == scalar(db, "SELECT count(*) FROM person")
    assert small.relations == scalar(db, "SELECT count(*) FROM unit_person")
    assert small.seconds > 0


def test_default_size(tmp_path: Path) -> None:
    summary = demo.create_demo(tmp_path / "default.sqlite3", clock=fixed_clock)
    assert within(summary.units, 3000)
    assert within(summary.people, 4000)
    assert 6 <= summary.buildings <= 10
    assert 2 * summary.buildings <= summary.entrances <= 4 * summary.buildings
    database = Database(summary.path)
    try:
        statuses: dict[str, int] = dict(rows(database, "SELECT status, count(*) FROM unit GROUP BY status"))
        units = sum(statuses.values())
        assert units == summary.units
        assert 0.68 <= statuses[UnitStatus.OCCUPIED.value] / units <= 0.82
        assert 0.04 <= statuses[UnitStatus.RENTED.value] / units <= 0.12
        assert set(statuses) == {s.value for s in UnitStatus}
        assert scalar(database, "SELECT count(*) FROM unit WHERE unit_type = 'shop'") == scalar(
            database, "SELECT count(*) FROM unit WHERE unit_type = 'shop' AND floor = 1"
        )
        fees_owed = scalar(database, "SELECT count(*) FROM unit WHERE fees_owed")
        assert 0.01 * units <= fees_owed <= 0.05 * units
    finally:
        database.close()


@pytest.mark.parametrize("target", [1, 30, 100, 300, 1000, 3000, 7777, 30000])
def test_building_plans_land_near_the_target(target: int) -> None:
    plans = demo.plan_buildings(random.Random(target), target)
    total = sum(e * f * u for e, f, u in plans)
    assert within(total, target) or abs(total - target) <= 10
    for entrances, floors, per_floor in plans:
        assert 2 <= entrances <= 4
        assert 2 <= per_floor <= 4
        assert 1 <= floors <= 33
        if target >= 300:
            assert floors >= 18


def test_existing_file_is_refused(small: demo.DemoSummary) -> None:
    with pytest.raises(DomainError) as err:
        demo.create_demo(small.path, units_target=10, people_target=10)
    assert err.value.code == "setup.file_exists"


# ---------------------------------------------------------------------------------------------- validity


def test_phones_are_valid_and_mobiles_unique(db: Database) -> None:
    people = rows(db, "SELECT mobile, mobile2, landline FROM person")
    mobiles = [str(m) for row in people for m in row[:2] if m]
    assert mobiles
    assert all(is_mainland_mobile(m) for m in mobiles)
    assert all(m[:2] in {"13", "15", "17", "18", "19"} for m in mobiles)
    assert len(set(mobiles)) == len(mobiles)
    assert sum(1 for _, m2, _ in people if m2) >= 0.05 * len(people)
    landlines = [str(row[2]) for row in people if row[2]]
    assert landlines
    assert all(validate_phone(n) == n and n.startswith("020-8") for n in landlines)
    staff = rows(db, "SELECT phone FROM staff")
    assert all(is_mainland_mobile(str(p)) for (p,) in staff)


def test_id_numbers_are_valid_and_match_gender(db: Database) -> None:
    people = rows(db, "SELECT id_number, gender FROM person")
    with_id = [(str(n), g) for n, g in people if n]
    assert 0.45 <= len(with_id) / len(people) <= 0.75
    for number, gender in with_id:
        assert validate_id_number(number, today=TODAY) == number
        assert gender_from_id(number) == gender
        assert 1940 <= int(number[6:10]) <= 2005
    assert len({n for n, _ in with_id}) == len(with_id)
    assert all(g in ("M", "F") for _, g in people)


def test_people_rows_are_what_the_service_would_write(db: Database) -> None:
    from desk_app.services.archive.people import PersonInput, validate_person

    for row in rows(
        db,
        "SELECT name, gender, mobile, mobile2, landline, id_number, company, notes, "
        "pinyin_full, pinyin_initials, search_phones FROM person ORDER BY rowid LIMIT 50",
    ):
        name, gender, mobile, mobile2, landline, id_number, company, notes, *_ = (str(v) for v in row)
        expected = validate_person(
            PersonInput(name, gender, mobile, mobile2, landline, id_number, company, notes), TODAY
        )
        assert tuple(expected.values()) == row
    assert scalar(db, "SELECT count(*) FROM person WHERE pinyin_full = '' OR pinyin_initials = ''") == 0


def test_units_are_consistent(db: Database) -> None:
    units = rows(
        db,
        "SELECT u.code, u.building_code, u.entrance_code, u.room, u.floor, u.area_m2_x100, u.status, "
        "u.move_in_date, b.code, e.code FROM unit u JOIN building b ON b.id = u.building_id "
        "JOIN entrance e ON e.id = u.entrance_id",
    )
    codes = [str(u[0]) for u in units]
    assert len(set(codes)) == len(codes)
    for code, b, e, room, floor, area, status, moved_in, b_code, e_code in units:
        assert code == f"{b}-{e}-{room}"
        assert (b, e) == (b_code, e_code)
        assert int(str(room)) // 100 == floor
        assert 6000 <= int(str(area)) <= 18000
        has_date = moved_in is not None
        assert has_date == (status in (UnitStatus.OCCUPIED.value, UnitStatus.RENTED.value))
        if has_date:
            assert date(2015, 1, 1) <= date.fromisoformat(str(moved_in)) <= TODAY
    names = rows(db, "SELECT code, name FROM building")
    assert all(name == f"{code}栋" for code, name in names)


def test_every_sold_unit_has_exactly_one_primary_owner(db: Database) -> None:
    missing = scalar(
        db,
        "SELECT count(*) FROM unit u WHERE u.status != 'unsold' AND NOT EXISTS ("
        "SELECT 1 FROM unit_person r WHERE r.unit_id = u.id AND r.relation = 'owner')",
    )
    assert missing == 0
    primaries = rows(
        db,
        "SELECT u.status, (SELECT count(*) FROM unit_person r WHERE r.unit_id = u.id AND r.is_primary) "
        "FROM unit u",
    )
    assert all(n == (0 if status == "unsold" else 1) for status, n in primaries)
    assert scalar(db, "SELECT count(*) FROM unit_person r WHERE r.is_primary AND r.relation != 'owner'") == 0
    unsold_related = scalar(
        db,
        "SELECT count(*) FROM unit_person r JOIN unit u ON u.id = r.unit_id WHERE u.status = 'unsold'",
    )
    assert unsold_related == 0


def test_relations_fit_the_unit(db: Database) -> None:
    tenants = rows(
        db,
        "SELECT u.status, count(r.id) FROM unit u LEFT JOIN unit_person r "
        "ON r.unit_id = u.id AND r.relation = 'tenant' GROUP BY u.id",
    )
    assert all((n > 0) == (status == "rented") for status, n in tenants)
    family = rows(
        db,
        "SELECT DISTINCT u.status, r.relation_detail FROM unit_person r JOIN unit u ON u.id = r.unit_id "
        "WHERE r.relation = 'family'",
    )
    assert family
    assert {status for status, _ in family} == {"occupied"}
    assert all(detail for _, detail in family)
    details = {
        str(d) for (d,) in rows(db, "SELECT relation_detail FROM unit_person WHERE relation = 'authorised'")
    }
    assert details <= {"亲属", "朋友", "中介"}
    per_unit = rows(
        db,
        "SELECT count(*) FROM unit_person WHERE relation = 'owner' GROUP BY unit_id",
    )
    assert all(1 <= int(str(n)) <= 2 for (n,) in per_unit)


def test_tracked_columns_are_filled(db: Database) -> None:
    admin_id = scalar(db, "SELECT id FROM user_account WHERE username = 'admin'")
    site_id = scalar(db, "SELECT value FROM app_meta WHERE key = 'site_id'")
    desk_id = scalar(db, "SELECT value FROM app_meta WHERE key = 'desk_id'")
    for table in ("building", "entrance", "unit", "person", "unit_person", "staff"):
        bad = scalar(
            db,
            f"SELECT count(*) FROM {table} WHERE site_id IS NOT '{site_id}' OR created_by IS NOT '{admin_id}' "
            f"OR origin_desk_id IS NOT '{desk_id}' OR archived OR created_at IS NULL OR updated_at IS NULL "
            "OR length(id) != 36",
        )
        assert bad == 0, table


def test_demo_users_and_staff(db: Database) -> None:
    ctx = open_context(db, clock=fixed_clock)
    for account in demo.DEMO_ACCOUNTS:
        actor = sign_in(ctx, account.username, account.password)
        assert actor.role == account.role
        assert actor.display_name == account.display_name
    roles = {str(r) for (r,) in rows(db, "SELECT role FROM user_account")}
    assert roles == {r.value for r in Role}
    per_department = rows(
        db,
        "SELECT d.name, count(s.id) FROM department d LEFT JOIN staff s ON s.department_id = d.id GROUP BY d.id",
    )
    assert len(per_department) == 6
    assert all(3 <= int(str(n)) <= 8 for _, n in per_department)
    positions = {str(p) for (p,) in rows(db, "SELECT position FROM staff")}
    assert {"水电工", "保洁员", "秩序维护员"} <= positions
    assert scalar(db, "SELECT count(*) FROM department WHERE phone = ''") == 0


def test_one_audit_entry_records_the_demo(db: Database, small: demo.DemoSummary) -> None:
    entries = rows(db, "SELECT summary FROM audit_log WHERE entity_type = 'site' AND action = 'demo'")
    assert len(entries) == 1
    assert f"{small.units}户" in str(entries[0][0])


# ---------------------------------------------------------------------------------------------- search


def test_fts_index_holds_every_person(db: Database) -> None:
    assert scalar(db, "SELECT count(*) FROM person_fts") == scalar(db, "SELECT count(*) FROM person")


def test_pinyin_initials_search_finds_people(admin: ServiceContext, db: Database) -> None:
    # Every person with an initials token starting "zs" (张帅, 赵淑, 曾顺 as "cs zs" …) and nobody else.
    expected = {
        str(i) for (i,) in rows(db, "SELECT id FROM person WHERE ' ' || pinyin_initials LIKE '% zs%'")
    }
    assert expected
    hits = search(admin, "zs", limit=100)
    assert {h.id for h in hits} == expected
    assert all(h.kind == "person" for h in hits)
    # A real person's initials, full pinyin, name and phone tail all find them.
    pid, name, full, initials, mobile = (
        str(v)
        for v in rows(
            db,
            "SELECT id, name, pinyin_full, pinyin_initials, mobile FROM person "
            "WHERE mobile != '' ORDER BY rowid LIMIT 1 OFFSET 7",
        )[0]
    )
    assert pid in {h.id for h in search(admin, initials, limit=200)}
    assert pid in {h.id for h in search(admin, full, limit=200)}
    assert pid in {h.id for h in search(admin, name, limit=200)}
    assert pid in {h.id for h in search(admin, mobile)}
    assert pid in {h.id for h in search(admin, mobile[-4:], limit=200)}
    owner_hit = next(h for h in search(admin, mobile) if h.id == pid)
    assert owner_hit.units  # linked to at least one unit


def test_unit_code_search_finds_the_unit(admin: ServiceContext, db: Database) -> None:
    unit_id, code, b, e, room = (
        str(v)
        for v in rows(
            db,
            "SELECT id, code, building_code, entrance_code, room FROM unit "
            "WHERE status = 'occupied' AND floor >= 10 ORDER BY rowid LIMIT 1",
        )[0]
    )
    owners = [
        str(n)
        for (n,) in rows(
            db,
            f"SELECT p.name FROM unit_person r JOIN person p ON p.id = r.person_id "
            f"WHERE r.unit_id = '{unit_id}' AND r.relation = 'owner'",
        )
    ]
    for query in (code, f"{b}栋{e}单元{room}室"):
        hits = search(admin, query)
        assert [(h.kind, h.id, h.title) for h in hits] == [("unit", unit_id, code)]
        assert all(name in hits[0].detail for name in owners)


# ---------------------------------------------------------------------------------------------- determinism, hooks


def _names_and_units(path: Path) -> tuple[list[str], list[tuple[Any, ...]]]:
    database = Database(path)
    try:
        names = [str(n) for (n,) in rows(database, "SELECT name FROM person ORDER BY rowid")]
        units = rows(database, "SELECT code, status, area_m2_x100, move_in_date FROM unit ORDER BY rowid")
        return names, units
    finally:
        database.close()


def test_same_seed_same_demo(tmp_path: Path, small: demo.DemoSummary) -> None:
    again = demo.create_demo(
        tmp_path / "again.sqlite3", units_target=SMALL_UNITS, people_target=SMALL_PEOPLE, clock=fixed_clock
    )
    assert _names_and_units(again.path) == _names_and_units(small.path)
    other = demo.create_demo(
        tmp_path / "other.sqlite3",
        units_target=SMALL_UNITS,
        people_target=SMALL_PEOPLE,
        seed=7,
        clock=fixed_clock,
    )
    assert _names_and_units(other.path)[0] != _names_and_units(small.path)[0]


def test_extenders_run_at_the_end(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[Role | None, int]] = []

    def extender(ctx: ServiceContext, rng: random.Random) -> None:
        with ctx.db.read() as s:
            units = s.execute(text("SELECT count(*) FROM unit")).scalar_one()
        assert isinstance(rng, random.Random)
        calls.append((ctx.actor.role if ctx.actor else None, units))

    monkeypatch.setattr(demo, "DEMO_EXTENDERS", [extender])
    summary = demo.create_demo(tmp_path / "ext.sqlite3", units_target=50, people_target=60, clock=fixed_clock)
    assert calls == [(Role.ADMIN, summary.units)]


def test_a_month_of_visits_and_complaints(db: Database) -> None:
    visits = scalar(db, "SELECT count(*) FROM visit")
    assert 25 * 30 <= visits <= 50 * 31
    days = scalar(db, "SELECT count(DISTINCT substr(time_in, 1, 10)) FROM visit")
    assert days >= 29
    assert scalar(db, "SELECT count(*) FROM visit WHERE time_out IS NULL") >= 1  # someone is on site
    kinds = dict(rows(db, "SELECT kind, count(*) FROM complaint GROUP BY kind"))
    assert kinds.get("complaint", 0) >= 10 and kinds.get("suggestion", 0) >= 1 and kinds.get("praise", 0) >= 1
    assert scalar(db, "SELECT count(*) FROM complaint WHERE level > 0") >= 1  # some escalated
    assert scalar(db, "SELECT count(*) FROM complaint_event WHERE kind = 'escalated'") >= 1
    # Every complaint registered at the counter links to its visit and back.
    assert scalar(db, "SELECT count(*) FROM complaint c JOIN visit v ON v.id = c.visit_id "
                      "WHERE v.created_record_id = c.id") == sum(kinds.values())  # fmt: skip
