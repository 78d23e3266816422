"""Site-wide settings: declared once with a type and a default, stored as JSON in the ``setting`` table.

Per-machine preferences (language, window geometry) are not here: they live in the UI's local config.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from desk_app.db.models import Desk, Setting, Site
from desk_app.domain.complaints import DEFAULT_CHAIN_TEXT
from desk_app.domain.errors import DomainError
from desk_app.domain.roles import Permission
from desk_app.services import audit
from desk_app.services.archive.validation import FieldCollector, optional_text, required
from desk_app.services.context import OpResult, ServiceContext


@dataclass(frozen=True)
class Declared:
    key: str
    type: type
    default: Any
    minimum: int | None = None
    maximum: int | None = None


DECLARED: dict[str, Declared] = {
    d.key: d
    for d in (
        Declared("backup.keep_daily", int, 14, 1, 365),
        Declared("backup.keep_monthly", int, 12, 0, 120),
        Declared("backup.second_folder", str, ""),
        Declared("privacy.visitor_id_retention_days", int, 180, 1, 3650),
        # Same unit + same category again within this many days: warn at entry and count it as 返修.
        Declared("work_order.repeat_window_days", int, 30, 1, 365),
        # Return visit due within this many working days after the slip comes back (seed 003 第五条 4).
        Declared("work_order.callback_working_days", int, 1, 1, 10),
        # Complaints: acknowledged / answered within these hours, counted on working days only.
        Declared("complaint.ack_hours", int, 24, 1, 720),
        Declared("complaint.reply_hours", int, 48, 1, 720),
        # The escalation chain, lowest first: "name=role;…" (domain/complaints.parse_chain).
        Declared("complaint.escalation_chain", str, DEFAULT_CHAIN_TEXT),
        # A visitor badge is valid this many hours after check-in.
        Declared("visit.badge_valid_hours", int, 4, 1, 72),
        # Renovation: the longest period of one filing, extensions included (seed 000 篇5: 三个月).
        Declared("renovation.max_months", int, 3, 1, 24),
        # Deposit refund only this many months after the owner moved in (seed 000 篇5 六).
        Declared("renovation.refund_months_after_move_in", int, 3, 0, 36),
        # Passes expiring within this many days are listed for the desk.
        Declared("pass.expiry_warning_days", int, 3, 1, 30),
        # Fee for a lost temporary pass, in fen (0: the site charges nothing).
        Declared("pass.lost_fee_fen", int, 2000, 0, 1_000_000),
        # Cash kept in the drawer at the start of a shift (备用金), in fen; counted in the day-close.
        Declared("money.opening_float_fen", int, 0, 0, 10_000_000),
    )
}


def get(ctx: ServiceContext, key: str) -> Any:
    decl = DECLARED[key]
    with ctx.db.read() as s:
        row = s.get(Setting, key)
    if row is None:
        return decl.default
    value = json.loads(row.value_json)
    return value if isinstance(value, decl.type) else decl.default


def get_all(ctx: ServiceContext) -> dict[str, Any]:
    with ctx.db.read() as s:
        stored = {r.key: json.loads(r.value_json) for r in s.scalars(select(Setting))}
    return {k: (stored[k] if isinstance(stored.get(k), d.type) else d.default) for k, d in DECLARED.items()}


def put(ctx: ServiceContext, key: str, value: Any) -> OpResult[Any]:
    ctx.require(Permission.MANAGE_SETTINGS)
    decl = DECLARED.get(key)
    if decl is None:
        raise DomainError("settings.unknown", key=key)
    if not isinstance(value, decl.type) or (isinstance(value, bool) and decl.type is int):
        raise DomainError("settings.invalid", key=key)
    number: int = value if isinstance(value, int) else 0
    if decl.type is int and (
        (decl.minimum is not None and number < decl.minimum)
        or (decl.maximum is not None and number > decl.maximum)
    ):
        raise DomainError("settings.out_of_range", key=key, minimum=decl.minimum, maximum=decl.maximum)
    with ctx.db.write() as s:
        row = s.get(Setting, key)
        old = json.loads(row.value_json) if row else decl.default
        if row is None:
            row = Setting(key=key, value_json="null", updated_at=ctx.now())
            s.add(row)
        row.value_json = json.dumps(value, ensure_ascii=False)
        row.updated_at = ctx.now()
        row.updated_by = ctx.actor_id
        audit.record(s, ctx, "setting", key, "update", {"value": old}, {"value": value}, summary=key)
    return OpResult(value, frozenset({"setting"}))


@dataclass(frozen=True)
class SiteInput:
    site_name: str
    site_address: str
    site_phone: str
    desk_name: str


def update_site(ctx: ServiceContext, data: SiteInput) -> OpResult[None]:
    ctx.require(Permission.MANAGE_SETTINGS)
    f = FieldCollector()
    name = f.check("site_name", lambda: required(data.site_name, 100))
    address = f.check("site_address", lambda: optional_text(data.site_address, 200))
    phone = f.check("site_phone", lambda: optional_text(data.site_phone, 40))
    desk_name = f.check("desk_name", lambda: required(data.desk_name, 60))
    f.raise_if_any()
    with ctx.db.write() as s:
        site, desk = s.get(Site, ctx.site_id), s.get(Desk, ctx.desk_id)
        assert site is not None and desk is not None
        before = {"name": site.name, "address": site.address, "phone": site.phone, "desk": desk.name}
        site.name, site.address, site.phone = name or "", address or "", phone or ""
        desk.name = desk_name or ""
        site.updated_at = desk.updated_at = ctx.now()
        after = {"name": site.name, "address": site.address, "phone": site.phone, "desk": desk.name}
        audit.record(s, ctx, "site", site.id, "update", before, after, summary=site.name)
    return OpResult(None, frozenset({"site"}))
