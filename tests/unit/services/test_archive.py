from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select, text

from desk_app.db.models import AuditEntry, Person, Unit
from desk_app.domain.enums import Relation, UnitStatus
from desk_app.domain.errors import DomainError
from desk_app.services import audit
from desk_app.services.archive import buildings, people, units
from desk_app.services.context import ServiceContext


def _unit(ctx: ServiceContext, b: str = "3", e: str = "2", room: str = "1102") -> units.UnitRow:
    existing = {n.code: n for n in buildings.tree(ctx)}
    bid = (
        existing[b].id if b in existing else buildings.create_building(ctx, buildings.BuildingInput(b)).value
    )
    node = next(n for n in buildings.tree(ctx) if n.id == bid)
    eid = next((x.id for x in node.entrances if x.code == e), None)
    if eid is None:
        eid = buildings.create_entrance(ctx, bid, buildings.EntranceInput(e)).value
    return units.create_unit(ctx, units.UnitInput(eid, room, area_m2="89.50")).value


def test_unit_code_floor_and_area(admin_ctx: ServiceContext) -> None:
    u = _unit(admin_ctx)
    assert (u.code, u.floor, u.area_m2) == ("3-2-1102", 11, Decimal("89.50"))
    with admin_ctx.db.read() as s:
        assert s.scalar(select(Unit.area_m2_x100)) == 8950


def test_duplicate_unit_is_refused_inline(admin_ctx: ServiceContext) -> None:
    u = _unit(admin_ctx)
    with pytest.raises(DomainError) as err:
        units.create_unit(admin_ctx, units.UnitInput(u.entrance_id, "1102"))
    assert err.value.code == "validation" and err.value.params["fields"] == {"room": "unit.code_taken"}


def test_every_bad_field_is_reported_at_once(admin_ctx: ServiceContext) -> None:
    with pytest.raises(DomainError) as err:
        people.create_person(
            admin_ctx,
            people.PersonInput(name=" ", mobile="12345", landline="abc", id_number="110105194912310021"),
        )
    fields = err.value.params["fields"]
    assert fields == {
        "name": "field.required",
        "mobile": "phone.mobile_invalid",
        "landline": "phone.invalid",
        "id_number": "id_number.check_digit",
    }
    with admin_ctx.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 0


def test_person_card_masks_the_id_and_reveal_is_audited(
    admin_ctx: ServiceContext, clerk_ctx: ServiceContext
) -> None:
    card = people.create_person(
        admin_ctx, people.PersonInput("张三", mobile="13812345678", id_number="11010519491231002x")
    ).value
    assert card.id_number_masked == "1101**********002X"
    assert people.reveal_id_number(admin_ctx, card.id) == "11010519491231002X"
    with pytest.raises(DomainError) as err:
        people.reveal_id_number(clerk_ctx, card.id)
    assert err.value.code == "auth.forbidden"
    actions = [h.action for h in audit.history(admin_ctx, "person", card.id)]
    assert actions.count("reveal") == 1
    # The audit trail never holds the full number.
    with admin_ctx.db.read() as s:
        assert "11010519491231002X" not in " ".join(s.scalars(select(AuditEntry.changes_json)).all())


def test_editing_with_the_masked_id_keeps_the_stored_one(admin_ctx: ServiceContext) -> None:
    card = people.create_person(admin_ctx, people.PersonInput("李四", id_number="11010519491231002X")).value
    updated = people.update_person(
        admin_ctx, card.id, people.PersonInput("李四", company="阳光物业", id_number=card.id_number_masked)
    ).value
    assert updated.company == "阳光物业"
    assert people.reveal_id_number(admin_ctx, card.id) == "11010519491231002X"


def test_update_history_has_old_and_new_values(admin_ctx: ServiceContext) -> None:
    card = people.create_person(admin_ctx, people.PersonInput("王五", mobile="13900001111")).value
    people.update_person(admin_ctx, card.id, people.PersonInput("王五", mobile="13900002222"))
    people.update_person(admin_ctx, card.id, people.PersonInput("王五", mobile="13900002222"))  # no change
    history = audit.history(admin_ctx, "person", card.id)
    assert [h.action for h in history] == ["update", "create"]
    assert history[0].changes == {"mobile": ("13900001111", "13900002222")}
    assert history[0].user_name == "系统管理员"


