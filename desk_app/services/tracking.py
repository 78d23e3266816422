"""Filling the tracked columns (ARCHITECTURE.md "Data conventions") in one place."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.orm import Session

from desk_app.db.models import Tracked
from desk_app.domain.errors import DomainError
from desk_app.services import audit
from desk_app.services.context import ServiceContext

R = TypeVar("R", bound=Tracked)


def new_row(ctx: ServiceContext, row: R) -> R:
    now = ctx.now()
    row.site_id = ctx.site_id
    row.created_at = now
    row.updated_at = now
    row.created_by = ctx.actor_id
    row.origin_desk_id = ctx.desk_id
    row.archived = False
    return row


def touch(ctx: ServiceContext, row: Tracked) -> None:
    row.updated_at = ctx.now()


def set_archived(
    s: Session,
    ctx: ServiceContext,
    model: type[R],
    record_id: str,
    archived: bool,
    kind: str,
    summary: Callable[[R], str],
) -> R:
    """Archive (or restore) one record with its audit entry — nothing is ever deleted. Call inside
    ``ctx.db.write()`` after checking the permission; returns the row for the caller's DTO."""
    row = s.get(model, record_id)
    if row is None:
        raise DomainError("record.not_found", kind=kind)
    row.archived = archived
    touch(ctx, row)
    audit.record(s, ctx, kind, record_id, "archive" if archived else "restore", summary=summary(row))
    return row
