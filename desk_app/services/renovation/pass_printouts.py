"""Temporary passes on paper: the cards' data from the database, the PDF (CR80 cards or 10-up on A4 card
stock) and the record of the print.

Rendering for a preview writes nothing but the QR secret on first use; ``passes_pdf`` (the headless command)
renders and records the print at once. The card follows the site's paper conventions, so it is Chinese
whatever the UI language.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.db.models import Attachment, TempPass
from desk_app.domain import qr
from desk_app.domain.errors import DomainError
from desk_app.domain.renovation import PassStatus
from desk_app.domain.roles import Permission
from desk_app.printing.fonts import missing_glyphs
from desk_app.printing.passes import PassCard, PassLayout, render_passes
from desk_app.services import installation
from desk_app.services.context import ServiceContext
from desk_app.services.printers import get_profile
from desk_app.services.renovation.passes import PRINT_DOC_TYPE, record_print
from desk_app.services.work_orders.orders import qr_secret

LAYOUTS: tuple[PassLayout, ...] = ("cr80", "a4-10up")
QR_KIND = "PS"


@dataclass(frozen=True)
class PassesPdf:
    pdf: bytes
    pass_ids: tuple[str, ...]
    layout: PassLayout
    warnings: tuple[str, ...]  # characters the font cannot draw


def zh_date(value: date) -> str:
    return f"{value.year}年{value.month}月{value.day}日"


def _rows(s: Session, filing_id: str | None, pass_ids: Sequence[str] | None) -> list[TempPass]:
    if pass_ids:
        ids = list(dict.fromkeys(pass_ids))
        found = {r.id: r for r in s.scalars(select(TempPass).where(TempPass.id.in_(ids)))}
        if len(found) != len(ids):
            raise DomainError("record.not_found", kind="temp_pass")
        return [found[i] for i in ids]  # in the order chosen on screen
    if filing_id is None:
        raise DomainError("pass.none_to_print")
    # A filing's sheet: the passes still in use (returned, lost and void cards are not printed again).
    return list(
        s.scalars(
            select(TempPass)
            .where(TempPass.filing_id == filing_id, TempPass.status == PassStatus.ACTIVE.value)
            .order_by(TempPass.number)
        )
    )


def pass_cards(s: Session, ctx: ServiceContext, rows: Sequence[TempPass]) -> list[PassCard]:
    secret = qr_secret(s)
    site_name = installation.site_info(ctx).site_name
    photo_ids = {r.photo_id for r in rows if r.photo_id}
    photos: dict[str, bytes] = {
        pid: data
        for pid, data in s.execute(select(Attachment.id, Attachment.data).where(Attachment.id.in_(photo_ids)))
    }
    return [
        PassCard(
            number=r.number,
            name=r.name,
            id_masked=r.id_number_masked,
            company=r.company,
            trade=r.trade,
            unit=r.unit_code,
            valid_from=zh_date(r.valid_from),
            valid_until=zh_date(r.valid_until),
            photo=photos.get(r.photo_id) if r.photo_id else None,
            qr=qr.encode(secret, QR_KIND, r.number),
            extended_until=zh_date(r.extended_until) if r.extended_until else "",
            site_name=site_name,
            void=r.status == PassStatus.VOID.value,
        )
        for r in rows
    ]


def render_passes_pdf(
    ctx: ServiceContext,
    *,
    filing_id: str | None = None,
    pass_ids: Sequence[str] | None = None,
    layout: PassLayout = "cr80",
) -> PassesPdf:
    """The cards as the next print would look; records nothing (a preview is free)."""
    ctx.require(Permission.HANDLE_RENOVATION)
    if layout not in LAYOUTS:
        raise DomainError("validation", fields={"layout": "field.invalid"})
    offset = get_profile(ctx, PRINT_DOC_TYPE).offset_mm
    with ctx.db.write() as s:  # write only because the QR secret is created on first use
        rows = _rows(s, filing_id, pass_ids)
        if not rows:
            raise DomainError("pass.none_to_print")
        cards = pass_cards(s, ctx, rows)
        ids = tuple(r.id for r in rows)
    text = "".join(c.name + c.company + c.trade + c.unit + c.site_name for c in cards)
    pdf = render_passes(cards, layout=layout, offset_mm=offset)
    return PassesPdf(pdf, ids, layout, tuple(missing_glyphs(text)))


def passes_pdf(
    ctx: ServiceContext,
    *,
    filing_id: str | None = None,
    pass_ids: Sequence[str] | None = None,
    layout: PassLayout = "cr80",
    target: str = "pdf",
) -> bytes:
    """Render the passes (a filing's active ones, or ``pass_ids``) and record the print."""
    result = render_passes_pdf(ctx, filing_id=filing_id, pass_ids=pass_ids, layout=layout)
    record_print(ctx, result.pass_ids, layout, target)
    return result.pdf
