"""Filling the tracked columns (ARCHITECTURE.md "Data conventions") in one place."""

from __future__ import annotations

from typing import TypeVar

from desk_app.db.models import Tracked
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
