"""Audit trail: who changed what, when, field by field (old → new).

Services call ``record`` inside the same transaction as the change, so a change without its audit entry
cannot exist. Sensitive values (ID numbers) are stored masked: the audit trail must not become a way around
the "show ID" permission.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.db.models import AuditEntry, Base
from desk_app.domain.roles import Permission
from desk_app.domain.validation import mask_id_number
from desk_app.services.context import ServiceContext

SENSITIVE_FIELDS = {"id_number": mask_id_number}
SKIPPED_FIELDS = {
    "id",
    "site_id",
    "created_by",
    "origin_desk_id",
    "archived",
    "updated_at",
    "created_at",
    "pinyin_full",
    "pinyin_initials",
    "search_phones",
    "password_hash",
}


@dataclass(frozen=True)
class AuditDTO:
    id: str
    at: datetime
    user_name: str
    entity_type: str
    entity_id: str
    action: str
    summary: str
    changes: dict[str, tuple[Any, Any]]


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def snapshot(row: Base) -> dict[str, Any]:
    """The audited fields of an ORM row as JSON-ready values."""
    data: dict[str, Any] = {}
    for column in row.__table__.columns:
        name = column.key
        if name in SKIPPED_FIELDS:
            continue
        value = _plain(getattr(row, name))
        if name in SENSITIVE_FIELDS and value:
            value = SENSITIVE_FIELDS[name](value)
        data[name] = value
    return data


def diff(before: dict[str, Any] | None, after: dict[str, Any] | None) -> dict[str, list[Any]]:
    before = before or {}
    after = after or {}
    changed: dict[str, list[Any]] = {}
    for key in sorted(set(before) | set(after)):
        old, new = before.get(key), after.get(key)
        if old != new:
            changed[key] = [old, new]
    return changed


def record(
    session: Session,
    ctx: ServiceContext,
    entity_type: str,
    entity_id: str,
    action: str,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    summary: str = "",
) -> None:
    changes = diff(before, after)
    if action == "update" and not changes:
        return  # saving an unchanged form is not an event
    session.add(
        AuditEntry(
            site_id=ctx.site_id,
            at=ctx.now(),
            user_id=ctx.actor_id,
            user_name=ctx.actor.display_name if ctx.actor else "",
            desk_id=ctx.desk_id,
            entity_type=entity_type,
            entity_id=entity_id,
            action=action,
            summary=summary[:200],
            changes_json=json.dumps(changes, ensure_ascii=False, default=str),
        )
    )


def _to_dto(row: AuditEntry) -> AuditDTO:
    raw = json.loads(row.changes_json or "{}")
    return AuditDTO(
        id=row.id,
        at=row.at,
        user_name=row.user_name,
        entity_type=row.entity_type,
        entity_id=row.entity_id,
        action=row.action,
        summary=row.summary,
        changes={k: (v[0], v[1]) for k, v in raw.items()},
    )


def history(ctx: ServiceContext, entity_type: str, entity_id: str) -> list[AuditDTO]:
    """One record's change history, newest first (any user who may see the record may see this)."""
    ctx.require(Permission.VIEW_ARCHIVE)
    with ctx.db.read() as s:
        rows = s.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity_type == entity_type, AuditEntry.entity_id == entity_id)
            .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
        ).all()
        return [_to_dto(r) for r in rows]


@dataclass(frozen=True)
class AuditFilter:
    entity_type: str | None = None
    action: str | None = None
    user_name: str | None = None
    since: datetime | None = None
    until: datetime | None = None


def browse(
    ctx: ServiceContext, flt: AuditFilter, limit: int = 200, offset: int = 0
) -> tuple[list[AuditDTO], int]:
    """The whole audit trail, filtered, newest first; returns (page, total count). Managers and admins only."""
    ctx.require(Permission.VIEW_AUDIT)
    query = select(AuditEntry)
    if flt.entity_type:
        query = query.where(AuditEntry.entity_type == flt.entity_type)
    if flt.action:
        query = query.where(AuditEntry.action == flt.action)
    if flt.user_name:
        query = query.where(AuditEntry.user_name == flt.user_name)
    if flt.since:
        query = query.where(AuditEntry.at >= flt.since)
    if flt.until:
        query = query.where(AuditEntry.at < flt.until)
    with ctx.db.read() as s:
        total = s.scalar(select(func.count()).select_from(query.subquery())) or 0
        rows = s.scalars(query.order_by(AuditEntry.at.desc()).limit(limit).offset(offset)).all()
        return [_to_dto(r) for r in rows], total
