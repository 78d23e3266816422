"""The visitor badge on paper: data from the visit, rendered on CR80 through the printing pipeline."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.db.models import PrintJob, Unit, Visit
from desk_app.domain import qr
from desk_app.domain.errors import DomainError
from desk_app.domain.roles import Permission
from desk_app.domain.visits import PURPOSE_ZH, Purpose
from desk_app.printing.badges import render_visitor_badge
from desk_app.printing.fonts import missing_glyphs
from desk_app.services import installation
from desk_app.services.context import OpResult, ServiceContext
from desk_app.services.work_orders.orders import qr_secret

QR_KIND = "VS"
DOC_TYPE = "visit_badge"


@dataclass(frozen=True)
class BadgePdf:
    number: str
    pdf: bytes
    warnings: tuple[str, ...]  # characters the font cannot draw


def _local(ctx: ServiceContext, value: datetime | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    return value.astimezone(ctx.timezone).strftime(fmt) if value else ""


def badge_data(s: Session, ctx: ServiceContext, visit: Visit) -> dict[str, object]:
    unit = s.get(Unit, visit.unit_id) if visit.unit_id else None
    until = visit.badge_valid_until
    return {
        "site_name": installation.site_info(ctx).site_name,
        "name": visit.visitor_name + (f"（{visit.party_size}人）" if visit.party_size > 1 else ""),
        "unit": unit.code if unit else "",
        "date": _local(ctx, visit.time_in, "%Y-%m-%d"),
        "valid_until": _local(ctx, until) if until else "当日有效",
        "number": visit.number,
        "purpose": PURPOSE_ZH[Purpose(visit.purpose)],
        "qr": qr.encode(qr_secret(s), QR_KIND, visit.number),
    }


def render_badge(ctx: ServiceContext, visit_id: str) -> BadgePdf:
    """The badge PDF (CR80); writes nothing but the QR secret on first use."""
    ctx.require(Permission.HANDLE_VISITS)
    with ctx.db.write() as s:  # write only because the QR secret is created on first use
        visit = s.get(Visit, visit_id)
        if visit is None:
            raise DomainError("record.not_found", kind="visit")
        data = badge_data(s, ctx, visit)
    text = "".join(str(v) for k, v in data.items() if k != "qr")
    return BadgePdf(str(data["number"]), render_visitor_badge(data), tuple(missing_glyphs(text)))


def record_print(ctx: ServiceContext, visit_id: str, badge: BadgePdf, target: str) -> OpResult[int]:
    """Log that the badge went to ``target``; returns how many badges this visit has had printed."""
    actor = ctx.require(Permission.HANDLE_VISITS)
    with ctx.db.write() as s:
        visit = s.get(Visit, visit_id)
        if visit is None:
            raise DomainError("record.not_found", kind="visit")
        earlier = s.scalar(
            select(func.count()).where(PrintJob.doc_type == DOC_TYPE, PrintJob.doc_id == visit.id)
        )
        s.add(
            PrintJob(
                site_id=ctx.site_id,
                desk_id=ctx.desk_id,
                at=ctx.now(),
                by_user=actor.user_id or None,
                doc_type=DOC_TYPE,
                doc_id=visit.id,
                number=badge.number,
                reprint_no=earlier or 0,
                paper_key="cr80",
                mode="plain",
                copies=1,
                target=target[:100],
            )
        )
        return OpResult((earlier or 0) + 1, frozenset({"visit"}))