def test_relations_appear_on_both_cards(admin_ctx: ServiceContext) -> None:
    u = _unit(admin_ctx)
    owner = people.create_person(admin_ctx, people.PersonInput("张三", mobile="13812345678")).value
    child = people.create_person(admin_ctx, people.PersonInput("张小三")).value
    people.link(
        admin_ctx,
        people.RelationInput(u.id, owner.id, Relation.OWNER, is_primary=True, since=date(2020, 5, 1)),
    )
    people.link(admin_ctx, people.RelationInput(u.id, child.id, Relation.FAMILY, relation_detail="子女"))
    with pytest.raises(DomainError) as err:
        people.link(admin_ctx, people.RelationInput(u.id, owner.id, Relation.OWNER))
    assert err.value.code == "relation.exists"
    card = units.unit_card(admin_ctx, u.id)
    assert [(r.person_name, r.relation, r.relation_detail) for r in card.relations] == [
        ("张三", Relation.OWNER, ""),
        ("张小三", Relation.FAMILY, "子女"),
    ]
    assert card.unit.owner_names == "张三"
    assert [r.unit_code for r in people.person_card(admin_ctx, owner.id).relations] == ["3-2-1102"]
    rel = card.relations[1]
    people.unlink(admin_ctx, rel.id)
    assert len(units.unit_card(admin_ctx, u.id).relations) == 1


def test_archiving_needs_a_supervisor_and_keeps_the_row(
    admin_ctx: ServiceContext, clerk_ctx: ServiceContext
) -> None:
    u = _unit(admin_ctx)
    with pytest.raises(DomainError) as err:
        units.set_unit_archived(clerk_ctx, u.id, True)
    assert err.value.code == "auth.forbidden"
    units.set_unit_archived(admin_ctx, u.id, True)
    assert units.list_units(admin_ctx, u.entrance_id) == []
    assert [x.code for x in units.list_units(admin_ctx, u.entrance_id, include_archived=True)] == ["3-2-1102"]
    _unit(admin_ctx, room="1202")
    with pytest.raises(DomainError) as err:
        buildings.set_building_archived(admin_ctx, u.building_id, True)
    assert err.value.code == "building.has_units"


def test_renaming_a_building_recodes_its_units(admin_ctx: ServiceContext) -> None:
    u = _unit(admin_ctx)
    buildings.update_building(admin_ctx, u.building_id, buildings.BuildingInput("5", "5栋"))
    assert units.unit_card(admin_ctx, u.id).unit.code == "5-2-1102"


def test_tree_is_in_natural_order(admin_ctx: ServiceContext) -> None:
    for code in ("10", "2", "A", "1"):
        buildings.create_building(admin_ctx, buildings.BuildingInput(code))
    assert [b.code for b in buildings.tree(admin_ctx)] == ["1", "2", "10", "A"]


def test_archived_people_leave_the_search_index(admin_ctx: ServiceContext) -> None:
    card = people.create_person(admin_ctx, people.PersonInput("赵六", mobile="13712345678")).value
    with admin_ctx.db.read() as s:
        assert s.execute(text("SELECT count(*) FROM person_fts")).scalar() == 1
    people.set_person_archived(admin_ctx, card.id, True)
    with admin_ctx.db.read() as s:
        assert s.execute(text("SELECT count(*) FROM person_fts")).scalar() == 0


def test_unit_status_values(admin_ctx: ServiceContext) -> None:
    u = _unit(admin_ctx)
    updated = units.update_unit(
        admin_ctx,
        u.id,
        units.UnitInput(
            u.entrance_id, "1102", status=UnitStatus.OCCUPIED, move_in_date=date(2021, 3, 1), area_m2="120"
        ),
    ).value
    assert updated.status is UnitStatus.OCCUPIED and updated.area_m2 == Decimal("120.00")
    with pytest.raises(DomainError) as err:
        units.update_unit(admin_ctx, u.id, units.UnitInput(u.entrance_id, "1102", area_m2="-3"))
    assert err.value.params["fields"] == {"area_m2": "area.invalid"}
