"""Creating and opening a database file: the first-run setup and the facts every session needs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select

from desk_app.db import migrate
from desk_app.db.engine import Database
from desk_app.db.models import AppMeta, Department, Desk, Site, UserAccount
from desk_app.domain.enums import DEFAULT_DEPARTMENTS, DepartmentKind
from desk_app.domain.errors import DomainError
from desk_app.domain.ids import uuid7
from desk_app.domain.roles import Role
from desk_app.services import audit
from desk_app.services.auth import check_new_password, check_username, hash_password
from desk_app.services.context import Actor, ServiceContext, system_clock
from desk_app.services.tracking import new_row

DESK_CODE_CHARS = set("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")  # no I/O: they read as 1/0 on a slip


@dataclass(frozen=True)
class SetupInput:
    site_name: str
    site_address: str
    site_phone: str
    desk_name: str
    desk_code: str
    admin_username: str
    admin_display_name: str
    admin_password: str
    departments: Sequence[tuple[str, DepartmentKind]] = field(default_factory=lambda: DEFAULT_DEPARTMENTS)


def validate_desk_code(code: str) -> str:
    code = code.strip().upper()
    if not 1 <= len(code) <= 4 or not set(code) <= DESK_CODE_CHARS:
        raise DomainError("setup.desk_code_invalid", value=code)
    return code


def validate_setup(data: SetupInput) -> None:
    if not data.site_name.strip():
        raise DomainError("field.required", field="site_name")
    if not data.desk_name.strip():
        raise DomainError("field.required", field="desk_name")
    validate_desk_code(data.desk_code)
    check_username(data.admin_username)
    check_new_password(data.admin_password)
    names = [n.strip() for n, _ in data.departments]
    if any(not n for n in names) or len(set(names)) != len(names):
        raise DomainError("setup.departments_invalid")


def is_initialized(db: Database) -> bool:
    if migrate.current_revision(db) is None:
        return False
    with db.read() as s:
        return s.get(AppMeta, "site_id") is not None


def initialize(path: Path, data: SetupInput, clock: Callable[[], datetime] = system_clock) -> ServiceContext:
    """Create a new database file, migrate it, and write the site, desk, departments and first admin."""
    validate_setup(data)
    if path.exists() and path.stat().st_size > 0:
        raise DomainError("setup.file_exists", path=str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    db = Database(path)
    migrate.upgrade(db)
    now = clock()
    site_id, desk_id, admin_id = uuid7(), uuid7(), uuid7()
    admin = Actor(admin_id, check_username(data.admin_username), data.admin_display_name.strip(), Role.ADMIN)
    ctx = ServiceContext(db=db, site_id=site_id, desk_id=desk_id, actor=admin, clock=clock)
    with db.write() as s:
        s.add(
            Site(
                id=site_id,
                name=data.site_name.strip(),
                address=data.site_address.strip(),
                phone=data.site_phone.strip(),
                created_at=now,
                updated_at=now,
            )
        )
        s.flush()
        s.add(
            new_row(
                ctx, Desk(id=desk_id, name=data.desk_name.strip(), code=validate_desk_code(data.desk_code))
            )
        )
        for key, value in (("site_id", site_id), ("desk_id", desk_id), ("install_id", uuid7())):
            s.add(AppMeta(key=key, value=value))
        for order, (name, kind) in enumerate(data.departments):
            s.add(new_row(ctx, Department(name=name.strip(), kind=kind.value, sort_order=order)))
        user = new_row(
            ctx,
            UserAccount(
                id=admin_id,
                username=admin.username,
                display_name=admin.display_name,
                role=Role.ADMIN.value,
                password_hash=hash_password(data.admin_password),
                failed_attempts=0,
            ),
        )
        s.add(user)
        s.flush()
        audit.record(s, ctx, "site", site_id, "create", summary=data.site_name.strip())
    from desk_app.services.work_orders.categories import ensure_defaults

    ensure_defaults(ctx)
    return ctx.as_user(None)


def open_context(db: Database, clock: Callable[[], datetime] = system_clock) -> ServiceContext:
    """The context for an existing, migrated database (nobody signed in yet)."""
    with db.read() as s:
        site_meta = s.get(AppMeta, "site_id")
        desk_meta = s.get(AppMeta, "desk_id")
        if site_meta is None or desk_meta is None:
            raise DomainError("setup.not_initialized", path=str(db.path))
        site = s.get(Site, site_meta.value)
        tz = ZoneInfo(site.timezone) if site else ZoneInfo("Asia/Shanghai")
        return ServiceContext(
            db=db, site_id=site_meta.value, desk_id=desk_meta.value, clock=clock, timezone=tz
        )


@dataclass(frozen=True)
class SiteInfo:
    site_name: str
    site_address: str
    site_phone: str
    desk_name: str
    desk_code: str


def site_info(ctx: ServiceContext) -> SiteInfo:
    with ctx.db.read() as s:
        site = s.get(Site, ctx.site_id)
        desk = s.get(Desk, ctx.desk_id)
        assert site is not None and desk is not None
        return SiteInfo(site.name, site.address, site.phone, desk.name, desk.code)


def meta_value(db: Database, key: str) -> str | None:
    with db.read() as s:
        row = s.scalar(select(AppMeta).where(AppMeta.key == key))
        return row.value if row else None
