"""What the archive services return: frozen, ORM-free values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from desk_app.domain.enums import Relation, UnitStatus, UnitType


@dataclass(frozen=True)
class EntranceNode:
    id: str
    building_id: str
    code: str
    name: str
    unit_count: int


@dataclass(frozen=True)
class BuildingNode:
    id: str
    code: str
    name: str
    floors: int | None
    notes: str
    archived: bool
    entrances: tuple[EntranceNode, ...]


@dataclass(frozen=True)
class UnitRow:
    id: str
    code: str
    building_id: str
    entrance_id: str
    room: str
    floor: int | None
    unit_type: UnitType
    status: UnitStatus
    area_m2: Decimal | None
    archived: bool
    owner_names: str = ""


@dataclass(frozen=True)
class RelationDTO:
    id: str
    unit_id: str
    unit_code: str
    person_id: str
    person_name: str
    person_mobile: str
    relation: Relation
    relation_detail: str
    is_primary: bool
    since: date | None


@dataclass(frozen=True)
class UnitCard:
    unit: UnitRow
    building_name: str
    entrance_name: str
    move_in_date: date | None
    fees_owed: bool
    notes: str
    relations: tuple[RelationDTO, ...]
    move_out_pending: bool = False  # 待搬离


@dataclass(frozen=True)
class PersonCard:
    id: str
    name: str
    gender: str | None
    mobile: str
    mobile2: str
    landline: str
    id_number_masked: str
    has_id_number: bool
    company: str
    notes: str
    archived: bool
    relations: tuple[RelationDTO, ...]
