from __future__ import annotations

import pytest

from desk_app.domain.enums import Relation
from desk_app.services import search
from desk_app.services.archive import buildings, people, units
from desk_app.services.context import ServiceContext


@pytest.fixture
def estate(admin_ctx: ServiceContext) -> ServiceContext:
    ctx = admin_ctx
    b3 = buildings.create_building(ctx, buildings.BuildingInput("3")).value
    e2 = buildings.create_entrance(ctx, b3, buildings.EntranceInput("2")).value
    e1 = buildings.create_entrance(ctx, b3, buildings.EntranceInput("1")).value
    u1102 = units.create_unit(ctx, units.UnitInput(e2, "1102")).value
    units.create_unit(ctx, units.UnitInput(e2, "1101"))
    units.create_unit(ctx, units.UnitInput(e1, "1102"))
    zs = people.create_person(ctx, people.PersonInput("张三", mobile="13812345678")).value
    people.create_person(ctx, people.PersonInput("张珊珊", mobile="13911112222"))
    people.create_person(ctx, people.PersonInput("李四", mobile="13700005678", landline="020-87654321"))
    people.link(ctx, people.RelationInput(u1102.id, zs.id, Relation.OWNER))
    return ctx


def titles(ctx: ServiceContext, q: str) -> list[str]:
    return [h.title for h in search.search(ctx, q)]


@pytest.mark.parametrize(
    "query", ["3-2-1102", "3栋2单元1102", "3栋2单元1102室", "3#2-1102", "３－２－１１０２"]
)
def test_unit_code_in_any_form(estate: ServiceContext, query: str) -> None:
    assert titles(estate, query) == ["3-2-1102"]


def test_unit_without_entrance_and_prefix(estate: ServiceContext) -> None:
    assert titles(estate, "3#1102") == ["3-1-1102", "3-2-1102"]
    assert titles(estate, "3-2-11") == ["3-2-1101", "3-2-1102"]


def test_unit_hit_shows_owners(estate: ServiceContext) -> None:
    hit = search.search(estate, "3-2-1102")[0]
    assert hit.kind == "unit" and hit.detail == "张三"


def test_pinyin_initials_full_and_name(estate: ServiceContext) -> None:
    assert titles(estate, "zs") == ["张三", "张珊珊"]  # exact initials first, then longer ones
    assert set(titles(estate, "zhang")) == {"张三", "张珊珊"}
    assert titles(estate, "zss") == ["张珊珊"]
    assert set(titles(estate, "张")) == {"张三", "张珊珊"}


def test_phone_full_prefix_and_last_four(estate: ServiceContext) -> None:
    assert titles(estate, "13812345678") == ["张三"]
    assert titles(estate, "1381234") == ["张三"]
    assert set(titles(estate, "5678")) == {"张三", "李四"}
    assert titles(estate, "87654321") == ["李四"]


def test_person_hit_lists_units(estate: ServiceContext) -> None:
    hit = search.search(estate, "zs")[0]
    assert hit.detail == "13812345678" and hit.units == (("3-2-1102", Relation.OWNER),)


@pytest.mark.parametrize("hostile", ['"', 'a" OR "b', "(", "NEAR(", "*", "-", ":", "zs*", "^", "  "])
def test_hostile_input_never_breaks(estate: ServiceContext, hostile: str) -> None:
    search.search(estate, hostile)


def test_clerk_can_search(clerk_ctx: ServiceContext) -> None:
    assert search.search(clerk_ctx, "zs") == []


def test_surname_readings_are_indexed(admin_ctx: ServiceContext) -> None:
    people.create_person(admin_ctx, people.PersonInput("曾小贤"))
    assert titles(admin_ctx, "zxx") == ["曾小贤"]  # the surname reading
    assert titles(admin_ctx, "cengxiao") == ["曾小贤"]  # the everyday reading a clerk might type too
