from __future__ import annotations

import pytest
from sqlalchemy import select

from desk_app.db.models import AuditEntry, UserAccount
from desk_app.domain.errors import DomainError
from desk_app.domain.roles import Role
from desk_app.services import auth
from desk_app.services.context import ServiceContext
from tests.conftest import ADMIN_PASSWORD, CLERK_PASSWORD, FakeClock


def test_sign_in_returns_the_actor(base_ctx: ServiceContext) -> None:
    actor = auth.sign_in(base_ctx, "ADMIN ", ADMIN_PASSWORD)
    assert actor.username == "admin" and actor.role is Role.ADMIN


def test_password_is_stored_as_argon2id(base_ctx: ServiceContext) -> None:
    with base_ctx.db.read() as s:
        stored = s.scalar(select(UserAccount.password_hash))
    assert stored is not None and stored.startswith("$argon2id$") and ADMIN_PASSWORD not in stored


def test_wrong_password_counts_down_then_locks_for_five_minutes(
    base_ctx: ServiceContext, clock: FakeClock
) -> None:
    remaining = []
    for _ in range(4):
        with pytest.raises(DomainError) as err:
            auth.sign_in(base_ctx, "admin", "wrong")
        assert err.value.code == "auth.bad_credentials"
        remaining.append(err.value.params["remaining"])
    assert remaining == [4, 3, 2, 1]
    with pytest.raises(DomainError) as err:
        auth.sign_in(base_ctx, "admin", "wrong")
    assert err.value.code == "auth.locked"
    # Locked: even the right password is refused …
    clock.advance(minutes=4, seconds=59)
    with pytest.raises(DomainError) as err:
        auth.sign_in(base_ctx, "admin", ADMIN_PASSWORD)
    assert err.value.code == "auth.locked"
    # … until five minutes have passed.
    clock.advance(seconds=2)
    assert auth.sign_in(base_ctx, "admin", ADMIN_PASSWORD).username == "admin"
    with base_ctx.db.read() as s:
        actions = s.scalars(select(AuditEntry.action).where(AuditEntry.entity_type == "user")).all()
    assert "lock" in actions and "login" in actions


def test_unknown_user_is_refused_like_a_wrong_password(base_ctx: ServiceContext) -> None:
    with pytest.raises(DomainError) as err:
        auth.sign_in(base_ctx, "nobody", "x")
    assert err.value.code == "auth.bad_credentials"


def test_clerk_cannot_manage_users(clerk_ctx: ServiceContext) -> None:
    with pytest.raises(DomainError) as err:
        auth.create_user(clerk_ctx, auth.UserInput("x", "X", Role.CLERK, password="secret-1"))
    assert err.value.code == "auth.forbidden"
    with pytest.raises(DomainError):
        auth.list_users(clerk_ctx)


def test_admin_manages_users(admin_ctx: ServiceContext) -> None:
    created = auth.create_user(
        admin_ctx, auth.UserInput("Li.Na", "李娜", Role.SUPERVISOR, password="secret-1")
    )
    assert created.value.username == "li.na" and "user" in created.changes
    with pytest.raises(DomainError) as err:
        auth.create_user(admin_ctx, auth.UserInput("li.na", "李娜", Role.CLERK, password="secret-1"))
    assert err.value.params["fields"] == {"username": "auth.username_taken"}
    with pytest.raises(DomainError) as err:
        auth.create_user(admin_ctx, auth.UserInput("bad name", " ", Role.CLERK, password="123"))
    # Every problem of the form at once, each with what its message needs.
    assert err.value.params["fields"] == {
        "username": "auth.username_invalid",
        "display_name": "field.required",
        "password": "auth.password_too_short",
    }
    assert err.value.params["details"]["password"] == {"min": 6}
    auth.set_archived(admin_ctx, created.value.id, True)
    with pytest.raises(DomainError):
        auth.sign_in(admin_ctx, "li.na", "secret-1")
    with pytest.raises(DomainError) as err:
        auth.set_archived(admin_ctx, admin_ctx.actor_id or "", True)
    assert err.value.code == "auth.cannot_archive_self"


def test_admin_unlocks_a_locked_clerk(clerk_ctx: ServiceContext, admin_ctx: ServiceContext) -> None:
    for _ in range(5):
        with pytest.raises(DomainError):
            auth.sign_in(admin_ctx, "clerk", "wrong")
    clerk = next(u for u in auth.list_users(admin_ctx) if u.username == "clerk")
    assert clerk.locked_until is not None
    auth.unlock(admin_ctx, clerk.id)
    assert auth.sign_in(admin_ctx, "clerk", CLERK_PASSWORD).username == "clerk"


def test_change_own_password(clerk_ctx: ServiceContext) -> None:
    with pytest.raises(DomainError) as err:
        auth.change_own_password(clerk_ctx, "not-it", "new-secret")
    assert err.value.code == "auth.wrong_password"
    auth.change_own_password(clerk_ctx, CLERK_PASSWORD, "new-secret")
    assert auth.sign_in(clerk_ctx, "clerk", "new-secret").username == "clerk"
