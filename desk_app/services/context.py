"""What every service call needs: the database, the clock, who is signed in, and this desk.

Services are plain functions ``f(ctx, ...)``; each opens one short session (``ctx.db.read()`` /
``ctx.db.write()``), checks permissions itself, and returns frozen DTOs — never ORM objects.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, tzinfo
from typing import Generic, TypeVar
from zoneinfo import ZoneInfo

from desk_app.db.engine import Database
from desk_app.domain.errors import DomainError
from desk_app.domain.roles import Permission, Role, has_permission

T = TypeVar("T")


def system_clock() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Actor:
    """The signed-in user, as services see them."""

    user_id: str
    username: str
    display_name: str
    role: Role


@dataclass(frozen=True)
class OpResult(Generic[T]):
    """A mutating call's answer: its value and the kinds of record it changed (so screens refresh selectively)."""

    value: T
    changes: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True)
class ServiceContext:
    db: Database
    site_id: str
    desk_id: str
    actor: Actor | None = None
    clock: Callable[[], datetime] = system_clock
    timezone: tzinfo = field(default_factory=lambda: ZoneInfo("Asia/Shanghai"))

    def now(self) -> datetime:
        return self.clock()

    def local_now(self) -> datetime:
        return self.clock().astimezone(self.timezone)

    def as_user(self, actor: Actor | None) -> ServiceContext:
        return replace(self, actor=actor)

    def require(self, permission: Permission | None = None) -> Actor:
        """The signed-in actor, provided they hold ``permission``; otherwise a DomainError."""
        if self.actor is None:
            raise DomainError("auth.not_signed_in")
        if permission is not None and not has_permission(self.actor.role, permission):
            raise DomainError("auth.forbidden", permission=permission.value)
        return self.actor

    def can(self, permission: Permission) -> bool:
        return self.actor is not None and has_permission(self.actor.role, permission)

    @property
    def actor_id(self) -> str | None:
        return self.actor.user_id if self.actor else None
