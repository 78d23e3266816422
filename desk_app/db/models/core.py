"""The installation: site, desks, settings, document-number series, calendar overrides."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.db.models.base import Base, Tracked, id_column
from desk_app.db.types import UTCDateTime


class Site(Base):
    """A service centre (服务中心 / 管理处)."""

    __tablename__ = "site"
    id: Mapped[str] = id_column()
    name: Mapped[str] = mapped_column(String(100))
    address: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    timezone: Mapped[str] = mapped_column(String(40), default="Asia/Shanghai")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Desk(Base, Tracked):
    """One reception PC. Its ``code`` goes into every document number it issues."""

    __tablename__ = "desk"
    __table_args__ = (UniqueConstraint("site_id", "code"),)
    id: Mapped[str] = id_column()
    name: Mapped[str] = mapped_column(String(60))
    code: Mapped[str] = mapped_column(String(8))


class AppMeta(Base):
    """Key/value facts about this database file: install id, this desk, this site."""

    __tablename__ = "app_meta"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Setting(Base):
    """Site-wide settings, one JSON value per declared key (see services/settings.py for the declarations)."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value_json: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_by: Mapped[str | None] = mapped_column(String(36))


class DocSeries(Base):
    """The next number of one document series (type × desk × year); bumped inside the inserting transaction."""

    __tablename__ = "doc_series"
    __table_args__ = (UniqueConstraint("doc_type", "desk_id", "year"),)
    id: Mapped[str] = id_column()
    site_id: Mapped[str] = mapped_column(String(36), ForeignKey("site.id"))
    desk_id: Mapped[str] = mapped_column(String(36), ForeignKey("desk.id"))
    doc_type: Mapped[str] = mapped_column(String(20))
    year: Mapped[int] = mapped_column(Integer)
    next_value: Mapped[int] = mapped_column(Integer, default=1)


class CalendarOverride(Base, Tracked):
    """An admin's correction of one day of the working-day calendar (wins over the official data)."""

    __tablename__ = "calendar_override"
    __table_args__ = (UniqueConstraint("site_id", "day"),)
    id: Mapped[str] = id_column()
    day: Mapped[date] = mapped_column(Date)
    is_working: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(String(100), default="")
