"""Sign-in, lockout and user accounts.

Passwords are hashed with argon2id. Five wrong passwords in a row lock the account for five minutes; the
counter lives in the database, so restarting the app does not reset it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from desk_app.db.models import UserAccount
from desk_app.domain.errors import DomainError
from desk_app.domain.roles import Permission, Role
from desk_app.services import audit, tracking
from desk_app.services.context import Actor, OpResult, ServiceContext
from desk_app.services.tracking import new_row, touch

MAX_FAILED_ATTEMPTS = 5
LOCKOUT = timedelta(minutes=5)
MIN_PASSWORD_LENGTH = 6

# argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane): ~25 ms on an old desk PC instead of
# ~150 ms with argon2-cffi's defaults, which the clerk would feel at every shift change. Hashes made with
# other parameters are upgraded at the next successful sign-in (``check_needs_rehash``).
_hasher = PasswordHasher(time_cost=2, memory_cost=19_456, parallelism=1)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def _verify(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def check_new_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise DomainError("auth.password_too_short", min=MIN_PASSWORD_LENGTH)


def check_username(username: str) -> str:
    name = username.strip().lower()
    if not name or len(name) > 40 or any(c.isspace() for c in name):
        raise DomainError("auth.username_invalid")
    return name


@dataclass(frozen=True)
class UserDTO:
    id: str
    username: str
    display_name: str
    role: Role
    department_id: str | None
    phone: str
    archived: bool
    locked_until: datetime | None
    last_login_at: datetime | None


def _dto(u: UserAccount) -> UserDTO:
    return UserDTO(
        id=u.id,
        username=u.username,
        display_name=u.display_name,
        role=Role(u.role),
        department_id=u.department_id,
        phone=u.phone,
        archived=u.archived,
        locked_until=u.locked_until,
        last_login_at=u.last_login_at,
    )


def sign_in(ctx: ServiceContext, username: str, password: str) -> Actor:
    """Check a password. Raises ``auth.bad_credentials`` (with attempts left) or ``auth.locked`` (until when)."""
    now = ctx.now()
    error: DomainError | None = None
    with ctx.db.write() as s:
        user = s.scalar(select(UserAccount).where(UserAccount.username == username.strip().lower()))
        if user is None or user.archived:
            raise DomainError("auth.bad_credentials", remaining=None)
        if user.locked_until is not None and user.locked_until > now:
            raise DomainError("auth.locked", until=user.locked_until)
        if _verify(user.password_hash, password):
            if _hasher.check_needs_rehash(user.password_hash):
                user.password_hash = hash_password(password)
            user.failed_attempts = 0
            user.locked_until = None
            user.last_login_at = now
            actor = Actor(user.id, user.username, user.display_name, Role(user.role))
            audit.record(s, ctx.as_user(actor), "user", user.id, "login", summary=user.username)
            return actor
        user.failed_attempts += 1
        if user.failed_attempts >= MAX_FAILED_ATTEMPTS:
            user.failed_attempts = 0
            user.locked_until = now + LOCKOUT
            audit.record(s, ctx, "user", user.id, "lock", summary=user.username)
            error = DomainError("auth.locked", until=user.locked_until)
        else:
            error = DomainError("auth.bad_credentials", remaining=MAX_FAILED_ATTEMPTS - user.failed_attempts)
    # Raised after the commit: the failed attempt must be counted even though the call fails.
    raise error


@dataclass(frozen=True)
class UserInput:
    username: str
    display_name: str
    role: Role
    department_id: str | None = None
    phone: str = ""
    password: str | None = None  # required when creating; when editing, None keeps the old one


def _validate(data: UserInput, creating: bool) -> str:
    """Every field checked at once (``DomainError('validation', fields=…)``), as the archive forms do."""
    from desk_app.services.archive.validation import FieldCollector, required

    f = FieldCollector()
    username = f.check("username", lambda: check_username(data.username))
    f.check("display_name", lambda: required(data.display_name, 60))
    if data.password:
        f.check("password", lambda: check_new_password(data.password or ""))
    elif creating:
        f.fail("password", "field.required")
    try:
        Role(data.role)
    except ValueError:
        f.fail("role", "field.invalid")
    f.raise_if_any()
    assert username is not None
    return username


def list_users(ctx: ServiceContext, include_archived: bool = False) -> list[UserDTO]:
    ctx.require(Permission.MANAGE_USERS)
    with ctx.db.read() as s:
        q = select(UserAccount).order_by(UserAccount.username)
        if not include_archived:
            q = q.where(UserAccount.archived.is_(False))
        return [_dto(u) for u in s.scalars(q)]


def create_user(ctx: ServiceContext, data: UserInput) -> OpResult[UserDTO]:
    ctx.require(Permission.MANAGE_USERS)
    username = _validate(data, creating=True)
    assert data.password is not None
    with ctx.db.write() as s:
        if s.scalar(select(func.count()).where(UserAccount.username == username)):
            raise DomainError(
                "validation",
                fields={"username": "auth.username_taken"},
                details={"username": {"username": username}},
            )
        user = new_row(
            ctx,
            UserAccount(
                username=username,
                display_name=data.display_name.strip(),
                role=Role(data.role).value,
                department_id=data.department_id,
                phone=data.phone.strip(),
                password_hash=hash_password(data.password),
                failed_attempts=0,
            ),
        )
        s.add(user)
        s.flush()
        audit.record(s, ctx, "user", user.id, "create", None, audit.snapshot(user), summary=username)
        return OpResult(_dto(user), frozenset({"user"}))


def update_user(ctx: ServiceContext, user_id: str, data: UserInput) -> OpResult[UserDTO]:
    actor = ctx.require(Permission.MANAGE_USERS)
    username = _validate(data, creating=False)
    with ctx.db.write() as s:
        user = s.get(UserAccount, user_id)
        if user is None:
            raise DomainError("record.not_found", kind="user")
        if user.id == actor.user_id and Role(data.role) != Role.ADMIN:
            raise DomainError("auth.cannot_demote_self")
        clash = s.scalar(
            select(UserAccount.id).where(UserAccount.username == username, UserAccount.id != user_id)
        )
        if clash:
            raise DomainError(
                "validation",
                fields={"username": "auth.username_taken"},
                details={"username": {"username": username}},
            )
        before = audit.snapshot(user)
        user.username = username
        user.display_name = data.display_name.strip()
        user.role = Role(data.role).value
        user.department_id = data.department_id
        user.phone = data.phone.strip()
        if data.password:
            user.password_hash = hash_password(data.password)
            user.failed_attempts = 0
            user.locked_until = None
        touch(ctx, user)
        audit.record(s, ctx, "user", user.id, "update", before, audit.snapshot(user), summary=username)
        return OpResult(_dto(user), frozenset({"user"}))


def set_archived(ctx: ServiceContext, user_id: str, archived: bool) -> OpResult[UserDTO]:
    actor = ctx.require(Permission.MANAGE_USERS)
    if user_id == actor.user_id and archived:
        raise DomainError("auth.cannot_archive_self")
    with ctx.db.write() as s:
        user = tracking.set_archived(s, ctx, UserAccount, user_id, archived, "user", lambda r: r.username)
        return OpResult(_dto(user), frozenset({"user"}))


def unlock(ctx: ServiceContext, user_id: str) -> OpResult[UserDTO]:
    ctx.require(Permission.MANAGE_USERS)
    with ctx.db.write() as s:
        user = s.get(UserAccount, user_id)
        if user is None:
            raise DomainError("record.not_found", kind="user")
        user.locked_until = None
        user.failed_attempts = 0
        audit.record(s, ctx, "user", user.id, "unlock", summary=user.username)
        return OpResult(_dto(user), frozenset({"user"}))


def change_own_password(ctx: ServiceContext, old_password: str, new_password: str) -> OpResult[None]:
    actor = ctx.require()
    check_new_password(new_password)
    with ctx.db.write() as s:
        user = s.get(UserAccount, actor.user_id)
        if user is None or not _verify(user.password_hash, old_password):
            raise DomainError("auth.wrong_password")
        user.password_hash = hash_password(new_password)
        touch(ctx, user)
        audit.record(s, ctx, "user", user.id, "password", summary=user.username)
    return OpResult(None, frozenset({"user"}))
