"""The archive (档案): buildings → entrances → units, people and how they relate to units."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.db.models.base import Base, Tracked, id_column


class Building(Base, Tracked):
    __tablename__ = "building"
    __table_args__ = (UniqueConstraint("site_id", "code"),)
    id: Mapped[str] = id_column()
    code: Mapped[str] = mapped_column(String(10))  # "3", "A", "B1" — the first part of a unit code
    name: Mapped[str] = mapped_column(String(40))  # "3栋"
    floors: Mapped[int | None] = mapped_column(Integer)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")


class Entrance(Base, Tracked):
    __tablename__ = "entrance"
    __table_args__ = (UniqueConstraint("building_id", "code"),)
    id: Mapped[str] = id_column()
    building_id: Mapped[str] = mapped_column(String(36), ForeignKey("building.id"), index=True)
    code: Mapped[str] = mapped_column(String(10))  # "2"
    name: Mapped[str] = mapped_column(String(40))  # "2单元"


class Unit(Base, Tracked):
    __tablename__ = "unit"
    __table_args__ = (
        UniqueConstraint("site_id", "code"),
        # The global search resolves "3-2-11…" while the clerk types: building, entrance, room prefix.
        Index("ix_unit_lookup", "building_code", "entrance_code", "room"),
        Index("ix_unit_room", "room"),
    )
    id: Mapped[str] = id_column()
    building_id: Mapped[str] = mapped_column(String(36), ForeignKey("building.id"), index=True)
    entrance_id: Mapped[str] = mapped_column(String(36), ForeignKey("entrance.id"), index=True)
    # Codes are denormalised from building/entrance so a lookup needs no join.
    building_code: Mapped[str] = mapped_column(String(10))
    entrance_code: Mapped[str] = mapped_column(String(10))
    room: Mapped[str] = mapped_column(String(10))
    code: Mapped[str] = mapped_column(String(40))  # canonical "3-2-1102"
    floor: Mapped[int | None] = mapped_column(Integer)
    area_m2_x100: Mapped[int | None] = mapped_column(Integer)  # 建筑面积 in hundredths of m² (no floats)
    unit_type: Mapped[str] = mapped_column(String(20), default="residence")
    status: Mapped[str] = mapped_column(String(20), default="vacant")
    move_in_date: Mapped[date | None] = mapped_column(Date)
    fees_owed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # 待搬离: the occupant is moving out; goods-release slips for the unit show a warning.
    move_out_pending: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    notes: Mapped[str] = mapped_column(Text, default="")


class Person(Base, Tracked):
    """Anyone the desk deals with: owner, tenant, family member, visitor, contractor."""

    __tablename__ = "person"
    id: Mapped[str] = id_column()
    name: Mapped[str] = mapped_column(String(60))
    gender: Mapped[str | None] = mapped_column(String(1))
    mobile: Mapped[str] = mapped_column(String(20), default="")
    mobile2: Mapped[str] = mapped_column(String(20), default="")
    landline: Mapped[str] = mapped_column(String(30), default="")
    id_number: Mapped[str] = mapped_column(String(18), default="")  # shown masked unless permitted
    company: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Search columns, computed in Python on every write and copied into person_fts by triggers.
    pinyin_full: Mapped[str] = mapped_column(String(200), default="")
    pinyin_initials: Mapped[str] = mapped_column(String(60), default="")
    search_phones: Mapped[str] = mapped_column(String(200), default="")


class UnitPerson(Base, Tracked):
    """A person's relation to a unit: owner, tenant, family member (with detail) or authorised person."""

    __tablename__ = "unit_person"
    id: Mapped[str] = id_column()
    unit_id: Mapped[str] = mapped_column(String(36), ForeignKey("unit.id"), index=True)
    person_id: Mapped[str] = mapped_column(String(36), ForeignKey("person.id"), index=True)
    relation: Mapped[str] = mapped_column(String(20))
    relation_detail: Mapped[str] = mapped_column(String(30), default="")  # 配偶, 子女, 保姆 …
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    since: Mapped[date | None] = mapped_column(Date)
    until: Mapped[date | None] = mapped_column(Date)
