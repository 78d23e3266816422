"""Goods-release slips (物品放行通知单): numbered FX-…, two copies (存根 / 门岗), confirmed by the guard."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.db.models.base import Base, EventRow, Tracked, id_column
from desk_app.db.types import UTCDateTime


class GoodsRelease(Base, Tracked):
    __tablename__ = "goods_release"
    __table_args__ = (UniqueConstraint("number"), Index("ix_goods_release_date", "release_date", "id"))
    id: Mapped[str] = id_column()
    number: Mapped[str] = mapped_column(String(30))  # FX-A1-2026-000078
    unit_id: Mapped[str] = mapped_column(String(36), ForeignKey("unit.id"), index=True)
    unit_code: Mapped[str] = mapped_column(String(40))
    applicant_person_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("person.id"))
    applicant_name: Mapped[str] = mapped_column(String(60))
    applicant_relation: Mapped[str] = mapped_column(String(20))  # owner / authorised
    phone: Mapped[str] = mapped_column(String(30), default="")
    plate: Mapped[str] = mapped_column(String(20), default="")
    release_date: Mapped[date] = mapped_column(Date)
    warnings_json: Mapped[str] = mapped_column(Text, default="[]")  # what the clerk saw and acknowledged
    clerk_name: Mapped[str] = mapped_column(String(60), default="")
    status: Mapped[str] = mapped_column(String(20), default="issued")
    guard_name: Mapped[str] = mapped_column(String(60), default="")
    guard_confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    void_reason: Mapped[str] = mapped_column(String(200), default="")
    print_count: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")


class GoodsReleaseItem(Base):
    __tablename__ = "goods_release_item"
    id: Mapped[str] = id_column()
    release_id: Mapped[str] = mapped_column(String(36), ForeignKey("goods_release.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(60))
    quantity: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(String(100), default="")


class ReleaseEvent(Base, EventRow):
    __tablename__ = "release_event"
    __table_args__ = (Index("ix_release_event_release", "release_id", "at"),)
    id: Mapped[str] = id_column()
    release_id: Mapped[str] = mapped_column(String(36), ForeignKey("goods_release.id"))
    by_name: Mapped[str] = mapped_column(String(60), default="")
    detail_json: Mapped[str] = mapped_column(Text, default="{}")
    note: Mapped[str] = mapped_column(Text, default="")
