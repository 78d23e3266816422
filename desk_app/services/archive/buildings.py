"""Buildings and entrances: the upper levels of the archive tree."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from desk_app.db.models import Building, Entrance, Unit
from desk_app.domain.errors import DomainError
from desk_app.domain.roles import Permission
from desk_app.services import audit
from desk_app.services.archive.dto import BuildingNode, EntranceNode
from desk_app.services.archive.validation import FieldCollector, building_code, optional_text, required
from desk_app.services.context import OpResult, ServiceContext
from desk_app.services.tracking import new_row, touch

CHANGES = frozenset({"building"})


@dataclass(frozen=True)
class BuildingInput:
    code: str
    name: str = ""  # defaults to "<code>栋"
    floors: int | None = None
    notes: str = ""


@dataclass(frozen=True)
class EntranceInput:
    code: str
    name: str = ""  # defaults to "<code>单元"


def tree(ctx: ServiceContext, include_archived: bool = False) -> list[BuildingNode]:
    """Buildings with their entrances and unit counts, in natural order (2 before 10)."""
    ctx.require(Permission.VIEW_ARCHIVE)
    with ctx.db.read() as s:
        bq = select(Building).where(Building.site_id == ctx.site_id)
        if not include_archived:
            bq = bq.where(Building.archived.is_(False))
        buildings = s.scalars(bq).all()
        counts: dict[str, int] = dict(
            s.execute(
                select(Unit.entrance_id, func.count())
                .where(Unit.archived.is_(False))
                .group_by(Unit.entrance_id)
            ).all()
        )
        entrances: dict[str, list[EntranceNode]] = {}
        eq = select(Entrance).where(Entrance.archived.is_(False))
        for e in s.scalars(eq):
            entrances.setdefault(e.building_id, []).append(
                EntranceNode(e.id, e.building_id, e.code, e.name, counts.get(e.id, 0))
            )
    nodes = [
        BuildingNode(
            b.id,
            b.code,
            b.name,
            b.floors,
            b.notes,
            b.archived,
            tuple(sorted(entrances.get(b.id, []), key=lambda n: natural_key(n.code))),
        )
        for b in buildings
    ]
    return sorted(nodes, key=lambda n: natural_key(n.code))


def natural_key(code: str) -> tuple[int, int, str]:
    return (0, int(code), "") if code.isdigit() else (1, 0, code)


def _display_code(code: str) -> str:
    text = code.strip().upper()
    return str(int(text)) if text.isdigit() else text


def _building_fields(data: BuildingInput) -> tuple[str, str, int | None, str]:
    f = FieldCollector()
    code = f.check("code", lambda: building_code(data.code))
    name = f.check("name", lambda: required(data.name or f"{_display_code(data.code)}栋", 40))
    notes = f.check("notes", lambda: optional_text(data.notes, 2000))
    if data.floors is not None and not 1 <= data.floors <= 200:
        f.fail("floors", "building.floors_invalid")
    f.raise_if_any()
    assert code is not None and name is not None and notes is not None
    return code, name, data.floors, notes


def _code_taken(s: Session, ctx: ServiceContext, code: str, exclude_id: str | None = None) -> bool:
    q = select(Building.id).where(Building.site_id == ctx.site_id, Building.code == code)
    if exclude_id:
        q = q.where(Building.id != exclude_id)
    return s.scalar(q) is not None


def create_building(ctx: ServiceContext, data: BuildingInput) -> OpResult[str]:
    ctx.require(Permission.EDIT_ARCHIVE)
    code, name, floors, notes = _building_fields(data)
    with ctx.db.write() as s:
        if _code_taken(s, ctx, code):
            raise DomainError("validation", fields={"code": "building.code_taken"})
        b = new_row(ctx, Building(code=code, name=name, floors=floors, notes=notes, sort_order=0))
        s.add(b)
        s.flush()
        audit.record(s, ctx, "building", b.id, "create", None, audit.snapshot(b), summary=name)
        return OpResult(b.id, CHANGES)


def update_building(ctx: ServiceContext, building_id: str, data: BuildingInput) -> OpResult[str]:
    ctx.require(Permission.EDIT_ARCHIVE)
    code, name, floors, notes = _building_fields(data)
    with ctx.db.write() as s:
        b = s.get(Building, building_id)
        if b is None:
            raise DomainError("record.not_found", kind="building")
        if _code_taken(s, ctx, code, exclude_id=b.id):
            raise DomainError("validation", fields={"code": "building.code_taken"})
        before = audit.snapshot(b)
        code_changed = b.code != code
        b.code, b.name, b.floors, b.notes = code, name, floors, notes
        touch(ctx, b)
        if code_changed:
            _recode_units(s, ctx, building_id=b.id)
        audit.record(s, ctx, "building", b.id, "update", before, audit.snapshot(b), summary=name)
        return OpResult(b.id, CHANGES | {"unit"} if code_changed else CHANGES)


def set_building_archived(ctx: ServiceContext, building_id: str, archived: bool) -> OpResult[str]:
    ctx.require(Permission.ARCHIVE_RECORDS)
    with ctx.db.write() as s:
        b = s.get(Building, building_id)
        if b is None:
            raise DomainError("record.not_found", kind="building")
        if archived:
            active = s.scalar(select(func.count()).where(Unit.building_id == b.id, Unit.archived.is_(False)))
            if active:
                raise DomainError("building.has_units", count=active)
        b.archived = archived
        touch(ctx, b)
        audit.record(s, ctx, "building", b.id, "archive" if archived else "restore", summary=b.name)
        return OpResult(b.id, CHANGES)


def create_entrance(ctx: ServiceContext, building_id: str, data: EntranceInput) -> OpResult[str]:
    ctx.require(Permission.EDIT_ARCHIVE)
    f = FieldCollector()
    code = f.check("code", lambda: building_code(data.code))
    name = f.check("name", lambda: required(data.name or f"{_display_code(data.code)}单元", 40))
    f.raise_if_any()
    assert code is not None and name is not None
    with ctx.db.write() as s:
        if s.get(Building, building_id) is None:
            raise DomainError("record.not_found", kind="building")
        if s.scalar(select(Entrance.id).where(Entrance.building_id == building_id, Entrance.code == code)):
            raise DomainError("validation", fields={"code": "entrance.code_taken"})
        e = new_row(ctx, Entrance(building_id=building_id, code=code, name=name))
        s.add(e)
        s.flush()
        audit.record(s, ctx, "entrance", e.id, "create", None, audit.snapshot(e), summary=name)
        return OpResult(e.id, CHANGES)


def update_entrance(ctx: ServiceContext, entrance_id: str, data: EntranceInput) -> OpResult[str]:
    ctx.require(Permission.EDIT_ARCHIVE)
    f = FieldCollector()
    code = f.check("code", lambda: building_code(data.code))
    name = f.check("name", lambda: required(data.name or f"{_display_code(data.code)}单元", 40))
    f.raise_if_any()
    assert code is not None and name is not None
    with ctx.db.write() as s:
        e = s.get(Entrance, entrance_id)
        if e is None:
            raise DomainError("record.not_found", kind="entrance")
        clash = select(Entrance.id).where(
            Entrance.building_id == e.building_id, Entrance.code == code, Entrance.id != e.id
        )
        if s.scalar(clash):
            raise DomainError("validation", fields={"code": "entrance.code_taken"})
        before = audit.snapshot(e)
        code_changed = e.code != code
        e.code, e.name = code, name
        touch(ctx, e)
        if code_changed:
            _recode_units(s, ctx, entrance_id=e.id)
        audit.record(s, ctx, "entrance", e.id, "update", before, audit.snapshot(e), summary=name)
        return OpResult(e.id, CHANGES | {"unit"} if code_changed else CHANGES)


def _recode_units(
    s: Session, ctx: ServiceContext, *, building_id: str | None = None, entrance_id: str | None = None
) -> None:
    """Keep the denormalised codes on units in step after a building or entrance is renamed."""
    s.flush()
    q = (
        select(Unit, Building.code, Entrance.code)
        .join(Building, Unit.building_id == Building.id)
        .join(Entrance, Unit.entrance_id == Entrance.id)
    )
    q = q.where(Unit.building_id == building_id) if building_id else q.where(Unit.entrance_id == entrance_id)
    for unit, bcode, ecode in s.execute(q):
        new_code = f"{bcode}-{ecode}-{unit.room}"
        if new_code != unit.code:
            s.execute(
                update(Unit)
                .where(Unit.id == unit.id)
                .values(building_code=bcode, entrance_code=ecode, code=new_code, updated_at=ctx.now())
            )
