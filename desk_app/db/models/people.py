"""Departments, their staff, and the users who sign in at the desk."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.db.models.base import Base, Tracked, id_column
from desk_app.db.types import UTCDateTime


class Department(Base, Tracked):
    __tablename__ = "department"
    id: Mapped[str] = id_column()
    name: Mapped[str] = mapped_column(String(60))
    # What kind of work the department does; drives follow-up cadence and routing in later features.
    kind: Mapped[str] = mapped_column(String(30), default="other")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    phone: Mapped[str] = mapped_column(String(40), default="")


class Staff(Base, Tracked):
    """A department member who receives work but does not sign in (a plumber, a guard)."""

    __tablename__ = "staff"
    id: Mapped[str] = id_column()
    department_id: Mapped[str] = mapped_column(String(36), ForeignKey("department.id"), index=True)
    name: Mapped[str] = mapped_column(String(60))
    phone: Mapped[str] = mapped_column(String(40), default="")
    position: Mapped[str] = mapped_column(String(60), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class UserAccount(Base, Tracked):
    __tablename__ = "user_account"
    id: Mapped[str] = id_column()
    username: Mapped[str] = mapped_column(String(40), unique=True)
    display_name: Mapped[str] = mapped_column(String(60))
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    department_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("department.id"))
    phone: Mapped[str] = mapped_column(String(40), default="")
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
