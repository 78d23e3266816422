"""Fixtures shared by every test: a real database file with a site, a desk, an admin and a clerk."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desk_app.db.engine import Database
from desk_app.domain.roles import Role
from desk_app.services import auth
from desk_app.services.context import ServiceContext
from desk_app.services.installation import SetupInput, initialize, open_context

ADMIN_PASSWORD = "admin-pass-1"
CLERK_PASSWORD = "clerk-pass-1"


class FakeClock:
    """A clock the test moves by hand (lockouts, deadlines, daily backups)."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 11, 23, 1, 30, tzinfo=UTC)  # 09:30 in Shanghai

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


SETUP = SetupInput(
    site_name="阳光花园服务中心",
    site_address="广州市天河区阳光路1号",
    site_phone="020-12345678",
    desk_name="一号前台",
    desk_code="A1",
    admin_username="admin",
    admin_display_name="系统管理员",
    admin_password=ADMIN_PASSWORD,
)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Migrating and hashing passwords take a moment: do it once, then copy the file for each test."""
    path = tmp_path_factory.mktemp("template") / "desk.sqlite3"
    ctx = initialize(path, SETUP, clock=FakeClock())
    with ctx.db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    ctx.db.close()
    return path


@pytest.fixture
def base_ctx(tmp_path: Path, clock: FakeClock, template_db: Path) -> Iterator[ServiceContext]:
    """A fresh, initialised database file (a copy of the template); nobody signed in."""
    path = tmp_path / "desk.sqlite3"
    shutil.copyfile(template_db, path)
    ctx = open_context(Database(path), clock=clock)
    yield ctx
    ctx.db.close()


@pytest.fixture
def admin_ctx(base_ctx: ServiceContext) -> ServiceContext:
    return base_ctx.as_user(auth.sign_in(base_ctx, "admin", ADMIN_PASSWORD))


@pytest.fixture
def clerk_ctx(admin_ctx: ServiceContext) -> ServiceContext:
    auth.create_user(admin_ctx, auth.UserInput("clerk", "前台小王", Role.CLERK, password=CLERK_PASSWORD))
    return admin_ctx.as_user(auth.sign_in(admin_ctx, "clerk", CLERK_PASSWORD))


@pytest.fixture
def supervisor_ctx(admin_ctx: ServiceContext) -> ServiceContext:
    auth.create_user(
        admin_ctx, auth.UserInput("super", "客服主管老李", Role.SUPERVISOR, password="super-pass-1")
    )
    return admin_ctx.as_user(auth.sign_in(admin_ctx, "super", "super-pass-1"))
