"""Units (房屋): create, edit, archive, list per entrance, and the unit card."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.db.models import Building, Entrance, Person, Unit, UnitPerson
from desk_app.domain.enums import Relation, UnitStatus, UnitType
from desk_app.domain.errors import DomainError
from desk_app.domain.roles import Permission
from desk_app.services import audit
from desk_app.services.archive.buildings import natural_key
from desk_app.services.archive.dto import RelationDTO, UnitCard, UnitRow
from desk_app.services.archive.validation import (
    FieldCollector,
    area_from_x100,
    area_to_x100,
    code_part,
    floor_from_room,
    optional_text,
)
from desk_app.services.context import OpResult, ServiceContext
from desk_app.services.tracking import new_row, set_archived, touch

CHANGES = frozenset({"unit"})


@dataclass(frozen=True)
class UnitInput:
    entrance_id: str
    room: str
    floor: int | None = None  # None → derived from the room number
    area_m2: str = ""
    unit_type: UnitType = UnitType.RESIDENCE
    status: UnitStatus = UnitStatus.VACANT
    move_in_date: date | None = None
    fees_owed: bool = False
    notes: str = ""
    move_out_pending: bool = False  # 待搬离: release slips for the unit warn the desk


def unit_row(u: Unit, owner_names: str = "") -> UnitRow:
    return UnitRow(
        id=u.id,
        code=u.code,
        building_id=u.building_id,
        entrance_id=u.entrance_id,
        room=u.room,
        floor=u.floor,
        unit_type=UnitType(u.unit_type),
        status=UnitStatus(u.status),
        area_m2=area_from_x100(u.area_m2_x100),
        archived=u.archived,
        owner_names=owner_names,
    )


def owner_names(s: Session, unit_ids: list[str]) -> dict[str, str]:
    """'张三、李四' per unit, for lists and search results."""
    if not unit_ids:
        return {}
    rows = s.execute(
        select(UnitPerson.unit_id, Person.name)
        .join(Person, Person.id == UnitPerson.person_id)
        .where(
            UnitPerson.unit_id.in_(unit_ids),
            UnitPerson.relation == Relation.OWNER.value,
            UnitPerson.archived.is_(False),
        )
        .order_by(UnitPerson.is_primary.desc(), Person.name)
    )
    names: dict[str, list[str]] = {}
    for unit_id, name in rows:
        names.setdefault(unit_id, []).append(name)
    return {k: "、".join(v) for k, v in names.items()}


def list_units(ctx: ServiceContext, entrance_id: str, include_archived: bool = False) -> list[UnitRow]:
    ctx.require(Permission.VIEW_ARCHIVE)
    with ctx.db.read() as s:
        q = select(Unit).where(Unit.entrance_id == entrance_id)
        if not include_archived:
            q = q.where(Unit.archived.is_(False))
        units = s.scalars(q).all()
        owners = owner_names(s, [u.id for u in units])
        rows = [unit_row(u, owners.get(u.id, "")) for u in units]
    return sorted(rows, key=lambda r: (r.floor or 0, natural_key(r.room)))


def _validate(s: Session, data: UnitInput) -> tuple[Entrance, Building, dict[str, object]]:
    f = FieldCollector()
    room = f.check("room", lambda: code_part(data.room))
    area = f.check("area_m2", lambda: area_to_x100(data.area_m2))
    notes = f.check("notes", lambda: optional_text(data.notes, 2000))
    floor = data.floor if data.floor is not None else (floor_from_room(room) if room else None)
    if floor is not None and not -10 <= floor <= 200:
        f.fail("floor", "unit.floor_invalid")
    try:
        unit_type, status = UnitType(data.unit_type), UnitStatus(data.status)
    except ValueError:
        raise DomainError("validation", fields={"unit_type": "field.invalid"}) from None
    entrance = s.get(Entrance, data.entrance_id)
    if entrance is None:
        f.fail("entrance_id", "record.not_found")
    f.raise_if_any()
    assert entrance is not None and room is not None
    building = s.get(Building, entrance.building_id)
    assert building is not None
    values: dict[str, object] = dict(
        building_id=building.id,
        entrance_id=entrance.id,
        building_code=building.code,
        entrance_code=entrance.code,
        room=room,
        code=f"{building.code}-{entrance.code}-{room}",
        floor=floor,
        area_m2_x100=area,
        unit_type=unit_type.value,
        status=status.value,
        move_in_date=data.move_in_date,
        fees_owed=data.fees_owed,
        move_out_pending=data.move_out_pending,
        notes=notes or "",
    )
    return entrance, building, values


def _code_taken(s: Session, ctx: ServiceContext, code: str, exclude_id: str | None) -> bool:
    q = select(Unit.id).where(Unit.site_id == ctx.site_id, Unit.code == code)
    if exclude_id:
        q = q.where(Unit.id != exclude_id)
    return s.scalar(q) is not None


def create_unit(ctx: ServiceContext, data: UnitInput) -> OpResult[UnitRow]:
    ctx.require(Permission.EDIT_ARCHIVE)
    with ctx.db.write() as s:
        _, _, values = _validate(s, data)
        if _code_taken(s, ctx, str(values["code"]), None):
            raise DomainError("validation", fields={"room": "unit.code_taken"})
        u = new_row(ctx, Unit(**values))
        s.add(u)
        s.flush()
        audit.record(s, ctx, "unit", u.id, "create", None, audit.snapshot(u), summary=u.code)
        return OpResult(unit_row(u), CHANGES | {"building"})


def update_unit(ctx: ServiceContext, unit_id: str, data: UnitInput) -> OpResult[UnitRow]:
    ctx.require(Permission.EDIT_ARCHIVE)
    with ctx.db.write() as s:
        u = s.get(Unit, unit_id)
        if u is None:
            raise DomainError("record.not_found", kind="unit")
        _, _, values = _validate(s, data)
        if _code_taken(s, ctx, str(values["code"]), u.id):
            raise DomainError("validation", fields={"room": "unit.code_taken"})
        before = audit.snapshot(u)
        for key, value in values.items():
            setattr(u, key, value)
        touch(ctx, u)
        audit.record(s, ctx, "unit", u.id, "update", before, audit.snapshot(u), summary=u.code)
        return OpResult(unit_row(u), CHANGES)


def set_unit_archived(ctx: ServiceContext, unit_id: str, archived: bool) -> OpResult[UnitRow]:
    ctx.require(Permission.ARCHIVE_RECORDS)
    with ctx.db.write() as s:
        u = set_archived(s, ctx, Unit, unit_id, archived, "unit", lambda r: r.code)
        return OpResult(unit_row(u), CHANGES | {"building"})


def relations_of(
    s: Session, *, unit_id: str | None = None, person_id: str | None = None
) -> tuple[RelationDTO, ...]:
    q = (
        select(UnitPerson, Unit.code, Person.name, Person.mobile)
        .join(Unit, Unit.id == UnitPerson.unit_id)
        .join(Person, Person.id == UnitPerson.person_id)
        .where(UnitPerson.archived.is_(False))
    )
    q = q.where(UnitPerson.unit_id == unit_id) if unit_id else q.where(UnitPerson.person_id == person_id)
    order = {r.value: i for i, r in enumerate(Relation)}
    rows = [
        RelationDTO(
            id=up.id,
            unit_id=up.unit_id,
            unit_code=code,
            person_id=up.person_id,
            person_name=name,
            person_mobile=mobile,
            relation=Relation(up.relation),
            relation_detail=up.relation_detail,
            is_primary=up.is_primary,
            since=up.since,
        )
        for up, code, name, mobile in s.execute(q)
    ]
    return tuple(
        sorted(rows, key=lambda r: (order[r.relation.value], not r.is_primary, r.unit_code, r.person_name))
    )


def unit_card(ctx: ServiceContext, unit_id: str) -> UnitCard:
    ctx.require(Permission.VIEW_ARCHIVE)
    with ctx.db.read() as s:
        u = s.get(Unit, unit_id)
        if u is None:
            raise DomainError("record.not_found", kind="unit")
        b = s.get(Building, u.building_id)
        e = s.get(Entrance, u.entrance_id)
        relations = relations_of(s, unit_id=u.id)
        owners = "、".join(r.person_name for r in relations if r.relation is Relation.OWNER)
        return UnitCard(
            unit=unit_row(u, owners),
            building_name=b.name if b else "",
            entrance_name=e.name if e else "",
            move_in_date=u.move_in_date,
            fees_owed=u.fees_owed,
            notes=u.notes,
            relations=relations,
            move_out_pending=u.move_out_pending,
        )


def find_unit_by_code(ctx: ServiceContext, code: str) -> UnitRow | None:
    ctx.require(Permission.VIEW_ARCHIVE)
    with ctx.db.read() as s:
        u = s.scalar(select(Unit).where(Unit.site_id == ctx.site_id, Unit.code == code))
        return unit_row(u) if u else None


def count_units(ctx: ServiceContext) -> int:
    with ctx.db.read() as s:
        return s.scalar(select(func.count()).select_from(Unit).where(Unit.archived.is_(False))) or 0
